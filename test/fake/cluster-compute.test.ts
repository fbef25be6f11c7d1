/**
 * A cluster's compute settings (written with `auto_scaling_enabled`, read back
 * as `auto_scaling`; if-match on the settings' etag) and capabilities (a
 * `missing` snapshot until a `:refresh` Operation succeeds on the clock, then
 * `fresh`, then `stale` past an hour).
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, importCluster, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

describe("cluster compute settings", () => {
  it("reads the defaults, counts the cluster's machines, and writes auto_scaling_enabled as auto_scaling", async () => {
    const cluster = await importCluster(fake);
    fake.seed.machines(3, { fields: (i) => ({ cluster_id: i < 2 ? cluster.id : "clu_elsewhere" }) });
    const read = await call(fake, "GET", `/clusters/${cluster.id}/compute_settings`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ auto_scaling: "active", machines: 2, max_machines: 10 });
    expect(read.headers.get("etag")).toBe(`"${read.body.etag}"`);

    const paused = await call(fake, "PATCH", `/clusters/${cluster.id}/compute_settings`, {
      body: { auto_scaling_enabled: false },
      ifMatch: `"${read.body.etag}"`,
    });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ auto_scaling: "paused", max_machines: 10 });
    expect(paused.body.etag).not.toBe(read.body.etag);

    const capped = await call(fake, "PATCH", `/clusters/${cluster.id}/compute_settings`, {
      body: { max_machines: 25 },
      ifMatch: `"${paused.body.etag}"`,
    });
    expect(capped.body).toMatchObject({ auto_scaling: "paused", max_machines: 25 });
    expect((await call(fake, "GET", `/clusters/${cluster.id}/compute_settings`)).body).toEqual(capped.body);
    expect(fake.violations).toEqual([]);
  });

  it("refuses a stale etag (409 ABORTED), a missing if-match, an empty or out-of-range body, another workspace", async () => {
    const cluster = await importCluster(fake);
    const path = `/clusters/${cluster.id}/compute_settings`;
    const read = await call(fake, "GET", path);
    const stale = await call(fake, "PATCH", path, { body: { max_machines: 5 }, ifMatch: '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].metadata).toEqual({ reason: "ABORTED", current_etag: read.body.etag });
    expect((await call(fake, "PATCH", path, { body: { max_machines: 5 } })).status).toBe(400);
    expect((await call(fake, "PATCH", path, { body: {}, ifMatch: "*" })).status).toBe(400);
    expect((await call(fake, "PATCH", path, { body: { max_machines: 101 }, ifMatch: "*" })).status).toBe(400);
    expect((await call(fake, "GET", path, { token: "sk_akua_other" })).status).toBe(404);
    expect((await call(fake, "GET", "/clusters/clu_missing/compute_settings")).status).toBe(404);
    expect((await call(fake, "GET", path)).body).toEqual(read.body);
    expect(fake.violations).toEqual([]);
  });
});

describe("cluster capabilities", () => {
  it("is missing until a refresh succeeds on the clock, then fresh, then stale after max_age_seconds", async () => {
    const cluster = await importCluster(fake);
    const path = `/clusters/${cluster.id}/capabilities`;
    const before = await call(fake, "GET", path);
    expect(before.status).toBe(200);
    expect(before.body.freshness).toMatchObject({ state: "missing", last_refresh_status: null, age_seconds: null });
    expect(before.body.nodes).toEqual([]);

    const refresh = await call(fake, "POST", `${path}:refresh`, { key: "r1" });
    expect(refresh.status).toBe(202);
    expect(refresh.body).toMatchObject({
      owner_type: "cluster",
      owner_id: cluster.id,
      metadata: { type: "cluster.capabilities.refresh", cluster_id: cluster.id },
    });
    expect((await call(fake, "GET", path)).body.freshness).toMatchObject({
      state: "missing",
      last_refresh_status: "RUNNING",
    });

    await clock.advance(1000);
    const fresh = (await call(fake, "GET", path)).body;
    expect(fresh.freshness).toMatchObject({ state: "fresh", age_seconds: 0, last_refresh_status: "SUCCESS" });
    expect(fresh.nodes.length).toBeGreaterThan(0);
    const op = (await call(fake, "GET", `/operations/${refresh.body.id}`)).body;
    expect(op.response).toEqual({ type: "cluster.capabilities.refresh", cluster_id: cluster.id });

    await clock.advance(3601 * 1000);
    expect((await call(fake, "GET", path)).body.freshness).toMatchObject({ state: "stale", age_seconds: 3601 });
    expect(fake.violations).toEqual([]);
  });

  it("reports a failed refresh and keeps the earlier snapshot", async () => {
    const cluster = await importCluster(fake);
    const path = `/clusters/${cluster.id}/capabilities`;
    const failedFirst = await call(fake, "POST", `${path}:refresh`);
    fake.operations.fail(failedFirst.body.id, "unreachable");
    expect((await call(fake, "GET", path)).body.freshness).toMatchObject({
      state: "missing",
      last_refresh_status: "FAILED",
    });
    const ok = await call(fake, "POST", `${path}:refresh`);
    fake.operations.complete(ok.body.id);
    const again = await call(fake, "POST", `${path}:refresh`);
    fake.operations.cancel(again.body.id);
    const body = (await call(fake, "GET", path)).body;
    expect(body.freshness).toMatchObject({ state: "fresh", last_refresh_status: "FAILED" });
    expect(typeof body.freshness.last_refresh_error).toBe("string");
    expect((await call(fake, "GET", path, { token: "sk_akua_other" })).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });
});
