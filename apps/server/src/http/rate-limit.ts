/**
 * A fixed-window counter per client address, in memory. Enough for one
 * instance; behind a load balancer each instance counts its own share (put a
 * shared limiter at the edge for a strict global limit).
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  #lastSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit; returns the seconds to wait when over the limit, else 0. */
  hit(address: string, now = Date.now()): number {
    if (now - this.#lastSweep > this.windowMs) this.#sweep(now);
    let entry = this.#hits.get(address);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.#hits.set(address, entry);
    }
    entry.count++;
    return entry.count > this.max ? Math.max(1, Math.ceil((entry.resetAt - now) / 1000)) : 0;
  }

  #sweep(now: number) {
    this.#lastSweep = now;
    for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
  }
}
