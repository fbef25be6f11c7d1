/**
 * Injected faults: drops before and after the commit, statuses with
 * Retry-After, delays, counts, seeded rates, matching by template or
 * concrete path, and that faults apply after authentication.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, firstError, importCluster, kubeconfig } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;

beforeEach(async () => {
  clock = createTestClock();
  fake = await startFakeAkua({ clock });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const importBody = { name: "edge", region_id: "reg_1", kubeconfig: kubeconfig() };

describe("drop-before-commit", () => {
  it("destroys the connection and changes nothing", async () => {
    const handle = fake.inject({ method: "POST", path: "/clusters:import", fault: "drop-before-commit" });
    await expect(call(fake, "POST", "/clusters:import", { body: importBody, key: "k" })).rejects.toThrow(
      /fetch failed/,
    );
    expect(handle.hits).toBe(1);
    expect(fake.state.countClusters()).toBe(0);
    expect(fake.state.countIdempotencyKeys()).toBe(0);
    expect(fake.requests.at(-1)).toMatchObject({ status: "dropped", fault: "drop-before-commit" });
    // times defaults to 1: the retry goes through
    const retry = await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(fake.state.countClusters()).toBe(1);
  });
});

describe("drop-after-commit", () => {
  it("commits, drops the answer, and a retry with the same key replays the same id", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "drop-after-commit" });
    await expect(call(fake, "POST", "/clusters:import", { body: importBody, key: "k" })).rejects.toThrow(
      /fetch failed/,
    );
    expect(fake.state.countClusters()).toBe(1);
    const list = (await call(fake, "GET", "/clusters")).body;
    const retry = await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body.id).toBe(list.data[0].id);
    expect(fake.state.countClusters()).toBe(1);
  });

  it("without a key the retry creates a second resource", async () => {
    fake.inject({ method: "POST", path: "/regions", fault: "drop-after-commit" });
    await expect(call(fake, "POST", "/regions", { body: { name: "eu" } })).rejects.toThrow();
    const retry = await call(fake, "POST", "/regions", { body: { name: "eu-2" } });
    expect(retry.status).toBe(201);
    expect((await call(fake, "GET", "/regions")).body.data).toHaveLength(2);
  });
});

describe("status", () => {
  it("answers the status with an envelope and Retry-After, without running the request", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "status", status: 429, retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(firstError(res)).toMatchObject({ code: 429, metadata: { reason: "INJECTED_FAULT" } });
    }
    expect(fake.state.countClusters()).toBe(0);
    expect((await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" })).status).toBe(200);
  });

  it("defaults to 503 and can send an HTTP date or a custom body", async () => {
    fake.inject({ path: "/clusters", method: "GET", fault: "status", retryAfter: "Wed, 21 Oct 2026 07:28:00 GMT" });
    const res = await call(fake, "GET", "/clusters");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("Wed, 21 Oct 2026 07:28:00 GMT");

    fake.inject({ path: "/clusters", method: "GET", fault: "status", status: 502, body: "<html>bad gateway</html>" });
    const html = await fetch(`${fake.url}/clusters`, { headers: { authorization: `Bearer ${fake.token}` } });
    expect(html.status).toBe(502);
    expect(html.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await html.text()).toBe("<html>bad gateway</html>");
  });

  it("can make :wait unavailable (404/405/501) so clients fall back to GET", async () => {
    const op = (await call(fake, "POST", "/clusters", { body: { name: "x", region_id: "r" } })).body;
    fake.inject({ method: "POST", path: "/operations/{id}:wait", fault: "status", status: 501, times: 1 });
    expect((await call(fake, "POST", `/operations/${op.id}:wait?timeout=1`)).status).toBe(501);
    expect((await call(fake, "GET", `/operations/${op.id}`)).status).toBe(200);
  });
});

describe("delay", () => {
  it("sleeps on the clock before running; the key stays in flight meanwhile", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "delay", delayMs: 3000 });
    const slow = call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
    await clock.whenSleeping(1);
    expect(fake.state.countClusters()).toBe(0);
    const concurrent = await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
    expect(concurrent.status).toBe(409);
    expect(firstError(concurrent).metadata?.["reason"]).toBe("IDEMPOTENCY_KEY_IN_USE");
    await clock.advance(3000);
    expect((await slow).status).toBe(200);
    expect(fake.state.countClusters()).toBe(1);
  });

  it("still commits when the client gave up during the delay", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "delay", delayMs: 3000 });
    const controller = new AbortController();
    const gaveUp = fetch(`${fake.url}/clusters:import`, {
      method: "POST",
      headers: { authorization: `Bearer ${fake.token}`, "idempotency-key": "k", "content-type": "application/json" },
      body: JSON.stringify(importBody),
      signal: controller.signal,
    });
    await clock.whenSleeping(1);
    controller.abort();
    await expect(gaveUp).rejects.toThrow();
    await clock.advance(3000);
    const retry = await call(fake, "POST", "/clusters:import", { body: importBody, key: "k" });
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(fake.state.countClusters()).toBe(1);
  });
});

describe("matching, counting and rates", () => {
  it("matches a concrete path and a template", async () => {
    const a = await importCluster(fake, "a");
    const b = await importCluster(fake, "b");
    fake.inject({ method: "GET", path: `/clusters/${a.id}`, fault: "status", status: 500, times: 5 });
    expect((await call(fake, "GET", `/clusters/${b.id}`)).status).toBe(200);
    expect((await call(fake, "GET", `/clusters/${a.id}`)).status).toBe(500);
    const t = fake.inject({ method: "GET", path: "/v1/clusters/{id}", fault: "status", status: 503 });
    expect((await call(fake, "GET", `/clusters/${b.id}`)).status).toBe(503);
    expect(t.hits).toBe(1);
  });

  it("remove() stops a fault", async () => {
    const handle = fake.inject({ method: "GET", path: "/clusters", fault: "status", status: 500, times: 10 });
    expect((await call(fake, "GET", "/clusters")).status).toBe(500);
    handle.remove();
    expect((await call(fake, "GET", "/clusters")).status).toBe(200);
    expect(handle.hits).toBe(1);
  });

  it("applies after auth: an unauthenticated request is a 401 and does not use up the fault", async () => {
    const handle = fake.inject({ method: "GET", path: "/clusters", fault: "status", status: 500 });
    expect((await call(fake, "GET", "/clusters", { token: "nope" })).status).toBe(401);
    expect(handle.hits).toBe(0);
    expect((await call(fake, "GET", "/clusters")).status).toBe(500);
  });

  it("a seeded rate hits the same requests every time", async () => {
    const pattern = async (seed: number): Promise<number[]> => {
      const f = await startFakeAkua({ clock });
      try {
        f.inject({ method: "GET", path: "/clusters", fault: "status", status: 503, rate: 0.3, seed });
        const statuses: number[] = [];
        for (let i = 0; i < 40; i++) statuses.push((await call(f, "GET", "/clusters")).status);
        return statuses;
      } finally {
        await f.close();
      }
    };
    const first = await pattern(7);
    expect(await pattern(7)).toEqual(first);
    const hits = first.filter((s) => s === 503).length;
    expect(hits).toBeGreaterThan(3);
    expect(hits).toBeLessThan(25);
    expect(await pattern(8)).not.toEqual(first);
  });

  it("rate with times stops after that many hits", async () => {
    const handle = fake.inject({ method: "GET", path: "/clusters", fault: "status", status: 503, rate: 1, times: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(fake, "GET", "/clusters")).status);
    expect(statuses).toEqual([503, 503, 503, 200, 200]);
    expect(handle.hits).toBe(3);
  });

  it("rejects an invalid fault", () => {
    expect(() => fake.inject({ path: "clusters", fault: "status" })).toThrow(TypeError);
    expect(() => fake.inject({ path: "/clusters", fault: "boom" as never })).toThrow(TypeError);
    expect(() => fake.inject({ path: "/clusters", fault: "status", rate: 2 })).toThrow(TypeError);
  });
});
