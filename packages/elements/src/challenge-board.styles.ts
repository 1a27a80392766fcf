import { css } from 'lit';
import { base } from './internal/shared.styles.js';

/**
 * The board's styles: the list's, and those of the detail that its skeleton
 * and error notice use too. The rest of the detail's are in its own chunk
 * (internal/challenge-detail.ts `detailStyles`).
 */
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
    :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1.15em;
      line-height: 1.3;
    }
    [part='heading'],
    #detail-title {
      font-size: 1.5em;
      line-height: 1.25;
    }
    .card a {
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
    /* Each status its own colours (tokens), symbol and border: told apart without colour too. */
    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding-inline: 0.55em;
      border: 1px solid var(--c);
      border-radius: 1em;
      background: var(--b);
      color: var(--c);
      font-weight: 600;
    }
    .status::before {
      font-size: 0.8em;
    }
    .status-open {
      --b: var(--ep-status-open, light-dark(#e2f3e7, #12351f));
      --c: var(--ep-status-open-text, light-dark(#1a5c31, #93e2ac));
    }
    .status-open::before {
      content: '●' / '';
    }
    .status-in-dialogue {
      --b: var(--ep-status-in-dialogue, light-dark(#e4eefa, #13283f));
      --c: var(--ep-status-in-dialogue-text, light-dark(#0b4a8c, #9cc9ff));
    }
    .status-in-dialogue::before {
      content: '◆' / '';
    }
    .status-procurement {
      --b: var(--ep-status-procurement, light-dark(#fcefd9, #3a2708));
      --c: var(--ep-status-procurement-text, light-dark(#744000, #ffc46b));
    }
    .status-procurement::before {
      content: '■' / '';
    }
    .status-solved {
      --b: var(--ep-status-solved, light-dark(#efe7f9, #2c1a45));
      --c: var(--ep-status-solved-text, light-dark(#592c8f, #d2b3ff));
    }
    .status-solved::before {
      content: '✓' / '';
    }
    .status-closed,
    .status-draft {
      --b: var(--ep-status-closed, transparent);
      --c: var(--ep-status-closed-text, light-dark(#4d4d4d, #c4c4c4));
      border-style: dashed;
    }
    .status-closed::before {
      content: '–' / '';
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
    .detail :is(h3, h4, h5, h6) {
      margin-block-start: 1.4em;
    }
    .back {
      margin-block-end: var(--ep-gap, 1em);
    }
    .notice > * + * {
      margin-block-start: 0.5em;
    }
    .w35 {
      width: 35%;
    }
    .w40 {
      width: 40%;
    }
    .w60 {
      width: 60%;
    }
  `,
];
