import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaError, AkuaOperationError, AkuaTimeoutError, unwrap, type Operation } from "../../src/index.js";
import { kubeconfig, startHarness, type Harness, rejection } from "../client/fixtures.js";
import { waitForCluster } from "../../src/wait-cluster.js";

let h: Harness;
let regionId: string;
beforeAll(async () => {
  h = await startHarness({ provisioning: { autoComplete: false } } as never);
  regionId = unwrap(await h.client().POST("/regions", { body: { name: "wait-region" } })).id;
});
afterAll(async () => {
  await h.fake.close();
});

const createCluster = async (name: string) =>
  unwrap(await h.client().POST("/clusters", { body: { name, region_id: regionId } }));
const requestsFor = (opId: string) => h.fake.requests.filter((r) => String(r.path).includes(opId));

describe("waitForOperation", () => {
  it("one :wait answers done as soon as the operation completes: no GET, no sleep", async () => {
    const op = await createCluster("w1");
    const progress: string[] = [];
    h.clock.setAutoAdvance(false); // time stands still: only completion can end the long-poll
    const waiting = h.client().waitForOperation(op.id, { onProgress: (o) => progress.push(o.state) });
    await h.clock.whenSleeping(2); // the fake's long-poll and the client's attempt timeout
    const sleepsBefore = h.clock.pending().length;
    const startedAt = h.clock.now();
    h.fake.operations.complete(op.id);
    const done = await waiting;
    h.clock.setAutoAdvance(true);
    expect(h.clock.now()).toBe(startedAt);
    expect(done).toMatchObject({ id: op.id, done: true, state: "SUCCEEDED" });
    const seen = requestsFor(op.id).map((r) => `${r.method} ${String(r.path).replace(/^\/v1/, "")}`);
    expect(seen).toEqual([`POST /operations/${op.id}:wait`]);
    expect(sleepsBefore).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe("SUCCEEDED");
  });

  it("FAILED and CANCELLED throw AkuaOperationError carrying the operation", async () => {
    const failed = await createCluster("w-fail");
    const waitingFail = rejection(h.client().waitForOperation(failed.id));
    await h.clock.whenSleeping();
    h.fake.operations.fail(failed.id, "no capacity in region");
    const e1 = await waitingFail;
    expect(e1).toBeInstanceOf(AkuaOperationError);
    expect((e1 as Error).message).toMatch(/FAILED: no capacity in region/);
    expect(((e1 as AkuaOperationError).operation as Operation).id).toBe(failed.id);

    const cancelled = await createCluster("w-cancel");
    const waitingCancel = rejection(h.client().waitForOperation(cancelled));
    await h.clock.whenSleeping();
    h.fake.operations.cancel(cancelled.id);
    expect(await waitingCancel).toMatchObject({ name: "AkuaOperationError", outcome: "not-applied" });
  });

  it("stops at the deadline with AkuaTimeoutError", async () => {
    const op = await createCluster("w-deadline");
    const start = h.clock.now();
    const error = await rejection(h.client().waitForOperation(op.id, { deadlineMs: 90_000 }));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(89_000);
    expect(h.clock.now() - start).toBeLessThanOrEqual(90_000);
  });

  it("never passes a deadline shorter than :wait's 1 s minimum", async () => {
    const op = await createCluster("w-short");
    const start = h.clock.now();
    const error = await rejection(h.client().waitForOperation(op.id, { deadlineMs: 300 }));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect((error as Error).message).toContain(`operation ${op.id} was not done within 300 ms`);
    expect(h.clock.now() - start).toBeLessThanOrEqual(300);
  });

  it("stops at once on abort", async () => {
    const op = await createCluster("w-abort");
    const controller = new AbortController();
    const waiting = rejection(h.client().waitForOperation(op.id, { signal: controller.signal }));
    await h.clock.whenSleeping();
    controller.abort(new Error("stop waiting"));
    expect(await waiting).toMatchObject({ name: "AbortError", cause: { message: "stop waiting" } });
  });

  it.each([404, 405, 501])("falls back to GET when :wait answers %i", async (status) => {
    const op = await createCluster(`w-fallback-${status}`);
    const fault = h.fake.inject({ method: "POST", path: "/operations/{id}:wait", fault: "status", status, times: 100 });
    const waiting = h.client().waitForOperation(op.id);
    await h.clock.whenSleeping();
    h.fake.operations.complete(op.id);
    const done = await waiting;
    fault.remove();
    expect(done.state).toBe("SUCCEEDED");
    const seen = requestsFor(op.id).map((r) => r.method);
    expect(seen[0]).toBe("POST");
    expect(seen.slice(1).every((m) => m === "GET")).toBe(true);
  });
});

describe("waitForCluster", () => {
  it("reaches active after the create operation completes", async () => {
    const op = await createCluster("c-active");
    const clusterId = (op as { owner_id: string }).owner_id;
    const states: string[] = [];
    const waiting = waitForCluster(h.client(), clusterId, { until: "active", onProgress: (c) => states.push(c.state) });
    await h.clock.whenSleeping();
    h.fake.operations.complete(op.id);
    const cluster = await waiting;
    expect(cluster.state).toBe("active");
    expect(states.at(-1)).toBe("active");
  });

  it('reaches a predicate, and "deleted" after a delete', async () => {
    const akua = h.client();
    const c = unwrap(
      await akua.POST("/clusters:import", { body: { name: "c-del", region_id: regionId, kubeconfig: kubeconfig() } }),
    );
    const viaPredicate = await waitForCluster(akua, c.id, { until: (x) => x.name === "c-del" });
    expect(viaPredicate.id).toBe(c.id);
    const del = unwrap(
      await akua.DELETE("/clusters/{id}", { params: { path: { id: c.id }, header: { "if-match": c.etag } } }),
    );
    const waiting = waitForCluster(akua, c.id, { until: "deleted" });
    await h.clock.whenSleeping();
    h.fake.operations.complete(del.id);
    expect(await waiting).toBeUndefined();
  });

  it("waiting for active on a deleting cluster fails at once", async () => {
    const akua = h.client();
    const c = unwrap(
      await akua.POST("/clusters:import", {
        body: { name: "c-doomed", region_id: regionId, kubeconfig: kubeconfig() },
      }),
    );
    unwrap(await akua.DELETE("/clusters/{id}", { params: { path: { id: c.id }, header: { "if-match": c.etag } } }));
    const start = h.clock.now();
    const error = await rejection(waitForCluster(akua, c.id, { until: "active" }));
    expect(error).toBeInstanceOf(AkuaError);
    expect((error as Error).message).toMatch(/is deleting and can no longer become "active"/);
    expect(h.clock.now()).toBe(start);
  });
});
