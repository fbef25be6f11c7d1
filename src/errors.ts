/**
 * Error classes and guards. Every error the SDK throws is an `AkuaError`
 * carrying the call's `outcome` (did the write happen?), how many attempts
 * were made and why each failed, and the idempotency key to retry with.
 * Messages never contain tokens, request bodies or sensitive fields.
 */

/**
 * Whether the server applied the call:
 * - `"applied"`: it did (a 2xx answer);
 * - `"not-applied"`: it did not (a definitive rejection, or the request never left);
 * - `"unknown"`: it may have (a dropped connection, a timeout or a 5xx after a write was sent).
 */
export type Outcome = "applied" | "not-applied" | "unknown";

/** Why one attempt failed, e.g. `503 Service Unavailable` or `network error (ECONNRESET)`. */
export interface AttemptFailure {
  /** 1-based attempt number. */
  readonly attempt: number;
  /** A short reason, never containing a token or a body. */
  readonly reason: string;
}

/**
 * What every AkuaError knows about the logical call behind it.
 * @inline
 */
export interface AkuaErrorDetails {
  /** Whether the server applied the call. */
  outcome: Outcome;
  /** The HTTP method. */
  method?: string | undefined;
  /** The path template, e.g. `/clusters/{id}`. */
  path?: string | undefined;
  /** Attempts made (default 1). */
  attempts?: number | undefined;
  /** Why each failed attempt failed, oldest first (default none). */
  failures?: readonly AttemptFailure[] | undefined;
  /** The idempotency key every attempt carried. */
  idempotencyKey?: string | undefined;
  /** The underlying error, set as the Error's `cause`. */
  cause?: unknown;
  /** HTTP status of the final answer, when there was one. */
  status?: number | undefined;
}

// Fields are `declare`d and set in constructors: no class-field code in the bundle.
/** Base class of every error the SDK throws. */
export class AkuaError extends Error {
  /** `"AkuaError"`, or the subclass's name. */
  override name = "AkuaError";
  /** Did the server apply the call? See {@link Outcome}. */
  declare readonly outcome: Outcome;
  /** HTTP method of the call, when the error belongs to one. */
  declare readonly method: string | undefined;
  /** Path template of the call, e.g. `/clusters/{id}`. */
  declare readonly path: string | undefined;
  /** Attempts made (1 when it was not retried). */
  declare readonly attempts: number;
  /** Why each failed attempt failed, oldest first. */
  declare readonly failures: readonly AttemptFailure[];
  /** The idempotency key every attempt carried: retry the same logical call later with it. */
  declare readonly idempotencyKey: string | undefined;
  /** HTTP status of the final answer, when there was one (e.g. a 2xx whose body was not JSON). */
  declare readonly status: number | undefined;

  constructor(message: string, details: AkuaErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.outcome = details.outcome;
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.attempts = details.attempts ?? 1;
    this.failures = details.failures ?? [];
    this.idempotencyKey = details.idempotencyKey;
  }
}

/** One entry of the API's error envelope. */
export interface ApiErrorEntry {
  /** A numeric error code; branch on the HTTP status and `metadata` rather than on it. */
  code: number;
  /** A human-readable description. */
  message: string;
  /** Location of the offending input, for validation errors, e.g. `["body", "region_id"]`. */
  path?: string[];
  /** Machine-readable details, e.g. `reason` and `current_etag` on a stale-etag 409. */
  metadata?: Record<string, string>;
}

/** The server answered with a non-2xx status (thrown by {@link unwrap} and the helpers). */
export class AkuaApiError extends AkuaError {
  /** `"AkuaApiError"`. */
  override name = "AkuaApiError";
  /** HTTP status. */
  declare readonly status: number;
  /** The first error entry's integer code (0 when the body was not the envelope). */
  declare readonly code: number;
  /** Every entry of the error envelope. */
  declare readonly errors: readonly ApiErrorEntry[];
  /** The first entry's metadata (e.g. `reason`, `current_etag`). */
  declare readonly metadata: Readonly<Record<string, string>>;
  /** The server's request id, when a response header carried one. */
  declare readonly requestId: string | undefined;

  constructor(
    message: string,
    details: AkuaErrorDetails & { status: number; errors: readonly ApiErrorEntry[]; requestId?: string | undefined },
  ) {
    super(message, details);
    this.errors = details.errors;
    this.code = details.errors[0]?.code ?? 0;
    this.metadata = details.errors[0]?.metadata ?? {};
    this.requestId = details.requestId;
  }

  /**
   * A 409 saying the `if-match` etag was stale: an entry's metadata has
   * `reason: "ABORTED"` or a current etag (`current_etag` or `etag`). Any other
   * 409 is a plain conflict.
   */
  get isStaleEtag(): boolean {
    return isStaleEtag(this.status, this.errors);
  }
}

/** The request failed on the network after every retry (or could not be retried safely). */
export class AkuaConnectionError extends AkuaError {
  /** `"AkuaConnectionError"`. */
  override name = "AkuaConnectionError";
}

/** The deadline of the call (or of a waiter) passed, or an attempt timed out on its last try. */
export class AkuaTimeoutError extends AkuaError {
  /** `"AkuaTimeoutError"`. */
  override name = "AkuaTimeoutError";
}

/**
 * A redirect that was not followed: one outside the API's origin (fetch would re-send the
 * body there), one that would re-send a write that is sent once (no idempotency key,
 * `if-match` or retry-safe mark), or a chain longer than 5 hops.
 */
export class AkuaRedirectError extends AkuaError {
  /** `"AkuaRedirectError"`. */
  override name = "AkuaRedirectError";
  /** Where the server tried to send the request (without any `user:password@`). */
  declare readonly location: string;
  constructor(message: string, details: AkuaErrorDetails & { location: string }) {
    super(message, details);
    this.location = details.location;
  }
}

/**
 * The caller's `signal` aborted the call or the helper. `name` is `"AbortError"`, so
 * checks written for fetch's abort keep working; `cause` is the signal's reason. An
 * aborted write may still land (`outcome: "unknown"`): retry it with `idempotencyKey`.
 */
export class AkuaAbortError extends AkuaError {
  /** `"AbortError"`, as fetch's own abort error. */
  override name = "AbortError";
}

/** Details of an abort error built outside a call (helpers, between calls). */
export const aborted = (signal: AbortSignal, details: Omit<AkuaErrorDetails, "outcome"> & { outcome?: Outcome } = {}) =>
  new AkuaAbortError(`${details.method ? `${details.method} ${details.path}: ` : ""}aborted`, {
    outcome: "not-applied",
    ...details,
    cause: signal.reason,
  });

/** Throws an {@link AkuaAbortError} when `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, details?: Omit<AkuaErrorDetails, "outcome">): void {
  if (signal?.aborted) throw aborted(signal, details);
}

/** A long-running operation ended FAILED or CANCELLED. */
export class AkuaOperationError extends AkuaError {
  /** `"AkuaOperationError"`. */
  override name = "AkuaOperationError";
  /** The final Operation. */
  declare readonly operation: unknown;
  constructor(message: string, details: AkuaErrorDetails & { operation: unknown }) {
    super(message, details);
    this.operation = details.operation;
  }
}

/**
 * A 409 is a stale etag when any entry's metadata has `reason: "ABORTED"` or a
 * current etag (`current_etag`, else `etag`). Any other 409 is a plain conflict.
 */
export function isStaleEtag(status: number, errors: readonly ApiErrorEntry[]): boolean {
  return (
    status === 409 &&
    errors.some((e) => e.metadata?.["reason"] === "ABORTED" || !!e.metadata?.["current_etag"] || !!e.metadata?.["etag"])
  );
}

/** A 409 that says the same idempotency key is still being processed. */
export function isKeyInFlight(status: number, errors: readonly ApiErrorEntry[]): boolean {
  return status === 409 && errors.some((e) => e.metadata?.["reason"] === "IDEMPOTENCY_KEY_IN_USE");
}

/** Is `error` any SDK error? */
export const isAkuaError = (error: unknown): error is AkuaError => error instanceof AkuaError;
/** Is `error` a non-2xx answer? */
export const isAkuaApiError = (error: unknown): error is AkuaApiError => error instanceof AkuaApiError;
/** Is `error` a network failure? */
export const isAkuaConnectionError = (error: unknown): error is AkuaConnectionError =>
  error instanceof AkuaConnectionError;
/** Is `error` a deadline or timeout? */
export const isAkuaTimeoutError = (error: unknown): error is AkuaTimeoutError => error instanceof AkuaTimeoutError;
/** Is `error` a refused cross-origin redirect? */
export const isAkuaRedirectError = (error: unknown): error is AkuaRedirectError => error instanceof AkuaRedirectError;
/** Is `error` an abort by the caller's signal? */
export const isAkuaAbortError = (error: unknown): error is AkuaAbortError => error instanceof AkuaAbortError;
/** Is `error` a failed or cancelled long-running operation? */
export const isAkuaOperationError = (error: unknown): error is AkuaOperationError =>
  error instanceof AkuaOperationError;
/**
 * Is `error` a stale-etag 409 (worth re-reading and retrying a conditional write)?
 * False when the call's outcome is unknown: an earlier attempt may have landed.
 */
export const isStaleEtagError = (error: unknown): error is AkuaApiError =>
  error instanceof AkuaApiError && error.isStaleEtag && error.outcome !== "unknown";
/** Did the failed call possibly take effect? (Check before repeating a write without an idempotency key.) */
export const isOutcomeUnknown = (error: unknown): error is AkuaError =>
  error instanceof AkuaError && error.outcome === "unknown";

/**
 * Parses an error body into envelope entries; anything else becomes one entry with
 * the status text and a short excerpt of what the body said (a proxy's
 * `{ "message": ... }`, `{ "error": ... }` or plain text).
 */
export function parseErrorEnvelope(body: unknown, status: number, statusText = ""): ApiErrorEntry[] {
  const b = body as { errors?: unknown; message?: unknown; error?: unknown; detail?: unknown } | null;
  const errors = b?.errors;
  if (Array.isArray(errors)) {
    const entries = errors.filter(
      (e): e is ApiErrorEntry => !!e && typeof e === "object" && typeof (e as ApiErrorEntry).message === "string",
    );
    if (entries.length > 0) {
      return entries.map((e) => ({ ...e, code: typeof e.code === "number" ? e.code : status }));
    }
  }
  const said = [body, b?.message, b?.error, (b?.error as { message?: unknown } | null)?.message, b?.detail].find(
    (x): x is string => typeof x === "string" && x.trim() !== "",
  );
  const head = statusText || `HTTP ${status}`;
  return [{ code: 0, message: said ? `${head}: ${said.replace(/\s+/g, " ").trim().slice(0, 160)}` : head }];
}

/** `after 3 attempts: #1 503 Service Unavailable; #2 network error (ECONNRESET); #3 ...` (each attempt once). */
export function failureSummary(failures: readonly AttemptFailure[]): string {
  const n = failures.length;
  return n
    ? ` after ${n} attempt${n > 1 ? "s" : ""}: ${failures.map((f) => `#${f.attempt} ${f.reason}`).join("; ")}`
    : "";
}
