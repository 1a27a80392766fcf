import {
  CHALLENGE_STATUSES,
  THEMES,
  type Challenge,
  type ChallengeStatus,
  type Theme,
  type Cluster,
  type List,
  type Organization,
} from '@entrypoint/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styles } from './challenge-board.styles.js';
import { EpElement } from './internal/ep-element.js';
import { filterChallenges, type Filtered, type Filters } from './internal/filter.js';
import { content, formatBudget, formatDate, paragraphs, plain } from './internal/format.js';
import { organizations } from './internal/orgs.js';
import { define } from './internal/define.js';
import { failureKind } from './internal/errors.js';

/** The hash that opens a challenge: `#ep-challenge=ID`. */
const HASH = '#ep-challenge=';
/** How many challenges one request asks for while the board loads them all. */
const BATCH = 100;
/** The most challenges the board loads for its filters and counts. */
const MAX = 10_000;

export interface ChallengeSelectDetail {
  challenge: Challenge;
}

const isOffline = (error: unknown) => failureKind(error) === 'offline';

/**
 * A board of public challenges from one owner or many: search, filters with
 * counts, a list that grows with "show more", and the detail of one challenge
 * with the clusters that match it and a way to respond. The open challenge is
 * kept in the URL hash (`#ep-challenge=ID`), so a shared link opens it.
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
 * @csspart load-more - The "show more" button.
 * @csspart detail - The detail view of one challenge.
 * @csspart respond - The button or link to respond to a challenge.
 * @csspart status - The status badge of a challenge.
 *
 * @cssprop --ep-color-accent - Buttons, links and highlights. Default `#0b5cad` (light), `#8cc4ff` (dark).
 * @cssprop --ep-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --ep-color-text - Body text. Default `CanvasText`.
 * @cssprop --ep-color-muted - Secondary text.
 * @cssprop --ep-color-surface - Background of cards. Default `Canvas`.
 * @cssprop --ep-color-surface-alt - Background of notices and badges.
 * @cssprop --ep-color-border - Borders of cards.
 * @cssprop --ep-color-danger - Errors.
 * @cssprop --ep-radius - Corner radius. Default `0.375em`.
 * @cssprop --ep-space - Inner spacing of cards. Default `1em`.
 * @cssprop --ep-gap - Space between cards. Default `1em`.
 * @cssprop --ep-font-family - Font. Default: inherited from the page.
 * @cssprop --ep-font-size - Base font size. Default: inherited from the page.
 * @cssprop --ep-focus-ring - The focus outline.
 * @cssprop --ep-color-border-strong - Borders of inputs.
 * @cssprop --ep-color-field - Background of inputs. Default `Field`.
 * @cssprop --ep-color-field-text - Text of inputs. Default `FieldText`.
 * @cssprop --ep-color-link - Links. Default: the accent colour.
 */
export class ChallengeBoard extends EpElement {
  static override styles = styles;

  /** Owner ids, comma-separated: one city, or a board across many owners. Empty: every owner. */
  @property() org = '';
  /** Show only challenges with this status (e.g. `open`). */
  @property() status = '';
  /** Show only challenges with this theme (e.g. `mobility`). */
  @property() theme = '';
  /** How many challenges to show before "show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;
  /** Where "respond" goes instead of opening the form in place; `?challenge=ID&org=ORG` is added. */
  @property({ attribute: 'respond-url' }) respondUrl = '';

  /** The search as typed; `query` follows it after a pause. */
  @state() private typed = '';
  @state() private query = '';
  @state() private filters: Filters = { theme: '', status: '', owner: '' };
  @state() private shown = 0;
  /** The id of the open challenge (from the URL hash). */
  @state() private openId = '';
  @state() private responding = false;
  /** Challenges loaded so far while the rest still loads. */
  @state() private partial: Challenge[] = [];

  #debounce?: ReturnType<typeof setTimeout>;
  #filtered?: Filtered;
  #filteredFrom?: [Challenge[], Filters];
  #focusAfter?: string;

  /** Every challenge of the board's scope and search (loaded in batches). */
  #list = new Task(this, {
    task: async ([client, org, status, theme, q], { signal }) => {
      const all: Challenge[] = [];
      let cursor: string | undefined;
      this.partial = [];
      do {
        const page: List<Challenge> = await client.challenges.list(
          {
            org: org
              ? org
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean)
              : undefined,
            status: (status || undefined) as ChallengeStatus | undefined,
            theme: (theme || undefined) as Theme | undefined,
            q: q || undefined,
            lang: this.pageLang,
            limit: BATCH,
            cursor,
          },
          { signal },
        );
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
        if (cursor) this.partial = all.slice();
      } while (cursor && all.length < MAX);
      this.partial = [];
      return all;
    },
    args: () => [this.sdk, this.org, this.status, this.theme, this.query] as const,
  });

  #orgs = new Task(this, {
    task: ([client]) => organizations(client),
    args: () => [this.sdk] as const,
  });

  #detail = new Task(this, {
    task: async ([client, id], { signal }) => {
      if (!id) return undefined;
      const challenge = await client.challenges.get(id, { signal });
      this.emit('ep-challenge-select', { challenge });
      return challenge;
    },
    args: () => [this.sdk, this.openId] as const,
  });

  #clusters = new Task(this, {
    task: async ([client, id], { signal }): Promise<Cluster[]> => {
      if (!id) return [];
      return (await client.challenges.clusters(id, { signal })).data;
    },
    args: () => [this.sdk, this.openId] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.shown = this.pageSize;
    window.addEventListener('hashchange', this.#onHash);
    window.addEventListener('online', this.#onOnline);
    this.#onHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#debounce);
  }

  #onHash = () => {
    const id = location.hash.startsWith(HASH)
      ? decodeURIComponent(location.hash.slice(HASH.length))
      : '';
    if (id === this.openId) return;
    const closing = this.openId;
    this.openId = id;
    this.responding = false;
    this.#focusAfter = id ? 'detail' : closing ? `card-${closing}` : undefined;
  };

  #onOnline = () => {
    if (this.#list.status === TaskStatus.ERROR) void this.#list.run();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.shown = this.pageSize;
  }

  protected override updated(): void {
    const target = this.#focusAfter;
    if (!target) return;
    const el = this.renderRoot.querySelector<HTMLElement>(
      target === 'detail' ? '#detail-title' : `[data-id="${CSS.escape(target.slice(5))}"]`,
    );
    if (el) {
      this.#focusAfter = undefined;
      el.focus();
    }
  }

  #onSearch(e: Event) {
    this.typed = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#search(), 300);
  }

  #search(e?: Event) {
    e?.preventDefault();
    clearTimeout(this.#debounce);
    this.query = this.typed.trim();
    this.shown = this.pageSize;
  }

  #setFilter(key: keyof Filters, e: Event) {
    this.filters = { ...this.filters, [key]: (e.target as HTMLSelectElement).value };
    this.shown = this.pageSize;
  }

  #clearFilters() {
    this.filters = { theme: '', status: '', owner: '' };
    this.typed = this.query = '';
    this.shown = this.pageSize;
  }

  #showMore() {
    const next = this.#filtered?.items[this.shown];
    this.shown += this.pageSize;
    if (next) this.#focusAfter = `card-${next.id}`;
  }

  #close() {
    history.pushState(null, '', location.pathname + location.search);
    this.#onHash();
  }

  async #respond() {
    const { EntryForm } = await import('./entry-form.js');
    define('ep-entry-form', EntryForm);
    this.responding = true;
    await this.updateComplete;
    // The button that had focus is gone: focus moves to the form's first field.
    const form = this.renderRoot.querySelector('ep-entry-form');
    await form?.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('#f-kind-0')?.focus();
  }

  protected override renderContent() {
    const t = this.t;
    return html`<section
      class="root"
      aria-label=${t.boardLabel}
      lang=${this.uiLang === this.pageLang.split('-')[0] ? nothing : this.uiLang}
    >
      ${this.openId ? this.#renderDetail() : this.#renderList()}
    </section>`;
  }

  #renderList(): TemplateResult {
    const t = this.t;
    const orgs = this.#orgs.value;
    const body = this.#list.render({
      pending: () => {
        const sofar = this.partial.length ? this.partial : this.#list.value;
        return sofar ? this.#renderResults(sofar, true) : this.#skeleton();
      },
      complete: (all) => this.#renderResults(all, false),
      error: (error) =>
        html`<div class="notice error" role="alert">
          <p>${isOffline(error) ? t.offline : t.loadError}</p>
          <button class="secondary" @click=${() => this.#list.run()}>${t.retry}</button>
        </div>`,
    });
    const owners = this.org.split(',').filter(Boolean);
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
          owners.length === 1
            ? nothing
            : this.#select('owner', t.owner, this.#ownerIds(), (id) =>
                orgs?.get(id)
                  ? plain(orgs.get(id)?.name, this.pageLang, orgs.get(id)?.defaultLanguage)
                  : id,
              )
        }
      </div>
      ${body}
    `;
  }

  #ownerIds(): string[] {
    const ids = new Set(
      this.org
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    for (const c of this.#list.value ?? this.partial) ids.add(c.orgId);
    return [...ids];
  }

  #select<V extends string>(
    key: keyof Filters,
    label: string,
    values: readonly V[],
    name: (v: V) => string,
  ): TemplateResult {
    const counts = this.#filtered?.counts[key];
    const current = this.filters[key];
    return html`<div class="filter">
      <label for="f-${key}">${label}</label>
      <select id="f-${key}" @change=${(e: Event) => this.#setFilter(key, e)}>
        <option value="" ?selected=${!current}>${this.t.all}</option>
        ${values
          .filter((v) => v === current || !counts || counts.has(v))
          .map(
            (v) =>
              html`<option value=${v} ?selected=${v === current}>
                ${name(v)}${counts ? ` (${counts.get(v) ?? 0})` : ''}
              </option>`,
          )}
      </select>
    </div>`;
  }

  #skeleton(): TemplateResult {
    return html`<div aria-busy="true" class="skeletons">
      <p role="status" class="visually-hidden">${this.t.loading}</p>
      ${[0, 1, 2].map(
        () =>
          html`<div class="card" aria-hidden="true">
            <span class="skeleton w60"></span>
            <span class="skeleton w35"></span>
            <span class="skeleton"></span>
          </div>`,
      )}
    </div>`;
  }

  #renderResults(all: Challenge[], loading: boolean): TemplateResult {
    const t = this.t;
    // Filter again only when the challenges or the filters changed, not on every keystroke.
    if (this.#filteredFrom?.[0] !== all || this.#filteredFrom[1] !== this.filters) {
      this.#filtered = filterChallenges(all, this.filters);
      this.#filteredFrom = [all, this.filters];
    }
    const filtered = this.#filtered as Filtered;
    const { items } = filtered;
    const orgs = this.#orgs.value;
    const filtering = !!(
      this.query ||
      this.filters.theme ||
      this.filters.status ||
      this.filters.owner
    );
    return html`
      <p role="status" class="count muted">
        ${loading ? t.loading : t.results(items.length, items.length.toLocaleString(this.pageLang))}
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
          : html`<ul part="list" class="list" aria-busy=${loading ? 'true' : 'false'}>
              ${items.slice(0, this.shown).map((c) => this.#card(c, orgs?.get(c.orgId)))}
            </ul>`
      }
      ${
        items.length > this.shown
          ? html`<button part="load-more" class="secondary more" @click=${this.#showMore}>
              ${t.loadMore}
            </button>`
          : nothing
      }
    `;
  }

  #card(c: Challenge, org: Organization | undefined): TemplateResult {
    const t = this.t;
    const lang = this.pageLang;
    const owner = org?.defaultLanguage;
    return html`<li>
      <article part="card" class="card">
        <h3>
          <a href="${HASH}${encodeURIComponent(c.id)}" data-id=${c.id}
            >${content(c.title, lang, owner)}</a
          >
        </h3>
        <p class="meta muted">
          ${org ? html`<span>${content(org.name, lang, org.defaultLanguage)}</span>` : nothing}
          <span part="status" class="status status-${c.status}">${t.statuses[c.status]}</span>
          ${
            c.deadline
              ? html`<span
                  >${t.deadline}:
                  <time datetime=${c.deadline}>${formatDate(c.deadline, lang)}</time></span
                >`
              : nothing
          }
        </p>
        <p class="summary">${content(c.summary, lang, owner)}</p>
        ${
          c.themes.length
            ? html`<ul class="themes">
                ${c.themes.map((th) => html`<li>${t.themes[th]}</li>`)}
              </ul>`
            : nothing
        }
      </article>
    </li>`;
  }

  #renderDetail(): TemplateResult {
    const t = this.t;
    return html`<div part="detail" class="detail">
      <button class="secondary back" @click=${this.#close}>← ${t.back}</button>
      ${this.#detail.render({
        pending: () => this.#skeleton(),
        complete: (c) => (c ? this.#detailBody(c) : nothing),
        error: (error) =>
          html`<div class="notice error" role="alert">
            <h2 id="detail-title" tabindex="-1">
              ${
                failureKind(error) === 'not-found'
                  ? t.notFound
                  : isOffline(error)
                    ? t.offline
                    : t.loadError
              }
            </h2>
            <button class="secondary" @click=${() => this.#detail.run()}>${t.retry}</button>
          </div>`,
      })}
    </div>`;
  }

  #detailBody(c: Challenge): TemplateResult {
    const t = this.t;
    const lang = this.pageLang;
    const org = this.#orgs.value?.get(c.orgId);
    const owner = org?.defaultLanguage;
    const contact = org?.entryPoint ?? c.contact;
    const respond = this.respondUrl ? new URL(this.respondUrl, location.href) : undefined;
    respond?.searchParams.set('challenge', c.id);
    respond?.searchParams.set('org', c.orgId);
    return html`<article>
      <h2 id="detail-title" tabindex="-1">${content(c.title, lang, owner)}</h2>
      <p class="meta muted">
        ${org ? html`<span>${content(org.name, lang, org.defaultLanguage)}</span>` : nothing}
        <span part="status" class="status status-${c.status}">${t.statuses[c.status]}</span>
      </p>
      <p class="lead">${content(c.summary, lang, owner)}</p>
      <dl class="facts">
        ${
          c.deadline
            ? html`<div>
                <dt>${t.deadline}</dt>
                <dd><time datetime=${c.deadline}>${formatDate(c.deadline, lang)}</time></dd>
              </div>`
            : nothing
        }
        ${
          c.procurementRoute
            ? html`<div>
                <dt>${t.route}</dt>
                <dd>${t.routes[c.procurementRoute]}</dd>
              </div>`
            : nothing
        }
        ${
          c.budget
            ? html`<div>
                <dt>${t.budget}</dt>
                <dd>${formatBudget(c.budget, lang)}</dd>
              </div>`
            : nothing
        }
        ${
          c.themes.length
            ? html`<div>
                <dt>${t.theme}</dt>
                <dd>${c.themes.map((th) => t.themes[th]).join(', ')}</dd>
              </div>`
            : nothing
        }
      </dl>
      <h3>${t.need}</h3>
      ${paragraphs(c.need, lang, owner)}
      <h3>${t.vision(c.horizonYear)}</h3>
      ${paragraphs(c.vision, lang, owner)}
      <h3>${t.opportunity}</h3>
      ${paragraphs(c.opportunity, lang, owner)}
      ${
        c.offers.length
          ? html`<h3>${t.offersHeading}</h3>
              <ul class="offers">
                ${c.offers.map((o) => html`<li>${t.offers[o]}</li>`)}
              </ul>`
          : nothing
      }
      ${
        contact
          ? html`<h3>${t.contact}</h3>
              <p class="contact">
                <strong>${contact.name}</strong
                >${contact.role ? html`, ${contact.role}` : nothing}<br />
                <a href="mailto:${contact.email}">${contact.email}</a>${
                  contact.phone
                    ? html`<br /><a href="tel:${contact.phone.replace(/[^+0-9]/g, '')}"
                          >${contact.phone}</a
                        >`
                    : nothing
                }
              </p>`
          : nothing
      }
      <h3>${t.clusters}</h3>
      ${this.#clusters.render({
        pending: () => html`<span class="skeleton w40"></span>`,
        complete: (clusters) =>
          clusters.length
            ? html`<ul class="clusters">
                ${clusters.map(
                  (cl) =>
                    html`<li>
                      ${
                        cl.website
                          ? html`<a href=${cl.website}
                              >${content(cl.name, lang, cl.defaultLanguage)}</a
                            >`
                          : content(cl.name, lang, cl.defaultLanguage)
                      }
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noClusters}</p>`,
        error: () => html`<p class="muted">${t.loadError}</p>`,
      })}
      <div class="respond">
        ${
          respond
            ? html`<a part="respond" class="button" href=${respond.href}>${t.respond}</a>`
            : this.responding
              ? html`<ep-entry-form
                  org=${c.orgId}
                  challenge=${c.id}
                  lang=${lang}
                  .api=${this.api}
                  .client=${this.client}
                ></ep-entry-form>`
              : html`<button part="respond" @click=${this.#respond}>${t.respond}</button>`
        }
      </div>
    </article>`;
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
