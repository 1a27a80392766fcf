/**
 * <ep-draft-share>: a link that shows an unpublished challenge to someone
 * without an account, until it expires; made, shown and withdrawn here.
 *
 * Properties: `ctx` (the ConsoleContext), `challengeId`.
 * (A placeholder until it is built.)
 */
import { LitElement, html } from 'lit';
import type { ConsoleContext } from '../context.js';
import { shared } from '../styles.js';

export class EpDraftShare extends LitElement {
  static override properties = { ctx: { attribute: false }, challengeId: {} };
  static override styles = [shared];
  declare ctx: ConsoleContext;
  declare challengeId: string;

  override render() {
    return html``;
  }
}

customElements.define('ep-draft-share', EpDraftShare);
