/** What the shell hands each view: the API, who is signed in, and how to speak to the person. */
import type { Api, Membership, Session } from './api.js';

export interface ConsoleContext {
  api: Api;
  session: Session;
  membership: Membership;
  /** Handlers and admins change submissions; editors and readers read. */
  canWrite: boolean;
  /** Names of the organisations the person belongs to (and others the shell has read). */
  orgNames: Map<string, string>;
  /** Says something in the status region (read out by screen readers). */
  announce(message: string): void;
  /** The session ended while working: back to sign-in. */
  signedOut(): void;
}

export const canWrite = (m: Membership) => m.role === 'admin' || m.role === 'handler';
