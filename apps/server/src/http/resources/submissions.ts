/** The public write (POST, from the owner's allowed origins) and the owner's inbox. */
import { Hono, type Context } from 'hono';
import {
  HONEYPOT_FIELD,
  SUBMISSION_TRANSITIONS,
  SubmissionInput,
  SubmissionPatch,
} from '@entrypoint/sdk';
import * as submissions from '../../services/submissions.js';
import type { SubmissionData } from '../../services/submissions.js';
import * as inbox from '../../services/inbox.js';
import { type Deps, type Env, optionalOrg, ownOrigin, sendJson, writer } from '../context.js';
import { readBody, readJson, validate } from '../input.js';
import { HttpProblem } from '../problem.js';
import { submissionLimiter } from '../rate-limit.js';
import { filterParams, readListQuery, viewParams } from './inbox.js';
import { updateSubmission } from '../../services/inbox-actions.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import {
  ifMatch,
  json,
  locationHeader,
  p,
  problems,
  ref,
  replayedHeader,
} from '../../openapi/shared.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * What a post says, checked without the database: its Idempotency-Key
 * (400), its JSON (400), the honeypot (a bot: `decoy`, its `orgId` as sent)
 * and the schema (422), in that order.
 */
async function readPost(
  c: Context,
): Promise<{ key: string; input: SubmissionData } | { decoy: unknown }> {
  const key = c.req.header('idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpProblem(
      400,
      'Send an Idempotency-Key header (1–200 visible ASCII characters, e.g. a UUID)',
      {
        errors: [{ path: 'Idempotency-Key', message: key ? 'Malformed' : 'Required' }],
      },
    );
  }
  const raw = await readJson(c);
  const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
  const honeypot = fields?.[HONEYPOT_FIELD];
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { decoy: fields!.orgId };
  return { key, input: validate(SubmissionInput, raw) };
}

export function submissionRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;
  const limit = submissionLimiter({ ...deps, ...deps.options });

  app.post('/v1/submissions', async (c) => {
    const origin = c.req.header('origin');
    if (origin) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
    // Counted in memory, or in the shared table by the post's first query.
    const hit = await limit(c);
    const tooMany = (wait: number) => {
      if (!wait) return;
      throw new HttpProblem(
        429,
        `Too many submissions from this address; try again in ${wait} s`,
        {},
        { 'Retry-After': String(wait) },
      );
    };
    let post: { key: string; input: SubmissionData } | { decoy: unknown };
    try {
      post = await readPost(c);
    } catch (error) {
      // A post refused before it reaches the database counts all the same, and too many come first.
      tooMany(await hit.count());
      throw error;
    }
    if ('decoy' in post) {
      tooMany(await hit.count());
      c.get('log').info('honeypot', { orgId: post.decoy });
      const receipt = submissions.decoyReceipt(clock, post.decoy);
      c.header('Location', `/v1/submissions/${receipt.id}`);
      return sendJson(c, receipt, { status: 201, visibility: 'private' });
    }
    const { key, input } = post;
    const own = ownOrigin(c);
    const arrival = await submissions.readArrival(db(), input, {
      origin,
      ownOrigin: own,
      hit: hit.row,
    });
    tooMany(hit.wait(arrival.hits));
    const org = submissions.checkTargets(input, arrival);
    const refusal = await submissions.checkSender(arrival, input.via, {
      origin,
      ownOrigin: own,
      keyOrgId: () => optionalOrg(c, deps),
    });
    if (refusal) {
      const { detail, ...extra } = refusal;
      // For the operator and the receiver's web team: which site tried, for whom.
      c.get('log').warn('submission refused', { ...extra, origin, orgId: org.id });
      throw new HttpProblem(403, detail, extra);
    }
    const page = c.req.header('entrypoint-page') ?? c.req.header('referer') ?? null;
    const result = await submissions.submit(db(), clock, {
      input,
      idempotencyKey: key,
      source: { origin: origin?.slice(0, 200) ?? null, page: page?.slice(0, 2000) ?? null },
      arrival,
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/v1/submissions/${result.receipt.id}`);
    return sendJson(c, result.receipt, { status: 201, visibility: 'private' });
  });

  app.get('/v1/submissions', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const { who, args } = readListQuery(c, orgId);
    return sendJson(c, await inbox.listInbox(db(), clock, who, args), { visibility: 'private' });
  });

  app.get('/v1/submissions/:id', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    const submission = await inbox.getInboxSubmission(db(), orgId, c.req.param('id'));
    // A staff member opened it: on its timeline (at most once an hour per person).
    await inbox.recordView(db(), clock, writer(c), orgId, submission.id);
    return sendJson(c, submission, {
      visibility: 'private',
      etag: inbox.submissionEtag(submission),
    });
  });

  app.patch('/v1/submissions/:id', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const change = await readBody(c, SubmissionPatch);
    const condition = { ifMatch: c.req.header('if-match') };
    const changed = await updateSubmission(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      change,
      writer(c),
      condition,
    );
    const shown = await inbox.getInboxSubmission(db(), orgId, changed.id);
    return sendJson(c, shown, { visibility: 'private', etag: inbox.submissionEtag(shown) });
  });

  return app;
}

const transitions = Object.entries(SUBMISSION_TRANSITIONS)
  .map(
    ([from, to]) =>
      `- \`${from}\` → ${to.length ? to.map((t) => `\`${t}\``).join(', ') : '(final)'}`,
  )
  .join('\n');

export const submissionPaths = {
  '/v1/submissions': {
    post: {
      tags: ['Submissions'],
      summary: 'Send a submission (the entry-point form)',
      description:
        "Public, from the receiving organisation's `allowedOrigins` when it has any, from the server's own pages, and from the `allowedOrigins` of every cluster organisation on the server; " +
        'else 403 with `code: "origin-not-allowed"` (and `origin`, `orgId`). ' +
        "`via` (the organisation whose site the form ran on) is credited only when proven: the `Origin` is among the via organisation's `allowedOrigins` (or is the server's own), or the request carries the via organisation's API key (`Authorization: Bearer`); " +
        'else 403 with `code: "via-unproven"` (and `via`), and nothing is stored. The CORS preflight is answered for any origin, so a page can read the 403. ' +
        'Needs an `Idempotency-Key` header: the same key and body again answers the same 201 and stores nothing new (header `Idempotent-Replayed: true`); ' +
        'the same key with another body answers 409. The `Entrypoint-Page` header (else Referer) and `Origin` are recorded as `source`. ' +
        `A non-empty \`${HONEYPOT_FIELD}\` field (the honeypot) answers like success and stores nothing. Rate-limited per client address (429 with Retry-After).`,
      operationId: 'createSubmission',
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'A new random value (e.g. a UUID) per submission; reuse it only to retry.',
          schema: { type: 'string', minLength: 1, maxLength: 200, pattern: IDEMPOTENCY_KEY.source },
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
          headers: { ...locationHeader, ...replayedHeader },
          content: json(ref('SubmissionReceipt')),
        },
        ...problems(400, 401, 403, 409, 413, 415, 422, 429),
      },
    },
    get: {
      tags: ['Submissions'],
      summary: 'Your inbox',
      description:
        'A view, filters and a search, sorted, a page at a time. Each submission carries its `assigneeId`, `tags`, ' +
        'and the forward links: `forwardedFrom` (a copy: the original) and `forwardedTo` (the copies made of it, with their status there).',
      operationId: 'listSubmissions',
      security: inboxSecurity,
      parameters: [...viewParams, ...filterParams, p.limit, p.cursor, orgHeaderParam],
      responses: {
        '200': { description: 'A page of the inbox.', content: json(ref('SubmissionList')) },
        ...problems(400, 401, 403),
      },
    },
  },
  '/v1/submissions/{id}': {
    get: {
      tags: ['Submissions'],
      summary: 'One submission of your inbox',
      description:
        'With a staff session, the reading is recorded on its timeline (a `view` event, at most once an hour per person).',
      operationId: 'getSubmission',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      responses: {
        '200': { description: 'The submission.', content: json(ref('Submission')) },
        ...problems(400, 401, 403, 404),
      },
    },
    patch: {
      tags: ['Submissions'],
      summary: 'Work a submission: move, assign, tag',
      description:
        'Needs an API key of the organisation, or a session of a handler or an admin (403 for viewers and editors). ' +
        'Any of: `status` (with `message`, sent to the company by e-mail; required for `declined`), `assigneeId` (a member of the organisation, `null` to unassign), ' +
        '`tags` (the whole set, each one of your tags: `GET /v1/tags`); 422 for a member or tag that is not yours. Each kind of change is one event in the audit trail. ' +
        'With `If-Match`, a change to a submission someone changed since answers 412, whose `detail` says who changed what and when, with `changedBy: {id, name}` and `changedAt`.\n\n' +
        `Allowed moves (409 otherwise; the same status again is a no-op):\n\n${transitions}`,
      operationId: 'updateSubmission',
      security: inboxSecurity,
      parameters: [p.id, ifMatch, orgHeaderParam],
      requestBody: { required: true, content: json(ref('SubmissionPatch')) },
      responses: {
        '200': { description: 'The submission.', content: json(ref('Submission')) },
        ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422),
      },
    },
  },
};
