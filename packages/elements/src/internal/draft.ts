import { newIdempotencyKey } from '@entrypoint/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Values } from './submission-input.js';

/** What is kept in `localStorage` while a person writes. */
interface Stored {
  values: Values;
  /** The Idempotency-Key of this draft: the same for every retry of the same text. */
  key: string;
  /** The body last sent with `key`; a changed text gets a new key. */
  sent?: string;
}

/**
 * A form's draft: what the person typed, kept in `localStorage` under a key
 * the host names (per owner and challenge), and the Idempotency-Key that goes
 * with it. The same text sent again keeps its key, so a retry after a lost
 * answer stores one submission; a changed text, or a 409 (the key was used
 * with another text), gets a new key. Storage that is full or blocked
 * (private mode, a sandbox) leaves the form working, without a draft.
 */
export class DraftController implements ReactiveController {
  #host: ReactiveControllerHost;
  #storageKey: () => string;
  #loadedFrom?: string;
  #stored?: Stored;
  values: Values = {};

  constructor(host: ReactiveControllerHost, storageKey: () => string) {
    this.#host = host;
    this.#storageKey = storageKey;
    host.addController(this);
  }

  /** Loads the draft again whenever the host's storage key changes (another owner or challenge). */
  hostUpdate(): void {
    const key = this.#storageKey();
    if (key !== this.#loadedFrom) this.#load(key);
  }

  #load(key: string) {
    this.#loadedFrom = key;
    let stored: Stored | undefined;
    try {
      stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Stored | undefined;
    } catch {
      stored = undefined;
    }
    this.#stored = typeof stored?.key === 'string' ? stored : undefined;
    this.values = this.#stored?.values ?? {};
  }

  #save() {
    try {
      localStorage.setItem(this.#storageKey(), JSON.stringify(this.#stored));
    } catch {
      // Storage full or blocked: the form still works, without a draft.
    }
  }

  /** Sets what the fields hold, and keeps it. */
  set(values: Values): void {
    this.values = values;
    this.#stored ??= { values, key: newIdempotencyKey() };
    this.#stored.values = values;
    this.#save();
    this.#host.requestUpdate();
  }

  /** The Idempotency-Key for sending `body`: the draft's own, or a new one when the text changed since the last send. */
  keyFor(body: string): string {
    this.#stored ??= { values: this.values, key: newIdempotencyKey() };
    if (this.#stored.sent !== undefined && this.#stored.sent !== body)
      this.#stored.key = newIdempotencyKey();
    this.#stored.sent = body;
    this.#save();
    return this.#stored.key;
  }

  /** After a 409: the key was used with another text, so the next send is a new submission with a new key. */
  rotate(): void {
    if (!this.#stored) return;
    this.#stored.key = newIdempotencyKey();
    this.#stored.sent = undefined;
    this.#save();
  }

  /** After success, or to start again: forgets the draft and its key. */
  clear(): void {
    try {
      localStorage.removeItem(this.#storageKey());
    } catch {
      // Nothing to clear.
    }
    this.#stored = undefined;
    this.values = {};
    this.#host.requestUpdate();
  }
}
