/**
 * The writes every owner resource has, with the organisation's API key or a
 * staff session of its admins and editors (http/staff-access.ts):
 * `POST {collection}` (201 with Location), `PATCH {collection}/:id` and
 * `DELETE {collection}/:id` (204). The rules are the service's; a PATCH
 * honours `If-Match` with the record's ETag (services/versions.ts).
 */
import type { Hono } from 'hono';
import type { z } from 'zod/mini';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { type Deps, type Env, sendCreated, sendDeleted, sendJson, writer } from '../context.js';
import type { WriteContext } from '../../services/audit.js';
import type { Clock } from '../../services/clock.js';
import { readBody } from '../input.js';
import { inboxOrg } from '../staff-access.js';
import { recordEtag, type WriteCondition } from '../../services/versions.js';

type Db = Kysely<Database>;

export function ownerWrites<I extends z.core.$ZodType, P extends z.core.$ZodType>(
  app: Hono<Env>,
  deps: Deps,
  collection: string,
  schemas: { input: I; patch: P },
  service: {
    create: (
      db: Db,
      clock: Clock,
      orgId: string,
      input: z.output<I>,
      by: WriteContext,
    ) => Promise<{ id: string }>;
    update: (
      db: Db,
      clock: Clock,
      orgId: string,
      id: string,
      patch: z.output<P>,
      by: WriteContext,
      condition: WriteCondition,
    ) => Promise<object>;
    remove: (db: Db, clock: Clock, orgId: string, id: string, by: WriteContext) => Promise<void>;
  },
): void {
  const db = () => deps.store.db;
  const { clock } = deps;

  app.post(collection, async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const input = await readBody(c, schemas.input);
    return sendCreated(c, await service.create(db(), clock, orgId, input, writer(c)), collection);
  });

  app.patch(`${collection}/:id`, async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    const patch = await readBody(c, schemas.patch);
    const condition = { ifMatch: c.req.header('if-match') };
    const updated = await service.update(
      db(),
      clock,
      orgId,
      c.req.param('id'),
      patch,
      writer(c),
      condition,
    );
    return sendJson(c, updated, { visibility: 'private', etag: recordEtag(updated) });
  });

  app.delete(`${collection}/:id`, async (c) => {
    const orgId = await inboxOrg(c, deps, 'content');
    await service.remove(db(), clock, orgId, c.req.param('id'), writer(c));
    return sendDeleted(c);
  });
}
