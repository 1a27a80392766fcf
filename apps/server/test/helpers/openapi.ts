/**
 * Every answer the API tests receive, held to the OpenAPI document: the
 * status is declared for the operation, the body matches the declared schema
 * of its media type (ajv, JSON Schema 2020-12), and the headers the document
 * marks required are present. `client()` in http.ts calls this on each reply,
 * so a new status, field or header the document lacks fails the test that
 * meets it. Requests that match no operation (the demo pages, a 405 for a
 * method a path does not have, the CORS preflight) are not checked.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { buildOpenApiDocument } from '../../src/openapi/document.js';

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, Json>;
}

const BASE = 'https://entrypoint.test/openapi.json';
const doc = buildOpenApiDocument() as Json & {
  paths: Record<string, Record<string, Operation>>;
  components: Json & { responses: Record<string, Json>; headers?: Record<string, Json> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...doc, $id: BASE });

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const compiled = new Map<string, ValidateFunction>();
function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) compiled.set(ref, (v = ajv.compile({ $ref: `${BASE}#/${ref}` })));
  return v;
}

/** `#/components/…` references inside the document (responses, headers). */
function deref<T extends Json>(value: T): T {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) node = (node as Json)[part];
  return node as T;
}

/** Path templates, those written out in full first (`feed.rss` before `{id}`). */
const templates = Object.keys(doc.paths)
  .map((path) => ({
    path,
    exact: !path.includes('{'),
    pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
  }))
  .sort((a, b) => Number(b.exact) - Number(a.exact));

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** Throws naming each way the answer departs from the document. */
export function checkAgainstDocument(method: string, url: string, res: Answer): void {
  const path = new URL(url, 'http://x').pathname;
  const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
  // A path written out in full shadows the templates that also match it, as in the app.
  const template = templates.find((t) => t.pattern.test(path));
  if (!template || !doc.paths[template.path]?.[verb]) return;
  const where = `${method} ${path} → ${res.status}`;
  const responses = doc.paths[template.path]![verb]!.responses;
  const declared = responses[String(res.status)];
  if (!declared) {
    throw new Error(
      `${where}: status not declared for ${verb} ${template.path} (declared: ${Object.keys(responses).join(', ')})\n${res.text.slice(0, 500)}`,
    );
  }
  const response = deref(declared);
  const problems: string[] = [];

  for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
    if (deref(header).required === true && !res.headers.has(name)) {
      problems.push(`header ${name} is required and missing`);
    }
  }

  const content = response.content as Record<string, { schema?: Json }> | undefined;
  const type = res.headers.get('content-type')?.split(';')[0]?.trim();
  if (res.status === 304 || res.status === 204 || method.toUpperCase() === 'HEAD') {
    if (res.text !== '') problems.push('a body where none may be');
  } else if (!content) {
    if (res.text !== '') problems.push(`a body (${type}) where the document declares none`);
  } else if (!type || !content[type]) {
    problems.push(`media type ${type} not declared (declared: ${Object.keys(content).join(', ')})`);
  } else {
    const ref = declared.$ref
      ? pointer(...(declared.$ref as string).slice(2).split('/'), 'content', type, 'schema')
      : pointer(
          'paths',
          template.path,
          verb,
          'responses',
          String(res.status),
          'content',
          type,
          'schema',
        );
    const validate = validator(ref.replace(/^#\//, ''));
    const isJson = /[/+]json$/.test(type);
    let body: unknown = res.text;
    if (isJson) {
      try {
        body = JSON.parse(res.text);
      } catch {
        problems.push('the body is not JSON');
      }
    }
    if (!validate(body)) {
      problems.push(
        ...(validate.errors ?? []).map(
          (e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
        ),
      );
    }
  }
  if (problems.length) {
    throw new Error(`${where} departs from the OpenAPI document:\n- ${problems.join('\n- ')}`);
  }
}
