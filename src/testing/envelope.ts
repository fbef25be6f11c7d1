/**
 * The error envelope of every 4xx/5xx answer, exactly the spec's
 * `ApiErrorResponse`: `{ success: false, errors: [{ code, message, path?, metadata? }], result: {} }`.
 *
 * Error codes: the fake sets each entry's integer `code` to the HTTP status of
 * the answer (400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 503, ...). The
 * spec leaves the values open and tells clients to branch on the status and
 * `metadata`, which is what the fake's answers make possible:
 * - stale `if-match`: 409 with `metadata` `{ reason: "ABORTED", current_etag }`;
 * - same idempotency key still running: 409 with `metadata.reason` `IDEMPOTENCY_KEY_IN_USE`;
 * - same idempotency key, other request: 422 with `metadata.reason` `IDEMPOTENCY_KEY_REUSED`;
 * - any other 409 is a plain conflict with `metadata.reason` `CONFLICT`.
 * Internal to the fake server.
 */
import type { components } from "../../generated/openapi.js";

/** One entry of the envelope. */
export type ApiErrorEntry = components["schemas"]["ApiErrorEntry"];
/** The envelope. */
export type ApiErrorResponse = components["schemas"]["ApiErrorResponse"];

/** Thrown by handlers and pipeline steps; the pipeline turns it into an envelope answer. */
export class ApiError extends Error {
  /** Extra response headers (e.g. `WWW-Authenticate`, `Retry-After`). */
  readonly headers: Record<string, string>;
  /** The envelope's entries; the first one carries `message`. */
  readonly entries: ApiErrorEntry[];

  constructor(
    readonly status: number,
    message: string,
    options: { metadata?: Record<string, string>; path?: string[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.headers = options.headers ?? {};
    const entry: ApiErrorEntry = { code: status, message };
    if (options.path) entry.path = options.path;
    if (options.metadata) entry.metadata = options.metadata;
    this.entries = [entry];
  }

  /** An error with several entries (validation: one per failing input). */
  static many(status: number, entries: ApiErrorEntry[]): ApiError {
    const error = new ApiError(status, entries[0]?.message ?? "Invalid request");
    error.entries.splice(0, error.entries.length, ...entries);
    return error;
  }

  /** The envelope body. */
  toBody(): ApiErrorResponse {
    return envelope(this.entries);
  }
}

/** Builds `{ success: false, errors, result: {} }`. */
export function envelope(entries: ApiErrorEntry[]): ApiErrorResponse {
  return { success: false, errors: entries, result: {} };
}

/** 404 for a resource that does not exist in the caller's workspace. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, `${what} ${id} was not found.`);
}

/** A plain 409: the request conflicts with the resource's state (never a stale etag). */
export function conflict(message: string): ApiError {
  return new ApiError(409, message, { metadata: { reason: "CONFLICT" } });
}

/** Standard reason phrases for the statuses the fake answers. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? "Error";
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};
