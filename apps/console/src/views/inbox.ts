/**
 * <ep-inbox>: the views with their counts, filters, search and sort (all in
 * the URL, so a view can be bookmarked and Back works), the list a page at a
 * time, a selection for bulk changes, and the CSV export of what is shown.
 * Keys: j/k or the arrows move through the list, Enter opens, x selects,
 * / searches, 1–6 switch views.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import {
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type Submission,
  type SubmissionListParams,
} from '@entrypoint/sdk';
import type { Counts, StaffMember } from '../api.js';
import type { ConsoleContext } from '../context.js';
import { go, typing, type Route } from '../router.js';
import { date, num, t } from '../i18n/index.js';
import { shared } from '../styles.js';
import { message, text, formValue } from '../util.js';
import { FILTERS, filtersOf, firstPage, PAGE, viewOf, VIEWS, type View } from '../list-params.js';

/** Where the list was, to put focus back on the row a person came from. */
let lastOpened: string | undefined;

export class EpInbox extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    org: { attribute: false },
    items: { state: true },
    counts: { state: true },
    cursor: { state: true },
    loading: { state: true },
    error: { state: true },
    selected: { state: true },
    active: { state: true },
    staff: { state: true },
    tags: { state: true },
    challenges: { state: true },
    clusters: { state: true },
  };
  static override styles = [
    shared,
    css`
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        list-style: none;
        padding: 0;
        margin: 0 0 1em;
        border-bottom: 1px solid var(--ep-color-border);
      }
      .views a {
        display: inline-block;
        padding: 0.45em 0.8em;
        text-decoration: none;
        border-bottom: 3px solid transparent;
        color: var(--ep-color-text);
      }
      .views a[aria-current='page'] {
        border-color: var(--ep-color-accent);
        font-weight: 700;
      }
      .count {
        margin-left: 0.3em;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
        margin-bottom: 0.75em;
      }
      .bar .field {
        margin: 0;
      }
      .grow {
        flex: 1 1 14em;
      }
      details {
        margin-bottom: 0.75em;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.3em 0;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
        gap: 0 1em;
        padding-top: 0.5em;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li.item {
        display: flex;
        gap: 0.75em;
        align-items: flex-start;
        padding: 0.65em 0.5em;
        border-bottom: 1px solid var(--ep-color-border);
      }
      li.item.active {
        background: var(--ep-color-surface-alt);
      }
      li.item input {
        margin-top: 0.25em;
      }
      .item-main {
        flex: 1;
        min-width: 0;
      }
      .item-main a {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 0.75em;
        font-size: 0.9em;
        color: var(--ep-color-muted);
        margin-top: 0.2em;
      }
      .bulk {
        position: sticky;
        top: 0;
        z-index: 2;
        background: var(--ep-color-surface-alt);
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.5em 0.75em;
        margin-bottom: 0.75em;
      }
      .more {
        margin: 1em 0;
      }
    `,
  ];

  declare ctx: ConsoleContext;
  declare route: Route;
  declare org: string | undefined;
  declare items: Submission[];
  declare counts: Counts | undefined;
  declare cursor: string | null;
  declare loading: boolean;
  declare error: string | undefined;
  declare selected: Set<string>;
  declare active: number;
  declare staff: StaffMember[];
  declare tags: string[];
  declare challenges: Array<{ id: string; title: string }>;
  declare clusters: Array<{ id: string; name: string }>;
  private loadId = 0;
  private optionsLoaded = false;

  constructor() {
    super();
    this.items = [];
    this.cursor = null;
    this.loading = true;
    this.selected = new Set();
    this.active = -1;
    this.staff = [];
    this.tags = [];
    this.challenges = [];
    this.clusters = [];
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }
  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('org')) this.optionsLoaded = false;
    if (changed.has('route') || changed.has('org')) void this.load();
  }

  get view(): View {
    return viewOf(this.route.query);
  }

  private params(): SubmissionListParams {
    return filtersOf(this.route.query);
  }

  private get filtered() {
    return FILTERS.some((f) => this.route.query.get(f)) || !!this.route.query.get('q');
  }

  private async load() {
    const id = ++this.loadId;
    try {
      sessionStorage.setItem('ep-console-list', location.pathname + location.search);
    } catch {
      // The back link then goes to the default view.
    }
    this.loading = true;
    this.error = undefined;
    // The counts take the filters without the view and the sort.
    const { sort: _sort, ...filters } = this.params();
    try {
      const first = firstPage(this.route.query, this.ctx.api.org);
      const page = await this.ctx.api.firstPage(first.key, first.params);
      if (id !== this.loadId) return;
      // After the first page, so that the list comes first.
      void this.countsFor(id, filters as Record<string, string>);
      if (!this.optionsLoaded) {
        this.optionsLoaded = true;
        void this.loadOptions();
      }
      this.items = page.data;
      this.cursor = page.nextCursor;
      this.selected = new Set();
      this.loading = false;
      await this.updateComplete;
      this.restoreFocus();
    } catch (e) {
      if (id !== this.loadId) return;
      this.failed(e);
    }
  }

  private async countsFor(id: number, filters: Record<string, string>) {
    const c = await this.ctx.api.counts(filters).catch(() => undefined);
    if (id === this.loadId) this.counts = c;
  }

  private failed(e: unknown) {
    if ((e as { status?: number }).status === 401) return this.ctx.signedOut();
    this.loading = false;
    this.error = message(e);
  }

  private more = async () => {
    if (!this.cursor) return;
    const first = this.items.length;
    this.loading = true;
    try {
      const page = await this.ctx.api.list({
        ...this.params(),
        view: this.view,
        limit: PAGE,
        cursor: this.cursor,
      });
      this.items = [...this.items, ...page.data];
      this.cursor = page.nextCursor;
      this.loading = false;
      await this.updateComplete;
      // Focus the first of the new rows, where reading goes on.
      this.focusRow(first);
    } catch (e) {
      this.failed(e);
    }
  };

  private async loadOptions() {
    const { api } = this.ctx;
    const [staff, tags, challenges, orgs] = await Promise.all([
      api.staff().then(
        (r) => r.data,
        () => [] as StaffMember[],
      ),
      api.tags().then(
        (r) => r.data.map((x) => x.tag),
        () => [] as string[],
      ),
      api.client.challenges.list({ org: this.ctx.membership.orgId, limit: 100 }).then(
        (r) => r.data.map((c) => ({ id: c.id, title: text(c.title) })),
        () => [],
      ),
      api.organizations().then(
        (r) => r.data,
        () => [],
      ),
    ]);
    this.staff = staff;
    this.tags = tags;
    this.challenges = challenges;
    this.clusters = orgs
      .filter((o) => o.kind === 'cluster')
      .map((o) => ({ id: o.id, name: text(o.name) }));
    for (const o of orgs) this.ctx.orgNames.set(o.id, text(o.name));
  }

  private restoreFocus() {
    if (lastOpened) {
      const i = this.items.findIndex((s) => s.reference === lastOpened);
      lastOpened = undefined;
      if (i >= 0) return this.focusRow(i);
    }
    if (this.active < 0) this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private focusRow(i: number) {
    if (!this.items.length) return;
    this.active = Math.max(0, Math.min(i, this.items.length - 1));
    void this.updateComplete.then(() => {
      const link = this.renderRoot.querySelector<HTMLElement>(`#row-${this.active} a`);
      link?.focus();
      link?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  private onKey = (e: KeyboardEvent) => {
    if (typing(e) || e.defaultPrevented) return;
    if (this.renderRoot.querySelector('dialog[open]')) return;
    const key = e.key;
    if (key === 'j' || key === 'ArrowDown') {
      e.preventDefault();
      this.focusRow(this.active + 1);
    } else if (key === 'k' || key === 'ArrowUp') {
      e.preventDefault();
      this.focusRow(this.active - 1);
    } else if (key === 'x' && this.active >= 0 && this.ctx.canWrite) {
      const s = this.items[this.active];
      if (s) this.toggle(s.id);
    } else if (key === '/') {
      e.preventDefault();
      this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
    } else if (/^[1-6]$/.test(key)) {
      this.setView(VIEWS[Number(key) - 1]!);
    }
  };

  private href(changes: Record<string, string | undefined>) {
    const q = new URLSearchParams(this.route.query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) q.set(k, v);
      else q.delete(k);
    }
    q.delete('cursor');
    const s = q.toString();
    return `/console/inbox${s ? `?${s}` : ''}`;
  }

  private setView(view: View) {
    this.active = -1;
    go(this.href({ view }));
  }

  private applyFilters = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const changes: Record<string, string | undefined> = {};
    for (const f of [...FILTERS, 'q', 'sort']) {
      if (data.has(f)) changes[f] = formValue(data.get(f)).trim() || undefined;
    }
    this.active = -1;
    go(this.href(changes));
  };

  private clearFilters = () => {
    const changes: Record<string, undefined> = { q: undefined };
    for (const f of FILTERS) changes[f] = undefined;
    go(this.href(changes));
  };

  private toggle(id: string) {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  }

  private toggleAll = (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    this.selected = new Set(on ? this.items.map((s) => s.id) : []);
  };

  private bulk = async (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const body: Parameters<ConsoleContext['api']['bulk']>[0] = { ids: [...this.selected] };
    const assignee = formValue(data.get('bulk-assignee'));
    if (assignee) body.assigneeId = assignee === 'none' ? null : assignee;
    const status = formValue(data.get('bulk-status'));
    if (status) body.status = status;
    const tag = formValue(data.get('bulk-tag'));
    if (tag) body.addTags = [tag];
    if (Object.keys(body).length === 1) return;
    try {
      const { results } = await this.ctx.api.bulk(body);
      const ok = results.filter((r) => r.ok).length;
      const failed = results.filter((r) => !r.ok);
      this.ctx.announce(
        t.inbox.bulkDone(ok, failed.length) +
          (failed.length
            ? ` ${failed
                .map((f) => f.detail)
                .filter(Boolean)
                .join(' ')}`
            : ''),
      );
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.ctx.announce(message(error));
    }
  };

  private exportCsv = async () => {
    try {
      const { view, ...rest } = { view: this.view, ...this.params() };
      const blob = await this.ctx.api.exportBlob({ view, ...(rest as Record<string, string>) });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${this.ctx.membership.orgId}-${view}-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.ctx.announce(t.inbox.exported);
    } catch (error) {
      this.ctx.announce(message(error));
    }
  };

  private staffName(id: string | null | undefined) {
    if (!id) return t.inbox.unassigned;
    if (id === this.ctx.session.staff.id)
      return this.ctx.session.staff.name ?? this.ctx.session.staff.email;
    const s = this.staff.find((m) => m.id === id);
    return s ? (s.name ?? s.email) : id;
  }

  override render() {
    const c = this.counts;
    const view = this.view;
    return html`<h1 tabindex="-1">${t.inbox.title}: ${t.views[view]}</h1>
      ${this.ctx.canWrite ? nothing : html`<p class="notice">${t.inbox.readOnly}</p>`}
      <nav aria-label=${t.views.label}>
        <ul class="views">
          ${VIEWS.map(
            (v) =>
              html`<li>
                <a href=${this.href({ view: v })} aria-current=${v === view ? 'page' : nothing}
                  >${t.views[v]}${
                    c ? html`<span class="count badge">${num(c[v])}</span>` : nothing
                  }</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      ${this.renderFilters()} ${this.renderBulk()} ${this.renderList()}`;
  }

  private renderFilters() {
    const q = this.route.query;
    const sel = (name: string, options: Array<[string, string]>) =>
      html`<div class="field">
        <label for="f-${name}">${(t.inbox as Record<string, unknown>)[name]}</label>
        <select id="f-${name}" name=${name}>
          <option value="">${t.inbox.any}</option>
          ${options.map(([v, label]) => html`<option value=${v} ?selected=${q.get(name) === v}>${label}</option>`)}
        </select>
      </div>`;
    const me = this.ctx.session.staff.id;
    return html`<form @submit=${this.applyFilters} role="search">
      <div class="bar">
        <div class="field grow">
          <label for="q">${t.inbox.search}</label>
          <input
            id="q"
            name="q"
            type="search"
            .value=${q.get('q') ?? ''}
            aria-describedby="q-hint"
          />
          <p class="hint" id="q-hint">${t.inbox.searchHint}</p>
        </div>
        <div class="field">
          <label for="sort">${t.inbox.sort}</label>
          <select id="sort" name="sort">
            ${(['newest', 'oldest', 'updated'] as const).map(
              (s) =>
                html`<option value=${s} ?selected=${(q.get('sort') ?? 'newest') === s}>
                  ${t.inbox[s]}
                </option>`,
            )}
          </select>
        </div>
        <button class="primary">${t.inbox.apply}</button>
      </div>
      <details ?open=${FILTERS.some((f) => q.get(f))}>
        <summary>${t.inbox.filters}</summary>
        <div class="filters">
          ${sel(
            'status',
            SUBMISSION_STATUSES.map((s) => [s, t.statuses[s]]),
          )}
          ${sel(
            'challenge',
            this.challenges.map((c) => [c.id, c.title]),
          )}
          ${sel(
            'kind',
            SUBMISSION_KINDS.map((k) => [k, t.kinds[k]]),
          )}
          ${sel(
            'tag',
            this.tags.map((x) => [x, x]),
          )}
          ${sel('assignee', [
            ['me', t.inbox.me],
            ['none', t.inbox.nobody],
            ...this.staff
              .filter((s) => s.id !== me)
              .map((s): [string, string] => [s.id, s.name ?? s.email]),
          ])}
          ${sel(
            'via',
            this.clusters.map((o) => [o.id, o.name]),
          )}
          <div class="field">
            <label for="f-from">${t.inbox.from}</label>
            <input id="f-from" name="from" type="date" .value=${q.get('from') ?? ''} />
          </div>
          <div class="field">
            <label for="f-to">${t.inbox.to}</label>
            <input id="f-to" name="to" type="date" .value=${q.get('to') ?? ''} />
          </div>
        </div>
        <div class="row">
          <button class="primary">${t.inbox.apply}</button>
          <button type="button" @click=${this.clearFilters}>${t.inbox.clear}</button>
        </div>
      </details>
    </form>`;
  }

  private renderBulk() {
    if (!this.ctx.canWrite || !this.selected.size) return nothing;
    return html`<form
      class="bulk"
      @submit=${this.bulk}
      aria-label=${t.inbox.selected(num(this.selected.size))}
    >
      <p><strong>${t.inbox.selected(num(this.selected.size))}</strong></p>
      <div class="bar">
        <div class="field">
          <label for="bulk-assignee">${t.inbox.bulkAssign}</label>
          <select id="bulk-assignee" name="bulk-assignee">
            <option value="">—</option>
            <option value=${this.ctx.session.staff.id}>${t.inbox.me}</option>
            <option value="none">${t.inbox.nobody}</option>
            ${this.staff
              .filter((s) => s.id !== this.ctx.session.staff.id)
              .map((s) => html`<option value=${s.id}>${s.name ?? s.email}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="bulk-status">${t.inbox.bulkMove}</label>
          <select id="bulk-status" name="bulk-status">
            <option value="">—</option>
            ${SUBMISSION_STATUSES.filter(
              (s) => s !== 'received' && s !== 'declined' && s !== 'forwarded',
            ).map((s) => html`<option value=${s}>${t.statuses[s]}</option>`)}
          </select>
        </div>
        ${
          this.tags.length
            ? html`<div class="field">
                <label for="bulk-tag">${t.inbox.bulkTag}</label>
                <select id="bulk-tag" name="bulk-tag">
                  <option value="">—</option>
                  ${this.tags.map((x) => html`<option value=${x}>${x}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <button class="primary">${t.inbox.bulkApply}</button>
      </div>
    </form>`;
  }

  private renderList() {
    if (this.error)
      return html`<p class="notice danger" role="alert">${this.error}</p>
        <button @click=${() => this.load()}>${t.retry}</button>`;
    if (this.loading && !this.items.length) return html`<p role="status">${t.loading}</p>`;
    if (!this.items.length)
      return html`<p class="notice" role="status">
        ${this.filtered ? t.inbox.emptyFiltered : t.inbox.empty}
      </p>`;
    const all = this.items.length > 0 && this.items.every((s) => this.selected.has(s.id));
    return html`<div class="row">
        ${
          this.ctx.canWrite
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${all}
                  @change=${this.toggleAll}
                />${t.inbox.selectAll}</label
              >`
            : nothing
        }
        <span class="muted" role="status">${t.inbox.shown(num(this.items.length))}</span>
        <button type="button" @click=${this.exportCsv}>${t.inbox.export}</button>
      </div>
      <ol aria-label=${t.inbox.list}>
        ${this.items.map((s, i) => this.renderItem(s, i))}
      </ol>
      ${
        this.cursor
          ? html`<p class="more">
              <button @click=${this.more} ?disabled=${this.loading}>${t.inbox.loadMore}</button>
            </p>`
          : nothing
      }`;
  }

  private renderItem(s: Submission, i: number) {
    return html`<li class="item ${i === this.active ? 'active' : ''}" id="row-${i}">
      ${
        this.ctx.canWrite
          ? html`<input
              type="checkbox"
              aria-label=${t.inbox.select(s.reference)}
              .checked=${this.selected.has(s.id)}
              @change=${() => this.toggle(s.id)}
            />`
          : nothing
      }
      <div class="item-main">
        <a
          href="/console/inbox/${encodeURIComponent(s.reference)}"
          @focus=${() => (this.active = i)}
          @click=${() => (lastOpened = s.reference)}
          >${s.title}</a
        >
        <div class="meta">
          <span>${s.reference}</span>
          <span>${s.company.name}</span>
          <span class="badge">${t.statuses[s.status]}</span>
          <span>${t.kinds[s.kind]}</span>
          <span>${date(s.createdAt)}</span>
          <span>${this.staffName(s.assigneeId)}</span>
          ${(s.tags ?? []).map((x) => html`<span class="badge">${x}</span>`)}
        </div>
      </div>
    </li>`;
  }
}

customElements.define('ep-inbox', EpInbox);
