/**
 * `GET /v1/challenge-submission-counts`: for the console's list of
 * challenges, how many submissions each of the organisation's challenges has
 * drawn (all, and those still open). With the organisation's API key or a
 * staff session in any role. A path of its own, so it can never be taken for
 * a challenge's id under `/v1/challenges/{id}`.
 */
import { Hono } from 'hono';
import { challengeSubmissionCounts } from '../../store/challenge-counts.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { json, problems } from '../../openapi/shared.js';

export const CHALLENGE_COUNTS_PATH = '/v1/challenge-submission-counts';

export function challengeCountRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get(CHALLENGE_COUNTS_PATH, async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    new Query(c).done();
    const data = await challengeSubmissionCounts(deps.store.db, orgId);
    return sendJson(c, { data }, { visibility: 'private' });
  });

  return app;
}

export const challengeCountPaths = {
  [CHALLENGE_COUNTS_PATH]: {
    get: {
      tags: ['Challenges'],
      summary: "Submissions per challenge, for the organisation's staff",
      description:
        "For each of the organisation's challenges that has drawn submissions: how many in all, and how many are still open (`received`, `in-review`, `in-dialogue`). Challenges without submissions are left out. With the organisation's API key, or a staff session in any role (name the organisation in `Entrypoint-Org` when the person belongs to several).",
      operationId: 'countChallengeSubmissions',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      responses: {
        '200': {
          description: 'One entry per challenge with submissions, by challenge id.',
          content: json({
            type: 'object',
            required: ['data'],
            additionalProperties: false,
            properties: {
              data: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['challengeId', 'total', 'open'],
                  additionalProperties: false,
                  properties: {
                    challengeId: { type: 'string' },
                    total: { type: 'integer', minimum: 0 },
                    open: { type: 'integer', minimum: 0 },
                  },
                },
              },
            },
          }),
        },
        ...problems(400, 401, 403),
      },
    },
  },
};
