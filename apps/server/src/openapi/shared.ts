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

const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Response headers, declared once (components/headers) and referred to by name. */
export const HEADERS: Record<string, Json> = {
  'X-Request-Id': {
    required: true,
    description:
      'The id of this request (the one sent, when it was a plain token); quote it when asking about an answer.',
    schema: { type: 'string' },
  },
  ETag: {
    description: 'A weak validator of this answer; send it back as If-None-Match to get 304.',
    schema: { type: 'string' },
  },
  'ETag-Required': {
    required: true,
    description: 'The validator that matched.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description:
      'Public answers: `public, max-age=60, s-maxage=300, stale-while-revalidate=600`; answers to a request with a key: `no-store`.',
    schema: { type: 'string' },
  },
  Location: {
    required: true,
    description: 'The path of the created record.',
    schema: { type: 'string' },
  },
  'Idempotent-Replayed': {
    description:
      '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': {
    required: true,
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0 },
  },
  'WWW-Authenticate': {
    required: true,
    description:
      'The Bearer challenge (RFC 6750), with `error="invalid_token"` for a key that is not valid.',
    schema: { type: 'string' },
  },
  Accept: {
    required: true,
    description: 'The media type the body must have.',
    schema: { type: 'string' },
  },
};

export const cacheHeaders = { ETag: header('ETag'), 'Cache-Control': header('Cache-Control') };

/** 304 where a GET answers it: only the fields that update a cache, no body (RFC 9110 §15.4.5). */
export const notModified = {
  '304': {
    description: 'Not modified (If-None-Match matched the ETag).',
    headers: { ETag: header('ETag-Required'), 'Cache-Control': header('Cache-Control') },
  },
};

export const locationHeader = { Location: header('Location') };
export const replayedHeader = { 'Idempotent-Replayed': header('Idempotent-Replayed') };

/** A query filter of one or more values, comma-separated (`status=open,solved`). */
export function listParam(name: string, description: string, items: Json) {
  return {
    name,
    in: 'query',
    required: false,
    description: `${description} Several values comma-separated; the parameter given twice answers 400.`,
    style: 'form',
    explode: false,
    schema: { type: 'array', items },
  };
}

/** A filter over a closed set of values (literal unions in generated clients). */
export const enumParam = (name: string, description: string, values: readonly string[]) =>
  listParam(name, description, { type: 'string', enum: [...values] });

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
  org: listParam('org', 'Organisation ids (`norrhamn,fjordvik`).', {
    type: 'string',
    minLength: 2,
    maxLength: 64,
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  }),
  q: param(
    'q',
    'Full-text search in any language the records carry (stemmed per language), ranked by relevance.',
  ),
  lang: param(
    'lang',
    'BCP 47 language of `q` (its stemmer is used, plus `simple`), or of the feed texts.',
  ),
};

export const security = [{ apiKey: [] }];
/** Public, and a key is honoured (its owner sees more): a bad key answers 401. */
export const optionalSecurity = [{}, { apiKey: [] }];
/** An owner's key, or a staff session (with `Entrypoint-Org`) of an admin or editor. */
export const contentSecurity = [{ apiKey: [] }, { session: [] }];
/** The `Entrypoint-Org` header of a staff session (http/staff-access.ts). */
export const orgHeader = {
  name: 'Entrypoint-Org',
  in: 'header',
  required: false,
  description:
    'With a staff session: the organisation to act for (needed when the person belongs to several; 403 for one they do not belong to). Ignored with an API key.',
  schema: { type: 'string' },
};

const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of the record as you last read it: the change is made only if the record is still that one, else 412.',
  schema: { type: 'string' },
};

export const list = (
  summary: string,
  tag: string,
  item: string,
  params: Json[],
  {
    description,
    pageSize = 20,
    plural = `${item}s`,
    withKey = false,
  }: { description?: string; pageSize?: number; plural?: string; withKey?: boolean } = {},
) => ({
  get: {
    tags: [tag],
    summary,
    ...(description ? { description } : {}),
    operationId: `list${plural}`,
    ...(withKey ? { security: optionalSecurity } : {}),
    parameters: [...params, limit(pageSize), p.cursor],
    responses: {
      '200': {
        description: `A page of ${plural.toLowerCase()}.`,
        headers: cacheHeaders,
        content: json(ref(`${item}List`)),
      },
      ...notModified,
      ...problems(...(withKey ? [400, 401, 403] : [400])),
    },
  },
});

/** What a PATCH body means, for every write resource. */
const PATCH_RULE =
  'Send only the fields to change, as a JSON merge patch (RFC 7396) at the top level: a field left out stays as it is; ' +
  '`null` removes an optional field (the fields whose schema allows `null`); any other value replaces the field whole ' +
  '(an object such as `budget` is not merged into; a list is emptied with `[]`). `null` for a required field answers 422 naming it.';

/** Create, update and delete of an owner's own records. */
export { ifMatch };

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
        security: contentSecurity,
        parameters: [orgHeader],
        requestBody: { required: true, content: json(ref(input)) },
        responses: {
          '201': { description: 'Created.', headers: locationHeader, content: json(ref(item)) },
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
        security: contentSecurity,
        parameters: [p.id, ifMatch, orgHeader],
        requestBody: { required: true, content: json(ref(patch)) },
        responses: {
          '200': { description: 'The updated record.', content: json(ref(item)) },
          ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422),
        },
      },
      delete: {
        tags: [tag],
        summary: `Delete one of your own ${path}`,
        operationId: `delete${item}`,
        security: contentSecurity,
        parameters: [p.id, orgHeader],
        responses: { '204': { description: 'Deleted.' }, ...problems(400, 401, 403, 404) },
      },
    },
  };
}
