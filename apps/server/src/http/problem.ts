/** RFC 9457 problem documents: every error the API gives is one of these. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '@entrypoint/sdk';

/** Problem types, documented at `/docs#problems`. */
export const PROBLEM_TYPES: Record<number, { slug: string; title: string }> = {
  400: { slug: 'bad-request', title: 'Bad request' },
  401: { slug: 'unauthorized', title: 'Unauthorized' },
  403: { slug: 'forbidden', title: 'Forbidden' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  409: { slug: 'conflict', title: 'Conflict' },
  412: { slug: 'precondition-failed', title: 'Precondition failed' },
  413: { slug: 'payload-too-large', title: 'Payload too large' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
  422: { slug: 'invalid-input', title: 'Invalid input' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  500: { slug: 'internal', title: 'Internal server error' },
  503: { slug: 'unavailable', title: 'Service unavailable' },
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail?: string,
    readonly extra: Record<string, unknown> & { errors?: FieldError[]; title?: string } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? PROBLEM_TYPES[status]?.title ?? 'Error');
  }
}

export function problemBody(
  status: number,
  detail: string | undefined,
  extra: Record<string, unknown> = {},
  instance?: string,
) {
  const t = PROBLEM_TYPES[status] ?? { slug: 'error', title: 'Error' };
  return {
    type: `/docs#problem-${t.slug}`,
    title: t.title,
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...extra,
  };
}

export function problem(
  c: Context,
  status: number,
  detail?: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(status, detail, extra, c.req.path);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    ...headers,
  });
}
