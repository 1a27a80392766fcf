/**
 * <ep-code-picker>: picks NUTS regions or CPV codes by name, from data the
 * console ships (loaded when the picker is first used), in the UI language.
 *
 * Properties: `kind` ('nuts' | 'cpv'), `label` (the visible label),
 * `multiple` (CPV: several; NUTS: one), `value` (the codes picked).
 * Fires `change` (bubbles, composed) with `detail: { value: string[] }`.
 *
 * An editable combobox with a listbox popup, as in the WAI-ARIA Authoring
 * Practices' "combobox with list autocomplete"
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the
 * text field, `aria-activedescendant` names the option the arrow keys are
 * on; ↓/↑ move (and open the list), Enter picks, Escape closes the list (and
 * then empties the field), Tab leaves. What is picked shows as chips above
 * the field, each with its own remove button. With one value (`multiple`
 * off), picking replaces it.
 *
 * The data (src/data/): NUTS 2024 regions of the Nordic and Baltic countries,
 * in their national names (nuts.ts); the CPV 2008 vocabulary in English,
 * Swedish and Finnish (cpv-*.json, made by scripts/cpv-data.mjs), with the
 * English names for Norwegian (CPV has no Norwegian text; the picker says so).
 * Each is a chunk of its own, imported the first time a picker is focused or
 * shows codes, never with the inbox. Codes are matched from their start
 * ("3414", "SE2"), names by every word typed, ignoring case and accents.
 */
import { LitElement, css, html, nothing } from 'lit';
import { lang, pick } from '../i18n/index.js';
import { strings } from '../i18n/views/components.js';
import { shared } from '../styles.js';

type Entry = readonly [code: string, name: string];

interface Indexed {
  code: string;
  name: string;
  /** Lower case, without accents: what typing is matched against. */
  folded: string;
}

/** The most options the list shows at once. */
const SHOWN = 50;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The data language of a kind in the UI language: CPV has no Norwegian, NUTS names are national. */
const dataLang = (kind: 'nuts' | 'cpv') =>
  kind === 'nuts' ? 'national' : lang === 'sv' || lang === 'fi' ? lang : 'en';

const cache = new Map<string, Promise<Indexed[]>>();

/** The codes of a kind, loaded once per data language (a chunk each). */
function load(kind: 'nuts' | 'cpv'): Promise<Indexed[]> {
  const key = `${kind}:${dataLang(kind)}`;
  let found = cache.get(key);
  if (!found) {
    const which = dataLang(kind);
    const rows: Promise<readonly Entry[]> =
      kind === 'nuts'
        ? import('../data/nuts.js').then((m) => m.NUTS)
        : which === 'sv'
          ? import('../data/cpv-sv.json').then((m) => m.default as unknown as Entry[])
          : which === 'fi'
            ? import('../data/cpv-fi.json').then((m) => m.default as unknown as Entry[])
            : import('../data/cpv-en.json').then((m) => m.default as unknown as Entry[]);
    found = rows.then((list) => list.map(([code, name]) => ({ code, name, folded: fold(name) })));
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/** The language of a NUTS name: its country's. */
const NATIONAL: Record<string, string> = {
  SE: 'sv',
  NO: 'nb',
  FI: 'fi',
  DK: 'da',
  IS: 'is',
  EE: 'et',
  LV: 'lv',
  LT: 'lt',
};

/** A CPV code's eight digits ("34144910-0" → "34144910"); a NUTS code as it is. */
const base = (code: string) => code.replace(/-\d$/, '').toUpperCase();

let pickers = 0;

export class EpCodePicker extends LitElement {
  static override properties = {
    kind: {},
    label: {},
    multiple: { type: Boolean },
    value: { attribute: false },
    entries: { state: true },
    failed: { state: true },
    query: { state: true },
    open: { state: true },
    active: { state: true },
    said: { state: true },
  };
  static override styles = [
    shared,
    css`
      .chips {
        list-style: none;
        margin: 0 0 0.4em;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        max-width: 100%;
        padding: 0.1em 0.1em 0.1em 0.6em;
        border: 1px solid var(--ep-color-border-strong, currentColor);
        border-radius: 1em;
        background: var(--ep-color-surface-alt);
      }
      .chip span {
        overflow-wrap: anywhere;
      }
      .chip button {
        min-height: 2em;
        min-width: 2em;
        padding: 0 0.4em;
        border-radius: 1em;
        border-color: transparent;
        background: transparent;
      }
      .combo {
        position: relative;
      }
      input {
        width: 100%;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 5;
        left: 0;
        right: 0;
        max-height: 18em;
        overflow-y: auto;
        margin: 0.2em 0 0;
        padding: 0.2em 0;
        list-style: none;
        border: 1px solid var(--ep-color-border-strong, currentColor);
        border-radius: var(--ep-radius);
        background: var(--ep-color-field, Field);
        color: var(--ep-color-field-text, FieldText);
        box-shadow: 0 0.3em 1em rgb(0 0 0 / 0.2);
      }
      [role='option'] {
        display: flex;
        justify-content: space-between;
        gap: 1em;
        padding: 0.45em 0.7em;
        cursor: pointer;
      }
      [role='option'] .code {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
        color: var(--ep-color-muted);
      }
      [role='option'][aria-selected='true'] {
        background: var(--ep-color-accent);
        color: var(--ep-color-on-accent);
        outline: 2px solid CanvasText;
        outline-offset: -2px;
      }
      [role='option'][aria-selected='true'] .code {
        color: inherit;
      }
      .hint {
        margin: 0.3em 0 0;
      }
    `,
  ];
  declare kind: 'nuts' | 'cpv';
  declare label: string;
  declare multiple: boolean;
  declare value: string[];
  declare private entries: Indexed[] | undefined;
  declare private failed: boolean;
  declare private query: string;
  declare private open: boolean;
  declare private active: number;
  /** What the status region says: the count of matches, or what was added or removed. */
  declare private said: string;

  #id = `picker-${++pickers}`;
  #loading?: Promise<void>;
  #byCode?: Map<string, Indexed>;
  /** `kind:language` of the data asked for last. */
  #loadedFor?: string;

  constructor() {
    super();
    this.kind = 'nuts';
    this.label = '';
    this.multiple = false;
    this.value = [];
    this.failed = false;
    this.query = '';
    this.open = false;
    this.active = -1;
    this.said = '';
  }

  /** Loads the data the first time it is needed: codes to name, or the field used. */
  #ensure(): void {
    if (this.entries || this.#loading) return;
    this.failed = false;
    const key = (this.#loadedFor = `${this.kind}:${dataLang(this.kind)}`);
    this.#loading = load(this.kind).then(
      (entries) => {
        if (key !== this.#loadedFor) return;
        this.entries = entries;
        this.#byCode = new Map(entries.map((e) => [e.code, e]));
        this.#sayCount();
      },
      () => {
        if (key !== this.#loadedFor) return;
        this.failed = true;
        this.#loading = undefined;
      },
    );
  }

  override willUpdate() {
    const key = `${this.kind}:${dataLang(this.kind)}`;
    // Another kind, or CPV names in another UI language: load again.
    if (this.#loadedFor && this.#loadedFor !== key) {
      this.entries = undefined;
      this.#byCode = undefined;
      this.#loading = undefined;
    }
    if (this.value.length) this.#ensure();
  }

  /** The options for what is typed: codes from their start first, then names. */
  get #matches(): { items: Indexed[]; total: number } {
    const q = this.query.trim();
    if (!q || !this.entries) return { items: [], total: 0 };
    const code = q.replace(/[\s-]/g, '').toUpperCase();
    const words = fold(q).split(/\s+/).filter(Boolean);
    const byCode: Indexed[] = [];
    const starts: Indexed[] = [];
    const inside: Indexed[] = [];
    for (const e of this.entries) {
      if (code && e.code.startsWith(code)) byCode.push(e);
      else if (words.every((w) => e.folded.includes(w))) {
        (e.folded.startsWith(words[0]!) ? starts : inside).push(e);
      }
    }
    const all = [...byCode, ...starts, ...inside];
    return { items: all.slice(0, SHOWN), total: all.length };
  }

  #name(code: string): string | undefined {
    return this.#byCode?.get(base(code))?.name;
  }

  /** The language of a code's name, for screen readers' pronunciation. */
  #langOf(code: string): string {
    if (this.kind === 'cpv') return dataLang('cpv');
    return NATIONAL[code.slice(0, 2)] ?? 'en';
  }

  #chipText(code: string): string {
    const name = this.#name(code);
    return name ? `${name} (${code})` : code;
  }

  #onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.#ensure();
    this.open = this.query.trim() !== '';
    this.active = -1;
    this.#sayCount();
  };

  #sayCount() {
    // After the data is here and this render: the count of what is shown.
    void this.updateComplete.then(() => {
      if (!this.open || !this.entries) return;
      const { total } = this.#matches;
      const s = pick(strings).picker;
      this.said = total === 0 ? s.noMatches : s.matches(total);
    });
  }

  #onKeyDown = (e: KeyboardEvent) => {
    const { items } = this.#matches;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        this.#ensure();
        if (!this.open) {
          this.open = this.query.trim() !== '';
          this.active =
            this.open && items.length ? (e.key === 'ArrowDown' ? 0 : items.length - 1) : -1;
          return;
        }
        if (!items.length) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this.active =
          this.active < 0
            ? step > 0
              ? 0
              : items.length - 1
            : (this.active + step + items.length) % items.length;
        void this.updateComplete.then(() =>
          this.renderRoot
            .querySelector(`#${this.#id}-opt-${this.active}`)
            ?.scrollIntoView({ block: 'nearest' }),
        );
        return;
      }
      case 'Enter': {
        if (this.open && this.active >= 0 && items[this.active]) {
          e.preventDefault();
          this.#pick(items[this.active]!);
        } else if (this.open) {
          // Enter in an open list without a choice: nothing is submitted by mistake.
          e.preventDefault();
        }
        return;
      }
      case 'Escape': {
        if (this.open) {
          e.preventDefault();
          e.stopPropagation();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          e.preventDefault();
          e.stopPropagation();
          this.query = '';
        }
        return;
      }
      case 'Tab':
        this.open = false;
        return;
    }
  };

  #pick(entry: Indexed) {
    const s = pick(strings).picker;
    const has = this.value.some((v) => base(v) === entry.code);
    const next = this.multiple ? (has ? this.value : [...this.value, entry.code]) : [entry.code];
    this.query = '';
    this.open = false;
    this.active = -1;
    this.said = s.added(`${entry.name} (${entry.code})`);
    this.#emit(next);
  }

  #remove(code: string) {
    const s = pick(strings).picker;
    const text = this.#chipText(code);
    this.said = s.removed(text);
    this.#emit(this.value.filter((v) => v !== code));
    // The chip and its button are gone: focus goes to the field.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input')?.focus(),
    );
  }

  #emit(value: string[]) {
    this.value = value;
    this.dispatchEvent(
      new CustomEvent('change', { detail: { value }, bubbles: true, composed: true }),
    );
  }

  override render() {
    const s = pick(strings).picker;
    const id = this.#id;
    const { items, total } = this.open ? this.#matches : { items: [], total: 0 };
    const listOpen = this.open && !!this.entries;
    const activeId = listOpen && this.active >= 0 ? `${id}-opt-${this.active}` : '';
    const notes = [
      `${id}-hint`,
      this.kind === 'cpv' && lang === 'nb' && s.englishNames ? `${id}-names` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <label id="${id}-label" for="${id}-input">${this.label}</label>
      ${
        this.value.length
          ? html`<ul class="chips" aria-label=${s.picked(this.label)}>
              ${this.value.map(
                (code) =>
                  html`<li class="chip">
                    <span lang=${this.#name(code) ? this.#langOf(code) : nothing}
                      >${this.#chipText(code)}</span
                    >
                    <button
                      type="button"
                      aria-label=${s.remove(this.#chipText(code))}
                      @click=${() => this.#remove(code)}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="combo">
        <input
          id="${id}-input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${listOpen ? 'true' : 'false'}
          aria-controls="${id}-list"
          aria-activedescendant=${activeId || nothing}
          aria-describedby=${notes}
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @focus=${() => this.#ensure()}
          @blur=${() => {
            this.open = false;
            this.active = -1;
          }}
        />
        <ul id="${id}-list" role="listbox" aria-labelledby="${id}-label" ?hidden=${!listOpen}>
          ${items.map(
            (e, i) =>
              html`<li
                id="${id}-opt-${i}"
                role="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(ev: Event) => ev.preventDefault()}
                @click=${() => this.#pick(e)}
              >
                <span lang=${this.#langOf(e.code)}>${e.name}</span
                ><span class="code">${e.code}</span>
              </li>`,
          )}
        </ul>
      </div>
      <p id="${id}-hint" class="hint muted">
        ${s.hint}${listOpen && total > items.length ? ` ${s.firstOf(items.length, total)}` : ''}
      </p>
      ${
        notes.includes('-names')
          ? html`<p id="${id}-names" class="hint muted">${s.englishNames}</p>`
          : nothing
      }
      ${
        this.failed
          ? html`<p class="error" role="alert">
              ${s.loadError}
              <button type="button" @click=${() => this.#ensure()}>${s.retry}</button>
            </p>`
          : nothing
      }
      ${
        this.open && !this.entries && !this.failed
          ? html`<p class="muted">${s.loading}</p>`
          : nothing
      }
      <p class="sr-only" role="status">${this.said}</p>
    `;
  }
}

customElements.define('ep-code-picker', EpCodePicker);

declare global {
  interface HTMLElementTagNameMap {
    'ep-code-picker': EpCodePicker;
  }
}
