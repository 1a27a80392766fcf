import { createPublicClient } from '@entrypoint/sdk';
import type { ElementsClient } from './client.js';

/** True only in the embed bundle (esbuild `define`); absent from the npm build. */
declare const __EP_EMBED__: boolean | undefined;

/**
 * The server the embed was loaded from: this module sits in
 * `/embed/chunks/`, two levels below the server root. Only in the embed: in an
 * app's bundle, `import.meta.url` says nothing about where the API is.
 */
const defaultApi =
  typeof __EP_EMBED__ !== 'undefined' && __EP_EMBED__
    ? new URL('../..', import.meta.url).href
    : undefined;

const clients = new Map<string, ElementsClient>();

/** The base URL an element talks to: its `api` attribute, else the embed's origin, else the page's. */
export function apiBase(api: string | undefined): string {
  const base = api || defaultApi || globalThis.location?.origin || '';
  return base.replace(/\/+$/, '');
}

/** One SDK client per base URL, shared by every element on the page. */
export function clientFor(
  client: ElementsClient | undefined,
  api: string | undefined,
): ElementsClient {
  if (client) return client;
  const baseUrl = apiBase(api);
  let made = clients.get(baseUrl);
  if (!made) {
    made = createPublicClient({ baseUrl });
    clients.set(baseUrl, made);
  }
  return made;
}

/**
 * The language of an element: its own `lang`, else the nearest `[lang]`
 * ancestor, looking through shadow roots into their hosts, else `en`.
 */
export function resolveLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return validTag(value);
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

function validTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
