import { localize, type Budget, type Localized } from '@entrypoint/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { langAttr } from './format.js';
import { markdown } from './markdown.js';

// The board's own formats: in its chunk of the embed, not in the code every
// element shares.

/** A budget as a currency amount or range in the language's format. */
export function formatBudget(budget: Budget, lang: string): string {
  const f = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: budget.currency,
    maximumFractionDigits: 0,
  });
  const { min, max } = budget;
  if (min !== undefined && max !== undefined) return f.formatRange(min, max);
  if (max !== undefined) return `≤ ${f.format(max)}`;
  if (min !== undefined) return `≥ ${f.format(min)}`;
  return budget.currency;
}

/** Localized long text (Markdown) as headings, paragraphs and lists. */
export function paragraphs(
  value: Localized | undefined,
  lang: string,
  ownerLang?: string,
): TemplateResult | typeof nothing {
  const r = localize(value, lang, ownerLang ? [ownerLang] : []);
  if (!r) return nothing;
  return html`<div class="prose" dir="auto" lang=${langAttr(r.lang, lang)}>
    ${markdown(r.text)}
  </div>`;
}
