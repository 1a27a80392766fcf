/**
 * The hot public reads answer with their headers as one plain record
 * (src/http/plain-headers.ts): the middlewares add theirs to it, and what
 * is sent is the same names and values as before, with the read cache on
 * or off, for a miss and for a hit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { plainOf } from '../../src/http/plain-headers.js';
import { silentLogger } from '../../src/ops/log.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';

let server: TestServer;
let id: string;
let challenge: string;
beforeAll(async () => {
  server = await startTestServer({ readCacheMs: 600_000 });
  const org = await server.org();
  id = org.id;
  challenge = `${id}-open`;
  const api = client(server.url);
  const created = await api.post(
    '/v1/challenges',
    challengeInput({ id: challenge }),
    bearer(org.key),
  );
  if (created.status !== 201) throw new Error(`could not create ${challenge}: ${created.status}`);
});
afterAll(() => server.close());

/** Every header a public JSON answer carries (the date and length aside). */
const PUBLIC_HEADERS = [
  'access-control-allow-origin',
  'access-control-expose-headers',
  'cache-control',
  'content-type',
  'etag',
  'vary',
  'x-content-type-options',
  'x-request-id',
];

const paths = () => [
  `/v1/challenges?org=${id}`,
  `/v1/challenges?org=${id}&q=test`,
  `/v1/challenges?org=${id}&view=card`,
  `/v1/challenges/${challenge}`,
];

describe('plain headers on the public reads', () => {
  it('keeps one record that every middleware adds to, read cache off', async () => {
    const app = createApp({ store: server.store, log: silentLogger });
    for (const path of paths()) {
      const res = await app.request(path, { headers: { 'x-request-id': 'r-1' } });
      expect(res.status, path).toBe(200);
      const record = plainOf(res)?.headers;
      expect(record, path).toBeDefined();
      expect(Object.keys(record!).sort(), path).toEqual(PUBLIC_HEADERS);
      expect(record).toMatchObject({
        'access-control-allow-origin': '*',
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Encoding',
        'x-request-id': 'r-1',
        'content-type': 'application/json; charset=utf-8',
      });
    }
  });

  it('sends the same headers for a miss and a hit of the read cache, and compresses as before', async () => {
    const api = client(server.url);
    for (const path of paths()) {
      const miss = await fetch(server.url + path, { headers: { 'x-request-id': 'r-2' } });
      const hit = await fetch(server.url + path, { headers: { 'x-request-id': 'r-2' } });
      const names = (r: Response) =>
        [...r.headers.keys()]
          .filter((n) => !['date', 'keep-alive', 'connection'].includes(n))
          .sort();
      expect(names(miss), path).toEqual([...PUBLIC_HEADERS, 'content-length'].sort());
      expect(names(hit), path).toEqual(names(miss));
      for (const name of PUBLIC_HEADERS) {
        expect(hit.headers.get(name), `${path} ${name}`).toBe(miss.headers.get(name));
      }
      expect(await hit.text()).toBe(await miss.text());
      const etag = miss.headers.get('etag')!;
      expect((await api.get(path, { 'if-none-match': etag })).status).toBe(304);
    }
    // A large answer, asked with gzip: compressed, its ETag weak, Vary kept.
    const big = await fetch(`${server.url}/v1/challenges/${challenge}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(big.headers.get('vary')).toBe('Accept-Encoding');
    expect(big.headers.get('x-content-type-options')).toBe('nosniff');
    const identity = await (await fetch(`${server.url}/v1/challenges/${challenge}`)).text();
    expect(big.headers.get('content-encoding')).toBe(identity.length >= 1024 ? 'gzip' : null);
    expect(await big.text()).toBe(identity);
  });
});
