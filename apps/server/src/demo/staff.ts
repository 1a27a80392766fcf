/**
 * An admin per demo organisation, and a handler in each city and the region
 * (the demo inbox assigns to both), so `npm start` has someone to sign in as (the code arrives in the log and DATA_DIR/outbox/). They are added
 * without an invitation mail: nobody reads those addresses.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { setMembership, upsertStaff } from '../store/staff.js';
import { newId } from '../services/ids.js';
import type { Clock } from '../services/clock.js';
import type { Role } from '../services/staff.js';

export const demoStaff: Array<{ orgId: string; email: string; name: string; role: Role }> = [
  { orgId: 'norrhamn', email: 'anna@norrhamn.example', name: 'Anna Lindqvist', role: 'admin' },
  { orgId: 'norrhamn', email: 'johan@norrhamn.example', name: 'Johan Ek', role: 'handler' },
  { orgId: 'norrhamn', email: 'maria@norrhamn.example', name: 'Maria Sjöberg', role: 'editor' },
  { orgId: 'fjordvik', email: 'ola@fjordvik.example', name: 'Ola Haugen', role: 'admin' },
  { orgId: 'fjordvik', email: 'kari@fjordvik.example', name: 'Kari Nilsen', role: 'handler' },
  { orgId: 'kustlanda', email: 'aino@kustlanda.example', name: 'Aino Mäkelä', role: 'admin' },
  { orgId: 'kustlanda', email: 'eero@kustlanda.example', name: 'Eero Virtanen', role: 'handler' },
  {
    orgId: 'nordic-mobility-cluster',
    email: 'erik@nordicmobility.example',
    name: 'Erik Sandberg',
    role: 'admin',
  },
  {
    orgId: 'blue-energy-cluster',
    email: 'ingrid@blueenergy.example',
    name: 'Ingrid Solberg',
    role: 'admin',
  },
  {
    orgId: 'health-tech-cluster',
    email: 'mikko@healthtech.example',
    name: 'Mikko Laine',
    role: 'admin',
  },
  {
    orgId: 'nordic-baltic-cluster-network',
    email: 'liis@nbcn.example',
    name: 'Liis Tamm',
    role: 'admin',
  },
];

/** Adds (or keeps) the demo staff; returns how many there are. */
export async function seedDemoStaff(db: Kysely<Database>, clock: Clock): Promise<number> {
  await db.transaction().execute(async (trx) => {
    const now = clock.now();
    for (const s of demoStaff) {
      const staff = await upsertStaff(trx, { id: newId(), email: s.email, name: s.name, now });
      await setMembership(trx, { staffId: staff.id, orgId: s.orgId, role: s.role, now });
    }
  });
  return demoStaff.length;
}
