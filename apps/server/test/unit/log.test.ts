/**
 * The request's logger is made only when something is logged through it, and
 * then carries its fields; the access line is written at info and skipped
 * (fields and all) above it.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyChild, type Level, type Logger } from '../../src/ops/log.js';
import { requestLog } from '../../src/http/middleware/request-log.js';
import type { Env } from '../../src/http/context.js';

function recording(level: Level) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level, write: (line) => lines.push(JSON.parse(line)) });
  let children = 0;
  const counted: Logger = {
    ...log,
    child: (fields) => {
      children++;
      return log.child(fields);
    },
  };
  return { lines, log: counted, children: () => children };
}

describe('lazyChild', () => {
  it('makes the child only when a line is written, with the fields', () => {
    const { lines, log, children } = recording('warn');
    const child = lazyChild(log, { requestId: 'r1' });
    child.info('dropped');
    child.debug('dropped');
    expect(children()).toBe(0);
    expect(lines).toEqual([]);
    child.warn('kept', { n: 1 });
    child.error('kept too');
    expect(children()).toBe(1);
    expect(lines).toMatchObject([
      { level: 'warn', msg: 'kept', requestId: 'r1', n: 1 },
      { level: 'error', msg: 'kept too', requestId: 'r1' },
    ]);
    expect(child.child({ part: 'x' }).enabled('warn')).toBe(true);
  });

  it('says which levels are written', () => {
    const log = createLogger({ level: 'warn', write: () => {} });
    expect(log.enabled('debug')).toBe(false);
    expect(log.enabled('info')).toBe(false);
    expect(log.enabled('warn')).toBe(true);
    expect(log.enabled('error')).toBe(true);
    expect(lazyChild(log, {}).enabled('info')).toBe(false);
    expect(createLogger({ level: 'debug', write: () => {} }).enabled('debug')).toBe(true);
  });
});

describe('requestLog', () => {
  const app = (log: Logger) => {
    const a = new Hono<Env>();
    a.use('*', requestLog(log));
    a.get('/quiet', (c) => c.text('ok'));
    a.get('/loud', (c) => {
      c.get('log').warn('something', { x: 1 });
      return c.text('ok');
    });
    return a;
  };

  it('writes the access line at info, with the request id', async () => {
    const { lines, log } = recording('info');
    const res = await app(log).request('/quiet', { headers: { 'x-request-id': 'abc' } });
    expect(res.headers.get('x-request-id')).toBe('abc');
    expect(lines).toMatchObject([
      {
        level: 'info',
        msg: 'request',
        requestId: 'abc',
        method: 'GET',
        path: '/quiet',
        status: 200,
      },
    ]);
  });

  it('above info writes no access line and makes no logger, unless the request logs', async () => {
    const { lines, log, children } = recording('warn');
    const quiet = await app(log).request('/quiet');
    expect(quiet.headers.get('x-request-id')).toBeTruthy();
    expect(lines).toEqual([]);
    expect(children()).toBe(0);
    await app(log).request('/loud', { headers: { 'x-request-id': 'def' } });
    expect(lines).toMatchObject([{ level: 'warn', msg: 'something', requestId: 'def', x: 1 }]);
    expect(children()).toBe(1);
  });
});
