/** Headers every answer carries: no MIME sniffing of what the server labels. */
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';
import { setHeader } from '../plain-headers.js';

export const securityHeaders: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  setHeader(c.res, 'X-Content-Type-Options', 'nosniff');
};
