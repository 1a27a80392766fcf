import type { Hono } from 'hono';
import { buildOpenApiDocument } from '../../openapi/document.js';
import { renderDocsPage } from '../../openapi/docs-page.js';
import { type Deps, type Env, send, sendJson } from '../context.js';

export function docRoutes(app: Hono<Env>, _deps: Deps) {
  let doc: ReturnType<typeof buildOpenApiDocument> | undefined;
  let page: string | undefined;
  const document = () => (doc ??= buildOpenApiDocument());
  app.get('/v1/openapi.json', (c) => sendJson(c, document()));
  app.get('/docs', (c) =>
    send(c, (page ??= renderDocsPage(document())), 'text/html; charset=utf-8'),
  );
}
