import type { Challenge } from '@entrypoint/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The hash that opens a challenge: `#ep-challenge=ID`. */
export const HASH = '#ep-challenge=';

/**
 * The id in a `#ep-challenge=ID` hash; `''` for any other hash. A hash whose
 * percent-encoding is broken (`%E0%A4%A`) is taken as written, rather than
 * throwing: it then names no challenge, and the board says "not found".
 */
export function challengeIdOf(hash: string): string {
  if (!hash.startsWith(HASH)) return '';
  const raw = hash.slice(HASH.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The open challenge of a board, kept in the URL hash, so that a link opens
 * it and Back closes it. Calls `onChange(id, previous)` when the hash names
 * another challenge (or none), from a link, Back, or `close()`.
 */
export class HashRouteController implements ReactiveController {
  /** The id of the open challenge; `''` for the list. */
  id = '';
  #host: ReactiveControllerHost;
  #onChange: (id: string, previous: string) => void;

  constructor(host: ReactiveControllerHost, onChange: (id: string, previous: string) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** A host's `preview` (challenge-board-preview.ts) wins over the hash, from its first update. */
  hostUpdate(): void {
    if (this.#preview) this.#read();
  }

  get #preview(): string | undefined {
    return (this.#host as { preview?: Challenge }).preview?.id;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#read);
    this.#read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#read);
  }

  /** Back to the list: drops the hash, as a new history entry. */
  close(): void {
    history.pushState(null, '', location.pathname + location.search);
    this.#read();
  }

  #read = () => {
    const id = this.#preview || challengeIdOf(location.hash);
    if (id === this.id) return;
    const previous = this.id;
    this.id = id;
    this.#onChange(id, previous);
    this.#host.requestUpdate();
  };
}
