import { describe, expect, it } from "vitest";
import { rejection } from "./fixtures.js";
import { AkuaTimeoutError, createAkuaClient } from "../../src/index.js";
import { createTestClock } from "../../src/testing/index.js";

// A fetch that ignores its abort signal, as Node's does for a garbage-collected Request
// (nodejs/undici#4068): the attempt timeout must still end the attempt.
const deafFetch = (answer?: () => Response) => async () => (answer ? answer() : new Promise<Response>(() => {}));

describe("attempt timeouts do not depend on fetch honouring the signal", () => {
  it("a request that never answers times out on the clock", async () => {
    const clock = createTestClock({ autoAdvance: true });
    const akua = createAkuaClient({
      baseUrl: "http://127.0.0.1:9/v1",
      token: "t",
      clock,
      fetch: deafFetch() as typeof fetch,
      attemptTimeoutMs: 1000,
      maxRetries: 1,
      random: () => 0,
    });
    const start = clock.now();
    const error = await rejection(akua.GET("/regions"));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(error).toMatchObject({ attempts: 2 });
    expect(clock.now() - start).toBe(2000);
  });

  it("a body that never ends times out too", async () => {
    const clock = createTestClock({ autoAdvance: true });
    const stalled = () => new Response(new ReadableStream({ start() {} }), { status: 200 });
    const akua = createAkuaClient({
      baseUrl: "http://127.0.0.1:9/v1",
      token: "t",
      clock,
      fetch: deafFetch(stalled) as typeof fetch,
      attemptTimeoutMs: 500,
      maxRetries: 0,
    });
    await expect(akua.GET("/regions")).rejects.toBeInstanceOf(AkuaTimeoutError);
  });

  it("the caller's signal ends it at once", async () => {
    const clock = createTestClock();
    const akua = createAkuaClient({
      baseUrl: "http://127.0.0.1:9/v1",
      token: "t",
      clock,
      fetch: deafFetch() as typeof fetch,
    });
    const controller = new AbortController();
    const call = akua.GET("/regions", { signal: controller.signal });
    await clock.whenSleeping();
    controller.abort(new Error("stop"));
    await expect(call).rejects.toMatchObject({ name: "AbortError", cause: { message: "stop" } });
  });
});

describe("the caller's signal aborted while the attempt is being prepared", () => {
  it("ends the attempt at once (the abort event fired before the attempt listened)", async () => {
    const clock = createTestClock();
    const controller = new AbortController();
    const akua = createAkuaClient({
      baseUrl: "http://127.0.0.1:9/v1",
      // Aborts while the token is being resolved, after the loop checked the signal.
      token: async () => {
        controller.abort(new Error("stopped during token"));
        return "t";
      },
      clock,
      fetch: deafFetch() as typeof fetch,
    });
    await expect(akua.GET("/regions", { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
      outcome: "not-applied",
      cause: { message: "stopped during token" },
    });
  });
});

describe("answers without a body", () => {
  it.each([204, 205, 304])("a %i passes through (the Fetch standard forbids a body on it)", async (status) => {
    const akua = createAkuaClient({
      baseUrl: "http://127.0.0.1:9/v1",
      token: "t",
      fetch: (async () => new Response(null, { status })) as typeof fetch,
    });
    const result = await akua.DELETE("/secrets/{id}", {
      params: { path: { id: "sec_1" }, header: { "if-match": "1" } },
    });
    expect(result.response.status).toBe(status);
  });
});
