import { css } from 'lit';
import { base } from './internal/shared.styles.js';

export const styles = [
  base,
  css`
    .search {
      display: grid;
      gap: 0.25em;
      margin-block-end: var(--ep-gap, 1em);
    }
    label {
      font-weight: 600;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
      gap: var(--ep-gap, 1em);
      margin-block-end: var(--ep-gap, 1em);
    }
    .filter {
      display: grid;
      gap: 0.25em;
    }
    .count {
      margin-block-end: 0.5em;
    }
    .list,
    .skeletons {
      display: grid;
      gap: var(--ep-gap, 1em);
      list-style: none;
    }
    .list > li {
      display: grid;
    }
    h2 {
      font-size: 1.5em;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.15em;
      line-height: 1.3;
    }
    .card h3 a {
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin-block: 0.35em;
      font-size: 0.9em;
    }
    .status {
      padding-inline: 0.5em;
      border-radius: var(--ep-radius, 0.375em);
      background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
      color: var(--ep-color-text, CanvasText);
    }
    .themes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin-block-start: 0.6em;
      list-style: none;
      font-size: 0.85em;
    }
    .themes li {
      padding: 0.1em 0.6em;
      border: 1px solid var(--ep-color-border, light-dark(#d0d0d0, #4a4a4a));
      border-radius: 1em;
    }
    .more {
      margin-block-start: var(--ep-gap, 1em);
    }
    .detail article > * + * {
      margin-block-start: 0.75em;
    }
    .detail h3 {
      margin-block-start: 1.4em;
    }
    .back {
      margin-block-end: var(--ep-gap, 1em);
    }
    .lead {
      font-size: 1.1em;
    }
    .prose > * + * {
      margin-block-start: 0.6em;
    }
    .prose h4 {
      font-size: 1em;
    }
    .prose :is(ul, ol) {
      padding-inline-start: 1.25em;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
      gap: 0.75em;
      padding: var(--ep-space, 1em);
      border-radius: var(--ep-radius, 0.375em);
      background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .offers,
    .clusters {
      padding-inline-start: 1.25em;
    }
    .respond {
      margin-block-start: 1.5em;
    }
    .notice > * + * {
      margin-block-start: 0.5em;
    }
  `,
];
