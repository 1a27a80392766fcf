/**
 * <ep-org-sso>: an admin sets the organisation's own sign-in provider
 * (OpenID Connect) through `GET/PUT/DELETE /v1/organizations/{id}/sso`
 * (apps/server/src/http/resources/org-sso.ts): the issuer, the client id and
 * the client secret, which is write-only (the page only says whether one is
 * stored), and the redirect URI to register at the provider.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ConsoleContext } from '../context.js';
import { pick, t } from '../i18n/index.js';
import { strings, type OrganizationMessages } from '../i18n/views/organization.js';
import { shared } from '../styles.js';
import { message } from '../util.js';
import { deleteSso, fieldErrors, putSso, readSso, type SsoSettings } from './org-api.js';

export class EpOrgSso extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    settings: { state: true },
    issuer: { state: true },
    clientId: { state: true },
    secret: { state: true },
    errors: { state: true },
    error: { state: true },
    busy: { state: true },
  };
  static override styles = [
    shared,
    css`
      fieldset {
        min-width: 0;
      }
      section {
        max-width: 44rem;
      }
      input {
        width: 100%;
      }
      .redirect {
        font-family: ui-monospace, monospace;
      }
      ol {
        padding-inline-start: 1.25em;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare settings: SsoSettings | undefined;
  declare issuer: string;
  declare clientId: string;
  declare secret: string;
  declare errors: Map<string, string>;
  declare error: string | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.issuer = '';
    this.clientId = '';
    this.secret = '';
    this.errors = new Map();
    this.busy = false;
  }

  override firstUpdated() {
    void this.load();
  }

  private load = async () => {
    this.error = undefined;
    try {
      this.use((await readSso(this.ctx.api, this.ctx.membership.orgId)).body);
    } catch (error) {
      this.error = message(error);
    }
  };

  private use(settings: SsoSettings) {
    this.settings = settings;
    this.issuer = settings.issuer ?? '';
    this.clientId = settings.clientId ?? '';
    this.secret = '';
  }

  /** The checks the server makes (apps/server/src/services/sso.ts `checkIssuer`), in the UI language. */
  private check(s: OrganizationMessages): Map<string, string> {
    const errors = new Map<string, string>();
    let url: URL | undefined;
    try {
      url = new URL(this.issuer.trim());
    } catch {
      url = undefined;
    }
    const local = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (
      !url ||
      url.search ||
      url.hash ||
      url.username ||
      !(url.protocol === 'https:' || (url.protocol === 'http:' && local))
    )
      errors.set('issuer', s.sso.issuerBad);
    if (!this.clientId.trim()) errors.set('clientId', s.sso.clientIdRequired);
    if (!this.secret.trim() && !this.settings?.clientSecretSet)
      errors.set('clientSecret', s.sso.secretRequired);
    return errors;
  }

  private save = async (e: Event) => {
    e.preventDefault();
    const s = pick(strings);
    this.errors = this.check(s);
    if (this.errors.size) {
      this.error = s.fixErrors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.error = undefined;
    try {
      const { body } = await putSso(this.ctx.api, this.ctx.membership.orgId, {
        issuer: this.issuer,
        clientId: this.clientId,
        ...(this.secret ? { clientSecret: this.secret } : {}),
      });
      this.use(body);
      this.ctx.announce(s.saved);
    } catch (error) {
      this.errors = fieldErrors(error);
      this.error = this.errors.size ? s.fixErrors : message(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], #sso-alert')?.focus();
    } finally {
      this.busy = false;
    }
  };

  private askRemove = () => this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();

  private removeProvider = async () => {
    const s = pick(strings);
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
    this.busy = true;
    try {
      await deleteSso(this.ctx.api, this.ctx.membership.orgId);
      await this.load();
      this.ctx.announce(s.sso.removed);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sso-title')?.focus();
    } catch (error) {
      this.error = message(error);
    } finally {
      this.busy = false;
    }
  };

  private input(
    id: 'issuer' | 'clientId' | 'clientSecret',
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) {
    const error = this.errors.get(id);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        type=${id === 'clientSecret' ? 'password' : id === 'issuer' ? 'url' : 'text'}
        autocomplete=${id === 'clientSecret' ? 'new-password' : 'off'}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy.join(' ') || nothing}
      />
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  override render() {
    const s = pick(strings);
    const x = this.settings;
    return html`<section aria-labelledby="sso-title">
      <h2 id="sso-title" tabindex="-1">${s.sso.title}</h2>
      <p>${s.sso.intro}</p>
      ${
        !x
          ? this.error
            ? html`<p class="error" role="alert">${this.error}</p>
                <button @click=${this.load}>${t.retry}</button>`
            : html`<p role="status">${t.loading}</p>`
          : html`<p class="notice"><strong>${s.sso.status(x.configured)}</strong></p>
              <ol>
                <li>
                  ${s.sso.steps}
                  <div class="field">
                    <label for="redirect">${s.sso.redirect}</label>
                    <input id="redirect" class="redirect" readonly .value=${x.redirectUri} />
                  </div>
                </li>
                <li>${s.sso.scopes}</li>
                <li>${s.sso.inviteNote}</li>
              </ol>
              <form @submit=${this.save} novalidate>
                ${this.input('issuer', s.sso.issuer, this.issuer, (v) => (this.issuer = v), s.sso.issuerHint)}
                ${this.input('clientId', s.sso.clientId, this.clientId, (v) => (this.clientId = v))}
                ${this.input(
                  'clientSecret',
                  s.sso.clientSecret,
                  this.secret,
                  (v) => (this.secret = v),
                  x.clientSecretSet ? s.sso.secretSet : s.sso.secretNone,
                )}
                ${
                  this.error
                    ? html`<p class="error" id="sso-alert" role="alert" tabindex="-1">
                        ${this.error}
                      </p>`
                    : nothing
                }
                <div class="row">
                  <button class="primary" ?disabled=${this.busy}>${s.sso.save}</button>
                  ${
                    x.configured
                      ? html`<button type="button" ?disabled=${this.busy} @click=${this.askRemove}>
                          ${s.sso.remove}
                        </button>`
                      : nothing
                  }
                </div>
              </form>
              <dialog aria-labelledby="sso-remove-q">
                <p id="sso-remove-q">${s.sso.removeConfirm}</p>
                <div class="row">
                  <button class="primary" @click=${this.removeProvider}>${s.sso.remove}</button>
                  <button @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
                    ${t.cancel}
                  </button>
                </div>
              </dialog>`
      }
    </section>`;
  }
}

customElements.define('ep-org-sso', EpOrgSso);

declare global {
  interface HTMLElementTagNameMap {
    'ep-org-sso': EpOrgSso;
  }
}
