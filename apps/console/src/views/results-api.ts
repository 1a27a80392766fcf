/** `GET /v1/results` and `/v1/results.csv` for <ep-results> (apps/server/src/services/results.ts). */
import type { Api } from '../api.js';

type Localized = Record<string, string>;

export interface ResultCounts {
  received: number;
  inDialogue: number;
  forwarded: number;
  accepted: number;
  declined: number;
  answered: number;
  unanswered: number;
  medianDays: number | null;
}

export interface Results {
  orgId: string;
  challengeId: string | null;
  from: string | null;
  to: string | null;
  total: ResultCounts;
  byKind: Array<ResultCounts & { kind: string }>;
  byVia: Array<ResultCounts & { via: string | null; name: Localized | null }>;
  byCountry: Array<ResultCounts & { country: string | null }>;
  challenges: Array<
    ResultCounts & { challengeId: string | null; title: Localized | null; stories: number }
  >;
  stories: {
    count: number;
    items: Array<{ id: string; orgId: string; title: Localized; publishedAt: string }>;
  };
  /** What arrived at other receivers credited to this organisation as `via` (null for one challenge). */
  openedDoors: {
    total: ResultCounts;
    byReceiver: Array<ResultCounts & { orgId: string; name: Localized | null }>;
  } | null;
}

export interface ResultsParams {
  challenge?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const getResults = (api: Api, params: ResultsParams) =>
  api.call<Results>('GET', 'results', { query: { ...params } });

export const getResultsCsv = (api: Api, params: ResultsParams & { lang: string }) =>
  api.call<Blob>('GET', 'results.csv', { query: { ...params }, blob: true });
