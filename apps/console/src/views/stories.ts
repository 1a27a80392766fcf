/**
 * <ep-stories>: the organisation's stories (scheduled ones too, which only
 * its staff see), newest first, with their languages and whether they are
 * public yet. Admins and editors create, edit and delete (after a
 * confirmation); handlers and readers read. A cluster organisation's staff
 * write their own stories the same way.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../router.js';
import { dateTime, pick, t } from '../i18n/index.js';
import { strings } from '../i18n/views/stories.js';
import { shared } from '../styles.js';
import { deepActive, focusOnRender, message, text } from '../util.js';
import { storiesApi, statusOf, type Story } from './story-api.js';

export class EpStories extends LitElement {
  static override properties = {
    ctx: { attribute: false },
    route: { attribute: false },
    stories: { state: true },
    error: { state: true },
    confirming: { state: true },
    deleteError: { state: true },
    busy: { state: true },
  };
  static override styles = [
    shared,
    css`
      ul.stories {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
      }
      ul.stories > li {
        border: 1px solid var(--ep-color-border);
        border-radius: var(--ep-radius);
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.35rem;
      }
      li h2 {
        margin: 0;
        font-size: 1.1em;
        overflow-wrap: anywhere;
      }
      li p {
        margin: 0;
      }
      .badge.scheduled {
        border-color: var(--ep-color-accent);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        margin-block-end: 1rem;
      }
      .button.primary {
        background: var(--ep-color-accent);
        color: var(--ep-color-on-accent);
      }
      .top p {
        margin: 0;
        flex: 1 1 20em;
      }
    `,
  ];
  declare ctx: ConsoleContext;
  declare route: Route;
  declare stories: Story[] | undefined;
  declare error: string | undefined;
  declare confirming: Story | undefined;
  declare deleteError: string | undefined;
  declare busy: boolean;
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.busy = false;
    this.addEventListener('ep-language', () => this.requestUpdate());
  }

  override firstUpdated() {
    void this.load();
  }

  private load = async () => {
    this.error = undefined;
    this.stories = undefined;
    try {
      this.stories = (await storiesApi(this.ctx).list()).data;
    } catch (e) {
      if (statusOf(e) === 401) return this.ctx.signedOut();
      this.error = message(e);
    }
  };

  private async ask(story: Story) {
    this.opener = deepActive();
    this.deleteError = undefined;
    this.confirming = story;
    await this.updateComplete;
    const d = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLButtonElement>('button.cancel')?.focus();
  }

  private closeDialog = () => this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();

  private dialogClosed = () => {
    this.confirming = undefined;
    const back = this.opener;
    this.opener = null;
    if (back?.isConnected) back.focus();
    else this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  };

  private async deleteStory(story: Story) {
    const s = pick(strings);
    this.busy = true;
    try {
      await storiesApi(this.ctx).remove(story.id);
      this.opener = null;
      this.closeDialog();
      this.ctx.announce(s.deleted(text(story.title) || story.id));
      this.stories = this.stories?.filter((x) => x.id !== story.id);
    } catch (e) {
      if (statusOf(e) === 401) return this.ctx.signedOut();
      this.deleteError = message(e);
    } finally {
      this.busy = false;
    }
  }

  private renderStory(story: Story) {
    const s = pick(strings);
    const title = text(story.title) || s.untitled;
    const scheduled = Date.parse(story.publishedAt) > Date.now();
    const languages = [...new Set([...Object.keys(story.title), ...Object.keys(story.body)])];
    return html`<li>
      <h2>
        <a href="/console/stories/${encodeURIComponent(story.id)}">${title}</a>
      </h2>
      <p>
        <span class="badge ${scheduled ? 'scheduled' : ''}"
          >${
            scheduled
              ? s.scheduled(dateTime(story.publishedAt))
              : s.published(dateTime(story.publishedAt))
          }</span
        >
        <span class="muted">
          · ${s.colLanguages}: ${languages.map((l) => l.toUpperCase()).join(', ')}
          ${story.image ? nothing : html` · ${s.noImage}`}
        </span>
      </p>
      ${story.summary ? html`<p>${text(story.summary)}</p>` : nothing}
      ${
        this.ctx.canEdit
          ? html`<p class="row">
              <a class="button" href="/console/stories/${encodeURIComponent(story.id)}"
                ><span aria-hidden="true">${s.edit}</span
                ><span class="sr-only">${s.editStory(title)}</span></a
              >
              <button type="button" @click=${() => this.ask(story)}>
                <span aria-hidden="true">${s.delete}</span
                ><span class="sr-only">${s.deleteStory(title)}</span>
              </button>
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderDialog() {
    const s = pick(strings);
    const story = this.confirming;
    if (!story) return nothing;
    const title = text(story.title) || s.untitled;
    return html`<dialog aria-labelledby="confirm-title" @close=${this.dialogClosed}>
      <h2 id="confirm-title">${s.confirmDeleteTitle}</h2>
      <p>${s.confirmDelete(title)}</p>
      ${this.deleteError ? html`<p class="error" role="alert">${this.deleteError}</p>` : nothing}
      <p class="row">
        <button type="button" class="cancel" @click=${this.closeDialog}>${s.cancel}</button>
        <button
          type="button"
          class="primary"
          ?disabled=${this.busy}
          @click=${() => this.deleteStory(story)}
        >
          ${s.delete}
        </button>
      </p>
    </dialog>`;
  }

  override render() {
    const s = pick(strings);
    return html`<h1 tabindex="-1" ${focusOnRender()}>${s.title}</h1>
      <div class="top">
        <p>${s.intro}</p>
        ${
          this.ctx.canEdit
            ? html`<a class="button primary" href="/console/stories/new">${s.newStory}</a>`
            : nothing
        }
      </div>
      ${this.ctx.canEdit ? nothing : html`<p class="notice">${s.readOnly}</p>`}
      ${
        this.error
          ? html`<p class="error" role="alert">${this.error}</p>
              <button type="button" @click=${this.load}>${t.retry}</button>`
          : !this.stories
            ? html`<p role="status">${t.loading}</p>`
            : !this.stories.length
              ? html`<p>${this.ctx.canEdit ? s.empty : s.emptyReadOnly}</p>`
              : html`<ul class="stories" aria-label=${s.listCaption}>
                  ${this.stories.map((story) => this.renderStory(story))}
                </ul>`
      }
      ${this.renderDialog()}`;
  }
}

customElements.define('ep-stories', EpStories);
