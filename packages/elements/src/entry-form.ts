import type { SubmissionInput, SubmissionReceipt } from '@entrypoint/sdk';
import { Task, TaskStatus } from './internal/task.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './entry-form.styles.js';
import { countries } from './internal/countries.js';
import { DraftController } from './internal/draft.js';
import { form as english } from './i18n/en-form.js';
import { strings, type Strings } from './i18n/index.js';
import { EpElement } from './internal/ep-element.js';
import { failureKind } from './internal/errors.js';
import {
  checkbox,
  choice,
  field,
  fieldOrder,
  focusId,
  isField,
  kind,
  syncFields,
  type FieldState,
} from './internal/form-fields.js';
import { content, plain } from './internal/format.js';
import { heading } from './internal/heading.js';
import { organizations, unknownOrgs } from './internal/orgs.js';
import type * as SendModule from './internal/form-send.js';
import { HONEYPOT_FIELD, values as choices } from './internal/generated/submission-values.js';

export interface SubmitDetail {
  submission: SubmissionReceipt;
}

type Send = typeof SendModule;

/**
 * The chunk's file name, for `loadSend` to ask for it again under another
 * address (written in by scripts/build-embed.mjs; absent outside the embed).
 */
declare const __EP_LAZY__: string | undefined;

let sendCode: Promise<Send> | undefined;
let sendFailures = 0;

/**
 * The check of the form's input and what goes with it (internal/form-send.ts):
 * a chunk of its own in the embed, loaded when the form is first touched
 * (`prefetchSend`), or when it is sent. A failed load is tried again by the
 * next call, under another address (`?1`, `?2` …): Firefox keeps a failed
 * module's failure for the page's life and answers a second `import()` of
 * the same address with it.
 */
function loadSend(): Promise<Send> {
  return (sendCode ??= (
    sendFailures && typeof __EP_LAZY__ === 'string'
      ? (import(
          /* @vite-ignore */ new URL(`${__EP_LAZY__}?${sendFailures}`, import.meta.url).href
        ) as Promise<Send>)
      : import('./internal/form-send.js')
  ).catch((error: unknown) => {
    sendCode = undefined;
    sendFailures++;
    throw error;
  }));
}

/** The styles that come with the check (`sentStyles`), made once for every form. */
let sentSheet: CSSStyleSheet | undefined;

/** A person who moves focus into the form is about to fill it in: its check starts to load then, once. */
const prefetchSend = () => {
  if (!sendCode && !sendFailures) loadSend().catch(() => {});
};

/**
 * The entry-point form: a company, cluster or startup sends an idea, a
 * proposal, a question or a request to an owner's one point of entry,
 * optionally about one challenge and credited to the site it was sent from
 * (`via`). What the person types is kept in `localStorage` until it is sent;
 * one Idempotency-Key per draft makes a resend after a dropped connection
 * store one submission, not two. An `org` that names no organisation, and a
 * site the server refuses (403 `origin-not-allowed`, `via-unproven`), are said
 * plainly in the page's language, with no retry that cannot work.
 *
 * @slot heading - The form's heading, in place of the built-in one (or set `heading` and `heading-level`).
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
 * @csspart heading - The built-in heading.
 * @csspart refused - The notice that the server refused this site, or that `org` names no organisation.
 */
export class EntryForm extends EpElement {
  static override styles = styles;
  // Declared here rather than with decorators: fewer bytes in the embed.
  static override properties = {
    org: {},
    challenge: {},
    via: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    privacyUrl: { attribute: 'privacy-url' },
    errors: { state: true, attribute: false },
    otherErrors: { state: true, attribute: false },
    checked: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
  };

  /**
   * The UI strings: the shared ones and the form's own.
   * @ignore
   */
  protected override get t(): Strings<'form'> {
    return strings(this.uiLang, 'form', english);
  }

  /** The id of the receiving owner (a city, region, cluster or agency). */
  org = '';
  /**
   * The id of the challenge this answers, if any. When not set, the form takes
   * `?challenge=ID` from the page's address if its `org` matches (what a
   * board's `respond-url` sends).
   */
  challenge = '';
  /** The id of the organisation whose site the form is on (e.g. a cluster), credited for opening the door. */
  via = '';
  /** The form's heading; empty: "Send an idea or a question" in the page's language. */
  heading = '';
  /** The level of the form's heading (1–6, default 2); its inner headings are one below. */
  headingLevel = 2;
  /** The owner's privacy notice, linked next to the consent box. */
  privacyUrl = '';

  private errors: Record<string, string> = {};
  /** Problems that are not tied to a field the person can fix (e.g. a misconfigured `org`). */
  private otherErrors: string[] = [];
  private checked = false;
  private receipt?: SubmissionReceipt;

  #draft = new DraftController(this, () => `ep-entry-form:${this.org}:${this.challenge || '-'}`);

  #orgs = new Task(this, {
    task: ([client]) => organizations(client),
    args: () => [this.sdk] as const,
  });

  /** `[org]` when it names no organisation, else `[]`. */
  #unknown = new Task(this, {
    task: ([client, org]) => unknownOrgs(client, org ? [org] : [], 'ep-entry-form'),
    args: () => [this.sdk, this.org] as const,
  });

  #challenge = new Task(this, {
    task: ([client, id], { signal }) =>
      id ? client.challenges.get(id, { signal }) : Promise.resolve(undefined),
    args: () => [this.sdk, this.challenge] as const,
  });

  /** The form's check (`loadSend`), once loaded: `#validate` runs it on every input after a first send. */
  #code?: Send;

  /**
   * A send: the check's code (usually loaded since the form was first
   * touched; a failed load is said as a failed send, whose retry loads it
   * again), the check, then the request. Undefined: the check failed.
   */
  #send = new Task(this, {
    autoRun: false,
    task: async (_: readonly [], { signal }) => {
      const code = (this.#code = await loadSend());
      this.#adoptStyles(code);
      this.checked = true;
      if (!this.#validate()) {
        this.#focusFirstError();
        return undefined;
      }
      const input = this.#input(code);
      // The same text keeps its key (a retry); a changed text is a new submission.
      const key = this.#draft.keyFor(JSON.stringify(input));
      return this.sdk.submissions.create(code.withHoneypot(input, this.#values), {
        idempotencyKey: key,
        page: location.href,
        signal,
      });
    },
    onComplete: (receipt) => {
      if (receipt) this.#succeeded(receipt);
    },
    onError: (error) => this.#failed(error),
  });

  /** The styles of the errors and the confirmation, added once after the form's own. */
  #adoptStyles({ sentStyles }: Send) {
    const root = this.renderRoot as ShadowRoot;
    if (!sentSheet) (sentSheet = new CSSStyleSheet()).replaceSync(sentStyles);
    if (!root.adoptedStyleSheets.includes(sentSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sentSheet];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.challenge) {
      const params = new URLSearchParams(location.search);
      const id = params.get('challenge');
      const org = params.get('org');
      if (id && (!org || org === this.org)) {
        this.challenge = id;
        this.via ||= params.get('via') ?? '';
      }
    }
  }

  /** Moves focus to the form's first field (the kind of approach), or to the confirmation once sent. */
  override focus(options?: FocusOptions): void {
    const target = this.receipt ? '#done' : '#f-kind-0';
    const el = this.renderRoot.querySelector<HTMLElement>(target);
    if (el) el.focus(options);
    else this.focusAfterUpdate(target);
  }

  protected override updated(changed: PropertyValues): void {
    syncFields(this.renderRoot, this.#values);
    super.updated(changed);
  }

  /** The strings of a form that is sent or checked, with its check (`loadSend`). */
  get #sent(): Strings<'sent'> | undefined {
    return this.#code && strings(this.uiLang, 'sent', this.#code.sent);
  }

  get #values() {
    return this.#draft.values;
  }

  #onInput(e: Event) {
    const el = e.target as HTMLInputElement;
    const key = el.name === HONEYPOT_FIELD ? HONEYPOT_FIELD : el.name;
    this.#draft.set({ ...this.#values, [key]: el.type === 'checkbox' ? el.checked : el.value });
    if (this.checked) this.#validate();
  }

  #input(code: Send): SubmissionInput {
    return code.toSubmissionInput(this.#values, {
      org: this.org,
      challenge: this.challenge,
      via: this.via,
      language: this.pageLang,
    });
  }

  #showErrors(problems: { path: string; message: string }[]) {
    const errors: Record<string, string> = {};
    const other: string[] = [];
    for (const { path, message } of problems)
      if (isField(path)) errors[path] ??= this.#sent?.errors[path] ?? message;
      else other.push(message);
    this.errors = errors;
    this.otherErrors = other;
  }

  /**
   * Checks with the SDK's schema (as code generated from it at build time, so
   * the page loads no zod); returns whether the input is valid.
   */
  #validate(): boolean {
    const code = this.#code;
    if (!code) return true;
    const issues = code.checkSubmissionInput(this.#input(code));
    this.#showErrors(
      issues.map(({ path, message }) => ({
        path,
        message: isField(path) ? message : `${path}: ${message}`,
      })),
    );
    return !issues.length;
  }

  #submit(e: Event) {
    e.preventDefault();
    if (this.#send.status !== TaskStatus.PENDING) void this.#send.run([]);
  }

  #focusFirstError() {
    const first = Object.keys(this.errors).sort((a, b) => fieldOrder(a) - fieldOrder(b))[0];
    this.focusAfterUpdate(`#${first ? focusId(first) : 'summary'}`);
  }

  #succeeded(receipt: SubmissionReceipt) {
    this.#draft.clear();
    this.receipt = receipt;
    this.focusAfterUpdate('#done');
    this.emit('ep-submit', { submission: receipt });
  }

  #failed(error: unknown) {
    const kind = failureKind(error);
    if (kind === 'validation') {
      this.#showErrors(this.#code?.fieldErrors(error) ?? []);
      this.#focusFirstError();
      return;
    }
    // 409: this key was used with another text (edited after a send whose
    // answer was lost). The next attempt is a new submission with a new key.
    if (kind === 'conflict') this.#draft.rotate();
    this.focusAfterUpdate('#send-error');
  }

  #again() {
    this.receipt = undefined;
    this.#draft.clear();
    this.errors = {};
    this.checked = false;
    this.focusAfterUpdate('#f-kind-0');
  }

  protected override renderContent() {
    const t = this.t;
    const ownerName = this.#name(this.org);
    const unknown = this.#unknown.value?.length;
    const sent = this.#sent;
    return html`<section class="root" aria-labelledby="heading" lang=${this.rootLang}>
      <slot name="heading" id="heading"
        >${heading(this.headingLevel, this.heading || t.formLabel, '', false, 'heading')}</slot
      >
      ${
        unknown
          ? html`<p part="refused" class="notice error" role="alert">
              ${t.unknownOrgForm(`“${this.org}”`)} ${t.tellEditor}
            </p>`
          : this.receipt && sent
            ? this.#renderSuccess(this.receipt, ownerName, sent)
            : this.#renderForm(ownerName)
      }
    </section>`;
  }

  /** The name of an organisation in the page's language, else its id. */
  #name(id: string): string {
    const org = this.#orgs.value?.get(id);
    return org ? plain(org.name, this.pageLang, org.defaultLanguage) : id;
  }

  #renderSuccess(
    receipt: SubmissionReceipt,
    ownerName: string,
    t: Strings<'sent'>,
  ): TemplateResult {
    const level = this.headingLevel + 1;
    return html`<div part="success" class="success">
      ${heading(level, t.thanks, 'done', true)}
      <p class="ref">
        ${t.reference}<br /><strong part="reference" class="reference">${receipt.reference}</strong>
      </p>
      ${heading(level + 1, t.nextHeading)}
      <p>${t.nextSteps(ownerName)} ${t.quoteReference}</p>
      <button class="secondary" @click=${this.#again}>${t.sendAnother}</button>
    </div>`;
  }

  #renderForm(ownerName: string): TemplateResult {
    const t = this.t;
    const sent = this.#sent;
    const lang = this.pageLang;
    const errorCount = Object.keys(this.errors).length + this.otherErrors.length;
    const sending = this.#send.status === TaskStatus.PENDING;
    const sendError = this.#send.status === TaskStatus.ERROR ? this.#send.error : undefined;
    const challenge = this.#challenge.value;
    const f: FieldState = { values: this.#values, errors: this.errors, t };
    const refused = failureKind(sendError) === 'forbidden';
    const owner = this.#orgs.value?.get(this.org);
    return html`
      <p class="intro">
        ${t.formTo(ownerName)}${owner?.entryPoint ? html` (${owner.entryPoint.name})` : nothing}
      </p>
      <p class="muted">${t.requiredNote}</p>
      ${
        challenge
          ? html`<p class="about">
              ${t.about}:
              <strong>${content(challenge.title, lang, owner?.defaultLanguage)}</strong>
            </p>`
          : nothing
      }
      <div aria-live="assertive" aria-atomic="true">
        ${
          errorCount && sent
            ? html`<div
                part="error-summary"
                class="notice error summary"
                id="summary"
                tabindex="-1"
              >
                ${heading(this.headingLevel + 1, sent.errorsHeading(errorCount))}
                <ul>
                  ${Object.entries(this.errors)
                    .sort(([a], [b]) => fieldOrder(a) - fieldOrder(b))
                    .map(
                      ([key, message]) =>
                        html`<li>
                          <a
                            href="#${focusId(key)}"
                            @click=${(e: Event) => {
                              e.preventDefault();
                              this.renderRoot
                                .querySelector<HTMLElement>(`#${focusId(key)}`)
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
        @focusin=${prefetchSend}
        @input=${this.#onInput}
        @change=${this.#onInput}
      >
        ${kind(f)} ${field(f, 'title', t.title, { required: true })}
        ${field(f, 'description', t.description, {
          required: true,
          hint: t.descriptionHint,
          multiline: true,
        })}
        <fieldset>
          <legend>${t.company}</legend>
          ${field(f, 'company.name', t.companyName, { required: true, autocomplete: 'organization' })}
          ${field(f, 'company.orgNumber', t.orgNumber)}
          ${choice(f, 'company.country', t.country, countries(this.uiLang), true)}
          ${choice(
            f,
            'company.size',
            t.size,
            choices['company.size'].map((s) => [s, t.sizes[s]] as [string, string]),
            true,
          )}
          ${field(f, 'company.website', t.website, { type: 'url', autocomplete: 'url' })}
          ${choice(
            f,
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
          ${field(f, 'contact.name', t.name, { required: true, autocomplete: 'name' })}
          ${field(f, 'contact.email', t.email, { required: true, type: 'email', autocomplete: 'email' })}
          ${field(f, 'contact.phone', t.phone, { type: 'tel', autocomplete: 'tel' })}
        </fieldset>
        ${checkbox(f, 'confidential', t.confidential(ownerName))}
        ${
          this.#values.confidential === true
            ? html`<div class="sub">${checkbox(f, 'consent.forwarding', t.forwarding)}</div>`
            : nothing
        }
        ${
          this.privacyUrl
            ? html`<p>
                <a href=${this.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a>
              </p>`
            : nothing
        }
        ${checkbox(f, 'consent.privacy', t.consent, true)}
        ${checkbox(f, 'consent.newsletter', t.newsletter(ownerName))}
        <div class="hp" aria-hidden="true">
          <label for="f-hp">${t.honeypot}</label>
          <input id="f-hp" name=${HONEYPOT_FIELD} type="text" tabindex="-1" autocomplete="off" />
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
        ${
          // Refused for this site: sending again cannot work, so there is no button to do it.
          refused
            ? nothing
            : html`<button
                part="submit"
                type="submit"
                ?disabled=${sending}
                aria-disabled=${sending ? 'true' : nothing}
              >
                ${sending ? t.sending : sendError ? t.retry : t.send}
              </button>`
        }
      </form>
    `;
  }

  #sendMessage(error: unknown): string {
    const t = this.t;
    const s = this.#sent;
    const kind = failureKind(error);
    if (kind === 'offline') return t.sendOffline;
    // Without the strings that come with the check, the check could not be loaded: nothing was sent.
    if (!s) return t.sendFailed;
    switch (kind) {
      case 'forbidden': {
        const p = (error as { problem?: { code?: string } }).problem;
        const said =
          p?.code === 'via-unproven'
            ? `${s.viaRefused(this.#name(this.via))} ${s.kept}`
            : p?.code === 'origin-not-allowed'
              ? `${s.originRefused(this.#name(this.org))} ${s.kept}`
              : s.forbidden;
        return `${said} ${t.tellEditor}`;
      }
      case 'rate-limit':
        return s.rateLimited((error as { retryAfter?: number }).retryAfter ?? 60);
      case 'validation':
        return s.errorsHeading(Object.keys(this.errors).length + this.otherErrors.length);
      default:
        return t.sendFailed;
    }
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
