/**
 * A stub API for component tests: the SDK's own `createLiteClient` over a
 * `fetch` that answers from a route table in the page, so that an element is
 * mounted alone, with answers, failures and pending calls chosen per test.
 * (The element is the thing under test; the real server is the end-to-end
 * suite's, in test/e2e.)
 */
import { createLiteClient, type EntrypointClient } from '@entrypoint/sdk';
import { render, type TemplateResult } from 'lit';
import { organization, problem } from '../../../sdk/test/factories.js';

/** An answer: JSON with a status, `'pending'` (never answers), or `'offline'` (no connection). */
export type Reply =
  { status?: number; body?: unknown; headers?: Record<string, string> } | 'pending' | 'offline';

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

/** Answers one request; `n` counts the calls of this route from 1. */
export type Handler = (call: Call, n: number) => Reply;

export interface Stub {
  client: EntrypointClient;
  /** Every request, in order. */
  calls: Call[];
  /** The requests to `METHOD /v1/path` (without query). */
  callsTo(key: string): Call[];
  /** Answers `METHOD /v1/path` (without query). */
  route(key: string, reply: Reply | Handler): void;
}

export const list = <T>(data: T[], nextCursor: string | null = null) => ({
  body: { data, nextCursor },
});

export const fail = (status: number, extra: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/problem+json', ...extra },
  body: problem({ status, title: `Problem ${status}`, errors: undefined }),
});

/** A client over the stub; organisations answer with Norrhamn unless routed otherwise. */
export function stubClient(routes: Record<string, Reply | Handler> = {}): Stub {
  const table = new Map<string, Reply | Handler>([
    ['GET /v1/organizations', list([organization()])],
    ...Object.entries(routes),
  ]);
  const counts = new Map<string, number>();
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const call: Call = {
      method,
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    const key = `${method} ${url.pathname}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const route = table.get(key);
    const reply: Reply = typeof route === 'function' ? route(call, n) : (route ?? fail(404));
    if (reply === 'offline') throw new TypeError('Failed to fetch');
    if (reply === 'pending')
      return new Promise((_, reject) =>
        // An abort's reason is a DOMException, which is an Error.
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
      );
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', ...reply.headers },
    });
  };
  return {
    client: createLiteClient({
      baseUrl: 'https://api.example.test',
      fetch,
      retry: 0,
      timeout: false,
    }),
    calls,
    callsTo: (key) => calls.filter((c) => `${c.method} ${c.url.pathname}` === key),
    route: (key, reply) => table.set(key, reply),
  };
}

const mounted: HTMLElement[] = [];

/** Renders `template` into a fresh container in the document and returns its first element, updated once. */
export async function mount<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.firstElementChild as E & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** Removes what `mount` added, and the hash a test opened. */
export function unmountAll(): void {
  for (const c of mounted.splice(0)) c.remove();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  localStorage.clear();
}

/** The first match in the element's shadow root. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot?.querySelector<E>(selector) ?? null;

/** Every match in the element's shadow root. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...(el.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

/** The text of the first match, with white space collapsed; `null` when there is none. */
export const text = (el: Element, selector: string): string | null => {
  const found = $(el, selector);
  return found ? (found.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
};

/** The id of the focused element inside the element's shadow root. */
export const focused = (el: Element): string | undefined => el.shadowRoot?.activeElement?.id;
