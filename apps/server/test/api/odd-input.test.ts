/**
 * Input a database would refuse never reaches it: NUL and lone surrogates in
 * JSON strings and query parameters, bytes that are not UTF-8, malformed
 * percent-encoding in a path, cursors that decode but were never given out.
 * Each is a 400 problem document, never a 500.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, storyInput, submissionInput } from '../helpers/factories.js';

const embedDir = mkdtempSync(join(tmpdir(), 'ep-odd-embed-'));
writeFileSync(join(embedDir, 'entrypoint.js'), 'export {};\n');
afterAll(() => rmSync(embedDir, { recursive: true, force: true }));

const { server, api } = await openTestServer({ embedDir });

const expect400 = (
  res: { status: number; headers: Headers; body: Record<string, unknown> },
  path?: string,
) => {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 400, type: '/docs#problem-bad-request' });
  if (path !== undefined) {
    expect(res.body.errors).toEqual(
      expect.arrayContaining([{ path, message: expect.any(String) }]),
    );
  }
};

/** A raw body, bytes as given (fetch would re-encode a string as UTF-8). */
async function postBytes(path: string, bytes: Uint8Array, headers: Record<string, string>) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: Buffer.from(bytes),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

describe('a JSON body the database would refuse answers 400', () => {
  it('when a string holds NUL (U+0000), naming its path', async () => {
    const { id } = await server.org();
    const body = JSON.stringify(submissionInput(id, { title: 'Boats\u0000' }));
    expect400(await api.post('/v1/submissions', body, idem()), 'title');
  });

  it('when a nested string holds a lone surrogate, naming its path', async () => {
    const { id } = await server.org();
    const body = JSON.stringify(submissionInput(id)).replace(
      '"name":"Kim Berg"',
      '"name":"Kim \\ud800Berg"',
    );
    expect400(await api.post('/v1/submissions', body, idem()), 'contact.name');
  });

  it('when an object key holds NUL', async () => {
    const { key } = await server.org();
    const body = JSON.stringify(challengeInput()).replace('{', '{"x\\u0000":1,');
    expect400(await api.post('/v1/challenges', body, bearer(key)));
  });

  it('in an admin write too (a story with NUL in its body)', async () => {
    const { key } = await server.org();
    const body = JSON.stringify(storyInput({ body: { en: 'Text\u0000more' } }));
    expect400(await api.post('/v1/stories', body, bearer(key)), 'body.en');
  });

  it('when the bytes are not UTF-8, rather than storing U+FFFD', async () => {
    const { id } = await server.org();
    const json = Buffer.from(JSON.stringify(submissionInput(id, { title: 'Boats XX' })));
    const at = json.indexOf('XX');
    json[at] = 0xff; // never valid in UTF-8
    json[at + 1] = 0xfe;
    const res = await postBytes('/v1/submissions', json, idem());
    expect400(res);
    expect(String(res.body.detail)).toMatch(/UTF-8/);
  });
});

describe('a query parameter the database would refuse answers 400', () => {
  it('when q holds NUL', async () => {
    expect400(await api.get('/v1/challenges?q=bus%00ar'), 'q');
    expect400(await api.get('/v1/stories?q=%00'), 'q');
    expect400(await api.get('/v1/clusters?q=a%00'), 'q');
  });

  it('when any other parameter holds NUL', async () => {
    expect400(await api.get('/v1/organizations?cursor=%00'), 'cursor');
    expect400(await api.get('/v1/challenges?lang=sv%00'), 'lang');
  });

  it('when a parameter is malformed percent-encoding', async () => {
    expect400(await api.get('/v1/challenges?q=%E0%A4%A'), 'q');
    expect400(await api.get('/v1/challenges?q=%ED%A0%80'), 'q'); // an encoded surrogate
  });
});

describe('a cursor that decodes but is not one of ours answers 400', () => {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const lists = [
    '/v1/challenges?',
    '/v1/challenges?q=bus&',
    '/v1/stories?',
    '/v1/stories?q=bus&',
    '/v1/clusters?',
    '/v1/clusters?q=bus&',
    '/v1/organizations?',
  ];
  for (const list of lists) {
    it(`on ${list.slice(0, -1)}`, async () => {
      for (const bad of [
        ['not a date', 'x'],
        [12.5, 'x\u0000'],
        ['2026-01-01T00:00:00.000Z', 'x\ud800'],
        [null, 'x'],
        ['', 'x'.repeat(1000)],
      ]) {
        expect400(await api.get(`${list}cursor=${cursor(bad)}`), 'cursor');
      }
    });
  }

  it('on the inbox', async () => {
    const { key } = await server.org();
    expect400(
      await api.get(`/v1/submissions?cursor=${cursor(['yesterday', 'x'])}`, bearer(key)),
      'cursor',
    );
  });

  it('while the cursors the server gives out still work', async () => {
    const { id, key } = await server.org();
    for (let i = 0; i < 3; i++)
      await api.post('/v1/challenges', challengeInput({ title: { en: `Bus ${i}` } }), bearer(key));
    const first = await api.get(`/v1/challenges?org=${id}&limit=2`);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(
      `/v1/challenges?org=${id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.data).toHaveLength(1);
    const ranked = await api.get(`/v1/challenges?org=${id}&q=bus&limit=2`);
    const next = await api.get(
      `/v1/challenges?org=${id}&q=bus&limit=2&cursor=${ranked.body.nextCursor}`,
    );
    expect(next.status).toBe(200);
    expect(next.body.data).toHaveLength(1);
  });
});

describe('a path with malformed percent-encoding answers 400', () => {
  for (const path of [
    '/embed/%',
    '/embed/%E0%A4%A',
    '/v1/challenges/%',
    '/v1/challenges/%ED%A0%80',
    '/v1/stories/%zz',
  ]) {
    it(`${path}`, async () => {
      expect400(await api.get(path));
    });
  }

  it('and a path segment holding NUL answers 400', async () => {
    expect400(await api.get('/v1/challenges/a%00b'));
    expect400(await api.get('/v1/organizations/a%00b'));
  });
});
