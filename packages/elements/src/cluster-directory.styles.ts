import { css } from 'lit';
import { base } from './internal/shared.styles.js';

export const styles = [
  base,
  css`
    label,
    dt {
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: 0.25em;
      margin-block-end: var(--ep-gap, 1em);
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
      gap: 0 var(--ep-gap, 1em);
    }
    select {
      max-width: 26em;
    }
    .list {
      display: grid;
      gap: var(--ep-gap, 1em);
      list-style: none;
      margin-block-start: 0.5em;
    }
    :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1.15em;
      line-height: 1.3;
    }
    [part='heading'] {
      font-size: 1.5em;
      margin-block-end: 0.5em;
    }
    .card > * + * {
      margin-block-start: 0.5em;
    }
    dl {
      display: grid;
      gap: 0.5em;
    }
    dd {
      margin: 0;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      list-style: none;
    }
    .tags li {
      padding: 0.1em 0.6em;
      border: 1px solid var(--ep-color-border, light-dark(#d0d0d0, #4a4a4a));
      border-radius: 1em;
      font-size: 0.9em;
    }
    .relations {
      padding-inline-start: 1.25em;
    }
  `,
];
