/** The look every view shares, on the elements' design tokens (--ep-*, set in console.css). */
import { css } from 'lit';

export const shared = css`
  :host {
    display: block;
    color: var(--ep-color-text, CanvasText);
    font-family: var(--ep-font-family, inherit);
  }
  * {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: 1.15em;
    margin: 1.25em 0 0.5em;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  h1:focus-visible,
  h2:focus-visible {
    outline: var(--ep-focus-ring);
  }
  a {
    color: var(--ep-color-link, var(--ep-color-accent));
  }
  :focus-visible {
    outline: var(--ep-focus-ring);
    outline-offset: 2px;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--ep-color-accent);
    border-radius: var(--ep-radius);
    background: var(--ep-color-surface);
    color: var(--ep-color-accent);
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    background: var(--ep-color-accent);
    color: var(--ep-color-on-accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    max-width: 100%;
    min-height: 2.5em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--ep-color-border-strong);
    border-radius: var(--ep-radius);
    background: var(--ep-color-field, Field);
    color: var(--ep-color-field-text, FieldText);
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  textarea {
    width: 100%;
    min-height: 7em;
  }
  label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    margin-bottom: 0.9em;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    font-weight: normal;
    padding: 0.2em 0;
  }
  .hint {
    color: var(--ep-color-muted);
    font-size: 0.9em;
    margin: 0;
  }
  .error {
    color: var(--ep-color-danger);
    font-weight: 600;
  }
  .notice {
    border-left: 4px solid var(--ep-color-accent);
    background: var(--ep-color-surface-alt);
    padding: 0.6em 0.9em;
    border-radius: var(--ep-radius);
    margin: 0 0 1em;
  }
  .notice.danger {
    border-color: var(--ep-color-danger);
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.55em;
    border-radius: 1em;
    background: var(--ep-color-surface-alt);
    border: 1px solid var(--ep-color-border);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .muted {
    color: var(--ep-color-muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  dialog {
    border: 1px solid var(--ep-color-border);
    border-radius: var(--ep-radius);
    background: var(--ep-color-surface);
    color: var(--ep-color-text);
    padding: 1.25em;
    width: min(34em, calc(100vw - 1em));
    max-height: calc(100vh - 2em);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  fieldset {
    border: 1px solid var(--ep-color-border);
    border-radius: var(--ep-radius);
    margin: 0 0 0.9em;
    padding: 0.5em 0.9em;
  }
  legend {
    font-weight: 600;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  kbd {
    font-family: ui-monospace, monospace;
    border: 1px solid var(--ep-color-border-strong);
    border-radius: 0.25em;
    padding: 0 0.35em;
    background: var(--ep-color-surface-alt);
  }
`;
