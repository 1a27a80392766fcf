/** The public write (POST, from the owner's allowed origins) and the owner's inbox. */
import type { Context, Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  HONEYPOT_FIELD,
  SUBMISSION_STATUSES,
  SubmissionInput,
  SubmissionPatch,
} from '@entrypoint/sdk';
import * as submissions from '../../services/submissions.js';
import { listSubmissions } from '../../store/submissions.js';
import { type Deps, type Env, requireOrg, sendJson, writer } from '../context.js';
import { Query, readBody, readJson, validate } from '../input.js';
import { HttpProblem } from '../problem.js';
import { RateLimiter } from '../rate-limit.js';

export function clientAddress(c: Context<Env>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The server's own origin (its demo pages may always post). */
export function ownOrigin(c: Context): string {
  return new URL(c.req.url).origin;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function submissionRoutes(app: Hono<Env>, deps: Deps) {
  const { clock } = deps;
  const db = () => deps.store.db;
  const limiter = new RateLimiter(deps.options.rateLimit.max, deps.options.rateLimit.windowMs);

  app.post('/v1/submissions', async (c) => {
    const origin = c.req.header('origin');
    if (origin) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
    const wait = limiter.hit(clientAddress(c, deps.options.trustProxy));
    if (wait) {
      throw new HttpProblem(
        429,
        `Too many submissions from this address; try again in ${wait} s`,
        {},
        {
          'Retry-After': String(wait),
        },
      );
    }
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) {
      throw new HttpProblem(
        400,
        'Send an Idempotency-Key header (1–200 visible ASCII characters, e.g. a UUID)',
        {
          errors: [{ path: 'Idempotency-Key', message: key ? 'Malformed' : 'Required' }],
        },
      );
    }
    const raw = await readJson(c);
    const honeypot =
      raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[HONEYPOT_FIELD] : undefined;
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      c.get('log').info('honeypot', { orgId: (raw as Record<string, unknown>).orgId });
      const receipt = submissions.decoyReceipt(clock, (raw as Record<string, unknown>).orgId);
      return sendJson(c, receipt, { status: 201, visibility: 'private' });
    }
    const input = validate(SubmissionInput, raw);
    const org = await submissions.checkTargets(db(), input);
    if (
      origin &&
      org.allowedOrigins.length > 0 &&
      !org.allowedOrigins.includes(origin) &&
      origin !== ownOrigin(c)
    ) {
      throw new HttpProblem(403, `${origin} may not post submissions to "${org.id}"`);
    }
    const page = c.req.header('entrypoint-page') ?? c.req.header('referer') ?? null;
    const result = await submissions.submit(db(), clock, {
      input,
      idempotencyKey: key,
      source: { origin: origin?.slice(0, 200) ?? null, page: page?.slice(0, 2000) ?? null },
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    c.header('Location', `/v1/submissions/${result.receipt.id}`);
    return sendJson(c, result.receipt, { status: 201, visibility: 'private' });
  });

  app.get('/v1/submissions', async (c) => {
    const orgId = await requireOrg(c, deps);
    const q = new Query(c);
    const statuses = q.oneOf('status', SUBMISSION_STATUSES);
    const limit = q.limit();
    const cursor = q.string('cursor', { max: 500 });
    q.done();
    return sendJson(c, await listSubmissions(db(), { orgId, statuses, limit, cursor }), {
      visibility: 'private',
    });
  });

  app.get('/v1/submissions/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const submission = await submissions.getSubmission(db(), orgId, c.req.param('id'));
    return sendJson(c, submission, { visibility: 'private' });
  });

  app.patch('/v1/submissions/:id', async (c) => {
    const orgId = await requireOrg(c, deps);
    const { status } = await readBody(c, SubmissionPatch);
    const moved = await submissions.moveSubmission(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      status,
      writer(c),
    );
    return sendJson(c, moved, { visibility: 'private' });
  });
}
