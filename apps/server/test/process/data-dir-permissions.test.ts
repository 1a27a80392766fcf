/**
 * The PGlite data folder is private to its owner: DATA_DIR 0700, every folder
 * in it 0700 and every file 0600, whether the server (or the CLI) created it
 * or found it open; a folder of another user is refused with a message.
 */
import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, cliCreateOrg, runToExit, startServer } from '../helpers/process.js';
import { client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';

let parent: string;

beforeAll(() => {
  assertBuilt();
  parent = mkdtempSync(join(tmpdir(), 'ep-perms-'));
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Every path under `root` (itself included) whose mode is not private, with its mode. */
function loose(root: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    const info = lstatSync(path);
    if (info.isSymbolicLink()) return;
    const mode = info.mode & 0o777;
    if (info.isDirectory()) {
      if (mode !== 0o700) out.push(`${path} ${mode.toString(8)}`);
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if ((mode & 0o077) !== 0) {
      out.push(`${path} ${mode.toString(8)}`);
    }
  };
  walk(root);
  return out;
}

function countEntries(root: string): number {
  return readdirSync(root, { recursive: true }).length;
}

/** chmod -R: folders and files open to everyone, as another tool or an old version left them. */
function openUp(path: string) {
  const info = lstatSync(path);
  if (info.isDirectory()) {
    chmodSync(path, 0o777);
    for (const name of readdirSync(path)) openUp(join(path, name));
  } else if (info.isFile()) chmodSync(path, 0o666);
}

function chownTree(path: string, uid: number, gid: number) {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory())
    for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

const isRoot = process.getuid?.() === 0;

// Each test starts PGlite in a process or two; give them room on a busy machine.
const NOBODY = 65534;

describe('the data folder', () => {
  const dataDir = () => join(parent, 'data');

  it('is created 0700 with every file in it 0600 and every folder 0700, also after writes', async () => {
    const server = await startServer({ DATA_DIR: dataDir() });
    // A write while it runs (the CLI's command is carried by the server).
    const created = await cliCreateOrg('perms', 'city', { DATA_DIR: dataDir() });
    expect(created.stderr).toBe('');
    const posted = await client(server.url).post(
      '/v1/submissions',
      submissionInput('perms'),
      idem(),
    );
    expect(posted.status).toBe(201);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(countEntries(dataDir())).toBeGreaterThan(50); // PGlite's files are there
    expect(loose(dataDir())).toEqual([]);
  });

  it('is tightened when the server finds it open to everyone', async () => {
    openUp(dataDir());
    expect(loose(dataDir()).length).toBeGreaterThan(50);
    const server = await startServer({ DATA_DIR: dataDir() });
    expect(loose(dataDir())).toEqual([]);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('is tightened when the CLI opens it itself', async () => {
    openUp(dataDir());
    const res = await cli(['orgs', 'list'], { DATA_DIR: dataDir() });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('perms');
    expect(loose(dataDir())).toEqual([]);
  });

  it.skipIf(!isRoot)(
    'is refused, with a message, by the server and the CLI when it belongs to another user',
    async () => {
      chownTree(dataDir(), NOBODY, NOBODY);
      try {
        const server = await runToExit({ DATA_DIR: dataDir() });
        expect(server.code).toBe(1);
        expect(server.output).toContain(
          `The data folder ${dataDir()} belongs to another user (uid ${NOBODY})`,
        );
        const res = await cli(['orgs', 'list'], { DATA_DIR: dataDir() });
        expect(res.code).toBe(1);
        expect(res.stderr).toContain(`belongs to another user (uid ${NOBODY})`);
        // Nothing was taken over: no lock left, the owner unchanged.
        expect(lstatSync(dataDir()).uid).toBe(NOBODY);
        expect(readdirSync(dataDir())).not.toContain('entrypoint.lock');
      } finally {
        chownTree(dataDir(), 0, 0);
      }
    },
  );
});
