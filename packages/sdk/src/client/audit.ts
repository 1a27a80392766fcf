import type { List } from '../schemas/common.js';
import type { AuditLogEntry } from '../schemas/inbox.js';
import type { PageParams } from './pagination.js';
import { resource } from './resource.js';
import type { RequestOptions, Transport } from './transport.js';

export interface AuditListParams extends PageParams {
  /** Only events on this kind of record (`submission`, `challenge`, …). */
  entity?: string | undefined;
  /** Only this action (`create`, `move`, `export`, …). */
  action?: string | undefined;
  /** Only this actor (a staff id, an API key id). */
  actor?: string | undefined;
  /** On or after this day (`YYYY-MM-DD`, UTC). */
  from?: string | undefined;
  /** On or before this day (`YYYY-MM-DD`, UTC). */
  to?: string | undefined;
}

export interface AuditResource {
  /** `GET /v1/audit` (an admin's session or the organisation's key): one page of the log, newest first. */
  list(params?: AuditListParams, opts?: RequestOptions): Promise<List<AuditLogEntry>>;
  /** The same, a page at a time, following `nextCursor`. */
  pages(
    params?: AuditListParams,
    opts?: RequestOptions,
  ): AsyncGenerator<List<AuditLogEntry>, void, undefined>;
}

/** `client.audit`: the organisation-wide log of who changed, sent, viewed and exported what. */
export function auditResource(send: Transport): AuditResource {
  const r = resource<'auditEntry', AuditListParams>(send, 'audit', 'auditEntry');
  return { list: r.list, pages: r.pages };
}
