/** Organisations: the public list, and one organisation (its own key also sees its `allowedOrigins`). */
import { Hono } from 'hono';
import { ORGANIZATION_KINDS } from '@entrypoint/sdk';
import * as reads from '../../services/reads.js';
import { type Deps, type Env, optionalOrg, sendJson } from '../context.js';
import { Query } from '../input.js';
import {
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

  app.get('/v1/organizations/:id', async (c) => {
    const viewer = await optionalOrg(c, deps);
    const { organization, own } = await reads.readOrganization(db(), c.req.param('id'), viewer);
    // Another organisation's key gets the public shape, but not from a shared cache.
    return sendJson(c, organization, { visibility: own || viewer ? 'private' : 'public' });
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
        "With the organisation's own API key, also its `allowedOrigins` (OrganizationAdmin).",
      operationId: 'getOrganization',
      security: optionalSecurity,
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
  },
};
