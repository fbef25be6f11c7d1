/**
 * Cursor pagination: `paginate(path, init)` iterates the items of every page,
 * `.pages()` the pages themselves. Trusts `next_cursor` while `has_more` (an
 * empty page that says more is coming goes on), holds one page at a time, and
 * treats a cursor that comes back again as an error rather than looping forever.
 */
import { AkuaError } from "./errors.js";
import type { GetData, PageItem, PaginatedPath } from "./helper-types.js";
import { unwrap } from "./unwrap.js";

/** Options of `paginate`, beside the GET's own init. */
export interface PaginateOptions {
  /** Stop after this many items. */
  maxItems?: number;
  /** Stops the iteration (and the request in flight) at once. */
  signal?: AbortSignal;
}

/** What `paginate` returns: an async iterable of items with `.pages()` for whole pages. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** The pages, one request each. */
  pages(): AsyncIterableIterator<Page>;
}

interface PageShape {
  data: unknown[];
  has_more: boolean;
  next_cursor?: string | null;
}

interface PaginateClient {
  GET(path: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** How many recent cursors are remembered to detect a loop (memory stays bounded). */
const CURSOR_MEMORY = 64;

/**
 * Iterates a cursor-paginated GET. `init.params.query.limit` sets the page size;
 * a `cursor` in the query starts mid-way.
 */
export function paginate<P extends PaginatedPath>(
  client: PaginateClient,
  path: P,
  init: ({ params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown>) &
    PaginateOptions = {},
): Paginator<PageItem<P>, GetData<P>> {
  const { maxItems, signal, params, ...rest } = init;

  async function* pages(): AsyncGenerator<GetData<P>> {
    let cursor = params?.query?.["cursor"] as string | undefined;
    const recent: string[] = [];
    let yielded = 0;
    for (;;) {
      signal?.throwIfAborted();
      const query = { ...params?.query, ...(cursor === undefined ? {} : { cursor }) };
      const page = unwrap(await client.GET(path, { ...rest, signal, params: { ...params, query } })) as PageShape;
      yield page as GetData<P>;
      yielded += page.data.length;
      if (!page.has_more || page.next_cursor == null || (maxItems !== undefined && yielded >= maxItems)) return;
      if (page.next_cursor === cursor || recent.includes(page.next_cursor)) {
        throw new AkuaError(`GET ${path}: cursor ${JSON.stringify(page.next_cursor)} repeated while has_more`, {
          outcome: "not-applied",
          method: "GET",
          path,
        });
      }
      if (cursor !== undefined) recent.push(cursor);
      if (recent.length > CURSOR_MEMORY) recent.shift();
      cursor = page.next_cursor;
    }
  }

  async function* items(): AsyncGenerator<PageItem<P>> {
    let count = 0;
    for await (const page of pages()) {
      for (const item of (page as PageShape).data) {
        if (maxItems !== undefined && count >= maxItems) return;
        count++;
        yield item as PageItem<P>;
      }
    }
  }

  return {
    pages,
    [Symbol.asyncIterator]: items,
  };
}
