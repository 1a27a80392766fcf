/**
 * Every request gets an id (the caller's `X-Request-Id` when it is a plain
 * token, else a new one), a logger that carries it, and one access-log line;
 * the answer carries the id back in `X-Request-Id`. The logger is made only
 * when the request logs something, and the access line's fields only when
 * its level is written.
 */
import type { MiddlewareHandler } from 'hono';
import { lazyChild, type Logger } from '../../ops/log.js';
import { newId } from '../../services/ids.js';
import type { Env } from '../context.js';
import { setHeader } from '../plain-headers.js';

export function requestLog(log: Logger): MiddlewareHandler<Env> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : newId();
    const reqLog = lazyChild(log, { requestId });
    c.set('requestId', requestId);
    c.set('log', reqLog);
    const started = performance.now();
    await next();
    setHeader(c.res, 'X-Request-Id', requestId);
    if (!log.enabled('info')) return;
    reqLog.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
