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
  DoorOpener,
  OpenedDoor,
  OpenedDoorsSummary,
  DefaultAssignee,
  InboxEntry,
  InboxTextInput,
  OrgTag,
  SubmissionBulk,
  SubmissionBulkResult,
  SubmissionForward,
  ClusterPatch,
  Organization,
  OrganizationAdmin,
  OrganizationPatch,
  Problem,
  Story,
  StoryInput,
  StoryPatch,
  Submission,
  SubmissionInput,
  SubmissionPatch,
  SubmissionReceipt,
  SubmissionCounts,
  TimelineEvent,
  AuditLogEntry,
  listOf,
  ChallengeCard,
  ChallengeCardPage,
  ChallengeFacets,
} from '@entrypoint/sdk';
import { organizationPaths } from '../http/resources/organizations.js';
import { challengePaths } from '../http/resources/challenges.js';
import { clusterPaths } from '../http/resources/clusters.js';
import { storyPaths } from '../http/resources/stories.js';
import { submissionPaths } from '../http/resources/submissions.js';
import { inboxPaths } from '../http/resources/inbox.js';
import { inboxActionPaths } from '../http/resources/inbox-actions.js';
import { metaPaths } from '../http/resources/meta.js';
import { sessionPaths } from '../http/resources/session.js';
import { ssoPaths } from '../http/resources/sso.js';
import { resultPaths } from '../http/resources/results.js';
import { staffPaths } from '../http/resources/staff.js';
import { feedPaths, JsonFeed } from '../http/resources/feeds.js';
import { HEADERS, type Json } from './shared.js';
import { peoplePaths } from '../http/resources/people.js';
import { coachPaths } from '../http/resources/coach.js';
import { imagePaths } from '../http/resources/images.js';
import { markdownPaths } from '../http/resources/markdown.js';
import { doorPaths } from '../http/resources/doors.js';
import { orgSsoPaths } from '../http/resources/org-sso.js';
import { challengeCountPaths } from '../http/resources/challenge-counts.js';
import { sharePaths } from '../http/resources/shares.js';

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
  // Each schema is referred to by its place in the document, not by an `$id`
  // (JSON Schema 2020-12 takes no fragment in `$id`).
  for (const s of Object.values(result.schemas)) {
    delete s.$schema;
    delete s.$id;
    delete s.id;
  }
  return result.schemas;
}

const problemResponse = (description: string, headers: string[] = []) => ({
  description,
  headers: Object.fromEntries(
    headers.map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  ),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Every answer carries `X-Request-Id`: added to each response the paths declare inline. */
/**
 * What every operation shares: each answer carries `X-Request-Id`, and any of
 * them may be a 400 for a malformed URL (broken percent-encoding, NUL or a
 * lone surrogate in the path or query), refused before any route runs
 * (http/middleware/strict-input.ts).
 */
function withCommonAnswers(paths: Record<string, Record<string, Json>>) {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      const responses = operation.responses as Record<string, Json>;
      responses['400'] ??= { $ref: '#/components/responses/Problem400' };
      for (const response of Object.values(operation.responses as Record<string, Json>)) {
        if (response.$ref) continue;
        response.headers = {
          ...(response.headers as Json | undefined),
          'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
        };
      }
    }
  }
  return paths;
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
        SubmissionCounts,
        TimelineEvent,
        AuditLogEntry,
        TimelineEventList: listOf(TimelineEvent),
        AuditLogEntryList: listOf(AuditLogEntry),
        OpenedDoor,
        OpenedDoorList: listOf(OpenedDoor),
        OpenedDoorsSummary,
        DoorOpener,
        DoorOpenerList: z.array(DoorOpener),
        InboxEntry,
        SubmissionBulkResult,
        OrgTag,
        OrgTagList: listOf(OrgTag),
        DefaultAssignee,
        // The board's card form of the challenge list (http/resources/challenges.ts).
        ChallengeCard,
        ChallengeFacets,
        ChallengeCardPage,
      },
      'output',
    ),
    ...components(
      {
        OrganizationPatch,
        ChallengeInput,
        ChallengePatch,
        StoryInput,
        StoryPatch,
        ClusterInput,
        ClusterPatch,
        SubmissionInput,
        SubmissionPatch,
        InboxTextInput,
        SubmissionForward,
        SubmissionBulk,
        OrgTagInput: OrgTag,
        DefaultAssigneeInput: DefaultAssignee,
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
      {
        name: 'Images',
        description: 'Images for stories and challenges, re-encoded and served with a srcset.',
      },
      {
        name: 'Coach',
        description: 'Hints while a challenge is being written: a need, not a solution.',
      },
      {
        name: 'People',
        description:
          "A person's data rights over your submissions: export, erase, withdraw consent.",
      },
      {
        name: 'Door openers',
        description:
          'What clusters opened the door to (proven `via`), and who brought a receiver what.',
      },
      {
        name: 'Session',
        description:
          "Staff sign-in with a one-time code or the organisation's own OpenID Connect provider, and sessions.",
      },
      { name: 'Staff', description: "An organisation's staff and their roles." },
      {
        name: 'Audit',
        description:
          "The organisation's log of who changed, sent, viewed and exported what (admins).",
      },
      {
        name: 'Results',
        description:
          'Did we make a difference: the funnel, breakdowns, answer times, stories told.',
      },
      { name: 'Meta', description: 'The document itself and liveness.' },
    ],
    // A fresh copy each time: the path objects are module constants.
    paths: withCommonAnswers(
      structuredClone({
        ...organizationPaths,
        ...challengePaths,
        ...clusterPaths,
        ...storyPaths,
        ...feedPaths,
        ...submissionPaths,
        ...inboxPaths,
        ...inboxActionPaths,
        ...peoplePaths,
        ...coachPaths,
        ...imagePaths,
        ...markdownPaths,
        ...doorPaths,
        ...challengeCountPaths,
        ...sharePaths,
        ...sessionPaths,
        ...ssoPaths,
        ...staffPaths,
        ...orgSsoPaths,
        ...resultPaths,
        ...metaPaths,
      }),
    ),
    components: {
      schemas: { ...schemas, JsonFeed },
      headers: HEADERS,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: "An organisation's API key (`npm run cli -- keys create --org ID`).",
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ep_session',
          description:
            'A staff session (`POST /v1/session`); `__Host-ep_session` over HTTPS. Limited by the role in the organisation.',
        },
      },
      responses: Object.fromEntries(
        (
          [
            [
              400,
              'Bad request: malformed JSON, query parameters or headers (`errors` names each).',
            ],
            [
              401,
              'No valid API key (none sent where one is needed, or one that is wrong or revoked).',
              ['WWW-Authenticate'],
            ],
            [
              403,
              'Not allowed. Where a program should tell reasons apart, the problem has a `code`: `origin-not-allowed` (with `origin` and `orgId`: the site may not send to that receiver) or `via-unproven` (with `via`: the site or key does not prove the door opener) on `POST /v1/submissions`.',
            ],
            [404, 'No such record (or not yours).'],
            [
              409,
              'Conflict: id taken, idempotency key reused with another body, or a status move not allowed.',
            ],
            [
              412,
              'Precondition failed: the record changed since the ETag sent as If-Match; read it again.',
            ],
            [413, 'The body is over 64 KiB.'],
            [415, 'The body is not application/json.', ['Accept']],
            [422, 'The body does not match the schema; `errors` names each path.'],
            [429, 'Too many requests; see Retry-After.', ['Retry-After']],
            [500, 'Server error.'],
          ] as [number, string, string[]?][]
        ).map(([code, text, headers]) => [
          `Problem${code}`,
          problemResponse(text, ['X-Request-Id', ...(headers ?? [])]),
        ]),
      ),
    },
  };
}
