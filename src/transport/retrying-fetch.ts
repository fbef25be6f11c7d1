/**
 * The retry loop. openapi-fetch builds one Request per call and hands it to the
 * per-request `fetch` this module creates: a closure over the operation's method,
 * path template, facts and the call's options. The loop replays that Request as
 * often as the policy (policy.ts) allows, each attempt with its own timeout, all
 * waits on the injected clock, and records what happened for `akuaMeta`.
 *
 * Everything it tells (log lines, failure reasons, errors) is scrubbed of the
 * call's credentials (scrub.ts), whatever the server echoed.
 */
import { startTimer, type Clock } from "../clock.js";
import {
  AkuaAbortError,
  AkuaConnectionError,
  AkuaError,
  AkuaRedirectError,
  AkuaTimeoutError,
  failureSummary,
  isKeyInFlight,
  isStaleEtag,
  parseErrorEnvelope,
  type AkuaErrorDetails,
  type AttemptFailure as FailureReason,
  type Outcome,
} from "../errors.js";
import { ERROR_BODY_BYTES } from "../limits.js";
import { logAttempt, type AkuaLogger } from "../logger.js";
import { setMeta } from "../meta.js";
import { displayUrl, scrubber, scrubCause, sensitiveValues, type Scrub } from "../scrub.js";
import { serveBody } from "./buffered-response.js";
import { IDEMPOTENCY_HEADER, resolveIdempotencyKey } from "./idempotency.js";
import {
  attemptOutcome,
  callOutcome,
  decideRetry,
  neverSent,
  parseRetryAfter,
  repeatability,
  type AttemptFailure,
} from "./policy.js";
import { readBody } from "./read-body.js";

/** Client-wide settings the loop needs. */
export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  clock: Clock;
  random: () => number;
  /** Resolves the bearer token for each attempt (short-lived tokens stay fresh). */
  token: () => string | Promise<string>;
  /** The API's origin: redirects are followed only within it. */
  origin: string;
  logger?: AkuaLogger | undefined;
  /** Token values sent lately, client-wide (bounded): the helpers scrub their errors of them. */
  tokens: Set<string>;
}

/** One logical call. */
export interface CallSpec {
  method: string;
  path: string;
  /** What the spec says of the operation (generated/facts.ts). */
  facts: { idempotencyKey: boolean; retrySafe: boolean };
  maxRetries: number;
  attemptTimeoutMs: number;
  deadlineMs?: number | undefined;
  /** Decoded bytes of a 2xx answer before the call fails (non-2xx: the first 64 KiB are kept). */
  maxResponseBytes: number;
  /** A longer `Retry-After` is not waited: the answer is returned as it is. */
  maxRetryAfterMs: number;
  signal?: AbortSignal | undefined;
  /** A fetch given for this call only (openapi-fetch's per-request `fetch`). */
  fetch?: typeof globalThis.fetch | undefined;
  /** openapi-fetch's `parseAs: "stream"`: a successful answer's body is not read by the loop. */
  streamBody?: boolean;
  /** The body as openapi-fetch serialized it, when the client captured it (a string is replayed as is). */
  serializedBody?: () => unknown;
  /** Request body fields marked `x-akua-sensitive` (generated facts): their values are scrubbed too. */
  sensitive?: readonly string[] | undefined;
  /** Set by the loop: the Response it returned. */
  response?: Response;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** What RFC 9110 allows in a field value: HTAB, SP, visible ASCII, obs-text. */
const INVALID_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
/** How many distinct token values the client remembers for scrubbing. */
const TOKENS_REMEMBERED = 16;
/** Abort reasons of an attempt's controller: cheap sentinels, compared by identity. */
const TIMED_OUT = Symbol("timeout");
const GAVE_UP = Symbol("no answer");
/** A failure that says nothing definitive (for the call's outcome after a stop). */
const UNSURE: AttemptFailure = { kind: "timeout" };

/** Is `token` usable as a header value? (a string token is checked at construction) */
export const validToken = (token: unknown): token is string =>
  typeof token === "string" && token !== "" && !INVALID_HEADER_VALUE.test(token);

/** The `fetch` openapi-fetch calls for one logical call. */
export function createRetryingFetch(config: TransportConfig, call: CallSpec): (request: Request) => Promise<Response> {
  return (request) => runCall(config, call, request);
}

async function runCall(config: TransportConfig, call: CallSpec, request: Request): Promise<Response> {
  const { method, path, facts, signal } = call;
  const clock = config.clock;
  const keyed = facts.idempotencyKey;
  const idempotencyKey = keyed
    ? resolveIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER), method, path)
    : undefined;
  const isWrite = !facts.retrySafe;
  const repeat = repeatability(facts, request.headers.has("if-match"));
  const captured = call.serializedBody?.();
  const body = typeof captured === "string" ? captured : request.body ? await request.arrayBuffer() : undefined;
  const deadline = call.deadlineMs === undefined ? Infinity : clock.now() + call.deadlineMs;
  const maxAttempts = call.maxRetries + 1;
  const failures: FailureReason[] = [];
  const outcomes: Outcome[] = [];
  /** Token values this call sent. */
  const tokens: string[] = [];
  let sensitive: string[] | undefined;
  // Built on failure paths only: the tokens sent, and the call's sensitive request values.
  // Built once per new token this call sent (not once per string scrubbed), so an error
  // envelope of many entries does not rebuild it for each.
  let built: Scrub | undefined;
  let builtFor = -1;
  const scrub: Scrub = (text) => {
    if (builtFor !== tokens.length) {
      built = scrubber([...tokens, ...config.tokens, ...(sensitive ??= sensitiveValues(captured, call.sensitive))]);
      builtFor = tokens.length;
    }
    return built!(text);
  };
  const base = { method, path, idempotencyKey };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortError(attempt - 1);
    const remainingMs = deadline - clock.now();
    if (remainingMs <= 0)
      throw fail(AkuaTimeoutError, attempt - 1, UNSURE, {}, `passed its deadline of ${call.deadlineMs} ms`);
    const timeoutMs = Math.min(call.attemptTimeoutMs, remainingMs);
    const result = await attemptOnce(config, call, request, body, idempotencyKey, repeat, timeoutMs, tokens);

    let delayMs: number | undefined;
    if ("stop" in result) {
      outcomes.push(result.outcome);
      const reason = scrub(result.stop);
      failures.push({ attempt, reason });
      log(attempt, reason, result.status, undefined, true);
      const { aborted, location } = result;
      throw fail(aborted ? AkuaAbortError : location === undefined ? AkuaError : AkuaRedirectError, attempt, UNSURE, {
        status: result.status,
        cause: aborted ? signal?.reason : scrubCause(result.cause, scrub),
        location: location === undefined ? location : scrub(location),
      });
    }
    if (result.response) {
      const response = result.response;
      const failure = response.status < 400 ? "ok" : statusFailure(response, result.errorBody, clock.now());
      outcomes.push(result.processed ? "applied" : attemptOutcome(failure, isWrite));
      if (failure === "ok" || result.processed) return finish(response, attempt, failure);
      const reason = scrub(`${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      const decision = decide(failure, attempt, reason);
      if (decision.retry) delayMs = decision.delayMs;
      else if (decision.because === "retry-after") {
        const asked = Math.ceil((decision.delayMs ?? 0) / 1000);
        return finish(
          response,
          attempt,
          failure,
          `Retry-After asked for ${asked} s, over maxRetryAfterMs (${call.maxRetryAfterMs} ms), which raises the cap`,
        );
      } else return finish(response, attempt, failure);
      failures.push({ attempt, reason });
    } else {
      const { failure } = result;
      const reason = scrub(result.reason);
      outcomes.push(attemptOutcome(failure, isWrite));
      const decision = decide(failure, attempt, reason);
      failures.push({ attempt, reason });
      if (!decision.retry) {
        const timedOut = failure.kind === "timeout";
        throw fail(timedOut ? AkuaTimeoutError : AkuaConnectionError, attempt, failure, {
          cause: timedOut ? undefined : scrubCause(result.cause, scrub),
        });
      }
      delayMs = decision.delayMs;
    }
    try {
      await clock.sleep(delayMs, signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(attempt);
      throw error;
    }
  }

  function abortError(attempts: number): AkuaAbortError {
    return fail(AkuaAbortError, attempts, UNSURE, { cause: signal?.reason }, "aborted");
  }

  /** The error that ends the call: `METHOD /path failed after N attempts: #1 ...; outcome ...`. */
  function fail<E extends AkuaError>(
    Err: new (message: string, details: AkuaErrorDetails & { location: string }) => E,
    attempts: number,
    last: AttemptFailure,
    extra: Partial<AkuaErrorDetails & { location: string }>,
    what = "failed",
  ): E {
    const outcome = callOutcome(outcomes, last, keyed);
    return new Err(`${method} ${path} ${what}${failureSummary(failures)}${outcomeNote(outcome, repeat)}`, {
      ...base,
      outcome,
      attempts,
      failures,
      ...(extra as { location: string }),
    });
  }

  function log(attempt: number, reason: string, status?: number, retryInMs?: number, ended?: boolean): void {
    const level = ended || (retryInMs === undefined && status === undefined) ? "error" : "warn";
    logAttempt(config.logger, { ...base, attempt, maxAttempts, status, reason, retryInMs }, level);
  }

  /**
   * Applies the policy to a failed attempt and logs it.
   * @throws AkuaTimeoutError when waiting (backoff or Retry-After) would pass the deadline
   */
  function decide(failure: AttemptFailure, attempt: number, reason: string) {
    const decision = decideRetry({
      failure,
      repeatability: repeat,
      attempt,
      maxRetries: call.maxRetries,
      remainingMs: deadline - clock.now(),
      maxRetryAfterMs: call.maxRetryAfterMs,
      random: config.random,
    });
    const status = failure.kind === "status" ? failure.status : undefined;
    log(attempt, reason, status, decision.retry ? decision.delayMs : undefined);
    if (decision.retry || decision.because !== "deadline") return decision;
    failures.push({ attempt, reason });
    const left = Math.max(0, Math.round(deadline - clock.now()));
    const wait = `${decision.delayMs} ms${failure.kind === "status" && failure.retryAfterMs !== undefined ? " (Retry-After)" : ""}`;
    throw fail(
      AkuaTimeoutError,
      attempt,
      failure,
      { status },
      `stopped: waiting ${wait} would pass the deadline (${left} ms left)`,
    );
  }

  function finish(response: Response, attempts: number, last: AttemptFailure | "ok", notRetried?: string): Response {
    if (last === "ok" && config.logger)
      logAttempt(config.logger, { ...base, attempt: attempts, maxAttempts, status: response.status }, "info");
    const outcome = callOutcome(outcomes, last, keyed);
    setMeta(
      response,
      method,
      path,
      idempotencyKey,
      attempts,
      [...failures],
      outcome,
      response.ok ? undefined : scrub,
      notRetried,
    );
    call.response = response;
    return response;
  }
}

type AttemptResult =
  | { response: Response; errorBody: unknown; processed: boolean }
  | { response?: undefined; failure: AttemptFailure; reason: string; cause?: unknown }
  | {
      /** The attempt ended the call: why (unscrubbed), with the attempt's outcome. */
      stop: string;
      outcome: Outcome;
      cause?: unknown;
      status?: number;
      /** A redirect that was not followed (shown without userinfo). */
      location?: string;
      aborted?: boolean;
    };

/**
 * One attempt: gets the token, sends the request with its own timeout (which covers
 * the token too), follows same-origin redirects that are safe to follow, and reads
 * the body (bounded) before the timeout ends, so a connection dropped mid-body is a
 * retryable failure, not a parse error later, except a successful body the caller
 * asked to stream (`parseAs: "stream"`).
 */
async function attemptOnce(
  config: TransportConfig,
  call: CallSpec,
  request: Request,
  body: string | ArrayBuffer | undefined,
  idempotencyKey: string | undefined,
  repeat: string,
  timeoutMs: number,
  tokens: string[],
): Promise<AttemptResult> {
  // One controller per attempt. `end` aborts it (with a cheap sentinel, not a DOMException,
  // on timeout) and rejects `ended`, which every await below races: Node's fetch loses the
  // abort of a Request that was garbage-collected (nodejs/undici#4068), which would silently
  // disable attempt timeouts, deadlines and the caller's signal. Racing a promise costs far
  // less than an abort listener per await.
  const controller = new AbortController();
  let end!: (reason: unknown) => void;
  const ended = new Promise<never>((_, reject) => {
    end = (reason) => {
      controller.abort(reason);
      reject(reason);
    };
  });
  ended.catch(() => {});
  const race = <T>(promise: Promise<T>) => Promise.race([promise, ended]);
  const cancelTimer = startTimer(config.clock, timeoutMs, () => end(TIMED_OUT));
  const onAbort = () => end(call.signal?.reason);
  call.signal?.addEventListener("abort", onAbort, { once: true });
  if (call.signal?.aborted) onAbort();
  const fetchImpl = call.fetch ?? config.fetch;
  const isWrite = !call.facts.retrySafe;
  let answered = false;
  let sent = false;
  let processed = false;
  let target = request.url;
  try {
    // The token, inside the attempt's budget (timeout, deadline, signal).
    let token: unknown;
    try {
      const pending = config.token();
      token = typeof pending === "string" ? pending : await race(pending);
    } catch (error) {
      if (controller.signal.aborted) throw error;
      return { stop: "the token function threw", outcome: "not-applied", cause: error };
    }
    // A token the client already sent was checked then (only valid ones are remembered).
    if (!config.tokens.has(token as string)) {
      if (!validToken(token)) {
        return {
          stop: `the token function returned ${typeof token === "string" && token ? "a value with a character not allowed in a header (CR, LF, NUL, ...)" : "no token"}`,
          outcome: "not-applied",
        };
      }
      config.tokens.add(token);
      if (config.tokens.size > TOKENS_REMEMBERED) config.tokens.delete(config.tokens.values().next().value!);
    }
    if (!tokens.includes(token as string)) tokens.push(token as string);
    // A copy per attempt: the token never lands on the Request that middleware sees.
    const headers = new Headers(request.headers);
    headers.set("authorization", `Bearer ${token}`);
    if (idempotencyKey) headers.set(IDEMPOTENCY_HEADER, idempotencyKey);

    let method = call.method;
    let payload = body;
    for (let hop = 0; ; hop++) {
      const init = { method, headers, body: payload, signal: controller.signal, redirect: "manual" } as const;
      sent = true;
      // fetch(url, init) builds one Request, not two.
      const response = await race(fetchImpl(target, init));
      const status = response.status;
      if (response.type === "opaqueredirect") {
        return { stop: "a redirect the browser does not show: not followed", outcome: unsure(), location: "(hidden)" };
      }
      const location = REDIRECT_STATUSES.has(status) ? response.headers.get("location") : null;
      if (location === null) {
        // A stream the caller asked for is handed over unread (timeouts covered its headers).
        if (call.streamBody && status < 400) {
          answered = true;
          return { response, errorBody: undefined, processed };
        }
        const ok = status < 400;
        const limit = ok ? call.maxResponseBytes : Math.min(ERROR_BODY_BYTES, call.maxResponseBytes);
        const read = await readBody(response, limit, race, !ok);
        if (ok && !read.complete) {
          return {
            stop: `the ${status} answer is larger than maxResponseBytes (${call.maxResponseBytes} bytes): not read`,
            outcome: "applied",
            status,
          };
        }
        answered = true;
        const errorBody = ok ? undefined : parseJson(read.bytes);
        return { response: serveBody(response, read.bytes), errorBody, processed };
      }
      // The redirect's own body is not wanted: release its connection.
      response.body?.cancel().catch(() => {});
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        return { stop: `${status} with an invalid Location: not followed`, outcome: unsure(), location: "" };
      }
      const shown = displayUrl(next);
      // 303: the write was processed; what follows is a GET of its result.
      if (status === 303 && method !== "GET" && method !== "HEAD") processed = true;
      let why: string | undefined;
      if (status !== 303 && repeat === "unsafe" && method === call.method) {
        why = "a write without idempotency key or if-match is sent once";
      } else if (next.origin !== config.origin) {
        why = `it leaves ${config.origin}; nothing was sent there`;
      } else if (hop >= MAX_REDIRECTS) {
        why = `more than ${MAX_REDIRECTS} redirects; the request was sent ${hop + 1} times within ${config.origin}`;
      }
      if (why)
        return { stop: `${status} to ${shown} not followed: ${why}`, outcome: unsure(), location: shown, status };
      if (status === 303) {
        method = "GET";
        payload = undefined;
      }
      target = next.href;
    }
  } catch (error) {
    if (call.signal?.aborted) return { stop: "aborted", outcome: unsure(), aborted: true };
    if (controller.signal.reason === TIMED_OUT) {
      return {
        failure: { kind: "timeout", neverSent: !sent },
        reason: `attempt timed out after ${timeoutMs} ms${sent ? "" : " (waiting for the token)"}`,
      };
    }
    return {
      failure: { kind: "network", neverSent: neverSent(error) },
      reason: networkReason(error, target),
      cause: error,
    };
  } finally {
    cancelTimer();
    call.signal?.removeEventListener("abort", onAbort);
    // An attempt that ends without an answer aborts whatever fetch still holds open.
    if (!answered) controller.abort(GAVE_UP);
  }

  /** The outcome of an attempt that ended without an answer it could use. */
  function unsure(): Outcome {
    return processed ? "applied" : sent && isWrite ? "unknown" : "not-applied";
  }
}

function statusFailure(response: Response, errorBody: unknown, now: number): AttemptFailure {
  const errors = parseErrorEnvelope(errorBody, response.status);
  return {
    kind: "status",
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now),
    keyInFlight: isKeyInFlight(response.status, errors),
    staleEtag: isStaleEtag(response.status, errors),
  };
}

function parseJson(buffer: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(buffer));
  } catch {
    return undefined;
  }
}

/** A short reason naming the host and the cause chain's code: `network error at api.akua.dev:443 (ECONNRESET)`. */
function networkReason(error: unknown, target: string): string {
  const url = new URL(target);
  const at = `network error at ${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return `${at} (${code})`;
  }
  return error instanceof Error ? `${at}: ${error.message}` : at;
}

function outcomeNote(outcome: Outcome, repeat: string): string {
  if (outcome !== "unknown") return "";
  return `; outcome unknown: it may have been applied${repeat === "unsafe" ? " (no idempotency key or if-match: not repeated)" : ""}`;
}
