/** Registers a custom element unless a tag of that name exists (a second copy of the script, or the host's own). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Dispatches a bubbling, composed `CustomEvent`: `ep-` events cross shadow roots, so the page hears them. */
export function fire(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
