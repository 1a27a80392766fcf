/**
 * <ep-story-editor>: one story, new (`/console/stories/new`) or as it is
 * (`/console/stories/ID`). Title, summary and the story in Markdown for each
 * of the organisation's languages side by side (a language with missing text
 * is flagged), each with a live preview rendered by the server's own
 * sanitizer (`POST /v1/markdown`, the function that makes `bodyHtml`); an
 * image uploaded to the server (`POST /v1/images`), described in every
 * language, shown with its `srcset`; links to the challenges and clusters the
 * story tells about; themes; author; when it is published (a later time
 * schedules it); and how it looks as a newsletter item.
 *
 * Saving sends `If-Match` with the version opened: when someone else saved
 * first (412) nothing typed is lost, and the person chooses to keep theirs or
 * take the other. Leaving with unsaved changes asks first. Handlers and
 * readers see the story, not the form.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { THEMES, localize, type Challenge, type Cluster, type Organization } from '@entrypoint/sdk';
import { StaleError } from '../api.js';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { dateTime, pick, t } from '../i18n/index.js';
import { strings, type StoryMessages } from '../i18n/views/stories.js';
import { shared } from '../styles.js';
import { focusOnRender, message, text } from '../util.js';
import {
  draftOf,
  fieldOf,
  inputOf,
  missingIn,
  newDraft,
  OFFERED_LANGUAGES,
  problemsOf,
  storyLanguages,
  type Draft,
  type Problem,
  type TextField,
} from './story-draft.js';
import { newsletterStyles, newsletterView } from './story-newsletter.js';
import { fieldErrors, statusOf, storiesApi, type Story } from './story-api.js';

type Phase = 'loading' | 'ready' | 'missing' | 'error';

const PREVIEW_DELAY_MS = 350;

export class EpStoryEditor extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    phase: { state: true },
    loadError: { state: true },
    draft: { state: true },
    story: { state: true },
    challenges: { state: true },
    clusters: { state: true },
    previews: { state: true },
    previewFailed: { state: true },
    uploading: { state: true },
    uploadError: { state: true },
    problems: { state: true },
    saveError: { state: true },
    saving: { state: true },
    stale: { state: true },
    newsletterLang: { state: true },
    addLang: { state: true },
  };
  static override styles = [
    shared,
    newsletterStyles,
    css`
      .add-language {
        margin-top: 0.75rem;
      }
      form > fieldset,
      section.newsletter {
        margin-block-end: 1.25rem;
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
        gap: 1rem;
      }
      .columns > fieldset {
        margin: 0;
        min-width: 0;
      }
      legend .badge {
        margin-inline-start: 0.5em;
        font-weight: normal;
      }
      .badge.missing {
        border-color: var(--ep-color-danger);
        color: var(--ep-color-danger);
      }
      textarea.body {
        min-height: 14em;
        font-family: ui-monospace, monospace;
        font-size: 0.95em;
      }
      .preview {
        border: 1px dashed var(--ep-color-border-strong);
        border-radius: var(--ep-radius);
        padding: 0.5em 0.9em;
        overflow-wrap: anywhere;
      }
      .preview img {
        max-width: 100%;
        height: auto;
      }
      .preview .summary {
        font-weight: 600;
      }
      .picked img {
        display: block;
        max-width: min(100%, 24em);
        height: auto;
        border-radius: var(--ep-radius);
        margin-block: 0.5em;
      }
      .checks {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
        gap: 0.1em 1em;
      }
      .checks label {
        font-weight: normal;
        display: flex;
        gap: 0.5em;
        align-items: flex-start;
        padding: 0.2em 0;
      }
      .checks input {
        flex: none;
        margin-top: 0.15em;
      }
      .summary-box:focus {
        outline: var(--ep-focus-ring);
      }
      .summary-box ul {
        margin: 0.25em 0 0;
      }
      .actions {
        padding-block: 0.5rem;
        border-top: 1px solid var(--ep-color-border);
      }
      input[type='text'],
      input[type='datetime-local'],
      input[type='file'],
      select {
        width: 100%;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare phase: Phase;
  declare loadError: string | undefined;
  declare draft: Draft;
  declare story: Story | undefined;
  declare challenges: Challenge[] | undefined | null;
  declare clusters: Cluster[] | undefined | null;
  declare previews: Record<string, string>;
  declare previewFailed: boolean;
  declare uploading: boolean;
  declare uploadError: string | undefined;
  declare problems: Problem[];
  declare saveError: string | undefined;
  declare saving: boolean;
  declare stale: boolean;
  declare newsletterLang: string;
  declare addLang: string;

  private org: Organization | undefined;
  private etag: string | undefined;
  /** The draft as last saved or loaded, to tell unsaved changes. */
  private saved = '';
  /** The `publishAt` the story was opened with (a PATCH sends a changed one only). */
  private originalPublishAt: string | undefined;
  private previewTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private file: File | undefined;

  constructor() {
    super();
    this.phase = 'loading';
    this.draft = newDraft('en');
    this.previews = {};
    this.previewFailed = false;
    this.uploading = false;
    this.problems = [];
    this.saving = false;
    this.stale = false;
    this.newsletterLang = '';
    this.addLang = '';
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  private get storyId(): string | undefined {
    return this.story?.id;
  }

  get dirty(): boolean {
    return this.phase === 'ready' && this.ctx?.canEdit && JSON.stringify(this.draft) !== this.saved;
  }

  // Leaving with unsaved changes: the page (reload, close) and the console's own links.
  private beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.dirty) e.preventDefault();
  };
  private leaving = (event: Event) => {
    if (!this.dirty) return;
    const e = event as MouseEvent;
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e
      .composedPath()
      .find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && Boolean(n.href));
    // Links that leave this page only (not `#field` links, not new tabs).
    if (!a || a.target === '_blank' || a.pathname === location.pathname) return;
    if (!window.confirm(pick(strings).unsaved)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
    window.addEventListener('click', this.leaving, true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
    window.removeEventListener('click', this.leaving, true);
    for (const timer of this.previewTimers.values()) clearTimeout(timer);
  }

  override firstUpdated() {
    void this.load();
  }

  override updated(changed: PropertyValues<this>) {
    // The shell may hand this element another story's route (a link from one to another).
    const before: Route | undefined = changed.get('route');
    if (before && before.ref !== this.route.ref && this.route.ref !== (this.storyId ?? 'new')) {
      void this.load();
    }
  }

  private api() {
    return storiesApi(this.ctx);
  }

  private load = async () => {
    this.phase = 'loading';
    this.loadError = undefined;
    this.problems = [];
    this.saveError = undefined;
    this.stale = false;
    const api = this.api();
    const ref = this.route.ref ?? 'new';
    try {
      const [org, found] = await Promise.all([
        api.organization(),
        ref === 'new' ? Promise.resolve(undefined) : api.get(ref),
      ]);
      this.org = org;
      this.story = found?.story;
      this.etag = found?.etag;
      this.draft = found
        ? draftOf(found.story, org.defaultLanguage)
        : newDraft(org.defaultLanguage);
      this.originalPublishAt = found ? this.draft.publishAt : undefined;
      this.saved = JSON.stringify(this.draft);
      this.newsletterLang = this.draft.langs[0] ?? 'en';
      this.previews = {};
      this.phase = 'ready';
      for (const lang of this.draft.langs) this.schedulePreview(lang, 0);
      if (this.ctx.canEdit) void this.loadPickers();
    } catch (e) {
      if (statusOf(e) === 401) return this.ctx.signedOut();
      if (statusOf(e) === 404) {
        this.phase = 'missing';
        return;
      }
      this.loadError = message(e);
      this.phase = 'error';
    }
  };

  private async loadPickers() {
    const api = this.api();
    this.challenges = undefined;
    this.clusters = undefined;
    await Promise.all([
      api.challenges().then(
        (r) => (this.challenges = r.data),
        () => (this.challenges = null),
      ),
      api.clusters().then(
        (r) => (this.clusters = r.data),
        () => (this.clusters = null),
      ),
    ]);
  }

  // ---- Editing ----

  private setText(field: TextField | 'alt', lang: string, value: string) {
    this.draft = { ...this.draft, [field]: { ...this.draft[field], [lang]: value } };
    if (field === 'body') this.schedulePreview(lang);
  }

  private set<K extends keyof Draft>(key: K, value: Draft[K]) {
    this.draft = { ...this.draft, [key]: value };
  }

  private toggle(key: 'themes' | 'challengeIds' | 'clusterIds', value: string, on: boolean) {
    const list: string[] = this.draft[key];
    const next = on ? [...new Set([...list, value])] : list.filter((x) => x !== value);
    this.set(key, next);
  }

  private schedulePreview(lang: string, delay = PREVIEW_DELAY_MS) {
    clearTimeout(this.previewTimers.get(lang));
    this.previewTimers.set(
      lang,
      setTimeout(() => void this.renderPreview(lang), delay),
    );
  }

  private async renderPreview(lang: string) {
    const markdown = this.draft.body[lang] ?? '';
    if (!markdown.trim()) {
      this.previews = { ...this.previews, [lang]: '' };
      return;
    }
    try {
      const { html: rendered } = await this.api().markdown(markdown);
      // Only if the text is still what was sent (a newer preview is on its way otherwise).
      if ((this.draft.body[lang] ?? '') === markdown) {
        this.previews = { ...this.previews, [lang]: rendered };
        this.previewFailed = false;
      }
    } catch (e) {
      if (statusOf(e) === 401) return this.ctx.signedOut();
      this.previewFailed = true;
    }
  }

  private addLanguage() {
    const lang = this.addLang;
    if (!lang || this.draft.langs.includes(lang)) return;
    this.set('langs', [...this.draft.langs, lang]);
    this.addLang = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#title-${lang}`)?.focus(),
    );
  }

  private removeLanguage(lang: string) {
    const d = this.draft;
    const without = (x: Record<string, string>) =>
      Object.fromEntries(Object.entries(x).filter(([l]) => l !== lang));
    this.draft = {
      ...d,
      langs: d.langs.filter((l) => l !== lang),
      title: without(d.title),
      summary: without(d.summary),
      body: without(d.body),
      alt: without(d.alt),
    };
    if (this.newsletterLang === lang) this.newsletterLang = this.draft.langs[0] ?? 'en';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#add-language')?.focus(),
    );
  }

  // ---- The image ----

  private async upload() {
    const s = pick(strings);
    this.uploadError = undefined;
    const file = this.file;
    const alt = this.draft.langs.map((l) => this.draft.alt[l]?.trim()).find(Boolean);
    if (!alt) {
      this.uploadError = s.altFirst;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#alt-${this.draft.langs[0]}`)?.focus();
      return;
    }
    if (!file) {
      this.uploadError = s.chooseFileFirst;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#image-file')?.focus();
      return;
    }
    this.uploading = true;
    try {
      const image = await this.api().upload(file, alt);
      this.set('image', { url: image.url, srcset: image.srcset });
      this.file = undefined;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#image-file');
      if (input) input.value = '';
      this.ctx.announce(s.uploaded);
    } catch (e) {
      if (statusOf(e) === 401) return this.ctx.signedOut();
      this.uploadError = this.uploadMessage(e, s);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#upload-error')?.focus();
    } finally {
      this.uploading = false;
    }
  }

  /** What the server said about a refused upload, in the person's language. */
  private uploadMessage(e: unknown, s: StoryMessages): string {
    const status = statusOf(e);
    const said = fieldErrors(e)[0]?.message ?? '';
    if (status === 413) return s.tooLarge;
    if (status === 415) return s.badType;
    if (status === 422 && fieldErrors(e)[0]?.path === 'alt') return s.altFirst;
    if (status === 422 && /megapixel|pixels/i.test(said)) return s.hugeImage;
    if (status === 422) return s.notAnImage;
    return s.uploadRefused(message(e));
  }

  private removeImage() {
    this.set('image', undefined);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#image-file')?.focus(),
    );
  }

  // ---- Saving ----

  private async save(e?: Event) {
    e?.preventDefault();
    const s = pick(strings);
    this.saveError = undefined;
    this.problems = problemsOf(this.draft);
    if (this.problems.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#problems')?.focus();
      return;
    }
    await this.send(this.etag);
    if (!this.saveError && !this.stale) this.ctx.announce(s.saved);
  }

  private async send(etag: string | undefined) {
    this.saving = true;
    const api = this.api();
    try {
      if (this.story) {
        const body = inputOf(this.draft, this.originalPublishAt);
        const result = await api.update(this.story.id, body, etag);
        this.accept(result.story, result.etag);
      } else {
        const created = await api.create(inputOf(this.draft));
        // The ETag of the new version, for the next change.
        const read = await api.get(created.id).catch(() => ({ story: created, etag: undefined }));
        this.accept(read.story, read.etag);
        history.replaceState(null, '', `/console/stories/${encodeURIComponent(created.id)}`);
      }
      this.stale = false;
    } catch (error) {
      if (statusOf(error) === 401) return this.ctx.signedOut();
      if (error instanceof StaleError) {
        this.stale = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#stale')?.focus();
      } else {
        const fields = fieldErrors(error);
        this.saveError = fields.length
          ? fields.map((f) => `${f.path}: ${f.message}`).join(' · ')
          : message(error);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
      }
    } finally {
      this.saving = false;
    }
  }

  private accept(story: Story, etag: string | undefined) {
    this.story = story;
    this.etag = etag;
    // Keep the languages shown; take what the server made (srcset, publishedAt).
    const langs = this.draft.langs;
    const next = draftOf(story, this.org?.defaultLanguage ?? 'en');
    this.draft = { ...next, langs: [...new Set([...langs, ...next.langs])] };
    this.originalPublishAt = this.draft.publishAt;
    this.saved = JSON.stringify(this.draft);
  }

  /** After a 412: the other version's ETag, and this draft saved over it. */
  private async overwrite() {
    if (!this.story) return;
    try {
      const latest = await this.api().get(this.story.id);
      await this.send(latest.etag);
      if (!this.stale && !this.saveError) this.ctx.announce(pick(strings).saved);
    } catch (e) {
      this.saveError = message(e);
    }
  }

  private async loadTheirs() {
    this.saved = JSON.stringify(this.draft); // Discarded on purpose: no warning.
    await this.load();
    this.ctx.announce(pick(strings).loadedTheirs);
  }

  // ---- Rendering ----

  private langName(lang: string): string {
    return pick(strings).languageNames[lang] ?? lang;
  }

  private problemText(p: Problem): string {
    const s = pick(strings);
    switch (p.kind) {
      case 'title':
        return s.titleRequired;
      case 'summary':
        return s.summaryRequired(this.langName(p.lang));
      case 'body':
        return s.bodyRequired(this.langName(p.lang));
      case 'alt':
        return s.altRequired(this.langName(p.lang));
      case 'date':
        return s.dateRequired;
    }
  }

  private invalid(id: string) {
    return this.problems.some((p) => fieldOf(p, this.draft) === id);
  }

  private renderProblems() {
    const s = pick(strings);
    if (!this.problems.length) return nothing;
    return html`<div class="notice danger summary-box" id="problems" tabindex="-1" role="alert">
      <strong>${s.fixErrors(this.problems.length)}</strong>
      <ul>
        ${this.problems.map(
          (p) =>
            html`<li>
              <a
                href="#${fieldOf(p, this.draft)}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${fieldOf(p, this.draft)}`)?.focus();
                }}
                >${this.problemText(p)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderLanguage(lang: string) {
    const s = pick(strings);
    const d = this.draft;
    const missing = missingIn(d, lang);
    const inStory = storyLanguages(d).includes(lang);
    const flagged = missing.length > 0;
    const isDefault = lang === d.langs[0];
    const altText = localize(d.alt, lang, [])?.text ?? '';
    const field = (name: TextField, label: string, hint?: string) => {
      const id = `${name}-${lang}`;
      const value = d[name][lang] ?? '';
      const onInput = (e: Event) =>
        this.setText(name, lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        ${
          name === 'title'
            ? html`<input
                type="text"
                id=${id}
                lang=${lang}
                maxlength="200"
                .value=${value}
                aria-invalid=${this.invalid(id) ? 'true' : 'false'}
                @input=${onInput}
              />`
            : html`<textarea
                id=${id}
                lang=${lang}
                class=${name}
                maxlength=${name === 'summary' ? 1000 : 20000}
                aria-describedby=${hint ? `${id}-hint` : nothing}
                aria-invalid=${this.invalid(id) ? 'true' : 'false'}
                .value=${value}
                @input=${onInput}
              ></textarea>`
        }
      </div>`;
    };
    return html`<fieldset class="lang">
      <legend>
        ${this.langName(lang)} (${lang})<span class="badge ${flagged ? 'missing' : ''}"
          >${flagged ? s.missingTranslation : s.complete}</span
        >
      </legend>
      ${field('title', s.fieldTitle)} ${field('summary', s.fieldSummary, s.summaryHint)}
      ${field('body', s.fieldBody, s.bodyHint)}
      <section class="preview-box" aria-labelledby="preview-${lang}">
        <h3 id="preview-${lang}">${s.preview} (${lang})</h3>
        <p class="hint">${s.previewHint}</p>
        <div class="preview" lang=${lang}>
          ${
            d.image
              ? html`<img
                  src=${d.image.url}
                  srcset=${d.image.srcset || nothing}
                  sizes=${d.image.srcset ? '(max-width: 40em) 100vw, 30em' : nothing}
                  alt=${altText}
                />`
              : nothing
          }
          ${d.title[lang]?.trim() ? html`<h4>${d.title[lang]}</h4>` : nothing}
          ${d.summary[lang]?.trim() ? html`<p class="summary">${d.summary[lang]}</p>` : nothing}
          ${
            this.previews[lang]
              ? unsafeHTML(this.previews[lang])
              : html`<p class="muted">${s.previewEmpty}</p>`
          }
        </div>
        ${this.previewFailed ? html`<p class="hint">${s.previewFailed}</p>` : nothing}
      </section>
      ${
        !isDefault && !inStory
          ? html`<p>
              <button type="button" @click=${() => this.removeLanguage(lang)}>
                ${s.removeLanguage(this.langName(lang))}
              </button>
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderImage() {
    const s = pick(strings);
    const d = this.draft;
    return html`<fieldset>
      <legend>${s.imageLegend}</legend>
      <p class="hint" id="image-hint">${s.imageHint}</p>
      ${d.langs.map(
        (lang) =>
          html`<div class="field">
            <label for="alt-${lang}">${s.altText(this.langName(lang))}</label>
            <input
              type="text"
              id="alt-${lang}"
              lang=${lang}
              maxlength="300"
              aria-describedby="alt-hint"
              aria-invalid=${this.invalid(`alt-${lang}`) ? 'true' : 'false'}
              .value=${d.alt[lang] ?? ''}
              @input=${(e: Event) =>
                this.setText('alt', lang, (e.target as HTMLInputElement).value)}
            />
          </div>`,
      )}
      <p class="hint" id="alt-hint">${s.altHint}</p>
      ${
        d.image
          ? html`<div class="picked">
              <img
                src=${d.image.url}
                srcset=${d.image.srcset || nothing}
                sizes=${d.image.srcset ? '24em' : nothing}
                alt=${localize(d.alt, d.langs[0] ?? 'en', [])?.text ?? ''}
              />
              <button type="button" @click=${() => this.removeImage()}>${s.removeImage}</button>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="image-file">${s.chooseFile}</label>
        <input
          type="file"
          id="image-file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="image-hint"
          @change=${(e: Event) => {
            this.file = (e.target as HTMLInputElement).files?.[0];
            this.uploadError = undefined;
          }}
        />
      </div>
      <p>
        <button type="button" ?disabled=${this.uploading} @click=${() => this.upload()}>
          ${this.uploading ? s.uploading : s.upload}
        </button>
      </p>
      ${
        this.uploadError
          ? html`<p class="error" id="upload-error" role="alert" tabindex="-1">
              ${this.uploadError}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderLinks() {
    const s = pick(strings);
    const d = this.draft;
    const list = <T>(
      items: T[] | undefined | null,
      empty: string,
      item: (x: T) => { id: string; label: string; draft?: boolean },
      key: 'challengeIds' | 'clusterIds',
    ) =>
      items === undefined
        ? html`<p role="status">${t.loading}</p>`
        : items === null
          ? html`<p class="error">${t.errorGeneric}</p>`
          : !items.length
            ? html`<p>${empty}</p>`
            : html`<ul class="checks">
                ${items.map((x) => {
                  const { id, label, draft } = item(x);
                  return html`<li>
                    <label
                      ><input
                        type="checkbox"
                        .checked=${d[key].includes(id)}
                        @change=${(e: Event) =>
                          this.toggle(key, id, (e.target as HTMLInputElement).checked)}
                      /><span
                        >${label}${
                          draft ? html` <span class="badge">${s.draftBadge}</span>` : nothing
                        }</span
                      ></label
                    >
                  </li>`;
                })}
              </ul>`;
    return html`<fieldset>
      <legend>${s.linksLegend}</legend>
      <fieldset>
        <legend>${s.challenges}</legend>
        <p class="hint">${s.challengesHint}</p>
        ${list(
          this.challenges,
          s.noChallenges,
          (c: Challenge) => ({
            id: c.id,
            label: `${text(c.title)}${c.orgId === this.ctx.membership.orgId ? '' : ` (${this.ctx.orgNames.get(c.orgId) ?? c.orgId})`}`,
            draft: c.status === 'draft',
          }),
          'challengeIds',
        )}
      </fieldset>
      <fieldset>
        <legend>${s.clusters}</legend>
        ${list(
          this.clusters,
          s.noClusters,
          (c: Cluster) => ({ id: c.id, label: text(c.name) }),
          'clusterIds',
        )}
      </fieldset>
    </fieldset>`;
  }

  private renderThemes() {
    const s = pick(strings);
    return html`<fieldset>
      <legend>${s.themes}</legend>
      <ul class="checks">
        ${THEMES.map(
          (theme) =>
            html`<li>
              <label
                ><input
                  type="checkbox"
                  .checked=${this.draft.themes.includes(theme)}
                  @change=${(e: Event) =>
                    this.toggle('themes', theme, (e.target as HTMLInputElement).checked)}
                />${s.themesList[theme]}</label
              >
            </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private renderAuthor() {
    const s = pick(strings);
    return html`<fieldset>
      <legend>${s.author}</legend>
      <div class="field">
        <label for="author-name">${s.authorName}</label>
        <input
          type="text"
          id="author-name"
          maxlength="200"
          autocomplete="off"
          .value=${this.draft.authorName}
          @input=${(e: Event) => this.set('authorName', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="author-role">${s.authorRole}</label>
        <input
          type="text"
          id="author-role"
          maxlength="200"
          autocomplete="off"
          .value=${this.draft.authorRole}
          @input=${(e: Event) => this.set('authorRole', (e.target as HTMLInputElement).value)}
        />
      </div>
    </fieldset>`;
  }

  private renderPublication() {
    const s = pick(strings);
    const d = this.draft;
    const at = d.when === 'at' && d.publishAt ? new Date(d.publishAt) : undefined;
    return html`<fieldset>
      <legend>${s.publication}</legend>
      ${
        this.story
          ? html`<p>
              ${
                Date.parse(this.story.publishedAt) > Date.now()
                  ? s.scheduledNote(dateTime(this.story.publishedAt))
                  : s.publishedNote(dateTime(this.story.publishedAt))
              }
            </p>`
          : nothing
      }
      <label class="check"
        ><input
          type="radio"
          name="when"
          value="now"
          .checked=${d.when === 'now'}
          @change=${() => this.set('when', 'now')}
        />${s.publishNow}</label
      >
      <label class="check"
        ><input
          type="radio"
          name="when"
          value="at"
          .checked=${d.when === 'at'}
          @change=${() => this.set('when', 'at')}
        />${s.publishAt}</label
      >
      ${
        d.when === 'at'
          ? html`<div class="field">
              <label for="publish-at">${s.publishedAt}</label>
              <input
                type="datetime-local"
                id="publish-at"
                aria-describedby="publish-hint"
                aria-invalid=${this.invalid('publish-at') ? 'true' : 'false'}
                .value=${d.publishAt}
                @input=${(e: Event) => this.set('publishAt', (e.target as HTMLInputElement).value)}
              />
              ${
                at && at.getTime() > Date.now()
                  ? html`<p class="hint" id="publish-hint">${s.publishHint}</p>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderNewsletter() {
    const s = pick(strings);
    const d = this.draft;
    const lang = d.langs.includes(this.newsletterLang) ? this.newsletterLang : (d.langs[0] ?? 'en');
    const fb = d.langs;
    const pickText = (x: Record<string, string>) => localize(x, lang, fb)?.text ?? '';
    const from = this.org
      ? (localize(this.org.name, lang, [this.org.defaultLanguage])?.text ?? '')
      : '';
    return html`<section class="newsletter" aria-labelledby="newsletter-title">
      <h2 id="newsletter-title">${s.newsletter}</h2>
      <p class="hint">${s.newsletterHint}</p>
      ${
        d.langs.length > 1
          ? html`<div class="field">
              <label for="newsletter-lang">${s.newsletterLanguage}</label>
              <select
                id="newsletter-lang"
                @change=${(e: Event) => (this.newsletterLang = (e.target as HTMLSelectElement).value)}
              >
                ${d.langs.map(
                  (l) =>
                    html`<option value=${l} ?selected=${l === lang}>${this.langName(l)}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${newsletterView(
        {
          from,
          lang,
          title: pickText(d.title) || s.untitled,
          summary: pickText(d.summary),
          image: d.image
            ? { src: d.image.url, srcset: d.image.srcset, alt: pickText(d.alt) }
            : undefined,
          url: this.storyId
            ? `${location.origin}/stories/${encodeURIComponent(this.storyId)}`
            : undefined,
        },
        { from: s.from, subject: s.subject, readMore: s.readMore },
      )}
    </section>`;
  }

  private renderReadOnly(s: StoryMessages) {
    const story = this.story;
    if (!story) return html`<p class="notice">${s.readOnly}</p>`;
    const body = localize(story.bodyHtml, this.draft.langs[0] ?? 'en', []);
    return html`<p class="notice">${s.readOnly}</p>
      ${this.renderNewsletter()}
      <section aria-labelledby="body-title">
        <h2 id="body-title">${s.fieldBody.replace(/ \(.*\)$/, '')}</h2>
        <div class="preview" lang=${body?.lang ?? nothing}>
          ${body ? unsafeHTML(body.text) : nothing}
        </div>
      </section>`;
  }

  override render() {
    const s = pick(strings);
    const back = html`<p><a href="/console/stories">← ${s.back}</a></p>`;
    if (this.phase === 'loading') {
      return html`${back}
        <h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
        <p role="status">${t.loading}</p>`;
    }
    if (this.phase === 'missing' || this.phase === 'error') {
      return html`${back}
        <h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
        <p class="error" role="alert">${this.phase === 'missing' ? s.notFound : this.loadError}</p>
        ${
          this.phase === 'error'
            ? html`<button type="button" @click=${this.load}>${t.retry}</button>`
            : nothing
        }`;
    }
    const d = this.draft;
    const title = this.story ? text(this.story.title) || s.untitled : '';
    const heading = this.story ? s.editTitle(title) : s.newTitle;
    if (!this.ctx.canEdit) {
      return html`${back}
        <h1 tabindex="-1" ${focusOnRender()}>${heading}</h1>
        ${this.renderReadOnly(s)}`;
    }
    const at = d.when === 'at' && d.publishAt ? new Date(d.publishAt).getTime() : 0;
    const label = at > Date.now() ? s.schedule : this.story ? s.save : s.publish;
    const addable = OFFERED_LANGUAGES.filter((l) => !d.langs.includes(l));
    return html`${back}
      <h1 tabindex="-1" ${focusOnRender()}>${heading}</h1>
      ${
        this.stale
          ? html`<div class="notice danger" id="stale" tabindex="-1" role="alert">
              <p>${s.stale}</p>
              <p class="row">
                <button type="button" class="primary" @click=${() => this.overwrite()}>
                  ${s.overwrite}
                </button>
                <button type="button" @click=${() => this.loadTheirs()}>${s.loadTheirs}</button>
              </p>
            </div>`
          : nothing
      }
      ${this.renderProblems()}
      <form novalidate @submit=${(e: Event) => this.save(e)}>
        <fieldset>
          <legend>${s.languagesLegend}</legend>
          <p class="hint">${s.languagesHint}</p>
          <div class="columns">${d.langs.map((l) => this.renderLanguage(l))}</div>
          ${
            addable.length
              ? html`<div class="row add-language">
                  <label for="add-language">${s.addLanguage}</label>
                  <select
                    id="add-language"
                    .value=${this.addLang}
                    @change=${(e: Event) => (this.addLang = (e.target as HTMLSelectElement).value)}
                  >
                    <option value="">—</option>
                    ${addable.map(
                      (l) =>
                        html`<option value=${l} ?selected=${this.addLang === l}>
                          ${this.langName(l)} (${l})
                        </option>`,
                    )}
                  </select>
                  <button type="button" @click=${() => this.addLanguage()}>${s.add}</button>
                </div>`
              : nothing
          }
        </fieldset>
        ${this.renderImage()} ${this.renderLinks()} ${this.renderThemes()} ${this.renderAuthor()}
        ${this.renderPublication()} ${this.renderNewsletter()}
        ${
          this.saveError
            ? html`<p class="error" id="save-error" role="alert" tabindex="-1">
                ${this.saveError}
              </p>`
            : nothing
        }
        <p class="row actions">
          <button type="submit" class="primary" ?disabled=${this.saving}>
            ${this.saving ? s.saving : label}
          </button>
          <a class="button" href="/console/stories">${s.cancel}</a>
        </p>
      </form>`;
  }
}

customElements.define('ep-story-editor', EpStoryEditor);
