/**
 * The PGlite data folder holds what submitters wrote (names, e-mail
 * addresses, in the tables and the WAL), so only its owner may read it:
 * DATA_DIR is 0700 and everything in it 0600 (folders 0700), whether this
 * process creates it or finds it. The process's umask is set to 077 before
 * PGlite opens the folder, so the files PostgreSQL creates while it runs are
 * private from the start; what exists is tightened before, and again once
 * PGlite has opened it (PGlite writes a new cluster's files 0666 whatever the
 * umask). A folder that belongs to another user is refused, with a message,
 * rather than opened (or silently taken over).
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirOwnerError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerUid: number,
    readonly uid: number,
  ) {
    super(
      `The data folder ${dataDir} belongs to another user (uid ${ownerUid}), not to the user ` +
        `running this process (uid ${uid}). Refusing to open it: run as the folder's owner, ` +
        'or use a DATA_DIR of your own.',
    );
    this.name = 'DataDirOwnerError';
  }
}

/** Creates or checks DATA_DIR, sets the umask to 077 and makes everything in it private. */
export function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const uid = process.getuid?.();
  if (uid !== undefined) {
    const owner = statSync(dataDir).uid;
    if (owner !== uid) throw new DataDirOwnerError(dataDir, owner, uid);
  }
  process.umask(0o077);
  tighten(dataDir);
}

/** After PGlite has opened (and perhaps created) its files: the same again. */
export function tightenDataDir(dataDir: string): void {
  tighten(dataDir);
}

/** Folders 0700, files 0600, recursively; symbolic links are left alone (chmod would follow them). */
function tighten(path: string): void {
  const info = lstatSync(path);
  if (info.isSymbolicLink()) return;
  if (info.isDirectory()) {
    if ((info.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
    for (const name of readdirSync(path)) tighten(join(path, name));
  } else if ((info.mode & 0o777 & ~0o600) !== 0) {
    chmodSync(path, info.mode & 0o600);
  }
}
