/**
 * Hundreds of simultaneous requests keep the state consistent: one winner
 * among conditional writes with the same etag, one resource for one
 * idempotency key.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call, firstError, importCluster, kubeconfig } from "./helpers.js";

let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({ clock: createTestClock() });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("concurrency", () => {
  it("200 concurrent PATCHes with one etag: exactly one succeeds, 199 are ABORTED", async () => {
    const cluster = await importCluster(fake, "race");
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(fake, "PATCH", `/clusters/${cluster.id}`, { body: { name: `writer-${i}` }, ifMatch: cluster.etag }),
      ),
    );
    const won = answers.filter((a) => a.status === 200);
    const lost = answers.filter((a) => a.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(199);
    for (const a of lost) {
      expect(firstError(a).metadata).toEqual({ reason: "ABORTED", current_etag: won[0]!.body.etag });
    }
    expect((await call(fake, "GET", `/clusters/${cluster.id}`)).body.name).toBe(won[0]!.body.name);
  });

  it("100 concurrent creates with one idempotency key make one resource", async () => {
    const before = fake.state.countClusters();
    const body = { name: "once", region_id: "reg_1", kubeconfig: kubeconfig() };
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => call(fake, "POST", "/clusters:import", { body, key: "same-key" })),
    );
    expect(fake.state.countClusters()).toBe(before + 1);
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThan(0);
    expect(new Set(ok.map((a) => a.body.id)).size).toBe(1);
    for (const a of answers.filter((x) => x.status !== 200)) {
      expect(a.status).toBe(409);
      expect(firstError(a).metadata?.["reason"]).toBe("IDEMPOTENCY_KEY_IN_USE");
    }
  });

  it("100 concurrent creates with one key while the first is delayed: one runs, the rest are 409 in flight", async () => {
    const clock = fake.clock as ReturnType<typeof createTestClock>;
    fake.inject({ method: "POST", path: "/secrets", fault: "delay", delayMs: 1000 });
    const body = { name: "delayed", kind: "generic", value: "v" };
    const first = call(fake, "POST", "/secrets", { body, key: "delayed-key" });
    await clock.whenSleeping(1);
    const rest = await Promise.all(
      Array.from({ length: 99 }, () => call(fake, "POST", "/secrets", { body, key: "delayed-key" })),
    );
    expect(rest.every((a) => a.status === 409)).toBe(true);
    await clock.advance(1000);
    expect((await first).status).toBe(201);
    expect(fake.state.countSecrets()).toBe(1);
  });

  it("concurrent distinct creates all land, with distinct ids", async () => {
    const answers = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        call(fake, "POST", "/secrets", { body: { name: `s-${i}`, kind: "generic", value: "v" } }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(150);
  });
});
