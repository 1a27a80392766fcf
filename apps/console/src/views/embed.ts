/**
 * <ep-embed>: the embed builder, for a city's or cluster's own web people.
 * Pick an element, its settings (only attributes the element really has,
 * packages/elements/README.md), language and brand (custom properties, with a
 * WCAG contrast check); see the real element from this server's
 * /embed/entrypoint.js in a preview at the site's width; copy the snippet;
 * read the Content Security Policy lines the site needs and whether the site
 * may send forms (the organisation's allowed origins).
 *
 * The console's CSP stays strict: the preview is a page of this server
 * (apps/server/src/http/resources/embed-preview.ts) in a same-origin frame,
 * told what to show with postMessage; its size and scale are set through the
 * CSSOM (`cssom` in util.ts), never a style attribute in markup.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { THEMES } from '@entrypoint/sdk';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { lang, pick } from '../i18n/index.js';
import { strings } from '../i18n/views/embed.js';
import { shared } from '../styles.js';
import { cssom, focusOnRender, message, text } from '../util.js';
import {
  COLOR_TOKENS,
  ELEMENT_LANGUAGES,
  RADII,
  TAGS,
  attributes,
  contrastChecks,
  cspAdvice,
  emptyConfig,
  parseHex,
  siteOrigin,
  snippet,
  styleHash,
  styleText,
  tokenDeclarations,
  tokenProblem,
  type EmbedConfig,
  type Tag,
  type Tokens,
} from './embed-model.js';

interface Org {
  id: string;
  kind: 'city' | 'region' | 'cluster' | 'agency';
  name: Record<string, string> | string;
  allowedOrigins?: string[];
}
interface ChallengeItem {
  id: string;
  title: Record<string, string> | string;
}
interface StoryItem {
  image?: { url?: string } | null;
}

const BOARD_STATUSES = ['open', 'in-dialogue', 'procurement', 'solved', 'closed'] as const;
const COUNTRIES = ['SE', 'NO', 'FI', 'DK', 'IS', 'EE', 'LV', 'LT', 'DE'] as const;
const WIDTHS = { phone: 360, tablet: 768, desktop: 1200 } as const;
type Width = keyof typeof WIDTHS;
const NUTS = /^[A-Z]{2}[0-9A-Z]{0,3}$/;

export class EpEmbed extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    config: { state: true },
    orgs: { state: true },
    own: { state: true },
    challenges: { state: true },
    imageOrigins: { state: true },
    loadError: { state: true },
    site: { state: true },
    width: { state: true },
    stageWidth: { state: true },
    frameHeight: { state: true },
    hash: { state: true },
    copyStatus: { state: true },
    policyStatus: { state: true },
  };
  static override styles = [
    shared,
    css`
      section {
        margin-block: 0 1.5em;
      }
      .lead {
        max-width: 42em;
      }
      .choices {
        display: grid;
        gap: 0.5em;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
      }
      .choice {
        display: flex;
        gap: 0.6em;
        align-items: flex-start;
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.6em 0.75em;
        font-weight: normal;
      }
      .choice input {
        margin-top: 0.2em;
        flex: none;
      }
      .choice strong {
        display: block;
      }
      .grid {
        display: grid;
        gap: 0 1.25em;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
      }
      .owners {
        display: grid;
        gap: 0.1em 1em;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
      }
      .swatch {
        display: inline-block;
        width: 1.5em;
        height: 1.5em;
        border: 1px solid var(--ep-color-border-strong);
        border-radius: 0.25em;
        flex: none;
      }
      .color {
        display: flex;
        gap: 0.5em;
        align-items: center;
      }
      .color input {
        width: 9em;
      }
      .checks {
        list-style: none;
        padding: 0;
        margin: 0 0 1em;
      }
      .checks li {
        margin: 0.25em 0;
      }
      .ok {
        color: var(--ep-color-success);
        font-weight: 600;
      }
      .warn {
        color: var(--ep-color-danger);
        font-weight: 600;
      }
      .stage {
        border: 1px dashed var(--ep-color-border-strong);
        border-radius: var(--ep-radius);
        overflow: hidden;
        background: #fff;
        max-width: 100%;
      }
      iframe {
        display: block;
        border: 0;
        transform-origin: 0 0;
        background: #fff;
      }
      textarea.code,
      pre {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.9em;
      }
      textarea.code {
        min-height: 8em;
        white-space: pre;
        overflow-wrap: normal;
        overflow-x: auto;
      }
      pre {
        background: var(--ep-color-surface-alt);
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.6em 0.8em;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0 0 0.75em;
      }
      code {
        overflow-wrap: anywhere;
      }
      .field-error {
        color: var(--ep-color-danger);
        font-weight: 600;
        margin: 0;
      }
      input[type='number'] {
        width: 7em;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare config: EmbedConfig;
  declare orgs: Org[] | undefined;
  declare own: Org | undefined;
  declare challenges: ChallengeItem[];
  declare imageOrigins: string[];
  declare loadError: string | undefined;
  declare site: string;
  declare width: Width;
  declare stageWidth: number;
  declare frameHeight: number;
  declare hash: string | undefined;
  declare copyStatus: string;
  declare policyStatus: string;

  private previewSrc = '';
  /** The person changed something: the defaults no longer move under them. */
  private touched = false;
  private postTimer: ReturnType<typeof setTimeout> | undefined;
  private resize: ResizeObserver | undefined;
  private challengesFor = '';
  private storiesFor = '';

  constructor() {
    super();
    this.challenges = [];
    this.imageOrigins = [];
    this.site = '';
    this.width = 'tablet';
    this.stageWidth = 0;
    this.frameHeight = 400;
    this.copyStatus = '';
    this.policyStatus = '';
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  private readonly onMessage = (event: MessageEvent<unknown>) => {
    const frame = this.renderRoot.querySelector('iframe');
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type === 'ep-embed-preview-height' && typeof data.height === 'number')
      this.frameHeight = Math.max(120, Math.min(6000, data.height));
  };

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
    if (!this.config) {
      this.config = this.defaults(this.ctx.orgKind === 'cluster');
      this.previewSrc = this.frameUrl();
    }
    void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    this.resize?.disconnect();
    clearTimeout(this.postTimer);
  }

  /** Where a builder starts: an owner's own board, or for a cluster the cities' board credited to it. */
  private defaults(cluster: boolean): EmbedConfig {
    const ownId = this.ctx.membership.orgId;
    const config = emptyConfig(ownId);
    if (cluster) {
      config.orgs = [];
      config.via = ownId;
    }
    return config;
  }

  /** Whether the organisation acted for is a cluster (read with the page; the shell's guess until then). */
  private get cluster() {
    return (this.own?.kind ?? this.ctx.orgKind) === 'cluster';
  }

  private async load() {
    this.loadError = undefined;
    try {
      const [list, own] = await Promise.all([
        this.ctx.api.call<{ data: Org[] }>('GET', 'organizations', { query: { limit: 100 } }),
        this.ctx.api.call<Org>(
          'GET',
          `organizations/${encodeURIComponent(this.ctx.membership.orgId)}`,
        ),
      ]);
      this.orgs = list.data;
      this.own = own;
      // The shell may not have known the kind yet: start over as a cluster, unless the person began.
      if (!this.touched && (own.kind === 'cluster') !== (this.config.via !== ''))
        this.config = { ...this.defaults(own.kind === 'cluster'), tag: this.config.tag };
    } catch (e) {
      this.loadError = message(e);
    }
  }

  /** Open challenges of the form's receiver (for its `challenge`), and story image hosts for the CSP. */
  private async loadFor(config: EmbedConfig) {
    const org = config.orgs[0] ?? '';
    if (config.tag === 'ep-entry-form' && org && org !== this.challengesFor) {
      this.challengesFor = org;
      try {
        const page = await this.ctx.api.call<{ data: ChallengeItem[] }>('GET', 'challenges', {
          query: { org, status: 'open', limit: 50 },
        });
        if (this.challengesFor === org) this.challenges = page.data;
      } catch {
        this.challenges = [];
      }
    }
    const storyOrgs = config.tag === 'ep-story-feed' ? org : undefined;
    if (storyOrgs !== undefined && `s:${storyOrgs}` !== this.storiesFor) {
      this.storiesFor = `s:${storyOrgs}`;
      try {
        const page = await this.ctx.api.call<{ data: StoryItem[] }>('GET', 'stories', {
          query: { org: storyOrgs || undefined, limit: 50 },
        });
        const origins = new Set<string>();
        for (const s of page.data) {
          try {
            if (s.image?.url) origins.add(new URL(s.image.url).origin);
          } catch {
            // Not a URL: nothing to allow.
          }
        }
        this.imageOrigins = [...origins].filter((o) => o !== location.origin).sort();
      } catch {
        this.imageOrigins = [];
      }
    }
  }

  private frameUrl(): string {
    const q = new URLSearchParams({ tag: this.config.tag });
    for (const [k, v] of attributes(this.config)) q.set(`a.${k}`, v);
    for (const [k, v] of tokenDeclarations(this.config.tokens)) q.set(`t.${k}`, v);
    return `/embed-preview?${q.toString()}`;
  }

  private postConfig() {
    const frame = this.renderRoot.querySelector('iframe');
    frame?.contentWindow?.postMessage(
      {
        type: 'ep-embed-preview-config',
        config: {
          tag: this.config.tag,
          attrs: Object.fromEntries(attributes(this.config)),
          tokens: Object.fromEntries(tokenDeclarations(this.config.tokens)),
        },
      },
      location.origin,
    );
  }

  private set(patch: Partial<EmbedConfig>) {
    this.touched = true;
    this.config = { ...this.config, ...patch };
    this.copyStatus = '';
    this.policyStatus = '';
  }

  private setToken(key: keyof Tokens, value: string) {
    this.set({ tokens: { ...this.config.tokens, [key]: value } });
  }

  override updated(changed: Map<string, unknown>) {
    if (changed.has('config')) {
      clearTimeout(this.postTimer);
      this.postTimer = setTimeout(() => this.postConfig(), 250);
      void this.loadFor(this.config);
      const style = styleText(this.config.tag, this.config.tokens);
      if (!style) this.hash = undefined;
      else
        void styleHash(style).then((h) => {
          if (styleText(this.config.tag, this.config.tokens) === style) this.hash = h;
        });
    }
    const stage = this.renderRoot.querySelector('.stage');
    if (stage && !this.resize) {
      this.resize = new ResizeObserver(([entry]) => {
        if (entry) this.stageWidth = Math.floor(entry.contentRect.width);
      });
      this.resize.observe(stage);
    }
  }

  private get s() {
    return pick(strings);
  }

  private orgName(id: string) {
    const o = this.orgs?.find((x) => x.id === id);
    return o ? text(o.name) : (this.ctx.orgNames.get(id) ?? id);
  }

  override render() {
    const s = this.s;
    if (!this.ctx.canEdit) {
      return html`<h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
        <p class="notice">${s.notForRole}</p>`;
    }
    const c = this.config;
    return html`<h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
      <p class="lead">${s.lead}</p>
      ${
        this.loadError
          ? html`<div class="notice danger" role="alert">
              <p>${s.loadFailed} ${this.loadError}</p>
              <button type="button" @click=${() => void this.load()}>${s.retry}</button>
            </div>`
          : nothing
      }
      <section aria-labelledby="h-what">
        <h2 id="h-what">${s.stepWhat}</h2>
        <fieldset>
          <legend>${s.elementLegend}</legend>
          <div class="choices">
            ${TAGS.map(
              (tag) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="tag"
                    .checked=${live(c.tag === tag)}
                    @change=${() => this.chooseTag(tag)}
                    aria-describedby=${`d-${tag}`}
                  />
                  <span
                    ><strong>${s.elements[tag].name}</strong>
                    <span class="hint" id=${`d-${tag}`}>${s.elements[tag].help}</span></span
                  >
                </label>`,
            )}
          </div>
        </fieldset>
      </section>
      <section aria-labelledby="h-settings">
        <h2 id="h-settings">${s.stepSettings}</h2>
        ${
          this.orgs || this.loadError
            ? nothing
            : html`<p class="muted" role="status">${s.loading}</p>`
        }
        ${this.renderSettings()}
      </section>
      <section aria-labelledby="h-brand">
        <h2 id="h-brand">${s.stepBrand}</h2>
        ${this.renderBrand()}
      </section>
      <section aria-labelledby="h-preview">
        <h2 id="h-preview">${s.stepPreview}</h2>
        ${this.renderPreview()}
      </section>
      <section aria-labelledby="h-code">
        <h2 id="h-code">${s.stepCode}</h2>
        ${this.renderCode()}
      </section>
      <section aria-labelledby="h-site">
        <h2 id="h-site">${s.stepSite}</h2>
        ${this.renderSite()}
      </section>`;
  }

  private chooseTag(tag: Tag) {
    const own = this.ctx.membership.orgId;
    const cluster = this.cluster;
    // The owners carry over where they make sense; the form and the feed take one.
    let orgs = this.config.orgs;
    if (tag !== 'ep-challenge-board') orgs = orgs.slice(0, 1);
    if (tag === 'ep-entry-form' && orgs.length === 0 && !cluster) orgs = [own];
    this.set({ tag, orgs });
  }

  private field(
    id: string,
    label: string,
    control: TemplateResult,
    hint?: string,
    error?: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${control}
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  private describedBy(id: string, hint: boolean, error: boolean) {
    return (
      [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
    );
  }

  private textField(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    opts: { hint?: string; error?: string; type?: string; placeholder?: string } = {},
  ) {
    return this.field(
      id,
      label,
      html`<input
        id=${id}
        type=${opts.type ?? 'text'}
        .value=${live(value)}
        placeholder=${opts.placeholder ?? nothing}
        aria-invalid=${opts.error ? 'true' : nothing}
        aria-describedby=${this.describedBy(id, !!opts.hint, !!opts.error)}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />`,
      opts.hint,
      opts.error,
    );
  }

  private select(
    id: string,
    label: string,
    value: string,
    options: Array<[string, string]>,
    onChange: (v: string) => void,
    hint?: string,
    error?: string,
  ) {
    return this.field(
      id,
      label,
      html`<select
        id=${id}
        aria-describedby=${this.describedBy(id, !!hint, !!error)}
        aria-invalid=${error ? 'true' : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>`,
      hint,
      error,
    );
  }

  private themeOptions(allLabel: string): Array<[string, string]> {
    const s = this.s;
    return [['', allLabel], ...THEMES.map((t): [string, string] => [t, s.themes[t]])];
  }

  private renderSettings() {
    const s = this.s;
    const c = this.config;
    const owners = (this.orgs ?? []).filter((o) => o.kind !== 'cluster');
    const cluster = this.cluster;
    const own = this.ctx.membership.orgId;
    const languageOptions = ELEMENT_LANGUAGES.map((l): [string, string] => [
      l,
      s.languages[l || 'page'],
    ]);
    const common = html`
      ${this.select(
        'f-lang',
        s.language,
        c.lang,
        languageOptions,
        (v) => this.set({ lang: v as EmbedConfig['lang'] }),
        s.languageHint,
      )}
      ${this.textField('f-heading', s.heading, c.heading, (v) => this.set({ heading: v }), {
        hint: s.headingHint,
      })}
      ${this.select(
        'f-heading-level',
        s.headingLevel,
        c.headingLevel,
        [
          ['', s.headingLevelDefault],
          ...['1', '2', '3', '4', '5', '6'].map((n): [string, string] => [n, s.headingLevelN(n)]),
        ],
        (v) => this.set({ headingLevel: v }),
        s.headingLevelHint,
      )}
    `;
    const viaBox = cluster
      ? html`<div class="field">
          <label class="check">
            <input
              type="checkbox"
              .checked=${live(c.via === own)}
              @change=${(e: Event) =>
                this.set({ via: (e.target as HTMLInputElement).checked ? own : '' })}
              aria-describedby="via-hint"
            />
            ${s.via(this.orgName(own))}
          </label>
          <p class="hint" id="via-hint">${s.viaHint}</p>
        </div>`
      : nothing;
    const regionError = c.region && !NUTS.test(c.region) ? s.regionInvalid : undefined;
    const region = this.textField(
      'f-region',
      s.region,
      c.region,
      (v) => this.set({ region: v.trim().toUpperCase() }),
      { hint: s.regionHint, error: regionError },
    );
    const count = (
      id: string,
      label: string,
      value: string,
      key: 'pageSize' | 'limit',
      hint: string,
    ) => {
      const n = Number(value);
      const error =
        value && !(Number.isInteger(n) && n >= 1 && n <= 50) ? s.countInvalid : undefined;
      return this.textField(id, label, value, (v) => this.set({ [key]: v.trim() }), {
        type: 'number',
        hint,
        error,
      });
    };

    switch (c.tag) {
      case 'ep-challenge-board':
        return html`<fieldset>
            <legend>${s.owners}</legend>
            <p class="hint">${s.ownersHint}</p>
            <div class="owners">
              ${owners.map(
                (o) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${live(c.orgs.includes(o.id))}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const orgs = on ? [...c.orgs, o.id] : c.orgs.filter((x) => x !== o.id);
                        this.set({ orgs });
                      }}
                    />${text(o.name)}</label
                  >`,
              )}
            </div>
          </fieldset>
          <div class="grid">
            ${this.select(
              'f-status',
              s.status,
              c.status,
              [
                ['', s.allStatuses],
                ...BOARD_STATUSES.map((x): [string, string] => [x, s.statuses[x]]),
              ],
              (v) => this.set({ status: v }),
              s.statusHint,
            )}
            ${this.select(
              'f-theme',
              s.theme,
              c.theme,
              this.themeOptions(s.allThemes),
              (v) => this.set({ theme: v }),
              s.themeHint,
            )}
            ${region} ${count('f-page-size', s.pageSize, c.pageSize, 'pageSize', s.pageSizeHint)}
            ${common}
          </div>
          ${viaBox}`;
      case 'ep-entry-form': {
        const receivers = cluster ? owners : (this.orgs ?? []);
        const orgError = c.orgs.length === 0 ? s.receiverMissing : undefined;
        const privacyError =
          c.privacyUrl && !/^(https?:\/\/|\/)\S+$/.test(c.privacyUrl.trim())
            ? s.privacyInvalid
            : undefined;
        return html`<div class="grid">
            ${this.select(
              'f-receiver',
              s.receiver,
              c.orgs[0] ?? '',
              [
                ...(c.orgs.length === 0 ? [['', s.choose] as [string, string]] : []),
                ...receivers.map((o): [string, string] => [o.id, text(o.name)]),
              ],
              (v) => this.set({ orgs: v ? [v] : [], challenge: '' }),
              s.receiverHint,
              orgError,
            )}
            ${this.select(
              'f-challenge',
              s.challenge,
              c.challenge,
              [
                ['', s.anyChallenge],
                ...this.challenges.map((x): [string, string] => [x.id, text(x.title)]),
              ],
              (v) => this.set({ challenge: v }),
              s.challengeHint,
            )}
            ${this.textField(
              'f-privacy',
              s.privacyUrl,
              c.privacyUrl,
              (v) => this.set({ privacyUrl: v }),
              {
                hint: s.privacyHint,
                error: privacyError,
                placeholder: 'https://www.example.se/privacy',
              },
            )}
            ${common}
          </div>
          ${viaBox}`;
      }
      case 'ep-story-feed':
        return html`<div class="grid">
          ${this.select(
            'f-feed-org',
            s.storiesFrom,
            c.orgs[0] ?? '',
            [
              ['', s.allOwners],
              ...(this.orgs ?? []).map((o): [string, string] => [o.id, text(o.name)]),
            ],
            (v) => this.set({ orgs: v ? [v] : [] }),
          )}
          ${this.select('f-theme', s.theme, c.theme, this.themeOptions(s.allThemes), (v) =>
            this.set({ theme: v }),
          )}
          ${count('f-limit', s.limit, c.limit, 'limit', s.limitHint)}
          ${this.select(
            'f-layout',
            s.layout,
            c.layout,
            [
              ['', s.layoutList],
              ['grid', s.layoutGrid],
            ],
            (v) => this.set({ layout: v as EmbedConfig['layout'] }),
          )}
          ${common}
        </div>`;
      case 'ep-cluster-directory': {
        const names = new Intl.DisplayNames([lang], { type: 'region' });
        return html`<div class="grid">
          ${this.select(
            'f-sector',
            s.sector,
            c.sector,
            this.themeOptions(s.allSectors),
            (v) => this.set({ sector: v }),
            s.sectorHint,
          )}
          ${this.select(
            'f-country',
            s.country,
            c.country,
            [
              ['', s.allCountries],
              ...COUNTRIES.map((x): [string, string] => [x, names.of(x) ?? x]),
            ],
            (v) => this.set({ country: v }),
          )}
          ${region} ${common}
        </div>`;
      }
    }
  }

  private renderBrand() {
    const s = this.s;
    const t = this.config.tokens;
    const checks = contrastChecks(t);
    return html`<p class="hint">${s.brandHint}</p>
      <div class="grid">
        ${COLOR_TOKENS.map((key) => {
          const id = `t-${key}`;
          const bad = tokenProblem(key, t[key]) ? s.colorInvalid : undefined;
          const hex = parseHex(t[key]) ? t[key].trim() : undefined;
          return this.field(
            id,
            s.tokens[key],
            html`<span class="color">
              <span
                class="swatch"
                aria-hidden="true"
                ${cssom({ background: hex ?? 'transparent' })}
              ></span>
              <input
                id=${id}
                type="text"
                inputmode="text"
                autocomplete="off"
                spellcheck="false"
                .value=${live(t[key])}
                aria-invalid=${bad ? 'true' : nothing}
                aria-describedby=${`${id}-hint${bad ? ` ${id}-error` : ''}`}
                @input=${(e: Event) => this.setToken(key, (e.target as HTMLInputElement).value)}
              />
            </span>`,
            s.tokenHints[key],
            bad,
          );
        })}
        ${this.textField('t-font', s.font, t.font, (v) => this.setToken('font', v), {
          hint: s.fontHint,
          error: tokenProblem('font', t.font) ? s.fontInvalid : undefined,
          placeholder: "'Source Sans 3', sans-serif",
        })}
        ${this.select(
          't-radius',
          s.radius,
          t.radius,
          RADII.map((r): [string, string] => [r, s.radii[r]]),
          (v) => this.setToken('radius', v),
        )}
      </div>
      ${
        checks.length
          ? html`<h3>${s.contrastTitle}</h3>
              <ul class="checks">
                ${checks.map(
                  (x) =>
                    html`<li>
                      <span class=${x.ok ? 'ok' : 'warn'}
                        >${x.ok ? s.contrastOk : s.contrastFail}</span
                      >
                      ${s.contrastPair[x.pair]}:
                      ${s.ratio(new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(x.ratio))}
                      ${x.ok ? nothing : html`<br /><span class="hint">${s.contrastAdvice}</span>`}
                    </li>`,
                )}
              </ul>`
          : nothing
      }`;
  }

  private renderPreview() {
    const s = this.s;
    const width = WIDTHS[this.width];
    const scale = this.stageWidth > 0 ? Math.min(1, this.stageWidth / width) : 1;
    return html`<fieldset>
        <legend>${s.widthLegend}</legend>
        <div class="row">
          ${(Object.keys(WIDTHS) as Width[]).map(
            (w) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="width"
                  .checked=${live(this.width === w)}
                  @change=${() => (this.width = w)}
                />${s.widths[w](WIDTHS[w])}</label
              >`,
          )}
        </div>
      </fieldset>
      <p class="hint">${scale < 1 ? s.previewScaled : s.previewHint}</p>
      ${
        this.config.tag === 'ep-entry-form' || this.config.tag === 'ep-challenge-board'
          ? html`<p class="hint">${s.previewNoSend}</p>`
          : nothing
      }
      <div class="stage" ${cssom({ height: `${Math.ceil(this.frameHeight * scale)}px` })}>
        <iframe
          src=${this.previewSrc}
          title=${s.previewTitle(s.elements[this.config.tag].name)}
          ${cssom({
            width: `${width}px`,
            height: `${this.frameHeight}px`,
            transform: scale < 1 ? `scale(${scale})` : 'none',
          })}
          @load=${() => this.postConfig()}
        ></iframe>
      </div>`;
  }

  private async copy() {
    const s = this.s;
    const code = snippet(this.config, location.origin);
    try {
      await navigator.clipboard.writeText(code);
      this.copyStatus = s.copied;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
      area?.focus();
      area?.select();
      this.copyStatus = s.copyManually;
    }
    this.ctx.announce(this.copyStatus);
  }

  /** The CSP lines to the clipboard, else selected for Ctrl+C. */
  private async copyPolicy(lines: string) {
    const s = this.s;
    try {
      await navigator.clipboard.writeText(lines);
      this.policyStatus = s.copiedPolicy;
    } catch {
      const code = this.renderRoot.querySelector('#csp-lines');
      const selection = getSelection();
      if (code && selection) {
        const range = document.createRange();
        range.selectNodeContents(code);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.policyStatus = s.copyManually;
    }
    this.ctx.announce(this.policyStatus);
  }

  private renderCode() {
    const s = this.s;
    const code = snippet(this.config, location.origin);
    const lines = code.split('\n').length;
    return html`<p class="hint">${s.codeHint}</p>
      <div class="field">
        <label for="snippet">${s.codeLabel}</label>
        <textarea
          id="snippet"
          class="code"
          readonly
          rows=${Math.min(14, lines + 1)}
          .value=${live(code)}
          spellcheck="false"
        ></textarea>
      </div>
      <div class="row">
        <button type="button" class="primary" @click=${() => void this.copy()}>${s.copy}</button>
        <span class="muted">${this.copyStatus}</span>
      </div>`;
  }

  private renderSite() {
    const s = this.s;
    const c = this.config;
    const origin = location.origin;
    const style = styleText(c.tag, c.tokens);
    const advice = cspAdvice(
      origin,
      c.tag === 'ep-story-feed' ? this.imageOrigins : [],
      style ? this.hash : undefined,
    );
    const lines = advice.directives.map(([d, sources]) => `${d} ${sources.join(' ')};`).join('\n');
    const sends = c.tag === 'ep-entry-form' || c.tag === 'ep-challenge-board';
    const typed = this.site.trim();
    const siteOk = siteOrigin(this.site);
    return html`<p class="hint">${s.siteHint}</p>
      ${this.textField('f-site', s.siteAddress, this.site, (v) => (this.site = v), {
        type: 'url',
        placeholder: 'https://www.example.se',
        hint: s.siteAddressHint,
        error: typed && !siteOk ? s.siteInvalid : undefined,
      })}
      <h3>${s.formsTitle}</h3>
      ${sends ? this.renderAllowed(siteOk) : html`<p>${s.readsOnly}</p>`}
      <h3>${s.cspTitle}</h3>
      <p>${s.cspIntro}</p>
      <pre><code id="csp-lines">${lines}</code></pre>
      <div class="row">
        <button type="button" @click=${() => void this.copyPolicy(lines)}>${s.copyPolicy}</button>
        <span class="muted">${this.policyStatus}</span>
      </div>
      <p>${s.noUnsafeInline}</p>
      ${style ? html`<p>${s.styleHashHint}</p>` : nothing}
      <p>${s.cspWhole}</p>
      <pre><code id="csp-header">Content-Security-Policy: ${advice.header}</code></pre>
      <p class="hint">${s.trustedTypes}</p>`;
  }

  private renderAllowed(origin: string | undefined) {
    const s = this.s;
    const c = this.config;
    const own = this.own;
    const ownId = this.ctx.membership.orgId;
    const orgLink = html`<a href="/console/organization">${s.orgSettings}</a>`;
    const remind = html`<p>
      ${s.allowedReminder} ${this.ctx.isAdmin ? s.adminAdds : s.askAdmin} ${orgLink}.
    </p>`;
    if (!origin) return remind;
    if (!own?.allowedOrigins)
      return html`${remind}
        <p class="muted">${s.cannotCheck}</p>`;
    const receiver = c.orgs[0];
    const checksOwn =
      c.via === ownId ||
      (c.tag === 'ep-entry-form' && receiver === ownId) ||
      (c.tag === 'ep-challenge-board' && (c.orgs.length === 0 || c.orgs.includes(ownId)));
    if (!checksOwn)
      return html`${remind}
        <p class="muted">${s.otherReceiver}</p>`;
    const list = own.allowedOrigins;
    let status: TemplateResult;
    if (list.includes(origin))
      status = html`<p id="allowed-status">
        <span class="ok">${s.allowedYes}</span> ${s.allowedYesText(origin, this.orgName(ownId))}
      </p>`;
    else if (list.length === 0 && !c.via)
      status = html`<p id="allowed-status">
        <span class="ok">${s.allowedAny}</span> ${s.allowedAnyText(this.orgName(ownId))}
      </p>`;
    else
      status = html`<p id="allowed-status">
        <span class="warn">${s.allowedNo}</span> ${s.allowedNoText(origin, this.orgName(ownId))}
      </p>`;
    return html`${remind}${status}
      <button type="button" @click=${() => void this.load()}>${s.checkAgain}</button>`;
  }
}

customElements.define('ep-embed', EpEmbed);
