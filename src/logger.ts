/**
 * The optional logger: one line per attempt. It receives only what is safe to
 * show (method, path template, status, attempt, delay, idempotency key, a short
 * reason); never a token, a header value or a body.
 */

/** Anything with console-like methods; `console` itself works. */
export interface AkuaLogger {
  debug?(message: string, fields?: AttemptLogFields): void;
  info?(message: string, fields?: AttemptLogFields): void;
  warn?(message: string, fields?: AttemptLogFields): void;
}

/** Structured fields of one attempt's log line. */
export interface AttemptLogFields {
  method: string;
  path: string;
  attempt: number;
  maxAttempts: number;
  status?: number | undefined;
  reason?: string | undefined;
  retryInMs?: number | undefined;
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
