/**
 * <ep-code-picker>: picks NUTS regions or CPV codes by name, from data the
 * console ships (loaded when the picker is first used), in the UI language.
 *
 * Properties: `kind` ('nuts' | 'cpv'), `label` (the visible label),
 * `multiple` (CPV: several; NUTS: one), `value` (the codes picked).
 * Fires `change` (bubbles, composed) with `detail: { value: string[] }`.
 * (A placeholder: a plain text field of comma-separated codes.)
 */
import { LitElement, html } from 'lit';
import { shared } from '../styles.js';

export class EpCodePicker extends LitElement {
  static override properties = {
    kind: {},
    label: {},
    multiple: { type: Boolean },
    value: { attribute: false },
  };
  static override styles = [shared];
  declare kind: 'nuts' | 'cpv';
  declare label: string;
  declare multiple: boolean;
  declare value: string[];

  constructor() {
    super();
    this.kind = 'nuts';
    this.label = '';
    this.multiple = false;
    this.value = [];
  }

  override render() {
    return html`<label for="codes">${this.label}</label>
      <input id="codes" .value=${this.value.join(', ')} @change=${this.changed} />`;
  }

  private changed = (e: Event) => {
    const value = (e.target as HTMLInputElement).value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    this.value = this.multiple ? value : value.slice(0, 1);
    this.dispatchEvent(
      new CustomEvent('change', { detail: { value: this.value }, bubbles: true, composed: true }),
    );
  };
}

customElements.define('ep-code-picker', EpCodePicker);
