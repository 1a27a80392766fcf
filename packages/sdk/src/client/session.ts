import type { MessageAnswer, SessionPreferences, StaffSession } from '../schemas/session.js';
import type { RequestOptions, Transport } from './transport.js';

/** Options of a call made for one organisation of a person who belongs to several. */
export interface OrgRequestOptions extends RequestOptions {
  /** The organisation to act for (sent as `Entrypoint-Org`); needed when the person belongs to several. */
  org?: string | undefined;
}

export interface SessionResource {
  /** `GET /v1/session`: who is signed in, and their memberships; {@link AuthError} when nobody is. */
  get(opts?: RequestOptions): Promise<StaffSession>;
  /** `POST /v1/session/code`: mails a sign-in code to the address if it belongs to staff (the same answer either way). */
  requestCode(email: string, opts?: RequestOptions): Promise<MessageAnswer>;
  /** `POST /v1/session`: trades the code for a session (an HttpOnly cookie the browser keeps). */
  signIn(email: string, code: string, opts?: RequestOptions): Promise<StaffSession>;
  /** `DELETE /v1/session`: ends this session. */
  signOut(opts?: RequestOptions): Promise<void>;
  /** `DELETE /v1/sessions`: ends every session of the person, on every device. */
  signOutEverywhere(opts?: RequestOptions): Promise<void>;
  /**
   * `PATCH /v1/session/preferences`: how new submissions reach the person by
   * mail in one organisation (`opts.org`, or their only one): `immediate`,
   * `digest` (daily) or `off`. Answers the session as it now is.
   */
  setPreferences(prefs: SessionPreferences, opts?: OrgRequestOptions): Promise<StaffSession>;
}

/**
 * `client.session`: staff sign-in with a code by e-mail, and the session a
 * browser then holds as a cookie (same origin as the server).
 *
 * @example
 * ```ts
 * await client.session.requestCode('anna@norrhamn.example');
 * const me = await client.session.signIn('anna@norrhamn.example', '042917');
 * await client.session.setPreferences({ arrivalMail: 'digest' }, { org: 'norrhamn' });
 * ```
 */
export function sessionResource(send: Transport): SessionResource {
  return {
    get: (opts) => send('GET', 'session', 'session', opts),
    requestCode: (email, opts) =>
      send('POST', 'session/code', 'message', opts, { json: { email } }),
    signIn: (email, code, opts) =>
      send('POST', 'session', 'session', opts, { json: { email, code } }),
    signOut: (opts) => send('DELETE', 'session', undefined, opts),
    signOutEverywhere: (opts) => send('DELETE', 'sessions', undefined, opts),
    setPreferences: (prefs, opts = {}) =>
      send('PATCH', 'session/preferences', 'session', opts, {
        json: prefs,
        ...(opts.org ? { headers: { 'entrypoint-org': opts.org } } : {}),
      }),
  };
}
