/**
 * Idempotency keys (IETF draft): replay of the first answer (even after the
 * resource changed), 422 for another request under the same key, 409 while
 * the first is in flight, 5xx never stored, scoped per workspace, 24 h expiry.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, firstError, importCluster, kubeconfig } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;

beforeEach(async () => {
  clock = createTestClock();
  fake = await startFakeAkua({ clock, workspaces: ["ws_a", "ws_b"] });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const importBody = (name: string) => ({ name, region_id: "reg_1", kubeconfig: kubeconfig() });

describe("idempotency keys", () => {
  it("replays the first answer byte for byte and creates nothing more", async () => {
    const first = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-1" });
    const second = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-1" });
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(fake.state.countClusters()).toBe(1);
  });

  it("treats the same body with keys in another order as the same request", async () => {
    const first = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-order" });
    const { kubeconfig: kc, region_id, name } = importBody("edge");
    const second = await call(fake, "POST", "/clusters:import", {
      body: { kubeconfig: kc, region_id, name },
      key: "k-order",
    });
    expect(second.text).toBe(first.text);
  });

  it("replays a PATCH even after the etag moved on (replay is checked before preconditions)", async () => {
    const cluster = await importCluster(fake);
    const patch = { body: { name: "renamed" }, ifMatch: cluster.etag, key: "patch-1" };
    const first = await call(fake, "PATCH", `/clusters/${cluster.id}`, patch);
    expect(first.status).toBe(200);
    await call(fake, "PATCH", `/clusters/${cluster.id}`, { body: { name: "other" }, ifMatch: first.body.etag });
    const replay = await call(fake, "PATCH", `/clusters/${cluster.id}`, patch);
    expect(replay.status).toBe(200);
    expect(replay.text).toBe(first.text);
    expect((await call(fake, "GET", `/clusters/${cluster.id}`)).body.name).toBe("other");
  });

  it("answers 422 for the same key with another body or path", async () => {
    await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-2" });
    const other = await call(fake, "POST", "/clusters:import", { body: importBody("other"), key: "k-2" });
    expect(other.status).toBe(422);
    expect(firstError(other).metadata?.["reason"]).toBe("IDEMPOTENCY_KEY_REUSED");
    const otherPath = await call(fake, "POST", "/clusters", { body: { name: "edge", region_id: "reg_1" }, key: "k-2" });
    expect(otherPath.status).toBe(422);
    expect(fake.state.countClusters("ws_a")).toBe(1);
  });

  it("answers 409 IDEMPOTENCY_KEY_IN_USE while the first request is still running", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "delay", delayMs: 5000 });
    const first = call(fake, "POST", "/clusters:import", { body: importBody("slow"), key: "k-3" });
    await clock.whenSleeping(1);
    const second = await call(fake, "POST", "/clusters:import", { body: importBody("slow"), key: "k-3" });
    expect(second.status).toBe(409);
    expect(firstError(second).metadata).toEqual({ reason: "IDEMPOTENCY_KEY_IN_USE" });
    await clock.advance(5000);
    const done = await first;
    expect(done.status).toBe(200);
    const third = await call(fake, "POST", "/clusters:import", { body: importBody("slow"), key: "k-3" });
    expect(third.text).toBe(done.text);
    expect(fake.state.countClusters("ws_a")).toBe(1);
  });

  it("stores 4xx answers and replays them", async () => {
    const first = await call(fake, "PATCH", "/clusters/clu_missing", {
      body: { name: "x" },
      ifMatch: "1",
      key: "k-404",
    });
    expect(first.status).toBe(404);
    const again = await call(fake, "PATCH", "/clusters/clu_missing", {
      body: { name: "x" },
      ifMatch: "1",
      key: "k-404",
    });
    expect(again.status).toBe(404);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("never stores a 5xx: the retry runs again", async () => {
    fake.inject({ method: "POST", path: "/clusters:import", fault: "status", status: 500 });
    const failed = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-5xx" });
    expect(failed.status).toBe(500);
    const retried = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-5xx" });
    expect(retried.status).toBe(200);
    expect(retried.headers.get("idempotent-replayed")).toBeNull();
    expect(fake.state.countClusters("ws_a")).toBe(1);
  });

  it("does not store validation failures (they happen before the key is claimed)", async () => {
    const bad = await call(fake, "POST", "/clusters:import", { body: { name: "x" }, key: "k-400" });
    expect(bad.status).toBe(400);
    const good = await call(fake, "POST", "/clusters:import", { body: importBody("x"), key: "k-400" });
    expect(good.status).toBe(200);
  });

  it("scopes keys per workspace", async () => {
    const a = await call(fake, "POST", "/clusters:import", {
      body: importBody("edge"),
      key: "shared",
      context: "ws_a",
    });
    const b = await call(fake, "POST", "/clusters:import", {
      body: importBody("edge"),
      key: "shared",
      context: "ws_b",
    });
    expect(b.status).toBe(200);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.headers.get("idempotent-replayed")).toBeNull();
  });

  it("forgets keys after 24 hours on the clock", async () => {
    const first = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-ttl" });
    await clock.advance(24 * 3600_000);
    const second = await call(fake, "POST", "/clusters:import", { body: importBody("edge"), key: "k-ttl" });
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
  });

  it("ignores the header on operations that take no key", async () => {
    const a = await call(fake, "POST", "/regions", { body: { name: "eu" }, key: "k-region" });
    const b = await call(fake, "POST", "/regions", { body: { name: "us" }, key: "k-region" });
    expect([a.status, b.status]).toEqual([201, 201]);
  });

  it("replays the Location header of a worker bootstrap create, secrets included", async () => {
    const cluster = await importCluster(fake);
    const first = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps`, { body: {}, key: "k-wbs" });
    const second = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps`, { body: {}, key: "k-wbs" });
    expect(second.status).toBe(201);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(second.text).toBe(first.text);
  });
});
