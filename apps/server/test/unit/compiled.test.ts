import { describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { byInputs, byShape } from '../../src/store/compiled.js';

// Compiling needs the dialect only; nothing here connects.
const db = new Kysely<Database>({
  dialect: new PostgresDialect({
    pool: { connect: () => Promise.reject(new Error('no database here')), end: async () => {} },
  }),
});

describe('compiled queries', () => {
  it('byShape compiles a shape once and puts each run’s arguments in its parameters', () => {
    let builds = 0;
    const one = byShape((db, { id, viewer }: { id: string; viewer: string | undefined }) => {
      builds++;
      const q = db.selectFrom('challenges').select('id').where('id', '=', id);
      return viewer ? q.where(sql<boolean>`org_id = ${viewer}`).limit(1) : q;
    });
    const a = one(db, 'viewer', { id: 'a', viewer: 'norrhamn' });
    const b = one(db, 'viewer', { id: 'b', viewer: 'fjordvik' });
    const c = one(db, 'public', { id: 'c', viewer: undefined });
    expect(builds).toBe(2);
    expect(b.sql).toBe(a.sql);
    expect(a.parameters).toEqual(['a', 'norrhamn', 1]);
    expect(b.parameters).toEqual(['b', 'fjordvik', 1]);
    expect(c.parameters).toEqual(['c']);
    // The same text and parameters as compiling it afresh.
    const fresh = db
      .selectFrom('challenges')
      .select('id')
      .where('id', '=', 'b')
      .where(sql<boolean>`org_id = ${'fjordvik'}`)
      .limit(1)
      .compile();
    expect({ sql: b.sql, parameters: b.parameters }).toEqual({
      sql: fresh.sql,
      parameters: fresh.parameters,
    });
  });

  it('byShape refuses an argument that does not reach the query as a parameter of its own', () => {
    const like = byShape((db, { prefix }: { prefix: string }) =>
      db.selectFrom('challenges').select('id').where('region', 'like', `${prefix}%`),
    );
    expect(() => like(db, 'x', { prefix: 'SE' })).toThrow(/not a parameter of its own/);
  });

  it('byInputs compiles each key once and forgets the least recently used beyond its bound', () => {
    const lists = byInputs(2);
    let builds = 0;
    const get = (key: string) =>
      lists.compile(db, key, (db) => {
        builds++;
        return db.selectFrom('challenges').select('id').where('org_id', '=', key);
      });
    expect(get('a').parameters).toEqual(['a']);
    get('b');
    get('a'); // a is now the most recent
    get('c'); // b goes
    expect(builds).toBe(3);
    get('a');
    expect(builds).toBe(3);
    expect(get('b').parameters).toEqual(['b']);
    expect(builds).toBe(4);
    expect(lists.size).toBe(2);
  });
});
