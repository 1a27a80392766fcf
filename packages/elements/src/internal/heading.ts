import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at `level` (clamped to 1–6), for the elements' `heading-level`
 * attribute: a page puts the element under its own headings. `focusable`
 * makes it a target for focus moves (`tabindex="-1"`); `part` names it for `::part()`.
 */
export function heading(
  level: number,
  content: unknown,
  id?: string,
  focusable = false,
  part?: string,
): TemplateResult {
  const i = id || nothing;
  const t = focusable ? '-1' : nothing;
  const p = part ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 id=${i} tabindex=${t} part=${p}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} tabindex=${t} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} tabindex=${t} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} tabindex=${t} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} tabindex=${t} part=${p}>${content}</h5>`;
    default:
      return html`<h6 id=${i} tabindex=${t} part=${p}>${content}</h6>`;
  }
}
