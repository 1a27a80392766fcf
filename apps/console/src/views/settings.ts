/** <ep-settings>: how a person hears of what arrives (at once, a daily digest, or not). */
import { LitElement, html, nothing } from 'lit';
import type { ConsoleContext } from '../context.js';
import { t } from '../i18n/index.js';
import { shared } from '../styles.js';
import { message, formValue } from '../util.js';

const CHOICES = ['immediate', 'digest', 'off'] as const;

export class EpSettings extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    org: { attribute: false },
    error: { state: true },
    busy: { state: true },
  };
  static override styles = [shared];
  declare ctx: ConsoleContext;
  declare org: string | undefined;
  declare error: string | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  private save = async (e: SubmitEvent) => {
    e.preventDefault();
    const value = formValue(new FormData(e.target as HTMLFormElement).get('arrivalMail'));
    this.busy = true;
    this.error = undefined;
    try {
      await this.ctx.api.setPreferences(value);
      this.ctx.membership.arrivalMail = value as 'immediate' | 'digest' | 'off';
      this.ctx.announce(t.settings.saved);
    } catch (error) {
      this.error = message(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const current = this.ctx.membership.arrivalMail ?? 'immediate';
    return html`<h1 tabindex="-1">${t.settings.title}</h1>
      <form @submit=${this.save}>
        <fieldset>
          <legend>${t.settings.intro}</legend>
          ${CHOICES.map(
            (c) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="arrivalMail"
                  value=${c}
                  ?checked=${current === c}
                />${t.settings[c]}</label
              >`,
          )}
        </fieldset>
        ${this.error ? html`<p class="error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
        <button class="primary" ?disabled=${this.busy}>${t.save}</button>
      </form>`;
  }
}

customElements.define('ep-settings', EpSettings);
