/**
 * <ep-doors>: door openers, both ways. For a cluster (or anyone credited as
 * `via`): the submissions it opened the door to, where they went and what
 * became of them, counted by receiver, status and month for its reports. For
 * a receiver: which clusters brought it what. Tables, so a screen reader can
 * walk them; never the text of a submission, and no title when confidential.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ConsoleContext } from '../context.js';
import { date, num, t } from '../i18n/index.js';
import { shared } from '../styles.js';
import { message, text } from '../util.js';
import type { DoorOpener, OpenedDoor, OpenedDoorsSummary } from '../api.js';

interface Loaded {
  doors: OpenedDoor[];
  summary: OpenedDoorsSummary;
  openers: DoorOpener[];
}

/** A table of counts: a caption, what is counted (the rows' headers) and the count. */
const countTable = (caption: string, label: string, rows: Array<[name: string, count: number]>) =>
  html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${label}</th>
        <th scope="col">${t.doors.count}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([name, count]) =>
          html`<tr>
            <th scope="row">${name}</th>
            <td>${num(count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;

export class EpDoors extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    loaded: { state: true },
    error: { state: true },
  };
  static override styles = [
    shared,
    css`
      .tables {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
        align-items: flex-start;
      }
      .scroll {
        overflow-x: auto;
        max-width: 100%;
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
      }
      small {
        font-weight: normal;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare loaded: Loaded | undefined;
  declare error: string | undefined;

  constructor() {
    super();
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  // The shell sets `ctx` after connecting the element: load once it is there.
  override firstUpdated() {
    void this.load();
  }

  private load = async () => {
    this.error = undefined;
    this.loaded = undefined;
    try {
      const [doors, summary, openers] = await Promise.all([
        this.ctx.api.openedDoors(),
        this.ctx.api.openedDoorsSummary(),
        this.ctx.api.doorOpeners(),
        // Receivers and door openers by name; ids where that fails.
        this.ctx.api.organizations().then(
          (r) => {
            for (const o of r.data) this.ctx.orgNames.set(o.id, text(o.name));
          },
          () => undefined,
        ),
      ]);
      this.loaded = { doors: doors.data, summary, openers };
    } catch (error) {
      this.error = message(error);
    }
  };

  private org = (id: string) => this.ctx.orgNames.get(id) ?? id;

  private renderOpened({ doors, summary }: Loaded) {
    const d = t.doors;
    if (!doors.length) return html`<p>${d.openedEmpty}</p>`;
    return html`<div class="tables">
        ${countTable(
          d.byReceiver,
          d.receiver,
          summary.byReceiver.map((r) => [this.org(r.orgId), r.count]),
        )}
        ${countTable(
          d.byStatus,
          d.status,
          summary.byStatus.filter((r) => r.count > 0).map((r) => [t.statuses[r.status], r.count]),
        )}
        ${countTable(
          d.byMonth,
          d.month,
          summary.byMonth.map((r) => [r.month, r.count]),
        )}
      </div>
      <div class="scroll" role="region" tabindex="0" aria-label=${d.listCaption}>
        <table>
          <caption>
            ${d.listCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${d.reference}</th>
              <th scope="col">${d.receiver}</th>
              <th scope="col">${d.kind}</th>
              <th scope="col">${d.company}</th>
              <th scope="col">${d.status}</th>
              <th scope="col">${d.sent}</th>
            </tr>
          </thead>
          <tbody>
            ${doors.map(
              (s) =>
                html`<tr>
                  <th scope="row">
                    ${s.reference}${s.title ? html`<br /><small>${s.title}</small>` : nothing}
                  </th>
                  <td>${this.org(s.orgId)}</td>
                  <td>${t.kinds[s.kind]}</td>
                  <td>${s.company.name} (${s.company.country})</td>
                  <td>${t.statuses[s.status]}</td>
                  <td>${date(s.createdAt)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private renderOpeners({ openers }: Loaded) {
    const d = t.doors;
    if (!openers.length) return html`<p>${d.openersEmpty}</p>`;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${d.openersCaption}>
      <table>
        <caption>
          ${d.openersCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${d.opener}</th>
            <th scope="col">${d.count}</th>
            <th scope="col">${d.accepted}</th>
            <th scope="col">${d.inDialogue}</th>
          </tr>
        </thead>
        <tbody>
          ${openers.map(
            (o) =>
              html`<tr>
                <th scope="row">${this.org(o.via)}</th>
                <td>${num(o.count)}</td>
                <td>${num(o.byStatus.accepted ?? 0)}</td>
                <td>${num(o.byStatus['in-dialogue'] ?? 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const d = t.doors;
    return html`<h1 tabindex="-1">${d.title}</h1>
      <p>${d.intro}</p>
      ${
        this.error
          ? html`<p class="error" role="alert">${this.error}</p>
              <button @click=${this.load}>${t.retry}</button>`
          : !this.loaded
            ? html`<p role="status">${t.loading}</p>`
            : html`<section aria-labelledby="opened">
                  <h2 id="opened">${d.openedTitle}</h2>
                  ${this.renderOpened(this.loaded)}
                </section>
                <section aria-labelledby="openers">
                  <h2 id="openers">${d.openersTitle}</h2>
                  ${this.renderOpeners(this.loaded)}
                </section>`
      }`;
  }
}

customElements.define('ep-doors', EpDoors);
