/**
 * The CLI's inbox commands against a running server's store: submissions are
 * posted over the real HTTP API, then listed, shown and moved by the real CLI
 * process. Shared by the PGlite run (the server carries the commands) and the
 * PostgreSQL run (the CLI connects itself).
 */
import { expect } from 'vitest';
import { cli, orgsCreateArgs } from '../helpers/process.js';
import { bearer, client } from '../helpers/http.js';
import { idem, submissionInput } from '../helpers/factories.js';
import { letters } from '../helpers/server.js';
import type { Submission, SubmissionInput } from '@entrypoint/sdk';

const ESC = '\u001b';
const CSI = '\u009b'; // the C1 form of ESC [, which JSON.stringify leaves raw

/** A command's output as table rows (columns are two or more spaces apart). */
const rowsOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/));

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Submission);

export async function checkInboxCli(env: Record<string, string>, baseUrl: string) {
  const api = client(baseUrl);
  const run = (...args: string[]) => cli(args, env);
  const post = async (input: SubmissionInput, headers: Record<string, string> = {}) => {
    const res = await api.post('/v1/submissions', input, { ...idem(), ...headers });
    expect(res.status).toBe(201);
    return res.body as { id: string; reference: string };
  };
  const challenge = (await api.get('/v1/challenges?org=norrhamn&status=open&limit=1')).body.data[0]
    .id as string;
  const tag = letters(6);

  const a = await post(
    submissionInput('norrhamn', {
      kind: 'proposal',
      title: `Harbour boats ${tag}`,
      description: 'Line one of the idea.\nLine two, with more detail.',
      challengeId: challenge,
      via: 'nordic-mobility-cluster',
      company: { name: 'Vågkraft AB', country: 'SE', size: 'small', orgNumber: '556000-1234' },
      contact: { name: 'Kim Berg', email: 'kim@vagkraft.example', phone: '+46 70 123 45 67' },
      consent: { privacy: true, newsletter: true },
      maturity: 6,
    }),
    // Sent from the demo pages, which the demo cluster lists: the via is proven.
    { origin: 'http://127.0.0.1:8787' },
  );
  // A title with escape sequences (clear screen, red) that must not reach a terminal raw.
  const title = `Sensors ${tag} ${ESC}[2J${CSI}31m`;
  const b = await post(submissionInput('norrhamn', { title }));
  const other = await post(submissionInput('fjordvik', { title: `Elsewhere ${tag}` }));

  // list, readable: newest first, every column, nothing of another organisation.
  const json = await run('inbox', 'list', '--org', 'norrhamn', '--json');
  expect(json.stderr).toBe('');
  expect(json.code).toBe(0);
  const records = jsonLines(json.stdout);
  expect(records.every((s) => s.orgId === 'norrhamn')).toBe(true);
  expect(records.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  expect(records.map((s) => s.id)).not.toContain(other.id);
  const times = records.map((s) => s.createdAt);
  expect(times).toEqual([...times].sort().reverse());
  expect(json.stdout).not.toContain(CSI);
  expect(records.find((s) => s.id === b.id)!.title).toBe(title);

  const table = await run('inbox', 'list', '--org', 'norrhamn');
  expect(table.stderr).toBe('');
  expect(table.code).toBe(0);
  expect(table.stdout).not.toContain(ESC);
  expect(table.stdout).not.toContain(CSI);
  expect(table.stdout).not.toContain(other.reference);
  const rows = rowsOf(table.stdout);
  expect(rows[0]).toEqual([
    'REFERENCE',
    'RECEIVED',
    'STATUS',
    'KIND',
    'COMPANY',
    'TITLE',
    'CHALLENGE',
    'VIA',
  ]);
  expect(rows.slice(1, -1).map((r) => r[0])).toEqual(records.map((s) => s.reference));
  expect(rows.at(-1)).toEqual([`${records.length} submissions`]);
  const rowA = rows.find((r) => r[0] === a.reference)!;
  const createdA = records.find((s) => s.id === a.id)!.createdAt;
  expect(rowA).toEqual([
    a.reference,
    createdA.slice(0, 10),
    'received',
    'proposal',
    'Vågkraft AB',
    `Harbour boats ${tag}`,
    challenge,
    'nordic-mobility-cluster',
  ]);
  expect(rows.find((r) => r[0] === b.reference)!.slice(5)).toEqual([
    `Sensors ${tag} \ufffd[2J\ufffd31m`,
    '—',
    '—',
  ]);

  // show, by reference (in any case) and by id: the whole record, contact and consent included.
  const shown = await run('inbox', 'show', a.reference.toLowerCase(), '--org', 'norrhamn');
  expect(shown.stderr).toBe('');
  expect(shown.code).toBe(0);
  const fields = shown.stdout.split('\n').map((line) => line.trim().split(/ {2,}/));
  for (const field of [
    ['reference', a.reference],
    ['id', a.id],
    ['status', 'received (next: in-review, in-dialogue, forwarded, declined)'],
    ['organisation', 'norrhamn'],
    ['challenge', challenge],
    ['via', 'nordic-mobility-cluster'],
    ['kind', 'proposal'],
    ['maturity', 'TRL 6'],
    ['company', 'Vågkraft AB'],
    ['org. number', '556000-1234'],
    ['contact', 'Kim Berg'],
    ['email', 'kim@vagkraft.example'],
    ['phone', '+46 70 123 45 67'],
    ['consent', 'privacy notice shown and accepted'],
    ['newsletter', 'yes'],
  ]) {
    expect(fields).toContainEqual(field);
  }
  expect(shown.stdout).toContain(
    '\ndescription\n  Line one of the idea.\n  Line two, with more detail.\n',
  );
  const byId = await run('inbox', 'show', a.id, '--org', 'norrhamn');
  expect(byId.stdout).toBe(shown.stdout);
  const raw = await run('inbox', 'show', b.reference, '--org', 'norrhamn', '--json');
  expect(raw.code).toBe(0);
  const key = (await run('keys', 'create', '--org', 'norrhamn')).stdout.trim().split('\n').pop()!;
  const viaApi = await api.get(`/v1/submissions/${b.id}`, bearer(key));
  expect(JSON.parse(raw.stdout)).toEqual(viaApi.body);
  const showB = await run('inbox', 'show', b.id, '--org', 'norrhamn');
  expect(showB.stdout).not.toContain(ESC);
  expect(showB.stdout).not.toContain(CSI);
  expect(rowsOf(showB.stdout)).toContainEqual(['title', `Sensors ${tag} \ufffd[2J\ufffd31m`]);

  // move: an allowed move, the same status again (no-op), a refused move.
  const moved = await run('inbox', 'move', a.reference, 'in-review', '--org', 'norrhamn');
  expect(moved.stderr).toBe('');
  expect(moved.code).toBe(0);
  expect(moved.stdout).toBe(
    `Moved ${a.reference} from received to in-review (next: in-dialogue, forwarded, accepted, declined)\n`,
  );
  expect((await api.get(`/v1/submissions/${a.id}`, bearer(key))).body.status).toBe('in-review');
  const again = await run('inbox', 'move', a.id, 'in-review', '--org', 'norrhamn');
  expect(again.code).toBe(0);
  expect(again.stdout).toBe(`${a.reference} is already in-review; nothing changed\n`);
  const refused = await run('inbox', 'move', b.reference, 'accepted', '--org', 'norrhamn');
  expect(refused.code).toBe(1);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toBe(
    'Error: A submission cannot move from "received" to "accepted"; it can move to ' +
      '"in-review", "in-dialogue", "forwarded", "declined"\n',
  );
  expect((await api.get(`/v1/submissions/${b.id}`, bearer(key))).body.status).toBe('received');
  const unknown = await run('inbox', 'move', b.reference, 'new', '--org', 'norrhamn');
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown status "new"; use received, in-review,');

  // list, filtered by status.
  const inReview = jsonLines(
    (await run('inbox', 'list', '--org', 'norrhamn', '--status', 'in-review', '--json')).stdout,
  );
  expect(inReview.map((s) => s.id)).toContain(a.id);
  expect(inReview.map((s) => s.id)).not.toContain(b.id);
  expect(inReview.every((s) => s.status === 'in-review')).toBe(true);
  const both = await run('inbox', 'list', '--org', 'norrhamn', '--status', 'received,in-review');
  expect(both.stdout).toContain(a.reference);
  expect(both.stdout).toContain(b.reference);
  expect(both.stdout.trimEnd().split('\n').at(-1)).toMatch(
    /^\d+ submissions with status received, in-review$/,
  );

  // Another organisation's submission is "not found", by reference and by id, and stays as it was.
  const foreign = await run('inbox', 'show', other.reference, '--org', 'norrhamn');
  expect(foreign.code).toBe(1);
  expect(foreign.stderr).toBe(`Error: Submission "${other.reference}" does not exist\n`);
  const foreignMove = await run('inbox', 'move', other.id, 'declined', '--org', 'norrhamn');
  expect(foreignMove.code).toBe(1);
  expect(foreignMove.stderr).toBe(`Error: Submission "${other.id}" does not exist\n`);
  const own = await run('inbox', 'show', other.reference, '--org', 'fjordvik', '--json');
  expect(JSON.parse(own.stdout)).toMatchObject({ id: other.id, status: 'received' });

  // Usage errors exit 2, before anything runs.
  expect((await run('inbox', 'list')).code).toBe(2);
  expect((await run('inbox', 'show', '--org', 'norrhamn')).code).toBe(2);
  const missingOrg = await run('inbox', 'list', '--org', 'no-such-org');
  expect(missingOrg.code).toBe(1);
  expect(missingOrg.stderr).toBe('Error: Organization "no-such-org" does not exist\n');
}

/** More than one API page (100): the list follows the cursor to the end. */
export async function checkInboxPaging(env: Record<string, string>, baseUrl: string) {
  const api = client(baseUrl);
  const orgId = 'paging-inbox';
  const created = await cli(orgsCreateArgs(orgId, 'agency', 'Paging'), env);
  expect(created.code).toBe(0);
  const ids: string[] = [];
  for (let batch = 0; batch < 7; batch++) {
    const posted = await Promise.all(
      Array.from({ length: batch === 6 ? 11 : 15 }, () =>
        api.post('/v1/submissions', submissionInput(orgId), idem()),
      ),
    );
    for (const res of posted) {
      expect(res.status).toBe(201);
      ids.push(res.body.id as string);
    }
  }
  expect(ids).toHaveLength(101);
  const listed = await cli(['inbox', 'list', '--org', orgId, '--json'], env);
  expect(listed.code).toBe(0);
  expect(new Set(jsonLines(listed.stdout).map((s) => s.id))).toEqual(new Set(ids));
  const table = await cli(['inbox', 'list', '--org', orgId], env);
  expect(table.stdout.trimEnd().split('\n')).toHaveLength(1 + 101 + 1);
  expect(table.stdout).toMatch(/\n101 submissions\n$/);
}
