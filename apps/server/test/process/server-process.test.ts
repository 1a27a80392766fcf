/**
 * The server as a process on a PGlite data folder: durability across SIGKILL,
 * the data-folder lock, the CLI carried by the running server (keys, orgs and
 * the inbox commands), the CLI on its own once the server is gone, and a clean
 * SIGTERM that lets a request in flight finish.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  cli,
  orgsCreateArgs,
  runToExit,
  startServer,
  type Running,
} from '../helpers/process.js';
import { bearer, client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { checkInboxCli, checkInboxPaging } from './inbox-cli.js';

let dataDir: string;
let server: Running | undefined;

beforeAll(() => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-proc-'));
});
afterAll(async () => {
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGKILL');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process on PGlite', () => {
  it('starts with DEMO=1, serves the demo data, and refuses a second process on the same DATA_DIR', async () => {
    // The inbox test posts more than an API page of submissions.
    server = await startServer({ DATA_DIR: dataDir, DEMO: '1', RATE_LIMIT_MAX: '1000' });
    const api = client(server.url);
    expect((await api.get('/healthz')).status).toBe(200);
    const orgs = await api.get('/v1/organizations?limit=100');
    expect(orgs.body.data.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining(['norrhamn', 'fjordvik', 'kustlanda', 'nordic-mobility-cluster']),
    );
    expect((await api.get('/v1/openapi.json')).status).toBe(200);
    expect((await api.get('/docs')).status).toBe(200);

    const second = await runToExit({ DATA_DIR: dataDir });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`is in use by another process (pid ${server.proc.pid})`);
    // The first one is unharmed.
    expect((await api.get('/healthz')).status).toBe(200);
  });

  it('lets the CLI create a key while the server runs, printed last, through a 0600 secret', async () => {
    expect(statSync(join(dataDir, 'control.json')).mode & 0o777).toBe(0o600);
    // A wrong command line exits 2 here too, though the server carries the command.
    const wrong = await cli(['keys', 'list'], { DATA_DIR: dataDir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--org');
    const res = await cli(['keys', 'create', '--org', 'norrhamn'], { DATA_DIR: dataDir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split('\n');
    const key = lines[lines.length - 1]!;
    expect(key).toMatch(/^ep_[\w-]{40,}$/);
    const api = client(server!.url);
    expect((await api.get('/v1/submissions', bearer(key))).status).toBe(200);

    // A command carried by the server empties its read cache: the new organisation shows at once.
    const before = await api.get('/v1/organizations?limit=100');
    expect(before.body.data.map((o: { id: string }) => o.id)).not.toContain('vasterby');
    const created = await cli(orgsCreateArgs('vasterby', 'city', 'Västerby kommun'), {
      DATA_DIR: dataDir,
    });
    expect(created.stderr).toBe('');
    const after = await api.get('/v1/organizations?limit=100');
    expect(after.body.data.map((o: { id: string }) => o.id)).toContain('vasterby');

    const id = /Created API key (key_[\w-]+)/.exec(res.stdout)![1]!;
    const revoked = await cli(['keys', 'revoke', id], { DATA_DIR: dataDir });
    expect(revoked.code).toBe(0);
    expect((await api.get('/v1/submissions', bearer(key))).status).toBe(401);
  });

  it('lists, shows and moves inbox submissions with the CLI while the server runs', async () => {
    await checkInboxCli({ DATA_DIR: dataDir }, server!.url);
    await checkInboxPaging({ DATA_DIR: dataDir }, server!.url);
  });

  it('keeps a submission answered 201 after SIGKILL and a restart on the same DATA_DIR', async () => {
    const api = client(server!.url);
    const posted = await api.post('/v1/submissions', submissionInput('norrhamn'), idem());
    expect(posted.status).toBe(201);
    server!.proc.kill('SIGKILL');
    await server!.exited;

    server = await startServer({ DATA_DIR: dataDir });
    const key = (await cli(['keys', 'create', '--org', 'norrhamn'], { DATA_DIR: dataDir })).stdout
      .trim()
      .split('\n')
      .pop()!;
    const again = client(server.url);
    const stored = await again.get(`/v1/submissions/${posted.body.id}`, bearer(key));
    expect(stored.status).toBe(200);
    expect(stored.body.reference).toBe(posted.body.reference);
  });

  it('stops cleanly on SIGTERM, releasing the lock, and the data is there on the next start', async () => {
    server!.proc.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
    expect(server!.output()).toContain('"msg":"stopped"');
    // With no server, the CLI opens the store itself.
    const res = await cli(['orgs', 'list'], { DATA_DIR: dataDir });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('norrhamn');
    const inbox = await cli(['inbox', 'list', '--org', 'norrhamn', '--status', 'in-review'], {
      DATA_DIR: dataDir,
    });
    expect(inbox.stderr).toBe('');
    expect(inbox.stdout).toMatch(/^REFERENCE {2,}RECEIVED .*\nNOR-\d{4}-\d{4} .* in-review /);
    const reference = /\n(NOR-\d{4}-\d{4}) /.exec(inbox.stdout)![1]!;
    const moved = await cli(['inbox', 'move', reference, 'accepted', '--org', 'norrhamn'], {
      DATA_DIR: dataDir,
    });
    expect(moved.stdout).toMatch(/^Moved NOR-\d{4}-\d{4} from in-review to accepted \(final\)\n$/);
    server = await startServer({ DATA_DIR: dataDir });
    expect((await client(server.url).get('/v1/organizations/fjordvik')).status).toBe(200);
  });

  it('answers a request in flight when SIGTERM arrives in full, then exits 0', async () => {
    const running = server!;
    const { hostname, port } = new URL(running.url);
    const body = Buffer.from(JSON.stringify(submissionInput('norrhamn')));
    const half = Math.floor(body.length / 2);

    // A raw connection, so the body can be held back: with `Expect: 100-continue`
    // the server says when it has read the headers and begun the request.
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const ended = new Promise<void>((resolve, reject) => {
      socket.on('end', resolve);
      socket.on('error', reject);
    });
    const continued = new Promise<void>((resolve) =>
      socket.on('data', () => received.includes('HTTP/1.1 100 Continue\r\n\r\n') && resolve()),
    );
    socket.write(
      [
        'POST /v1/submissions HTTP/1.1',
        `Host: ${hostname}:${port}`,
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        `Idempotency-Key: ${randomUUID()}`,
        'Expect: 100-continue',
        'Connection: close',
        '',
        '',
      ].join('\r\n'),
    );
    await continued;
    socket.write(body.subarray(0, half));

    // The shutdown logs, stops listening and drops idle connections in one
    // synchronous step, so once the line is out nothing new is served.
    const shuttingDown = new Promise<void>((resolve) => {
      const check = () => running.output().includes('"msg":"shutting down"') && resolve();
      running.proc.stdout!.on('data', check);
      check();
    });
    running.proc.kill('SIGTERM');
    await shuttingDown;
    expect(await newConnectionIsAnswered(hostname, Number(port))).toBe(false);
    expect(running.proc.exitCode).toBeNull();

    socket.write(body.subarray(half));
    await ended;
    const answer = received.slice(received.indexOf('\r\n\r\n') + 4);
    const [head = '', payload = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 201 /);
    const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
    expect(Number(length)).toBe(Buffer.byteLength(payload));
    expect(JSON.parse(payload)).toMatchObject({ reference: expect.stringMatching(/^NOR-/) });

    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('"msg":"stopped"');
    expect(running.output()).not.toContain('requests still open');
  });
});

/** Whether a new connection gets any HTTP answer (a stopped listener refuses or resets it). */
function newConnectionIsAnswered(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () =>
      socket.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`),
    );
    socket.on('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });
}
