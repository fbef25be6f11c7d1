import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AkuaConnectionError,
  AkuaTimeoutError,
  akuaMeta,
  isOutcomeUnknown,
  isStaleEtagError,
  unwrap,
} from "../../src/index.js";
import { kubeconfig, startHarness, type Harness, rejection } from "./fixtures.js";

let h: Harness;
let regionId: string;
beforeAll(async () => {
  h = await startHarness();
  const region = unwrap(await h.client().POST("/regions", { body: { name: "retry-region" } }));
  regionId = region.id;
});
afterAll(async () => {
  await h.fake.close();
});

const importBody = (name: string) => ({ name, region_id: regionId, kubeconfig: kubeconfig() });
const countByName = async (name: string) => {
  const all = unwrap(await h.client().GET("/clusters", { params: { query: { limit: 100 } } }));
  return all.data.filter((c) => c.name === name).length;
};

describe("retries with idempotency keys", () => {
  it("a POST whose connection drops after commit is retried with the same key: exactly one resource", async () => {
    const fault = h.fake.inject({ method: "POST", path: "/clusters:import", fault: "drop-after-commit", times: 1 });
    const result = await h.client().POST("/clusters:import", { body: importBody("drop-once") });
    fault.remove();
    const meta = akuaMeta(result.response)!;
    expect(meta).toMatchObject({ attempts: 2, outcome: "applied" });
    expect(meta.failures[0]?.reason).toMatch(/connection|network|socket/i);
    const keys = h.fake.requests.filter((r) => r.path === "/v1/clusters:import" || r.path === "/clusters:import");
    expect(new Set(keys.slice(-2).map((r) => r.idempotencyKey))).toEqual(new Set([meta.idempotencyKey]));
    expect(await countByName("drop-once")).toBe(1);
  });

  it("200 concurrent imports under a seeded 30% drop-after-commit rate yield exactly 200 clusters", async () => {
    const fault = h.fake.inject({
      method: "POST",
      path: "/clusters:import",
      fault: "drop-after-commit",
      rate: 0.3,
      seed: 7,
    });
    const akua = h.client({ maxRetries: 10 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => akua.POST("/clusters:import", { body: importBody(`bulk-${i}`) })),
    );
    fault.remove();
    const metas = results.map((r) => akuaMeta(r.response)!);
    expect(metas.every((m) => m.outcome === "applied")).toBe(true);
    expect(metas.some((m) => m.attempts > 1)).toBe(true);
    const ids = new Set(results.map((r) => unwrap(r).id));
    expect(ids.size).toBe(200);
    // Each logical call kept one key across its attempts.
    const byKey = new Map<string, Set<string>>();
    for (const r of h.fake.requests) {
      if (!r.idempotencyKey || !String(r.path).endsWith("/clusters:import")) continue;
      const names = byKey.get(r.idempotencyKey) ?? new Set<string>();
      names.add(String((r.body as { name?: string } | undefined)?.name));
      byKey.set(r.idempotencyKey, names);
    }
    for (const m of metas) expect(byKey.get(m.idempotencyKey!)?.size).toBe(1);
    const all: string[] = [];
    for (let cursor: string | undefined, more = true; more;) {
      const page = unwrap(await h.client().GET("/clusters", { params: { query: { limit: 100, cursor } } }));
      all.push(...page.data.filter((c) => c.name.startsWith("bulk-")).map((c) => c.name));
      more = page.has_more;
      cursor = page.next_cursor ?? undefined;
    }
    expect(all.length).toBe(200);
    expect(new Set(all).size).toBe(200);
  });

  it("an in-flight key (409 IDEMPOTENCY_KEY_IN_USE) is retried until the first request finishes", async () => {
    const fault = h.fake.inject({ method: "POST", path: "/clusters:import", fault: "delay", delayMs: 3000, times: 1 });
    const akua = h.client({ maxRetries: 6 });
    const key = "inflight-key-1";
    const body = importBody("inflight");
    const first = akua.POST("/clusters:import", { params: { header: { "idempotency-key": key } }, body });
    await h.clock.whenSleeping();
    const second = await akua.POST("/clusters:import", { params: { header: { "idempotency-key": key } }, body });
    const meta = akuaMeta(second.response)!;
    expect(meta.failures.map((f) => f.reason)).toContain("409 Conflict");
    expect(unwrap(second).id).toBe(unwrap(await first).id);
    fault.remove();
  });
});

describe("which failures retry, and how long they wait", () => {
  it("503 then 200 succeeds in two attempts", async () => {
    const fault = h.fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503, times: 1 });
    const result = await h.client().GET("/regions");
    fault.remove();
    expect(result.response.status).toBe(200);
    expect(akuaMeta(result.response)).toMatchObject({ attempts: 2, outcome: "applied" });
    expect(h.logs.some((l) => /GET \/regions -> 503 \(attempt 1\/3/.test(l))).toBe(true);
  });

  it("429 with Retry-After waits exactly that long on the clock", async () => {
    const fault = h.fake.inject({
      method: "GET",
      path: "/regions",
      fault: "status",
      status: 429,
      retryAfter: 7,
      times: 1,
    });
    const start = h.clock.now();
    const result = await h.client().GET("/regions");
    fault.remove();
    expect(akuaMeta(result.response)?.attempts).toBe(2);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(7000);
    expect(h.clock.now() - start).toBeLessThan(7500);
  });

  it("a Retry-After beyond the deadline fails at once, saying so", async () => {
    const fault = h.fake.inject({
      method: "GET",
      path: "/regions",
      fault: "status",
      status: 429,
      retryAfter: 120,
      times: 1,
    });
    const start = h.clock.now();
    const error = await rejection(h.client({ deadlineMs: 30_000 }).GET("/regions"));
    fault.remove();
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect((error as Error).message).toMatch(/Retry-After/);
    expect((error as AkuaTimeoutError).attempts).toBe(1);
    expect(h.clock.now() - start).toBeLessThan(1000);
  });

  it.each([400, 401, 404] as const)("a %i is not retried", async (status) => {
    const fault = h.fake.inject({ method: "GET", path: "/regions", fault: "status", status, times: 5 });
    const result = await h.client().GET("/regions");
    fault.remove();
    expect(result.response.status).toBe(status);
    expect(akuaMeta(result.response)?.attempts).toBe(1);
  });

  it("a stale-etag 409 is not retried", async () => {
    const akua = h.client();
    const c = unwrap(await akua.POST("/clusters:import", { body: importBody("stale-409") }));
    unwrap(
      await akua.PATCH("/clusters/{id}", {
        params: { path: { id: c.id }, header: { "if-match": c.etag } },
        body: { name: "x1" },
      }),
    );
    const stale = await akua.PATCH("/clusters/{id}", {
      params: { path: { id: c.id }, header: { "if-match": c.etag } },
      body: { name: "x2" },
    });
    expect(akuaMeta(stale.response)?.attempts).toBe(1);
    expect(() => unwrap(stale)).toThrow(/409/);
  });

  it("abort stops a backoff sleep at once", async () => {
    const fault = h.fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503, times: 5 });
    h.clock.setAutoAdvance(false);
    try {
      const controller = new AbortController();
      const call = h.client({ maxRetries: 5 }).GET("/regions", { signal: controller.signal });
      await h.clock.whenSleeping(1);
      const sleepingAt = h.clock.now();
      controller.abort(new Error("caller gave up"));
      await expect(call).rejects.toMatchObject({ name: "AbortError", cause: { message: "caller gave up" } });
      expect(h.clock.now()).toBe(sleepingAt);
    } finally {
      h.clock.setAutoAdvance(true);
      fault.remove();
    }
  });

  it("exhausted retries report every attempt", async () => {
    const fault = h.fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503, times: 10 });
    const result = await h.client({ maxRetries: 3 }).GET("/regions");
    fault.remove();
    const meta = akuaMeta(result.response)!;
    expect(meta.attempts).toBe(4);
    expect(meta.failures.map((f) => f.attempt)).toEqual([1, 2, 3]);
    let message = "";
    try {
      unwrap(result);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/after 4 attempts: #1 503.*#2 503.*#3 503.*#4 503/);
  });
});

describe("writes without an idempotency key", () => {
  it("POST /regions after a dropped connection: outcome unknown, one attempt", async () => {
    const fault = h.fake.inject({ method: "POST", path: "/regions", fault: "drop-after-commit", times: 1 });
    const error = await rejection(h.client().POST("/regions", { body: { name: "maybe-made" } }));
    fault.remove();
    expect(error).toBeInstanceOf(AkuaConnectionError);
    expect(error).toMatchObject({ outcome: "unknown", attempts: 1 });
    expect(isOutcomeUnknown(error)).toBe(true);
    expect((error as Error).message).toMatch(/outcome unknown/);
  });

  it("POST /regions after a 503: outcome unknown, one attempt", async () => {
    const fault = h.fake.inject({ method: "POST", path: "/regions", fault: "status", status: 503, times: 1 });
    const result = await h.client().POST("/regions", { body: { name: "after-503" } });
    fault.remove();
    expect(akuaMeta(result.response)).toMatchObject({ attempts: 1, outcome: "unknown" });
    expect(() => unwrap(result)).toThrow(/outcome unknown/);
  });

  it("POST /regions after connection refused is retried", async () => {
    const port = await freePort();
    h.clock.setAutoAdvance(false);
    const { startFakeAkua } = await import("../../src/testing/index.js");
    const url = `http://127.0.0.1:${port}/v1`;
    const akua = h.client({ baseUrl: url, token: "sk_akua_test" });
    const call = akua.POST("/regions", { body: { name: "refused-then-ok" } });
    // Wait (in event-loop turns, not time) until the first attempt has been refused.
    for (let turn = 0; !h.logs.some((l) => l.includes("ECONNREFUSED")); turn++) {
      if (turn > 100_000) throw new Error("the first attempt was never refused");
      await new Promise((resolve) => setImmediate(resolve));
    }
    await h.clock.whenSleeping(1);
    const late = await startFakeAkua({ clock: h.clock, port });
    try {
      h.clock.setAutoAdvance(true);
      const result = await call;
      expect(result.response.status).toBe(201);
      expect(akuaMeta(result.response)).toMatchObject({ attempts: 2, outcome: "applied" });
      expect(akuaMeta(result.response)?.failures[0]?.reason).toMatch(/ECONNREFUSED/);
    } finally {
      h.clock.setAutoAdvance(true);
      await late.close();
    }
  });

  it("PATCH /secrets/{id} (if-match, no key) whose first attempt commits and drops reports outcome unknown", async () => {
    const akua = h.client();
    const secret = unwrap(await akua.POST("/secrets", { body: { name: "s-unknown", kind: "generic", value: "v1" } }));
    const fault = h.fake.inject({ method: "PATCH", path: "/secrets/{id}", fault: "drop-after-commit", times: 1 });
    const result = await akua.PATCH("/secrets/{id}", {
      params: { path: { id: secret.id }, header: { "if-match": secret.etag } },
      body: { labels: { team: "infra" } },
    });
    fault.remove();
    expect(result.response.status).toBe(409);
    expect(akuaMeta(result.response)).toMatchObject({ attempts: 2, outcome: "unknown" });
    let error: unknown;
    try {
      unwrap(result);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ status: 409, outcome: "unknown" });
    expect(isStaleEtagError(error)).toBe(false);
    expect(isOutcomeUnknown(error)).toBe(true);
    const now = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
    expect(now.labels).toEqual({ team: "infra" });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
