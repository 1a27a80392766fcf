/**
 * <ep-story-editor>: The story editor: Markdown with a live preview, image, links, publication time, newsletter view.
 * (A placeholder until the view is built.)
 */
import { LitElement, html } from 'lit';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { shared } from '../styles.js';
import { focusOnRender } from '../util.js';

export class EpStoryEditor extends LitElement {
  static override properties = { ctx: { attribute: false }, route: { attribute: false } };
  static override styles = [shared];
  declare ctx: ConsoleContext;
  declare route: Route;

  override render() {
    return html`<h1 tabindex="-1" ${focusOnRender()}>ep-story-editor</h1>`;
  }
}

customElements.define('ep-story-editor', EpStoryEditor);
