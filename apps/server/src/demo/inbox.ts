/**
 * The demo inbox: for each demo organisation a few dozen submissions (cities
 * and the region) or a handful (clusters), in every status, with assignees,
 * tags, notes and messages, and one forward from Norrhamn to Fjordvik, so the
 * console has something to show at once. The plan is fixed (no randomness);
 * times are counted back from the clock, so the inbox looks lived-in today.
 *
 * Arrivals and status moves go through the services (services/submissions.ts,
 * with their audit events). Assigning, tagging, notes, messages and the
 * forward are written with the store's tables directly and their audit events
 * recorded as the inbox's write side records them, without sending any mail:
 * nobody reads the demo companies' addresses.
 */
import type { Kysely } from 'kysely';
import type {
  Submission,
  SubmissionInput,
  SubmissionKind,
  SubmissionStatus,
} from '@entrypoint/sdk';
import type { Database } from '../store/schema.js';
import type { Clock } from '../services/clock.js';
import { recordAudit, type WriteContext } from '../services/audit.js';
import {
  formatReference,
  moveSubmission,
  submit,
  referencePrefix,
} from '../services/submissions.js';
import { newId } from '../services/ids.js';
import { getSubmission, insertSubmission, nextReferenceNumber } from '../store/submissions.js';
import { demoChallenges } from './data.js';
import { demoStaff } from './staff.js';

const HOUR = 3_600_000;

type Lang = 'sv' | 'nb' | 'fi' | 'en';

interface OrgPlan {
  orgId: string;
  lang: Lang;
  country: 'SE' | 'NO' | 'FI';
  count: number;
  /** Door openers whose sites send here now and then. */
  vias: string[];
  tags: string[];
}

const ORGS: OrgPlan[] = [
  {
    orgId: 'norrhamn',
    lang: 'sv',
    country: 'SE',
    count: 32,
    vias: ['nordic-mobility-cluster', 'blue-energy-cluster'],
    tags: ['energi', 'mobilitet', 'uppföljning', 'prioriterad'],
  },
  {
    orgId: 'fjordvik',
    lang: 'nb',
    country: 'NO',
    count: 28,
    vias: ['blue-energy-cluster', 'health-tech-cluster'],
    tags: ['fjorden', 'helse', 'oppfølging'],
  },
  {
    orgId: 'kustlanda',
    lang: 'fi',
    country: 'FI',
    count: 26,
    vias: ['health-tech-cluster', 'nordic-baltic-cluster-network'],
    tags: ['saaristo', 'terveys', 'seuranta'],
  },
  {
    orgId: 'nordic-mobility-cluster',
    lang: 'en',
    country: 'SE',
    count: 6,
    vias: [],
    tags: ['members'],
  },
  {
    orgId: 'blue-energy-cluster',
    lang: 'en',
    country: 'NO',
    count: 6,
    vias: [],
    tags: ['members'],
  },
  {
    orgId: 'health-tech-cluster',
    lang: 'en',
    country: 'FI',
    count: 6,
    vias: [],
    tags: ['members'],
  },
  {
    orgId: 'nordic-baltic-cluster-network',
    lang: 'en',
    country: 'SE',
    count: 6,
    vias: [],
    tags: ['members'],
  },
];

const TITLES: Record<Lang, string[]> = {
  sv: [
    'Elektriska pendelbåtar året runt',
    'Laddning av bussar vid hamnen',
    'Sensorer som varnar för halka på cykelbanor',
    'Matsvinn i skolköket: vågar och prognoser',
    'Solceller på kommunens förråd',
    'Delade lastcyklar för hemtjänsten',
    'Värmelager i gamla oljecisterner',
    'Fråga om testbädd i hamnområdet',
    'Möte om realtidsdata för kollektivtrafiken',
    'Återbruk av byggmaterial från skolrivningen',
  ],
  nb: [
    'Utslippsfri ferje på indre fjord',
    'Sensorer for fall på sykehjemmet',
    'Regnbed og grønne tak i sentrum',
    'Ombruk av tegl og tre fra rivning',
    'Landstrøm til cruiseskip',
    'Spørsmål om pilot i hjemmetjenesten',
    'Møte om flomvarsling',
    'Digital kø for båtplasser',
  ],
  fi: [
    'Etävastaanotto saariston kyliin',
    'Kutsuliikenne maaseudulle',
    'Rannikkovesien mittauspoijut',
    'Kysymys testialustasta terveyskeskuksessa',
    'Aurinkosähkö koulujen katoille',
    'Tapaamispyyntö liikkumispalveluista',
    'Ravinteiden talteenotto maataloudesta',
  ],
  en: [
    'Joint testbed for autonomous ferries',
    'Member company looking for a pilot city',
    'Shared data platform for port logistics',
    'Question about the cluster’s matchmaking day',
    'Offshore wind service vessels on hydrogen',
    'Remote monitoring for home care',
  ],
};

const DESCRIPTIONS: Record<Lang, string> = {
  sv: 'Vi är ett bolag i regionen som har en lösning i drift hos två andra kommuner. Vi vill gärna visa den och diskutera ett pilotprojekt.',
  nb: 'Vi er et selskap på Vestlandet med en løsning som er i drift i to andre kommuner. Vi vil gjerne vise den og diskutere et pilotprosjekt.',
  fi: 'Olemme alueen yritys, jonka ratkaisu on käytössä kahdessa muussa kunnassa. Haluaisimme esitellä sen ja keskustella pilotista.',
  en: 'We are a member company with a solution running in two other cities. We would like to show it and talk about a pilot.',
};

const COMPANIES: Record<'SE' | 'NO' | 'FI', string[]> = {
  SE: ['Vågkraft AB', 'Norrsken Energi AB', 'Älvdata AB', 'Cykelkraft i Norr AB', 'Hamnlogik AB'],
  NO: ['Fjordkraft Teknologi AS', 'Bølge Sensor AS', 'Grønn Havn AS', 'Nordlys Helse AS'],
  FI: ['Saaristo Digital Oy', 'Rannikko Data Oy', 'Aalto Liikenne Oy', 'Merituuli Tekniikka Oy'],
};

const PEOPLE: Record<Lang, string[]> = {
  sv: ['Kim Berg', 'Sara Holm', 'Jonas Ek', 'Maja Lind', 'Per Åström'],
  nb: ['Kari Nilsen', 'Lars Bakke', 'Ingrid Dahl', 'Siri Øien'],
  fi: ['Aino Virtanen', 'Mikko Korhonen', 'Laura Nieminen', 'Jukka Häkkinen'],
  en: ['Alex Morgan', 'Sam Lee', 'Robin Kaur', 'Chris Novak'],
};

const KINDS: SubmissionKind[] = [
  'idea',
  'proposal',
  'question',
  'idea',
  'meeting-request',
  'testbed-request',
];

/** Where a submission ends up: the moves from `received`, along the allowed transitions. */
const PATHS: SubmissionStatus[][] = [
  [],
  [],
  ['in-review'],
  ['in-dialogue'],
  [],
  ['in-review', 'in-dialogue'],
  ['in-review', 'accepted'],
  ['declined'],
  ['in-review'],
  ['in-dialogue', 'accepted'],
  [],
  ['in-review', 'declined'],
];

const NOTES: Record<Lang, string> = {
  sv: 'Ringde upp, de skickar referenser från Umeå. Följ upp nästa vecka.',
  nb: 'Ringte dem, de sender referanser fra Bergen. Følg opp neste uke.',
  fi: 'Soitin, he lähettävät referenssit Oulusta. Seuraa ensi viikolla.',
  en: 'Called them; references from two member cities follow. Follow up next week.',
};

const MESSAGES: Record<Lang, string> = {
  sv: 'Tack för ert förslag! Vi tittar på det och återkommer inom två veckor.',
  nb: 'Takk for forslaget! Vi ser på det og kommer tilbake innen to uker.',
  fi: 'Kiitos ehdotuksestanne! Käymme sen läpi ja palaamme asiaan kahden viikon kuluessa.',
  en: 'Thank you for your proposal! We are looking at it and will come back within two weeks.',
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** One planned submission of the demo inbox. */
export interface DemoSubmission {
  orgId: string;
  /** Hours before now that it arrived. */
  ageHours: number;
  input: SubmissionInput;
  moves: SubmissionStatus[];
  /** An e-mail address of demo staff, or none. */
  assignee: string | undefined;
  tags: string[];
  note: string | undefined;
  message: string | undefined;
}

/** The demo inbox, the same every time. */
export function demoInbox(): DemoSubmission[] {
  const plan: DemoSubmission[] = [];
  for (const org of ORGS) {
    const staff = demoStaff.filter((s) => s.orgId === org.orgId).map((s) => s.email);
    const challenges = demoChallenges
      .filter((c) => c.orgId === org.orgId && c.status !== 'draft')
      .map((c) => c.id as string);
    for (let i = 0; i < org.count; i++) {
      const company = pick(COMPANIES[org.country], i * 3 + org.count);
      const person = pick(PEOPLE[org.lang], i + org.count);
      const moves = pick(PATHS, i);
      const open = !moves.some((m) => m === 'accepted' || m === 'declined');
      const title = pick(TITLES[org.lang], i);
      const via = org.vias.length && i % 5 === 3 ? pick(org.vias, i) : undefined;
      const challengeId = challenges.length && i % 3 === 0 ? pick(challenges, i / 3) : undefined;
      plan.push({
        orgId: org.orgId,
        // Spread over about seven weeks, newest first, in office hours.
        ageHours: 2 + i * 37 + (i % 4) * 5,
        input: {
          orgId: org.orgId,
          ...(challengeId ? { challengeId } : {}),
          ...(via ? { via } : {}),
          kind: pick(KINDS, i),
          title,
          description: DESCRIPTIONS[org.lang],
          company: {
            name: company,
            country: org.country,
            size: pick(['micro', 'small', 'medium', 'large'] as const, i),
          },
          contact: {
            name: person,
            email: `${person
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z ]/g, '')
              .replace(/ /g, '.')}@${company
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z]/g, '')}.example`,
          },
          ...(i % 4 === 1 ? { maturity: 3 + (i % 6) } : {}),
          ...(i % 7 === 2 ? { confidential: true } : {}),
          language: org.lang,
          consent: { privacy: true, ...(i % 7 === 2 ? { forwarding: i % 2 === 0 } : {}) },
        },
        moves,
        // Most of what is being worked on has someone; what just arrived often not.
        assignee: staff.length && (moves.length > 0 || i % 3 === 1) ? pick(staff, i) : undefined,
        tags: i % 3 === 2 ? [pick(org.tags, i)] : i % 5 === 0 ? org.tags.slice(0, 2) : [],
        note: i % 4 === 2 ? NOTES[org.lang] : undefined,
        message:
          moves.includes('in-dialogue') || (open && i % 6 === 5) ? MESSAGES[org.lang] : undefined,
      });
    }
  }
  return plan;
}

/** The forward of the demo: Norrhamn's fourth-newest submission goes to Fjordvik. */
export const DEMO_FORWARD = { from: 'norrhamn', index: 4, to: 'fjordvik' } as const;

/** Loads the demo inbox; returns how many submissions it made (the forward's copy too). */
export async function seedDemoInbox(db: Kysely<Database>, clock: Clock): Promise<number> {
  const now = clock.now().getTime();
  const at = (ms: number): Clock => ({ now: () => new Date(ms) });
  const staffIds = new Map(
    (await db.selectFrom('staff').select(['id', 'email']).execute()).map((r) => [r.email, r.id]),
  );
  const plan = demoInbox();
  let made = 0;
  let forwardSource: { id: string; arrived: number } | undefined;
  const orgIndex = new Map<string, number>();
  for (const item of plan) {
    const index = orgIndex.get(item.orgId) ?? 0;
    orgIndex.set(item.orgId, index + 1);
    const arrived = now - item.ageHours * HOUR;
    const { receipt, replayed } = await submit(db, at(arrived), {
      input: item.input,
      idempotencyKey: `demo-${item.orgId}-${index}`,
      source: { origin: null, page: null },
    });
    // Loaded before (`cli seed` again): the rest of its story is there already.
    if (replayed) continue;
    made++;
    const orgStaff = demoStaff.find((s) => s.orgId === item.orgId);
    const handlerId = item.assignee ? staffIds.get(item.assignee) : undefined;
    const by: WriteContext = {
      actor: orgStaff
        ? { kind: 'staff', id: staffIds.get(orgStaff.email) ?? 'entrypoint' }
        : { kind: 'system', id: 'entrypoint' },
    };
    const actor: WriteContext = handlerId ? { actor: { kind: 'staff', id: handlerId } } : by;
    // Events follow the arrival by hours, never later than now.
    let t = arrived;
    const next = () => (t = Math.min(now - 60_000, t + Math.max(HOUR, (now - arrived) / 6)));
    const event = (action: Parameters<typeof recordAudit>[3]['action'], detail: object) =>
      recordAudit(db, at(t), actor, {
        orgId: item.orgId,
        action,
        entityType: 'submission',
        entityId: receipt.id,
        detail: detail as Record<string, unknown>,
      });

    if (handlerId) {
      next();
      await db
        .updateTable('submissions')
        .set({ assignee_id: handlerId })
        .where('id', '=', receipt.id)
        .execute();
      await recordAudit(db, at(t), by, {
        orgId: item.orgId,
        action: 'assign',
        entityType: 'submission',
        entityId: receipt.id,
        detail: { assigneeId: handlerId },
      });
    }
    if (item.tags.length) {
      next();
      for (const tag of item.tags) {
        await db
          .insertInto('org_tags')
          .values({ org_id: item.orgId, tag, created_at: new Date(now - 90 * 24 * HOUR) })
          .onConflict((oc) => oc.columns(['org_id', 'tag']).doNothing())
          .execute();
      }
      await db
        .updateTable('submissions')
        .set({ tags: item.tags })
        .where('id', '=', receipt.id)
        .execute();
      await event('tag', { tags: item.tags });
    }
    if (item.note) {
      next();
      const noteId = newId();
      await db
        .insertInto('submission_notes')
        .values({
          id: noteId,
          submission_id: receipt.id,
          org_id: item.orgId,
          author_id: actor.actor.kind === 'staff' ? actor.actor.id : null,
          body: item.note,
          created_at: new Date(t),
        })
        .execute();
      await event('note', { noteId });
    }
    for (const status of item.moves) {
      next();
      if (status === 'in-dialogue' && item.message) {
        const messageId = newId();
        await db
          .insertInto('submission_messages')
          .values({
            id: messageId,
            submission_id: receipt.id,
            org_id: item.orgId,
            author_id: actor.actor.kind === 'staff' ? actor.actor.id : null,
            body: item.message,
            outbox_id: null,
            created_at: new Date(t),
          })
          .execute();
        await event('message', { messageId });
        await db
          .updateTable('submissions')
          .set({ first_answer_at: new Date(t) })
          .where('id', '=', receipt.id)
          .where('first_answer_at', 'is', null)
          .execute();
      }
      await moveSubmission(db, at(t), item.orgId, receipt.id, status, actor);
    }
    if (item.message && !item.moves.includes('in-dialogue')) {
      next();
      const messageId = newId();
      await db
        .insertInto('submission_messages')
        .values({
          id: messageId,
          submission_id: receipt.id,
          org_id: item.orgId,
          author_id: actor.actor.kind === 'staff' ? actor.actor.id : null,
          body: item.message,
          outbox_id: null,
          created_at: new Date(t),
        })
        .execute();
      await event('message', { messageId });
      await db
        .updateTable('submissions')
        .set({ first_answer_at: new Date(t) })
        .where('id', '=', receipt.id)
        .where('first_answer_at', 'is', null)
        .execute();
    }
    if (item.orgId === DEMO_FORWARD.from && index === DEMO_FORWARD.index) {
      forwardSource = { id: receipt.id, arrived };
    }
  }
  if (forwardSource) {
    await forwardDemo(db, now, forwardSource, staffIds);
    made++;
  }
  return made;
}

/** Norrhamn forwards one submission to Fjordvik: a linked copy with Fjordvik's own reference. */
async function forwardDemo(
  db: Kysely<Database>,
  now: number,
  source: { id: string; arrived: number },
  staffIds: Map<string, string>,
) {
  // An hour ago: after what else happened to it.
  const t = Math.max(source.arrived + HOUR, now - HOUR);
  const at: Clock = { now: () => new Date(t) };
  const sender = demoStaff.find((s) => s.orgId === DEMO_FORWARD.from)!;
  const by: WriteContext = {
    actor: { kind: 'staff', id: staffIds.get(sender.email) ?? 'entrypoint' },
  };
  await db.transaction().execute(async (trx) => {
    const original = await getSubmission(trx, DEMO_FORWARD.from, source.id);
    if (!original || original.status !== 'received') return;
    const year = new Date(t).getUTCFullYear();
    const n = await nextReferenceNumber(trx, referencePrefix(DEMO_FORWARD.to), year);
    const createdAt = new Date(t).toISOString();
    // The copy answers none of the receiver's challenges.
    const {
      forwardedFrom: _f,
      forwardedTo: _t,
      assigneeId: _a,
      tags: _g,
      challengeId: _c,
      ...rest
    } = original;
    const copy: Submission = {
      ...rest,
      id: newId(),
      orgId: DEMO_FORWARD.to,
      reference: formatReference(DEMO_FORWARD.to, year, n),
      status: 'received',
      createdAt,
      updatedAt: createdAt,
    };
    await insertSubmission(trx, copy);
    await trx
      .updateTable('submissions')
      .set({ forwarded_from: original.id })
      .where('id', '=', copy.id)
      .execute();
    await recordAudit(trx, at, by, {
      orgId: DEMO_FORWARD.to,
      action: 'create',
      entityType: 'submission',
      entityId: copy.id,
      detail: { forwardedFrom: { orgId: original.orgId, reference: original.reference } },
    });
    await recordAudit(trx, at, by, {
      orgId: DEMO_FORWARD.from,
      action: 'forward',
      entityType: 'submission',
      entityId: original.id,
      detail: { toOrgId: DEMO_FORWARD.to, toReference: copy.reference },
    });
  });
  await moveSubmission(db, at, DEMO_FORWARD.from, source.id, 'forwarded', by);
}
