/**
 * <ep-draft-share>: a link that shows an unpublished challenge to someone
 * without an account, until it expires; made, shown and withdrawn here.
 *
 * Properties: `ctx` (the ConsoleContext), `challengeId`.
 *
 * The server's side: `POST/GET /v1/challenges/{id}/shares`,
 * `DELETE /v1/challenges/{id}/shares/{shareId}` (apps/server/src/http/resources/shares.ts);
 * the link opens `/preview/{token}`. The link's address is said once, when
 * made (the server keeps only a hash of its token): it stays here, with a
 * copy button, until the component goes. Only admins and editors (`canEdit`)
 * are offered any of it, as the server allows; a challenge not saved yet has
 * no link.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { ConsoleContext } from '../context.js';
import { dateTime, pick } from '../i18n/index.js';
import { strings } from '../i18n/views/components.js';
import { shared } from '../styles.js';
import { message } from '../util.js';

export interface Share {
  id: string;
  challengeId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
}

/** The calls of the share links (apps/server/src/http/resources/shares.ts). */
export const shareApi = {
  list: (ctx: ConsoleContext, id: string) =>
    ctx.api.call<{ data: Share[] }>('GET', `challenges/${encodeURIComponent(id)}/shares`),
  create: (ctx: ConsoleContext, id: string, days: number) =>
    ctx.api.call<Share & { url: string }>('POST', `challenges/${encodeURIComponent(id)}/shares`, {
      json: { days },
    }),
  revoke: (ctx: ConsoleContext, id: string, shareId: string) =>
    ctx.api.call<void>(
      'DELETE',
      `challenges/${encodeURIComponent(id)}/shares/${encodeURIComponent(shareId)}`,
    ),
};

const DAYS = [1, 3, 7, 14, 30] as const;

export class EpDraftShare extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    challengeId: {},
    shares: { state: true },
    loadError: { state: true },
    busy: { state: true },
    error: { state: true },
    made: { state: true },
  };
  static override styles = [
    shared,
    css`
      .made {
        margin: 1em 0;
      }
      .made input {
        width: 100%;
        font-family: ui-monospace, monospace;
      }
      ul.links {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      ul.links li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
        padding: 0.5em 0;
        border-bottom: 1px solid var(--ep-color-border, currentColor);
      }
      select {
        max-width: 100%;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare challengeId: string;
  declare private shares: Share[] | undefined;
  declare private loadError: string;
  declare private busy: boolean;
  declare private error: string;
  declare private made: (Share & { url: string }) | undefined;

  constructor() {
    super();
    this.challengeId = '';
    this.loadError = '';
    this.busy = false;
    this.error = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('challengeId') || changed.has('ctx')) && this.ctx?.canEdit) {
      if (changed.has('challengeId')) this.made = undefined;
      this.shares = undefined;
      if (this.challengeId) void this.#reload();
    }
  }

  async #reload() {
    const id = this.challengeId;
    this.loadError = '';
    try {
      const { data } = await shareApi.list(this.ctx, id);
      if (id === this.challengeId) this.shares = data;
    } catch (e) {
      if (id === this.challengeId) this.loadError = message(e);
    }
  }

  #make = async (e: Event) => {
    e.preventDefault();
    const s = pick(strings).share;
    const days = Number(new FormData(e.target as HTMLFormElement).get('days') ?? 7);
    this.busy = true;
    this.error = '';
    try {
      this.made = await shareApi.create(this.ctx, this.challengeId, days);
      this.ctx.announce(`${s.made}. ${s.madeNote}`);
      await this.#reload();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#made-url')?.select();
      this.renderRoot.querySelector<HTMLInputElement>('#made-url')?.focus();
    } catch (err) {
      this.error = message(err);
    } finally {
      this.busy = false;
    }
  };

  async #copy() {
    const s = pick(strings).share;
    if (!this.made) return;
    try {
      await navigator.clipboard.writeText(this.made.url);
      this.ctx.announce(s.copied);
    } catch {
      this.ctx.announce(s.copyFailed);
      this.renderRoot.querySelector<HTMLInputElement>('#made-url')?.select();
    }
  }

  async #revoke(share: Share) {
    const s = pick(strings).share;
    this.error = '';
    try {
      await shareApi.revoke(this.ctx, this.challengeId, share.id);
      if (this.made?.id === share.id) this.made = undefined;
      this.ctx.announce(s.withdrawn);
      await this.#reload();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#links-heading')?.focus();
    } catch (err) {
      this.error = message(err);
    }
  }

  override render() {
    const s = pick(strings).share;
    if (!this.ctx) return nothing;
    if (!this.ctx.canEdit) {
      return html`<h2>${s.heading}</h2>
        <p class="muted">${s.notAllowed}</p>`;
    }
    if (!this.challengeId) {
      return html`<h2>${s.heading}</h2>
        <p class="muted">${s.saveFirst}</p>`;
    }
    return html`
      <h2>${s.heading}</h2>
      <p>${s.intro}</p>
      <form @submit=${this.#make} class="row">
        <div class="field">
          <label for="days">${s.days}</label>
          <select id="days" name="days">
            ${DAYS.map(
              (d) => html`<option value=${d} ?selected=${d === 7}>${s.dayCount(d)}</option>`,
            )}
          </select>
        </div>
        <button class="primary" type="submit" ?disabled=${this.busy}>
          ${this.busy ? s.making : s.make}
        </button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.made
          ? html`<div class="made notice">
              <p><strong>${s.made}</strong> ${s.madeNote}</p>
              <label for="made-url">${s.link}</label>
              <input id="made-url" type="text" readonly .value=${this.made.url} />
              <p>
                <button type="button" @click=${() => void this.#copy()}>${s.copy}</button>
                <span class="muted">${s.active(dateTime(this.made.expiresAt))}</span>
              </p>
            </div>`
          : nothing
      }
      <h3 id="links-heading" tabindex="-1">${s.listHeading}</h3>
      ${this.#list()}
    `;
  }

  #list() {
    const s = pick(strings).share;
    if (this.loadError) {
      return html`<div class="notice danger" role="alert">
        <p>${s.loadError} ${this.loadError}</p>
        <button type="button" @click=${() => void this.#reload()}>${s.retry}</button>
      </div>`;
    }
    if (!this.shares) return html`<p class="muted" role="status">${s.loading}</p>`;
    if (!this.shares.length) return html`<p class="muted">${s.none}</p>`;
    return html`<ul class="links">
      ${this.shares.map((share) => {
        const made = dateTime(share.createdAt);
        const state =
          share.state === 'active'
            ? s.active(dateTime(share.expiresAt))
            : share.state === 'expired'
              ? s.expired(dateTime(share.expiresAt))
              : s.revoked;
        return html`<li data-share=${share.id} data-state=${share.state}>
          <span>${s.madeOn(made)} · <strong>${state}</strong></span>
          ${
            share.state === 'active'
              ? html`<button
                  type="button"
                  aria-label=${s.withdrawLabel(made)}
                  @click=${() => void this.#revoke(share)}
                >
                  ${s.withdraw}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }
}

customElements.define('ep-draft-share', EpDraftShare);

declare global {
  interface HTMLElementTagNameMap {
    'ep-draft-share': EpDraftShare;
  }
}
