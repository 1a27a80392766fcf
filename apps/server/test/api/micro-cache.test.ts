import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { bearer, client } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';
import { createChallenge } from '../../src/services/content.js';
import { systemClock } from '../../src/services/clock.js';
import { ChallengeInput } from '@entrypoint/sdk';
import { SYSTEM } from '../../src/services/audit.js';

let server: TestServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  // A long TTL, so the test does not depend on timing.
  server = await startTestServer({ readCacheMs: 600_000 });
  api = client(server.url);
});
afterAll(() => server.close());

const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((c) => c.id);

describe('the micro-cache of public GETs', () => {
  it('answers repeated public GETs from memory, and forgets everything on a write through the API', async () => {
    const { id, key } = await server.org();
    const path = `/v1/challenges?org=${id}`;
    const first = await api.get(path);
    expect(ids(first)).toEqual([]);
    // Written behind the API's back: the cached answer stands.
    await createChallenge(
      server.store.db,
      systemClock,
      id,
      ChallengeInput.parse(challengeInput({ id: `${id}-hidden` })),
      SYSTEM,
    );
    const cached = await api.get(path);
    expect(ids(cached)).toEqual([]);
    expect(cached.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await api.get(path, { 'if-none-match': first.headers.get('etag')! })).status).toBe(304);
    // Any write through this server empties it.
    await api.post('/v1/challenges', challengeInput({ id: `${id}-seen` }), bearer(key));
    expect(ids(await api.get(path)).sort()).toEqual([`${id}-hidden`, `${id}-seen`]);
  });

  it('never caches a request with an API key', async () => {
    const { id, key } = await server.org();
    const path = `/v1/challenges?org=${id}`;
    expect(ids(await api.get(path, bearer(key)))).toEqual([]);
    await createChallenge(
      server.store.db,
      systemClock,
      id,
      ChallengeInput.parse(challengeInput({ id: `${id}-d`, status: 'draft' })),
      SYSTEM,
    );
    expect(ids(await api.get(path, bearer(key)))).toEqual([`${id}-d`]);
  });
});
