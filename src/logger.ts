/**
 * The optional logger: one line per attempt. It receives only what is safe to
 * show (method, path template, status, attempt, delay, idempotency key, a short
 * reason scrubbed of every credential); never a token, a header value or a body.
 * Without a `logger` option, `AKUA_LOG=debug|info|warn|error` (where an environment
 * exists) writes those lines to stderr.
 */

/**
 * Anything with console-like methods; `console` itself works (it gets the line alone,
 * so each attempt is one line). Each attempt gives one call with a formatted line, e.g.
 * `POST /clusters -> 503 (attempt 1/3, 503 Service Unavailable, retry in 412 ms, key 5b0e…)`,
 * and the same facts as {@link AttemptLogFields}. All methods are optional.
 */
export interface AkuaLogger {
  /** Receives successful attempts when there is no `info`. */
  debug?(message: string, fields?: AttemptLogFields): void;
  /** Receives successful attempts, and failed ones when there is no `warn`. */
  info?(message: string, fields?: AttemptLogFields): void;
  /** Receives failed attempts that were retried or answered (a 4xx/5xx), and `error`'s when there is no `error`. */
  warn?(message: string, fields?: AttemptLogFields): void;
  /** Receives the failed attempt that ended a call without an answer (network, timeout, redirect, abort, ...). */
  error?(message: string, fields?: AttemptLogFields): void;
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
   * network reason (`network error at api.akua.dev:443 (ECONNRESET)`).
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

/** How an attempt ended, for the logger: success, a failure answered or retried, or the call's end without an answer. */
export type AttemptLevel = "info" | "warn" | "error";

/** Logs one attempt at its level, falling back to the next method the logger has. */
export function logAttempt(logger: AkuaLogger | undefined, fields: AttemptLogFields, level: AttemptLevel): void {
  if (!logger) return;
  const sink =
    level === "info"
      ? (logger.info ?? logger.debug)
      : ((level === "error" ? logger.error : undefined) ?? logger.warn ?? logger.info);
  const line = formatAttempt(fields);
  // `console` itself prints every argument: give it the line alone.
  if (logger === globalThis.console) sink?.call(logger, line);
  else sink?.call(logger, line, fields);
}

const LEVELS = ["debug", "info", "warn", "error"] as const;

/**
 * The logger `AKUA_LOG` asks for: `debug` or `info` (every attempt), `warn` (failed
 * attempts), `error` (calls that ended without an answer), each line to stderr
 * (`console.error`) prefixed `[akua-sdk]`; `off`, empty or anything else: none.
 */
export function envLogger(value: string | undefined): AkuaLogger | undefined {
  const from = LEVELS.indexOf(value?.trim().toLowerCase() as never);
  if (from < 0) return undefined;
  const logger: AkuaLogger = {};
  for (const level of LEVELS.slice(from)) logger[level] = (line) => globalThis.console.error(`[akua-sdk] ${line}`);
  return logger;
}
