// A real HTTP server for client tests: node:http, answering from a route table
// that each test fills in. One server per test file; `reset()` between tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  /** Path and query, e.g. `/v1/challenges?org=a%2Cb`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a string sent as is. */
  body?: unknown;
  /** Wait this long before answering (for timeouts and aborts). */
  delayMs?: number;
  /** Drop the connection without answering (a network error). */
  destroy?: boolean;
}

/** Answers one request; `n` counts this route's requests from 1. */
export type Handler = (req: Seen, n: number) => Reply;

export interface TestServer {
  /** The server root, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Every request, in order. */
  seen: Seen[];
  /** Answers `METHOD /path` (without query) with a fixed reply or a handler. */
  route(key: string, reply: Reply | Handler): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const seen: Seen[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: Seen = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      const key = `${request.method} ${request.url.split('?')[0]}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const handler = routes.get(key);
      const reply: Reply = handler
        ? handler(request, n)
        : {
            status: 404,
            headers: { 'content-type': 'application/problem+json' },
            body: { type: 'about:blank', title: 'Not Found', status: 404 },
          };
      if (reply.destroy) {
        req.socket.destroy();
        return;
      }
      const send = () => {
        if (res.destroyed) return;
        const body =
          reply.body === undefined
            ? ''
            : typeof reply.body === 'string'
              ? reply.body
              : JSON.stringify(reply.body);
        res.writeHead(reply.status ?? 200, {
          ...(typeof reply.body === 'string' || reply.body === undefined
            ? {}
            : { 'content-type': 'application/json' }),
          ...reply.headers,
        });
        res.end(body);
      };
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, reply.delayMs);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
      } else send();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    route(key, reply) {
      routes.set(key, typeof reply === 'function' ? reply : () => reply);
    },
    reset() {
      routes.clear();
      counts.clear();
      seen.length = 0;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
