import { describe, expect, it } from 'vitest';
import { MIGRATIONS, statementsOf } from '../../src/store/migrations.js';

describe('statementsOf', () => {
  it('splits at a semicolon that ends a line, and keeps a $$ body whole', () => {
    const up = `
      create table a (x int);
      create function f() returns trigger language plpgsql as $$
      begin
        insert into a values (1);
        return null;
      end $$;
      insert into a values (2)`;
    const statements = statementsOf(up).map((s) => s.trim());
    expect(statements).toHaveLength(3);
    expect(statements[0]).toBe('create table a (x int)');
    expect(statements[1]).toMatch(/^create function f\(\)[\s\S]*return null;\s+end \$\$$/);
    expect(statements[2]).toBe('insert into a values (2)');
  });

  it('cuts every migration where a split at line-ending semicolons would, outside function bodies', () => {
    for (const m of MIGRATIONS) {
      if (m.up.includes('$$\n')) continue; // a body over several lines
      const naive = m.up
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean);
      expect(statementsOf(m.up).map((s) => s.trim())).toEqual(naive);
    }
  });
});
