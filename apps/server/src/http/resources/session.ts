/**
 * Staff sign-in and sessions (services/sessions.ts): ask for a one-time code
 * by e-mail, trade it for a session cookie, see who is signed in, sign out
 * here or everywhere. The cookie is `HttpOnly`, `SameSite=Lax`, `Path=/`;
 * over HTTPS (`PUBLIC_URL` https, or without it `X-Forwarded-Proto: https`
 * from a trusted proxy, `TRUST_PROXY`) also `Secure` with the `__Host-` prefix.
 *
 * `sessionOrigin` guards every state-changing `/v1` request: one that
 * carries the session cookie must come from the server's own origin
 * (`Origin`), and the sign-in routes refuse a foreign `Origin` outright.
 */
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod/mini';
import { Email } from '@entrypoint/sdk';
import type { Deps, Env } from '../context.js';
import { sendJson } from '../context.js';
import { readBody } from '../input.js';
import { HttpProblem } from '../problem.js';
import { RateLimiter } from '../rate-limit.js';
import { clientAddressReader, forwardedProtoReader } from '../client-address.js';
import {
  DEFAULT_SESSION_POLICY,
  endAllSessions,
  endSession,
  requestSignInCode,
  resolveSession,
  signInWithCode,
  type SessionInfo,
  type SessionPolicy,
} from '../../services/sessions.js';
import { normalEmail } from '../../services/staff.js';
import { ARRIVAL_MAIL_CHOICES, setArrivalMail } from '../../services/notify.js';
import { json, problems, ref, type Json } from '../../openapi/shared.js';

const COOKIE = 'ep_session';
const WINDOW_MS = 15 * 60_000;
/** Codes asked for one address, and sign-in calls from one client, per 15 minutes. */
export const CODE_REQUESTS_PER_ADDRESS = 5;
export const SIGN_IN_CALLS_PER_CLIENT = 30;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const protoReaders = new WeakMap<Deps, (c: Context) => 'http' | 'https'>();
/** The scheme the client used: the connection's, or a trusted proxy's `X-Forwarded-Proto`. */
function scheme(c: Context<Env>, deps: Deps) {
  let read = protoReaders.get(deps);
  if (!read) protoReaders.set(deps, (read = forwardedProtoReader(deps.options.trustProxy)));
  return read(c);
}

/** Served over HTTPS: `PUBLIC_URL` is https, or (without it) the client came over HTTPS. */
export const isSecure = (c: Context<Env>, deps: Deps) =>
  deps.options.publicUrl
    ? deps.options.publicUrl.startsWith('https:')
    : scheme(c, deps) === 'https';

export const cookieName = (c: Context<Env>, deps: Deps) =>
  isSecure(c, deps) ? `__Host-${COOKIE}` : COOKIE;

/** The server's own origin: PUBLIC_URL's, else the request's (its scheme as a trusted proxy saw it). */
export function serverOrigin(c: Context<Env>, deps: Deps) {
  if (deps.options.publicUrl) return new URL(deps.options.publicUrl).origin;
  return `${scheme(c, deps)}://${new URL(c.req.url).host}`;
}

/** The session token the request carries, if any. */
export const sessionToken = (c: Context<Env>, deps: Deps) => getCookie(c, cookieName(c, deps));

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/; Secure with `__Host-` over HTTPS. */
export function setSessionCookie(
  c: Context<Env>,
  deps: Deps,
  token: string,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
) {
  setCookie(c, cookieName(c, deps), token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isSecure(c, deps),
    maxAge: Math.floor(policy.absoluteMs / 1000),
  });
}

function clearSessionCookie(c: Context<Env>, deps: Deps) {
  deleteCookie(c, cookieName(c, deps), { path: '/', secure: isSecure(c, deps) });
}

export function sessionOrigin(deps: Deps): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const own = serverOrigin(c, deps);
      if (sessionToken(c, deps) !== undefined && origin !== own) {
        throw new HttpProblem(
          403,
          `A change made with a session must come from this server's own pages (Origin ${own})`,
        );
      }
      if (c.req.path.startsWith('/v1/session') && origin !== undefined && origin !== own) {
        throw new HttpProblem(403, `Sign-in is only possible from this server's own pages`);
      }
    }
    await next();
  };
}

const tooMany = (wait: number) =>
  new HttpProblem(
    429,
    `Too many sign-in attempts; try again in ${wait} s`,
    {},
    {
      'Retry-After': String(wait),
    },
  );

const CodeRequest = z.object({ email: Email });
const CodeSignIn = z.object({ email: Email, code: z.string().check(z.maxLength(20)) });

/**
 * The organisation a person with several memberships acts for: the same
 * header as http/staff-access.ts reads (named here, not imported: that module
 * imports this one).
 */
const ORG_HEADER = 'Entrypoint-Org';

const Preferences = z.object({ arrivalMail: z.enum(ARRIVAL_MAIL_CHOICES) });

/** The membership a session acts in: the one `Entrypoint-Org` names, or the only one. */
function chosenMembership(c: Context<Env>, session: SessionInfo) {
  const wanted = c.req.header(ORG_HEADER);
  const membership = wanted
    ? session.memberships.find((m) => m.orgId === wanted)
    : session.memberships.length === 1
      ? session.memberships[0]
      : undefined;
  if (membership) return membership;
  if (wanted) throw new HttpProblem(403, `You are not a member of "${wanted}"`);
  throw new HttpProblem(400, `You belong to several organisations; name one in ${ORG_HEADER}`, {
    errors: [{ path: ORG_HEADER, message: 'Required' }],
  });
}

const sessionBody = (s: SessionInfo) => ({
  staff: s.staff,
  memberships: s.memberships,
  expiresAt: s.expiresAt.toISOString(),
});

export function sessionRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock, log } = deps;
  const db = () => deps.store.db;
  const secret = deps.options.signInSecret;
  const perAddress = new RateLimiter(CODE_REQUESTS_PER_ADDRESS, WINDOW_MS);
  const perClient = new RateLimiter(SIGN_IN_CALLS_PER_CLIENT, WINDOW_MS);
  const clientAddress = clientAddressReader(deps.options.trustProxy);
  const limitClient = async (c: Context<Env>) => {
    const wait = await perClient.hit(clientAddress(c));
    if (wait) throw tooMany(wait);
  };
  const unauthorized = () =>
    new HttpProblem(401, 'Not signed in (no session, or one that has ended)');

  app.post('/v1/session/code', async (c) => {
    await limitClient(c);
    const { email } = await readBody(c, CodeRequest);
    const wait = await perAddress.hit(normalEmail(email) ?? email);
    if (wait) throw tooMany(wait);
    const issued = await requestSignInCode(db(), clock, secret, email);
    if (issued && deps.options.printSignInCodes) {
      // No mail server: the log is where a newcomer finds the code.
      log.info('sign-in code (no SMTP_URL, so also shown here)', issued);
    }
    return sendJson(
      c,
      { message: 'If this address belongs to staff, a sign-in code is on its way.' },
      { status: 202, visibility: 'private' },
    );
  });

  app.post('/v1/session', async (c) => {
    await limitClient(c);
    const { email, code } = await readBody(c, CodeSignIn);
    const policy = DEFAULT_SESSION_POLICY;
    const signedIn = await signInWithCode(db(), clock, secret, email, code, policy);
    if (!signedIn)
      throw new HttpProblem(401, 'The code is wrong, used or expired; ask for a new one');
    setSessionCookie(c, deps, signedIn.token, policy);
    const session = await resolveSession(db(), clock, signedIn.token);
    if (!session) throw unauthorized();
    return sendJson(c, sessionBody(session), { visibility: 'private' });
  });

  app.get('/v1/session', async (c) => {
    const token = sessionToken(c, deps);
    const session = token ? await resolveSession(db(), clock, token) : undefined;
    if (!session) throw unauthorized();
    return sendJson(c, sessionBody(session), { visibility: 'private' });
  });

  app.patch('/v1/session/preferences', async (c) => {
    const token = sessionToken(c, deps);
    const session = token ? await resolveSession(db(), clock, token) : undefined;
    if (!token || !session) throw unauthorized();
    const { arrivalMail } = await readBody(c, Preferences);
    const membership = chosenMembership(c, session);
    await setArrivalMail(db(), clock, session.staff.id, membership.orgId, arrivalMail);
    const updated = await resolveSession(db(), clock, token);
    if (!updated) throw unauthorized();
    return sendJson(c, sessionBody(updated), { visibility: 'private' });
  });

  app.delete('/v1/session', async (c) => {
    const token = sessionToken(c, deps);
    if (token) await endSession(db(), token);
    clearSessionCookie(c, deps);
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  app.delete('/v1/sessions', async (c) => {
    const token = sessionToken(c, deps);
    const session = token ? await resolveSession(db(), clock, token) : undefined;
    if (!token || !session) throw unauthorized();
    await endAllSessions(db(), token);
    clearSessionCookie(c, deps);
    return c.body(null, 204, { 'Cache-Control': 'no-store' });
  });

  return app;
}

const problemJson = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const notSignedIn = problemJson('Not signed in: no session cookie, or a session that has ended.');
const arrivalMailSchema: Json = {
  type: 'string',
  enum: [...ARRIVAL_MAIL_CHOICES],
  description:
    'How new submissions reach this person by mail in this organisation: `immediate` (a mail each), `digest` (one mail a day, after 07:00, listing what arrived) or `off`. Arrivals go to the assignee, else to the entry point.',
};
const SessionSchema: Json = {
  type: 'object',
  required: ['staff', 'memberships', 'expiresAt'],
  properties: {
    staff: {
      type: 'object',
      required: ['id', 'email', 'name'],
      properties: {
        id: { type: 'string' },
        email: { type: 'string', format: 'email' },
        name: { type: ['string', 'null'] },
      },
    },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['orgId', 'role', 'arrivalMail'],
        properties: {
          orgId: { type: 'string' },
          role: { type: 'string', enum: ['admin', 'editor', 'handler', 'viewer'] },
          arrivalMail: arrivalMailSchema,
        },
      },
    },
    expiresAt: {
      type: 'string',
      format: 'date-time',
      description: 'The latest end of the session (it ends sooner after 12 hours unused).',
    },
  },
};
const cookieNote =
  "The session is the cookie `ep_session` (`__Host-ep_session` over HTTPS): HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS. Only its hash is stored. A change (POST, PATCH, DELETE) sent with it must carry the server's own `Origin`.";
const setCookieHeader = {
  'Set-Cookie': {
    description: 'The session cookie.',
    schema: { type: 'string' },
  },
};

export const sessionPaths = {
  '/v1/session/code': {
    post: {
      tags: ['Session'],
      summary: 'Ask for a sign-in code by e-mail',
      description:
        'Sends a 6-digit code, valid 10 minutes, single use, at most 5 tries, to the address when it belongs to staff. The answer is the same whether or not it does. ' +
        `Rate-limited: ${CODE_REQUESTS_PER_ADDRESS} codes per address and ${SIGN_IN_CALLS_PER_CLIENT} sign-in calls per client address per 15 minutes (429 with Retry-After).`,
      operationId: 'requestSignInCode',
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['email'],
          properties: { email: { type: 'string', format: 'email' } },
        }),
      },
      responses: {
        '202': {
          description: 'Accepted; a code is on its way if the address belongs to staff.',
          content: json({
            type: 'object',
            required: ['message'],
            properties: { message: { type: 'string' } },
          }),
        },
        '403': problemJson('Sent from a foreign Origin.'),
        ...problems(400, 413, 415, 422, 429),
      },
    },
  },
  '/v1/session': {
    post: {
      tags: ['Session'],
      summary: 'Sign in with the code',
      description: `Trades a code from \`POST /v1/session/code\` for a session. ${cookieNote}`,
      operationId: 'signIn',
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['email', 'code'],
          properties: {
            email: { type: 'string', format: 'email' },
            code: { type: 'string', maxLength: 20, examples: ['042917'] },
          },
        }),
      },
      responses: {
        '200': {
          description: 'Signed in; the session cookie is set.',
          headers: setCookieHeader,
          content: json(SessionSchema),
        },
        '401': problemJson('The code is wrong, used, expired or tried too often.'),
        '403': problemJson('Sent from a foreign Origin.'),
        ...problems(400, 413, 415, 422, 429),
      },
    },
    get: {
      tags: ['Session'],
      summary: 'Who is signed in',
      description: `The person and their memberships. ${cookieNote}`,
      operationId: 'getSession',
      responses: {
        '200': { description: 'Signed in.', content: json(SessionSchema) },
        '401': notSignedIn,
      },
    },
    delete: {
      tags: ['Session'],
      summary: 'Sign out',
      description: 'Ends this session (if any) and clears the cookie.',
      operationId: 'signOut',
      responses: {
        '204': { description: 'Signed out.', headers: setCookieHeader },
        '403': problemJson("Sent with the session cookie but not from the server's own Origin."),
      },
    },
  },
  '/v1/session/preferences': {
    patch: {
      tags: ['Session'],
      summary: 'Set your mail preferences',
      description:
        'Sets how new submissions reach the signed-in person by mail in one organisation (the one named in `Entrypoint-Org`, or the only one): at once, in a daily digest, or not at all. Switching to the digest starts it from now. Any role may set its own. Answers the session with the memberships as they now are.',
      operationId: 'setSessionPreferences',
      parameters: [
        {
          name: ORG_HEADER,
          in: 'header',
          required: false,
          description:
            'The organisation whose preference this is, when the person belongs to several (400 without it then; 403 for one they do not belong to).',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['arrivalMail'],
          properties: { arrivalMail: arrivalMailSchema },
        }),
      },
      responses: {
        '200': { description: 'Saved.', content: json(SessionSchema) },
        '400': problemJson(
          'Malformed body, or several memberships and no `Entrypoint-Org` header.',
        ),
        '401': notSignedIn,
        '403': problemJson(
          "Not a member of the organisation named, or sent without the server's own Origin.",
        ),
        ...problems(413, 415, 422),
      },
    },
  },
  '/v1/sessions': {
    delete: {
      tags: ['Session'],
      summary: 'Sign out everywhere',
      description: 'Ends every session of the signed-in person, on every device.',
      operationId: 'signOutEverywhere',
      responses: {
        '204': { description: 'All sessions ended.', headers: setCookieHeader },
        '401': notSignedIn,
        '403': problemJson("Sent with the session cookie but not from the server's own Origin."),
      },
    },
  },
};
