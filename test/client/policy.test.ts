import { describe, expect, it } from "vitest";
import {
  attemptOutcome,
  backoffDelay,
  callOutcome,
  decideRetry,
  isRetryable,
  neverSent,
  parseRetryAfter,
  repeatability,
  type AttemptFailure,
} from "../../src/transport/policy.js";

const status = (s: number, extra: Partial<Extract<AttemptFailure, { kind: "status" }>> = {}): AttemptFailure => ({
  kind: "status",
  status: s,
  ...extra,
});
const base = { attempt: 1, maxRetries: 2, remainingMs: Infinity, random: () => 0.5 } as const;

describe("which failures retry", () => {
  it.each([408, 429, 500, 502, 503, 504])("%i is retryable", (s) => expect(isRetryable(status(s))).toBe(true));
  it.each([400, 401, 403, 404, 405, 410, 422, 501])("%i is not", (s) => expect(isRetryable(status(s))).toBe(false));
  it("a 409 only when the same key is in flight, never a stale etag", () => {
    expect(isRetryable(status(409, { keyInFlight: true }))).toBe(true);
    expect(isRetryable(status(409, { staleEtag: true }))).toBe(false);
    expect(isRetryable(status(409))).toBe(false);
  });
  it("network errors and attempt timeouts", () => {
    expect(isRetryable({ kind: "network", neverSent: false })).toBe(true);
    expect(isRetryable({ kind: "timeout" })).toBe(true);
  });
});

describe("repeatability", () => {
  it("reads, retry-safe POSTs and keyed writes are safe; if-match alone is conditional; neither is unsafe", () => {
    expect(repeatability({ retrySafe: true, idempotencyKey: false }, false)).toBe("safe");
    expect(repeatability({ retrySafe: false, idempotencyKey: true }, true)).toBe("safe");
    expect(repeatability({ retrySafe: false, idempotencyKey: false }, true)).toBe("conditional");
    expect(repeatability({ retrySafe: false, idempotencyKey: false }, false)).toBe("unsafe");
  });
});

describe("decideRetry", () => {
  it("retries a 503 with backoff, and stops once retries are used up", () => {
    expect(decideRetry({ ...base, failure: status(503), repeatability: "safe" })).toEqual({
      retry: true,
      delayMs: 250,
    });
    expect(decideRetry({ ...base, attempt: 3, failure: status(503), repeatability: "safe" })).toEqual({
      retry: false,
      because: "exhausted",
    });
  });
  it("honours Retry-After over backoff", () => {
    expect(decideRetry({ ...base, failure: status(429, { retryAfterMs: 3000 }), repeatability: "safe" })).toEqual({
      retry: true,
      delayMs: 3000,
    });
  });
  it("fails at once when the wait would pass the deadline", () => {
    expect(
      decideRetry({ ...base, remainingMs: 2000, failure: status(429, { retryAfterMs: 3000 }), repeatability: "safe" }),
    ).toEqual({ retry: false, because: "deadline", delayMs: 3000 });
  });
  it("does not retry what a retry cannot cure", () => {
    for (const s of [400, 401, 404]) {
      expect(decideRetry({ ...base, failure: status(s), repeatability: "safe" })).toMatchObject({ retry: false });
    }
    expect(decideRetry({ ...base, failure: status(409, { staleEtag: true }), repeatability: "conditional" })).toEqual({
      retry: false,
      because: "not-retryable",
    });
  });
  it("an unsafe write retries only what provably never left", () => {
    const unsafe = { ...base, repeatability: "unsafe" as const };
    expect(decideRetry({ ...unsafe, failure: { kind: "network", neverSent: true } })).toMatchObject({ retry: true });
    expect(decideRetry({ ...unsafe, failure: status(429) })).toMatchObject({ retry: true });
    expect(decideRetry({ ...unsafe, failure: { kind: "network", neverSent: false } })).toEqual({
      retry: false,
      because: "unsafe",
    });
    expect(decideRetry({ ...unsafe, failure: { kind: "timeout" } })).toEqual({ retry: false, because: "unsafe" });
    expect(decideRetry({ ...unsafe, failure: status(503) })).toEqual({ retry: false, because: "unsafe" });
  });
});

describe("backoffDelay", () => {
  it("full jitter under an exponential ceiling capped at 8 s", () => {
    expect(backoffDelay(1, () => 0.999)).toBe(499);
    expect(backoffDelay(2, () => 0.999)).toBe(999);
    expect(backoffDelay(5, () => 0.999)).toBe(7992);
    expect(backoffDelay(10, () => 0.999)).toBe(7992);
    expect(backoffDelay(3, () => 0)).toBe(0);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
  });
});

describe("neverSent", () => {
  const wrap = (code: string) => new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code }) });
  it("finds ECONNREFUSED / ENOTFOUND / EAI_AGAIN in the cause chain", () => {
    expect(neverSent(wrap("ECONNREFUSED"))).toBe(true);
    expect(neverSent(wrap("ENOTFOUND"))).toBe(true);
    expect(neverSent(wrap("EAI_AGAIN"))).toBe(true);
    expect(neverSent(new TypeError("fetch failed", { cause: new AggregateError([wrap("ECONNREFUSED")]) }))).toBe(true);
  });
  it("anything else may have been sent", () => {
    expect(neverSent(wrap("ECONNRESET"))).toBe(false);
    expect(neverSent(wrap("UND_ERR_SOCKET"))).toBe(false);
    expect(neverSent(new Error("boom"))).toBe(false);
  });
});

describe("outcomes", () => {
  it("of one attempt", () => {
    expect(attemptOutcome("ok", true)).toBe("applied");
    expect(attemptOutcome(status(400), true)).toBe("not-applied");
    expect(attemptOutcome(status(429), true)).toBe("not-applied");
    expect(attemptOutcome(status(503), true)).toBe("unknown");
    expect(attemptOutcome(status(503), false)).toBe("not-applied");
    expect(attemptOutcome({ kind: "network", neverSent: true }, true)).toBe("not-applied");
    expect(attemptOutcome({ kind: "network", neverSent: false }, true)).toBe("unknown");
    expect(attemptOutcome({ kind: "timeout" }, true)).toBe("unknown");
  });
  it("of a call: an earlier unknown taints a later failure, unless a keyed call got a definitive answer", () => {
    expect(callOutcome(["unknown", "applied"], "ok", false)).toBe("applied");
    expect(callOutcome(["unknown", "not-applied"], status(409, { staleEtag: true }), false)).toBe("unknown");
    expect(callOutcome(["unknown", "not-applied"], status(404), true)).toBe("not-applied");
    expect(callOutcome(["unknown", "not-applied"], status(429), true)).toBe("unknown");
    expect(callOutcome(["not-applied", "not-applied"], status(404), false)).toBe("not-applied");
  });
});
