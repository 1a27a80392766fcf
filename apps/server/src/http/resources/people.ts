/**
 * A person's data rights, for an organisation's own data (its API key): what
 * it holds about an e-mail address, erasing it, and withdrawing the newsletter
 * consent. The CLI offers the same across organisations (`people …`).
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { Email } from '@entrypoint/sdk';
import * as people from '../../services/people.js';
import { type Deps, type Env, requireOrg, sendJson, writer } from '../context.js';
import { Query, readBody } from '../input.js';
import { HttpProblem } from '../problem.js';
import { json, problems, ref, security } from '../../openapi/shared.js';

const PersonBody = z.object({ email: Email });

export function peopleRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;

  app.get('/v1/people', async (c) => {
    const orgId = await requireOrg(c, deps);
    const q = new Query(c);
    const email = q.string('email', { max: 320 });
    q.done();
    if (!email || !Email.safeParse(email).success) {
      throw new HttpProblem(400, 'Invalid query parameters', {
        errors: [{ path: 'email', message: 'Give the e-mail address the person used' }],
      });
    }
    return sendJson(c, await people.exportPerson(db(), clock, { email, orgId }), {
      visibility: 'private',
    });
  });

  app.post('/v1/people/erase', async (c) => {
    const orgId = await requireOrg(c, deps);
    const { email } = await readBody(c, PersonBody);
    return sendJson(c, await people.erasePerson(db(), clock, { email, orgId }, writer(c)), {
      visibility: 'private',
    });
  });

  app.post('/v1/people/withdraw-newsletter', async (c) => {
    const orgId = await requireOrg(c, deps);
    const { email } = await readBody(c, PersonBody);
    return sendJson(c, await people.withdrawNewsletterConsent(db(), clock, { email, orgId }), {
      visibility: 'private',
    });
  });
  return app;
}

const personBody = {
  required: true,
  content: json({
    type: 'object',
    required: ['email'],
    properties: { email: { type: 'string', format: 'email' } },
    additionalProperties: false,
  }),
};
const erasedRecord = {
  type: 'object',
  required: ['id', 'reference', 'orgId', 'status'],
  properties: {
    id: { type: 'string' },
    reference: { type: 'string' },
    orgId: { type: 'string' },
    status: { type: 'string' },
  },
};

/** The OpenAPI path objects of these routes (openapi/document.ts adds them). */
export const peoplePaths = {
  '/v1/people': {
    get: {
      tags: ['People'],
      summary: 'Everything your organisation holds about a person (GDPR articles 15 and 20)',
      description:
        'Found by the e-mail address the person gave (in any case): their submissions in full, ' +
        'the consents they gave with each, and the messages staff wrote to them. Erased submissions are not included.',
      operationId: 'exportPerson',
      security,
      parameters: [
        {
          name: 'email',
          in: 'query',
          required: true,
          description: 'The e-mail address the person used.',
          schema: { type: 'string', format: 'email' },
        },
      ],
      responses: {
        '200': {
          description: 'The export.',
          content: json({
            type: 'object',
            required: ['email', 'exportedAt', 'submissions', 'consents', 'messages'],
            properties: {
              email: { type: 'string' },
              orgId: { type: 'string' },
              exportedAt: { type: 'string', format: 'date-time' },
              submissions: { type: 'array', items: ref('Submission') },
              consents: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    submissionId: { type: 'string' },
                    reference: { type: 'string' },
                    orgId: { type: 'string' },
                    givenAt: { type: 'string', format: 'date-time' },
                    privacy: { type: 'boolean' },
                    newsletter: { type: 'boolean' },
                    newsletterWithdrawnAt: { type: 'string', format: 'date-time' },
                  },
                },
              },
              messages: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['submissionId', 'reference', 'body', 'sentAt'],
                  properties: {
                    submissionId: { type: 'string' },
                    reference: { type: 'string' },
                    body: { type: 'string' },
                    sentAt: { type: 'string', format: 'date-time' },
                  },
                },
              },
            },
          }),
        },
        ...problems(400, 401),
      },
    },
  },
  '/v1/people/erase': {
    post: {
      tags: ['People'],
      summary: "Erase a person's data from your submissions (GDPR article 17)",
      description:
        "Every submission of your organisation with this e-mail address keeps its id, reference, status, dates and receiver, marked with `erasedAt`; the person's contact, the company's details and the free text are replaced. Their idempotency records go too, the text of the notes and messages on them, and the mails about them. The copies that forwards made of them in other organisations' inboxes are erased with them (and listed).",
      operationId: 'erasePerson',
      security,
      requestBody: personBody,
      responses: {
        '200': {
          description: 'The submissions erased (none when nothing matched).',
          content: json({
            type: 'object',
            required: ['erased'],
            properties: { erased: { type: 'array', items: erasedRecord } },
          }),
        },
        ...problems(400, 401, 415, 422),
      },
    },
  },
  '/v1/people/withdraw-newsletter': {
    post: {
      tags: ['People'],
      summary: "Withdraw a person's newsletter consent",
      description:
        'Sets `consent.newsletter` to false and `consent.newsletterWithdrawnAt` on every submission of your organisation where the person gave it.',
      operationId: 'withdrawNewsletterConsent',
      security,
      requestBody: personBody,
      responses: {
        '200': {
          description: 'The references of the submissions whose consent was withdrawn.',
          content: json({
            type: 'object',
            required: ['withdrawn'],
            properties: { withdrawn: { type: 'array', items: { type: 'string' } } },
          }),
        },
        ...problems(400, 401, 415, 422),
      },
    },
  },
};
