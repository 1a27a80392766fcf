/**
 * <ep-staff>: Staff: invite, change a role, remove.
 * (A placeholder until the view is built.)
 */
import { LitElement, html } from 'lit';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { shared } from '../styles.js';
import { focusOnRender } from '../util.js';

export class EpStaff extends LitElement {
  static override properties = { ctx: { attribute: false }, route: { attribute: false } };
  static override styles = [shared];
  declare ctx: ConsoleContext;
  declare route: Route;

  override render() {
    return html`<h1 tabindex="-1" ${focusOnRender()}>ep-staff</h1>`;
  }
}

customElements.define('ep-staff', EpStaff);
