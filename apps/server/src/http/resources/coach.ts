/**
 * The challenge coach over HTTP: staff (or an integration with the
 * organisation's key) send a challenge as it is being written and get hints
 * back (services/coach). Nothing is stored.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { coachChallenge, COACH_LANGUAGES } from '../../services/coach/index.js';
import { getOrganization } from '../../store/organizations.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { Query, readBody } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { json, problems } from '../../openapi/shared.js';

const Text = z.record(z.string().check(z.maxLength(35)), z.string().check(z.maxLength(20_000)));

const CoachBody = z.object({
  title: z.optional(Text),
  summary: z.optional(Text),
  need: z.optional(Text),
  vision: z.optional(Text),
  horizonYear: z.optional(z.nullable(z.number())),
  opportunity: z.optional(Text),
  offers: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))),
  deadline: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  contact: z.optional(
    z.nullable(
      z.object({
        name: z.optional(z.string().check(z.maxLength(200))),
        email: z.optional(z.string().check(z.maxLength(320))),
      }),
    ),
  ),
  /** The languages the challenge should exist in; else the organisation's default and those written. */
  languages: z.optional(z.array(z.string().check(z.maxLength(35))).check(z.maxLength(20))),
});

export function coachRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.post('/v1/coach/challenge', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const q = new Query(c);
    const lang = q.oneOf('lang', COACH_LANGUAGES)?.[0];
    q.done();
    const { languages, ...draft } = await readBody(c, CoachBody);
    const org = await getOrganization(deps.store.db, orgId);
    const wanted = languages?.length
      ? languages
      : [
          ...new Set([
            ...(org ? [org.defaultLanguage] : []),
            ...Object.keys({ ...draft.title, ...draft.summary, ...draft.need }),
          ]),
        ];
    const hints = coachChallenge(draft, { lang: lang ?? org?.defaultLanguage, languages: wanted });
    return sendJson(c, { hints }, { visibility: 'private' });
  });

  return app;
}

const localized = {
  type: 'object',
  additionalProperties: { type: 'string', maxLength: 20000 },
  description: 'Text by language tag, as written so far.',
};

export const coachPaths = {
  '/v1/coach/challenge': {
    post: {
      tags: ['Coach'],
      summary: 'Hints for a challenge being written',
      description:
        'Points out what makes a challenge hard to answer: a solution instead of a need, a vision with no horizon year or nothing measurable, an opportunity that does not say who could deliver what, no offers, hard-to-read text, long sentences, jargon, a missing translation, deadline or contact. ' +
        'Each hint says why, and most show a good example from the demo challenges. Offline (word lists and LIX per language); nothing is stored and nothing is blocked. ' +
        'Hints are written in `lang` (en, sv, nb, fi), else in the organisation’s default language, else English.',
      operationId: 'coachChallenge',
      security: inboxSecurity,
      parameters: [
        {
          name: 'lang',
          in: 'query',
          required: false,
          description: 'The language of the hints.',
          schema: { type: 'string', enum: [...COACH_LANGUAGES] },
        },
        orgHeaderParam,
      ],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            title: localized,
            summary: localized,
            need: localized,
            vision: localized,
            horizonYear: { type: ['integer', 'null'] },
            opportunity: localized,
            offers: { type: 'array', items: { type: 'string' }, maxItems: 20 },
            deadline: { type: ['string', 'null'] },
            contact: {
              type: ['object', 'null'],
              properties: { name: { type: 'string' }, email: { type: 'string' } },
            },
            languages: {
              type: 'array',
              items: { type: 'string' },
              maxItems: 20,
              description: 'The languages the challenge should exist in.',
            },
          },
        }),
      },
      responses: {
        '200': {
          description: 'The hints, most important first (none: nothing to point out).',
          content: json({
            type: 'object',
            required: ['hints'],
            properties: {
              hints: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'field', 'message', 'why'],
                  properties: {
                    id: {
                      type: 'string',
                      enum: [
                        'solution',
                        'vision-horizon',
                        'vision-measurable',
                        'opportunity-who',
                        'offers',
                        'readability',
                        'long-sentence',
                        'jargon',
                        'translation',
                        'deadline',
                        'contact',
                      ],
                    },
                    field: { type: 'string' },
                    lang: { type: 'string' },
                    message: { type: 'string' },
                    why: { type: 'string' },
                    found: { type: 'array', items: { type: 'string' } },
                    example: {
                      type: 'object',
                      required: ['challengeId', 'title', 'field', 'text'],
                      properties: {
                        challengeId: { type: 'string' },
                        title: { type: 'string' },
                        field: { type: 'string' },
                        text: { type: 'string' },
                      },
                    },
                  },
                },
              },
            },
          }),
        },
        ...problems(400, 401, 403, 413, 415, 422),
      },
    },
  },
};
