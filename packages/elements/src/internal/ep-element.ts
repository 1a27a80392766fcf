import { LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ElementsClient } from './client.js';
import { clientFor, resolveLang } from './context.js';
import { fire } from './define.js';
import {
  catalogue,
  loadCatalogue,
  uiLanguage,
  type Messages,
  type UiLanguage,
} from '../i18n/index.js';

/**
 * What every Entrypoint element shares: where the API is (`client`, `api`),
 * whose content it shows (`org`) and in which language (`lang`).
 *
 * @attr lang - The language of the UI and of the content asked for; else the nearest `lang` in the page, else `en`.
 */
export class EpElement extends LitElement {
  /** Base URL of the Entrypoint server (its root, not `/v1`). Defaults to the origin the embed script was loaded from. */
  @property({ reflect: false }) api?: string;

  /** An `@entrypoint/sdk` client to use instead of one made from `api` (for Storybook, tests and apps). */
  @property({ attribute: false }) client?: ElementsClient;

  /**
   * The language in effect: own `lang`, nearest `[lang]` ancestor, else `en`.
   * @ignore
   */
  protected pageLang = 'en';
  #observer?: MutationObserver;

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
    const lang = this.uiLang;
    const pending = loadCatalogue(lang);
    if (pending) {
      // Data starts loading now (tasks run on this update); the UI shows once
      // its strings are here, in parallel rather than one after the other.
      void pending.then(() => this.requestUpdate());
      return nothing;
    }
    return this.renderContent();
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
   * The UI language: one of the catalogues, picked from `pageLang`.
   * @ignore
   */
  protected get uiLang(): UiLanguage {
    return uiLanguage(this.pageLang);
  }

  /**
   * The UI strings in the UI language.
   * @ignore
   */
  protected get t(): Messages {
    return catalogue(this.uiLang);
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
