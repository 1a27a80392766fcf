/**
 * GET /v1/challenge-submission-counts: per challenge of the organisation,
 * how many submissions it drew and how many are still open; for its key and
 * its staff in any role, never another organisation's; not mistaken for a
 * challenge id.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer, letters } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, submissionInput } from '../helpers/factories.js';
import { signIn as signInWith } from '../helpers/sign-in.js';
import { addStaff } from '../../src/services/staff.js';
import { systemClock } from '../../src/services/clock.js';

const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;

let clients = 0;
async function staffCookie(orgId: string, role: string) {
  const email = `${role}-${letters(6)}@${orgId}.example`;
  await addStaff(db, systemClock, { orgId, email, role });
  const from = { 'x-forwarded-for': `10.9.0.${++clients}` };
  return (await signInWith(api, db, email, from)).cookie;
}

const PATH = '/v1/challenge-submission-counts';

describe('GET /v1/challenge-submission-counts', () => {
  it('counts all and open submissions per challenge, for the key and staff in any role', async () => {
    const org = await server.org();
    const key = bearer(org.key);
    for (const id of ['harbour-power', 'quiet-streets']) {
      const res = await api.post('/v1/challenges', challengeInput({ id }), key);
      expect(res.status).toBe(201);
    }
    // A draft without submissions is left out of the answer.
    const draft = await api.post(
      '/v1/challenges',
      challengeInput({ id: 'still-a-draft', status: 'draft' }),
      key,
    );
    expect(draft.status).toBe(201);

    const sent: string[] = [];
    for (const challengeId of ['harbour-power', 'harbour-power', 'quiet-streets', undefined]) {
      const res = await api.post(
        '/v1/submissions',
        submissionInput(org.id, challengeId ? { challengeId } : {}),
        { ...idem(), ...key },
      );
      expect(res.status).toBe(201);
      sent.push(res.body.id as string);
    }
    // One of the harbour's is declined: no longer open.
    const declined = await api.patch(
      `/v1/submissions/${sent[0]}`,
      { status: 'declined', message: 'Not for us this time, thank you.' },
      key,
    );
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);

    const expected = {
      data: [
        { challengeId: 'harbour-power', total: 2, open: 1 },
        { challengeId: 'quiet-streets', total: 1, open: 1 },
      ],
    };
    const byKey = await api.get(PATH, key);
    expect(byKey.status).toBe(200);
    expect(byKey.body).toEqual(expected);
    expect(byKey.headers.get('cache-control')).toBe('no-store');

    for (const role of ['viewer', 'handler', 'editor', 'admin']) {
      const cookie = await staffCookie(org.id, role);
      const res = await api.get(PATH, { cookie, origin: server.url, 'entrypoint-org': org.id });
      expect(res.status, role).toBe(200);
      expect(res.body, role).toEqual(expected);
    }

    // Another organisation sees only its own (none here).
    const other = await server.org();
    const theirs = await api.get(PATH, bearer(other.key));
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual({ data: [] });
  });

  it('answers 401 without a key or session, 403 for an organisation one does not belong to', async () => {
    const org = await server.org();
    const other = await server.org();
    expect((await api.get(PATH)).status).toBe(401);
    const cookie = await staffCookie(other.id, 'admin');
    const stranger = await api.get(PATH, {
      cookie,
      origin: server.url,
      'entrypoint-org': org.id,
    });
    expect(stranger.status).toBe(403);
  });

  it('leaves /v1/challenges/{id} as it was', async () => {
    const org = await server.org();
    const key = bearer(org.key);
    const made = await api.post('/v1/challenges', challengeInput({ id: 'submission-counts' }), key);
    expect(made.status).toBe(201);
    const one = await api.get('/v1/challenges/submission-counts', key);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: 'submission-counts', orgId: org.id });
  });
});
