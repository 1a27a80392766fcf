import { css } from 'lit';
import { base } from './internal/shared.styles.js';

export const styles = [
  base,
  css`
    :is(h1, h2, h3, h4, h5, h6) {
      font-size: 1.1em;
    }
    [part='heading'] {
      font-size: 1.4em;
      line-height: 1.25;
      margin-block-end: 0.25em;
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
      flex: 1;
      padding-block: 0.1em;
      font-weight: normal;
      cursor: pointer;
    }
    .opt {
      font-weight: normal;
    }
    .sub {
      margin-block-start: -0.5em;
      padding-inline-start: 2.1em;
    }
    /* Each field as wide as what it holds. */
    #f-company-orgNumber,
    #f-contact-phone {
      max-width: 14em;
    }
    #f-company-name,
    #f-contact-name,
    #f-contact-email,
    #f-company-website,
    select {
      max-width: 26em;
    }
    #f-title {
      max-width: 40em;
    }
    .hint {
      font-size: 0.9em;
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
    textarea {
      resize: vertical;
    }
    /* At least 24 × 24 CSS px (WCAG 2.2, 2.5.8 target size), larger with the text. */
    input[type='checkbox'],
    input[type='radio'] {
      width: max(24px, 1.4em);
      min-height: 0;
      height: max(24px, 1.4em);
      margin: 0;
      flex: none;
      accent-color: var(--ep-color-accent, light-dark(#0b5cad, #8cc4ff));
    }
  `,
];
