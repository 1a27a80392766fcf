/**
 * The OpenAPI 3.1 document, built from the same zod schemas the SDK exports
 * and the server validates with (`z.toJSONSchema`, zod 4 core: it works on
 * zod/mini, which `@hono/zod-openapi` does not). A field added to a schema
 * shows up here with no second description to keep in step.
 */
import { z } from 'zod/mini';
import {
  CHALLENGE_STATUSES,
  Challenge,
  ChallengeInput,
  ChallengePatch,
  Cluster,
  ClusterInput,
  ClusterPatch,
  HONEYPOT_FIELD,
  ORGANIZATION_KINDS,
  Organization,
  OrganizationAdmin,
  Problem,
  Story,
  StoryInput,
  StoryPatch,
  SUBMISSION_STATUSES,
  SUBMISSION_TRANSITIONS,
  Submission,
  SubmissionInput,
  SubmissionPatch,
  SubmissionReceipt,
  THEMES,
  listOf,
} from '@entrypoint/sdk';
import { peoplePaths } from '../http/resources/people.js';

type Json = Record<string, unknown>;

function components(
  schemas: Record<string, z.core.$ZodType>,
  io: 'input' | 'output',
): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const result = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  for (const s of Object.values(result.schemas)) {
    delete s.$schema;
    delete s.id;
  }
  return result.schemas;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Problem${c}` }]));

const enumList = (values: readonly string[]) => ({
  type: 'string',
  description: `One or more of ${values.map((v) => `\`${v}\``).join(', ')}, comma-separated.`,
});

function param(
  name: string,
  description: string,
  schema: Json = { type: 'string' },
  where = 'query',
) {
  return { name, in: where, required: where === 'path', description, schema };
}

const p = {
  id: param('id', 'The record id.', { type: 'string' }, 'path'),
  limit: param('limit', 'Items per page, 1–100 (default 20).', {
    type: 'integer',
    minimum: 1,
    maximum: 100,
  }),
  cursor: param(
    'cursor',
    'The `nextCursor` of the previous page (opaque; stable while records are added).',
  ),
  org: param('org', 'Organisation id, or several comma-separated (`norrhamn,fjordvik`).'),
  q: param(
    'q',
    'Full-text search in any language the records carry (stemmed per language), ranked by relevance.',
  ),
  lang: param(
    'lang',
    'BCP 47 language of `q` (its stemmer is used, plus `simple`), or of the feed texts.',
  ),
};

const list = (
  summary: string,
  tag: string,
  item: string,
  params: Json[],
  description?: string,
) => ({
  get: {
    tags: [tag],
    summary,
    ...(description ? { description } : {}),
    operationId: `list${item}s`,
    parameters: [...params, p.limit, p.cursor],
    responses: {
      '200': {
        description: `A page of ${item.toLowerCase()}s.`,
        headers: cacheHeaders,
        content: json(ref(`${item}List`)),
      },
      '304': { description: 'Not modified (If-None-Match matched the ETag).' },
      ...problems(400),
    },
  },
});

const cacheHeaders = {
  ETag: { schema: { type: 'string' }, description: 'Send it back as If-None-Match to get 304.' },
  'Cache-Control': {
    schema: { type: 'string' },
    description: 'Public answers: `public, max-age=60, s-maxage=300, stale-while-revalidate=600`.',
  },
};

const security = [{ apiKey: [] }];

/** What the server checks of a cluster's relations, on create and on a PATCH that sends them. */
const RELATIONS_RULE =
  'Each `relations[].clusterId` must be the id of another existing organisation of kind `cluster` (not the cluster itself), else 422 naming `relations.N.clusterId`.';

/** What a PATCH body means, for every write resource. */
const PATCH_RULE =
  'Send only the fields to change, as a JSON merge patch (RFC 7396) at the top level: a field left out stays as it is; ' +
  '`null` removes an optional field (the fields whose schema allows `null`); any other value replaces the field whole ' +
  '(an object such as `budget` is not merged into; a list is emptied with `[]`). `null` for a required field answers 422 naming it.';

function writeOps(
  tag: string,
  item: string,
  input: string,
  patch: string,
  path: string,
  notes: string,
  patchNotes = '',
) {
  return {
    collection: {
      post: {
        tags: [tag],
        summary: `Create a ${tag.toLowerCase().replace(/s$/, '')}`,
        description: notes,
        operationId: `create${item}`,
        security,
        requestBody: { required: true, content: json(ref(input)) },
        responses: {
          '201': { description: 'Created.', content: json(ref(item)) },
          ...problems(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    item: {
      patch: {
        tags: [tag],
        summary: `Update one of your own ${path}`,
        description: patchNotes ? `${PATCH_RULE} ${patchNotes}` : PATCH_RULE,
        operationId: `update${item}`,
        security,
        parameters: [p.id],
        requestBody: { required: true, content: json(ref(patch)) },
        responses: {
          '200': { description: 'The updated record.', content: json(ref(item)) },
          ...problems(400, 401, 404, 413, 415, 422),
        },
      },
      delete: {
        tags: [tag],
        summary: `Delete one of your own ${path}`,
        operationId: `delete${item}`,
        security,
        parameters: [p.id],
        responses: { '204': { description: 'Deleted.' }, ...problems(401, 404) },
      },
    },
  };
}

export function buildOpenApiDocument(): Json {
  const schemas = {
    ...components(
      {
        Organization,
        OrganizationAdmin,
        Challenge,
        Cluster,
        Story,
        Submission,
        SubmissionReceipt,
        Problem,
        OrganizationList: listOf(Organization),
        ChallengeList: listOf(Challenge),
        ClusterList: listOf(Cluster),
        StoryList: listOf(Story),
        SubmissionList: listOf(Submission),
      },
      'output',
    ),
    ...components(
      {
        ChallengeInput,
        ChallengePatch,
        StoryInput,
        StoryPatch,
        ClusterInput,
        ClusterPatch,
        SubmissionInput,
        SubmissionPatch,
      },
      'input',
    ),
  };

  const challengeWrites = writeOps(
    'Challenges',
    'Challenge',
    'ChallengeInput',
    'ChallengePatch',
    'challenges',
    "The challenge belongs to the key's organisation. `id` is made from the title when not given. A challenge in `draft` is never public; it is published (gets `publishedAt`) when its status first leaves `draft`.",
  );
  const storyWrites = writeOps(
    'Stories',
    'Story',
    'StoryInput',
    'StoryPatch',
    'stories',
    'The Markdown `body` is rendered to `bodyHtml` and sanitized on write: no script, event handler or `javascript:` URL survives.',
  );
  const clusterWrites = writeOps(
    'Clusters',
    'Cluster',
    'ClusterInput',
    'ClusterPatch',
    'clusters (your own profile: id = your organisation id)',
    `Creates the cluster profile of the key's organisation, which must be of kind \`cluster\` (else 403). Its id is the organisation id. ${RELATIONS_RULE}`,
    RELATIONS_RULE,
  );

  const transitions = Object.entries(SUBMISSION_TRANSITIONS)
    .map(
      ([from, to]) =>
        `- \`${from}\` → ${to.length ? to.map((t) => `\`${t}\``).join(', ') : '(final)'}`,
    )
    .join('\n');

  return {
    openapi: '3.1.0',
    info: {
      title: 'Entrypoint API',
      version: '1.0.0',
      summary:
        'One point of entry for companies to meet cities, regions and clusters over public challenges.',
      description:
        'JSON in and out. Errors are RFC 9457 `application/problem+json` with `errors: [{ path, message }]` for invalid input. ' +
        'Lists are `{ data, nextCursor }`; pass `nextCursor` back as `cursor`. Public reads are cacheable (ETag, Cache-Control) and open to every origin (CORS `*`). ' +
        "Admin calls send an organisation's API key as `Authorization: Bearer …` and reach only that organisation's records; another organisation's record answers 404.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [
      { name: 'Organizations', description: 'Owners of challenges and their entry points.' },
      { name: 'Challenges', description: 'Needs expressed as business opportunities.' },
      { name: 'Clusters', description: 'Cluster organisations: the door openers.' },
      { name: 'Stories', description: 'Good examples, also as feeds.' },
      {
        name: 'Submissions',
        description: "What companies send through the entry-point form, and the owner's inbox.",
      },
      {
        name: 'People',
        description:
          "A person's data rights over your submissions: export, erase, withdraw consent.",
      },
      { name: 'Meta', description: 'The document itself and liveness.' },
    ],
    paths: {
      '/v1/organizations': list('List organisations', 'Organizations', 'Organization', [
        param('kind', 'Filter by kind.', enumList(ORGANIZATION_KINDS)),
      ]),
      '/v1/organizations/{id}': {
        get: {
          tags: ['Organizations'],
          summary: 'One organisation and its entry point',
          description:
            "With the organisation's own API key, also its `allowedOrigins` (OrganizationAdmin).",
          operationId: 'getOrganization',
          parameters: [p.id],
          responses: {
            '200': {
              description: 'The organisation.',
              headers: cacheHeaders,
              content: json({ oneOf: [ref('Organization'), ref('OrganizationAdmin')] }),
            },
            ...problems(401, 404),
          },
        },
      },
      '/v1/challenges': {
        ...list(
          'List and search challenges',
          'Challenges',
          'Challenge',
          [
            p.org,
            param('status', 'Filter by status.', enumList(CHALLENGE_STATUSES)),
            param('theme', 'Challenges with any of these themes.', enumList(THEMES)),
            p.q,
            p.lang,
          ],
          "Newest first; with `q`, most relevant first. Drafts are never listed publicly; with an API key, the key's own drafts are included (and the answer is not cached).",
        ),
        ...challengeWrites.collection,
      },
      '/v1/challenges/{id}': {
        get: {
          tags: ['Challenges'],
          summary: 'One challenge',
          operationId: 'getChallenge',
          parameters: [p.id],
          responses: {
            '200': {
              description: 'The challenge.',
              headers: cacheHeaders,
              content: json(ref('Challenge')),
            },
            '304': { description: 'Not modified.' },
            ...problems(404),
          },
        },
        ...challengeWrites.item,
      },
      '/v1/challenges/{id}/clusters': {
        get: {
          tags: ['Challenges', 'Clusters'],
          summary: "Clusters whose sectors match the challenge's themes",
          description:
            "Ranked by the number of the challenge's themes among the cluster's sectors, then by id. One page (`nextCursor` is null).",
          operationId: 'listChallengeClusters',
          parameters: [p.id, p.limit],
          responses: {
            '200': {
              description: 'Matching clusters, best first.',
              headers: cacheHeaders,
              content: json(ref('ClusterList')),
            },
            ...problems(404),
          },
        },
      },
      '/v1/clusters': {
        ...list('List and search clusters', 'Clusters', 'Cluster', [
          p.q,
          p.lang,
          param('sector', 'Clusters with any of these sectors.', enumList(THEMES)),
          param('country', 'ISO 3166-1 alpha-2 country codes, comma-separated.'),
        ]),
        ...clusterWrites.collection,
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
            ...problems(404),
          },
        },
        ...clusterWrites.item,
      },
      '/v1/stories': {
        ...list('List stories', 'Stories', 'Story', [
          p.org,
          param('theme', 'Stories with any of these themes.', enumList(THEMES)),
          p.q,
          p.lang,
        ]),
        ...storyWrites.collection,
      },
      '/v1/stories/{id}': {
        get: {
          tags: ['Stories'],
          summary: 'One story',
          operationId: 'getStory',
          parameters: [p.id],
          responses: {
            '200': {
              description: 'The story.',
              headers: cacheHeaders,
              content: json(ref('Story')),
            },
            ...problems(404),
          },
        },
        ...storyWrites.item,
      },
      ...Object.fromEntries(
        (
          [
            ['rss', 'RSS 2.0', 'application/rss+xml'],
            ['atom', 'Atom 1.0', 'application/atom+xml'],
            ['json', 'JSON Feed 1.1', 'application/feed+json'],
          ] as const
        ).map(([ext, name, type]) => [
          `/v1/stories/feed.${ext}`,
          {
            get: {
              tags: ['Stories'],
              summary: `Stories as ${name}`,
              description:
                "Each item carries its summary, the full HTML and the image, and links to the story's page. Texts in `lang`, else the owner's default language, else English, else the first present.",
              operationId: `storiesFeed${ext[0]!.toUpperCase()}${ext.slice(1)}`,
              parameters: [p.org, p.lang, p.limit],
              responses: {
                '200': {
                  description: `The feed (${name}).`,
                  headers: cacheHeaders,
                  content: { [type]: { schema: { type: 'string' } } },
                },
                ...problems(400, 404),
              },
            },
          },
        ]),
      ),
      '/v1/submissions': {
        post: {
          tags: ['Submissions'],
          summary: 'Send a submission (the entry-point form)',
          description:
            "Public, from the receiving organisation's `allowedOrigins` when it has any (CORS preflight answered for those). " +
            'Needs an `Idempotency-Key` header: the same key and body again answers the same 201 and stores nothing new (header `Idempotent-Replayed: true`); ' +
            'the same key with another body answers 409. The `Entrypoint-Page` header (else Referer) and `Origin` are recorded as `source`. ' +
            `A non-empty \`${HONEYPOT_FIELD}\` field (the honeypot) answers like success and stores nothing. Rate-limited per client address (429 with Retry-After).`,
          operationId: 'createSubmission',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description:
                'A new random value (e.g. a UUID) per submission; reuse it only to retry.',
              schema: { type: 'string', minLength: 1, maxLength: 200 },
            },
            {
              name: 'Entrypoint-Page',
              in: 'header',
              required: false,
              description: 'The URL of the page the form is on.',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json(ref('SubmissionInput')) },
          responses: {
            '201': {
              description: 'Received (or replayed).',
              content: json(ref('SubmissionReceipt')),
            },
            ...problems(400, 403, 409, 413, 415, 422, 429),
          },
        },
        get: {
          tags: ['Submissions'],
          summary: 'Your inbox',
          operationId: 'listSubmissions',
          security,
          parameters: [
            param('status', 'Filter by status.', enumList(SUBMISSION_STATUSES)),
            p.limit,
            p.cursor,
          ],
          responses: {
            '200': { description: 'Newest first.', content: json(ref('SubmissionList')) },
            ...problems(400, 401),
          },
        },
      },
      '/v1/submissions/{id}': {
        get: {
          tags: ['Submissions'],
          summary: 'One submission of your inbox',
          operationId: 'getSubmission',
          security,
          parameters: [p.id],
          responses: {
            '200': { description: 'The submission.', content: json(ref('Submission')) },
            ...problems(401, 404),
          },
        },
        patch: {
          tags: ['Submissions'],
          summary: 'Move a submission to another status',
          description: `Allowed moves (409 otherwise; the same status again is a no-op):\n\n${transitions}`,
          operationId: 'updateSubmission',
          security,
          parameters: [p.id],
          requestBody: { required: true, content: json(ref('SubmissionPatch')) },
          responses: {
            '200': { description: 'The submission.', content: json(ref('Submission')) },
            ...problems(401, 404, 409, 415, 422),
          },
        },
      },
      ...peoplePaths,
      '/v1/openapi.json': {
        get: {
          tags: ['Meta'],
          summary: 'This document',
          operationId: 'getOpenApi',
          responses: {
            '200': {
              description: 'OpenAPI 3.1.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/healthz': {
        get: {
          tags: ['Meta'],
          summary: 'Liveness (and the database answers)',
          operationId: 'health',
          responses: {
            '200': {
              description: 'Up.',
              content: json({
                type: 'object',
                properties: { status: { const: 'ok' }, engine: { enum: ['pglite', 'postgres'] } },
              }),
            },
            ...problems(500),
          },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: "An organisation's API key (`npm run cli -- keys create --org ID`).",
        },
      },
      responses: Object.fromEntries(
        (
          [
            [
              400,
              'Bad request: malformed JSON, query parameters or headers (`errors` names each).',
            ],
            [401, 'No valid API key.'],
            [403, 'Not allowed (e.g. an origin not in `allowedOrigins`).'],
            [404, 'No such record (or not yours).'],
            [
              409,
              'Conflict: id taken, idempotency key reused with another body, or a status move not allowed.',
            ],
            [413, 'The body is over 64 KiB.'],
            [415, 'The body is not application/json.'],
            [422, 'The body does not match the schema; `errors` names each path.'],
            [429, 'Too many requests; see Retry-After.'],
            [500, 'Server error.'],
          ] as const
        ).map(([code, text]) => [`Problem${code}`, problemResponse(text)]),
      ),
    },
  };
}
