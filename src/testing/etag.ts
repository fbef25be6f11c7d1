/**
 * Etags and `if-match` preconditions.
 *
 * Every write of a resource takes the next value of one counter per fake
 * (`"1"`, `"2"`, ...), so an etag changes on every write and never comes back.
 * Bodies carry the bare value (`etag: "17"`); the `ETag` header carries the
 * quoted form (`ETag: "17"`). `if-match` is compared after stripping `W/` and
 * quotes; `*` matches any existing resource, and a comma-separated list
 * matches when any member does. Internal to the fake server.
 */
import { ApiError } from "./envelope.js";

/** Issues etag values. */
export class EtagCounter {
  private value = 0;

  /** The next etag value. */
  next(): string {
    this.value += 1;
    return String(this.value);
  }

  /** Starts over. */
  reset(): void {
    this.value = 0;
  }
}

/** The `ETag` header value for a body etag: `17` -> `"17"`. */
export function etagHeader(etag: string): string {
  return `"${etag}"`;
}

/** `W/"17"` -> `17`, `"17"` -> `17`, `17` -> `17`. */
export function normalizeEtag(value: string): string {
  let v = value.trim();
  if (v.startsWith("W/") || v.startsWith("w/")) v = v.slice(2);
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  return v;
}

/** Whether an `if-match` header value matches the current etag. */
export function ifMatchMatches(header: string, current: string): boolean {
  return header.split(",").some((part) => {
    const candidate = part.trim();
    return candidate === "*" || normalizeEtag(candidate) === current;
  });
}

/**
 * Enforces `if-match` against a resource's current etag: nothing to do when
 * the header is absent (the validator already refused a missing required
 * one), else a 409 with `metadata` `{ reason: "ABORTED", current_etag }` when it does not match.
 */
export function checkIfMatch(header: string | undefined, current: string, what: string): void {
  if (header === undefined || ifMatchMatches(header, current)) return;
  throw new ApiError(409, `The ${what} was modified since it was read (if-match does not match the current etag).`, {
    metadata: { reason: "ABORTED", current_etag: current },
  });
}
