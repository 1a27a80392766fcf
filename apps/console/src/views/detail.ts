/**
 * <ep-detail>: one submission — everything the company sent, the challenge,
 * where it came from, confidentiality and maturity, forwards, the timeline —
 * and what staff do with it: move, write to the company, note, assign, tag,
 * forward. Each action is a dialog; after it, focus goes back to the button
 * that opened it and the status region says what happened. A change someone
 * else made first (412) is explained, and the page shows the latest version.
 */
import { LitElement, html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  NotFoundError,
  SUBMISSION_TRANSITIONS,
  type Submission,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import { StaleError, type StaffMember, type TimelineEvent } from '../api.js';
import type { ConsoleContext } from '../context.js';
import { go, typing, type Route } from '../router.js';
import { dateTime, num, t } from '../i18n/index.js';
import { shared } from '../styles.js';
import { deepActive, message, text, formValue } from '../util.js';

type Action = 'move' | 'write' | 'note' | 'assign' | 'tags' | 'forward';
const KEYS: Record<string, Action> = {
  m: 'move',
  r: 'write',
  n: 'note',
  a: 'assign',
  t: 'tags',
  f: 'forward',
};

export class EpDetail extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    org: { attribute: false },
    submission: { state: true },
    timeline: { state: true },
    error: { state: true },
    stale: { state: true },
    staff: { state: true },
    tags: { state: true },
    orgs: { state: true },
    dialog: { state: true },
    formError: { state: true },
    busy: { state: true },
    forwardTo: { state: true },
    challengeTitle: { state: true },
  };
  static override styles = [
    shared,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: baseline;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0.75em 0 1em;
      }
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 0 2em;
      }
      @media (max-width: 50em) {
        .grid {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 600;
        margin-top: 0.6em;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .description {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      ol.timeline {
        list-style: none;
        padding: 0;
        margin: 0;
        border-left: 2px solid var(--ep-color-border);
      }
      ol.timeline li {
        padding: 0.3em 0 0.7em 0.9em;
      }
      .body {
        white-space: pre-wrap;
        margin: 0.25em 0 0;
        overflow-wrap: anywhere;
      }
      dialog h2 {
        margin-top: 0;
      }
    `,
  ];

  declare ctx: ConsoleContext;
  declare route: Route;
  declare org: string | undefined;
  declare submission: Submission | undefined;
  declare timeline: TimelineEvent[] | undefined;
  declare error: string | undefined;
  declare stale: string | undefined;
  declare staff: StaffMember[];
  declare tags: string[];
  declare orgs: Array<{ id: string; name: string }>;
  declare dialog: Action | undefined;
  declare formError: string | undefined;
  declare busy: boolean;
  declare forwardTo: 'colleague' | 'org';
  declare challengeTitle: string | undefined;
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.staff = [];
    this.tags = [];
    this.orgs = [];
    this.busy = false;
    this.forwardTo = 'colleague';
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
    if (changed.has('route') || changed.has('org')) {
      void this.load(true);
      void this.loadOptions();
    }
  }

  private async find(ref: string): Promise<Submission> {
    const { api } = this.ctx;
    try {
      return await api.get(ref);
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
      // A server that finds submissions by id only: look the reference up.
      const page = await api.list({ q: ref, limit: 5 });
      const hit = page.data.find((s) => s.reference.toLowerCase() === ref.toLowerCase());
      if (!hit) throw e;
      return api.get(hit.id);
    }
  }

  private async load(first = false) {
    const ref = this.route.ref!;
    try {
      const s = await this.find(ref);
      this.submission = s;
      // Read by its reference: the version is kept under the id, which the changes use.
      const byRef = this.ctx.api.etags.get(ref);
      if (s.id !== ref && byRef) this.ctx.api.etags.set(s.id, byRef);
      this.error = undefined;
      this.timeline = await this.ctx.api.timeline(s.id).catch(() => undefined);
      if (s.challengeId && !this.challengeTitle)
        this.ctx.api.client.challenges.get(s.challengeId).then(
          (c) => (this.challengeTitle = text(c.title)),
          () => undefined,
        );
      if (first) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
      }
    } catch (e) {
      if ((e as { status?: number }).status === 401) return this.ctx.signedOut();
      this.error = e instanceof NotFoundError ? t.errorNotFound : message(e);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  private async loadOptions() {
    const { api } = this.ctx;
    const [staff, tags, orgs] = await Promise.all([
      api.staff().then(
        (r) => r.data,
        () => [] as StaffMember[],
      ),
      api.tags().then(
        (r) => r.data.map((x) => x.tag),
        () => [] as string[],
      ),
      api.organizations().then(
        (r) => r.data,
        () => [],
      ),
    ]);
    this.staff = staff;
    this.tags = tags;
    this.orgs = orgs
      .filter((o) => o.id !== this.ctx.membership.orgId)
      .map((o) => ({ id: o.id, name: text(o.name) }));
    for (const o of orgs) this.ctx.orgNames.set(o.id, text(o.name));
  }

  private onKey = (e: KeyboardEvent) => {
    if (typing(e) || e.defaultPrevented || this.dialog) return;
    if (e.key === 'u' || e.key === 'Escape') {
      e.preventDefault();
      go(this.backHref());
      return;
    }
    const action = KEYS[e.key];
    if (action && this.ctx.canWrite && this.submission) {
      e.preventDefault();
      const button = this.renderRoot.querySelector<HTMLElement>(`#act-${action}`);
      if (button && !(button as HTMLButtonElement).disabled) void this.open(action, button);
    }
  };

  private backHref() {
    const back = sessionStorage.getItem('ep-console-list');
    return back?.startsWith('/console/inbox') ? back : '/console/inbox';
  }

  private async open(action: Action, opener?: HTMLElement) {
    this.opener = opener ?? deepActive();
    this.formError = undefined;
    this.dialog = action;
    await this.updateComplete;
    const d = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('[autofocus], input, select, textarea')?.focus();
  }

  private close = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  };

  private closed = () => {
    this.dialog = undefined;
    this.formError = undefined;
    const back = this.opener;
    this.opener = null;
    void this.updateComplete.then(() => back?.focus());
  };

  /** Runs an action; on success closes the dialog and says so; a stale change is explained. */
  private async act(run: () => Promise<unknown>, done: string) {
    this.busy = true;
    this.formError = undefined;
    try {
      await run();
      this.stale = undefined;
      this.close();
      this.ctx.announce(done);
      await this.load();
    } catch (e) {
      if (e instanceof StaleError) {
        this.stale = `${e.problem?.detail ?? ''} ${t.actions.stale}`.trim();
        this.close();
        await this.load();
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#stale')?.focus();
      } else if ((e as { status?: number }).status === 401) {
        this.ctx.signedOut();
      } else {
        this.formError = message(e);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('dialog .error')?.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private requireText(form: HTMLFormElement, name: string): string | undefined {
    const field = form.elements.namedItem(name) as HTMLTextAreaElement | null;
    const value = field?.value.trim() ?? '';
    if (!value) {
      this.formError = t.actions.required;
      void this.updateComplete.then(() => field?.focus());
      return undefined;
    }
    return value;
  }

  private submitMove = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const s = this.submission!;
    const data = new FormData(form);
    const status = formValue(data.get('status')) as SubmissionStatus;
    const text = formValue(data.get('message')).trim();
    if (!status) {
      this.formError = t.actions.required;
      return;
    }
    if (status === 'declined' && !text) {
      this.formError = t.actions.messageRequired;
      void this.updateComplete.then(() => form.querySelector<HTMLElement>('textarea')?.focus());
      return;
    }
    void this.act(
      () => this.ctx.api.patch(s.id, { status, ...(text ? { message: text } : {}) }),
      t.actions.moved(t.statuses[status]),
    );
  };

  private submitWrite(e: SubmitEvent) {
    e.preventDefault();
    const body = this.requireText(e.target as HTMLFormElement, 'body');
    if (body) void this.act(() => this.ctx.api.message(this.submission!.id, body), t.actions.sent);
  }

  private submitNote(e: SubmitEvent) {
    e.preventDefault();
    const body = this.requireText(e.target as HTMLFormElement, 'body');
    if (body) void this.act(() => this.ctx.api.note(this.submission!.id, body), t.actions.noted);
  }

  private submitAssign = (e: SubmitEvent) => {
    e.preventDefault();
    const v = formValue(new FormData(e.target as HTMLFormElement).get('assignee'));
    void this.act(
      () => this.ctx.api.patch(this.submission!.id, { assigneeId: v || null }),
      t.actions.assigned,
    );
  };

  private submitTags = (e: SubmitEvent) => {
    e.preventDefault();
    const tags = new FormData(e.target as HTMLFormElement).getAll('tag').map(String);
    void this.act(() => this.ctx.api.patch(this.submission!.id, { tags }), t.actions.tagsSaved);
  };

  private submitForward = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const id = this.submission!.id;
    if (this.forwardTo === 'colleague') {
      const staffId = formValue(data.get('staffId'));
      if (!staffId) return void (this.formError = t.actions.required);
      void this.act(() => this.ctx.api.forward(id, { staffId }), t.actions.forwarded);
    } else {
      const orgId = formValue(data.get('orgId'));
      if (!orgId) return void (this.formError = t.actions.required);
      const text = formValue(data.get('message')).trim();
      void this.act(
        () => this.ctx.api.forward(id, { orgId, ...(text ? { message: text } : {}) }),
        t.actions.forwarded,
      );
    }
  };

  private assignMe = async (e: Event) => {
    const button = e.currentTarget as HTMLElement;
    await this.act(
      () => this.ctx.api.patch(this.submission!.id, { assigneeId: this.ctx.session.staff.id }),
      t.actions.assigned,
    );
    button.focus();
  };

  private person(id: string | null | undefined, name?: string | null): string {
    if (name) return name;
    if (!id) return '';
    if (id === this.ctx.session.staff.id)
      return this.ctx.session.staff.name ?? this.ctx.session.staff.email;
    const s = this.staff.find((m) => m.id === id);
    return s ? (s.name ?? s.email) : id;
  }

  private orgName = (id: string) => this.ctx.orgNames.get(id) ?? id;

  override render() {
    if (this.error)
      return html`<h1 tabindex="-1">${this.route.ref}</h1>
        <p class="notice danger" role="alert">${this.error}</p>
        <p><a href=${this.backHref()}>${t.detail.back}</a></p>`;
    const s = this.submission;
    if (!s) return html`<p role="status">${t.loading}</p>`;
    const moves = SUBMISSION_TRANSITIONS[s.status];
    return html`<p><a href=${this.backHref()}>← ${t.detail.back}</a></p>
      <div class="head">
        <h1 tabindex="-1">${s.title}</h1>
        <span class="badge">${t.statuses[s.status]}</span>
      </div>
      <p class="muted">${s.reference} · ${t.detail.received} ${dateTime(s.createdAt)}</p>
      ${
        this.stale
          ? html`<p class="notice danger" id="stale" role="alert" tabindex="-1">${this.stale}</p>`
          : nothing
      }
      ${s.erasedAt ? html`<p class="notice">${t.detail.erased}</p>` : nothing}
      ${
        this.ctx.canWrite
          ? html`<div class="actions" role="group" aria-label=${t.actions.label}>
              <button
                id="act-move"
                ?disabled=${!moves.length}
                @click=${(e: Event) => this.open('move', e.currentTarget as HTMLElement)}
              >
                ${t.actions.move} <kbd aria-hidden="true">m</kbd>
              </button>
              <button
                id="act-write"
                @click=${(e: Event) => this.open('write', e.currentTarget as HTMLElement)}
              >
                ${t.actions.write} <kbd aria-hidden="true">r</kbd>
              </button>
              <button
                id="act-note"
                @click=${(e: Event) => this.open('note', e.currentTarget as HTMLElement)}
              >
                ${t.actions.note} <kbd aria-hidden="true">n</kbd>
              </button>
              <button
                id="act-assign"
                @click=${(e: Event) => this.open('assign', e.currentTarget as HTMLElement)}
              >
                ${t.actions.assign} <kbd aria-hidden="true">a</kbd>
              </button>
              ${
                s.assigneeId !== this.ctx.session.staff.id
                  ? html`<button id="act-assign-me" @click=${this.assignMe}>
                      ${t.actions.assignMe}
                    </button>`
                  : nothing
              }
              <button
                id="act-tags"
                @click=${(e: Event) => this.open('tags', e.currentTarget as HTMLElement)}
              >
                ${t.actions.tags} <kbd aria-hidden="true">t</kbd>
              </button>
              <button
                id="act-forward"
                @click=${(e: Event) => this.open('forward', e.currentTarget as HTMLElement)}
              >
                ${t.actions.forward} <kbd aria-hidden="true">f</kbd>
              </button>
            </div>`
          : html`<p class="notice">${t.inbox.readOnly}</p>`
      }
      <div class="grid">
        <div>
          <h2>${t.detail.description}</h2>
          <p class="description">${s.description}</p>
          <h2>${t.detail.company}</h2>
          <dl>
            ${this.fact(t.detail.company, s.company.name)}
            ${s.company.orgNumber ? this.fact(t.detail.orgNumber, s.company.orgNumber) : nothing}
            ${this.fact(t.detail.country, regionName(s.company.country))}
            ${this.fact(t.detail.size, s.company.size)}
            ${
              s.company.website
                ? this.fact(
                    t.detail.website,
                    html`<a href=${s.company.website} rel="noopener noreferrer" target="_blank"
                      >${s.company.website}</a
                    >`,
                  )
                : nothing
            }
          </dl>
          <h2>${t.detail.contact}</h2>
          <dl>
            ${this.fact(t.detail.contact, s.contact.name)}
            ${this.fact(t.detail.email, html`<a href="mailto:${s.contact.email}">${s.contact.email}</a>`)}
            ${s.contact.phone ? this.fact(t.detail.phone, s.contact.phone) : nothing}
          </dl>
          <h2>${t.detail.timeline}</h2>
          ${this.renderTimeline()}
        </div>
        <div>
          <h2>${t.detail.facts}</h2>
          <dl>
            ${this.fact(t.detail.status, t.statuses[s.status])}
            ${this.fact(t.detail.kind, t.kinds[s.kind])}
            ${this.fact(
              t.detail.challenge,
              s.challengeId ? (this.challengeTitle ?? s.challengeId) : t.detail.noChallenge,
            )}
            ${this.fact(t.detail.via, s.via ? this.orgName(s.via) : t.detail.direct)}
            ${this.fact(
              t.detail.confidential,
              html`${s.confidential ? t.detail.isConfidential : t.detail.notConfidential}${
                s.confidential
                  ? html`<br /><span class="muted"
                        >${s.consent.forwarding ? t.detail.forwardingConsent : t.detail.noForwardingConsent}</span
                      >`
                  : nothing
              }`,
            )}
            ${s.maturity ? this.fact(t.detail.maturity, t.detail.maturityValue(s.maturity)) : nothing}
            ${this.fact(t.detail.language, s.language)}
            ${this.fact(t.detail.assignee, this.person(s.assigneeId) || t.inbox.unassigned)}
            ${this.fact(t.detail.tags, s.tags?.length ? s.tags.join(', ') : t.detail.noTags)}
            ${
              s.forwardedFrom
                ? this.fact(
                    t.detail.forwardedFrom,
                    `${this.orgName(s.forwardedFrom.orgId)} · ${s.forwardedFrom.reference} · ${t.statuses[s.forwardedFrom.status]}`,
                  )
                : nothing
            }
            ${
              s.forwardedTo?.length
                ? this.fact(
                    t.detail.forwardedTo,
                    html`${s.forwardedTo.map(
                      (l) =>
                        html`${this.orgName(l.orgId)} · ${l.reference} · ${t.statuses[l.status]}<br />`,
                    )}`,
                  )
                : nothing
            }
            ${s.source.page ? this.fact(t.detail.page, s.source.page) : nothing}
          </dl>
        </div>
      </div>
      ${this.renderDialog(s)}`;
  }

  private fact(label: string, value: unknown) {
    return html`<dt>${label}</dt>
      <dd>${value}</dd>`;
  }

  private renderTimeline() {
    const events = this.timeline;
    if (!events) return html`<p class="muted">—</p>`;
    if (!events.length) return html`<p class="muted">${t.timeline.empty}</p>`;
    return html`<ol class="timeline">
      ${events.map((e) => html`<li>${this.describe(e)}</li>`)}
    </ol>`;
  }

  private describe(e: TimelineEvent): TemplateResult {
    const who =
      e.actor.kind === 'staff'
        ? this.person(e.actor.id, e.actor.name)
        : e.actor.kind === 'public'
          ? t.timeline.company
          : e.actor.kind === 'api_key'
            ? t.timeline.apiKey
            : e.actor.kind === 'operator'
              ? t.timeline.operator
              : t.timeline.system;
    const d = e.detail as Record<string, string | undefined> & { tags?: string[] };
    const label = (t.timeline as Record<string, unknown>)[e.action];
    let what: unknown = nothing;
    let body: string | undefined;
    switch (e.action) {
      case 'move':
        what = t.timeline.fromTo(
          t.statuses[d.from as SubmissionStatus] ?? d.from ?? '',
          t.statuses[d.to as SubmissionStatus] ?? d.to ?? '',
        );
        body = d.message;
        break;
      case 'assign':
        what = d.assigneeId
          ? t.timeline.to(this.person(d.assigneeId, d.assigneeName))
          : t.inbox.unassigned;
        break;
      case 'tag':
        what = (d.tags ?? []).join(', ') || t.detail.noTags;
        break;
      case 'note':
      case 'message':
        body = d.body;
        break;
      case 'forward':
        what = d.toOrgId
          ? t.timeline.to(`${this.orgName(d.toOrgId)}${d.toReference ? ` (${d.toReference})` : ''}`)
          : d.toStaffId
            ? t.timeline.to(this.person(d.toStaffId, d.toStaffName))
            : nothing;
        break;
      case 'create': {
        const from = e.detail.forwardedFrom as { orgId: string; reference: string } | undefined;
        if (from)
          what = `${t.detail.forwardedFrom} ${this.orgName(from.orgId)} (${from.reference})`;
        else if (d.via) what = `${t.detail.via} ${this.orgName(d.via)}`;
        break;
      }
    }
    return html`<strong>${typeof label === 'string' ? label : e.action}</strong>
      ${what === nothing ? nothing : html` · ${what}`}
      <div class="muted">
        <time datetime=${e.at}>${dateTime(e.at)}</time>${who ? ` · ${who}` : ''}
      </div>
      ${body ? html`<p class="body">${body}</p>` : nothing}`;
  }

  private renderDialog(s: Submission) {
    const a = this.dialog;
    if (!a) return nothing;
    const title = {
      move: t.actions.move,
      write: t.actions.write,
      note: t.actions.note,
      assign: t.actions.assign,
      tags: t.actions.tags,
      forward: t.actions.forward,
    }[a];
    const err = this.formError
      ? html`<p class="error" id="form-error" role="alert" tabindex="-1">${this.formError}</p>`
      : nothing;
    const buttons = (label: string) =>
      html`<div class="row">
        <button class="primary" ?disabled=${this.busy}>${label}</button>
        <button type="button" @click=${this.close}>${t.cancel}</button>
      </div>`;
    const describedBy = this.formError ? 'form-error' : nothing;
    let form: TemplateResult;
    switch (a) {
      case 'move': {
        const moves = SUBMISSION_TRANSITIONS[s.status];
        form = html`<form @submit=${this.submitMove} novalidate>
          <fieldset>
            <legend>${t.actions.moveTo}</legend>
            ${moves.map(
              (m, i) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="status"
                    value=${m}
                    ?checked=${i === 0}
                  />${t.statuses[m]}</label
                >`,
            )}
          </fieldset>
          <div class="field">
            <label for="move-message">${t.actions.messageOptional}</label>
            <textarea
              id="move-message"
              name="message"
              aria-describedby="move-hint ${this.formError ? 'form-error' : ''}"
            ></textarea>
            <p class="hint" id="move-hint">${t.actions.messageRequired}</p>
          </div>
          ${err} ${buttons(t.actions.move)}
        </form>`;
        break;
      }
      case 'write':
      case 'note':
        form = html`<form
          @submit=${(e: SubmitEvent) => (a === 'write' ? this.submitWrite(e) : this.submitNote(e))}
          novalidate
        >
          <div class="field">
            <label for="body">${a === 'write' ? t.actions.message : t.actions.note}</label>
            <textarea
              id="body"
              name="body"
              required
              aria-describedby="body-hint ${this.formError ? 'form-error' : ''}"
            ></textarea>
            <p class="hint" id="body-hint">
              ${a === 'write' ? t.actions.writeHint : t.actions.noteHint}
            </p>
          </div>
          ${err} ${buttons(a === 'write' ? t.actions.send : t.actions.addNote)}
        </form>`;
        break;
      case 'assign':
        form = html`<form @submit=${this.submitAssign}>
          <div class="field">
            <label for="assignee">${t.actions.assignTo}</label>
            <select id="assignee" name="assignee" aria-describedby=${describedBy}>
              <option value="" ?selected=${!s.assigneeId}>${t.inbox.nobody}</option>
              <option
                value=${this.ctx.session.staff.id}
                ?selected=${s.assigneeId === this.ctx.session.staff.id}
              >
                ${t.inbox.me}
              </option>
              ${this.staff
                .filter((m) => m.id !== this.ctx.session.staff.id)
                .map(
                  (m) =>
                    html`<option value=${m.id} ?selected=${s.assigneeId === m.id}>
                      ${m.name ?? m.email}
                    </option>`,
                )}
            </select>
          </div>
          ${err} ${buttons(t.save)}
        </form>`;
        break;
      case 'tags':
        form = html`<form @submit=${this.submitTags}>
          ${
            this.tags.length
              ? html`<fieldset>
                  <legend>${t.actions.tags}</legend>
                  ${this.tags.map(
                    (x) =>
                      html`<label class="check"
                        ><input
                          type="checkbox"
                          name="tag"
                          value=${x}
                          ?checked=${s.tags?.includes(x)}
                        />${x}</label
                      >`,
                  )}
                </fieldset>`
              : html`<p>${t.actions.noOrgTags}</p>`
          }
          ${err} ${buttons(t.save)}
        </form>`;
        break;
      case 'forward': {
        const blocked = this.forwardTo === 'org' && s.confidential && !s.consent.forwarding;
        form = html`<form @submit=${this.submitForward}>
          <fieldset>
            <legend>${t.actions.forward}</legend>
            <label class="check"
              ><input
                type="radio"
                name="to"
                value="colleague"
                ?checked=${this.forwardTo === 'colleague'}
                @change=${() => (this.forwardTo = 'colleague')}
              />${t.actions.forwardColleague}</label
            >
            <label class="check"
              ><input
                type="radio"
                name="to"
                value="org"
                ?checked=${this.forwardTo === 'org'}
                @change=${() => (this.forwardTo = 'org')}
              />${t.actions.forwardOrg}</label
            >
          </fieldset>
          ${
            this.forwardTo === 'colleague'
              ? html`<div class="field">
                  <label for="staffId">${t.actions.colleague}</label>
                  <select id="staffId" name="staffId">
                    ${this.staff
                      .filter((m) => m.id !== this.ctx.session.staff.id)
                      .map((m) => html`<option value=${m.id}>${m.name ?? m.email}</option>`)}
                  </select>
                </div>`
              : html`<p class="notice ${blocked ? 'danger' : ''}" id="consent">
                    ${
                      s.confidential
                        ? s.consent.forwarding
                          ? t.actions.forwardConsentOk
                          : t.actions.forwardConsentMissing
                        : t.actions.forwardPublic
                    }
                  </p>
                  <div class="field">
                    <label for="orgId">${t.actions.organisation}</label>
                    <select id="orgId" name="orgId" aria-describedby="consent" ?disabled=${blocked}>
                      ${this.orgs.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
                    </select>
                  </div>
                  <div class="field">
                    <label for="fwd-message">${t.actions.forwardMessage}</label>
                    <textarea id="fwd-message" name="message" ?disabled=${blocked}></textarea>
                  </div>`
          }
          ${err}
          <div class="row">
            <button class="primary" ?disabled=${this.busy || blocked}>${t.actions.forward}</button>
            <button type="button" @click=${this.close}>${t.cancel}</button>
          </div>
        </form>`;
        break;
      }
    }
    return html`<dialog aria-labelledby="dialog-title" @close=${this.closed}>
      <h2 id="dialog-title">${title}</h2>
      <p class="muted">${s.reference} · ${s.title}</p>
      ${form}
    </dialog>`;
  }
}

/** A country's name in the UI language (ISO 3166 code in, "Sverige" out). */
function regionName(code: string): string {
  try {
    return (
      new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' }).of(code) ??
      code
    );
  } catch {
    return code;
  }
}

void num;
customElements.define('ep-detail', EpDetail);
