import { css } from 'lit';
import { base } from './internal/shared.styles.js';

export const styles = [
  base,
  css`
    h2 {
      font-size: 1.4em;
      line-height: 1.25;
      margin-block-end: 0.25em;
    }
    h3 {
      font-size: 1.1em;
    }
    form {
      display: grid;
      gap: var(--ep-gap, 1.25em);
      margin-block-start: 1em;
    }
    fieldset {
      display: grid;
      gap: var(--ep-gap, 1.25em);
      padding: var(--ep-space, 1em);
      border: 1px solid var(--ep-color-border, light-dark(#d0d0d0, #4a4a4a));
      border-radius: var(--ep-radius, 0.375em);
    }
    fieldset.kind {
      gap: 0.5em;
    }
    legend {
      padding-inline: 0.25em;
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: 0.3em;
    }
    label {
      font-weight: 600;
    }
    .check {
      display: flex;
      gap: 0.6em;
      align-items: flex-start;
    }
    .check label {
      font-weight: normal;
    }
    .req {
      font-weight: normal;
      font-size: 0.9em;
    }
    .hint {
      font-size: 0.9em;
    }
    .field-error {
      color: var(--ep-color-danger, light-dark(#b3261e, #ff8a80));
      font-weight: 600;
    }
    .invalid > input,
    .invalid > textarea,
    .invalid > select {
      border: 2px solid var(--ep-color-danger, light-dark(#b3261e, #ff8a80));
    }
    .invalid {
      padding-inline-start: 0.75em;
      border-inline-start: 4px solid var(--ep-color-danger, light-dark(#b3261e, #ff8a80));
    }
    .summary {
      margin-block-start: 1em;
    }
    .summary ul {
      margin-block-start: 0.5em;
      padding-inline-start: 1.25em;
    }
    .about {
      margin-block-start: 0.5em;
    }
    .hp {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    :host {
      position: relative;
    }
    .draft {
      font-size: 0.9em;
    }
    form > button {
      justify-self: start;
    }
    .success {
      margin-block-start: 1em;
      padding: var(--ep-space, 1em);
      border-inline-start: 4px solid var(--ep-color-success, light-dark(#1b6e3a, #7fd49b));
      background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
    }
    .success > * + * {
      margin-block-start: 0.6em;
    }
    .reference {
      font-size: 1.25em;
      letter-spacing: 0.03em;
    }
    textarea {
      resize: vertical;
    }
  `,
];
