/**
 * Requests that ended before their answer: the client went away (closed the
 * connection mid-body), or the server closed it because the request took
 * longer than REQUEST_TIMEOUT_MS / HEADERS_TIMEOUT_MS (Node has answered 408
 * itself). Neither is a fault of ours: they are logged at info as what they
 * are, without a stack, rather than as an unhandled error.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

export type Gone = 'client aborted' | 'request timeout';

/** Why the request ended under us, or undefined when the error is a real one. */
export function requestGone(c: Context, error: unknown): Gone | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const socketError: NodeJS.ErrnoException | null | undefined = incoming?.socket?.errored;
  if (socketError?.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request timeout';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (c.req.raw.signal.aborted || incoming?.destroyed || code === 'ECONNRESET') {
    return 'client aborted';
  }
  return undefined;
}

/** The status the access log records: 408 (Node sent it), or 499 (nginx's "client closed request"). */
export const GONE_STATUS: Record<Gone, number> = { 'client aborted': 499, 'request timeout': 408 };
