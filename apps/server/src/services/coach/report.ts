/**
 * How well the coach tells needs from solutions: every hint it gives on the
 * demo challenges (written as needs) and on the solution-written samples
 * (samples.ts), counted per hint. `npm run coach:report -w @entrypoint/server`
 * prints the table that BENCHMARKS.md keeps.
 */
import { demoChallenges } from '../../demo/data.js';
import { coachChallenge, type ChallengeDraft, type CoachHint } from './index.js';
import type { HintId } from './messages.js';
import { SOLUTION_WRITTEN } from './samples.js';

export interface CoachSetReport {
  name: string;
  challenges: number;
  /** Per hint: how many challenges drew it at least once. */
  flagged: Partial<Record<HintId, number>>;
}

function measure(name: string, drafts: ChallengeDraft[]): CoachSetReport {
  const flagged: Partial<Record<HintId, number>> = {};
  for (const draft of drafts) {
    const ids = new Set(coachChallenge(draft).map((h: CoachHint) => h.id));
    for (const id of ids) flagged[id] = (flagged[id] ?? 0) + 1;
  }
  return { name, challenges: drafts.length, flagged };
}

export function coachReport(): CoachSetReport[] {
  return [
    measure('demo challenges (written as needs)', demoChallenges),
    measure('solution-written samples', SOLUTION_WRITTEN),
  ];
}

const ORDER: HintId[] = [
  'solution',
  'vision-horizon',
  'vision-measurable',
  'opportunity-who',
  'offers',
  'readability',
  'long-sentence',
  'jargon',
  'translation',
  'deadline',
  'contact',
];

export function coachReportMarkdown(reports = coachReport()): string {
  const head = `| hint | ${reports.map((r) => `${r.name} (${r.challenges})`).join(' | ')} |`;
  const rule = `|---|${reports.map(() => '---:').join('|')}|`;
  const rows = ORDER.map(
    (id) => `| \`${id}\` | ${reports.map((r) => r.flagged[id] ?? 0).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}
