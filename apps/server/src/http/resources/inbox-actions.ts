/**
 * Working the inbox beyond a PATCH: notes, messages to the company, forwards,
 * bulk changes, the organisation's tags and a challenge's default assignee.
 * Reads need any role (or the organisation's key); changes a handler or an
 * admin (http/staff-access.ts).
 */
import { Hono } from 'hono';
import {
  DefaultAssignee,
  InboxTextInput,
  OrgTag,
  SubmissionBulk,
  SubmissionForward,
} from '@entrypoint/sdk';
import * as inbox from '../../services/inbox-actions.js';
import { submissionEtag } from '../../services/submissions.js';
import { type Deps, type Env, sendDeleted, sendJson, writer } from '../context.js';
import { statusOf } from '../errors.js';
import { readBody } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { ifMatch, json, p, param, problems, ref } from '../../openapi/shared.js';

export function inboxActionRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;

  app.post('/v1/submissions/bulk', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const bulk = await readBody(c, SubmissionBulk);
    const outcomes = await inbox.bulkChange(db(), clock, orgId, bulk, writer(c));
    const results = outcomes.map((o) =>
      o.ok
        ? { id: o.id, ok: true }
        : { id: o.id, ok: false, status: statusOf(o.error) ?? 500, detail: o.error.message },
    );
    return sendJson(c, { results }, { visibility: 'private' });
  });

  app.post('/v1/submissions/:id/notes', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const { body } = await readBody(c, InboxTextInput);
    const note = await inbox.addNote(db(), clock, orgId, c.req.param('id'), body, writer(c));
    return sendJson(c, note, { status: 201, visibility: 'private' });
  });

  app.post('/v1/submissions/:id/messages', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const { body } = await readBody(c, InboxTextInput);
    const message = await inbox.sendMessage(db(), clock, orgId, c.req.param('id'), body, writer(c));
    return sendJson(c, message, { status: 201, visibility: 'private' });
  });

  app.post('/v1/submissions/:id/forward', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const target = await readBody(c, SubmissionForward);
    const submission = await inbox.forwardSubmission(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      target,
      writer(c),
      { ifMatch: c.req.header('if-match') },
    );
    return sendJson(c, submission, { visibility: 'private', etag: submissionEtag(submission) });
  });

  app.get('/v1/tags', async (c) => {
    const orgId = await inboxOrg(c, deps, 'read');
    return sendJson(
      c,
      { data: await inbox.listTags(db(), orgId), nextCursor: null },
      { visibility: 'private' },
    );
  });

  app.post('/v1/tags', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const { tag } = await readBody(c, OrgTag);
    const created = await inbox.createTag(db(), clock, orgId, tag, writer(c));
    c.header('Location', `/v1/tags/${encodeURIComponent(tag)}`);
    return sendJson(c, created, { status: 201, visibility: 'private' });
  });

  app.delete('/v1/tags/:tag', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    await inbox.deleteTag(db(), clock, orgId, c.req.param('tag'), writer(c));
    return sendDeleted(c);
  });

  app.put('/v1/challenges/:id/default-assignee', async (c) => {
    const orgId = await inboxOrg(c, deps, 'move');
    const { staffId } = await readBody(c, DefaultAssignee);
    const result = await inbox.setDefaultAssignee(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      staffId,
      writer(c),
    );
    return sendJson(c, result, { visibility: 'private' });
  });

  return app;
}

const CHANGE =
  'Needs an API key of the organisation, or a session of a handler or an admin (403 for viewers and editors).';
const entry = (what: string) => ({
  '201': { description: what, content: json(ref('InboxEntry')) },
  ...problems(400, 401, 403, 404, 409, 413, 415, 422),
});
const tagParam = param('tag', 'The tag (URL-encoded).', { type: 'string' }, 'path');

export const inboxActionPaths = {
  '/v1/submissions/bulk': {
    post: {
      tags: ['Submissions'],
      summary: 'Change many submissions at once',
      description:
        `${CHANGE} Assigns (\`assigneeId\`, \`null\` to unassign), moves (\`status\`; not \`declined\`, which needs a message to each company) ` +
        'and adds or removes tags on up to 100 submissions, each in a transaction of its own: the answer has a result per id, ' +
        '`ok`, or the status and detail that change alone would have got (404 for one that is not yours, 409 for a move its status does not allow). ' +
        'An assignee who is not a member, or a tag to add that is not one of yours, refuses the whole request (422).',
      operationId: 'bulkChangeSubmissions',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      requestBody: { required: true, content: json(ref('SubmissionBulk')) },
      responses: {
        '200': { description: 'What became of each.', content: json(ref('SubmissionBulkResult')) },
        ...problems(400, 401, 403, 413, 415, 422),
      },
    },
  },
  '/v1/submissions/{id}/notes': {
    post: {
      tags: ['Submissions'],
      summary: 'Add an internal note',
      description: `${CHANGE} Never sent to the company; shown in the submission's timeline.`,
      operationId: 'addSubmissionNote',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      requestBody: { required: true, content: json(ref('InboxTextInput')) },
      responses: entry('The note.'),
    },
  },
  '/v1/submissions/{id}/messages': {
    post: {
      tags: ['Submissions'],
      summary: 'Write to the company',
      description:
        `${CHANGE} Sent by e-mail to the contact, with the reference in the subject; answers go to your entry point (Reply-To), ` +
        "and no staff address is shown. The first message marks the first answer. 409 when the person's data was erased.",
      operationId: 'sendSubmissionMessage',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      requestBody: { required: true, content: json(ref('InboxTextInput')) },
      responses: entry('The message, as queued for sending.'),
    },
  },
  '/v1/submissions/{id}/forward': {
    post: {
      tags: ['Submissions'],
      summary: 'Forward to a colleague or another organisation',
      description:
        `${CHANGE} \`{ staffId }\`: assigns it to that member and mails them. ` +
        '`{ orgId }`: another organisation on the server gets a copy with its own reference, `received`, in its inbox (`forwardedFrom`), and its entry point a mail; ' +
        'this submission moves to `forwarded` and shows the copy, with its status, in `forwardedTo`; the company is told by mail. ' +
        'A confidential submission is forwarded to another organisation only when the company allowed it (`consent.forwarding`): else 409 (`code: "confidential"`). ' +
        '409 too for a status that cannot move to `forwarded`, or a second forward to the same organisation.',
      operationId: 'forwardSubmission',
      security: inboxSecurity,
      parameters: [p.id, ifMatch, orgHeaderParam],
      requestBody: { required: true, content: json(ref('SubmissionForward')) },
      responses: {
        '200': {
          description: 'The submission, after the forward.',
          content: json(ref('Submission')),
        },
        ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422),
      },
    },
  },
  '/v1/tags': {
    get: {
      tags: ['Submissions'],
      summary: "Your organisation's tags",
      operationId: 'listTags',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      responses: {
        '200': {
          description: 'All of them, in alphabetical order.',
          content: json(ref('OrgTagList')),
        },
        ...problems(400, 401, 403),
      },
    },
    post: {
      tags: ['Submissions'],
      summary: 'Create a tag',
      description: `${CHANGE} 409 when you have it already.`,
      operationId: 'createTag',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      requestBody: { required: true, content: json(ref('OrgTagInput')) },
      responses: {
        '201': {
          description: 'Created.',
          headers: { Location: { $ref: '#/components/headers/Location' } },
          content: json(ref('OrgTag')),
        },
        ...problems(400, 401, 403, 409, 413, 415, 422),
      },
    },
  },
  '/v1/tags/{tag}': {
    delete: {
      tags: ['Submissions'],
      summary: 'Delete a tag',
      description: `${CHANGE} It comes off every submission that had it.`,
      operationId: 'deleteTag',
      security: inboxSecurity,
      parameters: [tagParam, orgHeaderParam],
      responses: { '204': { description: 'Deleted.' }, ...problems(400, 401, 403, 404) },
    },
  },
  '/v1/challenges/{id}/default-assignee': {
    put: {
      tags: ['Challenges'],
      summary: "Set who gets a challenge's submissions",
      description: `${CHANGE} What arrives for the challenge from now on is assigned to this member (\`null\`: to nobody); 422 for someone who is not a member.`,
      operationId: 'setDefaultAssignee',
      security: inboxSecurity,
      parameters: [p.id, orgHeaderParam],
      requestBody: { required: true, content: json(ref('DefaultAssigneeInput')) },
      responses: {
        '200': { description: 'The default assignee now.', content: json(ref('DefaultAssignee')) },
        ...problems(400, 401, 403, 404, 413, 415, 422),
      },
    },
  },
};
