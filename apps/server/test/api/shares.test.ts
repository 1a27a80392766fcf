/**
 * Share links of unpublished challenges (services/shares.ts,
 * http/resources/shares.ts): made by editors and admins (or the key), shown
 * to anyone with the link until it expires at the server's clock or is
 * withdrawn; the token is never stored nor listed.
 */
import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { challengeInput } from '../helpers/factories.js';
import { addStaff } from '../../src/services/staff.js';
import { sha256 } from '../../src/services/ids.js';
import type { Clock } from '../../src/services/clock.js';
import { signIn } from '../helpers/sign-in.js';

const DAY = 86_400_000;
let now = Date.now();
const clock: Clock = { now: () => new Date(now) };
const { server, api } = await openTestServer({ trustProxy: true }, { clock });
const db = server.store.db;
let clients = 0;

async function member(orgId: string, role: string) {
  const email = `${role}-${orgId}@example.org`;
  await addStaff(db, clock, { orgId, email, role });
  const { cookie } = await signIn(api, db, email, { 'x-forwarded-for': `10.4.0.${++clients}` });
  return { cookie, origin: server.url, 'entrypoint-org': orgId };
}

async function draft(key: string, title = 'Quiet night buses') {
  const res = await api.post(
    '/v1/challenges',
    challengeInput({ status: 'draft', title: { en: title, sv: 'Tysta nattbussar' } }),
    bearer(key),
  );
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

describe('share links', () => {
  it('shows a draft to anyone with the link until it expires, at the server’s clock', async () => {
    const { id: orgId, key } = await server.org();
    const id = await draft(key);
    const editor = await member(orgId, 'editor');

    const made = await api.post(`/v1/challenges/${id}/shares`, { days: 2 }, editor);
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    expect(made.body.state).toBe('active');
    expect(made.body.createdBy).toMatch(/^staff:/);
    expect(Date.parse(made.body.expiresAt) - now).toBe(2 * DAY);
    const url = new URL(made.body.url as string);
    expect(url.pathname).toMatch(/^\/preview\/[\w-]{40,}$/);
    const token = tokenOf(made.body.url);

    // Only the hash is stored.
    const rows = await db
      .selectFrom('challenge_shares')
      .selectAll()
      .where('challenge_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    // The page, without any session or key.
    const page = await api.get(`/preview/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page.text).toContain('<ep-challenge-board');
    expect(page.text).toContain('src="/embed/entrypoint.js"');
    expect(page.text).toContain('Quiet night buses');
    expect(page.text).toContain(`api="${server.url}/preview/${token}"`);
    expect(page.text).toContain(`data-challenge="${id}"`);
    // The board's reads below the link: this challenge only, draft included.
    const read = await api.get(`/preview/${token}/v1/challenges/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, status: 'draft', orgId });
    expect(read.headers.get('cache-control')).toBe('no-store');
    const listedHere = await api.get(`/preview/${token}/v1/challenges?sort=status&limit=100`);
    expect(listedHere.body.data.map((c: { id: string }) => c.id)).toEqual([id]);
    const orgs = await api.get(`/preview/${token}/v1/organizations?limit=100`);
    expect(orgs.body.data.map((o: { id: string }) => o.id)).toEqual([orgId]);
    expect(orgs.body.data[0].allowedOrigins).toBeUndefined();
    expect(
      (await api.get(`/preview/${token}/v1/challenges/${id}/similar?limit=5`)).body.data,
    ).toEqual([]);
    expect((await api.get(`/preview/${token}/v1/stories?challenge=${id}`)).body.data).toEqual([]);
    expect((await api.get(`/preview/${token}/v1/challenges/another`)).status).toBe(404);
    expect((await api.get(`/preview/${token}/v1/submissions`)).status).toBe(404);
    // The notice in the page's language (?lang=, else the challenge's).
    for (const [lang, word] of [
      ['en', 'Preview of a challenge that is not published'],
      ['sv', 'Förhandsvisning av en utmaning'],
      ['nb', 'Forhåndsvisning av en utfordring'],
      ['fi', 'Esikatselu haasteesta'],
    ] as const) {
      const localized = await api.get(`/preview/${token}?lang=${lang}`);
      expect(localized.text).toContain(`<html lang="${lang}">`);
      expect(localized.text).toContain(word);
    }
    // The draft is still not public.
    expect((await api.get(`/v1/challenges/${id}`)).status).toBe(404);

    // Listed without the token.
    const listed = await api.get(`/v1/challenges/${id}/shares`, editor);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.text).not.toContain(token);
    expect(listed.body.data[0].url).toBeUndefined();

    // A day later it still works; after two days it is gone.
    now += DAY;
    expect((await api.get(`/preview/${token}`)).status).toBe(200);
    now += DAY + 1000;
    const gone = await api.get(`/preview/${token}?lang=sv`);
    expect(gone.status).toBe(410);
    expect(gone.text).toContain('fungerar inte längre');
    expect(gone.text).not.toContain('Quiet night buses');
    const after = await api.get(`/v1/challenges/${id}/shares`, bearer(key));
    expect(after.body.data[0].state).toBe('expired');
  });

  it('is withdrawn at once, and an unknown token is a 404 page', async () => {
    const { id: orgId, key } = await server.org();
    const id = await draft(key);
    const admin = await member(orgId, 'admin');
    const made = await api.post(`/v1/challenges/${id}/shares`, {}, admin);
    expect(made.status).toBe(201);
    expect(Date.parse(made.body.expiresAt) - now).toBe(7 * DAY);
    const token = tokenOf(made.body.url);
    expect((await api.get(`/preview/${token}`)).status).toBe(200);

    const removed = await api.delete(`/v1/challenges/${id}/shares/${made.body.id}`, admin);
    expect(removed.status).toBe(204);
    expect((await api.get(`/preview/${token}`)).status).toBe(410);
    expect((await api.get(`/preview/${token}/v1/challenges/${id}`)).status).toBe(410);
    const listed = await api.get(`/v1/challenges/${id}/shares`, admin);
    expect(listed.body.data[0].state).toBe('revoked');
    expect((await api.delete(`/v1/challenges/${id}/shares/shr_nothing`, admin)).status).toBe(404);
    // Both in the organisation's log, as the admin's doing, without the token.
    const log = await db
      .selectFrom('audit_events')
      .select(['action', 'actor_kind', 'detail'])
      .where('org_id', '=', orgId)
      .where('entity_id', '=', id)
      .where('action', 'in', ['create', 'revoke'])
      .where('actor_kind', '=', 'staff')
      .orderBy('at')
      .execute();
    expect(log.map((r) => r.action)).toEqual(['create', 'revoke']);
    expect(JSON.stringify(log)).toContain(made.body.id);
    expect(JSON.stringify(log)).not.toContain(token);

    const unknown = await api.get(`/preview/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('referrer-policy')).toBe('no-referrer');
    expect(unknown.text).toContain('no preview here');
  });

  it('refuses bad days, handlers, viewers, strangers and others’ challenges', async () => {
    const { id: orgId, key } = await server.org();
    const id = await draft(key);
    for (const days of [0, 31, 2.5, '7']) {
      const res = await api.post(`/v1/challenges/${id}/shares`, { days }, bearer(key));
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe('days');
    }
    expect(
      (await api.post(`/v1/challenges/${id}/shares`, { days: 3, x: 1 }, bearer(key))).status,
    ).toBe(422);
    for (const role of ['handler', 'viewer']) {
      const who = await member(orgId, role);
      const res = await api.post(`/v1/challenges/${id}/shares`, {}, who);
      expect(res.status).toBe(403);
      expect((await api.get(`/v1/challenges/${id}/shares`, who)).status).toBe(403);
    }
    expect((await api.post(`/v1/challenges/${id}/shares`, {})).status).toBe(401);

    const other = await server.org();
    const stranger = await member(other.id, 'admin');
    expect((await api.post(`/v1/challenges/${id}/shares`, {}, stranger)).status).toBe(404);
    expect((await api.post(`/v1/challenges/${id}/shares`, {}, bearer(other.key))).status).toBe(404);
    const mine = await api.post(`/v1/challenges/${id}/shares`, {}, bearer(key));
    expect(
      (await api.delete(`/v1/challenges/${id}/shares/${mine.body.id}`, bearer(other.key))).status,
    ).toBe(404);
    expect((await api.post(`/v1/challenges/nothing-here/shares`, {}, bearer(key))).status).toBe(
      404,
    );
  });

  it('goes when its challenge is deleted', async () => {
    const { key } = await server.org();
    const id = await draft(key);
    const made = await api.post(`/v1/challenges/${id}/shares`, { days: 30 }, bearer(key));
    expect(made.status).toBe(201);
    expect(made.body.createdBy).toMatch(/^api_key:/);
    expect((await api.delete(`/v1/challenges/${id}`, bearer(key))).status).toBe(204);
    expect((await api.get(`/preview/${tokenOf(made.body.url)}`)).status).toBe(410);
  });
});
