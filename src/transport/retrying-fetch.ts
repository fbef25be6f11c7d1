/**
 * The retry loop. openapi-fetch builds one Request per call and hands it to the
 * per-request `fetch` this module creates: a closure over the operation's method,
 * path template, facts and the call's options. The loop replays that Request as
 * often as the policy (policy.ts) allows, each attempt with its own timeout, all
 * waits on the injected clock, and records what happened for `akuaMeta`.
 */
import { startTimer, type Clock } from "../clock.js";
import {
  AkuaConnectionError,
  AkuaError,
  AkuaRedirectError,
  AkuaTimeoutError,
  isKeyInFlight,
  isStaleEtag,
  parseErrorEnvelope,
  type AttemptFailure as FailureReason,
  type Outcome,
} from "../errors.js";
import { logAttempt, type AkuaLogger } from "../logger.js";
import { setMeta } from "../meta.js";
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
  signal?: AbortSignal | undefined;
  /** A fetch given for this call only (openapi-fetch's per-request `fetch`). */
  fetch?: typeof globalThis.fetch | undefined;
  /** openapi-fetch's `parseAs: "stream"`: a successful answer's body is not read by the loop. */
  streamBody?: boolean;
  /** The body as openapi-fetch serialized it, when the client captured it (a string is replayed as is). */
  serializedBody?: () => unknown;
}

const MAX_REDIRECTS = 5;
/** Abort reasons of an attempt's controller: cheap sentinels, compared by identity. */
const TIMED_OUT = Symbol("timeout");
const GAVE_UP = Symbol("no answer");

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
  const base = { method, path, idempotencyKey };

  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    const remainingMs = deadline - clock.now();
    if (remainingMs <= 0) {
      throw new AkuaTimeoutError(
        `${method} ${path}: deadline of ${call.deadlineMs} ms passed${failureSummary(failures)}`,
        {
          ...base,
          outcome: callOutcome(outcomes.length ? outcomes : ["not-applied"], { kind: "timeout" }, keyed),
          attempts: attempt - 1,
          failures,
        },
      );
    }
    // A copy per attempt: the token never lands on the Request that middleware sees.
    const headers = new Headers(request.headers);
    const token = config.token();
    headers.set("authorization", `Bearer ${typeof token === "string" ? token : await token}`);
    if (idempotencyKey) headers.set(IDEMPOTENCY_HEADER, idempotencyKey);

    const timeoutMs = Math.min(call.attemptTimeoutMs, remainingMs);
    const result = await attemptOnce(config, call, request.url, headers, body, timeoutMs);

    let reason: string;
    let delayMs: number | undefined;
    if (result.response) {
      const response = result.response;
      const failure = response.status < 400 ? "ok" : statusFailure(response, result.errorBody, clock.now());
      reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      outcomes.push(attemptOutcome(failure, isWrite));
      if (failure !== "ok") delayMs = retryDelayOrThrow(failure, attempt, reason);
      if (delayMs === undefined) return finish(response, attempt, failure);
    } else {
      const failure = result.failure;
      reason = result.reason;
      outcomes.push(attemptOutcome(failure, isWrite));
      delayMs = retryDelayOrThrow(failure, attempt, reason);
      if (delayMs === undefined) {
        const outcome = callOutcome(outcomes, failure, keyed);
        const Err = failure.kind === "timeout" ? AkuaTimeoutError : AkuaConnectionError;
        failures.push({ attempt, reason });
        throw new Err(`${method} ${path} failed${failureSummary(failures)}${outcomeNote(outcome, repeat)}`, {
          ...base,
          outcome,
          attempts: attempt,
          failures,
          cause: result.cause,
        });
      }
    }
    failures.push({ attempt, reason });
    await clock.sleep(delayMs, signal);
  }

  /**
   * Applies the policy and logs the attempt.
   * @returns the delay before the next attempt, or undefined to stop
   * @throws AkuaTimeoutError when waiting (backoff or Retry-After) would pass the deadline
   */
  function retryDelayOrThrow(failure: AttemptFailure, attempt: number, reason: string): number | undefined {
    const decision = decideRetry({
      failure,
      repeatability: repeat,
      attempt,
      maxRetries: call.maxRetries,
      remainingMs: deadline - clock.now(),
      random: config.random,
    });
    const status = failure.kind === "status" ? failure.status : undefined;
    logAttempt(
      config.logger,
      { ...base, attempt, maxAttempts, status, reason, retryInMs: decision.retry ? decision.delayMs : undefined },
      false,
    );
    if (decision.retry) return decision.delayMs;
    if (decision.because === "deadline") {
      const all = [...failures, { attempt, reason }];
      throw new AkuaTimeoutError(
        `${method} ${path}: waiting ${decision.delayMs} ms${
          failure.kind === "status" && failure.retryAfterMs !== undefined ? " (Retry-After)" : ""
        } would pass the deadline (${Math.max(0, Math.round(deadline - clock.now()))} ms left)${failureSummary(all)}`,
        { ...base, outcome: callOutcome(outcomes, failure, keyed), attempts: attempt, failures: all },
      );
    }
    return undefined;
  }

  function finish(response: Response, attempts: number, last: AttemptFailure | "ok"): Response {
    if (last === "ok" && config.logger)
      logAttempt(config.logger, { ...base, attempt: attempts, maxAttempts, status: response.status }, true);
    setMeta(response, method, path, idempotencyKey, attempts, [...failures], callOutcome(outcomes, last, keyed));
    return response;
  }
}

type AttemptResult =
  | { response: Response; errorBody: unknown }
  | { response?: undefined; failure: AttemptFailure; reason: string; cause: unknown };

/**
 * One attempt: sends the request with its own timeout, follows same-origin
 * redirects, and reads the whole body before the timeout ends (so a connection
 * dropped mid-body is a retryable failure, not a parse error later), except a
 * successful body the caller asked to stream (`parseAs: "stream"`).
 */
async function attemptOnce(
  config: TransportConfig,
  call: CallSpec,
  url: string,
  headers: Headers,
  body: string | ArrayBuffer | undefined,
  timeoutMs: number,
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
  const cancelTimer = startTimer(config.clock, timeoutMs, () => end(TIMED_OUT));
  const onAbort = () => end(call.signal?.reason);
  call.signal?.addEventListener("abort", onAbort, { once: true });
  if (call.signal?.aborted) onAbort();
  const fetchImpl = call.fetch ?? config.fetch;
  let answered = false;
  try {
    let method = call.method;
    let target = url;
    let payload = body;
    for (let hop = 0; ; hop++) {
      const init = { method, headers, body: payload, signal: controller.signal, redirect: "manual" } as const;
      // fetch(url, init) builds one Request, not two.
      const response = await Promise.race([fetchImpl(target, init), ended]);
      const redirect = redirectTarget(response, target, config.origin, call);
      if (redirect === undefined) {
        // A stream the caller asked for is handed over unread (timeouts covered its headers).
        if (call.streamBody && response.status < 400) {
          answered = true;
          return { response, errorBody: undefined };
        }
        const buffer = await Promise.race([response.arrayBuffer(), ended]);
        const errorBody = response.status >= 400 ? parseJson(buffer) : undefined;
        answered = true;
        return { response: serveBody(response, buffer), errorBody };
      }
      // The redirect's own body is not wanted: release its connection.
      response.body?.cancel().catch(() => {});
      if (hop >= MAX_REDIRECTS) throw redirectError(call, target, `more than ${MAX_REDIRECTS} redirects`);
      if (response.status === 303) {
        method = "GET";
        payload = undefined;
      }
      target = redirect;
    }
  } catch (error) {
    if (error instanceof AkuaError) throw error;
    if (call.signal?.aborted) throw call.signal.reason;
    if (controller.signal.reason === TIMED_OUT) {
      return { failure: { kind: "timeout" }, reason: `attempt timed out after ${timeoutMs} ms`, cause: error };
    }
    return { failure: { kind: "network", neverSent: neverSent(error) }, reason: networkReason(error), cause: error };
  } finally {
    cancelTimer();
    call.signal?.removeEventListener("abort", onAbort);
    // An attempt that ends without an answer aborts whatever fetch still holds open.
    if (!answered) controller.abort(GAVE_UP);
  }
}

/** The URL to follow for a same-origin redirect; undefined for a final answer; throws for another origin. */
function redirectTarget(response: Response, current: string, origin: string, call: CallSpec): string | undefined {
  if (response.type === "opaqueredirect") {
    throw redirectError(call, "(hidden)", "a browser does not say where");
  }
  if (![301, 302, 303, 307, 308].includes(response.status)) return undefined;
  const location = response.headers.get("location");
  if (!location) return undefined;
  const next = new URL(location, current);
  if (next.origin !== origin) throw redirectError(call, next.href, `it leaves ${origin}`);
  return next.href;
}

function redirectError(call: CallSpec, location: string, why: string): AkuaRedirectError {
  return new AkuaRedirectError(
    `${call.method} ${call.path}: refused to follow a redirect to ${location} (${why}); nothing was sent there`,
    { outcome: "not-applied", method: call.method, path: call.path, location },
  );
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

/** A short reason from an error's cause chain: `network error (ECONNRESET)`. */
function networkReason(error: unknown): string {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return `network error (${code})`;
  }
  return error instanceof Error ? `network error: ${error.message}` : "network error";
}

function failureSummary(failures: readonly FailureReason[]): string {
  if (failures.length === 0) return "";
  const n = failures.length;
  return ` after ${n} attempt${n === 1 ? "" : "s"}: ${failures.map((f) => `#${f.attempt} ${f.reason}`).join("; ")}`;
}

function outcomeNote(outcome: Outcome, repeat: string): string {
  if (outcome !== "unknown") return "";
  return `; outcome unknown: it may have been applied${repeat === "unsafe" ? " (no idempotency key or if-match: not repeated)" : ""}`;
}
