/**
 * The embed builder's logic, apart from its view (views/embed.ts): which
 * attributes each element takes (packages/elements/README.md), the snippet a
 * site pastes, its brand tokens as a `<style>` block, the Content Security
 * Policy the site needs, and WCAG contrast.
 * @see https://www.w3.org/TR/WCAG21/#contrast-minimum
 * @see https://www.w3.org/TR/CSP3/#source-list-syntax (hash sources)
 */

export const TAGS = [
  'ep-challenge-board',
  'ep-entry-form',
  'ep-story-feed',
  'ep-cluster-directory',
] as const;
export type Tag = (typeof TAGS)[number];

/** The UI languages of the elements; '' leaves it to the page's own `lang`. */
export const ELEMENT_LANGUAGES = ['', 'en', 'sv', 'nb', 'fi'] as const;
export type ElementLanguage = (typeof ELEMENT_LANGUAGES)[number];

/** What a person chose; '' means "not set" (the element's default). */
export interface EmbedConfig {
  tag: Tag;
  /** Owner ids (the board takes several; the others one). */
  orgs: string[];
  lang: ElementLanguage;
  heading: string;
  headingLevel: string;
  status: string;
  theme: string;
  region: string;
  sector: string;
  country: string;
  pageSize: string;
  limit: string;
  layout: '' | 'list' | 'grid';
  challenge: string;
  /** The organisation whose site it is (a cluster), credited as `via`. */
  via: string;
  privacyUrl: string;
  tokens: Tokens;
}

export interface Tokens {
  accent: string;
  onAccent: string;
  text: string;
  surface: string;
  font: string;
  radius: string;
}

export const TOKEN_PROPERTIES: Record<keyof Tokens, string> = {
  accent: '--ep-color-accent',
  onAccent: '--ep-color-on-accent',
  text: '--ep-color-text',
  surface: '--ep-color-surface',
  font: '--ep-font-family',
  radius: '--ep-radius',
};

export const COLOR_TOKENS = ['accent', 'onAccent', 'text', 'surface'] as const;

/** The corners a person picks from (the elements' default is 0.375em). */
export const RADII = ['', '0', '0.25em', '0.75em', '1.5em'] as const;

export const emptyConfig = (org: string): EmbedConfig => ({
  tag: 'ep-challenge-board',
  orgs: [org],
  lang: '',
  heading: '',
  headingLevel: '',
  status: '',
  theme: '',
  region: '',
  sector: '',
  country: '',
  pageSize: '',
  limit: '',
  layout: '',
  challenge: '',
  via: '',
  privacyUrl: '',
  tokens: { accent: '', onAccent: '', text: '', surface: '', font: '', radius: '' },
});

/** The attributes of the chosen element, in the order the snippet writes them; unset ones left out. */
export function attributes(c: EmbedConfig): Array<[string, string]> {
  const org = c.tag === 'ep-challenge-board' ? c.orgs.join(',') : (c.orgs[0] ?? '');
  const pairs: Array<[string, string]> = [];
  const add = (name: string, value: string) => {
    if (value.trim() !== '') pairs.push([name, value.trim()]);
  };
  switch (c.tag) {
    case 'ep-challenge-board':
      add('org', org);
      add('via', c.via);
      add('status', c.status);
      add('theme', c.theme);
      add('region', c.region);
      add('page-size', c.pageSize);
      break;
    case 'ep-entry-form':
      add('org', org);
      add('via', c.via);
      add('challenge', c.challenge);
      add('privacy-url', c.privacyUrl);
      break;
    case 'ep-story-feed':
      add('org', org);
      add('theme', c.theme);
      add('limit', c.limit);
      add('layout', c.layout);
      break;
    case 'ep-cluster-directory':
      add('sector', c.sector);
      add('country', c.country);
      add('region', c.region);
      break;
  }
  add('lang', c.lang);
  add('heading', c.heading);
  add('heading-level', c.headingLevel);
  return pairs;
}

/** An attribute value as HTML writes it between double quotes. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The custom properties set, as [property, value]. */
export function tokenDeclarations(tokens: Tokens): Array<[string, string]> {
  return (Object.keys(TOKEN_PROPERTIES) as Array<keyof Tokens>)
    .filter((k) => tokens[k].trim() !== '' && tokenProblem(k, tokens[k]) === undefined)
    .map((k) => [TOKEN_PROPERTIES[k], tokens[k].trim()]);
}

/** Why a token's value cannot go into CSS as it is: 'color' or 'font'. */
export function tokenProblem(key: keyof Tokens, value: string): 'color' | 'font' | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if ((COLOR_TOKENS as readonly string[]).includes(key)) return parseHex(v) ? undefined : 'color';
  // A font list: names, quoted names, commas. Nothing that could end the rule.
  if (key === 'font') return /^[\p{L}\p{N} ,'"_-]{1,200}$/u.test(v) ? undefined : 'font';
  return (RADII as readonly string[]).includes(v) ? undefined : 'font';
}

/** The text inside the `<style>` block (what its CSP hash covers), or '' when no token is set. */
export function styleText(tag: Tag, tokens: Tokens): string {
  const decls = tokenDeclarations(tokens);
  if (decls.length === 0) return '';
  return `\n  ${tag} {\n${decls.map(([k, v]) => `    ${k}: ${v};\n`).join('')}  }\n`;
}

/** The script URL of this server's embed. */
export const scriptUrl = (origin: string) => `${origin}/embed/entrypoint.js`;

/** The whole snippet to paste. */
export function snippet(c: EmbedConfig, origin: string): string {
  const attrs = attributes(c)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  const style = styleText(c.tag, c.tokens);
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl(origin))}"></script>`,
    ...(style ? [`<style>${style}</style>`] : []),
    `<${c.tag}${attrs}></${c.tag}>`,
  ].join('\n');
}

/** CSP hash source of a `<style>` block's text: 'sha256-BASE64'. */
export async function styleHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

export interface CspAdvice {
  /** Each directive with the sources to add to it. */
  directives: Array<[string, string[]]>;
  /** A whole policy for a page that has none yet: what the builder tests with. */
  header: string;
}

/**
 * What the site's policy needs for this snippet: the script and the API from
 * this server, images from it (uploads under /media) and from wherever the
 * owner's story images are, and the style block's hash when there is one.
 */
export function cspAdvice(origin: string, imageOrigins: string[], hash: string | undefined) {
  const images = [...new Set([origin, ...imageOrigins])];
  const directives: Array<[string, string[]]> = [
    ['script-src', [origin]],
    ['connect-src', [origin]],
    ['img-src', images],
  ];
  if (hash) directives.push(['style-src', [hash]]);
  const header = [
    "default-src 'self'",
    `script-src 'self' ${origin}`,
    `style-src 'self'${hash ? ` ${hash}` : ''}`,
    `connect-src 'self' ${origin}`,
    `img-src 'self' data: ${images.join(' ')}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  return { directives, header } satisfies CspAdvice;
}

/** A site address typed by a person, as an origin (scheme, host, port), or undefined. */
export function siteOrigin(input: string): string | undefined {
  const v = input.trim();
  if (!v) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** `#rgb` or `#rrggbb` as [r, g, b] 0–255. */
export function parseHex(value: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two `#hex` colours (1–21), or undefined. */
export function contrast(a: string, b: string): number | undefined {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return undefined;
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The pairs that must reach 4.5:1 (normal text, WCAG 1.4.3), on the elements' light defaults. */
export interface ContrastCheck {
  pair: 'buttonText' | 'links' | 'text';
  ratio: number;
  ok: boolean;
}

export function contrastChecks(tokens: Tokens): ContrastCheck[] {
  const set = (v: string, fallback: string) => (parseHex(v) ? v.trim() : fallback);
  const accent = set(tokens.accent, '#0b5cad');
  const onAccent = set(tokens.onAccent, '#ffffff');
  const surface = set(tokens.surface, '#ffffff');
  const text = set(tokens.text, '#000000');
  const anySet = (...keys: Array<keyof Tokens>) => keys.some((k) => parseHex(tokens[k]));
  const checks: ContrastCheck[] = [];
  const push = (pair: ContrastCheck['pair'], a: string, b: string) => {
    const ratio = contrast(a, b)!;
    checks.push({ pair, ratio, ok: ratio >= 4.5 });
  };
  if (anySet('accent', 'onAccent')) push('buttonText', onAccent, accent);
  if (anySet('accent', 'surface')) push('links', accent, surface);
  if (anySet('text', 'surface')) push('text', text, surface);
  return checks;
}
