/** The tables, as Kysely sees them. Records are stored whole in `doc`; the other columns are for querying. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
/** A tsvector, only ever written through SQL and read through `@@`. */
type TsVector = ColumnType<never, unknown, unknown>;

export interface OrganizationsTable {
  id: string;
  kind: string;
  country: string;
  allowed_origins: string[];
  /** How long a submission is kept after it reached a final status; null: the default. */
  retention_days: ColumnType<number | null, number | null | undefined, number | null>;
  /** The answer promise in days (the inbox's Waiting view). */
  answer_days: ColumnType<number, number | undefined, number>;
  doc: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClustersTable {
  org_id: string;
  sectors: string[];
  country: string;
  profile: Json;
  search: TsVector;
  updated_at: Timestamp;
}

export interface ChallengesTable {
  id: string;
  org_id: string;
  status: string;
  themes: string[];
  published_at: Timestamp | null;
  sort_at: Timestamp;
  updated_at: Timestamp;
  /** The NUTS code (migration 14), for the region filter. */
  region: ColumnType<string | null, string | null | undefined, string | null>;
  /** The answer deadline, `YYYY-MM-DD` (migration 14), for `sort=status`. */
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  doc: Json;
}

/** The narrow twin of `challenges` that search ranks over (migration 2). */
export interface ChallengeSearchTable {
  id: string;
  org_id: string;
  status: string;
  themes: string[];
  /** The NUTS code (migration 14): similar challenges rank by it. */
  region: ColumnType<string | null, string | null | undefined, string | null>;
  search: TsVector;
}

export interface StoriesTable {
  id: string;
  org_id: string;
  themes: string[];
  published_at: Timestamp;
  doc: Json;
  search: TsVector;
}

export interface SubmissionsTable {
  id: string;
  org_id: string;
  reference: string;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When it reached a final status (accepted, declined): retention runs from here. */
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the person's data in it was erased. */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The staff member handling it (migration 9). */
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The organisation's own tags on it. */
  tags: ColumnType<string[], string[] | undefined, string[]>;
  /** When this is a forward's copy: the submission it was copied from. */
  forwarded_from: ColumnType<string | null, string | null | undefined, string | null>;
  /** When staff first wrote to the company (results: days to a first answer). */
  first_answer_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Lower-cased reference, title, company, contact name and e-mail (generated, migration 10). */
  search_text: ColumnType<string, never, never>;
  doc: Json;
}

export interface OrgTagsTable {
  org_id: string;
  tag: string;
  created_at: Timestamp;
}

/** The default assignee of what arrives for a challenge. */
export interface ChallengeAssigneesTable {
  org_id: string;
  challenge_id: string;
  staff_id: string;
}

/** Internal notes on a submission: never sent to the company. */
export interface SubmissionNotesTable {
  id: string;
  submission_id: string;
  org_id: string;
  author_id: string | null;
  body: string;
  created_at: Timestamp;
}

/** What staff wrote to the company (sent through the outbox). */
export interface SubmissionMessagesTable {
  id: string;
  submission_id: string;
  org_id: string;
  author_id: string | null;
  body: string;
  outbox_id: string | null;
  created_at: Timestamp;
}

export interface ReferenceCountersTable {
  prefix: string;
  year: number;
  last: number;
}

export interface IdempotencyKeysTable {
  org_id: string;
  key: string;
  request_hash: string;
  response: Json | null;
  created_at: Timestamp;
}

export interface RateLimitHitsTable {
  address: string;
  window_start: Timestamp;
  hits: number;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  hash: string;
  label: string | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

/** Append-only (migration 6): who changed what, written with the change. */
export interface AuditEventsTable {
  id: Generated<string>;
  at: Timestamp;
  org_id: string;
  actor_kind: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string | null;
  detail: Json | null;
}

export interface OutboxTable {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Where answers go (a mail to a company replies to the entry point). */
  reply_to: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  sent_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
}

export interface StaffTable {
  id: string;
  email: string;
  name: string | null;
  created_at: Timestamp;
}

export interface MembershipsTable {
  staff_id: string;
  org_id: string;
  role: string;
  created_at: Timestamp;
  /** How arrivals reach this member by mail: at once, in a daily digest, or not. */
  arrival_mail: ColumnType<
    'immediate' | 'digest' | 'off',
    'immediate' | 'digest' | 'off' | undefined
  >;
  /** When this member's last digest went out. */
  digest_sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SignInCodesTable {
  email: string;
  code_hash: string;
  tries: Generated<number>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

/** An organisation's OpenID Connect provider (migration 13). */
export interface SsoConfigsTable {
  org_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A person's account at a provider: matched by issuer and subject, never by e-mail. */
export interface StaffIdentitiesTable {
  issuer: string;
  subject: string;
  staff_id: string;
  created_at: Timestamp;
}

/** A sign-in through a provider under way, found by the hash of its browser's cookie. */
export interface SsoAttemptsTable {
  binding_hash: string;
  org_id: string;
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

export interface ImagesTable {
  id: string;
  org_id: string;
  alt: string;
  width: number;
  height: number;
  widths: number[];
  created_at: Timestamp;
}

export interface ImageVariantsTable {
  image_id: string;
  width: number;
  content_type: string;
  data: Uint8Array;
}

export interface Database {
  organizations: OrganizationsTable;
  clusters: ClustersTable;
  challenges: ChallengesTable;
  challenge_search: ChallengeSearchTable;
  stories: StoriesTable;
  submissions: SubmissionsTable;
  reference_counters: ReferenceCountersTable;
  idempotency_keys: IdempotencyKeysTable;
  api_keys: ApiKeysTable;
  rate_limit_hits: RateLimitHitsTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
  outbox: OutboxTable;
  staff: StaffTable;
  memberships: MembershipsTable;
  sign_in_codes: SignInCodesTable;
  sessions: SessionsTable;
  org_tags: OrgTagsTable;
  challenge_assignees: ChallengeAssigneesTable;
  submission_notes: SubmissionNotesTable;
  submission_messages: SubmissionMessagesTable;
  images: ImagesTable;
  image_variants: ImageVariantsTable;
  sso_configs: SsoConfigsTable;
  staff_identities: StaffIdentitiesTable;
  sso_attempts: SsoAttemptsTable;
  challenge_shares: ChallengeSharesTable;
}

/** A link showing an unpublished challenge until it expires (migration 16): the token's hash only. */
export interface ChallengeSharesTable {
  id: string;
  token_hash: string;
  org_id: string;
  challenge_id: string;
  /** Who made it: `staff:ID` or `key:ID`. */
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}
