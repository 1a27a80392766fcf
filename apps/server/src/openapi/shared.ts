/**
 * Building blocks of the OpenAPI path objects that each resource module
 * (http/resources/*.ts) keeps beside its routes. The document itself is
 * assembled in document.ts.
 */
export type Json = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: Json) => ({ 'application/json': { schema } });
export const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/Problem${c}` }]));

export const enumList = (values: readonly string[]) => ({
  type: 'string',
  description: `One or more of ${values.map((v) => `\`${v}\``).join(', ')}, comma-separated.`,
});

export function param(
  name: string,
  description: string,
  schema: Json = { type: 'string' },
  where = 'query',
) {
  return { name, in: where, required: where === 'path', description, schema };
}

/** `limit`, with the default the route uses. */
export const limit = (def: number, max = 100) =>
  param('limit', `Items per page, 1–${max} (default ${def}).`, {
    type: 'integer',
    minimum: 1,
    maximum: max,
    default: def,
  });

export const p = {
  id: param('id', 'The record id.', { type: 'string' }, 'path'),
  limit: limit(20),
  cursor: param(
    'cursor',
    'The `nextCursor` of the previous page (opaque; stable while records are added).',
  ),
  org: param('org', 'Organisation id, or several comma-separated (`norrhamn,fjordvik`).'),
  q: param(
    'q',
    'Full-text search in any language the records carry (stemmed per language), ranked by relevance.',
  ),
  lang: param(
    'lang',
    'BCP 47 language of `q` (its stemmer is used, plus `simple`), or of the feed texts.',
  ),
};

export const cacheHeaders = {
  ETag: { schema: { type: 'string' }, description: 'Send it back as If-None-Match to get 304.' },
  'Cache-Control': {
    schema: { type: 'string' },
    description: 'Public answers: `public, max-age=60, s-maxage=300, stale-while-revalidate=600`.',
  },
};

export const security = [{ apiKey: [] }];

export const list = (
  summary: string,
  tag: string,
  item: string,
  params: Json[],
  { description, pageSize = 20 }: { description?: string; pageSize?: number } = {},
) => ({
  get: {
    tags: [tag],
    summary,
    ...(description ? { description } : {}),
    operationId: `list${item}s`,
    parameters: [...params, limit(pageSize), p.cursor],
    responses: {
      '200': {
        description: `A page of ${item.toLowerCase()}s.`,
        headers: cacheHeaders,
        content: json(ref(`${item}List`)),
      },
      '304': { description: 'Not modified (If-None-Match matched the ETag).' },
      ...problems(400),
    },
  },
});

/** What a PATCH body means, for every write resource. */
const PATCH_RULE =
  'Send only the fields to change, as a JSON merge patch (RFC 7396) at the top level: a field left out stays as it is; ' +
  '`null` removes an optional field (the fields whose schema allows `null`); any other value replaces the field whole ' +
  '(an object such as `budget` is not merged into; a list is emptied with `[]`). `null` for a required field answers 422 naming it.';

/** Create, update and delete of an owner's own records. */
export function writeOps(
  tag: string,
  item: string,
  input: string,
  patch: string,
  path: string,
  notes: string,
  patchNotes = '',
) {
  return {
    collection: {
      post: {
        tags: [tag],
        summary: `Create a ${tag.toLowerCase().replace(/s$/, '')}`,
        description: notes,
        operationId: `create${item}`,
        security,
        requestBody: { required: true, content: json(ref(input)) },
        responses: {
          '201': { description: 'Created.', content: json(ref(item)) },
          ...problems(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    item: {
      patch: {
        tags: [tag],
        summary: `Update one of your own ${path}`,
        description: patchNotes ? `${PATCH_RULE} ${patchNotes}` : PATCH_RULE,
        operationId: `update${item}`,
        security,
        parameters: [p.id],
        requestBody: { required: true, content: json(ref(patch)) },
        responses: {
          '200': { description: 'The updated record.', content: json(ref(item)) },
          ...problems(400, 401, 404, 413, 415, 422),
        },
      },
      delete: {
        tags: [tag],
        summary: `Delete one of your own ${path}`,
        operationId: `delete${item}`,
        security,
        parameters: [p.id],
        responses: { '204': { description: 'Deleted.' }, ...problems(401, 404) },
      },
    },
  };
}
