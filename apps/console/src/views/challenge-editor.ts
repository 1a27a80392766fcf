/**
 * <ep-challenge-editor>: a challenge written the way the demo challenges are
 * (a need, a vision with a horizon year, who could deliver what, what the
 * owner offers, the procurement route, budget, deadline, themes, goals,
 * region, CPV codes, place, contact), in every language the organisation
 * uses side by side, with the challenge coach's hints next to the fields they
 * are about (`POST /v1/coach/challenge`, in the console's language; advice
 * only, never a block), a preview, and the status steps (publish, back to
 * draft, close, solved, delete a draft).
 *
 * Saving: `POST /v1/challenges`, or `PATCH` with `If-Match` from the ETag of
 * the last read. A 412 keeps everything typed in the form, says someone else
 * saved first, and lets the person see their version beside this one, save
 * over it on purpose, or take theirs. Leaving with unsaved changes asks first.
 *
 * Routes: `/console/challenges/new` (`?from=ID`: a copy as a new draft) and
 * `/console/challenges/ID`. Admins and editors write; other roles read.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CHALLENGE_STATUSES,
  OFFERS,
  PROCUREMENT_ROUTES,
  THEMES,
  NotFoundError,
  type Challenge,
  type ChallengeStatus,
  type Offer,
  type ProcurementRoute,
  type Theme,
} from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import { StaleError } from '../api.js';
import { go, type Route } from '../router.js';
import { lang as uiLang, pick } from '../i18n/index.js';
import { strings, type ChallengeMessages } from '../i18n/views/challenges.js';
import { shared } from '../styles.js';
import { focusOnRender, message, text } from '../util.js';
import '../components/code-picker.js';
import '../components/challenge-preview.js';
import '../components/draft-share.js';
import {
  coach,
  createChallenge,
  deleteChallenge,
  orgLanguage,
  patchChallenge,
  readChallenge,
  type CoachHint,
  type Versioned,
} from './challenge-api.js';
import {
  check,
  differences,
  emptyForm,
  fromChallenge,
  reapply,
  sameContent,
  TEXT_FIELDS,
  toCoach,
  toInput,
  toPatch,
  written,
  type Compared,
  type Form,
  type Problem,
  type TextField,
} from './challenge-form.js';

/** Languages offered under "Add a language": the Nordic and Baltic ones, and Europe's largest. */
const ADDABLE = [
  'en',
  'sv',
  'nb',
  'nn',
  'fi',
  'da',
  'is',
  'se',
  'et',
  'lv',
  'lt',
  'de',
  'fr',
  'es',
];
const COACH_DELAY_MS = 700;

type Confirmable = 'draft' | 'closed' | 'solved' | 'delete' | 'leave';

interface Stale {
  theirs?: Versioned;
  loading?: boolean;
}

export class EpChallengeEditor extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    state: { state: true },
    form: { state: true },
    langs: { state: true },
    hints: { state: true },
    coachState: { state: true },
    problems: { state: true },
    serverErrors: { state: true },
    stale: { state: true },
    busy: { state: true },
    confirming: { state: true },
    previewOpen: { state: true },
    previewLang: { state: true },
    previewWidth: { state: true },
    failure: { state: true },
  };
  static override styles = [
    shared,
    css`
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: baseline;
        justify-content: space-between;
      }
      section.part {
        border-top: 1px solid var(--ep-color-border);
        padding-top: 0.5em;
        margin-top: 1em;
      }
      .cols {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
        gap: 0.75em 1em;
      }
      .cols .field {
        margin: 0;
        min-width: 0;
      }
      input:not([type='checkbox']):not([type='radio']),
      select {
        width: 100%;
      }
      input.short:not([type='checkbox']) {
        width: 10em;
      }
      .missing {
        color: var(--ep-color-danger);
        font-size: 0.9em;
        margin: 0;
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
      }
      .inline {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
        gap: 0.5em 1em;
      }
      .hints {
        list-style: none;
        padding: 0;
        margin: 0.5em 0 0.9em;
        display: grid;
        gap: 0.5em;
      }
      .coach-hint {
        border-left: 4px solid var(--ep-color-warning, #b35c00);
        background: var(--ep-color-surface-alt);
        border-radius: var(--ep-radius);
        padding: 0.5em 0.8em;
      }
      .coach-hint p {
        margin: 0.2em 0;
      }
      blockquote {
        margin: 0.3em 0;
        padding-left: 0.8em;
        border-left: 2px solid var(--ep-color-border-strong);
        white-space: pre-line;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 1em 0;
        padding: 0.75em 0;
        border-top: 1px solid var(--ep-color-border);
      }
      .compare {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
        gap: 0.5em 1em;
      }
      .compare > div {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .compare .value {
        margin: 0.25em 0;
        white-space: pre-line;
      }
      .preview-tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        align-items: end;
      }
      .preview-tools fieldset {
        margin: 0;
      }
      a.button.primary {
        background: var(--ep-color-accent);
        color: var(--ep-color-on-accent);
      }
      .lang-tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
      }
      .lang-tools select {
        width: auto;
      }
      ul.plain {
        margin: 0.25em 0;
        padding-left: 1.2em;
      }
      #problems li {
        margin: 0.3em 0;
      }
      #problems a {
        display: inline-block;
        min-height: 24px;
        padding: 0.1em 0;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare state: 'loading' | 'ready' | 'not-found' | 'error';
  declare form: Form;
  declare langs: string[];
  declare hints: CoachHint[];
  declare coachState: 'idle' | 'working' | 'failed';
  declare problems: Problem[];
  declare serverErrors: string[];
  declare stale: Stale | undefined;
  declare busy: boolean;
  declare confirming: Confirmable | undefined;
  declare previewOpen: boolean;
  declare previewLang: string;
  declare previewWidth: 'phone' | 'desktop';
  declare failure: string | undefined;

  /** The challenge as last read or saved (undefined: not saved yet). */
  private saved: Challenge | undefined;
  private etag: string | undefined;
  /** The form as last loaded or saved: what "unsaved changes" compares with. */
  private baseline: Form = emptyForm();
  private defaultLang = 'en';
  private copyOf: string | undefined;
  private loadedKey: string | undefined;
  private coachTimer: ReturnType<typeof setTimeout> | undefined;
  private coachSeq = 0;
  private leaveTo: string | undefined;
  private leaving = false;
  private afterConfirm: (() => void) | undefined;
  private addChoice = '';
  /** Unsaved changes from an earlier visit were put back in the form. */
  private restored = false;

  constructor() {
    super();
    this.state = 'loading';
    this.form = emptyForm();
    this.langs = [];
    this.hints = [];
    this.coachState = 'idle';
    this.problems = [];
    this.serverErrors = [];
    this.busy = false;
    this.previewOpen = false;
    this.previewLang = 'en';
    this.previewWidth = 'phone';
    this.addEventListener('ep-language', () => {
      this.requestUpdate();
      this.askCoach(0);
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('click', this.guardLinks, true);
    window.addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('click', this.guardLinks, true);
    window.removeEventListener('beforeunload', this.beforeUnload);
    clearTimeout(this.coachTimer);
    // Gone without a question (Back, the organisation switcher): keep the words for the return.
    if (this.dirty && !this.leaving) this.keepUnsaved();
  }

  /** Where unsaved changes wait for the person's return to this challenge (this tab only). */
  private get keptKey() {
    return `ep-challenge-unsaved:${this.ctx.membership.orgId}:${this.loadedKey ?? ''}`;
  }

  private keepUnsaved() {
    try {
      sessionStorage.setItem(
        this.keptKey,
        JSON.stringify({ form: this.form, langs: this.langs, etag: this.etag }),
      );
    } catch {
      // Storage off or full: the leave question is the only guard then.
    }
  }

  /** Unsaved changes kept when the person left this challenge, taken once. */
  private takeUnsaved(): { form: Form; langs: string[]; etag: string | undefined } | undefined {
    try {
      const kept = sessionStorage.getItem(this.keptKey);
      sessionStorage.removeItem(this.keptKey);
      return kept
        ? (JSON.parse(kept) as { form: Form; langs: string[]; etag: string | undefined })
        : undefined;
    } catch {
      return undefined;
    }
  }

  private get key() {
    return `${this.route?.ref ?? ''}?${this.route?.query.get('from') ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('route') || changed.has('ctx')) && this.ctx && this.route) {
      if (this.key !== this.loadedKey) {
        // Another challenge in the same view (Back, Forward): keep this one's words first.
        if (this.loadedKey !== undefined && this.dirty && !this.leaving) this.keepUnsaved();
        void this.load();
      }
    }
  }

  private get isNew() {
    return this.route.ref === 'new' && !this.saved;
  }

  get dirty(): boolean {
    return this.state === 'ready' && this.ctx?.canEdit && !sameContent(this.form, this.baseline);
  }

  private load = async () => {
    this.loadedKey = this.key;
    this.state = 'loading';
    this.failure = undefined;
    this.stale = undefined;
    this.problems = [];
    this.serverErrors = [];
    this.saved = undefined;
    this.etag = undefined;
    this.copyOf = undefined;
    this.restored = false;
    this.leaving = false;
    const orgLang = orgLanguage(this.ctx.api, this.ctx.membership.orgId).catch(() => undefined);
    try {
      const ref = this.route.ref ?? 'new';
      const from = this.route.query.get('from');
      if (ref === 'new') {
        this.defaultLang = (await orgLang) ?? uiLang;
        if (from && this.ctx.canEdit) {
          const { challenge } = await readChallenge(this.ctx.api, from);
          this.copyOf = text(challenge.title);
          this.form = { ...fromChallenge(challenge), status: 'draft', ocid: undefined };
        } else {
          this.form = emptyForm(
            this.defaultLang === 'sv' ? 'SEK' : this.defaultLang === 'nb' ? 'NOK' : 'EUR',
          );
        }
      } else {
        const [versioned, def] = await Promise.all([readChallenge(this.ctx.api, ref), orgLang]);
        this.defaultLang = def ?? uiLang;
        this.useVersion(versioned);
      }
      this.baseline = structuredClone(this.form);
      this.langs = this.languagesOf(this.form);
      const kept = this.ctx.canEdit ? this.takeUnsaved() : undefined;
      if (kept) {
        // The words come back with the version they were written on: if someone else
        // saved since, saving them answers 412 and the stale-edit choices follow.
        this.form = kept.form;
        this.langs = this.languagesOf(kept.form, kept.langs);
        if (this.saved) this.etag = kept.etag;
        this.restored = true;
      }
      this.previewLang = this.langs.includes(uiLang) ? uiLang : this.langs[0]!;
      this.state = 'ready';
      if (this.ctx.canEdit) this.askCoach(0);
    } catch (e) {
      if (e instanceof NotFoundError) this.state = 'not-found';
      else {
        this.failure = message(e);
        this.state = 'error';
      }
    }
  };

  private useVersion({ challenge, etag }: Versioned) {
    this.saved = challenge;
    this.etag = etag;
    this.form = fromChallenge(challenge);
  }

  /** The organisation's default language, then those written, then those added. */
  private languagesOf(form: Form, extra: string[] = []): string[] {
    const seen = new Set<string>([this.defaultLang]);
    for (const field of TEXT_FIELDS) for (const l of Object.keys(written(form[field]))) seen.add(l);
    for (const l of extra) seen.add(l);
    return [...seen];
  }

  private langName(code: string): string {
    try {
      return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  // --- Editing -------------------------------------------------------------

  private update_(patch: Partial<Form>) {
    this.form = { ...this.form, ...patch };
    if (this.problems.length) this.problems = check(this.form);
    this.askCoach();
  }

  private setText(field: TextField, lang: string, value: string) {
    this.update_({ [field]: { ...this.form[field], [lang]: value } });
  }

  private toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  private addLanguage = () => {
    const code = this.addChoice;
    if (!code || this.langs.includes(code)) return;
    this.langs = [...this.langs, code];
    this.addChoice = '';
    this.ctx.announce(this.langName(code));
    this.askCoach(0);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#f-title-${code}`)?.focus(),
    );
  };

  private removeLanguage(code: string) {
    this.langs = this.langs.filter((l) => l !== code);
    const next = { ...this.form };
    for (const f of TEXT_FIELDS) {
      const texts = { ...next[f] };
      delete texts[code];
      next[f] = texts;
    }
    this.form = next;
    this.askCoach(0);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#add-lang')?.focus(),
    );
  }

  // --- The coach -----------------------------------------------------------

  private askCoach(delay = COACH_DELAY_MS) {
    if (!this.ctx?.canEdit || this.state !== 'ready') return;
    clearTimeout(this.coachTimer);
    this.coachTimer = setTimeout(() => void this.runCoach(), delay);
  }

  private async runCoach() {
    const seq = ++this.coachSeq;
    this.coachState = 'working';
    try {
      const { hints } = await coach(this.ctx.api, toCoach(this.form, this.langs), uiLang);
      if (seq !== this.coachSeq) return;
      this.hints = hints;
      this.coachState = 'idle';
    } catch {
      if (seq !== this.coachSeq) return;
      this.coachState = 'failed';
    }
  }

  private hintsFor(...fields: string[]) {
    return this.hints.filter((h) => fields.includes(h.field));
  }

  private renderHints(hints: CoachHint[], s: ChallengeMessages): TemplateResult | typeof nothing {
    if (!hints.length) return nothing;
    return html`<ul class="hints">
      ${hints.map(
        (h) =>
          html`<li class="coach-hint" data-hint=${h.id} data-field=${h.field}>
            <p>
              <strong>${h.message}</strong>
              ${h.lang ? html`<span class="muted">(${s.coachIn(this.langName(h.lang))})</span>` : nothing}
            </p>
            ${
              h.found?.length
                ? html`<p>
                    <span class="muted">${s.found}:</span>
                    ${h.found.map((w, i) => html`${i ? ', ' : ''}“${w}”`)}
                  </p>`
                : nothing
            }
            <p><strong>${s.why}:</strong> ${h.why}</p>
            ${
              h.example
                ? html`<details>
                    <summary>${s.example}</summary>
                    <blockquote>${h.example.text}</blockquote>
                    <p class="muted">${s.exampleFrom(h.example.title)}</p>
                  </details>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  // --- Saving --------------------------------------------------------------

  private submit = (e: Event) => {
    e.preventDefault();
    void this.save();
  };

  /** Saves the form (with `status` when given); true when it went through. */
  private async save(status?: ChallengeStatus, announce?: string): Promise<boolean> {
    const s = pick(strings);
    if (this.busy) return false;
    const form: Form = status ? { ...this.form, status } : this.form;
    this.problems = check(form);
    this.serverErrors = [];
    if (this.problems.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#problems')?.focus();
      return false;
    }
    this.busy = true;
    try {
      let result: Versioned;
      if (!this.saved) {
        result = await createChallenge(this.ctx.api, toInput(form));
      } else {
        result = await patchChallenge(this.ctx.api, this.saved.id, toPatch(form), this.etag);
        // A PATCH answers without the ETag header only behind an odd proxy: read it then.
        if (!result.etag) result = await readChallenge(this.ctx.api, this.saved.id);
      }
      const created = !this.saved;
      const langs = this.langs;
      this.useVersion(result);
      this.baseline = structuredClone(this.form);
      this.langs = this.languagesOf(this.form, langs);
      this.stale = undefined;
      this.ctx.announce(announce ?? (created ? s.created : s.saved));
      if (created) {
        this.loadedKey = `${result.challenge.id}?`;
        go(`/console/challenges/${encodeURIComponent(result.challenge.id)}`, { replace: true });
      }
      this.askCoach(0);
      return true;
    } catch (e) {
      if (e instanceof StaleError) {
        this.stale = {};
        this.ctx.announce(s.staleTitle);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#stale')?.focus();
      } else {
        const errors = (e as { problem?: { errors?: Array<{ path: string; message: string }> } })
          .problem?.errors;
        this.serverErrors = errors?.length
          ? errors.map((x) => `${x.path}: ${x.message}`)
          : [message(e)];
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#problems')?.focus();
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  private publish = () => {
    void this.save('open', pick(strings).published);
  };

  private moveTo(status: ChallengeStatus) {
    const s = pick(strings);
    const run = () =>
      void this.save(
        status,
        status === 'draft' ? s.unpublished : s.statusChanged(s.statuses[status]),
      );
    if (status === 'draft' || status === 'closed' || status === 'solved') {
      this.ask(status, run);
    } else run();
  }

  private removeDraft = () => {
    this.ask('delete', () => void this.doRemove());
  };

  private async doRemove() {
    if (!this.saved) return;
    this.busy = true;
    try {
      await deleteChallenge(this.ctx.api, this.saved.id);
      this.baseline = structuredClone(this.form);
      this.saved = undefined;
      this.state = 'loading';
      this.ctx.announce(pick(strings).deleted);
      go('/console/challenges');
    } catch (e) {
      this.serverErrors = [message(e)];
    } finally {
      this.busy = false;
    }
  }

  // --- Someone else saved first ---------------------------------------------

  private showTheirs = async () => {
    if (!this.saved) return;
    this.stale = { loading: true };
    try {
      this.stale = { theirs: await readChallenge(this.ctx.api, this.saved.id) };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#compare-title')?.focus();
    } catch (e) {
      this.stale = {};
      this.serverErrors = [message(e)];
    }
  };

  /** Their version with this person's changes put on it, saved on purpose with their ETag. */
  private keepMine = async () => {
    if (!this.saved) return;
    try {
      const theirs = this.stale?.theirs ?? (await readChallenge(this.ctx.api, this.saved.id));
      const langs = this.langs;
      this.form = reapply(fromChallenge(theirs.challenge), this.form, this.baseline);
      this.baseline = fromChallenge(theirs.challenge);
      this.etag = theirs.etag;
      this.saved = theirs.challenge;
      this.langs = this.languagesOf(this.form, langs);
      await this.save();
    } catch (e) {
      this.serverErrors = [message(e)];
    }
  };

  private takeTheirs = () => {
    const theirs = this.stale?.theirs;
    if (!theirs) return;
    this.useVersion(theirs);
    this.baseline = structuredClone(this.form);
    this.langs = this.languagesOf(this.form, this.langs);
    this.stale = undefined;
    this.ctx.announce(pick(strings).tookTheirs);
    this.askCoach(0);
  };

  // --- Confirmations and leaving -----------------------------------------------

  private ask(what: Confirmable, then: () => void) {
    this.confirming = what;
    this.afterConfirm = then;
    void this.updateComplete.then(() => {
      const d = this.renderRoot.querySelector<HTMLDialogElement>('#confirm');
      if (d && !d.open) d.showModal();
    });
  }

  private confirmYes = () => {
    const then = this.afterConfirm;
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
    then?.();
  };

  private confirmNo = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm')?.close();
  };

  private returnFocus: HTMLElement | null = null;
  private confirmClosed = () => {
    this.confirming = undefined;
    this.afterConfirm = undefined;
    this.returnFocus?.focus();
    this.returnFocus = null;
  };

  /** Links away while there are unsaved changes: ask first (the shell's router listens after us). */
  private guardLinks = (event: MouseEvent) => {
    if (this.leaving || !this.dirty || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = event
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!a || a.target || a.hasAttribute('download') || !a.href) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin) return;
    if (url.pathname + url.search === location.pathname + location.search) return;
    if (url.pathname === location.pathname && url.hash) return;
    event.preventDefault();
    event.stopPropagation();
    this.returnFocus = a;
    this.leaveTo = url.pathname.startsWith('/console') ? url.pathname + url.search : url.href;
    this.ask('leave', () => {
      this.leaving = true;
      const to = this.leaveTo!;
      if (to.startsWith('/console')) go(to);
      else location.href = to;
    });
  };

  private beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.leaving || !this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };

  // --- Rendering -----------------------------------------------------------

  override render() {
    const s = pick(strings);
    if (this.state === 'loading')
      return html`<p><a href="/console/challenges">${s.back}</a></p>
        <h1 tabindex="-1" ${focusOnRender()}>
          ${this.route?.ref === 'new' ? s.newTitle : s.editTitle}
        </h1>
        <p role="status">${s.loadingOne}</p>`;
    if (this.state === 'not-found')
      return html`<p><a href="/console/challenges">${s.back}</a></p>
        <h1 tabindex="-1" ${focusOnRender()}>${s.editTitle}</h1>
        <p class="notice danger" role="alert">${s.notFound}</p>`;
    if (this.state === 'error')
      return html`<p><a href="/console/challenges">${s.back}</a></p>
        <h1 tabindex="-1" ${focusOnRender()}>${s.editTitle}</h1>
        <p class="error" role="alert">${this.failure}</p>
        <button @click=${this.load}>${s.retry}</button>`;
    if (!this.ctx.canEdit) return this.renderReadOnly(s);
    return this.renderEditor(s);
  }

  private previewChallenge(): Challenge {
    const input = toInput(this.form) as unknown as Record<string, unknown>;
    if (Number.isNaN(input.horizonYear)) delete input.horizonYear;
    if ((input.location as { lat: number } | undefined)?.lat !== undefined) {
      const l = input.location as { lat: number; lon: number };
      if (Number.isNaN(l.lat) || Number.isNaN(l.lon)) delete input.location;
    }
    return {
      ...input,
      id: this.saved?.id ?? 'new',
      orgId: this.ctx.membership.orgId,
      publishedAt: this.saved?.publishedAt ?? null,
      updatedAt: this.saved?.updatedAt ?? new Date().toISOString(),
    } as Challenge;
  }

  private renderReadOnly(s: ChallengeMessages) {
    const title = this.saved ? text(this.saved.title) : '';
    return html`<p><a href="/console/challenges">${s.back}</a></p>
      <h1 tabindex="-1" ${focusOnRender()}>${this.saved ? title || s.readTitle : s.newTitle}</h1>
      ${
        this.saved
          ? html`<p class="notice">${s.readOnly}</p>
              <p>${s.status}: <span class="badge">${s.statuses[this.saved.status]}</span></p>
              <ep-challenge-preview
                .challenge=${this.saved}
                lang=${this.previewLang}
                width="desktop"
              ></ep-challenge-preview>`
          : html`<p class="notice">${s.noCreate}</p>`
      }`;
  }

  private renderTexts(
    s: ChallengeMessages,
    field: TextField,
    opts: { multiline: boolean; hint: string; maxLength: number },
  ) {
    const label = s.fields[field];
    const texts = this.form[field];
    const any = Object.keys(written(texts)).length > 0;
    return html`<fieldset class="texts" id="set-${field}">
        <legend>${label}</legend>
        <p class="hint" id="hint-${field}">${opts.hint}</p>
        <div class="cols">
          ${this.langs.map((l) => {
            const id = `f-${field}-${l}`;
            const missing = any && !texts[l]?.trim();
            const describedBy = `hint-${field}${missing ? ` miss-${field}-${l}` : ''}`;
            const onInput = (e: Event) =>
              this.setText(field, l, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
            return html`<div class="field">
              <label for=${id}>${s.inLanguage(label, this.langName(l))}</label>
              ${
                missing
                  ? html`<p class="missing" id="miss-${field}-${l}">
                      ⚠ ${s.missing(this.langName(l))}
                    </p>`
                  : nothing
              }
              ${
                opts.multiline
                  ? html`<textarea
                      id=${id}
                      lang=${l}
                      maxlength=${opts.maxLength}
                      aria-describedby=${describedBy}
                      .value=${texts[l] ?? ''}
                      @input=${onInput}
                    ></textarea>`
                  : html`<input
                      id=${id}
                      lang=${l}
                      maxlength=${opts.maxLength}
                      aria-describedby=${describedBy}
                      .value=${texts[l] ?? ''}
                      @input=${onInput}
                    />`
              }
            </div>`;
          })}
        </div>
      </fieldset>
      ${this.renderHints(this.hintsFor(field), s)}`;
  }

  private renderProblems(s: ChallengeMessages) {
    if (!this.problems.length && !this.serverErrors.length) return nothing;
    const words = (p: Problem): [string, string] => {
      switch (p.kind) {
        case 'text':
          return [s.needText(s.fields[p.field]), `f-${p.field}-${this.langs[0]}`];
        case 'year':
          return [s.needYear, 'f-horizon'];
        case 'budgetOrder':
          return [s.budgetOrder, 'f-budget-min'];
        case 'currency':
          return [s.budgetCurrency, 'f-currency'];
        case 'contact':
          return [s.contactBoth, 'f-contact-name'];
        case 'location':
          return [s.locationAll, 'f-loc-name'];
      }
    };
    return html`<div class="notice danger" id="problems" tabindex="-1" role="alert">
      ${
        this.problems.length
          ? html`<p><strong>${s.fix}</strong></p>
              <ul class="plain">
                ${this.problems.map((p) => {
                  const [msg, target] = words(p);
                  return html`<li>
                    <a
                      href="#${target}"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
                      }}
                      >${msg}</a
                    >
                  </li>`;
                })}
              </ul>`
          : nothing
      }
      ${
        this.serverErrors.length
          ? html`<p><strong>${s.serverSaid}</strong></p>
              <ul class="plain">
                ${this.serverErrors.map((m) => html`<li>${m}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderStale(s: ChallengeMessages) {
    const stale = this.stale;
    if (!stale) return nothing;
    const theirs = stale.theirs ? fromChallenge(stale.theirs.challenge) : undefined;
    const diffs = theirs ? differences(this.form, theirs) : [];
    return html`<div class="notice danger" id="stale" tabindex="-1" role="alert">
      <h2>${s.staleTitle}</h2>
      <p>${s.stale}</p>
      <div class="row">
        ${
          stale.theirs
            ? nothing
            : html`<button type="button" @click=${this.showTheirs} ?disabled=${stale.loading}>
                ${s.showTheirs}
              </button>`
        }
        <button type="button" @click=${this.keepMine} ?disabled=${this.busy}>${s.keepMine}</button>
        ${
          stale.theirs
            ? html`<button type="button" @click=${this.takeTheirs}>${s.takeTheirs}</button>`
            : nothing
        }
      </div>
      ${
        theirs
          ? html`<h3 id="compare-title" tabindex="-1">${s.theirs} / ${s.yours}</h3>
              ${
                diffs.length
                  ? diffs.map(
                      (k) =>
                        html`<section class="diff" data-field=${k}>
                          <h4>${this.comparedLabel(k, s)}</h4>
                          <div class="compare">
                            <div>
                              <strong>${s.theirs}</strong>
                              <p class="value">${this.show(k, theirs, s)}</p>
                            </div>
                            <div>
                              <strong>${s.yours}</strong>
                              <p class="value">${this.show(k, this.form, s)}</p>
                            </div>
                          </div>
                        </section>`,
                    )
                  : html`<p>${s.noDifference}</p>`
              }`
          : nothing
      }
    </div>`;
  }

  private comparedLabel(k: Compared, s: ChallengeMessages): string {
    return k === 'status' ? s.status : s.fields[k];
  }

  /** A field's value as words, for the comparison. */
  private show(k: Compared, f: Form, s: ChallengeMessages): string {
    const input = toInput(f) as unknown as Record<string, unknown>;
    const v = input[k];
    if (v === undefined || v === null || (Array.isArray(v) && !v.length)) return '—';
    if ((TEXT_FIELDS as readonly string[]).includes(k))
      return Object.entries(v as Record<string, string>)
        .map(([l, t]) => `${this.langName(l)}: ${t}`)
        .join('\n\n');
    if (k === 'offers') return (v as Offer[]).map((o) => s.offers[o]).join(', ');
    if (k === 'themes') return (v as Theme[]).map((o) => s.themes[o]).join(', ');
    if (k === 'status') return s.statuses[v as ChallengeStatus];
    if (k === 'procurementRoute') return s.routes[v as ProcurementRoute];
    if (Array.isArray(v)) return v.join(', ');
    if (typeof v === 'object') return Object.values(v).map(String).join(' · ');
    return typeof v === 'number' || typeof v === 'string' ? String(v) : '';
  }

  private renderStatus(s: ChallengeMessages) {
    const saved = this.saved;
    const status = saved?.status ?? 'draft';
    // Out of a published status: closed, solved and open by name, then any
    // other; each always at its place in the list (the current one empty).
    const named: Array<[ChallengeStatus, string]> = [
      ['closed', s.closeIt],
      ['solved', s.solveIt],
      ['open', s.statuses.open],
    ];
    const moves = [
      ...named,
      ...CHALLENGE_STATUSES.filter((st) => st !== 'draft' && !named.some(([n]) => n === st)).map(
        (st): [ChallengeStatus, string] => [st, `${s.otherStatus}: ${s.statuses[st]}`],
      ),
    ];
    return html`<div class="actions" role="group" aria-label=${s.status}>
      <button class="primary" type="submit" ?disabled=${this.busy}>
        ${this.busy ? s.saving : status === 'draft' ? s.saveDraft : s.save}
      </button>
      ${
        status === 'draft'
          ? html`<button type="button" @click=${this.publish} ?disabled=${this.busy}>
              ${s.publish}
            </button>`
          : html`<button type="button" @click=${() => this.moveTo('draft')} ?disabled=${this.busy}>
                ${s.unpublish}
              </button>
              ${moves.map(([st, label]) =>
                st === status
                  ? nothing
                  : html`<button
                      type="button"
                      @click=${() => this.moveTo(st)}
                      ?disabled=${this.busy}
                    >
                      ${label}
                    </button>`,
              )}`
      }
      ${
        saved && status === 'draft'
          ? html`<button
              type="button"
              class="danger"
              @click=${this.removeDraft}
              ?disabled=${this.busy}
            >
              ${s.deleteDraft}
            </button>`
          : nothing
      }
      <span class="muted" aria-live="polite"
        >${this.dirty ? s.unsaved : this.saved ? s.allSaved : ''}</span
      >
    </div>`;
  }

  private renderPreview(s: ChallengeMessages) {
    return html`<section class="part" aria-labelledby="preview-title">
      <h2 id="preview-title">${s.preview}</h2>
      <button
        type="button"
        aria-expanded=${this.previewOpen ? 'true' : 'false'}
        aria-controls="preview-box"
        @click=${() => (this.previewOpen = !this.previewOpen)}
      >
        ${this.previewOpen ? s.hidePreview : s.showPreview}
      </button>
      <div id="preview-box" ?hidden=${!this.previewOpen}>
        ${
          this.previewOpen
            ? html`<div class="preview-tools">
                  <div class="field">
                    <label for="preview-lang">${s.previewLanguage}</label>
                    <select
                      id="preview-lang"
                      @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}
                    >
                      ${this.langs.map(
                        (l) =>
                          html`<option value=${l} ?selected=${l === this.previewLang}>
                            ${this.langName(l)}
                          </option>`,
                      )}
                    </select>
                  </div>
                  <fieldset>
                    <legend>${s.previewWidth}</legend>
                    <div class="checks">
                      ${(['phone', 'desktop'] as const).map(
                        (w) =>
                          html`<label class="check"
                            ><input
                              type="radio"
                              name="preview-width"
                              value=${w}
                              .checked=${this.previewWidth === w}
                              @change=${() => (this.previewWidth = w)}
                            />${s[w]}</label
                          >`,
                      )}
                    </div>
                  </fieldset>
                </div>
                <ep-challenge-preview
                  .challenge=${this.previewChallenge()}
                  lang=${this.previewLang}
                  width=${this.previewWidth}
                ></ep-challenge-preview>`
            : nothing
        }
      </div>
      ${
        this.saved && this.saved.status === 'draft'
          ? html`<h3>${s.share}</h3>
              <ep-draft-share .ctx=${this.ctx} challengeId=${this.saved.id}></ep-draft-share>`
          : nothing
      }
    </section>`;
  }

  private renderEditor(s: ChallengeMessages) {
    const f = this.form;
    const title = this.isNew ? s.newTitle : s.editTitle;
    const named = text(this.saved?.title);
    const other = this.hintsFor(
      ...this.hints
        .map((h) => h.field)
        .filter(
          (x) => ![...TEXT_FIELDS, 'horizonYear', 'offers', 'deadline', 'contact'].includes(x),
        ),
    );
    const addable = ADDABLE.filter((l) => !this.langs.includes(l));
    const num = (
      key: keyof Form,
      id: string,
      label: string,
      extra: Partial<{ min: number; max: number; step: string; cls: string }> = {},
    ) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          class=${extra.cls ?? ''}
          inputmode="decimal"
          .value=${f[key]}
          @input=${(e: Event) => this.update_({ [key]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    const line = (key: keyof Form, id: string, label: string, type = 'text', auto = '') =>
      html`<div class="field">
        <label for=${id}>${label} <span class="muted">(${s.optional})</span></label>
        <input
          id=${id}
          type=${type}
          autocomplete=${auto || 'off'}
          .value=${f[key]}
          @input=${(e: Event) => this.update_({ [key]: (e.target as HTMLInputElement).value })}
        />
      </div>`;
    return html`<p><a href="/console/challenges">${s.back}</a></p>
      <div class="top">
        <h1 tabindex="-1" ${focusOnRender()}>${title}</h1>
        ${
          this.saved
            ? html`<p>${s.status}: <span class="badge">${s.statuses[this.saved.status]}</span></p>`
            : nothing
        }
      </div>
      ${named && !this.isNew ? html`<p class="muted">${named}</p>` : nothing}
      ${this.copyOf ? html`<p class="notice">${s.copyNotice(this.copyOf)}</p>` : nothing}
      ${this.restored ? html`<p class="notice" role="status">${s.restored}</p>` : nothing}
      <p>${s.guide}</p>
      ${this.renderStale(s)} ${this.renderProblems(s)}
      <form @submit=${this.submit} novalidate>
        <section class="part" aria-labelledby="langs-title">
          <h2 id="langs-title">${s.languages}</h2>
          <p class="hint">${s.languagesHint}</p>
          <ul class="plain">
            ${this.langs.map(
              (l) =>
                html`<li>
                  ${this.langName(l)}
                  ${l === this.defaultLang ? html`<span class="muted">(${s.defaultLanguage})</span>` : nothing}
                  ${
                    l !== this.defaultLang && !TEXT_FIELDS.some((fl) => this.form[fl][l]?.trim())
                      ? html`<button type="button" @click=${() => this.removeLanguage(l)}>
                          ${s.removeLanguage(this.langName(l))}
                        </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>
          ${
            addable.length
              ? html`<div class="lang-tools">
                  <div class="field">
                    <label for="add-lang">${s.addLanguage}</label>
                    <select
                      id="add-lang"
                      @change=${(e: Event) => (this.addChoice = (e.target as HTMLSelectElement).value)}
                    >
                      <option value="" ?selected=${!this.addChoice}>—</option>
                      ${addable.map(
                        (l) =>
                          html`<option value=${l} ?selected=${l === this.addChoice}>
                            ${this.langName(l)}
                          </option>`,
                      )}
                    </select>
                  </div>
                  <div class="field">
                    <button type="button" @click=${this.addLanguage}>${s.add}</button>
                  </div>
                </div>`
              : nothing
          }
          <p class="muted" role="status">
            ${
              this.coachState === 'failed'
                ? s.coachFailed
                : this.coachState === 'working' && !this.hints.length
                  ? s.coachWorking
                  : s.coachCount(this.hints.length)
            }
          </p>
          ${
            other.length
              ? html`<h3>${s.otherHints}</h3>
                  ${this.renderHints(other, s)}`
              : nothing
          }
        </section>

        <section class="part" aria-labelledby="need-title">
          <h2 id="need-title">${s.sections.need}</h2>
          ${this.renderTexts(s, 'title', { multiline: false, hint: s.hints.title, maxLength: 200 })}
          ${this.renderTexts(s, 'summary', { multiline: true, hint: s.hints.summary, maxLength: 1000 })}
          ${this.renderTexts(s, 'need', { multiline: true, hint: s.hints.need, maxLength: 20000 })}
        </section>

        <section class="part" aria-labelledby="vision-title">
          <h2 id="vision-title">${s.sections.vision}</h2>
          <div class="field">
            <label for="f-horizon">${s.fields.horizonYear}</label>
            <p class="hint" id="hint-horizon">${s.hints.horizonYear}</p>
            <input
              id="f-horizon"
              class="short"
              inputmode="numeric"
              aria-describedby="hint-horizon"
              .value=${f.horizonYear}
              @input=${(e: Event) => this.update_({ horizonYear: (e.target as HTMLInputElement).value })}
            />
          </div>
          ${this.renderHints(this.hintsFor('horizonYear'), s)}
          ${this.renderTexts(s, 'vision', { multiline: true, hint: s.hints.vision, maxLength: 20000 })}
        </section>

        <section class="part" aria-labelledby="opp-title">
          <h2 id="opp-title">${s.sections.opportunity}</h2>
          ${this.renderTexts(s, 'opportunity', {
            multiline: true,
            hint: s.hints.opportunity,
            maxLength: 20000,
          })}
          <fieldset>
            <legend>${s.fields.offers}</legend>
            <p class="hint">${s.hints.offers}</p>
            <div class="checks">
              ${OFFERS.map(
                (o) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${f.offers.includes(o)}
                      @change=${(e: Event) =>
                        this.update_({
                          offers: this.toggle(f.offers, o, (e.target as HTMLInputElement).checked),
                        })}
                    />${s.offers[o]}</label
                  >`,
              )}
            </div>
          </fieldset>
          ${this.renderHints(this.hintsFor('offers'), s)}
        </section>

        <section class="part" aria-labelledby="practical-title">
          <h2 id="practical-title">${s.sections.practical}</h2>
          <div class="field">
            <label for="f-route">${s.fields.procurementRoute}</label>
            <select
              id="f-route"
              @change=${(e: Event) =>
                this.update_({
                  procurementRoute: (e.target as HTMLSelectElement).value as ProcurementRoute | '',
                })}
            >
              <option value="" ?selected=${!f.procurementRoute}>${s.routeNone}</option>
              ${PROCUREMENT_ROUTES.map(
                (r) =>
                  html`<option value=${r} ?selected=${f.procurementRoute === r}>
                    ${s.routes[r]}
                  </option>`,
              )}
            </select>
          </div>
          <fieldset>
            <legend>${s.fields.budget} <span class="muted">(${s.optional})</span></legend>
            <div class="inline">
              ${num('budgetMin', 'f-budget-min', s.budgetMin)}
              ${num('budgetMax', 'f-budget-max', s.budgetMax)}
              <div class="field">
                <label for="f-currency">${s.currency}</label>
                <input
                  id="f-currency"
                  maxlength="3"
                  autocomplete="off"
                  .value=${f.currency}
                  @input=${(e: Event) => this.update_({ currency: (e.target as HTMLInputElement).value.toUpperCase() })}
                />
              </div>
            </div>
          </fieldset>
          <div class="field">
            <label for="f-deadline"
              >${s.fields.deadline} <span class="muted">(${s.optional})</span></label
            >
            <input
              id="f-deadline"
              type="date"
              class="short"
              .value=${f.deadline}
              @input=${(e: Event) => this.update_({ deadline: (e.target as HTMLInputElement).value })}
              @change=${(e: Event) => this.update_({ deadline: (e.target as HTMLInputElement).value })}
            />
          </div>
          ${this.renderHints(this.hintsFor('deadline'), s)}
        </section>

        <section class="part" aria-labelledby="classify-title">
          <h2 id="classify-title">${s.sections.classify}</h2>
          <fieldset>
            <legend>${s.fields.themes}</legend>
            <div class="checks">
              ${THEMES.map(
                (t) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${f.themes.includes(t)}
                      @change=${(e: Event) =>
                        this.update_({
                          themes: this.toggle(f.themes, t, (e.target as HTMLInputElement).checked),
                        })}
                    />${s.themes[t]}</label
                  >`,
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>${s.fields.sdgs}</legend>
            <div class="checks">
              ${Array.from({ length: 17 }, (_, i) => i + 1).map(
                (n) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${f.sdgs.includes(n)}
                      @change=${(e: Event) =>
                        this.update_({
                          sdgs: this.toggle(f.sdgs, n, (e.target as HTMLInputElement).checked),
                        })}
                    />${n}. ${s.sdgNames[n - 1]}</label
                  >`,
              )}
            </div>
          </fieldset>
          <div class="field">
            <p class="hint">${s.hints.region}</p>
            <ep-code-picker
              kind="nuts"
              label=${s.fields.region}
              .value=${f.region}
              @change=${(e: Event) => {
                if (e instanceof CustomEvent)
                  this.update_({ region: (e.detail as { value: string[] }).value.slice(0, 1) });
              }}
            ></ep-code-picker>
          </div>
          <div class="field">
            <p class="hint">${s.hints.cpvCodes}</p>
            <ep-code-picker
              kind="cpv"
              multiple
              label=${s.fields.cpvCodes}
              .value=${f.cpvCodes}
              @change=${(e: Event) => {
                if (e instanceof CustomEvent)
                  this.update_({ cpvCodes: [...(e.detail as { value: string[] }).value] });
              }}
            ></ep-code-picker>
          </div>
          <fieldset>
            <legend>${s.fields.location} <span class="muted">(${s.optional})</span></legend>
            <p class="hint">${s.hints.location}</p>
            <div class="inline">
              <div class="field">
                <label for="f-loc-name">${s.locationName}</label>
                <input
                  id="f-loc-name"
                  autocomplete="off"
                  .value=${f.locationName}
                  @input=${(e: Event) => this.update_({ locationName: (e.target as HTMLInputElement).value })}
                />
              </div>
              ${num('lat', 'f-lat', s.lat)} ${num('lon', 'f-lon', s.lon)}
            </div>
          </fieldset>
        </section>

        <section class="part" aria-labelledby="contact-title">
          <h2 id="contact-title">${s.sections.contact}</h2>
          <div class="inline">
            ${line('contactName', 'f-contact-name', s.contactName, 'text', 'name')}
            ${line('contactRole', 'f-contact-role', s.contactRole, 'text', 'organization-title')}
            ${line('contactEmail', 'f-contact-email', s.contactEmail, 'email', 'email')}
            ${line('contactPhone', 'f-contact-phone', s.contactPhone, 'tel', 'tel')}
          </div>
          ${this.renderHints(this.hintsFor('contact'), s)}
        </section>

        ${this.renderStatus(s)}
      </form>
      ${this.renderPreview(s)} ${this.renderConfirm(s)}`;
  }

  private renderConfirm(s: ChallengeMessages) {
    const what = this.confirming;
    const c = what ? s.confirm[what] : undefined;
    return html`<dialog id="confirm" aria-labelledby="confirm-title" @close=${this.confirmClosed}>
      ${
        c
          ? html`<h2 id="confirm-title">${c.title}</h2>
              <p>${c.body}</p>
              <div class="row">
                <button class="primary" type="button" @click=${this.confirmYes}>${c.yes}</button>
                <button type="button" @click=${this.confirmNo} autofocus>
                  ${what === 'leave' ? s.stay : s.cancel}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }
}

customElements.define('ep-challenge-editor', EpChallengeEditor);
