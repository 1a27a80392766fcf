/**
 * What a person writes as a site allowed to embed the form, checked before
 * it is sent: an origin as browsers send it in `Origin` (scheme, host, port;
 * no path), which the server also requires (the SDK's `Origin` schema in
 * packages/sdk/src/schemas/organization.ts). The console is stricter in one
 * way: plain http only for this computer, since a public site is https. The
 * answer says what is wrong in a way a person can fix, with a suggestion.
 */
export type OriginProblem =
  | { kind: 'empty' }
  | { kind: 'noScheme'; suggestion: string }
  | { kind: 'scheme' }
  | { kind: 'path'; suggestion: string }
  | { kind: 'http' }
  | { kind: 'host' }
  | { kind: 'duplicate' }
  | { kind: 'tooMany' };

export const MAX_ORIGINS = 50;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

export const isLocalHost = (host: string) => LOCAL_HOSTS.has(host) || host.endsWith('.localhost');

/** The origin to store, or what is wrong with what was written. */
export function checkOrigin(
  raw: string,
  existing: readonly string[],
): { origin: string } | { problem: OriginProblem } {
  const written = raw.trim();
  if (!written) return { problem: { kind: 'empty' } };
  // "https//…", "https:/…", "http:…": a scheme with a typo after it.
  if (/^https?(?!:\/\/)[:/]/i.test(written)) return { problem: { kind: 'scheme' } };
  const scheme = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(written);
  if (!scheme || (!scheme[2] && !/^https?$/i.test(scheme[1]!))) {
    // "www.city.example" or "city.example:8443": no scheme at all.
    const host = written.replace(/^\/+/, '').split(/[/?#]/)[0]!.toLowerCase();
    if (HOST.test(host.replace(/:\d+$/, ''))) {
      return { problem: { kind: 'noScheme', suggestion: `https://${host}` } };
    }
    return { problem: { kind: 'host' } };
  }
  if (!/^https?$/i.test(scheme[1]!) || !scheme[2]) return { problem: { kind: 'scheme' } };
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return { problem: { kind: 'host' } };
  }
  const host = url.hostname;
  if (url.username || url.password || !HOST.test(host)) return { problem: { kind: 'host' } };
  if (url.protocol === 'http:' && !isLocalHost(host)) return { problem: { kind: 'http' } };
  const origin = url.origin;
  // Anything after the origin (a path, even a lone slash, a query, a fragment).
  if (written.replace(/\/+$/, '').length !== written.length || url.pathname !== '/') {
    return { problem: { kind: 'path', suggestion: origin } };
  }
  if (url.search || url.hash || /[?#]/.test(written)) {
    return { problem: { kind: 'path', suggestion: origin } };
  }
  if (existing.includes(origin)) return { problem: { kind: 'duplicate' } };
  if (existing.length >= MAX_ORIGINS) return { problem: { kind: 'tooMany' } };
  return { origin };
}
