/**
 * `people export` and `people erase` from the CLI while the server runs on a
 * PGlite data folder (the server carries the commands), end to end: submit
 * over HTTP, the export shows it, erase, and then nothing of the person is
 * left in the CLI's output, the API, the feeds or any table, but the reference is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, startServer, type Running } from '../helpers/process.js';
import { client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { letters } from '../helpers/server.js';
import { allTableText } from '../helpers/db-text.js';
import { openStore } from '../../src/store/open.js';

let dataDir: string;
let server: Running | undefined;

beforeAll(() => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-people-'));
});
afterAll(async () => {
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGKILL');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('people export and erase from the CLI, while the server runs', () => {
  it('exports what a person sent, erases it, and leaves only the anonymised reference', async () => {
    server = await startServer({ DATA_DIR: dataDir, DEMO: '1' });
    const api = client(server.url);
    const tag = letters(8);
    const email = `pia.${tag}@lantern.example`;
    const name = `Pia Lantern${tag}`;
    const sent = await api.post(
      '/v1/submissions',
      submissionInput('norrhamn', {
        title: `Lantern ${tag} buoys`,
        contact: { name, email },
        consent: { privacy: true, newsletter: true },
      }),
      idem(),
    );
    expect(sent.status).toBe(201);
    const reference = sent.body.reference as string;
    const run = (...args: string[]) => cli(args, { DATA_DIR: dataDir });

    expect((await run('people', 'erase')).code).toBe(2);

    const exported = await run('people', 'export', '--email', email);
    expect(exported.code).toBe(0);
    const held = JSON.parse(exported.stdout) as {
      submissions: { reference: string; contact: { name: string } }[];
      consents: { newsletter: boolean }[];
    };
    expect(held.submissions.map((s) => s.reference)).toEqual([reference]);
    expect(held.submissions[0]!.contact.name).toBe(name);
    expect(held.consents[0]!.newsletter).toBe(true);
    expect((await run('inbox', 'show', reference, '--org', 'norrhamn')).stdout).toContain(name);

    const erased = await run('people', 'erase', '--email', email, '--org', 'norrhamn');
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain(reference);

    const after = await run('people', 'export', '--email', email);
    expect(JSON.parse(after.stdout).submissions).toEqual([]);
    const shown = await run('inbox', 'show', reference, '--org', 'norrhamn', '--json');
    expect(shown.stdout).toContain(reference);
    const feeds = await Promise.all(
      ['rss', 'atom', 'json'].map((f) => api.get(`/v1/stories/feed.${f}?org=norrhamn`)),
    );
    for (const text of [shown.stdout, ...feeds.map((f) => f.text)]) {
      expect(text).not.toContain(email);
      expect(text).not.toContain(name);
    }

    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const store = await openStore({ dataDir });
    try {
      const tables = await allTableText(store);
      expect(tables).not.toContain(email);
      expect(tables).not.toContain(name);
      expect(tables).not.toContain(tag);
      expect(tables).toContain(reference);
    } finally {
      await store.close();
    }
  });
});
