/**
 * What the entry-point form needs only once it is sent: the check of its
 * input (code generated from the SDK's schema), the input made from what was
 * typed, the server's field errors, and what it says then in English (the
 * error messages, the confirmation: i18n/en-sent.ts). A chunk of its own in the embed,
 * loaded when the form is first touched (entry-form.ts `loadSend`), so that
 * its first paint does not wait for it; it imports nothing the elements share.
 */

export { checkSubmissionInput } from './generated/submission-check.js';
export { toSubmissionInput, withHoneypot } from './submission-input.js';
export { fieldErrors } from './field-errors.js';
export { sent } from '../i18n/en-sent.js';

/**
 * CSS text, not a Lit `CSSResult` (Lit's `css` is code the elements share):
 * the styles of the form's error messages and its confirmation, which the
 * form adopts once this is loaded (entry-form.ts). Tagged `css` for the
 * build, which minifies what a css`` template holds (scripts/build-embed.mjs);
 * outside the embed, `String.raw` gives it as written.
 */
const css = String.raw;
export const sentStyles = css`
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
  .success {
    margin-block-start: 1em;
    padding: calc(var(--ep-space, 1em) * 1.5);
    border: 2px solid var(--ep-color-success, light-dark(#1b6e3a, #7fd49b));
    border-radius: var(--ep-radius, 0.375em);
  }
  .success > :first-child::before {
    content: '✓' / '';
    margin-inline-end: 0.4em;
    color: var(--ep-color-success, light-dark(#1b6e3a, #7fd49b));
  }
  .success > * + * {
    margin-block-start: 0.75em;
  }
  .ref {
    display: inline-block;
    padding: 0.5em 1em;
    background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
    border-radius: var(--ep-radius, 0.375em);
  }
  .reference {
    font-size: 1.4em;
    letter-spacing: 0.04em;
  }
`;
