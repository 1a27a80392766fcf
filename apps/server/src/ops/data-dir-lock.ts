/**
 * An exclusive lock on the data folder. PGlite does not lock its files, and a
 * second process opening them can corrupt them, so the server (and the CLI
 * when it opens the store itself) holds `entrypoint.lock` — created with
 * O_EXCL and holding the owner's pid. A lock left by a process that died
 * (SIGKILL, power loss) is stale and taken over.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another process (pid ${pid}). ` +
        'Only one process may open a PGlite data folder: stop the other server, use another DATA_DIR, ' +
        'or run the command through the CLI (`npm run cli -- …`), which talks to the running server.',
    );
    this.name = 'DataDirLockedError';
  }
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'entrypoint.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let pid: number;
      try {
        pid = Number(readFileSync(path, 'utf8').trim());
      } catch {
        continue; // removed meanwhile: try again
      }
      if (isAlive(pid) && pid !== process.pid) throw new DataDirLockedError(dataDir, pid);
      // Stale: move it aside atomically, so two processes cannot both take it over.
      try {
        renameSync(path, `${path}.stale-${process.pid}`);
        rmSync(`${path}.stale-${process.pid}`, { force: true });
      } catch {
        // someone else took it over first; loop and look again
      }
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
