/**
 * <ep-stories>: The stories: list and create.
 * (A placeholder until the view is built.)
 */
import { LitElement, html } from 'lit';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { shared } from '../styles.js';
import { focusOnRender } from '../util.js';

export class EpStories extends LitElement {
  static override properties = { ctx: { attribute: false }, route: { attribute: false } };
  static override styles = [shared];
  declare ctx: ConsoleContext;
  declare route: Route;

  override render() {
    return html`<h1 tabindex="-1" ${focusOnRender()}>ep-stories</h1>`;
  }
}

customElements.define('ep-stories', EpStories);
