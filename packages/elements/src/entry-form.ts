import {
  COMPANY_SIZES,
  HONEYPOT_FIELD,
  SUBMISSION_KINDS,
  SubmissionInput,
  type SubmissionReceipt,
} from '@entrypoint/sdk';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styles } from './entry-form.styles.js';
import { EpElement } from './internal/ep-element.js';
import { failureKind, fieldErrors } from './internal/errors.js';
import { content, plain } from './internal/format.js';
import { organizations } from './internal/orgs.js';

export interface SubmitDetail {
  submission: SubmissionReceipt;
}

type Values = Record<string, string | boolean>;

/** What is kept in `localStorage` while a person writes. */
interface Draft {
  values: Values;
  /** The Idempotency-Key of this draft: the same for every retry of the same text. */
  key: string;
  /** The body last sent with `key`; a changed text gets a new key. */
  sent?: string;
}

const TEXT_FIELDS = [
  'title',
  'description',
  'company.name',
  'company.orgNumber',
  'company.country',
  'company.size',
  'company.website',
  'contact.name',
  'contact.email',
  'contact.phone',
] as const;

/** Countries listed first: the Nordic and Baltic region the product serves. */
const NEAR = ['SE', 'NO', 'FI', 'DK', 'IS', 'EE', 'LV', 'LT'];
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'ZZ',
  'XA',
  'XB',
  'AN',
  'CS',
  'DD',
  'SU',
  'YU',
  'BU',
  'TP',
  'ZR',
  'FX',
  'NT',
  'QU',
  'XK',
]);
const countryCache = new Map<string, [string, string][]>();

function countries(lang: string): [string, string][] {
  let list = countryCache.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
    const all: [string, string][] = [];
    for (let a = 65; a < 91; a++)
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
        if (name && name !== code) all.push([code, name]);
      }
    const collator = new Intl.Collator(lang);
    all.sort((x, y) => collator.compare(x[1], y[1]));
    list = [
      ...NEAR.map((c) => all.find((x) => x[0] === c)).filter((x): x is [string, string] => !!x),
      ...all.filter((x) => !NEAR.includes(x[0])),
    ];
    countryCache.set(lang, list);
  }
  return list;
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside secure contexts randomUUID is missing; a v4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const fieldId = (key: string) => `f-${key.replace(/\./g, '-')}`;

/**
 * The entry-point form: a company, cluster or startup sends an idea, a
 * proposal, a question or a request to an owner's one point of entry,
 * optionally about one challenge and credited to the site it was sent from
 * (`via`). What the person types is kept in `localStorage` until it is sent;
 * one Idempotency-Key per draft makes a resend after a dropped connection
 * store one submission, not two.
 *
 * @tagname ep-entry-form
 * @summary The form that reaches an owner's entry point.
 *
 * @fires ep-submit - The submission was received. `detail: { submission }` (the receipt with `id` and `reference`).
 *
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a failed check.
 * @csspart submit - The send button.
 * @csspart success - The confirmation with the reference.
 * @csspart reference - The reference number.
 *
 * @cssprop --ep-color-accent - Buttons, links and highlights. Default `#0b5cad` (light), `#8cc4ff` (dark).
 * @cssprop --ep-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --ep-color-text - Body text. Default `CanvasText`.
 * @cssprop --ep-color-muted - Hints.
 * @cssprop --ep-color-field - Background of inputs. Default `Field`.
 * @cssprop --ep-color-field-text - Text of inputs. Default `FieldText`.
 * @cssprop --ep-color-border-strong - Borders of inputs.
 * @cssprop --ep-color-danger - Errors.
 * @cssprop --ep-color-success - The confirmation.
 * @cssprop --ep-radius - Corner radius. Default `0.375em`.
 * @cssprop --ep-space - Inner spacing. Default `1em`.
 * @cssprop --ep-gap - Space between fields. Default `1.25em`.
 * @cssprop --ep-font-family - Font. Default: inherited from the page.
 * @cssprop --ep-font-size - Base font size. Default: inherited from the page.
 * @cssprop --ep-focus-ring - The focus outline.
 * @cssprop --ep-color-border - Borders of cards.
 * @cssprop --ep-color-link - Links. Default: the accent colour.
 * @cssprop --ep-color-surface - Background of cards. Default `Canvas`.
 * @cssprop --ep-color-surface-alt - Background of notices and badges.
 */
export class EntryForm extends EpElement {
  static override styles = styles;

  /** The id of the receiving owner (a city, region, cluster or agency). */
  @property() org = '';
  /**
   * The id of the challenge this answers, if any. When not set, the form takes
   * `?challenge=ID` from the page's address if its `org` matches (what a
   * board's `respond-url` sends).
   */
  @property() challenge = '';
  /** The id of the organisation whose site the form is on (e.g. a cluster), credited for opening the door. */
  @property() via = '';
  /** The owner's privacy notice, linked next to the consent box. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private values: Values = {};
  @state() private errors: Record<string, string> = {};
  /** Problems that are not tied to a field the person can fix (e.g. a misconfigured `org`). */
  @state() private otherErrors: string[] = [];
  @state() private checked = false;
  @state() private receipt?: SubmissionReceipt;

  #draft?: Draft;
  #focusTarget?: string;

  #owner = new Task(this, {
    task: async ([client, org]) => (org ? (await organizations(client)).get(org) : undefined),
    args: () => [this.sdk, this.org] as const,
  });

  #challenge = new Task(this, {
    task: ([client, id], { signal }) =>
      id ? client.challenges.get(id, { signal }) : Promise.resolve(undefined),
    args: () => [this.sdk, this.challenge] as const,
  });

  #send = new Task(this, {
    autoRun: false,
    task: async ([input, key]: readonly [SubmissionInput, string], { signal }) =>
      this.sdk.submissions.create(input, { idempotencyKey: key, page: location.href, signal }),
    onComplete: (receipt) => this.#succeeded(receipt),
    onError: (error) => this.#failed(error),
  });

  get #storageKey(): string {
    return `ep-entry-form:${this.org}:${this.challenge || '-'}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.challenge) {
      const params = new URLSearchParams(location.search);
      const id = params.get('challenge');
      const org = params.get('org');
      if (id && (!org || org === this.org)) this.challenge = id;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') || changed.has('challenge')) this.#loadDraft();
  }

  protected override updated(): void {
    const target = this.#focusTarget;
    if (!target) return;
    this.#focusTarget = undefined;
    this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  #loadDraft() {
    let draft: Draft | undefined;
    try {
      const raw = localStorage.getItem(this.#storageKey);
      draft = raw ? (JSON.parse(raw) as Draft) : undefined;
    } catch {
      draft = undefined;
    }
    this.#draft = draft && typeof draft.key === 'string' ? draft : undefined;
    this.values = this.#draft?.values ?? {};
  }

  #saveDraft() {
    this.#draft ??= { values: {}, key: newKey() };
    this.#draft.values = this.values;
    try {
      localStorage.setItem(this.#storageKey, JSON.stringify(this.#draft));
    } catch {
      // Storage full or blocked (private mode, sandbox): the form still works, without a draft.
    }
  }

  #onInput(e: Event) {
    const el = e.target as HTMLInputElement;
    const key = el.name === HONEYPOT_FIELD ? HONEYPOT_FIELD : el.name;
    const value = el.type === 'checkbox' ? el.checked : el.value;
    this.values = { ...this.values, [key]: value };
    this.#saveDraft();
    if (this.checked) this.#validate();
  }

  #text(key: string): string | undefined {
    const v = this.values[key];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  }

  /** The submission as the SDK's schema expects it, from what was typed. */
  #input(): SubmissionInput {
    const v = this.values;
    let website = this.#text('company.website');
    // `example.com` is read as https://example.com; another scheme stays, and is refused.
    if (website && !/^[a-z][a-z0-9+.-]*:/i.test(website)) website = `https://${website}`;
    const maturity = this.#text('maturity');
    return {
      orgId: this.org,
      challengeId: this.challenge || undefined,
      via: this.via || undefined,
      kind: (this.#text('kind') ?? '') as SubmissionInput['kind'],
      title: this.#text('title') ?? '',
      description: this.#text('description') ?? '',
      company: {
        name: this.#text('company.name') ?? '',
        orgNumber: this.#text('company.orgNumber'),
        country: this.#text('company.country') ?? '',
        size: (this.#text('company.size') ?? '') as SubmissionInput['company']['size'],
        website,
      },
      contact: {
        name: this.#text('contact.name') ?? '',
        email: this.#text('contact.email') ?? '',
        phone: this.#text('contact.phone'),
      },
      maturity: maturity ? Number(maturity) : undefined,
      confidential: v.confidential === true ? true : undefined,
      language: this.pageLang,
      consent: {
        privacy: v['consent.privacy'] === true,
        newsletter: v['consent.newsletter'] === true ? true : undefined,
      } as SubmissionInput['consent'],
    };
  }

  /** Checks with the SDK's schema; returns whether the input is valid. */
  #validate(): boolean {
    const result = SubmissionInput.safeParse(this.#input());
    const errors: Record<string, string> = {};
    const other: string[] = [];
    for (const issue of result.success ? [] : result.error.issues) {
      const path = issue.path.join('.');
      if (errors[path]) continue;
      if (this.#isField(path)) errors[path] = this.t.errors[path] ?? issue.message;
      else other.push(`${path}: ${issue.message}`);
    }
    this.errors = errors;
    this.otherErrors = other;
    return result.success;
  }

  #isField(path: string): boolean {
    return (
      path === 'kind' ||
      (TEXT_FIELDS as readonly string[]).includes(path) ||
      path === 'consent.privacy'
    );
  }

  #submit(e: Event) {
    e.preventDefault();
    if (this.#send.status === TaskStatus.PENDING) return;
    this.checked = true;
    if (!this.#validate()) {
      this.#focusFirstError();
      return;
    }
    const input = this.#input();
    const honeypot = this.#text(HONEYPOT_FIELD);
    const body = JSON.stringify(input);
    this.#saveDraft();
    const draft = this.#draft as Draft;
    // The same text keeps its key (a retry); a changed text is a new submission.
    if (draft.sent !== undefined && draft.sent !== body) draft.key = newKey();
    draft.sent = body;
    this.#saveDraft();
    const sent = (honeypot ? { ...input, [HONEYPOT_FIELD]: honeypot } : input) as SubmissionInput;
    void this.#send.run([sent, draft.key]);
  }

  #focusFirstError() {
    const first = [...Object.keys(this.errors)].sort((a, b) => this.#order(a) - this.#order(b))[0];
    this.#focusTarget = first ? (first === 'kind' ? 'f-kind-0' : fieldId(first)) : 'summary';
    this.requestUpdate();
  }

  #order(path: string): number {
    if (path === 'kind') return -1;
    const i = (TEXT_FIELDS as readonly string[]).indexOf(path);
    return i < 0 ? 99 : i;
  }

  #succeeded(receipt: SubmissionReceipt) {
    try {
      localStorage.removeItem(this.#storageKey);
    } catch {
      // Nothing to clear.
    }
    this.#draft = undefined;
    this.receipt = receipt;
    this.#focusTarget = 'done';
    this.emit('ep-submit', { submission: receipt });
  }

  #failed(error: unknown) {
    if (failureKind(error) === 'validation') {
      const errors: Record<string, string> = {};
      const other: string[] = [];
      for (const { path, message } of fieldErrors(error)) {
        if (this.#isField(path)) errors[path] ??= this.t.errors[path] ?? message;
        else other.push(message);
      }
      this.errors = errors;
      this.otherErrors = other;
      this.#focusFirstError();
    } else {
      // 409: this key was used with another text (edited after a send whose
      // answer was lost). The next attempt is a new submission with a new key.
      if (failureKind(error) === 'conflict' && this.#draft) {
        this.#draft.key = newKey();
        this.#draft.sent = undefined;
        this.#saveDraft();
      }
      this.#focusTarget = 'send-error';
    }
  }

  #again() {
    this.receipt = undefined;
    this.values = {};
    this.errors = {};
    this.checked = false;
    this.#focusTarget = 'f-kind-0';
  }

  protected override renderContent() {
    const t = this.t;
    const owner = this.#owner.value;
    const ownerName = owner ? plain(owner.name, this.pageLang, owner.defaultLanguage) : this.org;
    return html`<section
      class="root"
      aria-labelledby="heading"
      lang=${this.uiLang === this.pageLang.split('-')[0] ? nothing : this.uiLang}
    >
      <h2 id="heading">${t.formLabel}</h2>
      ${this.receipt ? this.#renderSuccess(this.receipt, ownerName) : this.#renderForm(ownerName)}
    </section>`;
  }

  #renderSuccess(receipt: SubmissionReceipt, ownerName: string): TemplateResult {
    const t = this.t;
    return html`<div part="success" class="success">
      <h3 id="done" tabindex="-1">${t.thanks}</h3>
      <p>
        ${t.reference}: <strong part="reference" class="reference">${receipt.reference}</strong>
      </p>
      <p>${t.nextSteps(ownerName)}</p>
      <button class="secondary" @click=${this.#again}>${t.sendAnother}</button>
    </div>`;
  }

  #renderForm(ownerName: string): TemplateResult {
    const t = this.t;
    const lang = this.pageLang;
    const errorCount = Object.keys(this.errors).length + this.otherErrors.length;
    const sending = this.#send.status === TaskStatus.PENDING;
    const sendError = this.#send.status === TaskStatus.ERROR ? this.#send.error : undefined;
    const challenge = this.#challenge.value;
    return html`
      <p class="intro muted">
        ${t.formTo(ownerName)}${
          this.#owner.value?.entryPoint ? html` (${this.#owner.value.entryPoint.name})` : nothing
        }
      </p>
      ${
        challenge
          ? html`<p class="about">
              ${t.about}:
              <strong>${content(challenge.title, lang, this.#owner.value?.defaultLanguage)}</strong>
            </p>`
          : nothing
      }
      <div aria-live="assertive" aria-atomic="true">
        ${
          errorCount
            ? html`<div
                part="error-summary"
                class="notice error summary"
                id="summary"
                tabindex="-1"
              >
                <h3>${t.errorsHeading(errorCount)}</h3>
                <ul>
                  ${Object.entries(this.errors)
                    .sort(([a], [b]) => this.#order(a) - this.#order(b))
                    .map(
                      ([key, message]) =>
                        html`<li>
                          <a
                            href="#${key === 'kind' ? 'f-kind-0' : fieldId(key)}"
                            @click=${(e: Event) => {
                              e.preventDefault();
                              this.renderRoot
                                .querySelector<HTMLElement>(
                                  key === 'kind' ? '#f-kind-0' : `#${fieldId(key)}`,
                                )
                                ?.focus();
                            }}
                            >${message}</a
                          >
                        </li>`,
                    )}
                  ${this.otherErrors.map((m) => html`<li>${m}</li>`)}
                </ul>
              </div>`
            : nothing
        }
      </div>
      <form
        part="form"
        novalidate
        @submit=${this.#submit}
        @input=${this.#onInput}
        @change=${this.#onInput}
      >
        ${this.#kind()} ${this.#field('title', t.title, { required: true })}
        ${this.#field('description', t.description, {
          required: true,
          hint: t.descriptionHint,
          multiline: true,
        })}
        <fieldset>
          <legend>${t.company}</legend>
          ${this.#field('company.name', t.companyName, { required: true, autocomplete: 'organization' })}
          ${this.#field('company.orgNumber', t.orgNumber)}
          ${this.#choice('company.country', t.country, countries(this.uiLang), true)}
          ${this.#choice(
            'company.size',
            t.size,
            COMPANY_SIZES.map((s) => [s, t.sizes[s]] as [string, string]),
            true,
          )}
          ${this.#field('company.website', t.website, { type: 'url', autocomplete: 'url' })}
          ${this.#choice(
            'maturity',
            t.maturity,
            [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
              (n) => [String(n), t.maturityLevel(n)] as [string, string],
            ),
            false,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.you}</legend>
          ${this.#field('contact.name', t.name, { required: true, autocomplete: 'name' })}
          ${this.#field('contact.email', t.email, { required: true, type: 'email', autocomplete: 'email' })}
          ${this.#field('contact.phone', t.phone, { type: 'tel', autocomplete: 'tel' })}
        </fieldset>
        ${this.#checkbox('confidential', t.confidential)}
        ${
          this.privacyUrl
            ? html`<p>
                <a href=${this.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a>
              </p>`
            : nothing
        }
        ${this.#checkbox('consent.privacy', t.consent, true)}
        ${this.#checkbox('consent.newsletter', t.newsletter)}
        <div class="hp" aria-hidden="true">
          <label for="f-hp">${t.honeypot}</label>
          <input
            id="f-hp"
            name=${HONEYPOT_FIELD}
            type="text"
            tabindex="-1"
            autocomplete="off"
            .value=${live((this.values[HONEYPOT_FIELD] as string) ?? '')}
          />
        </div>
        <div role="status" class="send-status">
          ${
            sendError
              ? html`<p class="notice error" id="send-error" tabindex="-1">
                  ${this.#sendMessage(sendError)}
                </p>`
              : nothing
          }
        </div>
        <p class="muted draft">${t.draftKept}</p>
        <button
          part="submit"
          type="submit"
          ?disabled=${sending}
          aria-disabled=${sending ? 'true' : nothing}
        >
          ${sending ? t.sending : sendError ? t.retry : t.send}
        </button>
      </form>
    `;
  }

  #sendMessage(error: unknown): string {
    const t = this.t;
    switch (failureKind(error)) {
      case 'offline':
        return t.sendOffline;
      case 'forbidden':
        return t.forbidden;
      case 'rate-limit':
        return t.rateLimited((error as { retryAfter?: number }).retryAfter ?? 60);
      case 'validation':
        return t.errorsHeading(Object.keys(this.errors).length + this.otherErrors.length);
      default:
        return t.sendFailed;
    }
  }

  /** `aria-describedby` and `aria-invalid` for a field, and the messages they point at. */
  #describe(key: string, hint?: string) {
    const id = fieldId(key);
    const error = this.errors[key];
    const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return {
      id,
      error,
      describedby: ids || nothing,
      invalid: error ? 'true' : nothing,
      notes: html`${hint ? html`<p id="${id}-hint" class="hint muted">${hint}</p>` : nothing}${
        error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing
      }`,
    };
  }

  #label(id: string, text: string, required: boolean) {
    return html`<label for=${id}
      >${text}${required ? html` <span class="req">(${this.t.required})</span>` : nothing}</label
    >`;
  }

  #field(
    key: string,
    label: string,
    opts: {
      required?: boolean;
      type?: string;
      autocomplete?: string;
      hint?: string;
      multiline?: boolean;
    } = {},
  ): TemplateResult {
    const d = this.#describe(key, opts.hint);
    const value = (this.values[key] as string | undefined) ?? '';
    return html`<div class="field ${d.error ? 'invalid' : ''}">
      ${this.#label(d.id, label, !!opts.required)} ${d.notes}
      ${
        opts.multiline
          ? html`<textarea
              id=${d.id}
              name=${key}
              rows="6"
              ?required=${opts.required}
              aria-invalid=${d.invalid}
              aria-describedby=${d.describedby}
              .value=${live(value)}
            ></textarea>`
          : html`<input
              id=${d.id}
              name=${key}
              type=${opts.type ?? 'text'}
              autocomplete=${opts.autocomplete ?? 'off'}
              ?required=${opts.required}
              aria-invalid=${d.invalid}
              aria-describedby=${d.describedby}
              .value=${live(value)}
            />`
      }
    </div>`;
  }

  #choice(
    key: string,
    label: string,
    options: [string, string][],
    required: boolean,
  ): TemplateResult {
    const d = this.#describe(key);
    const value = (this.values[key] as string | undefined) ?? '';
    return html`<div class="field ${d.error ? 'invalid' : ''}">
      ${this.#label(d.id, label, required)} ${d.notes}
      <select
        id=${d.id}
        name=${key}
        ?required=${required}
        aria-invalid=${d.invalid}
        aria-describedby=${d.describedby}
      >
        <option value="" ?selected=${!value}>${required ? '—' : this.t.notSaid}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  #checkbox(key: string, label: string, required = false): TemplateResult {
    const d = this.#describe(key);
    return html`<div class="field ${d.error ? 'invalid' : ''}">
      ${d.notes}
      <div class="check">
        <input
          id=${d.id}
          name=${key}
          type="checkbox"
          ?required=${required}
          aria-invalid=${d.invalid}
          aria-describedby=${d.describedby}
          .checked=${live(this.values[key] === true)}
        />
        ${this.#label(d.id, label, required)}
      </div>
    </div>`;
  }

  #kind(): TemplateResult {
    const t = this.t;
    const d = this.#describe('kind');
    return html`<fieldset
      class="field kind ${d.error ? 'invalid' : ''}"
      aria-describedby=${d.describedby}
    >
      <legend>${t.kind} <span class="req">(${t.required})</span></legend>
      ${d.notes}
      ${SUBMISSION_KINDS.map(
        (k, i) =>
          html`<div class="check">
            <input
              id="f-kind-${i}"
              type="radio"
              name="kind"
              value=${k}
              aria-invalid=${d.invalid}
              .checked=${live(this.values.kind === k)}
            />
            <label for="f-kind-${i}">${t.kinds[k]}</label>
          </div>`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ep-entry-form': EntryForm;
  }
  interface HTMLElementEventMap {
    'ep-submit': CustomEvent<SubmitDetail>;
  }
}
