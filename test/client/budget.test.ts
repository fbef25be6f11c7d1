/**
 * Options are validated before anything is sent (no value can start an unbounded
 * loop or overflow a timer), and the token function runs inside the call's budget:
 * deadline, attempt timeout and signal cover it, and its failures keep the call's
 * outcome and idempotency key.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaAbortError, AkuaError, AkuaTimeoutError, createAkuaClient, isAkuaAbortError } from "../../src/index.js";
import { createTestClock } from "../../src/testing/index.js";
import { rejection } from "./fixtures.js";
import { envelope, exposed, startHostileServer, type HostileServer } from "./hostile-server.js";
import { waitForCluster } from "../../src/wait-cluster.js";
import { paginate } from "../../src/paginate.js";

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
  server.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("[]"));
});
afterAll(() => server.close());

const client = (options: Parameters<typeof createAkuaClient>[0] = {}) =>
  createAkuaClient({ baseUrl: server.url, token: "sk_akua_budget", random: () => 0, ...options });

const BAD: [string, unknown, RegExp][] = [
  ["maxRetries", Number.NaN, /maxRetries must be an integer from 0 to 100, got NaN/],
  ["maxRetries", Infinity, /maxRetries must be an integer from 0 to 100, got Infinity/],
  ["maxRetries", "5", /maxRetries must be an integer from 0 to 100, got "5"/],
  ["maxRetries", 101, /got 101/],
  ["maxRetries", 1.5, /got 1.5/],
  ["attemptTimeoutMs", 3e9, /attemptTimeoutMs must be an integer from 1 to 2147483647, got 3000000000/],
  ["attemptTimeoutMs", 0, /attemptTimeoutMs .* got 0/],
  ["attemptTimeoutMs", Number.NaN, /attemptTimeoutMs .* got NaN/],
  ["deadlineMs", Number.NaN, /deadlineMs must be a finite number >= 0, got NaN/],
  ["deadlineMs", -1, /deadlineMs .* got -1/],
  ["deadlineMs", Infinity, /deadlineMs .* got Infinity/],
  ["maxResponseBytes", 0, /maxResponseBytes must be an integer from 1 to 268435456, got 0/],
  ["maxResponseBytes", 2 ** 29, /maxResponseBytes .* got 536870912/],
  ["maxRetryAfterMs", -1, /maxRetryAfterMs must be an integer from 0 to 2147483647, got -1/],
  ["maxRetryAfterMs", "60000", /maxRetryAfterMs .* got "60000"/],
];

describe("validated options", () => {
  it.each(BAD)("per call %s = %s is a TypeError naming it, and nothing is sent", async (name, value, message) => {
    const before = server.received.length;
    const error = await rejection(client().GET("/regions", { [name]: value } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect(server.received.length).toBe(before);
  });

  it.each(BAD)("on the client %s = %s throws a TypeError at construction", (name, value, message) => {
    expect(() => client({ [name]: value } as never)).toThrow(message);
  });

  it("the helpers' own options are checked before any request", async () => {
    const akua = client();
    const before = server.received.length;
    const cases: [Promise<unknown>, RegExp][] = [
      [
        akua.update("/clusters/{id}", { params: { path: { id: "clu_1" } } }, () => undefined, { maxAttempts: 0 }),
        /maxAttempts must be an integer from 1 to 1000, got 0/,
      ],
      [akua.retryOnConflict(async () => 1, { maxAttempts: Number.NaN }), /maxAttempts .* got NaN/],
      [
        (async () => {
          for await (const _ of paginate(akua, "/clusters", { maxItems: -1 })) void _;
        })(),
        /maxItems .* got -1/,
      ],
      [
        (async () => {
          for await (const _ of paginate(akua, "/clusters", { maxEmptyPages: Infinity })) void _;
        })(),
        /maxEmptyPages .* got Infinity/,
      ],
      [akua.waitForOperation("op_1", { deadlineMs: Number.NaN }), /deadlineMs must be a finite number >= 0, got NaN/],
      [waitForCluster(akua, "clu_1", { until: "active", deadlineMs: -5 }), /deadlineMs .* got -5/],
    ];
    for (const [promise, message] of cases) {
      const error = await rejection(promise);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
    }
    expect(server.received.length).toBe(before);
  });
});

describe("the token function runs inside the call's budget", () => {
  it("a slow token function is cut by the deadline: nothing is sent after it", async () => {
    const clock = createTestClock({ autoAdvance: true });
    const before = server.received.length;
    const start = clock.now();
    const akua = client({ clock, token: () => clock.sleep(5000).then(() => "sk_akua_slow") });
    const error = await rejection(akua.GET("/regions", { deadlineMs: 1000 }));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(clock.now() - start).toBe(1000);
    await new Promise((r) => setTimeout(r, 20)); // let a late token function finish: it must send nothing
    await clock.advance(10_000);
    expect(server.received.length).toBe(before);
  });

  it("a slow token function is cut by the attempt timeout, and the attempt is retried", async () => {
    const clock = createTestClock({ autoAdvance: true });
    let calls = 0;
    const akua = client({
      clock,
      attemptTimeoutMs: 1000,
      token: () => (++calls === 1 ? clock.sleep(5000).then(() => "sk_akua_late") : "sk_akua_fast"),
    });
    const result = await akua.POST("/regions", { body: { name: "r" } });
    // Waiting for the token, nothing was sent: even this unkeyed write may be repeated.
    expect(result.response.status).toBe(200);
    expect(calls).toBe(2);
    expect(server.received.at(-1)?.headers.authorization).toBe("Bearer sk_akua_fast");
  });

  it("a signal aborted while the token function runs rejects at once with AkuaAbortError", async () => {
    const clock = createTestClock({ autoAdvance: true });
    const controller = new AbortController();
    const before = server.received.length;
    void clock.sleep(300).then(() => controller.abort(new Error("enough")));
    const start = clock.now();
    const akua = client({ clock, token: () => clock.sleep(5000).then(() => "sk_akua_slow") });
    const error = await rejection(akua.GET("/regions", { signal: controller.signal }));
    expect(error).toBeInstanceOf(AkuaAbortError);
    expect(clock.now() - start).toBe(300);
    expect(server.received.length).toBe(before);
  });

  it("a token function that throws on the retry of an ambiguous keyed POST keeps outcome unknown and the key", async () => {
    let n = 0;
    server.answer((_req, res) => {
      if (n++ === 0)
        res.socket?.destroy(); // the write may have landed
      else res.writeHead(202, { "content-type": "application/json" }).end("{}");
    });
    let calls = 0;
    const secretError = new Error("vault sealed");
    const akua = client({
      clock: createTestClock({ autoAdvance: true }),
      token: async () => {
        if (++calls === 2) throw secretError;
        return "sk_akua_MARKERFIRST";
      },
    });
    const error = await rejection(akua.POST("/clusters", { body: { name: "c", region_id: "reg_1" } } as never));
    expect(error).toBeInstanceOf(AkuaError);
    expect(error).toMatchObject({ outcome: "unknown", attempts: 2 });
    expect((error as AkuaError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect((error as Error).cause).toBe(secretError);
    expect((error as Error).message).toContain("the token function threw");
    expect(exposed(error)).not.toContain("MARKERFIRST");
    server.answer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end("[]"));
  });

  it.each([
    ["an empty string", ""],
    ["undefined", undefined],
    ["a number", 42],
  ])("a token function returning %s fails the call with an AkuaError, nothing sent", async (_what, value) => {
    const before = server.received.length;
    const error = await rejection(client({ token: (() => value) as never }).GET("/regions"));
    expect(error).toBeInstanceOf(AkuaError);
    expect((error as Error).message).toContain("the token function returned no token");
    expect(server.received.length).toBe(before);
  });
});

describe("aborts", () => {
  it("an aborted read rejects with AkuaAbortError: an AkuaError named AbortError whose cause is the reason", async () => {
    server.answer(() => {}); // never answers
    const controller = new AbortController();
    const call = client().GET("/regions", { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    const reason = new Error("user left");
    controller.abort(reason);
    const error = await rejection(call);
    expect(error).toBeInstanceOf(AkuaAbortError);
    expect(error).toBeInstanceOf(AkuaError);
    expect(isAkuaAbortError(error)).toBe(true);
    expect(error).toMatchObject({ name: "AbortError", outcome: "not-applied", attempts: 1 });
    expect((error as Error).cause).toBe(reason);
  });

  it("an aborted keyed write in flight may land: outcome unknown, with the key to retry it", async () => {
    const controller = new AbortController();
    const before = server.received.length;
    const call = client().POST("/clusters", {
      body: { name: "c", region_id: "reg_1" },
      signal: controller.signal,
    } as never);
    for (let i = 0; i < 200 && server.received.length === before; i++) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const error = await rejection(call);
    expect(error).toMatchObject({ name: "AbortError", outcome: "unknown" });
    expect((error as AkuaError).idempotencyKey).toBe(server.received.at(-1)?.headers["idempotency-key"]);
  });

  it("a signal aborted during a backoff wait rejects with AkuaAbortError keeping earlier failures", async () => {
    server.answer((_req, res) => res.writeHead(503, { "content-type": "application/json" }).end(envelope(503, "busy")));
    const clock = createTestClock();
    const controller = new AbortController();
    const call = client({ clock, random: () => 0.5 }).GET("/regions", { signal: controller.signal });
    // The backoff (random 0.5 -> 250 ms), not the attempt's own timer, is what is pending.
    for (let i = 0; i < 400 && !clock.pending().some((at) => at - clock.now() === 250); i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    controller.abort(new Error("stop"));
    const error = await rejection(call);
    expect(error).toMatchObject({
      name: "AbortError",
      attempts: 1,
      failures: [{ attempt: 1, reason: expect.stringMatching(/^503/) }],
    });
  });
});
