import { css } from 'lit';
import { base } from './internal/shared.styles.js';

export const styles = [
  base,
  css`
    .list {
      display: grid;
      gap: var(--ep-gap, 1em);
      list-style: none;
    }
    :host([layout='grid']) .list {
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--ep-card-min-width, 16em)), 1fr)
      );
    }
    .list > li {
      display: grid;
    }
    .card {
      display: grid;
      gap: 0.75em;
      align-content: start;
    }
    :host(:not([layout='grid'])) .card:has(img) {
      grid-template-columns: minmax(8em, 1fr) 3fr;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 3 / 2;
      object-fit: cover;
      border-radius: var(--ep-radius, 0.375em);
      background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
    }
    :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1.15em;
      line-height: 1.3;
    }
    [part='heading'],
    #story-title {
      font-size: 1.5em;
      line-height: 1.25;
    }
    .date {
      font-size: 0.9em;
      margin-block: 0.25em;
    }
    .story > * + * {
      margin-block-start: 0.75em;
    }
    .story img {
      aspect-ratio: auto;
      max-height: 28em;
    }
    .body :is(p, ul, ol, blockquote, h2, h3, h4) {
      margin-block: 0.75em;
    }
    .body img {
      max-width: 100%;
    }
    .body ul,
    .body ol {
      padding-inline-start: 1.5em;
    }
    .feeds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-start: var(--ep-gap, 1em);
      font-size: 0.9em;
    }
    .feeds ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      list-style: none;
    }
  `,
];
