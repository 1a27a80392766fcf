/** The demo content (src/demo/), with image URLs pointing at the server that serves them. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { isEmpty } from '../store/organizations.js';
import {
  demoChallenges,
  demoClusters,
  demoOrganizations,
  demoStories,
  DEMO_IMAGE_BASE,
} from '../demo/data.js';
import type { Clock } from './clock.js';
import { SYSTEM } from './audit.js';
import { importContent, type ContentBundle, type ImportCounts } from './import.js';
import { seedDemoStaff } from '../demo/staff.js';
import { seedDemoInbox } from '../demo/inbox.js';
import { demoSubmissions } from '../demo/submissions.js';
import { submit } from './submissions.js';

export function demoBundle(baseUrl?: string): ContentBundle {
  const rebase = (url: string) =>
    baseUrl && url.startsWith(DEMO_IMAGE_BASE)
      ? new URL(`/demo-images/${url.slice(DEMO_IMAGE_BASE.length)}`, baseUrl).href
      : url;
  return {
    organizations: demoOrganizations,
    clusters: demoClusters,
    challenges: demoChallenges,
    stories: demoStories.map((s) =>
      s.image ? { ...s, image: { ...s.image, url: rebase(s.image.url) } } : s,
    ),
  };
}

/**
 * Sends the demo submissions as the demo pages would (demo/submissions.ts),
 * each with its own idempotency key, so seeding again stores none twice.
 */
async function seedDemoSubmissions(db: Kysely<Database>, clock: Clock): Promise<number> {
  let stored = 0;
  for (const { key, input, page } of demoSubmissions) {
    const { replayed } = await submit(db, clock, {
      input,
      idempotencyKey: key,
      source: { origin: new URL(page).origin, page },
    });
    if (!replayed) stored += 1;
  }
  return stored;
}

/**
 * Loads the demo content, the demo staff (demo/staff.ts), the demo inbox
 * (demo/inbox.ts) and the submissions clusters sent from their own sites
 * (demo/submissions.ts); with `onlyIfEmpty`, only into a store with no
 * organisation yet.
 */
export async function seedDemo(
  db: Kysely<Database>,
  clock: Clock,
  { baseUrl, onlyIfEmpty = false }: { baseUrl?: string; onlyIfEmpty?: boolean } = {},
): Promise<(ImportCounts & { staff: number; submissions: number }) | undefined> {
  if (onlyIfEmpty && !(await isEmpty(db))) return undefined;
  const counts = await importContent(db, clock, demoBundle(baseUrl), SYSTEM);
  const staff = await seedDemoStaff(db, clock);
  const outboxBefore = await db.selectFrom('outbox').select('id').execute();
  const inbox = await seedDemoInbox(db, clock);
  const submissions = inbox + (await seedDemoSubmissions(db, clock));
  // The demo's submissions arrive through the same services as real ones, and
  // so queue the same mails (arrivals, answers, a forward). They tell of
  // nothing that happened: drop them, so a newcomer's first mails are their own.
  const kept = outboxBefore.map((r) => r.id);
  await db
    .deleteFrom('outbox')
    .$if(kept.length > 0, (q) => q.where('id', 'not in', kept))
    .execute();
  return { ...counts, staff, submissions };
}
