import { localize, type Story, type Theme } from '@entrypoint/sdk';
import { Task } from './internal/task.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { styles } from './story-feed.styles.js';
import { feed as english } from './i18n/en-feed.js';
import { strings, type Strings } from './i18n/index.js';
import { EpElement } from './internal/ep-element.js';
import { failureKind } from './internal/errors.js';
import { content, formatDate, langAttr } from './internal/format.js';
import { heading } from './internal/heading.js';
import { organizations, orgList } from './internal/orgs.js';

/**
 * Stories of what worked, from one owner or many: cards with image, title,
 * date and summary; a story opens in place with its full text; links to the
 * RSS, Atom and JSON feeds for newsletters and readers. An opened story links
 * the challenges it tells about (to `challenge-url`, or to a board on the same
 * page, with `#ep-challenge=ID`).
 *
 * The full text is the `bodyHtml` the server renders from Markdown and
 * sanitizes; it is the only HTML the elements insert as HTML.
 *
 * @tagname ep-story-feed
 * @summary Stories with images, and links to their feeds.
 *
 * @csspart list - The list of stories.
 * @csspart card - One story in the list.
 * @csspart image - The image of a story.
 * @csspart story - An opened story.
 * @csspart feeds - The feed links.
 * @csspart heading - The feed's heading (with `heading`).
 * @csspart challenges - The links to the challenges of an opened story.
 *
 * @cssprop --ep-card-min-width - Smallest card width in the grid layout. Default `16em`.
 */
export class StoryFeed extends EpElement {
  static override styles = styles;
  // Declared here rather than with decorators: fewer bytes in the embed.
  static override properties = {
    org: {},
    theme: {},
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    challengeUrl: { attribute: 'challenge-url' },
    openId: { state: true, attribute: false },
  };

  /**
   * The UI strings: the shared ones and the feed's own.
   * @ignore
   */
  protected override get t(): Strings<'feed'> {
    return strings(this.uiLang, 'feed', english);
  }

  /** Owner ids, comma-separated. Empty: every owner. */
  org = '';
  /** Show only stories with this theme. */
  theme = '';
  /** How many stories to show. */
  limit = 6;
  /** `list` (one column) or `grid` (cards side by side). */
  layout: 'list' | 'grid' = 'list';
  /** A visible heading above the stories (none when empty; the feed is then labelled "Stories"). */
  heading = '';
  /** The level of the feed's heading (1–6, default 2); the stories' titles are one below. */
  headingLevel = 2;
  /** The page with the board where a story's challenges open (`#ep-challenge=ID` is added); default: this page. */
  challengeUrl = '';

  private openId = '';

  #stories = new Task(this, {
    task: async ([client, org, theme, limit], { signal }) => {
      const page = await client.stories.list(
        {
          org: orgList(org).join(',') || undefined,
          theme: (theme || undefined) as Theme | undefined,
          limit: Math.max(1, Math.min(100, limit || 6)),
        },
        { signal },
      );
      return page.data;
    },
    args: () => [this.sdk, this.org, this.theme, this.limit] as const,
  });

  #orgs = new Task(this, {
    task: ([client]) => organizations(client),
    args: () => [this.sdk] as const,
  });

  /** The challenges of the opened story, for their titles. */
  #challenges = new Task(this, {
    task: ([client, ids], { signal }) =>
      Promise.all(
        (ids ? ids.split(' ') : [])
          .slice(0, 10)
          .map((id) => client.challenges.get(id, { signal }).catch(() => undefined)),
      ),
    // The ids as one string: an array made anew on each update would run the task again.
    args: () =>
      [
        this.sdk,
        this.#stories.value?.find((s) => s.id === this.openId)?.challengeIds.join(' ') ?? '',
      ] as const,
  });

  #open(id: string) {
    this.openId = id;
    this.focusAfterUpdate('#story-title');
  }

  #close() {
    const id = this.openId;
    this.openId = '';
    this.focusAfterUpdate(`[data-id="${CSS.escape(id)}"]`);
  }

  protected override renderContent() {
    const t = this.t;
    return html`<section
      class="root"
      aria-label=${this.heading ? nothing : t.feedLabel}
      aria-labelledby=${this.heading ? 'feed-heading' : nothing}
      lang=${this.rootLang}
    >
      ${this.heading ? heading(this.headingLevel, this.heading, 'feed-heading', false, 'heading') : nothing}
      ${this.#stories.render({
        pending: () =>
          html`<div aria-busy="true">
            <p role="status" class="visually-hidden">${t.loading}</p>
            <span class="skeleton w50"></span><span class="skeleton"></span>
          </div>`,
        complete: (stories) => {
          const open = this.openId ? stories.find((s) => s.id === this.openId) : undefined;
          return open ? this.#story(open) : this.#list(stories);
        },
        error: (error) =>
          html`<div class="notice error" role="alert">
            <p>${failureKind(error) === 'offline' ? t.offline : t.storiesError}</p>
            <button class="secondary" @click=${() => this.#stories.run()}>${t.retry}</button>
          </div>`,
      })}
      ${this.#feeds()}
    </section>`;
  }

  #ownerLang(story: Story): string | undefined {
    return this.#orgs.value?.get(story.orgId)?.defaultLanguage;
  }

  /**
   * The story's image; with the image's `srcset`, `sizes` says at most how
   * wide it is drawn (an opened story, a grid cell, a card's column), so the
   * browser fetches the smallest width that is sharp enough. (No media
   * conditions: a few bytes of the size budget saved, for a width a little
   * larger than needed on narrow screens.)
   */
  #image(story: Story): TemplateResult | typeof nothing {
    if (!story.image) return nothing;
    const alt = localize(story.image.alt, this.pageLang, [this.#ownerLang(story)]);
    const { srcset } = story.image;
    return html`<img
      part="image"
      src=${story.image.url}
      srcset=${srcset || nothing}
      sizes=${srcset ? (this.openId ? 48 : this.layout == 'grid' ? 24 : 16) + 'em' : nothing}
      alt=${alt?.text ?? ''}
      lang=${alt ? langAttr(alt.lang, this.pageLang) : nothing}
      loading="lazy"
      decoding="async"
    />`;
  }

  #list(stories: Story[]): TemplateResult {
    const t = this.t;
    const lang = this.pageLang;
    if (!stories.length) return html`<p class="notice">${t.noStories}</p>`;
    return html`<ul part="list" class="list">
      ${stories.map(
        (s) =>
          html`<li>
            <article part="card" class="card">
              ${this.#image(s)}
              <div class="text">
                ${heading(
                  this.headingLevel + 1,
                  html`<a
                    href="#"
                    data-id=${s.id}
                    @click=${(e: Event) => {
                      e.preventDefault();
                      this.#open(s.id);
                    }}
                    >${content(s.title, lang, this.#ownerLang(s))}</a
                  >`,
                )}
                <p class="muted date">
                  <time datetime=${s.publishedAt}>${formatDate(s.publishedAt, lang)}</time>
                </p>
                <p>${content(s.summary, lang, this.#ownerLang(s))}</p>
              </div>
            </article>
          </li>`,
      )}
    </ul>`;
  }

  #story(s: Story): TemplateResult {
    const t = this.t;
    const lang = this.pageLang;
    const body = localize(s.bodyHtml, lang, [this.#ownerLang(s)]);
    return html`<article part="story" class="story">
      <button class="secondary back" @click=${this.#close}>← ${t.backToStories}</button>
      ${heading(
        this.headingLevel + (this.heading ? 1 : 0),
        content(s.title, lang, this.#ownerLang(s)),
        'story-title',
        true,
      )}
      <p class="muted date">
        <time datetime=${s.publishedAt}>${formatDate(s.publishedAt, lang)}</time>${
          s.author
            ? html` ·
                <bdi>${s.author.name}</bdi
                >${s.author.role ? html`, <bdi>${s.author.role}</bdi>` : nothing}`
            : nothing
        }
      </p>
      ${this.#image(s)}
      ${
        body
          ? html`<div class="body" lang=${langAttr(body.lang, lang)}>${unsafeHTML(body.text)}</div>`
          : nothing
      }
      ${this.#storyChallenges(s)}
    </article>`;
  }

  /** Links to the challenges the story tells about, titled once they load. */
  #storyChallenges(s: Story): TemplateResult | typeof nothing {
    if (!s.challengeIds.length) return nothing;
    const found = this.#challenges.value ?? [];
    const base = this.challengeUrl ? new URL(this.challengeUrl, location.href) : undefined;
    return html`${heading(this.headingLevel + (this.heading ? 2 : 1), this.t.storyChallenges)}
      <ul part="challenges" class="challenges">
        ${s.challengeIds.map((id) => {
          const c = found.find((x) => x?.id === id);
          // The board's hash (internal/hash-route.ts), written out: the feed does not load the board's router.
          const href = `${base ? base.href.split('#')[0] : ''}#ep-challenge=${encodeURIComponent(id)}`;
          return html`<li>
            <a href=${href}
              >${c ? content(c.title, this.pageLang, this.#orgs.value?.get(c.orgId)?.defaultLanguage) : id}</a
            >
          </li>`;
        })}
      </ul>`;
  }

  #feeds(): TemplateResult {
    const t = this.t;
    const params = { org: this.org || undefined, lang: this.pageLang };
    const feed = (format: 'rss' | 'atom' | 'json', label: string, type: string) =>
      html`<li><a href=${this.sdk.stories.feedUrl(format, params)} type=${type}>${label}</a></li>`;
    return html`<nav part="feeds" class="feeds" aria-label=${t.subscribe}>
      <span class="muted">${t.subscribe}:</span>
      <ul>
        ${feed('rss', t.rss, 'application/rss+xml')} ${feed('atom', t.atom, 'application/atom+xml')}
        ${feed('json', t.jsonFeed, 'application/feed+json')}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ep-story-feed': StoryFeed;
  }
}
