import type { Hono } from 'hono';
import { buildOpenApiDocument } from '../../openapi/document.js';
import { renderDocsPage } from '../../openapi/docs-page.js';
import { type Deps, type Env, PAGE_CSP, send, sendJson } from '../context.js';

export function docRoutes(app: Hono<Env>, _deps: Deps) {
  let doc: ReturnType<typeof buildOpenApiDocument> | undefined;
  let page: string | undefined;
  const document = () => (doc ??= buildOpenApiDocument());
  app.get('/v1/openapi.json', (c) => sendJson(c, document()));
  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return send(c, (page ??= renderDocsPage(document())), 'text/html; charset=utf-8');
  });
}
