/**
 * <ep-challenge-preview>: a challenge as the public will see it, drawn by the
 * real <ep-challenge-board> detail with the organisation's theme, at phone
 * or desktop width, in one of its languages; before it is published.
 *
 * Properties: `challenge` (the editor's draft, in the API's Challenge shape,
 * unsaved changes included), `lang` (one of the challenge's languages),
 * `width` ('phone' | 'desktop').
 * (A placeholder until it is built.)
 */
import { LitElement, html } from 'lit';
import { shared } from '../styles.js';

export class EpChallengePreview extends LitElement {
  static override properties = {
    challenge: { attribute: false },
    lang: {},
    width: {},
  };
  static override styles = [shared];
  declare challenge: Record<string, unknown> | undefined;
  declare lang: string;
  declare width: 'phone' | 'desktop';

  constructor() {
    super();
    this.lang = 'en';
    this.width = 'desktop';
  }

  override render() {
    return html`<p>Preview</p>`;
  }
}

customElements.define('ep-challenge-preview', EpChallengePreview);
