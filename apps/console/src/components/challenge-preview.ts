/**
 * <ep-challenge-preview>: a challenge as the public will see it, drawn by the
 * real <ep-challenge-board> detail with the organisation's theme, at phone
 * or desktop width, in one of its languages; before it is published.
 *
 * Properties: `challenge` (the editor's draft, in the API's Challenge shape,
 * unsaved changes included), `lang` (one of the challenge's languages),
 * `width` ('phone' | 'desktop').
 *
 * How: the board's own class, as `ChallengeBoardPreview` from
 * @entrypoint/elements (packages/elements/src/challenge-board-preview.ts):
 * the board's code, styles, strings and parts, showing the challenge given
 * as its open detail from memory, without a request for it and sending
 * nothing. It is imported (with the elements' code) the first time a preview
 * is shown, in a chunk of its own. The organisation's public profile (its
 * name and entry point in the detail) is read once from
 * `GET /v1/organizations/{id}`. The board is drawn inside a frame 360 CSS
 * pixels wide (a common phone) or 1,024 (a laptop); its layout depends on
 * the space it has, not on the window (the board has no media queries), so
 * it lays out as on that device. A frame wider than the console scrolls on
 * its own, never the page. The theme is the board's default one with the
 * console's `--ep-*` design tokens (apps/console/src/console.css), which an
 * organisation's site overrides with its own custom properties.
 */
import type { Challenge, Organization } from '@entrypoint/sdk';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { pick } from '../i18n/index.js';
import { strings } from '../i18n/views/components.js';
import { shared } from '../styles.js';

export const PREVIEW_WIDTHS = { phone: 360, desktop: 1024 } as const;

let defining: Promise<void> | undefined;

/** Defines <ep-challenge-board-preview> from the elements package, once. */
function defineBoard(): Promise<void> {
  defining ??= import('@entrypoint/elements').then(({ ChallengeBoardPreview }) => {
    if (!customElements.get('ep-challenge-board-preview'))
      customElements.define('ep-challenge-board-preview', ChallengeBoardPreview);
  });
  defining.catch(() => (defining = undefined));
  return defining;
}

const orgs = new Map<string, Promise<Organization | undefined>>();

/** An organisation's public profile, once per id (undefined when it cannot be read). */
function organization(id: string): Promise<Organization | undefined> {
  let found = orgs.get(id);
  if (!found) {
    found = fetch(`/v1/organizations/${encodeURIComponent(id)}`, {
      headers: { accept: 'application/json' },
    })
      .then((r) => (r.ok ? (r.json() as Promise<Organization>) : undefined))
      .catch(() => undefined);
    orgs.set(id, found);
  }
  return found;
}

export class EpChallengePreview extends LitElement {
  static override properties = {
    challenge: { attribute: false },
    lang: {},
    width: {},
    ready: { state: true },
    failed: { state: true },
    org: { state: true },
  };
  static override styles = [
    shared,
    css`
      .viewport {
        max-width: 100%;
        overflow: auto;
        border: 1px solid var(--ep-color-border-strong, currentColor);
        border-radius: var(--ep-radius);
        background: var(--ep-color-surface-alt);
        padding: 0.75em;
      }
      .screen {
        margin: 0 auto;
        background: Canvas;
        color: CanvasText;
        border: 1px solid var(--ep-color-border, currentColor);
        padding: 1em;
        box-sizing: border-box;
      }
      .phone {
        border-radius: 1.25em;
      }
    `,
  ];
  declare challenge: Record<string, unknown> | undefined;
  declare lang: string;
  declare width: 'phone' | 'desktop';
  declare private ready: boolean;
  declare private failed: boolean;
  declare private org: Organization | undefined;

  constructor() {
    super();
    this.lang = 'en';
    this.width = 'desktop';
    this.ready = false;
    this.failed = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  #load() {
    this.failed = false;
    defineBoard().then(
      () => (this.ready = true),
      () => (this.failed = true),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const orgId = this.challenge?.orgId;
    if (changed.has('challenge') && typeof orgId === 'string' && orgId !== this.org?.id) {
      void organization(orgId).then((org) => {
        if (org && this.challenge?.orgId === org.id) this.org = org;
      });
    }
  }

  override render() {
    const s = pick(strings).preview;
    const c = this.challenge as Challenge | undefined;
    const width = this.width === 'phone' ? 'phone' : 'desktop';
    if (this.failed) {
      return html`<div class="notice danger" role="alert">
        <p>${s.loadError}</p>
        <button type="button" @click=${() => this.#load()}>${pick(strings).share.retry}</button>
      </div>`;
    }
    if (!c || !c.title || !Object.values(c.title).some(Boolean)) {
      return html`<p class="muted">${s.empty}</p>`;
    }
    return html`<div
      class="viewport"
      role="region"
      tabindex="0"
      aria-label=${s.region(width === 'phone' ? s.phone : s.desktop)}
      data-width=${PREVIEW_WIDTHS[width]}
    >
      <div class="screen ${width}" data-screen>
        ${
          this.ready
            ? html`<ep-challenge-board-preview
                lang=${this.lang}
                .preview=${c}
                .previewOrg=${this.org}
              ></ep-challenge-board-preview>`
            : html`<p class="muted" role="status">${s.loading}</p>`
        }
      </div>
    </div>`;
  }

  protected override updated() {
    // Constructed styles only (the console's CSP has no 'unsafe-inline'): the width is set in JS.
    const screen = this.renderRoot.querySelector<HTMLElement>('[data-screen]');
    if (screen)
      screen.style.width = `${PREVIEW_WIDTHS[this.width === 'phone' ? 'phone' : 'desktop']}px`;
  }
}

customElements.define('ep-challenge-preview', EpChallengePreview);

declare global {
  interface HTMLElementTagNameMap {
    'ep-challenge-preview': EpChallengePreview;
  }
}
