/**
 * The newsletter view of a story: how it looks as one item of a newsletter
 * made from the organisation's feed by an RSS-to-email tool (the feed item
 * carries title, image, summary and the link to `/stories/{id}`; see
 * apps/server/src/services/feeds/index.ts), in a mail-like frame.
 */
import { css, html, nothing } from 'lit';

export interface NewsletterItem {
  from: string;
  title: string;
  summary: string;
  image?: { src: string; srcset?: string | undefined; alt: string } | undefined;
  /** The story's public page; none before the story is saved. */
  url?: string | undefined;
  lang: string;
}

export interface NewsletterWords {
  from: string;
  subject: string;
  readMore: string;
}

export const newsletterStyles = css`
  .mail {
    border: 1px solid var(--ep-color-border-strong);
    border-radius: var(--ep-radius);
    background: var(--ep-color-surface-alt);
    max-width: 38em;
  }
  .mail dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0;
    padding: 0.6em 0.9em;
    border-block-end: 1px solid var(--ep-color-border);
    font-size: 0.9em;
  }
  .mail dt {
    color: var(--ep-color-muted);
  }
  .mail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .mail article {
    background: var(--ep-color-surface);
    margin: 0.9em;
    padding: 0.9em;
    border-radius: var(--ep-radius);
  }
  .mail img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--ep-radius);
  }
  .mail h3 {
    margin: 0.6em 0 0.3em;
    font-size: 1.2em;
    overflow-wrap: anywhere;
  }
  .mail p {
    margin: 0 0 0.6em;
  }
`;

export function newsletterView(item: NewsletterItem, words: NewsletterWords) {
  return html`<div class="mail" lang=${item.lang}>
    <dl>
      <dt>${words.from}</dt>
      <dd>${item.from}</dd>
      <dt>${words.subject}</dt>
      <dd>${item.title}</dd>
    </dl>
    <article>
      ${
        item.image
          ? html`<img
              src=${item.image.src}
              srcset=${item.image.srcset || nothing}
              sizes=${item.image.srcset ? '(max-width: 40em) 100vw, 36em' : nothing}
              alt=${item.image.alt}
            />`
          : nothing
      }
      <h3>${item.title}</h3>
      <p>${item.summary}</p>
      ${
        item.url
          ? html`<p><a href=${item.url} target="_blank" rel="noopener">${words.readMore} →</a></p>`
          : html`<p class="muted">${words.readMore} →</p>`
      }
    </article>
  </div>`;
}
