/**
 * `npm run cli -- <command>`: operator commands on the same store as the
 * server. With DATABASE_URL it connects itself (PostgreSQL has many clients).
 * With PGlite, when a server runs on DATA_DIR, the command goes to it over
 * loopback (ops/control.ts); otherwise the CLI locks the folder and opens it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import { openStore } from './store/open.js';
import { systemClock } from './services/clock.js';
import { InvalidError } from './services/errors.js';
import { checkUsage, runCommand, USAGE, UsageError, type CommandRequest } from './ops/commands.js';
import { findControl, sendControl } from './ops/control.js';
import { DataDirLockedError, lockDataDir } from './ops/data-dir-lock.js';
import { prepareDataDir, tightenDataDir } from './ops/data-dir.js';
import { configureNotify } from './services/notify.js';

function parse(argv: string[]): CommandRequest {
  const req = parseLine(argv);
  checkUsage(req);
  return req;
}

/** parseArgs' own errors (an unknown option, a missing value) are usage errors too. */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          [
            'org',
            'label',
            'file',
            'id',
            'kind',
            'name',
            'country',
            'lang',
            'contact-name',
            'contact-email',
            'website',
            'origins',
            'base-url',
            'key',
            'status',
            'email',
            'days',
            'role',
            'issuer',
            'client-id',
            'client-secret',
            'answer-days',
          ].map((name) => [name, { type: 'string' as const }]),
        ),
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function parseLine(argv: string[]): CommandRequest {
  const { values, positionals } = parseOptions(argv);
  // Options travel as strings (also to a running server): a flag is 'true'.
  const options = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'boolean' ? (v ? 'true' : undefined) : v,
    ]),
  ) as Record<string, string | undefined>;
  const [cmd, ...rest] = positionals;
  const req: CommandRequest = { command: [], options };
  if (!cmd || cmd === 'help') throw new UsageError(USAGE);
  if (cmd === 'import') {
    const file = rest[0] ?? options.file;
    if (!file) throw new UsageError(`import needs a FILE\n\n${USAGE}`);
    req.command = ['import'];
    req.payload = JSON.parse(readFileSync(file, 'utf8'));
    return req;
  }
  if (cmd === 'migrate' || cmd === 'seed') {
    req.command = [cmd];
    return req;
  }
  const [sub, ...args] = rest;
  req.command = [cmd, sub ?? ''];
  args.forEach((a, i) => (options[`_${i}`] = a));
  if (cmd === 'orgs' && sub === 'create' && options.file) {
    req.payload = JSON.parse(readFileSync(options.file, 'utf8'));
  }
  return req;
}

async function run(req: CommandRequest): Promise<string[]> {
  const config = readConfig();
  if (!config.databaseUrl) {
    const control = findControl(config.dataDir);
    if (control) return sendControl(control, req);
  }
  if (!config.databaseUrl) prepareDataDir(config.dataDir);
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (req.command[0] !== 'migrate') await store.migrate();
    if (!config.databaseUrl) tightenDataDir(config.dataDir);
    configureNotify({ publicUrl: config.publicUrl, timeZone: config.mailTimeZone });
    const lines = await runCommand({ store, clock: systemClock, publicUrl: config.publicUrl }, req);
    // Running servers on the same PostgreSQL empty their read caches.
    await store.announceChange();
    return lines;
  } finally {
    await store.close();
    lock?.release();
  }
}

try {
  const lines = await run(parse(process.argv.slice(2)));
  for (const line of lines) process.stdout.write(`${line}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const details =
    error instanceof InvalidError
      ? `\n${error.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`
      : '';
  const message = error instanceof DataDirLockedError ? error.message : (error as Error).message;
  process.stderr.write(`Error: ${message}${details}\n`);
  process.exit(1);
}
