/**
 * The server process with short HTTP timeouts (HEADERS_TIMEOUT_MS,
 * REQUEST_TIMEOUT_MS, IDLE_TIMEOUT_MS), spoken to over raw sockets: a request
 * sent a byte at a time, or left half-sent, does not hold a connection open;
 * requests that end under the server are logged as what they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, startServer, type Running } from '../helpers/process.js';

// Slow by design (a byte every 100 ms); room for a busy machine too.

let dataDir: string;
let server: Running;
let port: number;

beforeAll(async () => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-timeouts-'));
  server = await startServer({
    DATA_DIR: dataDir,
    HEADERS_TIMEOUT_MS: '1000',
    REQUEST_TIMEOUT_MS: '2000',
    IDLE_TIMEOUT_MS: '500',
  });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  server.proc.kill('SIGKILL');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

interface Conn {
  socket: Socket;
  received: () => string;
  closed: () => boolean;
  ended: Promise<void>;
}

function open(): Promise<Conn> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(conn));
    let received = '';
    let closed = false;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', () => {});
    const ended = new Promise<void>((done) =>
      socket.on('close', () => {
        closed = true;
        done();
      }),
    );
    const conn: Conn = { socket, received: () => received, closed: () => closed, ended };
  });
}

/** Writes `text` one byte every 100 ms (well inside the idle limit) until done or closed. */
async function drip(conn: Conn, text: string): Promise<number> {
  let sent = 0;
  for (const ch of text) {
    if (conn.closed()) break;
    conn.socket.write(ch);
    sent++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return sent;
}

const head = (requestId: string, length: number) =>
  [
    'POST /v1/submissions HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    'Idempotency-Key: timeouts-test',
    `X-Request-Id: ${requestId}`,
    '',
    '',
  ].join('\r\n');

const logLines = (requestId: string) =>
  server
    .output()
    .split('\n')
    .filter((l) => l.includes(`"requestId":"${requestId}"`));

async function logged(requestId: string, msg: string) {
  while (!logLines(requestId).some((l) => l.includes(`"msg":"${msg}"`)))
    await new Promise((resolve) => setTimeout(resolve, 50));
  return logLines(requestId);
}

describe('HTTP timeouts', () => {
  it('answers 408 and closes a connection whose body comes a byte at a time past REQUEST_TIMEOUT_MS', async () => {
    const body = `{"title":"${'x'.repeat(100)}"}`; // 10+ s at one byte per 100 ms
    const conn = await open();
    conn.socket.write(head('slow-body', body.length));
    const sent = await drip(conn, body);
    await conn.ended;
    expect(sent).toBeLessThan(body.length);
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408 /);
    const lines = await logged('slow-body', 'request timeout');
    expect(lines.join('\n')).not.toContain('"msg":"unhandled"');
    expect(lines.join('\n')).not.toContain('"stack"');
  });

  it('answers 408 and closes a connection whose headers come a byte at a time past HEADERS_TIMEOUT_MS', async () => {
    const conn = await open();
    const headers = head('slow-headers', 2) + '{}';
    const sent = await drip(conn, headers);
    await conn.ended;
    expect(sent).toBeLessThan(headers.length);
    expect(conn.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection on which nothing moves for IDLE_TIMEOUT_MS', async () => {
    const conn = await open();
    conn.socket.write(head('idle', 50) + '{"ti');
    await conn.ended; // before REQUEST_TIMEOUT_MS: closed for idleness, without an answer
    expect(conn.received()).toBe('');
  });
});

describe('requests the client aborted', () => {
  it('are logged at info as "client aborted", without a stack, not as unhandled errors', async () => {
    const conn = await open();
    conn.socket.write(head('went-away', 50) + '{"title":');
    await new Promise((resolve) => setTimeout(resolve, 200));
    conn.socket.destroy();
    const lines = await logged('went-away', 'client aborted');
    const line = lines.find((l) => l.includes('"msg":"client aborted"'))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/v1/submissions',
    });
    const all = lines.join('\n');
    expect(all).not.toContain('"msg":"unhandled"');
    expect(all).not.toContain('"stack"');
    // The server is unharmed.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
