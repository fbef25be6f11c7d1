/**
 * `akua-sdk/paginate`: cursor pagination. `paginate(akua, path, init)` iterates the
 * items of every page, `.pages()` the pages themselves. Trusts `next_cursor` while
 * `has_more` (an empty page that says more is coming goes on, up to `maxEmptyPages`
 * in a row), holds one page at a time, and treats a cursor cycle of any length as an
 * error rather than looping forever, detected in constant memory (after Brent).
 * A subpath entry of its own (the main entry has a size budget); its errors are the
 * main entry's classes (imported from `akua-sdk`, never a copy).
 *
 * @module akua-sdk/paginate
 */
import {
  AkuaAbortError,
  AkuaError,
  unwrap,
  type AkuaCallOptions,
  type AkuaClient,
  type GetData,
  type PageItem,
  type PaginatedPath,
  type paths,
} from "akua-sdk";
import type { MaybeOptionalInit } from "openapi-fetch";
import { INTERNALS, type ClientInternals } from "./internals.js";
import { checkOptions } from "./limits.js";

/** Options of `paginate`, beside the GET's own init. */
export interface PaginateOptions {
  /** Stop after this many items (an integer >= 0). */
  maxItems?: number;
  /**
   * Empty pages in a row that say `has_more` before iterating fails with an
   * {@link AkuaError} (an integer >= 0).
   * @default 100
   */
  maxEmptyPages?: number;
  /** Stops the iteration (and the request in flight) at once, with an `AkuaAbortError`. */
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

/** What `paginate` needs of the client: its GET (a client made by `createAkuaClient`). */
export type PaginatingClient = Pick<AkuaClient, "GET">;

/**
 * Cycle detection over a stream of cursors in constant memory (Brent's algorithm,
 * remembering the last two saved cursors instead of one): a cursor is saved after
 * 1, 3, 7, 15, ... steps, so a cycle of length L entered after T cursors is seen
 * within about 2L + 2T pages.
 * @returns a function that answers true when its cursor closes a cycle
 */
export function cycleDetector(): (cursor: string) => boolean {
  let older: string | undefined;
  let newer: string | undefined;
  let power = 1;
  let steps = 0;
  return (cursor) => {
    if (cursor === newer || cursor === older) return true;
    if (++steps === power) {
      older = newer;
      newer = cursor;
      power *= 2;
      steps = 0;
    }
    return false;
  };
}

/**
 * Iterates a cursor-paginated GET with a client's retries, token and clock.
 * `init.params.query.limit` sets the page size; a `cursor` in the query starts mid-way.
 * Iterating throws `AkuaApiError` for a page that fails, `AkuaError` for a cursor cycle,
 * more than `maxEmptyPages` empty pages in a row, or a page without a `data` array, and
 * `AkuaAbortError` when `signal` aborts.
 *
 * @param akua - a client made by `createAkuaClient`
 * @throws TypeError (on the first iteration) for a bad `maxItems` or `maxEmptyPages`
 *
 * @example
 * ```ts
 * import { createAkuaClient } from "akua-sdk";
 * import { paginate } from "akua-sdk/paginate";
 *
 * const akua = createAkuaClient();
 * for await (const cluster of paginate(akua, "/clusters", { params: { query: { limit: 100 } } })) {
 *   console.log(cluster.name);
 * }
 * ```
 */
export function paginate<P extends PaginatedPath>(
  akua: PaginatingClient,
  path: P,
  init: MaybeOptionalInit<paths[P], "get"> & AkuaCallOptions & PaginateOptions = {} as never,
): Paginator<PageItem<P>, GetData<P>> {
  const {
    maxItems,
    maxEmptyPages = 100,
    signal,
    params,
    ...rest
  } = init as PaginateOptions & {
    params?: { query?: Record<string, unknown> } & Record<string, unknown>;
  } & Record<string, unknown>;
  const internals = (akua as { [INTERNALS]?: ClientInternals })[INTERNALS];
  const scrub = internals?.scrub ?? ((text: string) => text);
  const fail = (why: string) =>
    new AkuaError(`GET ${path}: ${scrub(why)}`, { outcome: "not-applied", method: "GET", path });
  const get = akua.GET as unknown as (
    path: string,
    init: unknown,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  async function* pages(): AsyncGenerator<GetData<P>> {
    checkOptions(init);
    let cursor = params?.query?.["cursor"] as string | undefined;
    const closesCycle = cycleDetector();
    let empty = 0;
    let yielded = 0;
    for (;;) {
      if (signal?.aborted) {
        throw new AkuaAbortError(`GET ${path}: aborted`, {
          outcome: "not-applied",
          method: "GET",
          path,
          cause: signal.reason,
        });
      }
      const query = { ...params?.query, ...(cursor === undefined ? {} : { cursor }) };
      const page = unwrap(await get(path, { ...rest, signal, params: { ...params, query } })) as PageShape;
      if (!page || !Array.isArray(page.data)) throw fail("a page without a data array");
      yield page as GetData<P>;
      yielded += page.data.length;
      const next = page.next_cursor;
      if (!page.has_more || next == null || (maxItems !== undefined && yielded >= maxItems)) return;
      empty = page.data.length === 0 ? empty + 1 : 0;
      if (empty > maxEmptyPages)
        throw fail(`more than ${maxEmptyPages} empty pages in a row with has_more (maxEmptyPages)`);
      if (next === cursor || closesCycle(String(next)))
        throw fail(`cursor ${JSON.stringify(next)} repeated while has_more`);
      cursor = String(next);
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
