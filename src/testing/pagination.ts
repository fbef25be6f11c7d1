/**
 * Cursor pagination for every list: `limit` 1..100 (default 50), `has_more`,
 * and an opaque `next_cursor`.
 *
 * Cursor format: base64url of `<list>:<seq>`, where `<list>` names the list it
 * came from (a cursor from another list is a 400) and `<seq>` is the immutable
 * creation sequence number of the last item on the page. The next page starts
 * after that position (before it, for newest-first lists), so items created
 * or deleted while a client pages never cause repeats or skips of the others.
 * Internal to the fake server.
 */
import { firstAfter, type Sequenced } from "./collection.js";
import { ApiError } from "./envelope.js";

/** Default page size. */
export const DEFAULT_LIMIT = 50;

/** One page, as every list answers it. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

/** How to read one page. */
export interface PageRequest<T> {
  /** Names the list; cursors are only valid for the list that issued them. */
  list: string;
  cursor: string | undefined;
  limit: number | undefined;
  /** `asc`: oldest first; `desc`: newest first. */
  order: "asc" | "desc";
  /** Keeps only matching records. */
  filter?: (item: T) => boolean;
}

/** Reads one page of `items` (records sorted by `seq`, not yet rendered). */
export function readPage<T extends Sequenced>(items: readonly T[], request: PageRequest<T>): Page<T> {
  const limit = Math.min(100, Math.max(1, request.limit ?? DEFAULT_LIMIT));
  const after = request.cursor === undefined ? undefined : decodeCursor(request.list, request.cursor);
  const data: T[] = [];
  let hasMore = false;
  const filter = request.filter;
  if (request.order === "asc") {
    for (let i = after === undefined ? 0 : firstAfter(items, after); i < items.length; i++) {
      const item = items[i]!;
      if (filter && !filter(item)) continue;
      if (data.length === limit) {
        hasMore = true;
        break;
      }
      data.push(item);
    }
  } else {
    const start = after === undefined ? items.length - 1 : firstAfter(items, after - 1) - 1;
    for (let i = start; i >= 0; i--) {
      const item = items[i]!;
      if (filter && !filter(item)) continue;
      if (data.length === limit) {
        hasMore = true;
        break;
      }
      data.push(item);
    }
  }
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeCursor(request.list, last.seq) : null };
}

/** Maps a page's records to their wire form. */
export function renderPage<T, U>(page: Page<T>, render: (item: T) => U): Page<U> {
  return { data: page.data.map(render), has_more: page.has_more, next_cursor: page.next_cursor };
}

/** `clusters`, 42 -> an opaque cursor. */
export function encodeCursor(list: string, seq: number): string {
  return Buffer.from(`${list}:${seq}`, "utf8").toString("base64url");
}

/** The `seq` a cursor points at; 400 naming `cursor` when it is not one of this list's cursors. */
export function decodeCursor(list: string, cursor: string): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^([a-z_]+(?:\/[A-Za-z0-9_]+)?):(\d+)$/.exec(text);
  if (!match || match[1] !== list) {
    throw new ApiError(400, "The cursor is not valid for this list; pass `next_cursor` back unchanged.", {
      path: ["query", "cursor"],
    });
  }
  return Number(match[2]);
}
