/**
 * An organisation's own sign-in provider (OpenID Connect) over the API, for
 * its admins (and its API key): what `cli sso set | show | remove` does
 * (src/ops/sso.ts), through the same services (src/services/sso.ts), so the
 * issuer is checked alike and every change is audited (`entity_type` `sso`).
 * The client secret is write-only: no answer ever carries it, only whether
 * one is set. A PUT without `clientSecret` keeps the one stored (to change
 * the issuer or client id without typing the secret again).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod/mini';
import { type Deps, type Env, sendDeleted, sendJson, writer } from '../context.js';
import { readBody } from '../input.js';
import { memberAccess } from '../staff-access.js';
import { serverOrigin } from './session.js';
import { CALLBACK_PATH, removeSso, setSso, showSso } from '../../services/sso.js';
import { InvalidError } from '../../services/errors.js';
import { getSsoConfig } from '../../store/sso.js';
import { json, p, problems, type Json } from '../../openapi/shared.js';

const SsoInput = z.object({
  issuer: z.string().check(z.maxLength(500)),
  clientId: z.string().check(z.maxLength(500)),
  clientSecret: z.optional(z.string().check(z.maxLength(2000))),
});

const ADMIN = ['admin'] as const;

export function orgSsoRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  const answer = async (c: Context<Env>, orgId: string) => {
    const settings = await showSso(db(), orgId);
    return {
      configured: settings !== undefined,
      issuer: settings?.issuer ?? null,
      clientId: settings?.clientId ?? null,
      clientSecretSet: settings !== undefined,
      redirectUri: serverOrigin(c, deps) + CALLBACK_PATH,
    };
  };

  app.get('/v1/organizations/:id/sso', async (c) => {
    const { orgId } = await memberAccess(
      c,
      deps,
      ADMIN,
      'see the sign-in provider',
      c.req.param('id'),
    );
    return sendJson(c, await answer(c, orgId), { visibility: 'private' });
  });

  app.put('/v1/organizations/:id/sso', async (c) => {
    const { orgId } = await memberAccess(
      c,
      deps,
      ADMIN,
      'set the sign-in provider',
      c.req.param('id'),
    );
    const input = await readBody(c, SsoInput);
    let clientSecret = input.clientSecret?.trim() ?? '';
    if (!clientSecret) {
      const stored = await getSsoConfig(db(), orgId);
      if (!stored) {
        throw new InvalidError([
          { path: 'clientSecret', message: 'Required when no provider is set yet' },
        ]);
      }
      clientSecret = stored.clientSecret;
    }
    await setSso(
      db(),
      deps.clock,
      { orgId, issuer: input.issuer, clientId: input.clientId, clientSecret },
      writer(c),
    );
    return sendJson(c, await answer(c, orgId), { visibility: 'private' });
  });

  app.delete('/v1/organizations/:id/sso', async (c) => {
    const { orgId } = await memberAccess(
      c,
      deps,
      ADMIN,
      'remove the sign-in provider',
      c.req.param('id'),
    );
    await removeSso(db(), deps.clock, orgId, writer(c));
    return sendDeleted(c);
  });

  return app;
}

const SsoSettings: Json = {
  type: 'object',
  required: ['configured', 'issuer', 'clientId', 'clientSecretSet', 'redirectUri'],
  properties: {
    configured: { type: 'boolean', description: 'Whether staff may sign in through a provider.' },
    issuer: { type: ['string', 'null'], description: "The provider's issuer URL." },
    clientId: { type: ['string', 'null'] },
    clientSecretSet: {
      type: 'boolean',
      description: 'Whether a client secret is stored. The secret itself is never returned.',
    },
    redirectUri: {
      type: 'string',
      description:
        'The redirect URI to register at the provider (PUBLIC_URL + /v1/session/sso/callback).',
    },
  },
};
const security = [{ apiKey: [] }, { session: [] }];
const who = "An admin's session, or the organisation's API key (403 otherwise).";

export const orgSsoPaths = {
  '/v1/organizations/{id}/sso': {
    get: {
      tags: ['Organizations'],
      summary: "The organisation's sign-in provider (OpenID Connect)",
      description: `${who} The issuer, the client id, whether a client secret is set (never the secret) and the redirect URI to register at the provider.`,
      operationId: 'getOrganizationSso',
      security,
      parameters: [p.id],
      responses: {
        '200': { description: 'The settings.', content: json(SsoSettings) },
        ...problems(401, 403),
      },
    },
    put: {
      tags: ['Organizations'],
      summary: 'Set the sign-in provider',
      description: `${who} The issuer must be the provider's https URL (http only on localhost), as \`cli sso set\` checks. Without \`clientSecret\` the stored one is kept (422 when none is stored yet). Audited without the secret.`,
      operationId: 'setOrganizationSso',
      security,
      parameters: [p.id],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['issuer', 'clientId'],
          properties: {
            issuer: { type: 'string', maxLength: 500 },
            clientId: { type: 'string', maxLength: 500 },
            clientSecret: { type: 'string', maxLength: 2000, writeOnly: true },
          },
        }),
      },
      responses: {
        '200': { description: 'The settings as stored.', content: json(SsoSettings) },
        ...problems(401, 403, 404, 413, 415, 422),
      },
    },
    delete: {
      tags: ['Organizations'],
      summary: 'Remove the sign-in provider',
      description: `${who} Staff sign in with a code by e-mail again.`,
      operationId: 'removeOrganizationSso',
      security,
      parameters: [p.id],
      responses: {
        '204': { description: 'Removed.' },
        ...problems(401, 403, 404),
      },
    },
  },
};
