import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { parseTrustProxy, proxyList } from '../../src/http/client-address.js';

describe('the in-memory rate limiter', () => {
  it('holds at most maxEntries addresses however many send', () => {
    const limiter = new RateLimiter(5, 60_000, 1000);
    for (let i = 0; i < 50_000; i++)
      limiter.hitNow(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 1);
    expect(limiter.size).toBe(1000);
  });

  it('still limits an address that keeps sending while others flood it', () => {
    const limiter = new RateLimiter(3, 60_000, 100);
    const waits = [];
    for (let i = 0; i < 10; i++) {
      waits.push(limiter.hitNow('203.0.113.1', 1000 + i));
      limiter.hitNow(`10.0.0.${i}`, 1000 + i);
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits.slice(3).every((w) => w > 0)).toBe(true);
  });

  it('starts a new window once the old one is over', () => {
    const limiter = new RateLimiter(1, 1000, 10);
    expect(limiter.hitNow('a', 0)).toBe(0);
    expect(limiter.hitNow('a', 500)).toBe(1);
    expect(limiter.hitNow('a', 1000)).toBe(0);
  });
});

describe('TRUST_PROXY', () => {
  it('reads a hop count, a yes, a no, or a list of addresses and CIDR ranges', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('false')).toBe(0);
    expect(parseTrustProxy('10.0.0.0/8, fd00::/8,192.0.2.1')).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.1',
    ]);
    expect(() => parseTrustProxy('10.0.0.0/8,proxy.example')).toThrow('"proxy.example"');
  });

  it('matches IPv4-mapped IPv6 addresses against IPv4 ranges', () => {
    const isProxy = proxyList(['10.0.0.0/8']);
    expect(isProxy('::ffff:10.1.2.3')).toBe(true);
    expect(isProxy('11.0.0.1')).toBe(false);
  });
});
