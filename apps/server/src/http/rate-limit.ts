/**
 * The submission rate limit: a fixed window per client address.
 *
 * One process (PGlite) counts in memory, in a map of bounded size. Several
 * instances on one PostgreSQL count in a shared table (store/rate-limits.ts),
 * so a client gets the limit once, not once per instance.
 */
import type { Context } from 'hono';
import type { Clock } from '../services/clock.js';
import { countHit, forgetOldHits, type HitRow } from '../store/rate-limits.js';
import type { Store } from '../store/open.js';
import { clientAddressReader, type TrustProxy } from './client-address.js';

export interface Limiter {
  /** Counts a hit; resolves to the seconds to wait when over the limit, else 0. */
  hit(address: string): Promise<number>;
  /** A hit whose count in the shared table may wait for a statement the request sends anyway. */
  pending(address: string): Promise<PendingHit>;
}

/**
 * A hit on the limit, counted already (in memory), or still to be counted in
 * the shared table: by the statement that reads what a post needs
 * (`row`, then `wait` with the count it returned), or alone (`count`).
 */
export interface PendingHit {
  /** The shared table's row to count; undefined when counted already. */
  row: HitRow | undefined;
  /** The seconds to wait (0: go on), given the row's count when there was one. */
  wait(count: number | undefined): number;
  /** Counts it alone (when nothing else goes to the database); the seconds to wait. */
  count(): Promise<number>;
}

const waitSeconds = (resetAt: number, now: number) =>
  Math.max(1, Math.ceil((resetAt - now) / 1000));

/** In memory, for one process. At most `maxEntries` addresses are kept: the oldest go first. */
export class RateLimiter implements Limiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  #lastSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxEntries = 100_000,
    private readonly clock: Clock = { now: () => new Date() },
  ) {}

  /** The number of addresses held. */
  get size(): number {
    return this.#hits.size;
  }

  hit(address: string): Promise<number> {
    return Promise.resolve(this.hitNow(address, this.clock.now().getTime()));
  }

  pending(address: string): Promise<PendingHit> {
    const wait = this.hitNow(address, this.clock.now().getTime());
    return Promise.resolve({
      row: undefined,
      wait: () => wait,
      count: () => Promise.resolve(wait),
    });
  }

  hitNow(address: string, now: number): number {
    if (now - this.#lastSweep > this.windowMs) this.#sweep(now);
    let entry = this.#hits.get(address);
    if (!entry || entry.resetAt <= now) {
      this.#hits.delete(address);
      if (this.#hits.size >= this.maxEntries) this.#sweep(now);
      // Still full of live windows: drop the oldest (a Map iterates in insertion order).
      for (const oldest of this.#hits.keys()) {
        if (this.#hits.size < this.maxEntries) break;
        this.#hits.delete(oldest);
      }
      entry = { count: 0, resetAt: now + this.windowMs };
      this.#hits.set(address, entry);
    }
    entry.count++;
    return entry.count > this.max ? waitSeconds(entry.resetAt, now) : 0;
  }

  #sweep(now: number) {
    this.#lastSweep = now;
    for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
  }
}

/** In PostgreSQL, shared by every instance on the database: one upsert per hit. */
export class SharedRateLimiter implements Limiter {
  #lastSweep = 0;

  constructor(
    private readonly store: Store,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  async hit(address: string): Promise<number> {
    return (await this.pending(address)).count();
  }

  async pending(address: string): Promise<PendingHit> {
    const now = this.clock.now().getTime();
    const windowStart = now - (now % this.windowMs);
    if (now - this.#lastSweep > this.windowMs) {
      this.#lastSweep = now;
      await forgetOldHits(this.store.db, new Date(windowStart));
    }
    const row = { address, windowStart: new Date(windowStart) };
    const wait = (count: number | undefined) =>
      count !== undefined && count > this.max ? waitSeconds(windowStart + this.windowMs, now) : 0;
    return {
      row,
      wait,
      count: async () => wait(await countHit(this.store.db, row.address, row.windowStart)),
    };
  }
}

/**
 * The limit of `POST /v1/submissions`: the request's client address, counted
 * where the engine allows (a shared count waits for the post's first query).
 */
export function submissionLimiter(args: {
  store: Store;
  clock: Clock;
  rateLimit: { max: number; windowMs: number };
  trustProxy: TrustProxy;
}): (c: Context) => Promise<PendingHit> {
  const { max, windowMs } = args.rateLimit;
  const limiter: Limiter =
    args.store.engine === 'postgres'
      ? new SharedRateLimiter(args.store, max, windowMs, args.clock)
      : new RateLimiter(max, windowMs, 100_000, args.clock);
  const addressOf = clientAddressReader(args.trustProxy);
  return (c) => limiter.pending(addressOf(c));
}
