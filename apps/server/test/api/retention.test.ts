/**
 * The retention the server applies daily (services/people.ts, called from
 * main.ts), run here with a clock: a submission is erased once its final
 * status is older than its owner's retention period (730 days unless the
 * owner set another), never while it is open; idempotency records go after a day.
 */
import { SYSTEM } from '../../src/services/audit.js';
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { idem, submissionInput } from '../helpers/factories.js';
import type { Clock } from '../../src/services/clock.js';
import { moveSubmission, submit, getSubmission } from '../../src/services/submissions.js';
import { applyRetention, retentionDays } from '../../src/services/people.js';

const { server } = await openTestServer();
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2030-03-01T12:00:00Z');
const at = (ms: number): Clock => ({ now: () => new Date(ms) });

async function submitted(orgId: string, when: number, email: string) {
  const db = server.store.db;
  const { receipt } = await submit(db, at(when), {
    input: submissionInput(orgId, { contact: { name: 'Ola Nord', email } }),
    idempotencyKey: idem()['idempotency-key'],
    source: { origin: null, page: null },
  });
  return receipt;
}

describe('retention', () => {
  it('erases a submission 730 days after it was declined, and leaves one still open', async () => {
    const { id: orgId } = await server.org();
    const db = server.store.db;
    const closed = await submitted(orgId, T0, 'closed@person.example');
    const open = await submitted(orgId, T0, 'open@person.example');
    await moveSubmission(db, at(T0 + DAY), orgId, closed.id, 'declined', SYSTEM);
    await moveSubmission(db, at(T0 + DAY), orgId, open.id, 'in-review', SYSTEM);

    await applyRetention(db, at(T0 + 730 * DAY));
    expect((await getSubmission(db, orgId, closed.id)).erasedAt).toBeUndefined();

    const done = await applyRetention(db, at(T0 + 732 * DAY));
    expect(done.erased).toBeGreaterThanOrEqual(1);
    const erased = await getSubmission(db, orgId, closed.id);
    expect(erased).toMatchObject({ reference: closed.reference, status: 'declined' });
    expect(erased.erasedAt).toBe(new Date(T0 + 732 * DAY).toISOString());
    expect(JSON.stringify(erased)).not.toContain('closed@person.example');
    expect((await getSubmission(db, orgId, open.id)).contact.email).toBe('open@person.example');
  });

  it("follows the owner's own period", async () => {
    const { id: orgId } = await server.org();
    const db = server.store.db;
    expect(await retentionDays(db, orgId)).toEqual({ days: 730, isDefault: true });
    expect(await retentionDays(db, orgId, { days: 30 })).toEqual({ days: 30, isDefault: false });
    const s = await submitted(orgId, T0, 'short@person.example');
    await moveSubmission(db, at(T0), orgId, s.id, 'in-review', SYSTEM);
    await moveSubmission(db, at(T0), orgId, s.id, 'accepted', SYSTEM);
    await applyRetention(db, at(T0 + 29 * DAY));
    expect((await getSubmission(db, orgId, s.id)).erasedAt).toBeUndefined();
    await applyRetention(db, at(T0 + 31 * DAY));
    expect((await getSubmission(db, orgId, s.id)).erasedAt).toBeDefined();
  });

  it('purges idempotency records older than 24 hours', async () => {
    const { id: orgId } = await server.org();
    const db = server.store.db;
    const old = await submitted(orgId, T0, 'old@person.example');
    const recent = await submitted(orgId, T0 + 2 * DAY, 'recent@person.example');
    await applyRetention(db, at(T0 + 2 * DAY + 23 * 60 * 60 * 1000));
    const left = await db
      .selectFrom('idempotency_keys')
      .select('response')
      .where('org_id', '=', orgId)
      .execute();
    expect(left.map((r) => (r.response as { id: string }).id)).toEqual([recent.id]);
    expect(old.id).not.toBe(recent.id);
  });
});
