import { css } from 'lit';

/**
 * The base every element shares. Inherited properties a host page may set
 * aggressively (colour, line height, letter spacing, text transform) are reset
 * on the element's root; the font is inherited unless `--ep-font-family` says
 * otherwise.
 * Colours default to system colours and `light-dark()`, so they follow the
 * page's `color-scheme`.
 * Rules only one element needs are in that element's styles (its own chunk
 * of the embed): the check boxes in the form's, the other skeleton widths in
 * the board's.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ep-font-family, inherit);
    font-size: var(--ep-font-size, inherit);
  }
  /* On the element's own root, not on :host: a page's '* { color: red }'
     beats :host, but cannot reach inside the shadow root. */
  .root {
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    color: var(--ep-color-text, CanvasText);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
  }
  a {
    color: var(--ep-color-link, var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff)));
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border: 1px solid var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff));
    border-radius: var(--ep-radius, 0.375em);
    background: var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff));
    color: var(--ep-color-on-accent, light-dark(#ffffff, #0a1a2b));
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff));
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Visible but light: 2px in the accent colour, set off by a gap (WCAG 2.2 focus appearance). */
  :focus-visible {
    outline: var(--ep-focus-ring, 2px solid var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff)));
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.65em;
    border: 1px solid var(--ep-color-border-strong, light-dark(#6b6b6b, #9a9a9a));
    border-radius: var(--ep-radius, 0.375em);
    background: var(--ep-color-field, Field);
    color: var(--ep-color-field-text, FieldText);
  }
  .muted {
    color: var(--ep-color-muted, light-dark(#555555, #b8b8b8));
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .card {
    padding: var(--ep-space, 1em);
    border: 1px solid var(--ep-color-border, light-dark(#d0d0d0, #4a4a4a));
    border-radius: var(--ep-radius, 0.375em);
    background: var(--ep-color-surface, Canvas);
  }
  .notice {
    padding: var(--ep-space, 1em);
    border-inline-start: 4px solid var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff));
    background: var(--ep-color-surface-alt, light-dark(#f3f6fa, #1c232b));
  }
  .notice.error {
    border-color: var(--ep-color-danger, light-dark(#b3261e, #ff8a80));
  }
  .skeleton {
    display: block;
    height: 1em;
    margin-block: 0.5em;
    border-radius: var(--ep-radius, 0.375em);
    background: var(--ep-color-border, light-dark(#d0d0d0, #4a4a4a));
    animation: ep-pulse 1.2s ease-in-out infinite alternate;
  }
  .w50 {
    width: 50%;
  }
  @keyframes ep-pulse {
    from {
      opacity: 0.35;
    }
    to {
      opacity: 0.8;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
