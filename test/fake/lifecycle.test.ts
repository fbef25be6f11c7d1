/**
 * Long-running operations on the test clock: create-and-wait, `:wait`
 * timeouts, suspend/resume/delete, cancel, listing and driving operations
 * from the test.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, firstError, importCluster } from "./helpers.js";

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

async function createCluster(name = "prod-eu"): Promise<any> {
  const res = await call(fake, "POST", "/clusters", { body: { name, region_id: "reg_4n8p2x6v" } });
  expect(res.status).toBe(202);
  return res.body;
}

describe("create and wait", () => {
  it("answers 202 with an Operation and moves the cluster pending -> provisioning -> active on the clock", async () => {
    const start = clock.now();
    const op = await createCluster();
    expect(op).toMatchObject({ state: "RUNNING", done: false, owner_type: "cluster", response: null, error: null });
    expect(op.id).toMatch(/^op_/);
    expect(op.metadata).toEqual({
      type: "cluster.create",
      workspace_id: "ws_test",
      region_id: "reg_4n8p2x6v",
      name: "prod-eu",
    });
    expect(op.steps[0]).toMatchObject({ name: "provision_control_plane", status: "running" });
    const clusterId = op.owner_id;

    expect((await call(fake, "GET", `/clusters/${clusterId}`)).body).toMatchObject({
      state: "pending",
      reconciling: true,
    });
    await clock.advance(1000);
    const provisioning = (await call(fake, "GET", `/clusters/${clusterId}`)).body;
    expect(provisioning.state).toBe("provisioning");
    const midway = (await call(fake, "GET", `/operations/${op.id}`)).body;
    expect(midway.steps.map((s: { status: string }) => s.status)).toEqual(["completed", "running"]);

    const waiting = call(fake, "POST", `/operations/${op.id}:wait?timeout=60`);
    await clock.whenSleeping(2); // the create's last timer and the long-poll
    await clock.advance(4000);
    const done = await waiting;
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      state: "SUCCEEDED",
      done: true,
      response: { type: "cluster.create", cluster_id: clusterId },
    });
    expect(done.body.completed_at).toBe(Math.floor((start + 5000) / 1000));
    expect(clock.now()).toBe(start + 5000);
    expect((await call(fake, "GET", `/clusters/${clusterId}`)).body).toMatchObject({
      state: "active",
      reconciling: false,
    });
  });

  it("answers :wait as soon as the operation completes, long before the timeout", async () => {
    const op = await createCluster();
    const waiting = call(fake, "POST", `/operations/${op.id}:wait?timeout=60`);
    await clock.whenSleeping(3);
    await clock.advance(5000);
    const done = await waiting;
    expect(done.body.done).toBe(true);
    expect(clock.pending()).toEqual([]);
  });

  it("serves a generated admin kubeconfig for a managed cluster", async () => {
    const op = await createCluster();
    const kc = await call(fake, "GET", `/clusters/${op.owner_id}/kubeconfig`);
    expect(kc.status).toBe(200);
    expect(kc.body.kubeconfig).toContain("kind: Config");
    expect(kc.body.kubeconfig).toContain(op.owner_id);
  });

  it("answers done false when :wait times out", async () => {
    const fakeManual = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
    try {
      const op = (await call(fakeManual, "POST", "/clusters", { body: { name: "slow", region_id: "r" } })).body;
      const waiting = call(fakeManual, "POST", `/operations/${op.id}:wait?timeout=2`);
      await clock.whenSleeping(1);
      await clock.advance(2000);
      const res = await waiting;
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: op.id, state: "RUNNING", done: false });
    } finally {
      expect(fakeManual.violations).toEqual([]);
      await fakeManual.close();
    }
  });

  it("waits 30 s by default", async () => {
    const manual = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
    try {
      const op = (await call(manual, "POST", "/clusters", { body: { name: "slow", region_id: "r" } })).body;
      const waiting = call(manual, "POST", `/operations/${op.id}:wait`);
      await clock.whenSleeping(1);
      expect(clock.pending()).toEqual([clock.now() + 30_000]);
      await clock.advance(30_000);
      expect((await waiting).body.done).toBe(false);
    } finally {
      await manual.close();
    }
  });

  it("refuses a timeout above 60 with 400", async () => {
    const op = await createCluster();
    const res = await call(fake, "POST", `/operations/${op.id}:wait?timeout=61`);
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["query", "timeout"]);
  });

  it("answers :wait on a done operation at once and 404 for an unknown one", async () => {
    const op = await createCluster();
    await clock.advance(5000);
    expect((await call(fake, "POST", `/operations/${op.id}:wait?timeout=60`)).body.done).toBe(true);
    expect((await call(fake, "POST", "/operations/op_missing:wait")).status).toBe(404);
  });

  it("runs on an auto-advancing clock without any manual step", async () => {
    const auto = createTestClock({ autoAdvance: true });
    const fakeAuto = await startFakeAkua({ clock: auto });
    try {
      const op = (await call(fakeAuto, "POST", "/clusters", { body: { name: "auto", region_id: "r" } })).body;
      let done = false;
      for (let i = 0; i < 10 && !done; i++) {
        done = (await call(fakeAuto, "POST", `/operations/${op.id}:wait?timeout=60`)).body.done;
      }
      expect(done).toBe(true);
      expect((await call(fakeAuto, "GET", `/clusters/${op.owner_id}`)).body.state).toBe("active");
    } finally {
      await fakeAuto.close();
    }
  });
});

describe("suspend, resume, delete", () => {
  it("suspends and resumes an active cluster through operations", async () => {
    const cluster = await importCluster(fake);
    const suspend = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: cluster.etag });
    expect(suspend.status).toBe(202);
    expect(suspend.body.metadata).toEqual({ type: "cluster.suspend", cluster_id: cluster.id });
    const during = (await call(fake, "GET", `/clusters/${cluster.id}`)).body;
    expect(during).toMatchObject({ state: "active", reconciling: true });

    const busy = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: during.etag });
    expect(busy.status).toBe(409);
    expect(firstError(busy).metadata?.["reason"]).toBe("CONFLICT");

    await clock.advance(5000);
    const suspended = (await call(fake, "GET", `/clusters/${cluster.id}`)).body;
    expect(suspended).toMatchObject({ state: "suspended", reconciling: false });
    expect((await call(fake, "GET", `/operations/${suspend.body.id}`)).body.response).toEqual({
      type: "cluster.suspend",
      cluster_id: cluster.id,
    });

    const again = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: suspended.etag });
    expect(again.status).toBe(409);
    expect(firstError(again).metadata).not.toHaveProperty("current_etag");

    const resume = await call(fake, "POST", `/clusters/${cluster.id}:resume`, { ifMatch: suspended.etag });
    expect(resume.status).toBe(202);
    await clock.advance(5000);
    const resumed = (await call(fake, "GET", `/clusters/${cluster.id}`)).body;
    expect(resumed.state).toBe("active");
    expect((await call(fake, "POST", `/clusters/${cluster.id}:resume`, { ifMatch: resumed.etag })).status).toBe(409);
  });

  it("answers a stale etag on :suspend with 409 ABORTED", async () => {
    const cluster = await importCluster(fake);
    await call(fake, "PATCH", `/clusters/${cluster.id}`, { body: { name: "n" }, ifMatch: cluster.etag });
    const res = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: cluster.etag });
    expect(res.status).toBe(409);
    expect(firstError(res).metadata?.["reason"]).toBe("ABORTED");
  });

  it("deletes through an operation: deleting, then 404", async () => {
    const cluster = await importCluster(fake);
    const del = await call(fake, "DELETE", `/clusters/${cluster.id}`, { ifMatch: cluster.etag });
    expect(del.status).toBe(202);
    expect(del.body.metadata).toEqual({ type: "cluster.delete", cluster_id: cluster.id });
    const deleting = (await call(fake, "GET", `/clusters/${cluster.id}`)).body;
    expect(deleting.state).toBe("deleting");
    expect((await call(fake, "DELETE", `/clusters/${cluster.id}`, { ifMatch: deleting.etag })).status).toBe(409);
    await clock.advance(5000);
    expect((await call(fake, "GET", `/clusters/${cluster.id}`)).status).toBe(404);
    expect((await call(fake, "GET", `/operations/${del.body.id}`)).body).toMatchObject({
      state: "SUCCEEDED",
      response: { type: "cluster.delete", cluster_id: cluster.id },
    });
    expect(fake.state.countClusters()).toBe(0);
  });

  it("deleting a cluster while it is created cancels the create", async () => {
    const op = await createCluster();
    const cluster = (await call(fake, "GET", `/clusters/${op.owner_id}`)).body;
    const del = await call(fake, "DELETE", `/clusters/${cluster.id}`, { ifMatch: cluster.etag });
    expect(del.status).toBe(202);
    expect((await call(fake, "GET", `/operations/${op.id}`)).body).toMatchObject({ state: "CANCELLED", done: true });
    await clock.advance(5000);
    expect((await call(fake, "GET", `/clusters/${cluster.id}`)).status).toBe(404);
  });
});

describe("cancel", () => {
  it("answers 202 with the operation as it was, then it is CANCELLED and the created cluster is gone", async () => {
    const op = await createCluster();
    const res = await call(fake, "POST", `/operations/${op.id}:cancel`, { key: "cancel-1" });
    expect(res.status).toBe(202);
    expect(res.body.state).toBe("RUNNING");
    const after = (await call(fake, "GET", `/operations/${op.id}`)).body;
    expect(after).toMatchObject({
      state: "CANCELLED",
      done: true,
      response: null,
      error: { message: expect.any(String) },
    });
    expect((await call(fake, "GET", `/clusters/${op.owner_id}`)).status).toBe(404);

    const replay = await call(fake, "POST", `/operations/${op.id}:cancel`, { key: "cancel-1" });
    expect(replay.status).toBe(202);
    expect(replay.text).toBe(res.text);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");

    const terminal = await call(fake, "POST", `/operations/${op.id}:cancel`);
    expect(terminal.status).toBe(422);
    await clock.advance(10_000);
    expect((await call(fake, "GET", `/operations/${op.id}`)).body).toEqual(after);
  });

  it("wakes a parked :wait at once", async () => {
    const op = await createCluster();
    const waiting = call(fake, "POST", `/operations/${op.id}:wait?timeout=60`);
    await clock.whenSleeping(3);
    await call(fake, "POST", `/operations/${op.id}:cancel`);
    expect((await waiting).body.state).toBe("CANCELLED");
  });

  it("checks the optional if-match against the operation's ETag", async () => {
    const op = await createCluster();
    const got = await call(fake, "GET", `/operations/${op.id}`);
    const etag = got.headers.get("etag")!;
    expect((await call(fake, "POST", `/operations/${op.id}:cancel`, { ifMatch: '"999999"' })).status).toBe(409);
    expect((await call(fake, "POST", `/operations/${op.id}:cancel`, { ifMatch: etag })).status).toBe(202);
  });
});

describe("driving operations from the test", () => {
  it("complete(), fail() and cancel() end operations and wake waiters", async () => {
    const manual = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
    try {
      const a = (await call(manual, "POST", "/clusters", { body: { name: "a", region_id: "r" } })).body;
      const b = (await call(manual, "POST", "/clusters", { body: { name: "b", region_id: "r" } })).body;
      const waiting = call(manual, "POST", `/operations/${a.id}:wait?timeout=60`);
      await clock.whenSleeping(1);
      await clock.advance(60_000 - 1);
      manual.operations.complete(a.id);
      const done = await waiting;
      expect(done.body).toMatchObject({
        state: "SUCCEEDED",
        response: { type: "cluster.create", cluster_id: a.owner_id },
      });
      expect((await call(manual, "GET", `/clusters/${a.owner_id}`)).body.state).toBe("active");

      manual.operations.fail(b.id, "quota exceeded");
      expect((await call(manual, "GET", `/operations/${b.id}`)).body).toMatchObject({
        state: "FAILED",
        done: true,
        error: { message: "quota exceeded" },
      });
      expect((await call(manual, "GET", `/clusters/${b.owner_id}`)).status).toBe(404);
      expect(() => manual.operations.cancel(b.id)).toThrow(/already done/);
      expect(manual.violations).toEqual([]);
    } finally {
      await manual.close();
    }
  });

  it("complete() takes a response override", async () => {
    const manual = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
    try {
      const op = (await call(manual, "POST", "/clusters", { body: { name: "a", region_id: "r" } })).body;
      manual.operations.complete(op.id, { type: "cluster.create", cluster_id: "clu_override" });
      expect(manual.state.operation(op.id)?.response).toEqual({ type: "cluster.create", cluster_id: "clu_override" });
    } finally {
      await manual.close();
    }
  });
});

describe("GET /operations", () => {
  it("lists newest first and filters by owner", async () => {
    const a = await createCluster("a");
    const b = await createCluster("b");
    const all = (await call(fake, "GET", "/operations")).body;
    expect(all.data.map((o: { id: string }) => o.id)).toEqual([b.id, a.id]);
    const filtered = await call(fake, "GET", `/operations?owner_type=cluster&owner_id=${a.owner_id}`);
    expect(filtered.body.data.map((o: { id: string }) => o.id)).toEqual([a.id]);
  });

  it("answers 400 when owner_type comes without owner_id or the other way round", async () => {
    const one = await call(fake, "GET", "/operations?owner_type=cluster");
    expect(one.status).toBe(400);
    expect(firstError(one).path).toEqual(["query", "owner_id"]);
    const other = await call(fake, "GET", "/operations?owner_id=clu_x");
    expect(other.status).toBe(400);
    expect(firstError(other).path).toEqual(["query", "owner_type"]);
  });
});
