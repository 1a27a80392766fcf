/**
 * An organisation's staff over the API (services/staff.ts): any member reads
 * the list; an admin (or the organisation's API key) invites, changes roles
 * and removes. The organisation always keeps an admin (409). How arrivals reach
 * a member by mail is theirs to set (`PATCH /v1/session/preferences`, session.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod/mini';
import { Email } from '@entrypoint/sdk';
import { type Deps, type Env, sendCreated, sendDeleted, sendJson, writer } from '../context.js';
import { readBody } from '../input.js';
import { memberAccess, orgHeaderParam } from '../staff-access.js';
import { addStaff, changeRole, listMembers, removeStaff, ROLES } from '../../services/staff.js';
import { json, locationHeader, p, problems, type Json } from '../../openapi/shared.js';

const Invite = z.object({
  email: Email,
  name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  role: z.enum(ROLES),
});
const RoleChange = z.object({ role: z.enum(ROLES) });

const EVERY_ROLE = ROLES;
const ADMIN = ['admin'] as const;

export function staffRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const { clock } = deps;
  const db = () => deps.store.db;

  app.get('/v1/staff', async (c) => {
    const { orgId } = await memberAccess(c, deps, EVERY_ROLE, 'see the staff');
    return sendJson(
      c,
      { data: await listMembers(db(), orgId), nextCursor: null },
      { visibility: 'private' },
    );
  });

  app.post('/v1/staff', async (c) => {
    const { orgId } = await memberAccess(c, deps, ADMIN, 'invite staff');
    const input = await readBody(c, Invite);
    const added = await addStaff(db(), clock, { ...input, orgId, onlyNew: true }, writer(c));
    const created = {
      id: added.staff.id,
      email: added.staff.email,
      name: added.staff.name,
      role: added.role,
    };
    return sendCreated(c, created, '/v1/staff');
  });

  app.patch('/v1/staff/:id', async (c) => {
    const { orgId } = await memberAccess(c, deps, ADMIN, 'change roles');
    const { role } = await readBody(c, RoleChange);
    const changed = await changeRole(
      db(),
      clock,
      { orgId, staffId: c.req.param('id'), role },
      writer(c),
    );
    return sendJson(c, changed, { visibility: 'private' });
  });

  app.delete('/v1/staff/:id', async (c) => {
    const { orgId } = await memberAccess(c, deps, ADMIN, 'remove staff');
    await removeStaff(db(), { orgId, staffId: c.req.param('id') }, clock, writer(c));
    return sendDeleted(c);
  });

  return app;
}

const Member: Json = {
  type: 'object',
  required: ['id', 'email', 'name', 'role'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string', format: 'email' },
    name: { type: ['string', 'null'] },
    role: { type: 'string', enum: [...ROLES] },
  },
};
const security = [{ apiKey: [] }, { session: [] }];
const roles =
  'Roles: `admin` (everything, staff and settings included), `editor` (challenges, stories, profile; reads the inbox), `handler` (the inbox), `viewer` (reads).';
const lastAdmin = {
  description: 'The last admin of the organisation cannot be removed or given another role.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export const staffPaths = {
  '/v1/staff': {
    get: {
      tags: ['Staff'],
      summary: "The organisation's staff",
      description: `Any member, or the organisation's API key. ${roles}`,
      operationId: 'listStaff',
      security,
      parameters: [orgHeaderParam],
      responses: {
        '200': {
          description: 'Every member (one page).',
          content: json({
            type: 'object',
            required: ['data', 'nextCursor'],
            properties: { data: { type: 'array', items: Member }, nextCursor: { type: 'null' } },
          }),
        },
        ...problems(401, 403),
      },
    },
    post: {
      tags: ['Staff'],
      summary: 'Invite a person',
      description: `An admin (or the organisation's API key) gives a person a role; they are invited by e-mail and sign in with a code or the organisation's provider. A person who is a member already: 409 (change the role with PATCH). ${roles}`,
      operationId: 'inviteStaff',
      security,
      parameters: [orgHeaderParam],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['email', 'role'],
          properties: {
            email: { type: 'string', format: 'email' },
            name: { type: 'string', maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] },
          },
        }),
      },
      responses: {
        '201': { description: 'Invited.', headers: locationHeader, content: json(Member) },
        ...problems(401, 403, 409, 413, 415, 422),
      },
    },
  },
  '/v1/staff/{id}': {
    patch: {
      tags: ['Staff'],
      summary: "Change a member's role",
      description: `An admin, or the organisation's API key. ${roles}`,
      operationId: 'changeStaffRole',
      security,
      parameters: [p.id, orgHeaderParam],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['role'],
          properties: { role: { type: 'string', enum: [...ROLES] } },
        }),
      },
      responses: {
        '200': { description: 'The member.', content: json(Member) },
        '409': lastAdmin,
        ...problems(401, 403, 404, 413, 415, 422),
      },
    },
    delete: {
      tags: ['Staff'],
      summary: 'Remove a member',
      description:
        "An admin, or the organisation's API key. A person left without any organisation is removed entirely, with their sessions.",
      operationId: 'removeStaff',
      security,
      parameters: [p.id, orgHeaderParam],
      responses: {
        '204': { description: 'Removed.' },
        '409': lastAdmin,
        ...problems(401, 403, 404),
      },
    },
  },
};
