/**
 * Writes take JSON only (415 otherwise, with `Accept`) and 64 KiB at most
 * (413), checked before any route reads the body.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Env } from '../context.js';
import { problem } from '../problem.js';
import { MAX_IMAGE_BYTES } from '../../services/images.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** An image upload is its bytes, not JSON; its route checks the type and a larger limit. */
export const IMAGE_UPLOAD_PATH = '/v1/images';

export const jsonOnly: MiddlewareHandler<Env> = async (c, next) => {
  if (c.req.path === IMAGE_UPLOAD_PATH) return next();
  if (c.req.method === 'POST' || c.req.method === 'PATCH' || c.req.method === 'PUT') {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
      return problem(
        c,
        415,
        'Send the body as application/json',
        {},
        { Accept: 'application/json' },
      );
    }
  }
  return next();
};

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => problem(c, 413, `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`),
});

const limitImage = bodyLimit({
  maxSize: MAX_IMAGE_BYTES,
  onError: (c) =>
    problem(
      c,
      413,
      `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB; send a smaller one`,
    ),
});

/** Only where a body can be: touching a GET's body makes the Node adapter build a full Request. */
export const sizeLimit: MiddlewareHandler<Env> = (c, next) =>
  c.req.method === 'GET' || c.req.method === 'HEAD'
    ? next()
    : c.req.path === IMAGE_UPLOAD_PATH
      ? limitImage(c, next)
      : limitBody(c, next);
