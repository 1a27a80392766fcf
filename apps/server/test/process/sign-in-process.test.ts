/**
 * A newcomer's sign-in with nothing but the server: without SMTP_URL the
 * sign-in code is in the server's log and in DATA_DIR/outbox/ as an .eml file;
 * `npm start` (DEMO=1) brings a staff member for each demo organisation.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, startServer, type Running } from '../helpers/process.js';
import { demoStaff } from '../../src/demo/staff.js';

let dataDir: string;
let server: Running | undefined;

beforeAll(() => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-signin-'));
});
afterAll(async () => {
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(
  get: () => T | undefined | Promise<T | undefined>,
  what: string,
): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await get();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** The sign-in code the server logged for `email`, once it has. */
const loggedCode = (email: string) =>
  until(() => {
    const line = server!
      .output()
      .split('\n')
      .find((l) => l.includes('sign-in code') && l.includes(email));
    return line ? (JSON.parse(line) as { code: string }).code : undefined;
  }, 'the code in the log');

describe('sign-in without a mail server', () => {
  it('shows the code in the log and the outbox folder, and the code signs in', async () => {
    server = await startServer({ DATA_DIR: dataDir, DEMO: '1' });
    const email = 'newcomer@norrhamn.example';
    const added = await cli(
      ['staff', 'add', '--org', 'norrhamn', '--email', email, '--role', 'viewer'],
      {
        DATA_DIR: dataDir,
      },
    );
    expect(added.code).toBe(0);

    const asked = await fetch(`${server.url}/v1/session/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    expect(asked.status).toBe(202);

    const logged = await loggedCode(email);
    expect(logged).toMatch(/^\d{6}$/);

    const outbox = join(dataDir, 'outbox');
    // The mail is in the organisation's language: find it by its code.
    const mail = await until(async () => {
      let files: string[];
      try {
        files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      } catch {
        return undefined;
      }
      for (const f of files) {
        const raw = readFileSync(join(outbox, f));
        if (!raw.includes(logged)) continue;
        const parsed = await simpleParser(raw);
        if (parsed.text?.includes(logged) && parsed.subject?.includes(logged)) return parsed;
      }
      return undefined;
    }, 'the .eml file');
    expect(mail.to).toMatchObject({ text: email });
    expect(typeof mail.html).toBe('string');

    const signedIn = await fetch(`${server.url}/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, code: logged }),
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const me = await fetch(`${server.url}/v1/session`, { headers: { cookie } });
    expect(((await me.json()) as { memberships: unknown[] }).memberships).toEqual([
      { orgId: 'norrhamn', role: 'viewer', arrivalMail: 'immediate' },
    ]);
  });

  it('has a staff member for each demo organisation, who signs in with the logged code', async () => {
    for (const s of demoStaff) {
      const list = await cli(['staff', 'list', '--org', s.orgId], { DATA_DIR: dataDir });
      expect(list.stdout).toContain(`${s.email}\t${s.role}\t${s.name}`);
    }
    const email = 'anna@norrhamn.example';
    await fetch(`${server!.url}/v1/session/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    const code = await loggedCode(email);
    const signedIn = await fetch(`${server!.url}/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, code }),
    });
    expect(signedIn.status).toBe(200);
    const body = (await signedIn.json()) as { memberships: unknown[] };
    expect(body.memberships).toEqual([
      { orgId: 'norrhamn', role: 'admin', arrivalMail: 'immediate' },
    ]);
  });
});
