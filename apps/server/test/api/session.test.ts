import { afterAll, describe, expect, it } from 'vitest';
import { openTestServer, startTestServer } from '../helpers/server.js';
import { client } from '../helpers/http.js';
import { startTestSmtp } from '../helpers/smtp.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { sha256 } from '../../src/services/ids.js';
import { createMailWorker } from '../../src/mail/worker.js';
import { smtpTransport } from '../../src/mail/transport.js';
import {
  codeIn,
  cookieOf,
  mailedCode as mailedCodeOf,
  signIn as signInWith,
} from '../helpers/sign-in.js';

// Each test comes from a client address of its own (X-Forwarded-For), so the
// per-client limit of one test does not spill into the next.
const { server, api } = await openTestServer({ trustProxy: true });
const db = server.store.db;
let clients = 0;
const newClient = () => ({ 'x-forwarded-for': `10.0.0.${++clients}` });

async function staffMember(role = 'handler') {
  const { id: orgId } = await server.org();
  const email = `p-${orgId}@example.org`;
  await addStaff(db, systemClock, { orgId, email, role, name: 'Pia' });
  return { orgId, email };
}

const mailedCode = (email: string) => mailedCodeOf(db, email);
const signIn = (email: string, from = newClient()) => signInWith(api, db, email, from);

describe('sign-in with a code by e-mail', () => {
  it('mails a code that signs the person in once; the session shows the person and memberships', async () => {
    const { orgId, email } = await staffMember('viewer');
    const other = await server.org();
    await addStaff(db, systemClock, { orgId: other.id, email, role: 'admin' });
    const from = newClient();

    const smtp = await startTestSmtp();
    const worker = createMailWorker({ db, transport: smtpTransport(smtp.url) });
    try {
      const asked = await api.post('/v1/session/code', { email: email.toUpperCase() }, from);
      expect(asked.status).toBe(202);
      // Only this sign-in mail goes out here (not the invitations).
      await db
        .deleteFrom('outbox')
        .where((eb) => eb.or([eb('to_address', '!=', email), eb('kind', '!=', 'sign-in-code')]))
        .execute();
      await worker.runOnce();
      const [mail] = await smtp.waitFor(1);
      expect(smtp.received).toHaveLength(1);
      expect(mail!.to).toMatchObject({ text: email });
      const code = codeIn(mail!.text ?? '');

      const res = await api.post('/v1/session', { email, code }, from);
      expect(res.status).toBe(200);
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^ep_session=[\w-]{40,};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Lax');
      expect(setCookie).toContain('Path=/');
      expect(setCookie).not.toContain('Secure');
      expect(res.body.staff).toMatchObject({ email, name: 'Pia' });
      expect(res.body.memberships).toEqual(
        [
          { orgId, role: 'viewer', arrivalMail: 'immediate' },
          { orgId: other.id, role: 'admin', arrivalMail: 'immediate' },
        ].sort((a, b) => a.orgId.localeCompare(b.orgId)),
      );

      const cookie = cookieOf(res.headers);
      const me = await api.get('/v1/session', { cookie });
      expect(me.status).toBe(200);
      expect(me.body.staff.email).toBe(email);
      expect(me.headers.get('cache-control')).toBe('no-store');

      // Single use.
      expect((await api.post('/v1/session', { email, code }, from)).status).toBe(401);
    } finally {
      await worker.stop();
      await smtp.stop();
    }
  });

  it('stores only hashes: neither the code nor the session token is in the database', async () => {
    const { email } = await staffMember();
    const from = newClient();
    await api.post('/v1/session/code', { email }, from);
    const code = await mailedCode(email);
    const stored = await db
      .selectFrom('sign_in_codes')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);
    expect(stored.code_hash).not.toBe(sha256(code));
    const res = await api.post('/v1/session', { email, code }, from);
    const token = cookieOf(res.headers).split('=')[1]!;
    const sessions = await db.selectFrom('sessions').selectAll().execute();
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    expect(sessions.some((s) => s.token_hash === sha256(token))).toBe(true);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const { email } = await staffMember();
    const unknown = `nobody-${email}`;
    const known = await api.post('/v1/session/code', { email }, newClient());
    const other = await api.post('/v1/session/code', { email: unknown }, newClient());
    expect(other.status).toBe(known.status);
    expect(other.text).toBe(known.text);
    expect(
      await db.selectFrom('outbox').selectAll().where('to_address', '=', unknown).execute(),
    ).toEqual([]);
    expect(
      (await api.post('/v1/session', { email: unknown, code: '123456' }, newClient())).status,
    ).toBe(401);
  });

  it('refuses a wrong code, and after 5 tries the right one too', async () => {
    const { email } = await staffMember();
    const from = newClient();
    await api.post('/v1/session/code', { email }, from);
    const code = await mailedCode(email);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await api.post('/v1/session', { email, code: wrong }, from);
      expect(res.status).toBe(401);
    }
    expect((await api.post('/v1/session', { email, code }, from)).status).toBe(401);
  });

  it('refuses an expired code', async () => {
    const { email } = await staffMember();
    const from = newClient();
    await api.post('/v1/session/code', { email }, from);
    const code = await mailedCode(email);
    await db
      .updateTable('sign_in_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', email)
      .execute();
    expect((await api.post('/v1/session', { email, code }, from)).status).toBe(401);
  });

  it('limits codes per address, known or not, and sign-in calls per client', async () => {
    const { email } = await staffMember();
    for (const address of [email, `unknown-${email}`]) {
      for (let i = 0; i < 5; i++) {
        expect((await api.post('/v1/session/code', { email: address }, newClient())).status).toBe(
          202,
        );
      }
      const over = await api.post('/v1/session/code', { email: address }, newClient());
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const from = newClient();
    for (let i = 0; i < 30; i++) {
      await api.post('/v1/session', { email, code: '999999' }, from);
    }
    expect((await api.post('/v1/session', { email, code: '999999' }, from)).status).toBe(429);
  });
});

describe('sessions', () => {
  it('signs out with the server’s own Origin, and refuses a change with the cookie from elsewhere', async () => {
    const { email } = await staffMember();
    const { cookie } = await signIn(email);
    expect((await api.delete('/v1/session', { cookie })).status).toBe(403);
    expect(
      (await api.delete('/v1/session', { cookie, origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await api.get('/v1/session', { cookie })).status).toBe(200);
    const out = await api.delete('/v1/session', { cookie, origin: server.url });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^ep_session=;.*Max-Age=0/);
    expect((await api.get('/v1/session', { cookie })).status).toBe(401);
  });

  it('refuses sign-in from a foreign Origin', async () => {
    const { email } = await staffMember();
    const res = await api.post(
      '/v1/session/code',
      { email },
      { ...newClient(), origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const { email } = await staffMember();
    const a = await signIn(email);
    const b = await signIn(email);
    expect((await api.get('/v1/session', { cookie: b.cookie })).status).toBe(200);
    expect(
      (await api.delete('/v1/sessions', { cookie: a.cookie, origin: server.url })).status,
    ).toBe(204);
    expect((await api.get('/v1/session', { cookie: a.cookie })).status).toBe(401);
    expect((await api.get('/v1/session', { cookie: b.cookie })).status).toBe(401);
    expect(
      (await api.delete('/v1/sessions', { cookie: a.cookie, origin: server.url })).status,
    ).toBe(401);
  });

  it('ends a session unused for too long, and one past its absolute end', async () => {
    const { email } = await staffMember();
    const idle = await signIn(email);
    const old = await signIn(email);
    const hash = (cookie: string) => sha256(cookie.split('=')[1]!);
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 13 * 3600_000) })
      .where('token_hash', '=', hash(idle.cookie))
      .execute();
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', hash(old.cookie))
      .execute();
    expect((await api.get('/v1/session', { cookie: idle.cookie })).status).toBe(401);
    expect((await api.get('/v1/session', { cookie: old.cookie })).status).toBe(401);
  });

  it('ends when the person is removed from their last organisation', async () => {
    const { email, orgId } = await staffMember();
    const { cookie } = await signIn(email);
    const { removeStaff } = await import('../../src/services/staff.js');
    await removeStaff(db, { orgId, email });
    expect((await api.get('/v1/session', { cookie })).status).toBe(401);
  });
});

const secure = await startTestServer({ publicUrl: 'https://console.example' });
afterAll(() => secure.close());
const https = client(secure.url);

describe('sessions over HTTPS', () => {
  it('uses a Secure __Host- cookie and takes PUBLIC_URL as the own Origin', async () => {
    const { id: orgId } = await secure.org();
    const email = `s-${orgId}@example.org`;
    await addStaff(secure.store.db, systemClock, { orgId, email, role: 'admin' });
    await https.post('/v1/session/code', { email });
    const row = await secure.store.db
      .selectFrom('outbox')
      .select('text_body')
      .where('to_address', '=', email)
      .where('kind', '=', 'sign-in-code')
      .executeTakeFirstOrThrow();
    const code = codeIn(row.text_body);
    const res = await https.post('/v1/session', { email, code });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-ep_session=/);
    expect(setCookie).toContain('Secure');
    const cookie = cookieOf(res.headers);
    expect((await https.get('/v1/session', { cookie })).status).toBe(200);
    expect((await https.delete('/v1/session', { cookie, origin: secure.url })).status).toBe(403);
    expect(
      (await https.delete('/v1/session', { cookie, origin: 'https://console.example' })).status,
    ).toBe(204);
  });
});

// Started with the file, not inside a test: a server's start is not what is timed.
const proxied = await startTestServer({ trustProxy: 1 });
// The proxy trusted is elsewhere: this test's own connection is not it.
const direct = await startTestServer({ trustProxy: ['10.9.9.9'] });
afterAll(() => Promise.all([proxied.close(), direct.close()]));

describe('sessions behind a proxy that terminates HTTPS', () => {
  it('uses a Secure __Host- cookie when a trusted proxy says the client came over HTTPS, and checks Origin against https', async () => {
    const { id: orgId } = await proxied.org();
    const email = `p-${orgId}@example.org`;
    await addStaff(proxied.store.db, systemClock, { orgId, email, role: 'admin' });
    const host = new URL(proxied.url).host;
    const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
    const api2 = client(proxied.url, viaProxy);
    await api2.post('/v1/session/code', { email });
    const code = await mailedCodeOf(proxied.store.db, email);
    const res = await api2.post('/v1/session', { email, code });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-ep_session=/);
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = cookieOf(res.headers);
    expect((await api2.get('/v1/session', { cookie })).status).toBe(200);
    // The own origin is the https one the browser sees.
    const fromHttp = await api2.delete('/v1/session', { cookie, origin: `http://${host}` });
    expect(fromHttp.status).toBe(403);
    const fromHttps = await api2.delete('/v1/session', { cookie, origin: `https://${host}` });
    expect(fromHttps.status).toBe(204);
  });

  it('ignores X-Forwarded-Proto from a peer that is not a trusted proxy', async () => {
    const { id: orgId } = await direct.org();
    const email = `d-${orgId}@example.org`;
    await addStaff(direct.store.db, systemClock, { orgId, email, role: 'admin' });
    const forged = client(direct.url, { 'x-forwarded-proto': 'https' });
    await forged.post('/v1/session/code', { email });
    const code = await mailedCodeOf(direct.store.db, email);
    const res = await forged.post('/v1/session', { email, code });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^ep_session=/);
    expect(res.headers.get('set-cookie')).not.toContain('Secure');
  });
});
