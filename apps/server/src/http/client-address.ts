/**
 * The client's address behind reverse proxies.
 *
 * Each proxy appends the address it received the request from to
 * `X-Forwarded-For`, so the entries a client wrote come first and only the
 * last ones can be trusted. The chain is read from the right: the socket's
 * peer, then each `X-Forwarded-For` entry backwards; with `TRUST_PROXY` as a
 * hop count N the address N steps in is the client, with a list of proxy
 * addresses or CIDR ranges the first address that is not one of them is.
 * The leftmost entry is never taken on trust.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** `0`/`false`: no proxy; a number: that many proxies in front; a list: the proxies' addresses or CIDRs. */
export type TrustProxy = boolean | number | readonly string[];

/** `::ffff:10.0.0.1` → `10.0.0.1`, and `[::1]:443` or `10.0.0.1:80` → the address alone. */
function plain(address: string): string {
  let a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

/** A checker for "is this one of my proxies", from addresses and CIDRs; throws on a malformed one. */
export function proxyList(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.trim().split('/');
    const family = isIP(address);
    if (!family || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const a = plain(address);
    const family = isIP(a);
    return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/** Reads `TRUST_PROXY`: unset or `0`/`false` → 0, a number → hops, `true` → 1, else a list. */
export function parseTrustProxy(value: string | undefined): number | string[] {
  const v = value?.trim() ?? '';
  if (v === '' || /^(false|no|off)$/i.test(v)) return 0;
  if (/^(true|yes|on)$/i.test(v)) return 1;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  proxyList(entries); // throws, naming the entry, when one is malformed
  return entries;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** What `clientAddress` needs, prepared once per app. */
export function clientAddressReader(trust: TrustProxy): (c: Context) => string {
  const hops = typeof trust === 'number' ? trust : trust === true ? 1 : 0;
  const isProxy = Array.isArray(trust) ? proxyList(trust) : undefined;
  return (c) => {
    const peer = socketAddress(c);
    if (!hops && !isProxy) return peer ? plain(peer) : 'unknown';
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // Nearest first: the socket's peer, then the entries each proxy appended.
    const chain = [...(peer ? [peer] : []), ...forwarded.reverse()].map(plain);
    if (chain.length === 0) return 'unknown';
    if (isProxy) {
      // The first address (from our side) that is not a proxy of ours; if all are, the farthest.
      return chain.find((a) => !isProxy(a)) ?? chain[chain.length - 1]!;
    }
    return chain[Math.min(hops, chain.length - 1)]!;
  };
}

/**
 * The scheme the client used, as the nearest proxy saw it: `X-Forwarded-Proto`
 * (its last entry), read only when the socket's peer is a trusted proxy (any
 * peer with a hop count; one in the list otherwise). Without a trusted proxy:
 * the scheme of the connection itself.
 */
export function forwardedProtoReader(trust: TrustProxy): (c: Context) => 'http' | 'https' {
  const hops = typeof trust === 'number' ? trust : trust === true ? 1 : 0;
  const isProxy = Array.isArray(trust) ? proxyList(trust) : undefined;
  return (c) => {
    const own = new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
    if (!hops && !isProxy) return own;
    if (isProxy) {
      const peer = socketAddress(c);
      if (!peer || !isProxy(peer)) return own;
    }
    const header = c.req.header('x-forwarded-proto');
    const last = header?.split(',').pop()?.trim().toLowerCase();
    return last === 'https' ? 'https' : last === 'http' ? 'http' : own;
  };
}
