/**
 * <ep-sign-in>: an e-mail address, then the six-digit code from the mail (the
 * server answers the same for unknown addresses, and so does this page), or
 * the organisation's own account (OpenID Connect) where one is set up.
 */
import { LitElement, html, nothing } from 'lit';
import { RateLimitError, ValidationError, AuthError } from '@entrypoint/sdk';
import type { Api, Session } from '../api.js';
import type { Route } from '../router.js';
import { t } from '../i18n/index.js';
import { shared } from '../styles.js';
import { message } from '../util.js';

export class EpSignIn extends LitElement {
  static override properties = {
    api: { attribute: false },
    route: { attribute: false },
    step: { state: true },
    email: { state: true },
    error: { state: true },
    busy: { state: true },
    providers: { state: true },
  };
  static override styles = [shared];

  declare api: Api;
  declare route: Route;
  declare step: 'email' | 'code';
  declare email: string;
  declare error: string | undefined;
  declare busy: boolean;
  declare providers: Array<{ orgId: string; name: string }>;

  constructor() {
    super();
    this.step = 'email';
    this.email = '';
    this.busy = false;
    this.providers = [];
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override connectedCallback() {
    super.connectedCallback();
    this.api
      .ssoProviders()
      .then((r) => (this.providers = r.data))
      .catch(() => undefined);
    if (this.route.query.get('error')) this.error = t.signIn.ssoError;
    void this.updateComplete.then(() => this.focusFirst());
  }

  private focusFirst() {
    this.renderRoot.querySelector<HTMLElement>(this.error ? '.error' : 'h1')?.focus();
  }

  private sendCode = async (e: SubmitEvent) => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#email')!;
    const email = input.value.trim();
    if (!input.checkValidity() || !email) {
      this.error = t.signIn.invalidEmail;
      await this.updateComplete;
      input.focus();
      return;
    }
    this.busy = true;
    this.error = undefined;
    try {
      await this.api.requestCode(email);
      this.email = email;
      this.step = 'code';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
    } catch (error) {
      this.error = this.explain(error);
      await this.updateComplete;
      input.focus();
    } finally {
      this.busy = false;
    }
  };

  private signIn = async (e: SubmitEvent) => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code')!;
    const code = input.value.replace(/\s+/g, '');
    this.busy = true;
    this.error = undefined;
    try {
      const session: Session = await this.api.signIn(this.email, code);
      this.dispatchEvent(
        new CustomEvent('ep-signed-in', { detail: session, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.error = this.explain(error);
      input.select();
      await this.updateComplete;
      input.focus();
    } finally {
      this.busy = false;
    }
  };

  private explain(error: unknown): string {
    if (error instanceof RateLimitError)
      return t.signIn.tooMany(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)));
    if (error instanceof AuthError && error.status === 401) return t.signIn.wrongCode;
    if (error instanceof ValidationError)
      return this.step === 'email' ? t.signIn.invalidEmail : t.signIn.wrongCode;
    return message(error);
  }

  private restart = async () => {
    this.step = 'email';
    this.error = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus();
  };

  override render() {
    const err = this.error
      ? html`<p class="notice danger error" id="sign-in-error" role="alert" tabindex="-1">
          ${this.error}
        </p>`
      : nothing;
    const described = this.error ? 'sign-in-error' : nothing;
    return html`<section>
      <h1 tabindex="-1">${t.signIn.title}</h1>
      ${this.route.query.get('signedOut') ? html`<p class="notice">${t.signIn.signedOut}</p>` : nothing}
      <p>${t.signIn.intro}</p>
      ${err}
      ${
        this.step === 'email'
          ? html`<form @submit=${this.sendCode} novalidate>
              <div class="field">
                <label for="email">${t.signIn.email}</label>
                <input
                  id="email"
                  type="email"
                  name="email"
                  autocomplete="email"
                  required
                  .value=${this.email}
                  aria-describedby=${described}
                  aria-invalid=${this.error ? 'true' : 'false'}
                />
              </div>
              <button class="primary" ?disabled=${this.busy}>${t.signIn.sendCode}</button>
            </form>`
          : html`<p class="notice" role="status">${t.signIn.codeSent(this.email)}</p>
              <form @submit=${this.signIn} novalidate>
                <div class="field">
                  <label for="code">${t.signIn.code}</label>
                  <input
                    id="code"
                    name="code"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    maxlength="20"
                    required
                    aria-describedby=${described}
                    aria-invalid=${this.error ? 'true' : 'false'}
                  />
                </div>
                <div class="row">
                  <button class="primary" ?disabled=${this.busy}>${t.signIn.signIn}</button>
                  <button type="button" @click=${this.restart}>${t.signIn.otherAddress}</button>
                </div>
              </form>`
      }
      ${
        this.providers.length
          ? html`<h2>${t.signIn.sso}</h2>
              <ul>
                ${this.providers.map(
                  (p) =>
                    html`<li>
                      <a href="/v1/session/sso?org=${encodeURIComponent(p.orgId)}" target="_self"
                        >${p.name}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }
}

customElements.define('ep-sign-in', EpSignIn);
