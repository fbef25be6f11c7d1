/**
 * The optional logger: one line per attempt. It receives only what is safe to
 * show (method, path template, status, attempt, delay, idempotency key, a short
 * reason); never a token, a header value or a body.
 */

/**
 * Anything with console-like methods; `console` itself works. Each attempt gives
 * one call with a formatted line, e.g.
 * `POST /clusters -> 503 (attempt 1/3, 503 Service Unavailable, retry in 412 ms, key 5b0e…)`,
 * and the same facts as {@link AttemptLogFields}. All methods are optional.
 */
export interface AkuaLogger {
  /** Receives successful attempts when there is no `info`. */
  debug?(message: string, fields?: AttemptLogFields): void;
  /** Receives successful attempts, and failed ones when there is no `warn`. */
  info?(message: string, fields?: AttemptLogFields): void;
  /** Receives failed attempts (retried or not). */
  warn?(message: string, fields?: AttemptLogFields): void;
}

/** Structured fields of one attempt's log line. */
export interface AttemptLogFields {
  /** HTTP method of the call. */
  method: string;
  /** Path template of the call, e.g. `/clusters/{id}`. */
  path: string;
  /** 1-based number of this attempt. */
  attempt: number;
  /** Attempts allowed for the call (`maxRetries + 1`). */
  maxAttempts: number;
  /** HTTP status of the answer, when there was one. */
  status?: number | undefined;
  /**
   * Why the attempt failed: the status line (`503 Service Unavailable`) or a short
   * network reason (`network error (ECONNRESET)`).
   */
  reason?: string | undefined;
  /** Delay before the next attempt, when one will be made. */
  retryInMs?: number | undefined;
  /** The idempotency key the attempt carried, if any. */
  idempotencyKey?: string | undefined;
}

/** `POST /clusters:import -> 503 (attempt 1/3, retry in 412 ms, key 5b0e…)` */
export function formatAttempt(f: AttemptLogFields): string {
  const result = f.status !== undefined ? String(f.status) : (f.reason ?? "failed");
  const parts = [`attempt ${f.attempt}/${f.maxAttempts}`];
  if (f.status !== undefined && f.reason) parts.push(f.reason);
  if (f.retryInMs !== undefined) parts.push(`retry in ${f.retryInMs} ms`);
  if (f.idempotencyKey) parts.push(`key ${f.idempotencyKey}`);
  return `${f.method} ${f.path} -> ${result} (${parts.join(", ")})`;
}

/** Logs one attempt: info when it succeeded, warn when it failed. */
export function logAttempt(logger: AkuaLogger | undefined, fields: AttemptLogFields, ok: boolean): void {
  if (!logger) return;
  const line = formatAttempt(fields);
  const sink = ok ? (logger.info ?? logger.debug) : (logger.warn ?? logger.info);
  sink?.call(logger, line, fields);
}
