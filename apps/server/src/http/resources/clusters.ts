/** Clusters: public list, search and read, and a cluster organisation's own profile. */
import { Hono } from 'hono';
import { ClusterInput, ClusterPatch, THEMES } from '@entrypoint/sdk';
import * as content from '../../services/content.js';
import * as reads from '../../services/reads.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query } from '../input.js';
import { ownerWrites } from './owner-writes.js';
import { recordEtag } from '../../services/versions.js';
import {
  cacheHeaders,
  enumParam,
  listParam,
  notModified,
  json,
  list,
  p,
  problems,
  ref,
  writeOps,
} from '../../openapi/shared.js';

export function clusterRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const db = () => deps.store.db;

  app.get('/v1/clusters', async (c) => {
    const q = new Query(c);
    const text = q.string('q');
    const lang = q.lang();
    const sectors = q.oneOf('sector', THEMES);
    const countries = q.list(
      'country',
      (s) => /^[A-Z]{2}$/.test(s),
      'ISO 3166-1 alpha-2 codes like SE',
    );
    const limit = q.limit();
    const cursor = q.cursor();
    q.done();
    const query = { q: text, lang, sectors, countries, limit, cursor };
    return sendJson(c, await reads.listClusters(db(), query));
  });

  app.get('/v1/clusters/:id', async (c) => {
    const record = await reads.readCluster(db(), c.req.param('id'));
    return sendJson(c, record, { etag: recordEtag(record) });
  });

  ownerWrites(
    app,
    deps,
    '/v1/clusters',
    { input: ClusterInput, patch: ClusterPatch },
    {
      create: content.createCluster,
      update: content.updateCluster,
      remove: content.removeCluster,
    },
  );

  return app;
}

/** What the server checks of a cluster's relations, on create and on a PATCH that sends them. */
const RELATIONS_RULE =
  'Each `relations[].clusterId` must be the id of another existing organisation of kind `cluster` (not the cluster itself), else 422 naming `relations.N.clusterId`.';

const writes = writeOps(
  'Clusters',
  'Cluster',
  'ClusterInput',
  'ClusterPatch',
  'clusters (your own profile: id = your organisation id)',
  `Creates the cluster profile of the key's organisation, which must be of kind \`cluster\` (else 403). Its id is the organisation id. ${RELATIONS_RULE}`,
  RELATIONS_RULE,
);

export const clusterPaths = {
  '/v1/clusters': {
    ...list('List and search clusters', 'Clusters', 'Cluster', [
      p.q,
      p.lang,
      enumParam('sector', 'Clusters with any of these sectors.', THEMES),
      listParam('country', 'Clusters in any of these countries (ISO 3166-1 alpha-2).', {
        type: 'string',
        pattern: '^[A-Z]{2}$',
      }),
    ]),
    ...writes.collection,
  },
  '/v1/clusters/{id}': {
    get: {
      tags: ['Clusters'],
      summary: 'One cluster',
      operationId: 'getCluster',
      parameters: [p.id],
      responses: {
        '200': {
          description: 'The cluster.',
          headers: cacheHeaders,
          content: json(ref('Cluster')),
        },
        ...notModified,
        ...problems(404),
      },
    },
    ...writes.item,
  },
};
