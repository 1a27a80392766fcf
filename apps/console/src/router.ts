/**
 * The console's routes on the History API, all below /console:
 * /console/sign-in, /console/inbox?view=…&filters, /console/inbox/REF,
 * /console/doors, /console/help, /console/settings/notifications,
 * /console/challenges, /console/challenges/ID (or /new), /console/stories,
 * /console/stories/ID (or /new), /console/organization, /console/staff,
 * /console/embed, /console/results. Links inside the app are
 * plain <a href> that `go` takes over, so a new tab or a copied link works too.
 */
export type RouteName =
  | 'sign-in'
  | 'inbox'
  | 'detail'
  | 'doors'
  | 'help'
  | 'settings'
  | 'challenges'
  | 'challenge'
  | 'stories'
  | 'story'
  | 'organization'
  | 'staff'
  | 'embed'
  | 'results'
  | 'not-found';

export interface Route {
  name: RouteName;
  /**
   * The submission's reference (or id) on a detail page; the challenge's or
   * story's id in its editor (`new` for a new one).
   */
  ref?: string;
  query: URLSearchParams;
}

export const BASE = '/console';

export function parse(url: URL | Location = location): Route {
  const path = url.pathname.replace(/\/+$/, '');
  const query = new URLSearchParams(url.search);
  if (path === BASE || path === `${BASE}/inbox`) return { name: 'inbox', query };
  if (path === `${BASE}/sign-in`) return { name: 'sign-in', query };
  if (path === `${BASE}/help`) return { name: 'help', query };
  if (path === `${BASE}/doors`) return { name: 'doors', query };
  if (path === `${BASE}/settings/notifications`) return { name: 'settings', query };
  if (path === `${BASE}/challenges`) return { name: 'challenges', query };
  if (path === `${BASE}/stories`) return { name: 'stories', query };
  if (path === `${BASE}/organization`) return { name: 'organization', query };
  if (path === `${BASE}/staff`) return { name: 'staff', query };
  if (path === `${BASE}/embed`) return { name: 'embed', query };
  if (path === `${BASE}/results`) return { name: 'results', query };
  const m = /^\/console\/(inbox|challenges|stories)\/([^/]+)$/.exec(path);
  if (m) {
    const name = ({ inbox: 'detail', challenges: 'challenge', stories: 'story' } as const)[
      m[1] as 'inbox' | 'challenges' | 'stories'
    ];
    return { name, ref: decodeURIComponent(m[2]!), query };
  }
  return { name: 'not-found', query };
}

export const ROUTE_EVENT = 'ep-route';

/** Goes to a console path (pushState), or replaces the current entry. */
export function go(path: string, { replace = false } = {}) {
  if (path === location.pathname + location.search) {
    if (!replace) return void window.dispatchEvent(new Event(ROUTE_EVENT));
  }
  history[replace ? 'replaceState' : 'pushState'](null, '', path);
  window.dispatchEvent(new Event(ROUTE_EVENT));
}

/** Takes over clicks on same-origin links below /console (in shadow roots too). */
export function interceptLinks(root: EventTarget) {
  root.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    e.preventDefault();
    go(url.pathname + url.search);
  });
}

/** True while the person types in a field or works in a dialog: shortcuts then do nothing. */
export function typing(event: KeyboardEvent): boolean {
  const path = event.composedPath();
  const target = path[0] as HTMLElement | undefined;
  if (!target) return false;
  // In a dialog, Escape is the dialog's own (it closes it), and letters are its fields'.
  if (path.some((n) => n instanceof HTMLDialogElement)) return true;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey
  );
}
