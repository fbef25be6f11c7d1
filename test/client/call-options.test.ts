import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaError, akuaMeta, createAkuaClient, unwrap } from "../../src/index.js";
import { startHarness, type Harness, rejection } from "./fixtures.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.fake.close();
});

describe("per-call options and request shape", () => {
  it("SDK-only options never reach openapi-fetch's Request or the wire", async () => {
    const akua = h.client();
    const seen: Request[] = [];
    akua.use({ onRequest: ({ request }) => void seen.push(request) });
    const before = h.fake.requests.length;
    await akua.GET("/regions", { maxRetries: 4, attemptTimeoutMs: 5000, deadlineMs: 60_000 });
    const request = seen[0]!;
    for (const key of ["maxRetries", "attemptTimeoutMs", "deadlineMs"]) expect(key in request).toBe(false);
    const logged = h.fake.requests.slice(before)[0]!;
    expect(Object.keys(logged.headers).sort()).not.toContain("maxretries");
    expect(new URL(`http://x${logged.path}`).search).toBe("");
  });

  it("sends a User-Agent naming the SDK, and akua-context from the options", async () => {
    const before = h.fake.requests.length;
    await h.client({ context: "ws_test" }).GET("/regions");
    const logged = h.fake.requests.slice(before)[0]!;
    expect(logged.headers["user-agent"]).toMatch(/^akua-sdk\/\d+\.\d+\.\d+/);
    expect(logged.headers["akua-context"]).toBe("ws_test");
  });

  it("your own User-Agent wins over the SDK's, from the client's headers or the call's", async () => {
    const before = h.fake.requests.length;
    const akua = h.client({ headers: { "User-Agent": "my-app/1.0" } });
    await akua.GET("/regions");
    await akua.GET("/regions", { headers: { "user-agent": "my-job/2.0" } });
    const [client, call] = h.fake.requests.slice(before);
    expect(client!.headers["user-agent"]).toBe("my-app/1.0");
    expect(call!.headers["user-agent"]).toBe("my-job/2.0");
  });

  it("calls a token function before every attempt", async () => {
    let calls = 0;
    const akua = h.client({ token: async () => (calls++, h.fake.token) });
    const fault = h.fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503, times: 1 });
    const result = await akua.GET("/regions");
    fault.remove();
    expect(akuaMeta(result.response)?.attempts).toBe(2);
    expect(calls).toBe(2);
  });

  it("rejects an idempotency key outside 1..64 characters before sending anything", async () => {
    const before = h.fake.requests.length;
    const error = await rejection(
      h.client().POST("/secrets", {
        params: { header: { "idempotency-key": "k".repeat(65) } },
        body: { name: "x", kind: "generic", value: "v" },
      }),
    );
    expect(error).toBeInstanceOf(AkuaError);
    expect(error).toMatchObject({ outcome: "not-applied", attempts: 0 });
    expect((error as Error).message).toMatch(/1-64 characters, got 65; nothing was sent/);
    expect(h.fake.requests.length).toBe(before);
  });

  it("uses the caller's key on every attempt", async () => {
    const fault = h.fake.inject({ method: "POST", path: "/secrets", fault: "drop-after-commit", times: 1 });
    const result = await h.client().POST("/secrets", {
      params: { header: { "idempotency-key": "my-key-1" } },
      body: { name: "keyed", kind: "generic", value: "v" },
    });
    fault.remove();
    expect(akuaMeta(result.response)).toMatchObject({ attempts: 2, idempotencyKey: "my-key-1", outcome: "applied" });
    const keys = h.fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/secrets")).slice(-2);
    expect(keys.map((r) => r.idempotencyKey)).toEqual(["my-key-1", "my-key-1"]);
    expect(unwrap(result).name).toBe("keyed");
  });

  it("createAkuaClient validates before any request", () => {
    expect(() => createAkuaClient({ token: "t", baseUrl: "http://example.com/v1" })).toThrow(/plain http/);
  });
});
