/** Every row of every table of a store as text: to look for what must not be there any more. */
import { sql } from 'kysely';
import type { Store } from '../../src/store/open.js';

export async function allTableText(store: Store): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  const texts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{
      row: string;
    }>`select t::text as row from ${sql.table(name)} t`.execute(store.db);
    // One line per row, so that a test can leave out whole rows (a mail's body has line breaks).
    texts.push(...rows.rows.map((r) => r.row.replace(/\n/g, '\\n')));
  }
  if (tables.rows.length < 5) throw new Error('Found too few tables: is this the right schema?');
  return texts.join('\n');
}
