/**
 * Client options: their documentation, defaults, the environment fallback and
 * validation at construction (a bad option fails before any request is sent).
 * Precedence: explicit option, then environment (AKUA_TOKEN, AKUA_BASE_URL), then default.
 */
import { systemClock, type Clock } from "./clock.js";
import { checkOptions, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRY_AFTER_MS } from "./limits.js";
import { envLogger, type AkuaLogger } from "./logger.js";
import { validToken } from "./transport/retrying-fetch.js";
import { VERSION } from "./version.js";

/** Options of {@link createAkuaClient}. */
export interface AkuaClientOptions {
  /**
   * API token, or a function returning one (possibly async), called before every
   * attempt so short-lived tokens stay fresh, inside the call's deadline, attempt
   * timeout and signal. Without a token here or in the environment, or with one that
   * holds a character not allowed in a header (CR, LF, NUL, ...),
   * {@link createAkuaClient} throws; a token function that throws or returns such a
   * value fails the call with an {@link AkuaError}.
   * @default the `AKUA_TOKEN` environment variable, where an environment exists
   */
  token?: string | (() => string | Promise<string>);
  /**
   * Base URL of the API; trailing slashes are dropped. Plain `http:` is accepted
   * only for loopback hosts, and the URL must not carry credentials.
   * @default `AKUA_BASE_URL`, else `"https://api.akua.dev/v1"`
   */
  baseUrl?: string;
  /** Workspace id (`ws_...`) sent as `akua-context`; only needed for tokens that reach several workspaces. */
  context?: string;
  /**
   * Retries after the first attempt, for failures the retry rules allow (per call too);
   * an integer from 0 to 100.
   * @default 2
   */
  maxRetries?: number;
  /**
   * Timeout of one attempt in milliseconds, the token function, headers and body
   * included (per call too); an integer from 1 to 2^31-1.
   * @default 60000
   */
  attemptTimeoutMs?: number;
  /**
   * Deadline of one logical call, across attempts and waits, in milliseconds (per call
   * too); a finite number >= 0. No deadline by default.
   */
  deadlineMs?: number;
  /**
   * Most decoded bytes of one answer (per call too), counted as they arrive, so a
   * compressed bomb or an endless body stops there: the call fails with an
   * {@link AkuaError} (not retried; a 2xx write is `applied`). A non-2xx answer's body
   * is read up to 64 KiB. An integer from 1 to 2^28; `parseAs: "stream"` is not limited.
   * @default 33554432 (32 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Longest `Retry-After` to wait, in milliseconds (per call too): a 429/503 asking for
   * longer is returned at once without retrying (`akuaMeta(response).notRetried` says
   * why; `unwrap` throws its {@link AkuaApiError}). An integer from 0 to 2^31-1.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * The fetch implementation.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Extra headers for every request.
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Receives one line per attempt; never a credential. `console` works (one line per attempt).
   * @default a stderr logger at the level of `AKUA_LOG` (`debug`, `info`, `warn`, `error`;
   *   `off` or unset: none), where an environment exists
   */
  logger?: AkuaLogger;
  /**
   * Every wait goes through it: backoff, Retry-After, attempt timeouts, deadlines, waiters.
   * @default {@link systemClock}
   */
  clock?: Clock;
  /**
   * Randomness for backoff jitter only (idempotency keys use crypto.randomUUID).
   * @default Math.random
   */
  random?: () => number;
}

/** Options accepted per call, beside openapi-fetch's own. */
export interface AkuaCallOptions {
  /**
   * Overrides the client's `maxRetries` for this call.
   * @default the client's {@link AkuaClientOptions.maxRetries}
   */
  maxRetries?: number;
  /**
   * Overrides the client's `attemptTimeoutMs` for this call.
   * @default the client's {@link AkuaClientOptions.attemptTimeoutMs}
   */
  attemptTimeoutMs?: number;
  /**
   * Overrides the client's `deadlineMs` for this call.
   * @default the client's {@link AkuaClientOptions.deadlineMs}
   */
  deadlineMs?: number;
  /**
   * Overrides the client's `maxResponseBytes` for this call.
   * @default the client's {@link AkuaClientOptions.maxResponseBytes}
   */
  maxResponseBytes?: number;
  /**
   * Overrides the client's `maxRetryAfterMs` for this call.
   * @default the client's {@link AkuaClientOptions.maxRetryAfterMs}
   */
  maxRetryAfterMs?: number;
  /** Aborts the call, including any backoff wait, at once, with an {@link AkuaAbortError}. */
  signal?: AbortSignal;
}

export const DEFAULT_BASE_URL = "https://api.akua.dev/v1";

/** Options after defaults, environment and validation. */
export interface ResolvedOptions {
  token: () => string | Promise<string>;
  baseUrl: string;
  origin: string;
  context: string | undefined;
  maxRetries: number;
  attemptTimeoutMs: number;
  deadlineMs: number | undefined;
  maxResponseBytes: number;
  maxRetryAfterMs: number;
  fetch: typeof globalThis.fetch;
  headers: Record<string, string>;
  logger: AkuaLogger | undefined;
  clock: Clock;
  random: () => number;
  userAgent: string | undefined;
}

/** Reads an environment variable where one exists; never throws (Deno without --allow-env, browsers). */
export function readEnv(name: string): string | undefined {
  try {
    const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
    const value = g.process?.env?.[name];
    return value === "" ? undefined : value;
  } catch {
    return undefined;
  }
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Applies defaults and the environment, and validates.
 * @throws TypeError naming the bad option (never its secret value)
 */
export function resolveOptions(options: AkuaClientOptions = {}): ResolvedOptions {
  const token = options.token ?? readEnv("AKUA_TOKEN");
  if (token === undefined || token === "") {
    throw new TypeError("akua-sdk: no API token: pass { token } or set AKUA_TOKEN");
  }
  if (typeof token !== "string" && typeof token !== "function") {
    throw new TypeError("akua-sdk: token must be a string or a function returning one");
  }
  if (typeof token === "string" && !validToken(token)) {
    throw new TypeError("akua-sdk: token holds a character not allowed in a header (CR, LF, NUL, ...)");
  }
  const baseUrl = (options.baseUrl ?? readEnv("AKUA_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`akua-sdk: baseUrl is not a valid URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`akua-sdk: baseUrl must be https (got ${url.protocol})`);
  }
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname)) {
    throw new TypeError(
      `akua-sdk: refusing plain http to ${url.hostname}: the token would travel unencrypted (http is allowed for loopback only)`,
    );
  }
  if (url.username || url.password) throw new TypeError("akua-sdk: baseUrl must not contain credentials");
  checkOptions(options);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new TypeError("akua-sdk: no fetch: pass { fetch } on this runtime");
  return {
    token: typeof token === "string" ? () => token : token,
    baseUrl,
    origin: url.origin,
    context: options.context,
    maxRetries: options.maxRetries ?? 2,
    attemptTimeoutMs: options.attemptTimeoutMs ?? 60_000,
    deadlineMs: options.deadlineMs,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    fetch: fetchImpl,
    headers: options.headers ?? {},
    logger: options.logger ?? envLogger(readEnv("AKUA_LOG")),
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    userAgent: canSetUserAgent() ? `akua-sdk/${VERSION}` : undefined,
  };
}

/** Browsers (and workers) forbid setting User-Agent; servers and CLIs do not. */
function canSetUserAgent(): boolean {
  const g = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return g.document === undefined && g.WorkerGlobalScope === undefined;
}
