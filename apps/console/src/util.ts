/** Small helpers the views share. */
import { directive, Directive, type PartInfo, PartType, type ElementPart } from 'lit/directive.js';
import { nothing } from 'lit';
import { AuthError, NetworkError, localize } from '@entrypoint/sdk';
import { lang, t } from './i18n/index.js';

/** Focuses the element it is on, once, when rendered. */
class FocusOnRender extends Directive {
  private done = false;
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('focusOnRender is for elements');
  }
  override update(part: ElementPart) {
    if (!this.done) {
      this.done = true;
      requestAnimationFrame(() => (part.element as HTMLElement).focus());
    }
    return this.render();
  }
  render() {
    return nothing;
  }
}
export const focusOnRender = directive(FocusOnRender);

/** The focused element, through shadow roots. */
export function deepActive(): HTMLElement | null {
  let a = document.activeElement as HTMLElement | null;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
  return a;
}

/** What to tell a person about an error. */
export function message(e: unknown): string {
  if (e instanceof NetworkError) return t.errorNetwork;
  if (e instanceof AuthError && e.status === 403) return t.errorForbidden;
  const detail = (e as { problem?: { detail?: string } })?.problem?.detail;
  return detail ?? t.errorGeneric;
}

/** Text in the UI language from a localized value (`{ sv: …, en: … }`), or a plain string as is. */
export function text(value: Record<string, string> | string | undefined | null): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  return localize(value, lang)?.text ?? '';
}

/** A form field's value as text ('' for a file or nothing). */
export const formValue = (v: FormDataEntryValue | null): string => (typeof v === 'string' ? v : '');

/**
 * Inline style set through the CSSOM (`el.style.setProperty`), which a CSP
 * without 'unsafe-inline' allows: a `style="…"` attribute in markup, or
 * lit's styleMap on its first render (which writes the attribute), is
 * blocked by the console's `style-src 'self'`. Used in element position:
 * `<div ${cssom({ height: '10px' })}>`; properties are CSS names.
 */
export const cssom = directive(
  class extends Directive {
    constructor(part: PartInfo) {
      super(part);
      if (part.type !== PartType.ELEMENT) throw new Error('cssom() goes on an element');
    }
    render(_props: Record<string, string>) {
      return nothing;
    }
    override update(part: ElementPart, [props]: [Record<string, string>]) {
      const style = (part.element as HTMLElement).style;
      for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
      return nothing;
    }
  },
);
