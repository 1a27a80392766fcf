/** Headers every answer carries: no MIME sniffing of what the server labels. */
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';

export const securityHeaders: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
};
