/**
 * Sign-in through an organisation's own OpenID Connect provider, end to end
 * against a real provider (oidc-provider) that this file starts: the server
 * sends the browser there, the provider's own login and consent forms are
 * submitted over HTTP, and the provider sends the browser back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { systemClock } from '../../src/services/clock.js';
import { addStaff } from '../../src/services/staff.js';
import { runCommand } from '../../src/ops/commands.js';
import { type CookieJar, signInAtProvider, startTestProvider } from '../helpers/oidc-provider.js';
import { checkAgainstDocument } from '../helpers/openapi.js';
import { letters } from '../helpers/server.js';

const { server, api } = await openTestServer();
const db = server.store.db;
const idp = await startTestProvider([`${server.url}/v1/session/sso/callback`]);
afterAll(() => idp.close());

const cli = (...command: string[]) => {
  const [cmd, sub, ...rest] = command;
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) options[rest[i]!.replace(/^--/, '')] = rest[i + 1]!;
  return runCommand(
    { store: server.store, clock: systemClock },
    { command: [cmd!, sub!], options },
  );
};

/** An organisation whose staff sign in at the test provider. */
async function ssoOrg() {
  const { id } = await server.org();
  await cli(
    'sso',
    'set',
    '--org',
    id,
    '--issuer',
    idp.issuer,
    '--client-id',
    idp.clientId,
    '--client-secret',
    idp.clientSecret,
  );
  return id;
}

/** An account at the provider: its subject. */
function account(email: string, verified = true) {
  const sub = `user-${letters(10)}`;
  idp.accounts.set(sub, { email, email_verified: verified });
  return sub;
}

const sessionCookie = (jar: CookieJar) =>
  jar.cookies.has('ep_session') ? `ep_session=${jar.cookies.get('ep_session')}` : undefined;

const linked = (sub: string) =>
  db.selectFrom('staff_identities').selectAll().where('subject', '=', sub).execute();

describe('sign-in through the organisation’s provider', () => {
  it('links an invited person on the first sign-in and gives them a session', async () => {
    const orgId = await ssoOrg();
    const email = `anna-${orgId}@example.org`;
    await addStaff(db, systemClock, { orgId, email, role: 'handler', name: 'Anna' });
    const sub = account(email.toUpperCase());

    const walk = await signInAtProvider(server.url, orgId, sub);
    expect(walk.status).toBe(302);
    expect(walk.location).toBe('/console/');
    // The provider was sent back with a code and the sign-in's state, not with tokens.
    expect(walk.callback!.searchParams.get('code')).toBeTruthy();
    expect(walk.callback!.searchParams.get('state')).toBeTruthy();
    expect(walk.jar.cookies.has('ep_sso')).toBe(false);

    const cookie = sessionCookie(walk.jar)!;
    const me = await api.get('/v1/session', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.staff.email).toBe(email);
    expect(me.body.memberships).toEqual([{ orgId, role: 'handler', arrivalMail: 'immediate' }]);

    const links = await linked(sub);
    expect(links).toHaveLength(1);
    expect(links[0]!.issuer).toBe(idp.issuer);
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('entity_type', '=', 'sso')
      .where('action', '=', 'create')
      .where('actor_kind', '=', 'staff')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('finds the person by subject on later sign-ins, even after the address changed at the provider', async () => {
    const orgId = await ssoOrg();
    const email = `bo-${orgId}@example.org`;
    await addStaff(db, systemClock, { orgId, email, role: 'viewer' });
    const sub = account(email);
    expect((await signInAtProvider(server.url, orgId, sub)).location).toBe('/console/');

    idp.accounts.set(sub, { email: `bo.renamed-${orgId}@example.net`, email_verified: true });
    const again = await signInAtProvider(server.url, orgId, sub);
    expect(again.location).toBe('/console/');
    const me = await api.get('/v1/session', { cookie: sessionCookie(again.jar)! });
    expect(me.body.staff.email).toBe(email);
    expect(await linked(sub)).toHaveLength(1);
  });

  it('never matches by the e-mail claim alone: another account with the same address is refused', async () => {
    const orgId = await ssoOrg();
    const email = `cai-${orgId}@example.org`;
    await addStaff(db, systemClock, { orgId, email, role: 'admin' });
    const first = account(email);
    expect((await signInAtProvider(server.url, orgId, first)).location).toBe('/console/');

    const impostor = account(email);
    const walk = await signInAtProvider(server.url, orgId, impostor);
    expect(walk.location).toBe('/console/sign-in?error=sso-already-linked');
    expect(sessionCookie(walk.jar)).toBeUndefined();
    expect(await linked(impostor)).toEqual([]);
  });

  it('refuses an address nobody invited, and an unverified one', async () => {
    const orgId = await ssoOrg();
    const stranger = account(`stranger-${orgId}@example.org`);
    const walk = await signInAtProvider(server.url, orgId, stranger);
    expect(walk.status).toBe(302);
    expect(walk.location).toBe('/console/sign-in?error=not-invited');
    expect(sessionCookie(walk.jar)).toBeUndefined();
    expect(await linked(stranger)).toEqual([]);

    const email = `dana-${orgId}@example.org`;
    await addStaff(db, systemClock, { orgId, email, role: 'viewer' });
    const unverified = account(email, false);
    const refused = await signInAtProvider(server.url, orgId, unverified);
    expect(refused.location).toBe('/console/sign-in?error=sso-no-email');
    expect(await linked(unverified)).toEqual([]);
  });

  it('refuses a callback whose state is not the sign-in’s, one from another browser, and one used twice', async () => {
    const orgId = await ssoOrg();
    const email = `eva-${orgId}@example.org`;
    await addStaff(db, systemClock, { orgId, email, role: 'viewer' });
    const sub = account(email);

    const tampered = await signInAtProvider(server.url, orgId, sub, {
      beforeCallback: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expect(tampered.location).toBe('/console/sign-in?error=sso-state');
    expect(sessionCookie(tampered.jar)).toBeUndefined();

    // A callback delivered to a browser that did not begin the sign-in (login CSRF).
    const elsewhere = await signInAtProvider(server.url, orgId, sub, {
      beforeCallback: (_url, jar) => jar.cookies.clear(),
    });
    expect(elsewhere.location).toBe('/console/sign-in?error=sso-state');
    expect(sessionCookie(elsewhere.jar)).toBeUndefined();
    expect(await linked(sub)).toEqual([]);

    // The right one signs in once; the same callback again does not.
    let binding = '';
    const ok = await signInAtProvider(server.url, orgId, sub, {
      beforeCallback: (_url, jar) => (binding = jar.cookies.get('ep_sso')!),
    });
    expect(ok.location).toBe('/console/');
    const replay = await fetch(ok.callback!, {
      redirect: 'manual',
      headers: { cookie: `ep_sso=${binding}` },
    });
    expect(replay.headers.get('location')).toBe('/console/sign-in?error=sso-state');
  });

  it('refuses a member of another organisation, and an organisation without a provider', async () => {
    const home = await ssoOrg();
    const other = await ssoOrg();
    const email = `finn-${home}@example.org`;
    await addStaff(db, systemClock, { orgId: home, email, role: 'admin' });
    const sub = account(email);
    const wrong = await signInAtProvider(server.url, other, sub);
    expect(wrong.location).toBe('/console/sign-in?error=not-invited');
    expect(sessionCookie(wrong.jar)).toBeUndefined();
    // Linked through the right organisation, still not a member of the other.
    expect((await signInAtProvider(server.url, home, sub)).location).toBe('/console/');
    expect((await signInAtProvider(server.url, other, sub)).location).toBe(
      '/console/sign-in?error=not-invited',
    );

    const { id: plain } = await server.org();
    for (const orgId of [plain, 'no-such-org']) {
      const res = await fetch(`${server.url}/v1/session/sso?org=${orgId}`, { redirect: 'manual' });
      checkAgainstDocument('GET', `/v1/session/sso?org=${orgId}`, {
        status: res.status,
        headers: res.headers,
        text: await res.text(),
      });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/console/sign-in?error=sso-unavailable');
    }
  });

  it('sends PKCE (S256), state and nonce to the provider, and sets a short-lived binding cookie', async () => {
    const orgId = await ssoOrg();
    const res = await fetch(`${server.url}/v1/session/sso?org=${orgId}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin).toBe(idp.issuer);
    expect(to.searchParams.get('response_type')).toBe('code');
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(`${server.url}/v1/session/sso/callback`);
    expect(to.searchParams.get('scope')).toContain('openid');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ep_sso='))!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/v1/session/sso');
    expect(cookie).toContain('Max-Age=600');
    // The verifier never leaves the server.
    const stored = await db
      .selectFrom('sso_attempts')
      .selectAll()
      .where('org_id', '=', orgId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(res.headers.get('location')).not.toContain(stored[0]!.code_verifier);
  });

  it('lists the organisations with a provider', async () => {
    const orgId = await ssoOrg();
    const res = await api.get('/v1/session/sso/providers');
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual({ orgId, name: `Teststad ${orgId}` });
  });
});

describe('sso commands', () => {
  it('sets, shows (never the secret) and removes an organisation’s provider', async () => {
    const { id } = await server.org();
    const set = await cli(
      'sso',
      'set',
      '--org',
      id,
      '--issuer',
      'https://login.example/tenant/v2.0',
      '--client-id',
      'abc',
      '--client-secret',
      'very-secret',
    );
    expect(set.join('\n')).toContain(id);
    const show = (await cli('sso', 'show', '--org', id)).join('\n');
    expect(show).toContain('https://login.example/tenant/v2.0');
    expect(show).toContain('abc');
    expect(show).toContain('/v1/session/sso/callback');
    expect(show).not.toContain('very-secret');
    await expect(
      cli(
        'sso',
        'set',
        '--org',
        id,
        '--issuer',
        'http://login.example',
        '--client-id',
        'a',
        '--client-secret',
        'b',
      ),
    ).rejects.toThrow(/issuer/);
    await cli('sso', 'remove', '--org', id);
    expect((await cli('sso', 'show', '--org', id)).join('\n')).toContain('no sign-in provider');
    await expect(cli('sso', 'remove', '--org', id)).rejects.toThrow(/does not exist/);
  });
});
