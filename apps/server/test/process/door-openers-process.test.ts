/**
 * Door openers checked from outside: the built server as a process, set up
 * with its CLI, and posts over real HTTP with the Origin headers a browser
 * sends, via a cluster from the cluster's own site, from a city's site and
 * from an unrelated site. What is credited is read back through the
 * cluster's and the city's views, and the refusal is in the server's log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, orgsCreateArgs, startServer, type Running } from '../helpers/process.js';
import { bearer, client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';

const CITY_SITE = 'https://www.harbourtown.example';
const CLUSTER_SITE = 'https://www.seacluster.example';
const UNRELATED_SITE = 'https://www.unrelated.example';

let dataDir: string;
let server: Running;
const keys: Record<string, string> = {};

async function run(args: string[]) {
  const res = await cli(args, { DATA_DIR: dataDir });
  if (res.code !== 0) throw new Error(`cli ${args.join(' ')} → ${res.code}: ${res.stderr}`);
  return res.stdout.trim().split('\n').at(-1)!;
}

beforeAll(async () => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-doors-'));
  server = await startServer({ DATA_DIR: dataDir });
  // Through the running server's control port, as an operator would.
  await run([...orgsCreateArgs('harbourtown', 'city', 'Harbourtown'), '--origins', CITY_SITE]);
  await run([
    ...orgsCreateArgs('sea-cluster', 'cluster', 'Sea Cluster'),
    '--origins',
    CLUSTER_SITE,
  ]);
  keys.city = await run(['keys', 'create', '--org', 'harbourtown']);
  keys.cluster = await run(['keys', 'create', '--org', 'sea-cluster']);
});

afterAll(async () => {
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('posting via a cluster, from outside', () => {
  it('credits the cluster only from its own site, refuses the rest readably, and logs the refused origin', async () => {
    const api = client(server.url);
    const send = async (origin: string, title: string) => {
      // What the browser asks first: allowed for any origin, the POST decides.
      const preflight = await api.call('OPTIONS', '/v1/submissions', undefined, {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key, entrypoint-page',
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      const res = await api.post(
        '/v1/submissions',
        submissionInput('harbourtown', { via: 'sea-cluster', title }),
        { ...idem(), origin, 'entrypoint-page': `${origin}/ideas` },
      );
      // Every answer is readable by the page that sent it.
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      return res;
    };

    const fromCluster = await send(CLUSTER_SITE, 'From the cluster site');
    const fromCity = await send(CITY_SITE, 'From the city site');
    const fromElsewhere = await send(UNRELATED_SITE, 'From an unrelated site');
    expect(fromCluster.status).toBe(201);
    expect(fromCity.status).toBe(403);
    expect(fromCity.body).toMatchObject({ code: 'via-unproven', via: 'sea-cluster' });
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.body).toMatchObject({
      code: 'origin-not-allowed',
      origin: UNRELATED_SITE,
      orgId: 'harbourtown',
    });
    // The city's own site may still send without naming anyone.
    const plain = await api.post('/v1/submissions', submissionInput('harbourtown'), {
      ...idem(),
      origin: CITY_SITE,
    });
    expect(plain.status).toBe(201);

    // What is credited: the cluster sees one door, the city one door opener.
    const doors = await api.get('/v1/opened-doors', bearer(keys.cluster!));
    expect(doors.status).toBe(200);
    expect(
      doors.body.data.map((d: { title: string; orgId: string }) => [d.orgId, d.title]),
    ).toEqual([['harbourtown', 'From the cluster site']]);
    const summary = await api.get('/v1/opened-doors/summary', bearer(keys.cluster!));
    expect(summary.body.byReceiver).toEqual([{ orgId: 'harbourtown', count: 1 }]);
    const openers = await api.get('/v1/door-openers', bearer(keys.city!));
    expect(openers.body).toEqual([expect.objectContaining({ via: 'sea-cluster', count: 1 })]);
    const inbox = await api.get('/v1/submissions', bearer(keys.city!));
    expect(
      inbox.body.data.map((s: { title: string; via?: string }) => [s.title, s.via ?? null]),
    ).toEqual([
      ['Shared electric boats', null],
      ['From the cluster site', 'sea-cluster'],
    ]);

    const refusals = server
      .output()
      .split('\n')
      .filter((l) => l.includes('"msg":"submission refused"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(refusals).toEqual([
      expect.objectContaining({
        level: 'warn',
        code: 'via-unproven',
        origin: CITY_SITE,
        orgId: 'harbourtown',
        via: 'sea-cluster',
      }),
      expect.objectContaining({
        level: 'warn',
        code: 'origin-not-allowed',
        origin: UNRELATED_SITE,
        orgId: 'harbourtown',
      }),
    ]);
  });
});
