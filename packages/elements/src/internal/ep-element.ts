import { LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ElementsClient } from './client.js';
import { clientFor, resolveLang } from './context.js';
import { fire } from './define.js';
import {
  loadCatalogue,
  loadedCatalogue,
  shownLanguage,
  uiLanguage,
  type CommonMessages,
  type UiLanguage,
} from '../i18n/index.js';

/**
 * What every Entrypoint element shares: where the API is (`client`, `api`),
 * whose content it shows (`org`) and in which language (`lang`); where focus
 * goes after a change; and the custom properties of the shared theme
 * (`shared.styles.ts`), documented here once for all three.
 *
 * @attr lang - The language of the UI and of the content asked for; else the nearest `lang` in the page, else `en`.
 *
 * @cssprop --ep-color-accent - Buttons, links and highlights. Default `#0b5cad` (light), `#8cc4ff` (dark).
 * @cssprop --ep-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --ep-color-link - Links. Default: the accent colour.
 * @cssprop --ep-color-text - Body text. Default `CanvasText`.
 * @cssprop --ep-color-muted - Secondary text: dates, hints, counts.
 * @cssprop --ep-color-surface - Background of cards. Default `Canvas`.
 * @cssprop --ep-color-surface-alt - Background of notices, facts and badges.
 * @cssprop --ep-color-border - Borders of cards.
 * @cssprop --ep-color-border-strong - Borders of inputs.
 * @cssprop --ep-color-field - Background of inputs. Default `Field`.
 * @cssprop --ep-color-field-text - Text of inputs. Default `FieldText`.
 * @cssprop --ep-color-danger - Errors.
 * @cssprop --ep-color-success - Confirmations.
 * @cssprop --ep-radius - Corner radius. Default `0.375em`.
 * @cssprop --ep-space - Inner spacing of cards. Default `1em`.
 * @cssprop --ep-gap - Space between cards and fields. Default `1em` (the form: `1.25em`).
 * @cssprop --ep-font-family - Font. Default: inherited from the page.
 * @cssprop --ep-font-size - Base font size. Default: inherited from the page.
 * @cssprop --ep-focus-ring - The focus outline.
 */
export class EpElement extends LitElement {
  // Declared here rather than with decorators: fewer bytes in the embed.
  static override properties: PropertyDeclarations = {
    api: {},
    client: { attribute: false },
  };

  /** Base URL of the Entrypoint server (its root, not `/v1`). Defaults to the origin the embed script was loaded from. */
  api?: string;

  /** An `@entrypoint/sdk` client to use instead of one made from `api` (for Storybook, tests and apps). */
  client?: ElementsClient;

  /**
   * The language in effect: own `lang`, nearest `[lang]` ancestor, else `en`.
   * @ignore
   */
  protected pageLang = 'en';
  #observer?: MutationObserver;
  #focusAfter?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLang();
    // Follow a page or host that changes its language after load.
    this.#observer = new MutationObserver(() => this.#readLang());
    const opts = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this, opts);
    this.#observer.observe(document.documentElement, opts);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readLang(): void {
    const lang = resolveLang(this);
    if (lang !== this.pageLang) {
      this.pageLang = lang;
      this.requestUpdate();
    }
  }

  /**
   * Renders once the UI language's strings are loaded, so a Swedish page never flashes English.
   * @ignore
   */
  protected override render(): unknown {
    const pending = loadCatalogue(uiLanguage(this.pageLang));
    if (pending) {
      // Data starts loading now (tasks run on this update); the UI shows once
      // its strings are here, in parallel rather than one after the other.
      void pending.then(() => this.requestUpdate());
      return nothing;
    }
    return this.renderContent();
  }

  /**
   * Moves focus to what `selector` finds in the shadow root once it is
   * rendered (after this update, or a later one when it waits for data); a
   * newer call replaces one still waiting.
   * @ignore
   */
  protected focusAfterUpdate(selector: string): void {
    this.#focusAfter = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focusAfter && this.renderRoot.querySelector<HTMLElement>(this.#focusAfter);
    if (target) {
      this.#focusAfter = undefined;
      target.focus();
    }
  }

  /**
   * The `lang` of the element's root: the UI language when it is not the
   * page's (a German page gets English UI, marked as such), else none.
   * @ignore
   */
  protected get rootLang(): string | typeof nothing {
    return this.uiLang === this.pageLang.split('-')[0] ? nothing : this.uiLang;
  }

  /** What the element shows, once the strings of its language are loaded. */
  protected renderContent(): unknown {
    return nothing;
  }

  /**
   * The SDK client in effect.
   * @ignore
   */
  protected get sdk(): ElementsClient {
    return clientFor(this.client, this.api);
  }

  /**
   * The UI language shown: the catalogue picked from `pageLang` once it is
   * loaded, else English (while it loads, and if it could not be loaded).
   * @ignore
   */
  protected get uiLang(): UiLanguage {
    return shownLanguage(this.pageLang);
  }

  /**
   * The UI strings in the UI language (those every element shares; an element
   * with strings of its own adds them).
   * @ignore
   */
  protected get t(): CommonMessages {
    return loadedCatalogue(this.uiLang)!;
  }

  /**
   * Fires a typed, bubbling, composed event (each element documents its own with `@fires`).
   * @ignore
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    fire(this, type, detail);
  }
}
