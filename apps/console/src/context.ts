/** What the shell hands each view: the API, who is signed in, and how to speak to the person. */
import type { Api, Membership, Session } from './api.js';

export interface ConsoleContext {
  api: Api;
  session: Session;
  membership: Membership;
  /** Handlers and admins change submissions; editors and readers read. */
  canWrite: boolean;
  /** Admins and editors write challenges, stories, images and the profile. */
  canEdit: boolean;
  /** Admins: staff, the sites allowed to embed, the answer promise, retention, SSO. */
  isAdmin: boolean;
  /** The organisation acted for: its kind (`cluster` has a cluster profile). */
  orgKind?: 'city' | 'region' | 'cluster' | 'agency';
  /** Names of the organisations the person belongs to (and others the shell has read). */
  orgNames: Map<string, string>;
  /** Says something in the status region (read out by screen readers). */
  announce(message: string): void;
  /** The session ended while working: back to sign-in. */
  signedOut(): void;
}

export const canWrite = (m: Membership) => m.role === 'admin' || m.role === 'handler';

export const canEdit = (m: Membership) => m.role === 'admin' || m.role === 'editor';
