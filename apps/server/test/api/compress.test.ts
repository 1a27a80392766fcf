/**
 * Compression as a browser receives it: raw bytes over node:http (fetch would
 * decode them silently), decoded here with zlib, compared with the identity answer.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { chooseEncoding } from '../../src/http/middleware/compress.js';
import { challengeInput } from '../helpers/factories.js';

let server: TestServer;
let dir: string;
let orgId: string;
let key: string;
const script = `export const words = ${JSON.stringify('å ä ö '.repeat(2000))};\n`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ep-compress-'));
  await mkdir(join(dir, 'chunks'));
  await writeFile(join(dir, 'entrypoint.js'), script);
  // As the embed build writes them: the same script, compressed beforehand.
  await writeFile(join(dir, 'entrypoint.js.br'), brotliCompressSync(script));
  await writeFile(join(dir, 'entrypoint.js.gz'), gzipSync(script));
  await writeFile(join(dir, 'chunks', 'plain-ABCD1234.js'), script);
  server = await startTestServer({ embedDir: dir });
  ({ id: orgId, key } = await server.org());
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${server.url}/v1/challenges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        challengeInput({
          title: { en: `Challenge ${i} about water and mobility in the harbour` },
          need: { en: 'A longer need that makes each answer grow past a kilobyte. '.repeat(20) },
        }),
      ),
    });
    if (res.status !== 201)
      throw new Error(`creating a challenge: ${res.status} ${await res.text()}`);
  }
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Accept-Encoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, identity')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});

describe('compressed answers', () => {
  it('compresses a JSON list with brotli or gzip, the same content as uncompressed', async () => {
    const path = `/v1/challenges?org=${orgId}`;
    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.byteLength).toBeGreaterThan(1024);
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const packed = await get(path, { 'accept-encoding': accept });
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(packed.headers['content-length'])).toBe(packed.body.byteLength);
      expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
      expect(JSON.parse(decode(packed).toString('utf8'))).toEqual(
        JSON.parse(plain.body.toString('utf8')),
      );
      // The same content in other bytes: a weak tag with the same opaque part.
      expect(packed.headers.etag).toBe(`W/${String(plain.headers.etag).replace(/^W\//, '')}`);
    }
  });

  it('answers 304 to the tag of a compressed answer', async () => {
    const path = `/v1/challenges?org=${orgId}`;
    const first = await get(path, { 'accept-encoding': 'br' });
    const again = await get(path, {
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('takes the tag of a compressed answer in If-Match for a write', async () => {
    const list = JSON.parse(
      decode(await get(`/v1/challenges?org=${orgId}`, { 'accept-encoding': 'br' })).toString(),
    ) as { data: { id: string }[] };
    const id = list.data[0]!.id;
    const one = await get(`/v1/challenges/${id}`, {
      'accept-encoding': 'br',
      authorization: `Bearer ${key}`,
    });
    expect(one.headers['content-encoding']).toBe('br');
    const etag = String(one.headers.etag);
    expect(etag).toMatch(/^W\//);
    const res = await fetch(`${server.url}/v1/challenges/${id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'if-match': etag,
      },
      body: JSON.stringify({ summary: { en: 'Changed after a compressed read.' } }),
    });
    expect(res.status).toBe(200);
  });

  it('leaves small answers and identity requests alone', async () => {
    const small = await get('/healthz', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const identity = await get(`/v1/challenges?org=${orgId}`, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
  });

  it('compresses problems and pages as well as JSON', async () => {
    const docs = await get('/docs', { 'accept-encoding': 'gzip' });
    expect(docs.status).toBe(200);
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect(decode(docs).toString('utf8')).toMatch(/<html/i);
  });
});

describe('the embed bundle, compressed when built', () => {
  it('sends the .br or .gz file made at build time, with its own tag', async () => {
    const plain = await get('/embed/entrypoint.js');
    const br = await get('/embed/entrypoint.js', { 'accept-encoding': 'gzip, br' });
    const gz = await get('/embed/entrypoint.js', { 'accept-encoding': 'gzip' });
    expect(plain.body.toString('utf8')).toBe(script);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(script);
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script);
    for (const r of [plain, br, gz]) {
      expect(r.headers.vary).toMatch(/Accept-Encoding/i);
      expect(r.headers['access-control-allow-origin']).toBe('*');
    }
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
    const revalidated = await get('/embed/entrypoint.js', {
      'accept-encoding': 'gzip, br',
      'if-none-match': String(br.headers.etag),
    });
    expect(revalidated.status).toBe(304);
  });

  it('compresses a script that has no compressed copy on the fly', async () => {
    const res = await get('/embed/chunks/plain-ABCD1234.js', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
