/**
 * The retry policy, as pure functions: what an attempt's failure means, whether
 * to try again, and how long to wait. The loop in retrying-fetch.ts applies it.
 *
 * Rules (DESIGN.md, "Idempotency and retry"):
 * - retryable: network errors, attempt timeouts, 408, 429, 500, 502, 503, 504, and a
 *   409 saying the same idempotency key is still in flight;
 * - reads and POSTs marked retry-safe, and writes carrying an idempotency key or an
 *   `if-match` retry freely; a write with neither retries only when the request
 *   provably never left (connection refused, DNS failure, or a 429);
 * - full-jitter exponential backoff (0.5 s, doubling, capped at 8 s), or the server's
 *   `Retry-After` up to `maxRetryAfterMs` (a longer one is not waited); never past the deadline.
 */
import type { Outcome } from "../errors.js";

/** How safely a request may be repeated. */
export type Repeatability =
  /** A read, a retry-safe POST, or a write with an idempotency key: repeat freely. */
  | "safe"
  /** A write guarded only by `if-match`: repeat, but a later stale etag may mean it already landed. */
  | "conditional"
  /** A write with neither key nor `if-match`: repeat only what provably never left. */
  | "unsafe";

/** What went wrong with one attempt. */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfterMs?: number | undefined; keyInFlight?: boolean; staleEtag?: boolean }
  | { kind: "network"; neverSent: boolean }
  /** `neverSent`: the attempt ran out of time before its request left (e.g. waiting for the token). */
  | { kind: "timeout"; neverSent?: boolean };

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 8_000 } as const;

/** @returns how a request may be repeated, from the operation's facts and what it carries. */
export function repeatability(
  facts: { retrySafe: boolean; idempotencyKey: boolean },
  hasIfMatch: boolean,
): Repeatability {
  if (facts.retrySafe || facts.idempotencyKey) return "safe";
  return hasIfMatch ? "conditional" : "unsafe";
}

/** Is this failure one that a retry may cure? */
export function isRetryable(failure: AttemptFailure): boolean {
  if (failure.kind !== "status") return true;
  return RETRYABLE_STATUSES.has(failure.status) || (failure.status === 409 && failure.keyInFlight === true);
}

/** Did the server possibly apply the attempt that failed this way? */
export function attemptOutcome(failure: AttemptFailure | "ok", isWrite: boolean): Outcome {
  if (failure === "ok") return "applied";
  if (failure.kind !== "status" && failure.neverSent) return "not-applied";
  if (failure.kind === "status" && !(failure.status === 408 || failure.status >= 500)) return "not-applied";
  return isWrite ? "unknown" : "not-applied";
}

/**
 * The outcome of a whole logical call from its attempts' outcomes (oldest first).
 * An earlier attempt of unknown outcome makes a later failure unknown too, except
 * that a definitive rejection of a keyed request is authoritative: had the earlier
 * attempt landed, the server would have replayed its answer.
 */
export function callOutcome(outcomes: readonly Outcome[], last: AttemptFailure | "ok", keyed: boolean): Outcome {
  const final = outcomes[outcomes.length - 1] ?? "not-applied";
  if (final === "applied") return "applied";
  if (!outcomes.slice(0, -1).includes("unknown")) return final;
  const definitive = last !== "ok" && last.kind === "status" && !isRetryable(last);
  return keyed && definitive ? "not-applied" : "unknown";
}

/** Full-jitter exponential backoff before retry number `retry` (1-based). */
export function backoffDelay(
  retry: number,
  random: () => number,
  backoff: { initialMs: number; maxMs: number } = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` in milliseconds from now: delta-seconds or an HTTP date.
 * @returns undefined when absent or unparseable
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^[a-z]{3}, .* GMT$/i.test(trimmed)) return undefined; // an HTTP date (IMF-fixdate), not any date Date.parse reads
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/** True when the error's cause chain shows the request never reached a server. */
export function neverSent(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && NEVER_SENT_CODES.has(code)) return true;
    const errors = (e as { errors?: unknown }).errors; // AggregateError (happy eyeballs)
    if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => neverSent(inner))) return true;
  }
  return false;
}

/** The decision after a failed attempt. */
export type RetryDecision =
  | { retry: true; delayMs: number }
  | {
      retry: false;
      because: "not-retryable" | "exhausted" | "unsafe" | "deadline" | "retry-after";
      delayMs?: number;
    };

/**
 * Decides whether to retry after attempt number `attempt` (1-based) failed.
 * A `Retry-After` longer than `maxRetryAfterMs` is not waited (`because: "retry-after"`);
 * one past the deadline is `because: "deadline"` (the deadline is checked first).
 * @param remainingMs time left before the call's deadline (Infinity without one)
 */
export function decideRetry(input: {
  failure: AttemptFailure;
  repeatability: Repeatability;
  attempt: number;
  maxRetries: number;
  remainingMs: number;
  /** Longest `Retry-After` to wait (default: no cap). */
  maxRetryAfterMs?: number;
  random: () => number;
  backoff?: { initialMs: number; maxMs: number };
}): RetryDecision {
  const { failure, attempt } = input;
  if (!isRetryable(failure)) return { retry: false, because: "not-retryable" };
  if (input.repeatability === "unsafe") {
    const provablyUnsent = failure.kind === "status" ? failure.status === 429 : failure.neverSent === true;
    if (!provablyUnsent) return { retry: false, because: "unsafe" };
  }
  if (attempt > input.maxRetries) return { retry: false, because: "exhausted" };
  const retryAfter = failure.kind === "status" ? failure.retryAfterMs : undefined;
  const delayMs = retryAfter ?? backoffDelay(attempt, input.random, input.backoff);
  if (delayMs >= input.remainingMs) return { retry: false, because: "deadline", delayMs };
  if (retryAfter !== undefined && retryAfter > (input.maxRetryAfterMs ?? Infinity))
    return { retry: false, because: "retry-after", delayMs };
  return { retry: true, delayMs };
}
