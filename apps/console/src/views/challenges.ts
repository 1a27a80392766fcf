/**
 * <ep-challenges>: the organisation's challenges, drafts included (the API
 * includes them for a session naming the organisation in `Entrypoint-Org`,
 * which the console sends): status, deadline, submissions (all and open,
 * `GET /v1/challenge-submission-counts`), a filter by status (in the URL),
 * and for admins and editors: a new challenge, duplicate (the editor opens
 * on a copy as a new draft) and edit. Handlers and viewers read.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { CHALLENGE_STATUSES, type Challenge, type ChallengeStatus } from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import { go, type Route } from '../router.js';
import { date, num, pick } from '../i18n/index.js';
import { strings } from '../i18n/views/challenges.js';
import { shared } from '../styles.js';
import { focusOnRender, message, text } from '../util.js';
import { listChallenges, submissionCounts, type SubmissionCount } from './challenge-api.js';

export class EpChallenges extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    challenges: { state: true },
    counts: { state: true },
    countsFailed: { state: true },
    error: { state: true },
  };
  static override styles = [
    shared,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
        justify-content: space-between;
      }
      .filter {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 0.5em 0 1em;
      }
      ul.cards {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75em;
      }
      .card {
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.75em 1em;
        background: var(--ep-color-surface);
      }
      .card h2 {
        margin: 0 0 0.35em;
        font-size: 1.1em;
        overflow-wrap: anywhere;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.5em;
        margin: 0 0 0.5em;
      }
      dl div {
        display: flex;
        gap: 0.4em;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .badge.draft {
        border-style: dashed;
      }
      a.button.primary-link {
        background: var(--ep-color-accent);
        color: var(--ep-color-on-accent);
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare challenges: Challenge[] | undefined;
  declare counts: Map<string, SubmissionCount>;
  declare countsFailed: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.counts = new Map();
    this.countsFailed = false;
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override firstUpdated() {
    void this.load();
  }

  protected override updated(changed: PropertyValues<this>) {
    const before = changed.get('ctx');
    if (before && before.membership.orgId !== this.ctx.membership.orgId) void this.load();
  }

  private load = async () => {
    this.error = undefined;
    this.challenges = undefined;
    const counts = submissionCounts(this.ctx.api).then(
      (r) => {
        this.counts = new Map(r.data.map((c) => [c.challengeId, c]));
        this.countsFailed = false;
      },
      () => (this.countsFailed = true),
    );
    try {
      const all = await listChallenges(this.ctx.api, this.ctx.membership.orgId);
      this.challenges = all.filter((c) => c.orgId === this.ctx.membership.orgId);
    } catch (e) {
      this.error = message(e);
    }
    await counts;
  };

  private get status(): ChallengeStatus | undefined {
    const s = this.route?.query.get('status');
    return (CHALLENGE_STATUSES as readonly string[]).includes(s ?? '')
      ? (s as ChallengeStatus)
      : undefined;
  }

  private filter = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    go(`/console/challenges${value ? `?status=${value}` : ''}`, { replace: true });
  };

  private renderCard(c: Challenge) {
    const s = pick(strings);
    const title = text(c.title) || s.untitled;
    const count = this.counts.get(c.id);
    const href = `/console/challenges/${encodeURIComponent(c.id)}`;
    return html`<li class="card">
      <h2><a href=${href}>${title}</a></h2>
      <dl>
        <div>
          <dt>${s.status}:</dt>
          <dd><span class="badge ${c.status}">${s.statuses[c.status]}</span></dd>
        </div>
        <div>
          <dt>${s.deadline}:</dt>
          <dd>${c.deadline ? date(c.deadline) : s.noDeadline}</dd>
        </div>
        <div>
          <dt>${s.submissions}:</dt>
          <dd>
            ${
              this.countsFailed
                ? '–'
                : s.submissionCount(num(count?.total ?? 0), num(count?.open ?? 0))
            }
          </dd>
        </div>
        <div>
          <dt>${s.changed}:</dt>
          <dd>${date(c.updatedAt)}</dd>
        </div>
      </dl>
      <div class="row">
        ${
          this.ctx.canEdit
            ? html`<a class="button" href=${href} aria-label=${s.editLabel(title)}>${s.edit}</a>
                <a
                  class="button"
                  href="/console/challenges/new?from=${encodeURIComponent(c.id)}"
                  aria-label=${s.duplicateLabel(title)}
                  >${s.duplicate}</a
                >`
            : nothing
        }
      </div>
    </li>`;
  }

  override render() {
    const s = pick(strings);
    const all = this.challenges;
    const status = this.status;
    const shown = all?.filter((c) => !status || c.status === status);
    const count = (st?: ChallengeStatus) =>
      num(all ? all.filter((c) => !st || c.status === st).length : 0);
    return html`<div class="head">
        <h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
        ${
          this.ctx.canEdit
            ? html`<a class="button primary-link" href="/console/challenges/new">${s.create}</a>`
            : nothing
        }
      </div>
      <p>${s.intro}</p>
      ${this.ctx.canEdit ? nothing : html`<p class="notice">${s.listReadOnly}</p>`}
      ${
        this.error
          ? html`<p class="error" role="alert">${s.loadError} ${this.error}</p>
              <button @click=${this.load}>${s.retry}</button>`
          : !all || !shown
            ? html`<p role="status">${s.loading}</p>`
            : html`<div class="filter">
                  <label for="status">${s.show}</label>
                  <select id="status" @change=${this.filter}>
                    <option value="" ?selected=${!status}>${s.optionCount(s.all, count())}</option>
                    ${CHALLENGE_STATUSES.map(
                      (st) =>
                        html`<option value=${st} ?selected=${st === status}>
                          ${s.optionCount(s.statuses[st], count(st))}
                        </option>`,
                    )}
                  </select>
                </div>
                ${this.countsFailed ? html`<p class="notice">${s.countsMissing}</p>` : nothing}
                ${
                  !all.length
                    ? html`<p>${s.empty}</p>
                        ${this.ctx.canEdit ? html`<p>${s.emptyCanCreate}</p>` : nothing}`
                    : !shown.length
                      ? html`<p>${s.emptyFiltered}</p>`
                      : html`<ul class="cards">
                          ${shown.map((c) => this.renderCard(c))}
                        </ul>`
                }`
      }`;
  }
}

customElements.define('ep-challenges', EpChallenges);
