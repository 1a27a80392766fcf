/**
 * Sign-in through the organisation's own OpenID Connect provider
 * (services/sso.ts): the list of organisations that have one, the start
 * (a redirect to the provider) and the callback (a session cookie, and back
 * to the console). Errors end at `/console/sign-in?error=CODE`.
 */
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Deps, Env } from '../context.js';
import { sendJson } from '../context.js';
import { HttpProblem } from '../problem.js';
import { RateLimiter } from '../rate-limit.js';
import { clientAddressReader } from '../client-address.js';
import {
  ATTEMPT_TTL_MS,
  beginSso,
  CALLBACK_PATH,
  finishSso,
  listProviders,
  SsoError,
} from '../../services/sso.js';
import { DEFAULT_SESSION_POLICY } from '../../services/sessions.js';
import { isSecure, serverOrigin, setSessionCookie } from './session.js';
import { cacheHeaders, json, notModified, problems, type Json } from '../../openapi/shared.js';

const BINDING = 'ep_sso';
const BINDING_PATH = '/v1/session/sso';
const SIGN_IN_PAGE = '/console/sign-in';
const AFTER_SIGN_IN = '/console/';
/** Sign-ins begun from one client address per 15 minutes. */
export const SSO_STARTS_PER_CLIENT = 30;

const bindingName = (c: Context<Env>, deps: Deps) =>
  isSecure(c, deps) ? `__Secure-${BINDING}` : BINDING;

function redirect(c: Context<Env>, location: string) {
  return c.body(null, 302, { Location: location, 'Cache-Control': 'no-store' });
}

export function ssoRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;
  const perClient = new RateLimiter(SSO_STARTS_PER_CLIENT, 15 * 60_000);
  const clientAddress = clientAddressReader(deps.options.trustProxy);
  const redirectUri = (c: Context<Env>) => serverOrigin(c, deps) + CALLBACK_PATH;

  const refused = (c: Context<Env>, error: unknown) => {
    if (!(error instanceof SsoError)) throw error;
    c.get('log').warn('sign-in through a provider refused', {
      code: error.code,
      reason: error.message,
    });
    return redirect(c, `${SIGN_IN_PAGE}?error=${error.code}`);
  };

  app.get('/v1/session/sso/providers', async (c) =>
    sendJson(c, { data: await listProviders(db()) }),
  );

  app.get('/v1/session/sso', async (c) => {
    const orgId = c.req.query('org');
    if (!orgId) {
      throw new HttpProblem(400, 'Name the organisation: ?org=ID', {
        errors: [{ path: 'org', message: 'Required' }],
      });
    }
    const wait = await perClient.hit(clientAddress(c));
    if (wait) {
      throw new HttpProblem(
        429,
        `Too many sign-ins begun; try again in ${wait} s`,
        {},
        { 'Retry-After': String(wait) },
      );
    }
    try {
      const { url, binding } = await beginSso(db(), clock, {
        orgId,
        redirectUri: redirectUri(c),
      });
      setCookie(c, bindingName(c, deps), binding, {
        httpOnly: true,
        // Lax: the provider sends the browser back with a top-level GET.
        sameSite: 'Lax',
        path: BINDING_PATH,
        secure: isSecure(c, deps),
        maxAge: Math.floor(ATTEMPT_TTL_MS / 1000),
      });
      return redirect(c, url);
    } catch (error) {
      return refused(c, error);
    }
  });

  app.get(CALLBACK_PATH, async (c) => {
    const name = bindingName(c, deps);
    const binding = getCookie(c, name);
    deleteCookie(c, name, { path: BINDING_PATH, secure: isSecure(c, deps) });
    try {
      const query = new URL(c.req.url).searchParams;
      const signedIn = await finishSso(
        db(),
        clock,
        { binding, query, redirectUri: redirectUri(c) },
        DEFAULT_SESSION_POLICY,
      );
      c.get('log').info('signed in through a provider', {
        staffId: signedIn.staffId,
        orgId: signedIn.orgId,
        linked: signedIn.linked,
      });
      setSessionCookie(c, deps, signedIn.token, DEFAULT_SESSION_POLICY);
      return redirect(c, AFTER_SIGN_IN);
    } catch (error) {
      return refused(c, error);
    }
  });

  return app;
}

const ERROR_CODES = [
  'sso-unavailable',
  'sso-state',
  'sso-denied',
  'sso-failed',
  'sso-no-email',
  'not-invited',
  'sso-already-linked',
];
const redirectHeaders: Json = {
  Location: {
    required: true,
    description: 'Where the browser goes next.',
    schema: { type: 'string' },
  },
  'Set-Cookie': { description: 'See the description.', schema: { type: 'string' } },
};
const errorNote =
  `A refusal also answers 302, to \`${SIGN_IN_PAGE}?error=CODE\`, where CODE is one of ` +
  ERROR_CODES.map((c) => `\`${c}\``).join(', ') +
  ' (no provider for the organisation; no sign-in under way in this browser or a wrong `state`; the provider said no; the provider could not be reached or its answer did not check out; no verified e-mail claim to find the invitation with; nobody with that address invited to the organisation; the invited person is linked to another account at the provider already).';

export const ssoPaths = {
  '/v1/session/sso/providers': {
    get: {
      tags: ['Session'],
      summary: 'Organisations whose staff sign in through their own provider',
      description:
        'The organisations with an OpenID Connect provider (set with `npm run cli -- sso set`), for the sign-in page.',
      operationId: 'listSsoProviders',
      responses: {
        '200': {
          description: 'The organisations, by id.',
          headers: cacheHeaders,
          content: json({
            type: 'object',
            required: ['data'],
            properties: {
              data: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['orgId', 'name'],
                  properties: { orgId: { type: 'string' }, name: { type: 'string' } },
                },
              },
            },
          }),
        },
        ...notModified,
      },
    },
  },
  '/v1/session/sso': {
    get: {
      tags: ['Session'],
      summary: "Sign in through the organisation's provider",
      description:
        "Sends the browser to the organisation's OpenID Connect provider (authorization code flow with PKCE S256, `state` and `nonce`), " +
        `and sets a short-lived cookie (\`${BINDING}\`, \`__Secure-${BINDING}\` over HTTPS; HttpOnly, SameSite=Lax, Path=${BINDING_PATH}, ${ATTEMPT_TTL_MS / 60_000} minutes) that ties the sign-in to this browser. ` +
        `The provider's redirect URI is PUBLIC_URL + \`${CALLBACK_PATH}\`. ${errorNote}`,
      operationId: 'beginSsoSignIn',
      parameters: [
        {
          name: 'org',
          in: 'query',
          required: true,
          description: 'The organisation whose provider to use.',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '302': {
          description: 'To the provider, or to the sign-in page with an error.',
          headers: redirectHeaders,
        },
        ...problems(400, 429),
      },
    },
  },
  [CALLBACK_PATH]: {
    get: {
      tags: ['Session'],
      summary: 'Where the provider sends the browser back',
      description:
        'Checks the sign-in under way in this browser and its `state`, trades the code (with the PKCE verifier; the ID token’s `nonce` checked), ' +
        'finds the person by issuer and subject — on the first sign-in, links them to the staff member of the organisation whose address equals the verified e-mail claim — ' +
        `and sets the session cookie as \`POST /v1/session\` does, then sends the browser to \`${AFTER_SIGN_IN}\`. ${errorNote}`,
      operationId: 'finishSsoSignIn',
      parameters: [
        { name: 'code', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'state', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'error', in: 'query', required: false, schema: { type: 'string' } },
      ],
      responses: {
        '302': {
          description: `Signed in (to \`${AFTER_SIGN_IN}\`), or refused (to the sign-in page with an error).`,
          headers: redirectHeaders,
        },
      },
    },
  },
};
