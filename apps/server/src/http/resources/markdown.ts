/**
 * `POST /v1/markdown`: Markdown rendered and sanitized exactly as a story's
 * `bodyHtml` is (services/markdown.ts `renderMarkdown`), so an editor's live
 * preview shows what readers will get. For admins and editors (or the
 * organisation's key); nothing is stored.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { renderMarkdown } from '../../services/markdown.js';
import { type Deps, type Env, sendJson } from '../context.js';
import { readBody } from '../input.js';
import { inboxOrg, inboxSecurity, orgHeaderParam } from '../staff-access.js';
import { json, problems } from '../../openapi/shared.js';

/** As long as one language of a story's body may be (the SDK's `LocalizedText`). */
export const MAX_MARKDOWN = 20_000;

const MarkdownBody = z.object({
  markdown: z.string().check(z.maxLength(MAX_MARKDOWN)),
});

export function markdownRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.post('/v1/markdown', async (c) => {
    await inboxOrg(c, deps, 'content');
    const { markdown } = await readBody(c, MarkdownBody);
    return sendJson(c, { html: renderMarkdown(markdown) }, { visibility: 'private' });
  });

  return app;
}

export const markdownPaths = {
  '/v1/markdown': {
    post: {
      tags: ['Stories'],
      summary: 'Render Markdown as a story body is rendered',
      description:
        'Renders `markdown` to HTML and sanitizes it with the same function that makes a story’s `bodyHtml` ' +
        '(no script, event handler or `javascript:` URL survives; images only from absolute http(s) URLs), ' +
        `for a live preview while writing. At most ${MAX_MARKDOWN.toLocaleString('en')} characters (422), ` +
        'in a body of at most 64 KiB (413). Nothing is stored. Editors and admins (or the organisation’s key).',
      operationId: 'renderMarkdown',
      security: inboxSecurity,
      parameters: [orgHeaderParam],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['markdown'],
          additionalProperties: false,
          properties: { markdown: { type: 'string', maxLength: MAX_MARKDOWN } },
        }),
      },
      responses: {
        '200': {
          description: 'The sanitized HTML.',
          content: json({
            type: 'object',
            required: ['html'],
            properties: { html: { type: 'string' } },
          }),
        },
        ...problems(400, 401, 403, 413, 415, 422),
      },
    },
  },
};
