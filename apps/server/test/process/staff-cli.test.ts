/**
 * `staff add | list | remove` as real processes on a PGlite data folder: carried
 * by the running server (whose outbox worker sends the invitation to a real
 * SMTP server in this test), wrong command lines exiting 2, and an invitation
 * written by the CLI on its own kept until the server runs again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, startServer, type Running } from '../helpers/process.js';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';

let dataDir: string;
let server: Running | undefined;
let smtp: TestSmtp;
let env: Record<string, string>;

async function stop(): Promise<number | null | undefined> {
  let code: number | null | undefined;
  if (server && server.proc.exitCode === null) {
    server.proc.kill('SIGTERM');
    code = await server.exited;
  }
  server = undefined;
  return code;
}

beforeAll(async () => {
  assertBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'ep-staff-'));
  smtp = await startTestSmtp();
  env = { DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: 'Entrypoint <no-reply@ep.test>' };
});
afterAll(async () => {
  await stop();
  await smtp.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('staff commands', () => {
  it('adds, lists and removes staff while the server runs, and the invitation is mailed', async () => {
    server = await startServer({ ...env, DEMO: '1' });
    const added = await cli(
      [
        'staff',
        'add',
        '--org',
        'norrhamn',
        '--email',
        'Ny.Person@Norrhamn.example',
        '--role',
        'handler',
        '--name',
        'Ny Person',
      ],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added ny.person@norrhamn.example to norrhamn as handler');

    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toMatchObject({ text: 'ny.person@norrhamn.example' });
    expect(mail!.subject).toContain('Norrhamn');
    // In Norrhamn's language (Swedish), naming the organisation.
    expect(mail!.text).toContain('Norrhamn');

    const list = await cli(['staff', 'list', '--org', 'norrhamn'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('ny.person@norrhamn.example\thandler\tNy Person');

    const removed = await cli(
      ['staff', 'remove', '--org', 'norrhamn', '--email', 'ny.person@norrhamn.example'],
      env,
    );
    expect(removed.code).toBe(0);
    const after = await cli(['staff', 'list', '--org', 'norrhamn'], env);
    expect(after.stdout).not.toContain('ny.person@norrhamn.example');
    // Removing someone who is not there is an error, not a usage error.
    const again = await cli(
      ['staff', 'remove', '--org', 'norrhamn', '--email', 'ny.person@norrhamn.example'],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('does not exist');
  });

  it('exits 2 on a wrong command line, also when the server carries the command', async () => {
    for (const args of [
      ['staff', 'add', '--org', 'norrhamn', '--email', 'a@norrhamn.example', '--role', 'owner'],
      ['staff', 'add', '--org', 'norrhamn', '--role', 'admin'],
      ['staff', 'add', '--org', 'norrhamn', '--email', 'not-an-address', '--role', 'admin'],
      ['staff', 'list'],
      ['staff', 'promote', '--org', 'norrhamn'],
    ]) {
      const res = await cli(args, env);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
    }
    const unknownOrg = await cli(
      ['staff', 'add', '--org', 'nowhere', '--email', 'a@b.example', '--role', 'admin'],
      env,
    );
    expect(unknownOrg.code).toBe(1);
  });

  it('keeps an invitation written by the CLI alone until the server sends it', async () => {
    // SIGTERM stops the mail worker with the server, cleanly.
    expect(await stop()).toBe(0);
    const before = smtp.received.length;
    const added = await cli(
      [
        'staff',
        'add',
        '--org',
        'fjordvik',
        '--email',
        'later@fjordvik.example',
        '--role',
        'viewer',
      ],
      env,
    );
    expect(added.code).toBe(0);
    expect(smtp.received).toHaveLength(before);
    server = await startServer(env);
    const mails = await smtp.waitFor(before + 1);
    expect(
      mails.filter((m) => m.to && 'text' in m.to && m.to.text === 'later@fjordvik.example'),
    ).toHaveLength(1);
    expect(mails).toHaveLength(before + 1);
  });
});
