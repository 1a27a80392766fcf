import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ep-embed-'));
  await mkdir(join(dir, 'chunks'));
  await writeFile(join(dir, 'entrypoint.js'), 'import("./chunks/board-ABCD1234.js");\n');
  await writeFile(join(dir, 'chunks', 'board-ABCD1234.js'), 'export const board = 1;\n');
  await writeFile(join(dir, 'chunks', 'board-ABCD1234.js.map'), '{"version":3}\n');
  await writeFile(join(dir, 'chunks', 'notes.js'), 'export {};\n');
  server = await startTestServer({ embedDir: dir });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the embed bundle at /embed/*', () => {
  it('serves entrypoint.js as JavaScript, cacheable briefly, to any site', async () => {
    const res = await fetch(`${server.url}/embed/entrypoint.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe(
      'public, max-age=300, stale-while-revalidate=86400',
    );
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toContain('board-ABCD1234.js');
  });

  it('caches hashed chunks for a year as immutable', async () => {
    const res = await fetch(`${server.url}/embed/chunks/board-ABCD1234.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves a chunk asked for with a query string, as an element asks again after a failed load', async () => {
    // packages/elements/src/challenge-board.ts `loadDetail`: `X.js?1` after X.js failed.
    const res = await fetch(`${server.url}/embed/chunks/board-ABCD1234.js?1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('export const board = 1;\n');
  });

  it('does not call a file without a content hash immutable', async () => {
    const res = await fetch(`${server.url}/embed/chunks/notes.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).not.toContain('immutable');
  });

  it("names each script's source map in a SourceMap header, relative to the script", async () => {
    const entry = await fetch(`${server.url}/embed/entrypoint.js`);
    expect(entry.headers.get('sourcemap')).toBe('entrypoint.js.map');
    const chunk = await fetch(`${server.url}/embed/chunks/board-ABCD1234.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(chunk.headers.get('sourcemap')).toBe('board-ABCD1234.js.map');
    const map = await fetch(`${server.url}/embed/chunks/board-ABCD1234.js.map`);
    expect(map.status).toBe(200);
    expect(map.headers.get('sourcemap')).toBeNull();
  });

  it('answers 404 for missing files and paths that climb out of the folder', async () => {
    expect((await fetch(`${server.url}/embed/chunks/none-ABCD1234.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/embed/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('answers a hashed chunk from memory once read (it never changes under its name); other files from the disk', async () => {
    const chunk = join(dir, 'chunks', 'kept-ABCD5678.js');
    const other = join(dir, 'chunks', 'kept.js');
    await writeFile(chunk, 'export const v = 1;\n');
    await writeFile(`${chunk}.gz`, gzipSync('export const v = 1;\n'));
    await writeFile(other, 'export const v = 1;\n');
    const get = async (path: string, encoding: string) => {
      const res = await fetch(`${server.url}/embed/chunks/${path}`, {
        headers: { 'accept-encoding': encoding },
      });
      return { text: await res.text(), etag: res.headers.get('etag') };
    };
    const first = await get('kept-ABCD5678.js', 'identity');
    const packed = await get('kept-ABCD5678.js', 'gzip');
    expect(packed.text).toBe(first.text);
    await writeFile(chunk, 'export const v = 2;\n');
    await rm(`${chunk}.gz`);
    await writeFile(other, 'export const v = 2;\n');
    // Each copy (plain, gzip) as first read, with its own ETag.
    expect(await get('kept-ABCD5678.js', 'identity')).toEqual(first);
    expect(await get('kept-ABCD5678.js', 'gzip')).toEqual(packed);
    expect(packed.etag).not.toBe(first.etag);
    expect((await get('kept.js', 'identity')).text).toBe('export const v = 2;\n');
  });
});
