/**
 * <ep-results>: "how do we know that we made a difference?" The funnel
 * (received, in dialogue, forwarded, accepted; declined beside), the same by
 * kind, by the cluster it came via and by the company's country, the median
 * days to a first answer, the stories told, and a row per challenge, for the
 * whole organisation or one challenge over a period (`?challenge=&from=&to=`
 * in the URL). Each chart is hand-made SVG bars hidden from screen readers,
 * with a real table beside it; "Download CSV" fetches the same numbers.
 * Numbers from `GET /v1/results` (views/results-api.ts); what they count is
 * defined in apps/server/src/services/results.ts.
 */
import { LitElement, css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { go } from '../router.js';
import { date, lang, num, pick, t } from '../i18n/index.js';
import { strings, type ResultsMessages } from '../i18n/views/results.js';
import { shared } from '../styles.js';
import { focusOnRender, formValue, message, text } from '../util.js';
import {
  getResults,
  getResultsCsv,
  type ResultCounts,
  type Results,
  type ResultsParams,
} from './results-api.js';

/** How a bar is drawn: the fill and a pattern, so colour is never the only cue. */
type Look = 'solid' | 'stripes' | 'dots' | 'accepted' | 'declined';

interface Bar {
  label: string;
  value: number;
  look: Look;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
let patternIds = 0;

function params(query: URLSearchParams): ResultsParams {
  const value = (name: string, valid: (v: string) => boolean) => {
    const v = query.get(name)?.trim();
    return v && valid(v) ? v : undefined;
  };
  return {
    challenge: value('challenge', (v) => /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(v)),
    from: value('from', (v) => DATE.test(v)),
    to: value('to', (v) => DATE.test(v)),
  };
}

const keyOf = (orgId: string, p: ResultsParams) =>
  JSON.stringify([orgId, p.challenge ?? '', p.from ?? '', p.to ?? '']);

const days = (n: number) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(n);
/** A country's name in the UI language (the code where Intl does not know it). */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
const percent = (part: number, whole: number) =>
  whole ? new Intl.NumberFormat(lang, { style: 'percent' }).format(part / whole) : '–';

export class EpResults extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    data: { state: true },
    options: { state: true },
    error: { state: true },
    periodError: { state: true },
    loading: { state: true },
  };
  static override styles = [
    shared,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1rem;
        align-items: flex-end;
        margin-block: 0.5rem 0.25rem;
      }
      form .field {
        flex: 0 1 auto;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        max-width: 100%;
      }
      form select {
        width: 24rem;
        max-width: 100%;
      }
      .hint {
        color: var(--ep-color-muted);
        margin-block: 0.25rem 0.75rem;
      }
      .error {
        color: var(--ep-color-danger);
      }
      .actions {
        margin-block: 0.5rem 1rem;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0.75rem;
        margin: 0;
      }
      .figures div {
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.75rem;
        background: var(--ep-color-surface-alt);
      }
      .figures dt {
        font-weight: 600;
      }
      .figures dd {
        margin: 0.25rem 0 0;
        font-size: 1.5em;
        font-variant-numeric: tabular-nums;
      }
      .figures dd small {
        display: block;
        font-size: 0.6em;
        color: var(--ep-color-muted);
      }
      .pair {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
        gap: 0.5rem 2rem;
        align-items: start;
      }
      .chart {
        max-width: 48rem;
        display: grid;
        grid-template-columns: minmax(5rem, max-content) minmax(4rem, 1fr) auto;
        gap: 0.35rem 0.5rem;
        align-items: center;
        margin-block: 0.5rem 1rem;
      }
      .chart .label {
        overflow-wrap: anywhere;
      }
      .chart .value {
        font-variant-numeric: tabular-nums;
        text-align: end;
      }
      .chart .beside {
        grid-column: 1 / -1;
        border-block-start: 1px dashed var(--ep-color-border-strong);
        padding-block-start: 0.25rem;
        color: var(--ep-color-muted);
        font-size: 0.9em;
      }
      .chart svg {
        display: block;
        width: 100%;
        height: 20px;
      }
      .bar {
        stroke-width: 1.5;
      }
      .look-solid,
      .look-stripes,
      .look-dots {
        stroke: var(--ep-color-accent);
        color: var(--ep-color-accent);
      }
      .look-accepted {
        stroke: var(--ep-color-success);
        color: var(--ep-color-success);
      }
      .look-declined {
        stroke: var(--ep-color-danger);
        color: var(--ep-color-danger);
      }
      .scroll {
        overflow-x: auto;
        max-width: 100%;
      }
      .scroll th[scope='row'] {
        min-width: 9rem;
      }
      table {
        border-collapse: collapse;
        margin-block: 0.5rem 1rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.25rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.75rem 0.25rem 0;
        border-block-end: 1px solid var(--ep-color-border);
        vertical-align: top;
      }
      td {
        font-variant-numeric: tabular-nums;
        text-align: end;
      }
      ul.stories {
        padding-inline-start: 1.25rem;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare data: Results | undefined;
  /** The challenges to choose from (the organisation-wide rows). */
  declare options: Array<{ id: string; title: string }> | undefined;
  declare error: string | undefined;
  declare periodError: string | undefined;
  declare loading: boolean;
  private loadedKey: string | undefined;
  private optionsOrg: string | undefined;
  private asked = 0;

  constructor() {
    super();
    this.loading = false;
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  private get params(): ResultsParams {
    return params(this.route?.query ?? new URLSearchParams());
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('route') || changed.has('ctx')) && this.ctx && this.route) {
      const orgId = this.ctx.membership.orgId;
      if (orgId !== this.optionsOrg) {
        this.options = undefined;
        this.optionsOrg = orgId;
      }
      const key = keyOf(orgId, this.params);
      if (key !== this.loadedKey) {
        this.loadedKey = key;
        void this.load();
      }
    }
  }

  private load = async () => {
    const p = this.params;
    const ask = ++this.asked;
    const first = this.data === undefined;
    this.error = undefined;
    this.loading = true;
    try {
      const [data, all] = await Promise.all([
        getResults(this.ctx.api, p),
        // The list of challenges comes from the organisation-wide rows.
        p.challenge && !this.options ? getResults(this.ctx.api, {}) : undefined,
      ]);
      if (ask !== this.asked) return;
      this.data = data;
      const rows = (all ?? (p.challenge ? undefined : data))?.challenges;
      if (rows) {
        this.options = rows
          .filter((c): c is typeof c & { challengeId: string } => c.challengeId !== null)
          .map((c) => ({ id: c.challengeId, title: text(c.title) || c.challengeId }))
          .sort((a, b) => a.title.localeCompare(b.title, lang));
      }
      if (!first) this.ctx.announce(pick(strings).loaded);
    } catch (error) {
      if (ask !== this.asked) return;
      this.error = message(error);
    } finally {
      if (ask === this.asked) this.loading = false;
    }
  };

  private retry = () => void this.load();

  private submit = (e: SubmitEvent) => {
    e.preventDefault();
    const s = pick(strings);
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const challenge = formValue(form.get('challenge'));
    const from = formValue(form.get('from'));
    const to = formValue(form.get('to'));
    if (from && to && from > to) {
      this.periodError = s.badPeriod;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#to')?.focus(),
      );
      return;
    }
    this.periodError = undefined;
    const q = new URLSearchParams();
    if (challenge) q.set('challenge', challenge);
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    const search = q.toString();
    go(`/console/results${search ? `?${search}` : ''}`);
  };

  private download = async () => {
    const s = pick(strings);
    const p = this.params;
    try {
      const blob = await getResultsCsv(this.ctx.api, { ...p, lang });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      const day = new Date().toISOString().slice(0, 10);
      a.download = `${this.ctx.membership.orgId}-results${p.challenge ? `-${p.challenge}` : ''}-${day}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.ctx.announce(s.downloaded);
    } catch (error) {
      this.ctx.announce(message(error));
    }
  };

  // -------------------------------------------------------------------------
  // Charts

  private bar(b: Bar, max: number): TemplateResult {
    const id = `p${++patternIds}`;
    const width = max > 0 ? Math.max((b.value / max) * 100, b.value > 0 ? 1 : 0) : 0;
    const fill = b.look === 'solid' || b.look === 'accepted' ? 'currentColor' : `url(#${id})`;
    const pattern =
      b.look === 'stripes'
        ? svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="var(--ep-color-surface)"></rect>
            <rect width="3" height="6" fill="currentColor"></rect>
          </pattern>`
        : b.look === 'dots'
          ? svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="var(--ep-color-surface)"></rect>
              <circle cx="3" cy="3" r="1.8" fill="currentColor"></circle>
            </pattern>`
          : b.look === 'declined'
            ? svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" fill="var(--ep-color-surface)"></rect>
                <path d="M0 0L6 6M6 0L0 6" stroke="currentColor" stroke-width="1.2"></path>
              </pattern>`
            : nothing;
    return html`<span class="label">${b.label}</span>
      <svg class="look-${b.look}" focusable="false">
        <defs>${pattern}</defs>
        ${
          width > 0
            ? svg`<rect class="bar" x="0" y="1" width="${width}%" height="18" fill=${fill}></rect>`
            : nothing
        }
      </svg>
      <span class="value">${num(b.value)}</span>`;
  }

  /** Bars, hidden from screen readers: the table beside it says the same. */
  private chart(bars: Bar[], beside: Bar[] = [], besideLabel = '') {
    const max = Math.max(0, ...bars.map((b) => b.value), ...beside.map((b) => b.value));
    return html`<div class="chart" aria-hidden="true">
      ${bars.map((b) => this.bar(b, max))}
      ${
        beside.length
          ? html`<span class="beside">${besideLabel}</span>${beside.map((b) => this.bar(b, max))}`
          : nothing
      }
    </div>`;
  }

  // -------------------------------------------------------------------------
  // Parts

  private renderFilters(s: ResultsMessages) {
    const p = this.params;
    const options = this.options ?? [];
    const known = !p.challenge || options.some((o) => o.id === p.challenge);
    return html`<form @submit=${this.submit} aria-label=${s.filters}>
        <div class="field">
          <label for="challenge">${s.challenge}</label>
          <select name="challenge" id="challenge" .value=${live(p.challenge ?? '')}>
            <option value="" ?selected=${!p.challenge}>${s.wholeOrg}</option>
            ${options.map(
              (o) =>
                html`<option value=${o.id} ?selected=${o.id === p.challenge}>${o.title}</option>`,
            )}
            ${
              known ? nothing : html`<option value=${p.challenge!} selected>${p.challenge}</option>`
            }
          </select>
        </div>
        <div class="field">
          <label for="from">${s.from}</label>
          <input
            type="date"
            name="from"
            id="from"
            .value=${live(p.from ?? '')}
            aria-describedby="period-hint"
          />
        </div>
        <div class="field">
          <label for="to">${s.to}</label>
          <input
            type="date"
            name="to"
            id="to"
            .value=${live(p.to ?? '')}
            aria-describedby="period-hint ${this.periodError ? 'period-error' : ''}"
            aria-invalid=${this.periodError ? 'true' : 'false'}
          />
        </div>
        <button type="submit" class="primary" id="show">${s.show}</button>
      </form>
      <p class="hint" id="period-hint">${s.periodHint}</p>
      ${
        this.periodError
          ? html`<p class="error" id="period-error" role="alert">${this.periodError}</p>`
          : nothing
      }`;
  }

  private renderFigures(s: ResultsMessages, r: Results) {
    const tot = r.total;
    return html`<section aria-labelledby="figures">
      <h2 id="figures">${s.keyFigures}</h2>
      <dl class="figures">
        <div>
          <dt>${s.received}</dt>
          <dd data-figure="received">${num(tot.received)}</dd>
        </div>
        <div>
          <dt>${s.medianDays}</dt>
          <dd data-figure="median">
            ${tot.medianDays === null ? s.noAnswerYet : s.days(days(tot.medianDays))}
          </dd>
        </div>
        <div>
          <dt>${s.unanswered}</dt>
          <dd data-figure="unanswered">${num(tot.unanswered)}</dd>
        </div>
        <div>
          <dt>${s.storiesTold}</dt>
          <dd data-figure="stories">${num(r.stories.count)}</dd>
        </div>
      </dl>
      <p class="hint">${s.medianDays}: ${s.medianHint}</p>
    </section>`;
  }

  private renderFunnel(
    s: ResultsMessages,
    c: ResultCounts,
    { id, title, hint, caption }: { id: string; title: string; hint: string; caption: string },
  ) {
    const stages: Bar[] = [
      { label: s.received, value: c.received, look: 'solid' },
      { label: s.inDialogue, value: c.inDialogue, look: 'stripes' },
      { label: s.forwarded, value: c.forwarded, look: 'dots' },
      { label: s.accepted, value: c.accepted, look: 'accepted' },
    ];
    const declined: Bar = { label: s.declined, value: c.declined, look: 'declined' };
    return html`<h2 id=${id}>${title}</h2>
      <p class="hint">${hint}</p>
      <div class="pair">
        ${this.chart(stages, [declined], s.besideFunnel)}
        <div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
          <table data-table=${id}>
            <caption id="${id}-caption">
              ${caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${s.stage}</th>
                <th scope="col">${s.count}</th>
                <th scope="col">${s.share}</th>
              </tr>
            </thead>
            <tbody>
              ${[...stages, declined].map(
                (b) =>
                  html`<tr>
                    <th scope="row">${b.label}</th>
                    <td>${num(b.value)}</td>
                    <td>${percent(b.value, c.received)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>`;
  }

  /** For a cluster above all: what came via it to other receivers, and how it went there. */
  private renderOpened(s: ResultsMessages, r: Results) {
    const doors = r.openedDoors;
    if (!doors || (doors.total.received === 0 && this.ctx.orgKind !== 'cluster')) return nothing;
    const orgName = (id: string) => this.ctx.orgNames.get(id) ?? id;
    return html`<section aria-labelledby="opened">
      ${
        doors.total.received === 0
          ? html`<h2 id="opened">${s.openedTitle}</h2>
              <p>${s.empty}</p>`
          : html`${this.renderFunnel(s, doors.total, {
              id: 'opened',
              title: s.openedTitle,
              hint: s.openedHint,
              caption: s.openedCaption,
            })}
            ${this.countsTable(
              s,
              'by-receiver-caption',
              s.byReceiver,
              s.receiver,
              doors.byReceiver.map((d) => ({ ...d, label: text(d.name) || orgName(d.orgId) })),
              'by-receiver',
            )}`
      }
    </section>`;
  }

  /** A breakdown: bars of what was received per row, and a table of the whole funnel per row. */
  private renderBreakdown(
    s: ResultsMessages,
    id: string,
    title: string,
    column: string,
    rows: Array<ResultCounts & { label: string }>,
  ) {
    if (!rows.length) return nothing;
    return html`<section aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      ${this.chart(rows.map((r) => ({ label: r.label, value: r.received, look: 'solid' })))}
      ${this.countsTable(s, `${id}-caption`, title, column, rows, id)}
    </section>`;
  }

  private countsTable(
    s: ResultsMessages,
    captionId: string,
    caption: string,
    column: string,
    rows: Array<ResultCounts & { label: string; stories?: number }>,
    name: string,
  ) {
    const withStories = rows.some((r) => r.stories !== undefined);
    return html`<div class="scroll" role="region" aria-labelledby=${captionId} tabindex="0">
      <table data-table=${name}>
        <caption id=${captionId}>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${column}</th>
            <th scope="col">${s.received}</th>
            <th scope="col">${s.inDialogue}</th>
            <th scope="col">${s.forwarded}</th>
            <th scope="col">${s.accepted}</th>
            <th scope="col">${s.declined}</th>
            <th scope="col">${s.medianDays}</th>
            ${withStories ? html`<th scope="col">${s.storiesTold}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.label}</th>
                <td>${num(r.received)}</td>
                <td>${num(r.inDialogue)}</td>
                <td>${num(r.forwarded)}</td>
                <td>${num(r.accepted)}</td>
                <td>${num(r.declined)}</td>
                <td>${r.medianDays === null ? '–' : s.days(days(r.medianDays))}</td>
                ${withStories ? html`<td>${num(r.stories ?? 0)}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderStories(s: ResultsMessages, r: Results) {
    return html`<section aria-labelledby="stories">
      <h2 id="stories">${s.stories}</h2>
      ${
        r.stories.count === 0
          ? html`<p>${s.noStories}</p>`
          : html`<ul class="stories">
              ${r.stories.items.map(
                (st) =>
                  html`<li>
                    ${
                      st.orgId === this.ctx.membership.orgId
                        ? html`<a href="/console/stories/${encodeURIComponent(st.id)}"
                            >${text(st.title) || s.untitled}</a
                          >`
                        : html`${text(st.title) || s.untitled} —
                          ${this.ctx.orgNames.get(st.orgId) ?? st.orgId}`
                    }
                    (${s.published} ${date(st.publishedAt)})
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderResults(s: ResultsMessages, r: Results) {
    const kinds = t.kinds as Record<string, string>;
    const orgName = (id: string) => this.ctx.orgNames.get(id) ?? id;
    const empty = r.total.received === 0;
    return html`${empty ? html`<p role="status" data-empty>${s.empty}</p>` : nothing}
    ${this.renderFigures(s, r)}
    ${
      empty
        ? nothing
        : html`<section aria-labelledby="funnel">
              ${this.renderFunnel(s, r.total, {
                id: 'funnel',
                title: s.funnelTitle,
                hint: s.funnelHint,
                caption: s.funnelCaption,
              })}
            </section>
            ${this.renderBreakdown(
              s,
              'by-kind',
              s.byKind,
              s.kind,
              r.byKind.map((k) => ({ ...k, label: kinds[k.kind] ?? k.kind })),
            )}
            ${this.renderBreakdown(
              s,
              'by-via',
              s.byVia,
              s.via,
              r.byVia.map((v) => ({
                ...v,
                label: v.via === null ? s.direct : text(v.name) || orgName(v.via),
              })),
            )}
            ${this.renderBreakdown(
              s,
              'by-country',
              s.byCountry,
              s.country,
              r.byCountry.map((c) => ({
                ...c,
                label: c.country === null ? s.unknownCountry : countryName(c.country),
              })),
            )}`
    }
    ${
      r.challengeId === null && r.challenges.length
        ? html`<section aria-labelledby="per-challenge">
            <h2 id="per-challenge">${s.perChallenge}</h2>
            ${this.countsTable(
              s,
              'per-challenge-caption',
              s.perChallengeCaption,
              s.challenge,
              r.challenges.map((c) => ({
                ...c,
                label: c.challengeId === null ? s.noChallenge : text(c.title) || c.challengeId,
              })),
              'challenges',
            )}
          </section>`
        : nothing
    }
    ${this.renderOpened(s, r)} ${this.renderStories(s, r)}`;
  }

  override render() {
    const s = pick(strings);
    return html`<h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
      <p>${s.intro}</p>
      ${this.renderFilters(s)}
      <div class="actions">
        <button type="button" @click=${this.download} ?disabled=${!this.data}>${s.download}</button>
      </div>
      ${
        this.error
          ? html`<p class="error" role="alert">${this.error}</p>
              <button type="button" @click=${this.retry}>${t.retry}</button>`
          : !this.data || this.loading
            ? html`<p role="status">${t.loading}</p>`
            : nothing
      }
      ${this.data && !this.error ? this.renderResults(s, this.data) : nothing}`;
  }
}

customElements.define('ep-results', EpResults);
