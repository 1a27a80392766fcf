/**
 * Who may work an organisation's inbox: an API key of that organisation, or a
 * staff session limited by role. A person with several memberships names the
 * organisation in the `Entrypoint-Org` header (one membership: that one).
 * `viewer` and `editor` read; `handler` and `admin` also move statuses; only
 * `admin` reads the organisation-wide log (an API key counts as admin).
 */
import type { Context } from 'hono';
import { type Deps, type Env, optionalOrg, requireOrg } from './context.js';
import { HttpProblem } from './problem.js';
import { sessionToken } from './resources/session.js';
import { resolveSession } from '../services/sessions.js';
import type { Role } from '../services/staff.js';

export const ORG_HEADER = 'Entrypoint-Org';

export type InboxNeed = 'read' | 'move' | 'admin' | 'content';

const ALLOWED: Record<InboxNeed, readonly Role[]> = {
  read: ['admin', 'editor', 'handler', 'viewer'],
  move: ['admin', 'handler'],
  admin: ['admin'],
  /** Challenges, stories and their images. */
  content: ['admin', 'editor'],
};

const REFUSED: Record<InboxNeed, string> = {
  read: 'read the inbox',
  move: 'change submissions',
  admin: "read the organisation's log",
  content: 'change challenges, stories or images',
};

export async function inboxOrg(c: Context<Env>, deps: Deps, need: InboxNeed): Promise<string> {
  const token = sessionToken(c, deps);
  // A key wins; without key or session, requireOrg answers 401.
  if (c.req.header('authorization') || token === undefined) return requireOrg(c, deps);
  const session = await resolveSession(deps.store.db, deps.clock, token);
  if (!session) {
    throw new HttpProblem(
      401,
      'The session has ended; sign in again',
      {},
      { 'WWW-Authenticate': 'Bearer realm="entrypoint"' },
    );
  }
  const wanted = c.req.header(ORG_HEADER);
  const membership = wanted
    ? session.memberships.find((m) => m.orgId === wanted)
    : session.memberships.length === 1
      ? session.memberships[0]
      : undefined;
  if (!membership) {
    if (wanted) throw new HttpProblem(403, `You are not a member of "${wanted}"`);
    throw new HttpProblem(400, `You belong to several organisations; name one in ${ORG_HEADER}`, {
      errors: [{ path: ORG_HEADER, message: 'Required' }],
    });
  }
  if (!(ALLOWED[need] as readonly string[]).includes(membership.role)) {
    throw new HttpProblem(403, `The role "${membership.role}" may not ${REFUSED[need]}`);
  }
  c.set('orgId', membership.orgId);
  c.set('actor', { kind: 'staff', id: session.staff.id });
  return membership.orgId;
}

/** For the inbox operations' OpenAPI objects. */
export const inboxSecurity = [{ apiKey: [] }, { session: [] }];
export const orgHeaderParam = {
  name: ORG_HEADER,
  in: 'header',
  required: false,
  description:
    'With a staff session: the organisation to act for, when the person belongs to several (400 without it then; 403 for one they do not belong to). Ignored with an API key.',
  schema: { type: 'string' },
};

/**
 * Who acts for an organisation, and with which role: the organisation's API
 * key (admin rights), or a staff session's membership — of `orgId` when the
 * path names the organisation, else as in {@link inboxOrg}. A role not in
 * `allowed` answers 403 naming `what`.
 */
export async function memberAccess(
  c: Context<Env>,
  deps: Deps,
  allowed: readonly Role[],
  what: string,
  orgId?: string,
): Promise<{ orgId: string; role: Role }> {
  const token = sessionToken(c, deps);
  let membership: { orgId: string; role: string } | undefined;
  if (c.req.header('authorization') || token === undefined) {
    membership = { orgId: await requireOrg(c, deps), role: 'admin' };
    if (orgId !== undefined && membership.orgId !== orgId) {
      throw new HttpProblem(403, `The API key is not one of "${orgId}"`);
    }
  } else {
    const session = await resolveSession(deps.store.db, deps.clock, token);
    if (!session) {
      throw new HttpProblem(
        401,
        'The session has ended; sign in again',
        {},
        { 'WWW-Authenticate': 'Bearer realm="entrypoint"' },
      );
    }
    const wanted = orgId ?? c.req.header(ORG_HEADER);
    membership = wanted
      ? session.memberships.find((m) => m.orgId === wanted)
      : session.memberships.length === 1
        ? session.memberships[0]
        : undefined;
    if (!membership) {
      if (wanted) throw new HttpProblem(403, `You are not a member of "${wanted}"`);
      throw new HttpProblem(400, `You belong to several organisations; name one in ${ORG_HEADER}`, {
        errors: [{ path: ORG_HEADER, message: 'Required' }],
      });
    }
    c.set('orgId', membership.orgId);
    c.set('actor', { kind: 'staff', id: session.staff.id });
  }
  if (!(allowed as readonly string[]).includes(membership.role)) {
    throw new HttpProblem(403, `The role "${membership.role}" may not ${what}`);
  }
  return { orgId: membership.orgId, role: membership.role as Role };
}

/**
 * Whose drafts a read may include: the API key's organisation, or — for a
 * staff session that names it in `Entrypoint-Org` — one the person belongs
 * to (any role). Without the header a session reads as the public does, so a
 * signed-in person on a page embedding the elements never sees drafts there.
 */
export async function viewerOrg(c: Context<Env>, deps: Deps): Promise<string | undefined> {
  const token = sessionToken(c, deps);
  const wanted = c.req.header(ORG_HEADER);
  if (c.req.header('authorization') || token === undefined || !wanted) {
    return optionalOrg(c, deps);
  }
  const session = await resolveSession(deps.store.db, deps.clock, token);
  if (!session) {
    throw new HttpProblem(
      401,
      'The session has ended; sign in again',
      {},
      { 'WWW-Authenticate': 'Bearer realm="entrypoint"' },
    );
  }
  if (!session.memberships.some((m) => m.orgId === wanted)) {
    throw new HttpProblem(403, `You are not a member of "${wanted}"`);
  }
  return wanted;
}
