/**
 * The daily digest of arrivals, beside the mail worker: every `everyMs` it
 * queues the digests that are due (services/notify.ts `queueDueDigests`: once
 * a day, after 07:00 in the configured time zone) and wakes the worker. Every
 * instance runs one; the rows they take decide who sends which digest.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { queueDueDigests, type DigestOptions } from '../services/notify.js';
import { systemClock, type Clock } from '../services/clock.js';
import { silentLogger, type Logger } from '../ops/log.js';

export interface DigestJobOptions extends DigestOptions {
  db: Kysely<Database>;
  clock?: Clock;
  log?: Logger;
  /** How often to look (default a minute). */
  everyMs?: number;
  /** Called after digests were queued (e.g. the mail worker's `wake`). */
  onQueued?: () => void;
}

export interface DigestJob {
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export function createDigestJob(options: DigestJobOptions): DigestJob {
  const { db, clock = systemClock, log = silentLogger, everyMs = 60_000, onQueued } = options;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> | undefined;

  async function runOnce() {
    const queued = await queueDueDigests(db, clock, options);
    if (queued) {
      log.info('digests queued', { count: queued });
      onQueued?.();
    }
    return queued;
  }

  const tick = () => {
    round = runOnce()
      .catch((error: unknown) => log.error('digest round failed', { error }))
      .finally(() => {
        round = undefined;
      });
  };

  return {
    runOnce,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        if (!round) tick();
      }, everyMs);
      timer.unref();
      tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await round;
    },
  };
}
