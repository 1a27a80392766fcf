/**
 * Organisations: the public list, and one organisation (its own key and staff
 * also see its settings: `allowedOrigins`, `answerDays`, `retentionDays`);
 * its admins change the profile and settings, its editors the profile.
 */
import { type Context, Hono } from 'hono';
import { ORGANIZATION_KINDS, OrganizationPatch } from '@entrypoint/sdk';
import * as reads from '../../services/reads.js';
import {
  PROFILE_FIELDS,
  readOrganizationAdmin,
  updateOrganization,
} from '../../services/organizations.js';
import { resolveSession } from '../../services/sessions.js';
import { recordEtag } from '../../services/versions.js';
import { type Deps, type Env, optionalOrg, sendJson, writer } from '../context.js';
import { Query, readBody } from '../input.js';
import { HttpProblem } from '../problem.js';
import { sessionToken } from './session.js';
import { memberAccess } from '../staff-access.js';
import {
  ifMatch,
  cacheHeaders,
  enumParam,
  notModified,
  optionalSecurity,
  json,
  list,
  p,
  problems,
  ref,
} from '../../openapi/shared.js';

const PAGE_SIZE = 50;

export function organizationRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/organizations', async (c) => {
    const q = new Query(c);
    const kind = q.oneOf('kind', ORGANIZATION_KINDS);
    const limit = q.limit(PAGE_SIZE);
    const cursor = q.cursor();
    q.done();
    return sendJson(c, await reads.listOrganizations(db(), { kind, limit, cursor }));
  });

  /** A member's session (any role) of organisation `id`, when the request has one. */
  const memberOf = async (c: Context<Env>, id: string) => {
    const token = sessionToken(c, deps);
    if (c.req.header('authorization') || token === undefined) return false;
    const session = await resolveSession(db(), deps.clock, token);
    return session?.memberships.some((m) => m.orgId === id) ?? false;
  };

  app.get('/v1/organizations/:id', async (c) => {
    const id = c.req.param('id');
    const viewer = await optionalOrg(c, deps);
    if (viewer === id || (await memberOf(c, id))) {
      const organization = await readOrganizationAdmin(db(), id);
      return sendJson(c, organization, { visibility: 'private', etag: recordEtag(organization) });
    }
    const { organization } = await reads.readOrganization(db(), id, viewer);
    // Another organisation's key gets the public shape, but not from a shared cache.
    return sendJson(c, organization, { visibility: viewer ? 'private' : 'public' });
  });

  app.patch('/v1/organizations/:id', async (c) => {
    const id = c.req.param('id');
    const { role } = await memberAccess(
      c,
      deps,
      ['admin', 'editor'],
      'change the organisation',
      id,
    );
    const patch = await readBody(c, OrganizationPatch);
    if (role !== 'admin') {
      const settings = Object.keys(patch).filter(
        (k) => !(PROFILE_FIELDS as readonly string[]).includes(k),
      );
      if (settings.length) {
        throw new HttpProblem(
          403,
          `An ${role} may change the profile only, not ${settings.join(', ')}`,
        );
      }
    }
    const updated = await updateOrganization(db(), deps.clock, id, patch, writer(c), {
      ifMatch: c.req.header('if-match'),
    });
    return sendJson(c, updated, { visibility: 'private', etag: recordEtag(updated) });
  });

  return app;
}

export const organizationPaths = {
  '/v1/organizations': list(
    'List organisations',
    'Organizations',
    'Organization',
    [enumParam('kind', 'Organisations of these kinds.', ORGANIZATION_KINDS)],
    { pageSize: PAGE_SIZE },
  ),
  '/v1/organizations/{id}': {
    get: {
      tags: ['Organizations'],
      summary: 'One organisation and its entry point',
      description:
        "With the organisation's own API key or a session of one of its staff, the admin shape (OrganizationAdmin): also `allowedOrigins`, `answerDays` and `retentionDays`, with the ETag that `If-Match` on the PATCH takes.",
      operationId: 'getOrganization',
      security: [...optionalSecurity, { session: [] }],
      parameters: [p.id],
      responses: {
        '200': {
          description: 'The organisation.',
          headers: cacheHeaders,
          content: json({ anyOf: [ref('OrganizationAdmin'), ref('Organization')] }),
        },
        ...notModified,
        ...problems(401, 404),
      },
    },
    patch: {
      tags: ['Organizations'],
      summary: "Change the organisation's profile and settings",
      description:
        "Its API key or an admin's session: every field; an editor's session: the profile only (`name`, `entryPoint`, `website`, `logoUrl`, `defaultLanguage`; 403 otherwise). " +
        "A JSON merge patch at the top level: `null` removes `website` or `logoUrl` and sets `retentionDays` back to the server's default. `allowedOrigins` are origins (scheme, host, port; no path).",
      operationId: 'updateOrganization',
      security: [{ apiKey: [] }, { session: [] }],
      parameters: [p.id, ifMatch],
      requestBody: { required: true, content: json(ref('OrganizationPatch')) },
      responses: {
        '200': {
          description: 'The organisation as its admins see it.',
          headers: { ETag: { $ref: '#/components/headers/ETag' } },
          content: json(ref('OrganizationAdmin')),
        },
        ...problems(401, 403, 404, 412, 413, 415, 422),
      },
    },
  },
};
