/**
 * Every admin write leaves one row in `audit_events` naming the API key that
 * made it, written in the write's own transaction; the table refuses to be
 * changed afterwards.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput, idem, storyInput, submissionInput } from '../helpers/factories.js';
import { sha256 } from '../../src/services/ids.js';

const { server, api } = await openTestServer();
const db = server.store.db;

const keyIdOf = async (key: string) =>
  (
    await db
      .selectFrom('api_keys')
      .select('id')
      .where('hash', '=', sha256(key))
      .executeTakeFirstOrThrow()
  ).id;

const trail = (orgId: string) =>
  db
    .selectFrom('audit_events')
    .select([
      'actor_kind',
      'actor_id',
      'action',
      'entity_type',
      'entity_id',
      'request_id',
      'detail',
    ])
    .where('org_id', '=', orgId)
    .where('actor_kind', '=', 'api_key') // not the test's own setup (its key)
    .orderBy('id')
    .execute();

describe('the audit trail', () => {
  it('records each write through the API once, naming the key and the request', async () => {
    const { id: orgId, key } = await server.org();
    const keyId = await keyIdOf(key);
    const as = bearer(key);
    const created = await api.post('/v1/challenges', challengeInput(), as);
    const challengeId = created.body.id as string;
    const patched = await api.patch(
      `/v1/challenges/${challengeId}`,
      { status: 'closed', summary: { en: 'Done' } },
      as,
    );
    const story = await api.post('/v1/stories', storyInput(), as);
    const removed = await api.delete(`/v1/challenges/${challengeId}`, as);
    const submitted = await api.post('/v1/submissions', submissionInput(orgId), idem());
    const moved = await api.patch(
      `/v1/submissions/${submitted.body.id}`,
      { status: 'in-review' },
      as,
    );
    expect([created, patched, story, removed, moved].map((r) => r.status)).toEqual([
      201, 200, 201, 204, 200,
    ]);

    const actor = { actor_kind: 'api_key', actor_id: keyId };
    const requestId = (r: { headers: Headers }) => r.headers.get('x-request-id');
    expect(await trail(orgId)).toEqual([
      {
        ...actor,
        action: 'create',
        entity_type: 'challenge',
        entity_id: challengeId,
        request_id: requestId(created),
        detail: null,
      },
      {
        ...actor,
        action: 'update',
        entity_type: 'challenge',
        entity_id: challengeId,
        request_id: requestId(patched),
        detail: { fields: ['status', 'summary'] },
      },
      {
        ...actor,
        action: 'create',
        entity_type: 'story',
        entity_id: story.body.id,
        request_id: requestId(story),
        detail: null,
      },
      {
        ...actor,
        action: 'delete',
        entity_type: 'challenge',
        entity_id: challengeId,
        request_id: requestId(removed),
        detail: null,
      },
      {
        ...actor,
        action: 'move',
        entity_type: 'submission',
        entity_id: submitted.body.id,
        request_id: requestId(moved),
        detail: { from: 'received', to: 'in-review' },
      },
    ]);
  });

  it('records nothing for a write that was refused, or a move to the same status', async () => {
    const { id: orgId, key } = await server.org();
    const as = bearer(key);
    const first = await api.post('/v1/challenges', challengeInput(), as);
    const again = await api.post('/v1/challenges', challengeInput({ id: first.body.id }), as);
    expect(again.status).toBe(409);
    expect((await api.patch('/v1/challenges/no-such-one', { horizonYear: 2040 }, as)).status).toBe(
      404,
    );
    const submitted = await api.post('/v1/submissions', submissionInput(orgId), idem());
    const same = await api.patch(
      `/v1/submissions/${submitted.body.id}`,
      { status: 'received' },
      as,
    );
    expect(same.status).toBe(200);
    expect((await trail(orgId)).map((r) => `${r.action} ${r.entity_id}`)).toEqual([
      `create ${first.body.id}`,
    ]);
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { key, id: orgId } = await server.org();
    await api.post('/v1/challenges', challengeInput(), bearer(key));
    await expect(
      sql`update audit_events set actor_id = 'someone-else' where org_id = ${orgId}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where org_id = ${orgId}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/append-only/);
    expect(await trail(orgId)).toHaveLength(1);
  });
});
