/**
 * The server and the CLI as processes on PostgreSQL (when TEST_DATABASE_URL is
 * set): the CLI connects itself, the server migrates and seeds, both share the
 * store (keys, the inbox commands). Runs in a schema of its own, named through the URL's `options`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { assertBuilt, cli, startServer, type Running } from '../helpers/process.js';
import { bearer, client } from '../helpers/http.js';
import { letters } from '../helpers/server.js';
import { checkInboxCli, checkInboxPaging } from './inbox-cli.js';

const base = process.env.TEST_DATABASE_URL;
const schema = `ep_proc_${process.pid}_${letters(6)}`;
const url = base
  ? `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  : '';
let server: Running | undefined;

beforeAll(async () => {
  if (!base) return;
  assertBuilt();
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`create schema ${schema}`);
  await c.end();
});
afterAll(async () => {
  if (!base) return;
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
});

describe.skipIf(!base)('the server process on PostgreSQL', () => {
  it('migrates, seeds and creates a key with the CLI, which the server then accepts', async () => {
    expect((await cli(['migrate'], { DATABASE_URL: url })).stdout).toContain(
      'Applied migrations 1',
    );
    expect((await cli(['migrate'], { DATABASE_URL: url })).stdout).toContain('up to date');
    server = await startServer({ DATABASE_URL: url, DEMO: '1' });
    expect(server.output()).toContain('"engine":"postgres"');
    const res = await cli(['keys', 'create', '--org', 'fjordvik'], { DATABASE_URL: url });
    expect(res.code).toBe(0);
    const key = res.stdout.trim().split('\n').pop()!;
    const api = client(server.url);
    expect((await api.get('/v1/submissions', bearer(key))).status).toBe(200);
    const norwegian = await api.get('/v1/challenges?org=fjordvik&limit=100');
    expect(norwegian.body.data.length).toBeGreaterThan(0);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('lists, shows and moves inbox submissions with the CLI, which connects itself', async () => {
    server = await startServer({ DATABASE_URL: url, RATE_LIMIT_MAX: '1000' });
    await checkInboxCli({ DATABASE_URL: url }, server.url);
    await checkInboxPaging({ DATABASE_URL: url }, server.url);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
