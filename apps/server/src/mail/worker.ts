/**
 * Sends what the outbox holds. Each round claims due messages for a lease,
 * sends them one by one and marks each sent, or schedules its next try with
 * exponential backoff (give up after `maxAttempts`). A message is marked sent
 * right after the mail server accepted it; only a crash between those two
 * steps sends it again, after the lease, with the same Message-ID.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { claimDueMail, markMailFailed, markMailSent } from '../store/outbox.js';
import { systemClock, type Clock } from '../services/clock.js';
import { silentLogger, type Logger } from '../ops/log.js';
import type { MailTransport } from './transport.js';

export interface MailWorkerOptions {
  db: Kysely<Database>;
  transport: MailTransport;
  clock?: Clock;
  log?: Logger;
  /** How often to look for due messages. */
  pollMs?: number;
  /** Messages claimed per round. */
  batch?: number;
  /** How long a claim keeps others off a message; well above a send's timeouts. */
  leaseMs?: number;
  /** The wait after the first failure; doubled after each next one. */
  backoffMs?: number;
  maxBackoffMs?: number;
  maxAttempts?: number;
}

export interface MailWorker {
  /** One round: claim, send, record. */
  runOnce(): Promise<{ sent: number; failed: number }>;
  start(): void;
  /** Look now rather than at the next poll (after enqueueing). */
  wake(): void;
  /** Stops polling and waits for the round under way. */
  stop(): Promise<void>;
}

export function backoffDelay(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const {
    db,
    transport,
    clock = systemClock,
    log = silentLogger,
    pollMs = 1000,
    batch = 10,
    leaseMs = 5 * 60_000,
    backoffMs = 30_000,
    maxBackoffMs = 60 * 60_000,
    maxAttempts = 12,
  } = options;

  async function runOnce() {
    const claimed = await claimDueMail(db, clock.now(), { limit: batch, leaseMs });
    let sent = 0;
    let failed = 0;
    for (const row of claimed) {
      try {
        await transport.send({
          id: row.id,
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body ?? undefined,
          replyTo: row.reply_to ?? undefined,
          createdAt: new Date(row.created_at),
        });
      } catch (error) {
        failed++;
        const now = clock.now();
        const retryAt =
          row.attempts < maxAttempts
            ? new Date(now.getTime() + backoffDelay(row.attempts, backoffMs, maxBackoffMs))
            : undefined;
        await markMailFailed(db, row.id, now, (error as Error).message, retryAt);
        log.warn(retryAt ? 'mail not sent; will retry' : 'mail not sent; giving up', {
          id: row.id,
          kind: row.kind,
          attempts: row.attempts,
          retryAt: retryAt?.toISOString(),
          error: (error as Error).message,
        });
        continue;
      }
      await markMailSent(db, row.id, clock.now());
      sent++;
      log.info('mail sent', { id: row.id, kind: row.kind, via: transport.kind });
    }
    return { sent, failed };
  }

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> | undefined;
  let running = false;
  let again = false;

  const tick = () => {
    timer = undefined;
    if (!running) return;
    if (round) {
      again = true;
      return;
    }
    round = runOnce()
      .then(({ sent }) => {
        // A full batch: more may be waiting.
        if (sent === batch) again = true;
      })
      .catch((error: unknown) => log.error('mail round failed', { error }))
      .finally(() => {
        round = undefined;
        if (!running) return;
        const now = again;
        again = false;
        timer = setTimeout(tick, now ? 0 : pollMs);
      });
  };

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      timer = setTimeout(tick, 0);
    },
    wake() {
      if (!running) return;
      if (round) again = true;
      else {
        clearTimeout(timer);
        timer = setTimeout(tick, 0);
      }
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      await round;
    },
  };
}
