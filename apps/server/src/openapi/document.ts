/**
 * The OpenAPI 3.1 document, assembled from the path objects each resource
 * module keeps beside its routes (http/resources/*.ts) and the component
 * schemas, built from the same zod schemas the SDK exports and the server
 * validates with (`z.toJSONSchema`, zod 4 core: it works on zod/mini, which
 * `@hono/zod-openapi` does not). A field added to a schema shows up here with
 * no second description to keep in step.
 */
import { z } from 'zod/mini';
import {
  Challenge,
  ChallengeInput,
  ChallengePatch,
  Cluster,
  ClusterInput,
  ClusterPatch,
  Organization,
  OrganizationAdmin,
  Problem,
  Story,
  StoryInput,
  StoryPatch,
  Submission,
  SubmissionInput,
  SubmissionPatch,
  SubmissionReceipt,
  listOf,
} from '@entrypoint/sdk';
import { organizationPaths } from '../http/resources/organizations.js';
import { challengePaths } from '../http/resources/challenges.js';
import { clusterPaths } from '../http/resources/clusters.js';
import { storyPaths } from '../http/resources/stories.js';
import { feedPaths } from '../http/resources/feeds.js';
import { submissionPaths } from '../http/resources/submissions.js';
import { metaPaths } from '../http/resources/meta.js';
import type { Json } from './shared.js';

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

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

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
      { name: 'Meta', description: 'The document itself and liveness.' },
    ],
    paths: {
      ...organizationPaths,
      ...challengePaths,
      ...clusterPaths,
      ...storyPaths,
      ...feedPaths,
      ...submissionPaths,
      ...metaPaths,
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
