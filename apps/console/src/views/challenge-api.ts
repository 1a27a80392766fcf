/**
 * The challenge calls of the console's challenge views. Reads and writes of
 * one challenge go through `Api.send` because they need the ETag: a PATCH
 * carries `If-Match` with the version last read, and a 412 (someone else
 * saved first) comes back as the console's `StaleError`.
 */
import type { Challenge, ChallengeInput, ChallengePatch } from '@entrypoint/sdk';
import type { Api } from '../api.js';

export interface Versioned {
  challenge: Challenge;
  /** The ETag of this version, for If-Match. */
  etag: string | undefined;
}

export interface SubmissionCount {
  challengeId: string;
  total: number;
  open: number;
}

export interface CoachHint {
  id: string;
  field: string;
  lang?: string;
  message: string;
  why: string;
  found?: string[];
  example?: { challengeId: string; title: string; field: string; text: string };
}

export interface CoachDraft {
  title?: Record<string, string>;
  summary?: Record<string, string>;
  need?: Record<string, string>;
  vision?: Record<string, string>;
  horizonYear?: number | null;
  opportunity?: Record<string, string>;
  offers?: string[];
  deadline?: string | null;
  contact?: { name?: string; email?: string } | null;
  languages?: string[];
}

const path = (id: string) => `challenges/${encodeURIComponent(id)}`;

async function request(
  api: Api,
  method: 'GET' | 'POST' | 'PATCH',
  to: string,
  init: { json?: unknown; ifMatch?: string | undefined } = {},
): Promise<Versioned> {
  const { body, etag } = await api.send<Challenge>(method, to, {
    json: init.json,
    ...(init.ifMatch ? { ifMatch: init.ifMatch } : {}),
  });
  return { challenge: body, etag };
}

/** One challenge (drafts included for the organisation's staff) and its ETag. */
export const readChallenge = (api: Api, id: string) => request(api, 'GET', path(id));

/** Creates a challenge, then reads it back for its ETag. */
export async function createChallenge(api: Api, input: ChallengeInput): Promise<Versioned> {
  const { challenge } = await request(api, 'POST', 'challenges', { json: input });
  return readChallenge(api, challenge.id);
}

/** Changes a challenge, only while it is still the version `etag` names (else StaleError). */
export const patchChallenge = (api: Api, id: string, patch: ChallengePatch, etag?: string) =>
  request(api, 'PATCH', path(id), { json: patch, ifMatch: etag });

export const deleteChallenge = (api: Api, id: string) => api.call<void>('DELETE', path(id));

/** Every challenge of the organisation (drafts included), newest first. */
export async function listChallenges(api: Api, orgId: string): Promise<Challenge[]> {
  const all: Challenge[] = [];
  let cursor: string | undefined;
  // 10 pages of 100 at most: far beyond what one organisation writes.
  for (let i = 0; i < 10; i++) {
    const page = await api.call<{ data: Challenge[]; nextCursor: string | null }>(
      'GET',
      'challenges',
      { query: { org: orgId, limit: 100, cursor } },
    );
    all.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return all;
}

/** Submissions per challenge (`GET /v1/challenge-submission-counts`). */
export const submissionCounts = (api: Api) =>
  api.call<{ data: SubmissionCount[] }>('GET', 'challenge-submission-counts');

/** The coach's hints on a draft, written in `lang`. */
export const coach = (api: Api, draft: CoachDraft, lang: string) =>
  api.call<{ hints: CoachHint[] }>('POST', 'coach/challenge', { query: { lang }, json: draft });

/** The organisation's default language. */
export const orgLanguage = (api: Api, orgId: string) =>
  api
    .call<{ defaultLanguage?: string }>('GET', `organizations/${encodeURIComponent(orgId)}`)
    .then((o) => o.defaultLanguage);
