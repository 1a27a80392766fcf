/** The API describing itself (`/v1/openapi.json`, `/docs`) and liveness (`/healthz`). */
import { Hono } from 'hono';
import { sql } from 'kysely';
import { renderDocsPage } from '../../openapi/docs-page.js';
import { type Deps, type Env, PAGE_CSP, send, sendJson } from '../context.js';
import { json, notModified, problems, type Json } from '../../openapi/shared.js';

/** `document` builds the OpenAPI document (once, on the first request that needs it). */
export function metaRoutes(deps: Deps, document: () => Json) {
  const app = new Hono<Env>();
  let doc: Json | undefined;
  let page: string | undefined;
  const built = () => (doc ??= document());

  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(deps.store.db);
    return c.json({ status: 'ok', engine: deps.store.engine }, 200, {
      'Cache-Control': 'no-store',
    });
  });
  app.get('/v1/openapi.json', (c) => sendJson(c, built()));
  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return send(c, (page ??= renderDocsPage(built())), 'text/html; charset=utf-8');
  });

  return app;
}

export const metaPaths = {
  '/v1/openapi.json': {
    get: {
      tags: ['Meta'],
      summary: 'This document',
      operationId: 'getOpenApi',
      responses: {
        '200': {
          description: 'OpenAPI 3.1.',
          content: json({
            type: 'object',
            required: ['openapi', 'info', 'paths'],
            properties: {
              openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
              info: {
                type: 'object',
                required: ['title', 'version'],
                properties: { title: { type: 'string' }, version: { type: 'string' } },
              },
              paths: { type: 'object', additionalProperties: { type: 'object' } },
              components: { type: 'object' },
            },
          }),
        },
        ...notModified,
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
};
