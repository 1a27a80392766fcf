/**
 * Versioned migrations, applied in order at start and by `cli migrate`.
 * A PostgreSQL advisory lock makes many instances starting at once take turns;
 * each migration runs in its own transaction with its version row.
 * Never edit a released migration: add the next one.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    up: `
      create table organizations (
        id text primary key,
        kind text not null,
        country text not null,
        allowed_origins text[] not null default '{}',
        doc jsonb not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );

      create table clusters (
        org_id text primary key references organizations (id) on delete cascade,
        sectors text[] not null,
        country text not null,
        profile jsonb not null,
        search tsvector not null,
        updated_at timestamptz not null
      );
      create index clusters_search on clusters using gin (search);

      create table challenges (
        id text primary key,
        org_id text not null references organizations (id) on delete cascade,
        status text not null,
        themes text[] not null,
        published_at timestamptz,
        sort_at timestamptz not null,
        updated_at timestamptz not null,
        doc jsonb not null,
        search tsvector not null
      );
      create index challenges_public on challenges (sort_at desc, id desc) where status <> 'draft';
      create index challenges_org on challenges (org_id, sort_at desc, id desc);
      create index challenges_themes on challenges using gin (themes);
      create index challenges_search on challenges using gin (search);

      create table stories (
        id text primary key,
        org_id text not null references organizations (id) on delete cascade,
        themes text[] not null,
        published_at timestamptz not null,
        doc jsonb not null,
        search tsvector not null
      );
      create index stories_list on stories (published_at desc, id desc);
      create index stories_search on stories using gin (search);

      create table submissions (
        id text primary key,
        org_id text not null references organizations (id) on delete cascade,
        reference text not null unique,
        status text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        doc jsonb not null
      );
      create index submissions_inbox on submissions (org_id, created_at desc, id desc);

      create table submission_counters (
        org_id text not null references organizations (id) on delete cascade,
        year integer not null,
        last integer not null,
        primary key (org_id, year)
      );

      create table idempotency_keys (
        org_id text not null references organizations (id) on delete cascade,
        key text not null,
        request_hash text not null,
        response jsonb,
        created_at timestamptz not null,
        primary key (org_id, key)
      );

      create table api_keys (
        id text primary key,
        org_id text not null references organizations (id) on delete cascade,
        hash text not null unique,
        label text,
        created_at timestamptz not null,
        revoked_at timestamptz
      );
    `,
  },
  {
    version: 2,
    name: 'narrow challenge search',
    // Ranking reads every matching row; with the documents beside the tsvector a
    // 5,000-row match touched 5,000 wide heap pages. The narrow twin keeps the
    // pages dense (3x faster at 100,000 challenges); documents are fetched for
    // the answered page only.
    up: `
      create table challenge_search (
        id text primary key references challenges (id) on delete cascade,
        org_id text not null,
        status text not null,
        themes text[] not null,
        search tsvector not null
      );
      insert into challenge_search (id, org_id, status, themes, search)
        select id, org_id, status, themes, search from challenges;
      create index challenge_search_gin on challenge_search using gin (search);
      drop index challenges_search;
      alter table challenges drop column search;
    `,
  },
  {
    version: 3,
    name: 'gin without pending lists',
    // A GIN index with fastupdate collects new entries in a pending list that
    // only (auto)vacuum flushes; until then the planner prices the index high and
    // may scan the whole table instead. PGlite runs no autovacuum at all. The
    // lists are written far less often than searched, so index on write.
    up: `
      alter index challenge_search_gin set (fastupdate = off);
      alter index challenges_themes set (fastupdate = off);
      alter index clusters_search set (fastupdate = off);
      alter index stories_search set (fastupdate = off);
    `,
  },
  {
    version: 4,
    name: 'reference numbers per prefix',
    // A reference is unique across owners, but its prefix is only the first
    // three letters of the owner's id: "malmo" and "malmoe" both write MAL-…,
    // and numbering per owner made the second owner's first submission collide
    // with the first owner's (a 500). Numbering per prefix and year keeps every
    // reference unique; owners that share a prefix share its numbers.
    up: `
      create table reference_counters (
        prefix text not null,
        year integer not null,
        last integer not null,
        primary key (prefix, year)
      );
      insert into reference_counters (prefix, year, last)
        select split_part(reference, '-', 1), split_part(reference, '-', 2)::integer,
               max(split_part(reference, '-', 3)::integer)
          from submissions group by 1, 2;
      drop table submission_counters;
    `,
  },
  {
    version: 5,
    name: 'shared rate limit and data rights',
    // Instances on one PostgreSQL count submissions per address together, in an
    // unlogged table: a count needs no crash safety, and a commit that wrote no
    // WAL does not wait for a flush (0.7 ms an upsert instead of 4.9 ms here).
    // A person's submissions are found by e-mail address (export, erase); a
    // submission's retention runs from when it reached a final status; an
    // organisation may keep them shorter or longer than the default. Idempotency
    // records are purged by age.
    up: `
      create unlogged table rate_limit_hits (
        address text primary key,
        window_start timestamptz not null,
        hits integer not null
      );
      alter table submissions add column closed_at timestamptz;
      alter table submissions add column erased_at timestamptz;
      update submissions set closed_at = updated_at where status in ('accepted', 'declined');
      create index submissions_contact_email on submissions (lower(doc #>> '{contact,email}'));
      create index submissions_closed on submissions (closed_at) where erased_at is null;
      create index idempotency_keys_age on idempotency_keys (created_at);
      alter table organizations add column retention_days integer;
    `,
  },
  {
    version: 6,
    name: 'audit events',
    // Who changed what: one row per admin write, in the write's transaction
    // (services/audit.ts). No foreign key: the trail outlives what it names.
    // Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
    up: `
      create table audit_events (
        id bigint generated always as identity primary key,
        at timestamptz not null,
        org_id text not null,
        actor_kind text not null,
        actor_id text not null,
        action text not null,
        entity_type text not null,
        entity_id text not null,
        request_id text,
        detail jsonb
      );
      create index audit_events_org on audit_events (org_id, at desc, id desc);
      create index audit_events_entity on audit_events (entity_type, entity_id, at desc);
      create function audit_events_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_events is append-only (% refused)', tg_op using errcode = 'insufficient_privilege'; end $$;
      create trigger audit_events_no_change before update or delete on audit_events
        for each row execute function audit_events_append_only();
      create trigger audit_events_no_truncate before truncate on audit_events
        for each statement execute function audit_events_append_only();
    `,
  },
  {
    version: 7,
    name: 'challenge ids per organisation',
    // With ids unique across all organisations, creating a challenge under
    // another organisation's draft id answered 409 and so told that the draft
    // existed. An id is now unique within its organisation, and among published
    // challenges (so /v1/challenges/{id} names one public record); a draft
    // shares its id with nothing anyone else can see.
    up: `
      alter table challenge_search drop constraint challenge_search_id_fkey;
      alter table challenge_search drop constraint challenge_search_pkey;
      alter table challenges drop constraint challenges_pkey;
      alter table challenges add primary key (org_id, id);
      create unique index challenges_published_id on challenges (id) where status <> 'draft';
      create index challenges_id on challenges (id);
      alter table challenge_search add primary key (org_id, id);
      alter table challenge_search add foreign key (org_id, id)
        references challenges (org_id, id) on delete cascade;
    `,
  },
  {
    version: 8,
    name: 'mail outbox, staff and sessions',
    // A message is written in the transaction of what caused it and sent later
    // by a worker (mail/worker.ts): claimed for a lease, so instances share it.
    // Staff are people (one row per lower-cased address) with a role in each
    // organisation they work for; they sign in with a one-time code (only its
    // HMAC stored) and hold sessions (only the token's hash stored).
    up: `
      create table outbox (
        id text primary key,
        kind text not null,
        to_address text not null,
        subject text not null,
        text_body text not null,
        html_body text,
        created_at timestamptz not null,
        attempts integer not null default 0,
        next_attempt_at timestamptz not null,
        locked_until timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        last_error text
      );
      create index outbox_due on outbox (next_attempt_at)
        where sent_at is null and failed_at is null;

      create table staff (
        id text primary key,
        email text not null unique check (email = lower(email)),
        name text,
        created_at timestamptz not null
      );

      create table memberships (
        staff_id text not null references staff (id) on delete cascade,
        org_id text not null references organizations (id) on delete cascade,
        role text not null check (role in ('admin', 'editor', 'handler', 'viewer')),
        created_at timestamptz not null,
        primary key (staff_id, org_id)
      );
      create index memberships_org on memberships (org_id);

      create table sign_in_codes (
        email text primary key,
        code_hash text not null,
        tries integer not null default 0,
        created_at timestamptz not null,
        expires_at timestamptz not null
      );

      create table sessions (
        token_hash text primary key,
        staff_id text not null references staff (id) on delete cascade,
        created_at timestamptz not null,
        last_seen_at timestamptz not null,
        expires_at timestamptz not null
      );
      create index sessions_staff on sessions (staff_id);
    `,
  },
  {
    version: 9,
    name: 'the inbox: assignees, tags, notes, messages, forwards, arrival mails',
    // Who handles a submission and the organisation's own tags on it are
    // columns (the inbox filters on them); notes (internal) and messages (to
    // the company, sent through the outbox) are rows of their own, so erasing
    // a person's data can clear them, while the timeline rests on
    // audit_events. A forward makes a linked copy in the receiver's inbox
    // (forwarded_from). Each member chooses how arrivals reach them by mail.
    up: `
      alter table submissions add column assignee_id text references staff (id) on delete set null;
      alter table submissions add column tags text[] not null default '{}';
      alter table submissions add column forwarded_from text references submissions (id) on delete set null;
      alter table submissions add column first_answer_at timestamptz;
      create index submissions_assignee on submissions (org_id, assignee_id, created_at desc, id desc);
      create index submissions_forwarded_from on submissions (forwarded_from) where forwarded_from is not null;

      create table org_tags (
        org_id text not null references organizations (id) on delete cascade,
        tag text not null,
        created_at timestamptz not null,
        primary key (org_id, tag)
      );

      create table challenge_assignees (
        org_id text not null,
        challenge_id text not null,
        staff_id text not null references staff (id) on delete cascade,
        primary key (org_id, challenge_id),
        foreign key (org_id, challenge_id) references challenges (org_id, id) on delete cascade
      );

      create table submission_notes (
        id text primary key,
        submission_id text not null references submissions (id) on delete cascade,
        org_id text not null references organizations (id) on delete cascade,
        author_id text references staff (id) on delete set null,
        body text not null,
        created_at timestamptz not null
      );
      create index submission_notes_submission on submission_notes (submission_id, created_at);

      create table submission_messages (
        id text primary key,
        submission_id text not null references submissions (id) on delete cascade,
        org_id text not null references organizations (id) on delete cascade,
        author_id text references staff (id) on delete set null,
        body text not null,
        outbox_id text references outbox (id) on delete set null,
        created_at timestamptz not null
      );
      create index submission_messages_submission on submission_messages (submission_id, created_at);

      alter table memberships add column arrival_mail text not null default 'immediate'
        check (arrival_mail in ('immediate', 'digest', 'off'));
      alter table memberships add column digest_sent_at timestamptz;
      alter table organizations add column answer_days integer not null default 10
        check (answer_days between 1 and 365);
      alter table outbox add column reply_to text;
    `,
  },
  {
    version: 10,
    name: 'inbox reads: search text, sort by last change',
    // The inbox searches a submission's reference, title, company, contact
    // name and e-mail as one lower-cased text the database keeps in step with
    // the record (a generated column: an erasure clears it with the record),
    // and sorts by last change as well as by arrival.
    up: `
      alter table submissions add column search_text text generated always as (lower(
        reference || ' ' || coalesce(doc ->> 'title', '') || ' ' ||
        coalesce(doc #>> '{company,name}', '') || ' ' ||
        coalesce(doc #>> '{contact,name}', '') || ' ' ||
        coalesce(doc #>> '{contact,email}', '')
      )) stored;
      create index submissions_updated on submissions (org_id, updated_at desc, id desc);
    `,
  },
  {
    version: 13,
    name: 'sso',
    // Sign-in through an organisation's own OpenID Connect provider: its
    // configuration (the client secret stays on the server), the identities
    // (issuer, subject) linked to staff on their first sign-in, and the
    // sign-ins under way (state, PKCE verifier and nonce), found by the hash
    // of a random token in a short-lived cookie of the browser that began them.
    up: `
      create table sso_configs (
        org_id text primary key references organizations (id) on delete cascade,
        issuer text not null,
        client_id text not null,
        client_secret text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );

      create table staff_identities (
        issuer text not null,
        subject text not null,
        staff_id text not null references staff (id) on delete cascade,
        created_at timestamptz not null,
        primary key (issuer, subject)
      );
      create index staff_identities_staff on staff_identities (staff_id);

      create table sso_attempts (
        binding_hash text primary key,
        org_id text not null references organizations (id) on delete cascade,
        state text not null,
        code_verifier text not null,
        nonce text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null
      );
      create index sso_attempts_expires on sso_attempts (expires_at);
    `,
  },
  {
    version: 14,
    name: 'door openers: regions, deadlines, story links, via',
    // A board across every owner filters by NUTS region and sorts open
    // challenges by deadline (YYYY-MM-DD as text: it sorts as a date, and
    // takes every date the schema does); "similar" ranks by region too, in the narrow
    // search table. A challenge's stories are found through the story's
    // challengeIds, and what a cluster opened the door to through `via`
    // (stored in the document; an expression index keeps it off a scan).
    up: `
      alter table challenges add column region text;
      alter table challenges add column deadline text;
      update challenges set region = doc->>'region', deadline = doc->>'deadline';
      alter table challenge_search add column region text;
      update challenge_search s set region = c.region
        from challenges c where c.org_id = s.org_id and c.id = s.id;
      create index challenges_region on challenges (region text_pattern_ops) where region is not null;
      create index stories_challenges on stories using gin ((doc->'challengeIds')) with (fastupdate = off);
      create index submissions_via on submissions ((doc->>'via'), created_at desc, id desc)
        where doc->>'via' is not null;
    `,
  },
  {
    version: 15,
    name: 'images',
    // Uploaded images live in the database, not on a disk of one instance:
    // the original is never kept, only its re-encoded widths (WebP, without
    // metadata), each served from /media/ with a year's caching.
    up: `
      create table images (
        id text primary key,
        org_id text not null references organizations (id) on delete cascade,
        alt text not null,
        width integer not null,
        height integer not null,
        widths integer[] not null,
        created_at timestamptz not null
      );
      create index images_org on images (org_id, created_at desc);

      create table image_variants (
        image_id text not null references images (id) on delete cascade,
        width integer not null,
        content_type text not null,
        data bytea not null,
        primary key (image_id, width)
      );
    `,
  },
  {
    version: 16,
    name: 'challenge shares',
    // A link that shows an unpublished challenge to someone without an
    // account until it expires (services/shares.ts). Only the SHA-256 of the
    // link's token is kept: the token itself is said once, when made.
    up: `
      create table challenge_shares (
        id text primary key,
        token_hash text not null unique,
        org_id text not null references organizations (id) on delete cascade,
        challenge_id text not null,
        created_by text not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        revoked_at timestamptz
      );
      create index challenge_shares_challenge on challenge_shares (org_id, challenge_id, created_at desc);
    `,
  },
  {
    version: 17,
    name: 'challenge words',
    // Ranking a search read the row of every match (a word in 5% of 100,000
    // challenges: 5,000 heap pages) to rank them all for a page of 20. Each
    // word of a public challenge now also has a row here with its own score,
    // `ts_rank` of the challenge's vector for that word alone, kept by a
    // trigger on `challenge_search`; an index on (word, score, id) gives each
    // word's best challenges first, so a first page reads a few index pages
    // per word (store/challenges.ts proves when they are enough). A query's
    // words are read back from its tsquery text (each word quoted, ' and \
    // doubled); `search_word` quotes one word back into a tsquery.
    up: `
      create function search_word(w text) returns tsquery
        language sql immutable strict parallel safe
        return ('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''')::tsquery;
      create function search_words(q tsquery) returns text[]
        language sql immutable strict parallel safe
        return array(
          select distinct regexp_replace(m[1], '([''\\\\])\\1', '\\1', 'g')
          from regexp_matches(q::text, '''((?:[^''\\\\]|''''|\\\\\\\\)*)''', 'g') as m
        );

      create table challenge_words (
        word text not null,
        rank real not null,
        org_id text not null,
        id text not null
      );
      create function challenge_words_sync() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' and old.status <> 'draft' then
          if tg_op = 'UPDATE' and new.status <> 'draft' and new.search = old.search
             and new.id = old.id and new.org_id = old.org_id then
            return null;
          end if;
          delete from challenge_words where id = old.id and org_id = old.org_id;
        end if;
        if tg_op <> 'DELETE' and new.status <> 'draft' then
          insert into challenge_words (word, rank, org_id, id)
            select w, ts_rank(new.search, search_word(w)), new.org_id, new.id
            from unnest(tsvector_to_array(new.search)) as w;
        end if;
        return null;
      end $$;
      create trigger challenge_words_sync after insert or update or delete on challenge_search
        for each row execute function challenge_words_sync();
      -- After the trigger: it locks out writes to challenge_search until this commits,
      -- so none is missed between the copy and the trigger.
      insert into challenge_words (word, rank, org_id, id)
        select w, ts_rank(s.search, search_word(w)), s.org_id, s.id
        from challenge_search s cross join unnest(tsvector_to_array(s.search)) as w
        where s.status <> 'draft';
      create index challenge_words_top on challenge_words (word, rank desc, id desc) include (org_id);
      create index challenge_words_id on challenge_words (id);
    `,
  },
];

/** A migration's statements: each ends with a `;` at the end of a line outside a `$$` body. */
export function statementsOf(up: string): string[] {
  const statements: string[] = [];
  let current = '';
  for (const line of up.split('\n')) {
    current += `${line}\n`;
    const inBody = (current.match(/\$\$/g) ?? []).length % 2 === 1;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.replace(/;\s*$/, ''));
      current = '';
    }
  }
  return [...statements, current].filter((s) => s.trim());
}

/** An arbitrary constant: the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_270_301;

export async function migrate(db: Kysely<Database>): Promise<number[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    try {
      await sql`
        create table if not exists schema_migrations (
          version integer primary key,
          name text not null,
          applied_at timestamptz not null default now()
        )`.execute(conn);
      const done = new Set(
        (await conn.selectFrom('schema_migrations').select('version').execute()).map(
          (r) => r.version,
        ),
      );
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await sql`begin`.execute(conn);
        try {
          // One statement at a time: PGlite's extended protocol takes one per query.
          for (const statement of statementsOf(m.up)) await sql.raw(statement).execute(conn);
          await conn
            .insertInto('schema_migrations')
            .values({ version: m.version, name: m.name })
            .execute();
          await sql`commit`.execute(conn);
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    }
  });
}
