import {
  CHALLENGE_STATUSES,
  THEMES,
  type Challenge,
  type ChallengeCardPage,
  type ChallengeCardParams,
  type ChallengeFacets,
  type Cluster,
} from '@entrypoint/sdk';
import { Task, TaskStatus } from './internal/task.js';
import { html, nothing, type TemplateResult } from 'lit';
import { styles } from './challenge-board.styles.js';
import { challengeCard, statusBadge } from './internal/challenge-views.js';
import type * as DetailModule from './internal/challenge-detail.js';
import { define } from './internal/define.js';
import { board as english } from './i18n/en-board.js';
import { strings, type Strings } from './i18n/index.js';
import { EpElement } from './internal/ep-element.js';
import { failureKind } from './internal/errors.js';
import type { Filters } from './internal/filter.js';
import {
  cardParams,
  cards,
  kept,
  now,
  PREFETCH,
  unknownIn,
  warnUnknown,
  watch,
  type Prefetched,
} from './internal/board-data.js';
import { formatCount, plain } from './internal/format.js';
import { challengeIdOf, HashRouteController } from './internal/hash-route.js';
import { heading } from './internal/heading.js';
import { organizations, orgList, unknownOrgs } from './internal/orgs.js';

/** The list the board shows: the parameters asked with, its first page of cards, and the counts of its filters. */
interface Listing {
  key: string;
  params: ChallengeCardParams;
  first: ChallengeCardPage;
  counts: Promise<Counts>;
}

/** The counts of a listing's filters (`facets` absent from a server that counts none). */
interface Counts {
  key: string;
  facets?: ChallengeFacets | undefined;
}

export interface ChallengeSelectDetail {
  challenge: Challenge;
}

const isOffline = (error: unknown) => failureKind(error) === 'offline';
const noop = () => {};

type Detail = typeof DetailModule;

/**
 * The chunk's file name, for `loadDetail` to ask for it again under another
 * address (written in by scripts/build-embed.mjs; absent outside the embed).
 */
declare const __EP_LAZY__: string | undefined;

let detailCode: Promise<Detail> | undefined;
let detailFailures = 0;

/**
 * The detail's views, styles and strings (internal/challenge-detail.ts): a
 * chunk of its own in the embed, loaded when a challenge is opened, or when
 * one is likely to be (`prefetchDetail`), not before the list's first paint.
 * A failed load is tried again by the next call, under another address
 * (`?1`, `?2` …): Firefox keeps a failed module's failure for the page's life
 * and answers a second `import()` of the same address with it.
 */
function loadDetail(): Promise<Detail> {
  return (detailCode ??= (
    detailFailures && typeof __EP_LAZY__ === 'string'
      ? (import(
          /* @vite-ignore */ new URL(`${__EP_LAZY__}?${detailFailures}`, import.meta.url).href
        ) as Promise<Detail>)
      : import('./internal/challenge-detail.js')
  ).catch((error: unknown) => {
    detailCode = undefined;
    detailFailures++;
    throw error;
  }));
}

/**
 * A person pointing at a card or moving focus to one (a touch, too, starts
 * with a pointer over it) is likely to open it: the detail's code starts to
 * load then, once, beside nothing else; opening it also asks for its data,
 * which takes a request to the API anyway.
 */
const prefetchDetail = () => {
  if (!detailCode && !detailFailures) loadDetail().catch(noop);
};

// A page opened at a challenge (`#ep-challenge=ID`) shows its detail first:
// its code is asked for as soon as the board's has run, beside the board's
// first page and the challenge's data, not after the board's first update.
if (challengeIdOf(location.hash)) prefetchDetail();

/**
 * A board of public challenges from one owner, many, or every owner on the
 * server (`org="*"`, with `region` for a regional board): search, filters with
 * counts, a list in the order that matters to a company (open first by
 * deadline, then in dialogue and in procurement, then solved, then closed)
 * that grows with "show more", page by page from the server (cards: each
 * text in the page's language; the counts of the filters come with the first
 * page; answers are kept, and the next page is asked for ahead), and the detail of one challenge with the
 * clusters that match it, others working on the same thing, the stories told
 * about it, and a way to respond while responding makes sense (open, in
 * dialogue). The open challenge is kept in the URL hash (`#ep-challenge=ID`),
 * so a shared link opens it. An `org` that names no organisation is said at
 * once, in the page's language, and with `console.warn` for the web team.
 *
 * @tagname ep-challenge-board
 * @summary Challenges of one or more owners, with search, filters and a detail view.
 *
 * @fires ep-challenge-select - A challenge was opened. `detail: { challenge }`.
 *
 * @csspart search - The search form.
 * @csspart filters - The row of filters.
 * @csspart list - The list of challenges.
 * @csspart card - One challenge in the list.
 * @csspart load-more - The "show more" button (it loads the next page; `aria-busy` while it does).
 * @csspart detail - The detail view of one challenge.
 * @csspart respond - The button or link to respond to a challenge.
 * @csspart status - The status badge of a challenge (also `status-open`, `status-solved` … by status: see the `--ep-status-*` properties).
 * @csspart heading - The board's heading (with `heading`).
 * @csspart similar - The list of others working on the same thing, in the detail.
 * @csspart stories - The list of stories told about the challenge, in the detail.
 * @csspart story-link - The link to the story of how a solved challenge was solved.
 * @csspart unknown-org - The notice that `org` names no organisation.
 *
 * @cssprop --ep-status-open - Background of the "open" badge (each status has its own; text colour `--ep-status-open-text`).
 * @cssprop --ep-status-open-text - Text and border of the "open" badge.
 * @cssprop --ep-status-in-dialogue - Background of the "in dialogue" badge.
 * @cssprop --ep-status-in-dialogue-text - Text and border of the "in dialogue" badge.
 * @cssprop --ep-status-procurement - Background of the "in procurement" badge.
 * @cssprop --ep-status-procurement-text - Text and border of the "in procurement" badge.
 * @cssprop --ep-status-solved - Background of the "solved" badge.
 * @cssprop --ep-status-solved-text - Text and border of the "solved" badge.
 * @cssprop --ep-status-closed - Background of the "closed" badge.
 * @cssprop --ep-status-closed-text - Text and border of the "closed" badge.
 */
export class ChallengeBoard extends EpElement {
  static override styles = styles;
  // Declared here rather than with decorators: fewer bytes in the embed.
  static override properties = {
    org: {},
    region: {},
    via: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    status: {},
    theme: {},
    pageSize: { attribute: 'page-size', type: Number },
    respondUrl: { attribute: 'respond-url' },
    typed: { state: true, attribute: false },
    query: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    responding: { state: true, attribute: false },
    more: { state: true, attribute: false },
    loadingMore: { state: true, attribute: false },
    moreFailed: { state: true, attribute: false },
    said: { state: true, attribute: false },
  };

  /**
   * The UI strings: the shared ones and the board's own.
   * @ignore
   */
  protected override get t(): Strings<'board'> {
    return strings(this.uiLang, 'board', english);
  }

  /** Owner ids, comma-separated: one city, or a board across many owners. Empty or `*`: every owner on the server. */
  org = '';
  /** Only challenges in this region: a NUTS code or its prefix (`SE2`), e.g. with `org="*"` for a regional board. */
  region = '';
  /** The id of the organisation whose site the board is on (e.g. a cluster): the form it opens credits it (`via`). */
  via = '';
  /** A visible heading above the board (none when empty; the board is then labelled "Challenges"). */
  heading = '';
  /** The level of the board's heading (1–6, default 2); the challenges' titles are one below. */
  headingLevel = 2;
  /** Show only challenges with this status (e.g. `open`). */
  status = '';
  /** Show only challenges with this theme (e.g. `mobility`). */
  theme = '';
  /** How many challenges to show before "show more". */
  pageSize = 12;
  /** Where "respond" goes instead of opening the form in place; `?challenge=ID&org=ORG` (and `&via=` with `via`) is added. */
  respondUrl = '';

  /** The search as typed; `query` follows it after a pause. */
  private typed = '';
  private query = '';
  private filters: Filters = { theme: '', status: '', owner: '' };
  private responding = false;
  /** The pages "show more" added to the listing with this key. */
  private more?: { key: string; pages: ChallengeCardPage[] };
  private loadingMore = false;
  private moreFailed = false;
  /** What the board last said about "show more" (a status message). */
  private said = '';

  #debounce?: ReturnType<typeof setTimeout>;
  /** The challenge a person opened whose `ep-challenge-select` waits for its data. */
  #selecting = '';

  /** The open challenge, from the URL hash. */
  #route = new HashRouteController(this, (id, previous) => {
    this.responding = false;
    this.#selecting = id;
    if (id) this.focusAfterUpdate('#detail-title');
    else if (previous) this.focusAfterUpdate(`[data-id="${CSS.escape(previous)}"]`);
  });

  /**
   * The first page of cards of the board's scope, search and filters, and the
   * counts of its filters. The board's first list asks for the two side by
   * side and shows the cards as soon as they come (the counts, over the whole
   * scope, take longer); later lists ask for both in one answer, so that the
   * cards and the counts change together. Cards already here (the entry's
   * first page, a kept first page) are shown in the update that asks for them.
   */
  #list = new Task(this, {
    task: ([client, org, status, theme, q, region, lang, filters, pageSize]) => {
      const params = cardParams({ org, status, theme, q, region, lang, filters, pageSize });
      const key = JSON.stringify(params);
      this.said = '';
      this.moreFailed = false;
      // What the embed's entry asked for while this code loaded (embed.ts).
      const host = this as unknown as { [PREFETCH]?: Prefetched };
      const prefetched = this.client ? undefined : host[PREFETCH];
      delete host[PREFETCH];
      const facetsOf = (p: Promise<ChallengeCardPage>) =>
        p.then((page): Counts => ({ key, facets: page.facets }));
      const only = { ...params, facets: 'only' as const };
      const listing = (first: ChallengeCardPage, counts: Promise<Counts>): Listing => {
        // The next page is asked for now, so "show more" shows it at once.
        if (first.nextCursor)
          void cards(client, { ...params, cursor: first.nextCursor }).catch(noop);
        return { key, params, first, counts };
      };
      // A list shown before, and not asked for as the first was: one answer.
      if (this.#list.value && !(kept(client, params) && kept(client, only))) {
        return cards(client, { ...params, facets: true }, prefetched).then((first) =>
          listing(first, facetsOf(Promise.resolve(first))),
        );
      }
      const page = cards(client, params, prefetched);
      // A server without `facets=only` (it refuses it): the counts with the cards, once more.
      const counts = facetsOf(cards(client, only, prefetched))
        .catch(() => facetsOf(cards(client, { ...params, facets: true })))
        .catch(() => ({ key }));
      const came = now(page);
      return came ? listing(came, counts) : page.then((first) => listing(first, counts));
    },
    args: () =>
      [
        this.sdk,
        this.org,
        this.status,
        this.theme,
        this.query,
        this.region.trim(),
        this.pageLang,
        this.filters,
        this.pageSize,
      ] as const,
  });

  /** The counts of the filters of the list shown (those of the list before, until they come). */
  #counts = new Task(this, {
    task: ([listing]) => listing?.counts,
    args: () => [this.#list.value] as const,
  });

  /**
   * The ids in `org` that name no organisation: those the facets name no
   * owner for (a server without facets is asked for each, internal/orgs.ts).
   */
  #unknown = new Task(this, {
    task: async ([client, org, counted]) => {
      if (!counted) return [];
      const { facets } = counted;
      if (!facets) return unknownOrgs(client, orgList(org), 'ep-challenge-board');
      const unknown = unknownIn(org, facets);
      warnUnknown('ep-challenge-board', unknown);
      return unknown;
    },
    args: () => [this.sdk, this.org, this.#counts.value] as const,
  });

  /**
   * Others working on this (published challenges of other organisations,
   * `GET /v1/challenges/{id}/similar`) and the stories told about it
   * (`GET /v1/stories?challenge=ID`), loaded with a detail.
   */
  #extras = new Task(this, {
    task: async ([client, id], { signal }): Promise<DetailModule.Extras | undefined> => {
      if (!id) return undefined;
      const [similar, stories] = await Promise.all([
        client.challenges.similar(id, { limit: 5 }, { signal }),
        client.stories.list({ challenge: id, limit: 10 }, { signal }),
      ]);
      return { similar: similar.data, stories: stories.data };
    },
    args: () => [this.sdk, this.#route.id] as const,
  });

  /**
   * Every organisation (internal/orgs.ts), for an open challenge's owner and
   * entry point; for the list only when the server's cards carry no owner names.
   */
  #orgs = new Task(this, {
    task: ([client, needed]) => (needed ? organizations(client) : Promise.resolve(undefined)),
    args: () =>
      [this.sdk, !!this.#route.id || (!!this.#counts.value && !this.#counts.value.facets)] as const,
  });

  /**
   * The open challenge and the detail's code (`loadDetail`), side by side:
   * the detail shows its skeleton until both are here, and its error notice
   * (whose retry asks for both again) when either fails.
   */
  #detail = new Task(this, {
    task: ([client, id], { signal }) =>
      id
        ? Promise.all([client.challenges.get(id, { signal }), loadDetail()]).then(
            (opened): [Challenge, Detail] => {
              this.#adoptStyles(opened[1]);
              return opened;
            },
          )
        : Promise.resolve(undefined),
    args: () => [this.sdk, this.#route.id] as const,
    // Announced once per opening, when its data (and the detail's code) is
    // here: not again on a retry after an error, nor when the client changes.
    onComplete: (opened) => {
      const challenge = opened?.[0];
      if (challenge && this.#selecting === this.#route.id) {
        this.#selecting = '';
        this.emit('ep-challenge-select', { challenge });
      }
    },
  });

  #clusters = new Task(this, {
    task: async ([client, id], { signal }): Promise<Cluster[]> =>
      id ? (await client.challenges.clusters(id, { signal })).data : [],
    args: () => [this.sdk, this.#route.id] as const,
  });

  /** The detail's styles, added once after the board's own (see internal/challenge-detail.ts `detailStyles`). */
  #adoptStyles({ detailStyles }: Detail) {
    const root = this.renderRoot as ShadowRoot;
    const sheet = detailStyles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  override connectedCallback(): void {
    // Before the first update is scheduled: an answer of the entry's that has
    // come is noted before that update asks for it, so it renders the cards.
    watch((this as unknown as { [PREFETCH]?: Prefetched })[PREFETCH]);
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#debounce);
  }

  #onOnline = () => {
    if (this.#list.status === TaskStatus.ERROR) void this.#list.run();
  };

  #onSearch(e: Event) {
    this.typed = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#search(), 300);
  }

  #search(e?: Event) {
    e?.preventDefault();
    clearTimeout(this.#debounce);
    this.query = this.typed.trim();
  }

  #setFilter(key: keyof Filters, e: Event) {
    this.filters = { ...this.filters, [key]: (e.target as HTMLSelectElement).value };
  }

  #clearFilters() {
    this.filters = { theme: '', status: '', owner: '' };
    this.typed = this.query = '';
  }

  /** The pages shown of a listing: its first, and those "show more" added. */
  #pagesOf(listing: Listing): ChallengeCardPage[] {
    return this.more?.key === listing.key ? this.more.pages : [listing.first];
  }

  /**
   * "Show more": the next page (usually asked for already), added below;
   * focus moves to the first new card, and the board says how many it shows.
   */
  async #showMore() {
    const listing = this.#list.value;
    if (!listing || this.loadingMore) return;
    const pages = this.#pagesOf(listing);
    const cursor = pages.at(-1)?.nextCursor;
    if (!cursor) return;
    this.loadingMore = true;
    this.moreFailed = false;
    try {
      const page = await cards(this.sdk, { ...listing.params, cursor });
      // The person changed the search or a filter meanwhile: this page is of another list.
      if (this.#list.value !== listing) return;
      const shown = [...pages, page];
      this.more = { key: listing.key, pages: shown };
      const count = shown.reduce((n, p) => n + p.data.length, 0);
      const total = this.#facetsOf(listing)?.total;
      this.said =
        total === undefined ? '' : this.t.moreShown(this.#number(count), this.#number(total));
      const next = page.data[0];
      if (next) this.focusAfterUpdate(`[data-id="${CSS.escape(next.id)}"]`);
      if (page.nextCursor)
        void cards(this.sdk, { ...listing.params, cursor: page.nextCursor }).catch(noop);
    } catch {
      this.moreFailed = true;
    } finally {
      this.loadingMore = false;
    }
  }

  /** The counts of this listing's filters, once they are here. */
  #facetsOf(listing: Listing): ChallengeFacets | undefined {
    const counted = this.#counts.value;
    return counted?.key === listing.key ? counted.facets : undefined;
  }

  #number(n: number): string {
    return formatCount(n, this.pageLang);
  }

  async #respond() {
    const { EntryForm } = await import('./entry-form.js');
    define('ep-entry-form', EntryForm);
    this.responding = true;
    await this.updateComplete;
    // The button that had focus is gone: focus moves to the form's first field.
    this.renderRoot.querySelector('ep-entry-form')?.focus();
  }

  protected override renderContent() {
    const t = this.t;
    const unknown = this.#unknown.value ?? [];
    const every = orgList(this.org);
    return html`<section
      class="root"
      aria-label=${this.heading ? nothing : t.boardLabel}
      aria-labelledby=${this.heading ? 'board-heading' : nothing}
      lang=${this.rootLang}
    >
      ${this.heading ? heading(this.headingLevel, this.heading, 'board-heading', false, 'heading') : nothing}
      ${
        unknown.length
          ? html`<p part="unknown-org" class="notice error" role="alert">
              ${t.unknownOrg(unknown.map((id) => `“${id}”`).join(', '))} ${t.tellEditor}
            </p>`
          : nothing
      }
      ${
        unknown.length && unknown.length === every.length
          ? nothing
          : this.#route.id
            ? this.#renderDetail()
            : this.#renderList()
      }
    </section>`;
  }

  /** The level of the cards' titles and of the detail's title. */
  get #level(): number {
    return (this.headingLevel || 2) + (this.heading ? 1 : 0);
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const facets = this.#counts.value?.facets;
    const orgs = this.#orgs.value;
    const body = this.#list.render({
      // While another answer comes, the list as it was (a kept answer comes at once).
      pending: () => {
        const before = this.#list.value;
        return before ? this.#renderResults(before, true) : this.#skeleton(this.pageSize);
      },
      complete: (listing) => this.#renderResults(listing, false),
      error: (error) =>
        html`<div class="notice error" role="alert">
          <p>${isOffline(error) ? t.offline : t.loadError}</p>
          <button class="secondary" @click=${() => this.#list.run()}>${t.retry}</button>
        </div>`,
    });
    const owners = orgList(this.org);
    return html`
      <form role="search" part="search" class="search" @submit=${this.#search}>
        <label for="q">${t.search}</label>
        <input
          id="q"
          type="search"
          name="q"
          autocomplete="off"
          .value=${this.typed}
          @input=${this.#onSearch}
        />
      </form>
      <div part="filters" class="filters">
        ${this.#select('theme', t.theme, THEMES, (v) => t.themes[v])}
        ${this.#select('status', t.status, CHALLENGE_STATUSES, (v) => t.statuses[v])}
        ${
          owners.length === 1 && owners[0] !== '*'
            ? nothing
            : this.#select('owner', t.owner, this.#ownerIds(), (id) => {
                const name = facets?.names[id] ?? orgs?.get(id)?.name;
                return name ? plain(name, this.pageLang, orgs?.get(id)?.defaultLanguage) : id;
              })
        }
      </div>
      ${body}
    `;
  }

  #ownerIds(): string[] {
    const ids = new Set(orgList(this.org).filter((id) => id !== '*'));
    const listing = this.#list.value;
    const facets = this.#counts.value?.facets;
    if (facets) for (const id in facets.owner) ids.add(id);
    else if (listing)
      for (const p of this.#pagesOf(listing)) for (const c of p.data) ids.add(c.orgId);
    if (this.filters.owner) ids.add(this.filters.owner);
    return [...ids];
  }

  #select<V extends string>(
    key: keyof Filters,
    label: string,
    values: readonly V[],
    name: (v: V) => string,
  ): TemplateResult {
    const counts = this.#counts.value?.facets?.[key];
    const current = this.filters[key];
    return html`<div class="filter">
      <label for="f-${key}">${label}</label>
      <select id="f-${key}" @change=${(e: Event) => this.#setFilter(key, e)}>
        <option value="" ?selected=${!current}>${this.t.all}</option>
        ${values
          .filter((v) => v === current || !counts || v in counts)
          .map(
            (v) =>
              html`<option value=${v} ?selected=${v === current}>
                ${name(v)}${counts ? ` (${this.#number(counts[v] ?? 0)})` : ''}
              </option>`,
          )}
      </select>
    </div>`;
  }

  /**
   * Placeholders while the first answer comes: as many cards as a page will
   * have (up to 12), each about as tall as a card, so that the list takes the
   * space it will take and nothing below it moves when it comes.
   */
  #skeleton(cards = 3): TemplateResult {
    const n = Math.min(Math.max(Math.floor(cards) || 3, 1), 12);
    return html`<div aria-busy="true" class="skeletons">
      <p role="status" class="visually-hidden">${this.t.loading}</p>
      ${Array.from(
        { length: n },
        () =>
          html`<div class="card" aria-hidden="true">
            <span class="skeleton w60"></span>
            <span class="skeleton w35"></span>
            <span class="skeleton"></span>
            <span class="skeleton w50"></span>
          </div>`,
      )}
    </div>`;
  }

  #renderResults(listing: Listing, loading: boolean): TemplateResult {
    const t = this.t;
    const items = this.#pagesOf(listing).flatMap((p) => p.data);
    const more = !!this.#pagesOf(listing).at(-1)?.nextCursor;
    // Until the counts come, the total is known only when there is no more to show.
    const total =
      this.#facetsOf(listing)?.total ??
      (more && this.#counts.value?.key !== listing.key ? undefined : items.length);
    const orgs = this.#orgs.value;
    const filtering = !!(
      this.query ||
      this.filters.theme ||
      this.filters.status ||
      this.filters.owner
    );
    return html`
      <p role="status" class="count muted">
        ${loading ? t.loading : total === undefined ? '\u00a0' : t.results(total, this.#number(total))}
      </p>
      ${
        items.length === 0 && !loading
          ? html`<div class="notice">
              <p>${t.empty}</p>
              ${
                filtering
                  ? html`<button class="secondary" @click=${this.#clearFilters}>
                      ${t.clearFilters}
                    </button>`
                  : nothing
              }
            </div>`
          : html`<ul
              part="list"
              class="list"
              aria-busy=${loading ? 'true' : 'false'}
              @pointerover=${prefetchDetail}
              @focusin=${prefetchDetail}
            >
              ${items.map((c) =>
                challengeCard(c, t, this.pageLang, orgs?.get(c.orgId), this.headingLevel + 1),
              )}
            </ul>`
      }
      ${this.moreFailed ? html`<p class="notice error" role="alert">${t.loadError}</p>` : nothing}
      ${
        more
          ? html`<button
              part="load-more"
              class="secondary more"
              aria-busy=${this.loadingMore ? 'true' : 'false'}
              @click=${this.#showMore}
            >
              ${t.loadMore}
            </button>`
          : nothing
      }
      <p role="status" class="visually-hidden">${this.said}</p>
    `;
  }

  #renderDetail(): TemplateResult {
    const t = this.t;
    return html`<div part="detail" class="detail">
      <button class="secondary back" @click=${() => this.#route.close()}>← ${t.back}</button>
      ${this.#detail.render({
        pending: () => this.#skeleton(),
        complete: (opened) => (opened ? this.#renderOpened(...opened) : nothing),
        error: (error) =>
          html`<div class="notice error" role="alert">
            ${heading(
              this.#level,
              failureKind(error) === 'not-found'
                ? t.notFound
                : isOffline(error)
                  ? t.offline
                  : t.loadError,
              'detail-title',
              true,
            )}
            <button class="secondary" @click=${() => this.#detail.run()}>${t.retry}</button>
          </div>`,
      })}
    </div>`;
  }

  /** The open challenge, drawn with the detail's code (a chunk of its own: `loadDetail`). */
  #renderOpened(c: Challenge, m: Detail): TemplateResult {
    const t = this.t;
    const d = m.detailStrings(this.uiLang);
    const lang = this.pageLang;
    const badge = (x: Pick<Challenge, 'status'>) => statusBadge(t, x);
    return m.challengeDetail(c, {
      t,
      d,
      lang,
      org: this.#orgs.value?.get(c.orgId),
      respondUrl: this.respondUrl,
      responding: this.responding,
      api: this.api,
      client: this.client,
      via: this.via,
      level: this.#level,
      badge,
      clusters: this.#clusters.render({
        pending: () => html`<span class="skeleton w40"></span>`,
        complete: (clusters) => m.clusterList(clusters, d, lang),
        error: () => html`<p class="muted">${t.loadError}</p>`,
      }),
      extras: this.#extras.render({
        pending: () => html`<span class="skeleton w40"></span>`,
        complete: (e) =>
          e
            ? m.extrasView(e, d, lang, this.#orgs.value, this.api, this.#level + 1, badge)
            : nothing,
        error: () => nothing,
      }),
      storyLink: m.storyLink(c, this.#extras.value, d, this.api),
      onRespond: () => void this.#respond(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ep-challenge-board': ChallengeBoard;
  }
  interface HTMLElementEventMap {
    'ep-challenge-select': CustomEvent<ChallengeSelectDetail>;
  }
}
