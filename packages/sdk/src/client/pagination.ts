import type { List } from '../schemas/common.js';
import type { RequestOptions } from './transport.js';
import { ResponseValidationError } from './errors.js';

/** The paging parameters every list takes. */
export interface PageParams {
  /** Items per page; the server caps it. */
  limit?: number | undefined;
  /** The `nextCursor` of the previous page. */
  cursor?: string | null | undefined;
}

/**
 * Walks a list page by page, following `nextCursor`, and yields each page
 * (`{ data, nextCursor }`) as it arrives: for a caller that shows what has
 * loaded so far, or stops after enough. Stops when the server says there is no
 * next page; stop early with `break` or the signal. A cursor the server
 * already gave is refused with a {@link ResponseValidationError} rather than
 * followed round in a loop.
 */
export async function* paginatePages<T, P extends PageParams>(
  list: (params: P, opts?: RequestOptions) => Promise<List<T>>,
  params: P,
  opts?: RequestOptions,
): AsyncGenerator<List<T>, void, undefined> {
  let cursor = params.cursor ?? null;
  const seen = new Set<string>();
  for (;;) {
    const page = await list({ ...params, cursor }, opts);
    yield page;
    if (page.nextCursor === null) return;
    if (seen.has(page.nextCursor)) {
      throw new ResponseValidationError(
        `The server repeated the cursor "${page.nextCursor}"; stopped`,
        { status: 200, issues: [{ path: 'nextCursor', message: 'Repeats an earlier cursor' }] },
      );
    }
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/**
 * Walks every page of a list, as {@link paginatePages} does, and yields the
 * items one by one.
 */
export async function* paginate<T, P extends PageParams>(
  list: (params: P, opts?: RequestOptions) => Promise<List<T>>,
  params: P,
  opts?: RequestOptions,
): AsyncGenerator<T, void, undefined> {
  for await (const page of paginatePages(list, params, opts)) yield* page.data;
}
