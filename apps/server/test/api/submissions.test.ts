import { describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD } from '@entrypoint/sdk';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

const inboxCount = async (key: string) => {
  const res = await api.get('/v1/submissions?limit=100', bearer(key));
  expect(res.status).toBe(200);
  return res.body.data.length as number;
};

describe('POST /v1/submissions', () => {
  it('answers 201 with an id and a reference per owner and year, and puts it in the inbox', async () => {
    const { id, key } = await server.org({ id: `norr-${Date.now().toString(36)}` });
    const first = await api.post('/v1/submissions', submissionInput(id), idem());
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const year = new Date().getUTCFullYear();
    expect(first.body.reference).toBe(`NOR-${year}-0001`);
    expect(first.body).toMatchObject({ orgId: id, status: 'received' });
    const second = await api.post(
      '/v1/submissions',
      submissionInput(id, { title: 'Another idea' }),
      idem(),
    );
    expect(second.body.reference).toBe(`NOR-${year}-0002`);
    const stored = await api.get(`/v1/submissions/${first.body.id}`, bearer(key));
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      id: first.body.id,
      title: 'Shared electric boats',
      status: 'received',
    });
  });

  it('records via, the page (Entrypoint-Page, else Referer) and the origin as source', async () => {
    const { id, key } = await server.org();
    const cluster = await server.org({
      kind: 'cluster',
      allowedOrigins: ['https://cluster.example'],
    });
    const res = await api.post('/v1/submissions', submissionInput(id, { via: cluster.id }), {
      ...idem(),
      origin: 'https://cluster.example',
      'entrypoint-page': 'https://cluster.example/join',
    });
    expect(res.status).toBe(201);
    const stored = await api.get(`/v1/submissions/${res.body.id}`, bearer(key));
    expect(stored.body.via).toBe(cluster.id);
    expect(stored.body.source).toEqual({
      origin: 'https://cluster.example',
      page: 'https://cluster.example/join',
    });
    const viaReferer = await api.post('/v1/submissions', submissionInput(id), {
      ...idem(),
      referer: 'https://x.example/p',
    });
    const stored2 = await api.get(`/v1/submissions/${viaReferer.body.id}`, bearer(key));
    expect(stored2.body.source).toEqual({ origin: null, page: 'https://x.example/p' });
  });

  it('replays the same answer for the same key and body, and stores nothing new', async () => {
    const { id, key } = await server.org();
    const headers = idem();
    const first = await api.post('/v1/submissions', submissionInput(id), headers);
    const again = await api.post('/v1/submissions', submissionInput(id), headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await inboxCount(key)).toBe(1);
  });

  it('answers 409 for the same key with another body', async () => {
    const { id, key } = await server.org();
    const headers = idem();
    await api.post('/v1/submissions', submissionInput(id), headers);
    const other = await api.post(
      '/v1/submissions',
      submissionInput(id, { title: 'Something else' }),
      headers,
    );
    expect(other.status).toBe(409);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(await inboxCount(key)).toBe(1);
  });

  it('stores one submission for 20 concurrent sends of one key, all answered alike', async () => {
    const { id, key } = await server.org();
    const headers = idem();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => api.post('/v1/submissions', submissionInput(id), headers)),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(replies.map((r) => r.body.reference)).size).toBe(1);
    expect(await inboxCount(key)).toBe(1);
  });

  it('needs an Idempotency-Key', async () => {
    const { id } = await server.org();
    const res = await api.post('/v1/submissions', submissionInput(id));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'Idempotency-Key', message: 'Required' }]);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const { id, key } = await server.org();
    const res = await api.post(
      '/v1/submissions',
      { ...submissionInput(id), [HONEYPOT_FIELD]: 'http://spam.example' },
      idem(),
    );
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^[A-Z]{3}-\d{4}-\d{4,}$/);
    expect(await inboxCount(key)).toBe(0);
  });

  it('gives a filled honeypot a decoy reference no real submission can ever have', async () => {
    const { id } = await server.org();
    const real = await api.post('/v1/submissions', submissionInput(id), idem());
    const [prefix, year] = String(real.body.reference).split('-');
    for (let i = 0; i < 25; i++) {
      const decoy = await api.post(
        '/v1/submissions',
        { ...submissionInput(id), [HONEYPOT_FIELD]: 'http://spam.example' },
        idem(),
      );
      expect(decoy.status).toBe(201);
      const [decoyPrefix, decoyYear, number = ''] = String(decoy.body.reference).split('-');
      expect([decoyPrefix, decoyYear]).toEqual([prefix, year]);
      // Real numbers are written as String(n).padStart(4, '0') for n >= 1: a decoy never is.
      expect(String(Number(number)).padStart(4, '0')).not.toBe(number);
    }
  });

  it("accepts posts only from the owner's allowed origins (no cluster lists the site)", async () => {
    const { id, key } = await server.org({ allowedOrigins: ['https://www.city.example'] });
    const denied = await api.post('/v1/submissions', submissionInput(id), {
      ...idem(),
      origin: 'https://evil.example',
    });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({
      code: 'origin-not-allowed',
      origin: 'https://evil.example',
      orgId: id,
    });
    const allowed = await api.post('/v1/submissions', submissionInput(id), {
      ...idem(),
      origin: 'https://www.city.example',
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.city.example');
    expect(await inboxCount(key)).toBe(1);
  });

  it('checks that the receiver, the challenge and via exist', async () => {
    const { id, key } = await server.org();
    const other = await server.org();
    const theirs = await api.post('/v1/challenges', challengeInput(), bearer(other.key));
    const res = await api.post(
      '/v1/submissions',
      submissionInput(id, { challengeId: theirs.body.id, via: 'no-such-cluster' }),
      idem(),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'challengeId',
      'via',
    ]);
    const unknown = await api.post('/v1/submissions', submissionInput('no-such-org'), idem());
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('orgId');
    const own = await api.post('/v1/challenges', challengeInput(), bearer(key));
    const good = await api.post(
      '/v1/submissions',
      submissionInput(id, { challengeId: own.body.id }),
      idem(),
    );
    expect(good.status).toBe(201);
    expect(good.body.challengeId).toBe(own.body.id);
  });
});

describe('the inbox', () => {
  it('lists with a status filter and pages with a cursor', async () => {
    const { id, key } = await server.org();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await api.post(
            '/v1/submissions',
            submissionInput(id, { title: `Idea number ${i}` }),
            idem(),
          )
        ).body.id,
      );
    }
    await api.patch(`/v1/submissions/${ids[0]}`, { status: 'in-review' }, bearer(key));
    const reviewing = await api.get('/v1/submissions?status=in-review', bearer(key));
    expect(reviewing.body.data.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
    const page1 = await api.get('/v1/submissions?limit=2', bearer(key));
    expect(page1.body.data).toHaveLength(2);
    expect(page1.headers.get('cache-control')).toBe('no-store');
    const seen = [...page1.body.data];
    let cursor = page1.body.nextCursor;
    while (cursor) {
      const next = await api.get(
        `/v1/submissions?limit=2&cursor=${encodeURIComponent(cursor)}`,
        bearer(key),
      );
      seen.push(...next.body.data);
      cursor = next.body.nextCursor;
    }
    expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it('moves a submission along the allowed transitions only', async () => {
    const { id, key } = await server.org();
    const sub = (await api.post('/v1/submissions', submissionInput(id), idem())).body;
    const bad = await api.patch(`/v1/submissions/${sub.id}`, { status: 'accepted' }, bearer(key));
    expect(bad.status).toBe(409);
    expect(bad.body.allowed).toEqual(['in-review', 'in-dialogue', 'forwarded', 'declined']);
    const ok = await api.patch(`/v1/submissions/${sub.id}`, { status: 'in-review' }, bearer(key));
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('in-review');
    expect(
      (await api.patch(`/v1/submissions/${sub.id}`, { status: 'accepted' }, bearer(key))).status,
    ).toBe(200);
    const final = await api.patch(
      `/v1/submissions/${sub.id}`,
      { status: 'in-review' },
      bearer(key),
    );
    expect(final.status).toBe(409);
    const invalid = await api.patch(`/v1/submissions/${sub.id}`, { status: 'lost' }, bearer(key));
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].path).toBe('status');
  });
});
