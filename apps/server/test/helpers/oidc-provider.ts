/**
 * A real OpenID Connect provider for tests (`oidc-provider`, the certified
 * implementation) on a free loopback port, with one confidential client and
 * accounts the test edits, and a browser-like walk through its sign-in:
 * redirects followed by hand, cookies kept per side, the provider's own
 * login and consent forms submitted over HTTP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { randomToken } from '../../src/services/ids.js';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'entrypoint';
  const clientSecret = randomToken(32);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // PKCE on every request, as the server must send it.
    pkce: { methods: ['S256'], required: () => true },
    cookies: { keys: [randomToken(16)] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      if (!accounts.has(sub)) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, ...accounts.get(sub) }),
      };
    },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Cookies as a browser keeps them for one site (by name; paths are all this test needs). */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  take(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) {
        this.cookies.delete(name);
      } else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface Walk {
  /** The server's answer to the last request (the callback, or the start when it refused). */
  status: number;
  location: string | null;
  /** The server's cookies after the walk (the session cookie when signed in). */
  jar: CookieJar;
  /** The callback URL the provider sent the browser to (undefined when it never got there). */
  callback: URL | undefined;
}

/**
 * Begins a sign-in at `serverUrl` for `orgId`, signs in at the provider as
 * `login` (the account's subject), consents, and comes back. `beforeCallback`
 * may change the callback URL or the browser's cookies first (an attacker's
 * moves); `jar` continues an earlier browser.
 */
export async function signInAtProvider(
  serverUrl: string,
  orgId: string,
  login: string,
  options: {
    jar?: CookieJar;
    beforeCallback?: (callback: URL, jar: CookieJar) => void;
  } = {},
): Promise<Walk> {
  const jar = options.jar ?? new CookieJar();
  const idp = new CookieJar();
  const start = await fetch(`${serverUrl}/v1/session/sso?org=${encodeURIComponent(orgId)}`, {
    redirect: 'manual',
    headers: { cookie: jar.header() },
  });
  jar.take(start.headers);
  let location = start.headers.get('location');
  if (start.status !== 302 || !location) throw new Error(`start → ${start.status}`);
  let here = new URL(location, serverUrl);
  for (let step = 0; here.origin !== new URL(serverUrl).origin; step++) {
    if (step > 20) throw new Error('too many steps at the provider');
    let res = await fetch(here, { redirect: 'manual', headers: { cookie: idp.header() } });
    idp.take(res.headers);
    if (res.status === 200) {
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no form at ${here.href}: ${html.slice(0, 300)}`);
      const form: Record<string, string> =
        prompt === 'login' ? { prompt, login, password: 'any password' } : { prompt };
      res = await fetch(new URL(action, here), {
        method: 'POST',
        redirect: 'manual',
        headers: {
          cookie: idp.header(),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(form),
      });
      idp.take(res.headers);
    }
    location = res.headers.get('location');
    if (!location) throw new Error(`${here.href} → ${res.status} without a Location`);
    here = new URL(location, here);
  }
  // Back at the server: the start refused at once, or the provider's callback.
  if (!here.pathname.endsWith('/callback')) {
    return {
      status: start.status,
      location: start.headers.get('location'),
      jar,
      callback: undefined,
    };
  }
  const callback = new URL(here);
  options.beforeCallback?.(here, jar);
  const done = await fetch(here, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.take(done.headers);
  return { status: done.status, location: done.headers.get('location'), jar, callback };
}
