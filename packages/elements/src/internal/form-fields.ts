import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { values as choices } from './generated/submission-values.js';
import type { Values } from './submission-input.js';

/** The text fields of the form, in the order they appear (and errors are listed). */
export const TEXT_FIELDS = [
  'title',
  'description',
  'company.name',
  'company.orgNumber',
  'company.country',
  'company.size',
  'company.website',
  'contact.name',
  'contact.email',
  'contact.phone',
] as const;

/** Whether a path of the schema is a field the person can fix. */
export const isField = (path: string): boolean =>
  path === 'kind' ||
  (TEXT_FIELDS as readonly string[]).includes(path) ||
  path === 'consent.privacy';

/** Where a field's error stands in the form: kind first, then the text fields, then the rest. */
export function fieldOrder(path: string): number {
  if (path === 'kind') return -1;
  const i = (TEXT_FIELDS as readonly string[]).indexOf(path);
  return i < 0 ? 99 : i;
}

/** The element id of a field (`company.name` → `f-company-name`). */
export const fieldId = (key: string): string => `f-${key.replace(/\./g, '-')}`;

/** The element to focus for a field's error: the field, or the first radio of the kind. */
export const focusId = (key: string): string => (key === 'kind' ? 'f-kind-0' : fieldId(key));

/** What the field templates read: the values, the errors by field, the strings. */
export interface FieldState {
  values: Values;
  errors: Record<string, string>;
  t: Strings<'form'>;
}

/** `aria-describedby` and `aria-invalid` for a field, and the messages they point at. */
function describe(s: FieldState, key: string, hint?: string) {
  const id = fieldId(key);
  const error = s.errors[key];
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    error,
    cls: `field ${error ? 'invalid' : ''}`,
    describedby: ids || nothing,
    invalid: error ? 'true' : nothing,
    notes: html`${hint ? html`<p id="${id}-hint" class="hint muted">${hint}</p>` : nothing}${
      error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing
    }`,
  };
}

/**
 * Writes what the draft holds into the form's inputs and text areas (a
 * select is drawn with its option selected), after every update, where a
 * field holds something else: so a restored draft or a cleared form shows,
 * and what someone is typing is never written over. What Lit's `live`
 * directive does in a binding, without the directive's code in the embed.
 */
export function syncFields(root: ParentNode, values: Values): void {
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input[name], textarea[name]',
  )) {
    const v = values[el.name];
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      const on = el.type === 'radio' ? v === el.value : v === true;
      if (el.checked !== on) el.checked = on;
    } else {
      const text = typeof v === 'string' ? v : '';
      if (el.value !== text) el.value = text;
    }
  }
}

/** One style for every field: required ones (most) carry no mark, optional ones say so. */
const optional = (s: FieldState, required: boolean) =>
  required ? nothing : html` <span class="opt">(${s.t.optional})</span>`;

const label = (s: FieldState, id: string, text: string, required: boolean) =>
  html`<label for=${id}>${text}${optional(s, required)}</label>`;

/** A text input, or a textarea with `multiline`. */
export function field(
  s: FieldState,
  key: string,
  text: string,
  opts: {
    required?: boolean;
    type?: string;
    autocomplete?: string;
    hint?: string;
    multiline?: boolean;
  } = {},
): TemplateResult {
  const d = describe(s, key, opts.hint);
  return html`<div class=${d.cls}>
    ${label(s, d.id, text, !!opts.required)} ${d.notes}
    ${
      opts.multiline
        ? html`<textarea
            id=${d.id}
            name=${key}
            rows="6"
            ?required=${opts.required}
            aria-invalid=${d.invalid}
            aria-describedby=${d.describedby}
          ></textarea>`
        : html`<input
            id=${d.id}
            name=${key}
            type=${opts.type ?? 'text'}
            autocomplete=${opts.autocomplete ?? 'off'}
            ?required=${opts.required}
            aria-invalid=${d.invalid}
            aria-describedby=${d.describedby}
          />`
    }
  </div>`;
}

/** A select of `[value, text]` options; an optional one starts with "not said". */
export function choice(
  s: FieldState,
  key: string,
  text: string,
  options: [string, string][],
  required: boolean,
): TemplateResult {
  const d = describe(s, key);
  const value = (s.values[key] as string | undefined) ?? '';
  return html`<div class=${d.cls}>
    ${label(s, d.id, text, required)} ${d.notes}
    <select
      id=${d.id}
      name=${key}
      ?required=${required}
      aria-invalid=${d.invalid}
      aria-describedby=${d.describedby}
    >
      <option value="" ?selected=${!value}>${required ? '—' : s.t.notSaid}</option>
      ${options.map(([v, o]) => html`<option value=${v} ?selected=${v === value}>${o}</option>`)}
    </select>
  </div>`;
}

export function checkbox(
  s: FieldState,
  key: string,
  text: string,
  required = false,
): TemplateResult {
  const d = describe(s, key);
  return html`<div class=${d.cls}>
    ${d.notes}
    <div class="check">
      <input
        id=${d.id}
        name=${key}
        type="checkbox"
        ?required=${required}
        aria-invalid=${d.invalid}
        aria-describedby=${d.describedby}
      />
      ${label(s, d.id, text, required)}
    </div>
  </div>`;
}

/** The kind of approach: one radio per kind, in a fieldset. */
export function kind(s: FieldState): TemplateResult {
  const { t } = s;
  const d = describe(s, 'kind');
  return html`<fieldset class="${d.cls} kind" aria-describedby=${d.describedby}>
    <legend>${t.kind}</legend>
    ${d.notes}
    ${choices.kind.map(
      (k, i) =>
        html`<div class="check">
          <input id="f-kind-${i}" type="radio" name="kind" value=${k} aria-invalid=${d.invalid} />
          <label for="f-kind-${i}">${t.kinds[k]}</label>
        </div>`,
    )}
  </fieldset>`;
}
