/**
 * <ep-console>: the shell of the staff console. It finds out who is signed in,
 * which organisation they act for (the switcher, sent as Entrypoint-Org),
 * routes (router.ts) to the views, each loaded when first opened, and keeps
 * the status region, the offline notice, the language and the global keys.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { AuthError } from '@entrypoint/sdk';
import { Api, type Membership, type Session } from './api.js';
import { go, interceptLinks, parse, ROUTE_EVENT, typing, type Route } from './router.js';
import {
  lang,
  LANGUAGE_NAMES,
  preferredLanguage,
  setLanguage,
  t,
  UI_LANGUAGES,
  type UiLanguage,
} from './i18n/index.js';
import { canEdit, canWrite, type ConsoleContext } from './context.js';
import { shared } from './styles.js';
import { helpContent } from './help-content.js';
import { firstPage } from './list-params.js';
import { deepActive, focusOnRender, message, text } from './util.js';

const ORG_KEY = 'ep-console-org';

function savedOrg(): string | null {
  try {
    return localStorage.getItem(ORG_KEY);
  } catch {
    return null;
  }
}
function saveOrg(org: string) {
  try {
    localStorage.setItem(ORG_KEY, org);
  } catch {
    // Not remembered: the first membership next time.
  }
}

const views: Record<string, () => Promise<unknown>> = {
  'sign-in': () => import('./views/sign-in.js'),
  inbox: () => import('./views/inbox.js'),
  detail: () => import('./views/detail.js'),
  settings: () => import('./views/settings.js'),
  doors: () => import('./views/doors.js'),
  challenges: () => import('./views/challenges.js'),
  challenge: () => import('./views/challenge-editor.js'),
  stories: () => import('./views/stories.js'),
  story: () => import('./views/story-editor.js'),
  organization: () => import('./views/organization.js'),
  staff: () => import('./views/staff.js'),
  embed: () => import('./views/embed.js'),
  results: () => import('./views/results.js'),
};

export class EpConsole extends LitElement {
  static override properties = {
    route: { state: true },
    session: { state: true },
    org: { state: true },
    online: { state: true },
    status: { state: true },
    failure: { state: true },
    ready: { state: true },
  };
  static override styles = [
    shared,
    css`
      :host {
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: -999em;
      }
      .skip:focus {
        left: 0.5em;
        top: 0.5em;
        z-index: 10;
        background: var(--ep-color-surface);
        padding: 0.5em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
        padding: 0.5em 1em;
        border-bottom: 1px solid var(--ep-color-border);
        background: var(--ep-color-surface-alt);
      }
      .brand {
        font-weight: 700;
        margin-right: auto;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .tools label {
        font-weight: normal;
        font-size: 0.9em;
      }
      main {
        padding: 1em;
        max-width: 80em;
        margin: 0 auto;
      }
      .status {
        position: fixed;
        bottom: 1em;
        left: 50%;
        transform: translateX(-50%);
        max-width: calc(100vw - 2em);
        margin: 0;
        z-index: 5;
      }
      .status:empty {
        display: none;
      }
      .status p {
        margin: 0;
        padding: 0.6em 1em;
        border-radius: var(--ep-radius);
        background: var(--ep-color-text);
        color: var(--ep-color-surface);
      }
      .keys th {
        text-align: left;
        padding: 0.2em 1em 0.2em 0;
        vertical-align: top;
      }
      .keys kbd {
        white-space: nowrap;
      }
      dd {
        margin: 0 0 0.5em;
      }
      dt {
        font-weight: 600;
      }
    `,
  ];

  declare route: Route;
  declare session: Session | undefined;
  declare org: string | undefined;
  declare online: boolean;
  declare status: string;
  declare failure: string | undefined;
  declare ready: boolean;
  readonly api = new Api();
  private orgNames = new Map<string, string>();
  private orgKinds = new Map<string, ConsoleContext['orgKind']>();
  private pendingG = false;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.route = parse();
    this.online = navigator.onLine;
    this.status = '';
    this.ready = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    interceptLinks(window);
    window.addEventListener('popstate', this.onRoute);
    window.addEventListener(ROUTE_EVENT, this.onRoute);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('keydown', this.onKey);
    void this.start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
    window.removeEventListener(ROUTE_EVENT, this.onRoute);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('keydown', this.onKey);
  }

  private async start() {
    // In parallel: the language, who is signed in, and the code of the page asked for.
    const view = views[this.route.name]?.().catch(() => undefined);
    const session = this.api.session();
    // The inbox's first page at once, for the organisation used last time
    // (taken by the inbox only if the session confirms it).
    const last = savedOrg();
    if (this.route.name === 'inbox' && last) {
      this.api.setOrg(last);
      const { key, params } = firstPage(this.route.query, last);
      this.api.prefetch(key, params);
    }
    await setLanguage(preferredLanguage());
    const error = this.route.query.get('error');
    try {
      this.useSession(await session);
      await view;
      if (this.route.name === 'sign-in' && !error) go('/console/inbox', { replace: true });
    } catch (e) {
      if (!(e instanceof AuthError)) this.failure = message(e);
      else if (this.route.name !== 'sign-in') {
        const back = location.pathname + location.search;
        go(
          `/console/sign-in${back.startsWith('/console/inbox') ? `?next=${encodeURIComponent(back)}` : ''}`,
          {
            replace: true,
          },
        );
      }
    }
    this.ready = true;
    await this.loadView();
  }

  /** After sign-in (or at start): the session, and the organisation to act for. */
  useSession(session: Session) {
    const saved = savedOrg();
    const org =
      session.memberships.find((m) => m.orgId === saved)?.orgId ?? session.memberships[0]?.orgId;
    if (org !== this.api.org) this.api.setOrg(org);
    if (org) saveOrg(org);
    this.org = org;
    this.session = session;
    // The names come when they come; until then the header shows the ids.
    for (const m of session.memberships) {
      if (this.orgNames.has(m.orgId)) continue;
      this.api.client.organizations.get(m.orgId).then(
        (o) => {
          this.orgNames.set(m.orgId, text(o.name));
          this.orgKinds.set(m.orgId, o.kind);
          this.requestUpdate();
        },
        () => undefined,
      );
    }
  }

  private onRoute = () => {
    this.route = parse();
    void this.loadView();
  };

  private async loadView() {
    const load = views[this.route.name];
    if (this.route.name !== 'sign-in' && !this.session && this.ready) {
      go('/console/sign-in', { replace: true });
      return;
    }
    if (load) await load().catch(() => (this.failure = t.errorNetwork));
    this.requestUpdate();
    await this.updateComplete;
  }

  private onOnline = () => {
    this.online = true;
    this.announce(t.backOnline);
  };
  private onOffline = () => (this.online = false);

  private onKey = (e: KeyboardEvent) => {
    if (typing(e) || e.defaultPrevented) return;
    if (e.key === '?') {
      e.preventDefault();
      this.openHelp();
    } else if (e.key === 'g') {
      this.pendingG = true;
      setTimeout(() => (this.pendingG = false), 1500);
    } else if (e.key === 'i' && this.pendingG && this.session) {
      this.pendingG = false;
      go('/console/inbox');
    }
  };

  private helpReturn: HTMLElement | null = null;
  openHelp() {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#help');
    if (!dialog || dialog.open) return;
    this.helpReturn = deepActive();
    dialog.showModal();
  }

  private closeHelp = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('#help')?.close();
  };

  announce(text: string) {
    this.status = '';
    clearTimeout(this.statusTimer);
    // A fresh node each time, so the same words are read out again.
    requestAnimationFrame(() => {
      this.status = text;
      this.statusTimer = setTimeout(() => (this.status = ''), 6000);
    });
  }

  private context(): ConsoleContext | undefined {
    const session = this.session;
    const membership = session?.memberships.find((m) => m.orgId === this.org);
    if (!session || !membership) return undefined;
    return {
      api: this.api,
      session,
      membership,
      canWrite: canWrite(membership),
      canEdit: canEdit(membership),
      isAdmin: membership.role === 'admin',
      orgKind: this.orgKinds.get(membership.orgId),
      orgNames: this.orgNames,
      announce: (m) => this.announce(m),
      signedOut: () => this.signedOut(),
    };
  }

  signedOut() {
    this.session = undefined;
    this.announce(t.sessionEnded);
    go('/console/sign-in');
  }

  private switchOrg = (e: Event) => {
    const org = (e.target as HTMLSelectElement).value;
    saveOrg(org);
    this.api.setOrg(org);
    this.org = org;
    go('/console/inbox');
  };

  private switchLanguage = async (e: Event) => {
    await setLanguage((e.target as HTMLSelectElement).value as UiLanguage, true);
    this.requestUpdate();
    // The views render their own strings: ask them to render again.
    this.renderRoot.querySelector('main > *')?.dispatchEvent(new Event('ep-language'));
  };

  private async signOut(everywhere: boolean) {
    try {
      await (everywhere ? this.api.signOutEverywhere() : this.api.signOut());
    } catch (e) {
      if (!(e instanceof AuthError)) return this.announce(message(e));
    }
    this.session = undefined;
    go('/console/sign-in?signedOut=1');
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('route') && changed.get('route') !== undefined) {
      // A new page: its view focuses its own heading (or what it restores).
      window.scrollTo?.(0, 0);
    }
  }

  override render() {
    const ctx = this.context();
    const r = this.route;
    return html`<a class="skip" href="#main" @click=${this.skip}>${t.skip}</a>
      <header>
        <span class="brand">${t.appName}</span>
        ${this.session && ctx ? this.renderNav(ctx) : nothing}
        <div class="tools">
          <label for="lang">${t.language}</label>
          <select id="lang" @change=${this.switchLanguage}>
            ${UI_LANGUAGES.map(
              (l) =>
                html`<option value=${l} ?selected=${l === lang} lang=${l}>
                  ${LANGUAGE_NAMES[l]}
                </option>`,
            )}
          </select>
        </div>
      </header>
      ${this.online ? nothing : html`<p class="notice danger" role="alert">${t.offline}</p>`}
      <main id="main" tabindex="-1">
        ${this.failure ? this.renderFailure() : this.renderView(r, ctx)}
      </main>
      <div class="status" role="status" aria-live="polite">
        ${this.status ? html`<p>${this.status}</p>` : nothing}
      </div>
      <dialog id="help" aria-labelledby="help-title" @close=${this.helpClosed}>
        <h2 id="help-title">${t.help.title}</h2>
        ${helpContent(3)}
        <button class="primary" @click=${this.closeHelp}>${t.close}</button>
      </dialog>`;
  }

  private helpClosed = () => {
    this.helpReturn?.focus();
    this.helpReturn = null;
  };

  private skip = (e: Event) => {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main h1, main')?.focus();
  };

  private renderFailure() {
    return html`<h1>${t.appName}</h1>
      <p class="notice danger" role="alert">${this.failure}</p>
      <button @click=${() => location.reload()}>${t.retry}</button>`;
  }

  private renderNav(ctx: ConsoleContext) {
    const s = ctx.session;
    const within: Record<string, string> = {
      detail: 'inbox',
      challenge: 'challenges',
      story: 'stories',
    };
    const current = (name: string) =>
      this.route.name === name || within[this.route.name] === name ? 'page' : undefined;
    const item = (name: string, path: string, label: string) =>
      html`<li><a href=${path} aria-current=${current(name) ?? nothing}>${label}</a></li>`;
    return html`<nav aria-label=${t.nav.label}>
        <ul>
          <li>
            <a href="/console/inbox" aria-current=${current('inbox') ?? nothing}>${t.nav.inbox}</a>
          </li>
          ${item('challenges', '/console/challenges', t.nav.challenges)}
          ${item('stories', '/console/stories', t.nav.stories)}
          ${item('results', '/console/results', t.nav.results)}
          <li>
            <a href="/console/doors" aria-current=${current('doors') ?? nothing}>${t.nav.doors}</a>
          </li>
          ${item('organization', '/console/organization', t.nav.organization)}
          ${ctx.isAdmin ? item('staff', '/console/staff', t.nav.staff) : nothing}
          ${ctx.canEdit ? item('embed', '/console/embed', t.nav.embed) : nothing}
          <li>
            <a href="/console/settings/notifications" aria-current=${current('settings') ?? nothing}
              >${t.nav.notifications}</a
            >
          </li>
          <li>
            <a href="/console/help" aria-current=${current('help') ?? nothing}>${t.nav.help}</a>
          </li>
        </ul>
      </nav>
      <div class="tools">
        ${
          s.memberships.length > 1
            ? html`<label for="org">${t.nav.org}</label>
                <select id="org" @change=${this.switchOrg}>
                  ${s.memberships.map(
                    (m: Membership) =>
                      html`<option value=${m.orgId} ?selected=${m.orgId === this.org}>
                        ${this.orgNames.get(m.orgId) ?? m.orgId} (${t.roles[m.role]})
                      </option>`,
                  )}
                </select>`
            : html`<span
                >${this.orgNames.get(ctx.membership.orgId) ?? ctx.membership.orgId}
                (${t.roles[ctx.membership.role]})</span
              >`
        }
        <span class="muted">${t.nav.signedInAs(s.staff.name ?? s.staff.email)}</span>
        <button @click=${() => this.signOut(false)}>${t.nav.signOut}</button>
        <button @click=${() => this.signOut(true)}>${t.nav.signOutEverywhere}</button>
      </div>`;
  }

  private renderView(r: Route, ctx: ConsoleContext | undefined) {
    if (!this.ready) return html`<p role="status">${t.loading}</p>`;
    switch (r.name) {
      case 'sign-in':
        return html`<ep-sign-in
          .api=${this.api}
          .route=${r}
          @ep-signed-in=${(e: CustomEvent<Session>) => this.signedIn(e.detail)}
        ></ep-sign-in>`;
      case 'inbox':
        return ctx ? html`<ep-inbox .ctx=${ctx} .route=${r} .org=${this.org}></ep-inbox>` : nothing;
      case 'detail':
        return ctx
          ? html`<ep-detail .ctx=${ctx} .route=${r} .org=${this.org}></ep-detail>`
          : nothing;
      case 'settings':
        return ctx ? html`<ep-settings .ctx=${ctx} .org=${this.org}></ep-settings>` : nothing;
      case 'doors':
        return ctx ? html`<ep-doors .ctx=${ctx}></ep-doors>` : nothing;
      case 'challenges':
        return ctx ? html`<ep-challenges .ctx=${ctx} .route=${r}></ep-challenges>` : nothing;
      case 'challenge':
        return ctx
          ? html`<ep-challenge-editor .ctx=${ctx} .route=${r}></ep-challenge-editor>`
          : nothing;
      case 'stories':
        return ctx ? html`<ep-stories .ctx=${ctx} .route=${r}></ep-stories>` : nothing;
      case 'story':
        return ctx ? html`<ep-story-editor .ctx=${ctx} .route=${r}></ep-story-editor>` : nothing;
      case 'organization':
        return ctx ? html`<ep-organization .ctx=${ctx} .route=${r}></ep-organization>` : nothing;
      case 'staff':
        return ctx ? html`<ep-staff .ctx=${ctx} .route=${r}></ep-staff>` : nothing;
      case 'embed':
        return ctx ? html`<ep-embed .ctx=${ctx} .route=${r}></ep-embed>` : nothing;
      case 'results':
        return ctx ? html`<ep-results .ctx=${ctx} .route=${r}></ep-results>` : nothing;
      case 'help':
        return html`<section class="help">
          <h1 tabindex="-1" ${focusOnRender()}>${t.help.title}</h1>
          ${helpContent(2)}
        </section>`;
      default:
        return html`<h1 tabindex="-1">404</h1>
          <p><a href="/console/inbox">${t.detail.back}</a></p>`;
    }
  }

  private signedIn(session: Session) {
    this.useSession(session);
    const next = this.route.query.get('next');
    go(next && next.startsWith('/console/') ? next : '/console/inbox', { replace: true });
  }
}

customElements.define('ep-console', EpConsole);
