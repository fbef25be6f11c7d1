/**
 * An install's status and pods: canned, deterministic, derived from the
 * install's state (null Argo fields and no pods before a deploy; health, sync
 * and pods once synced), 404 outside the workspace.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

const states = ["pending", "syncing", "healthy", "degraded", "failed", "deleted"] as const;

describe("install status and pods", () => {
  it("derive health, sync, phase and pods from the install's state", async () => {
    const ids = fake.seed.installs(states.length, { fields: (i) => ({ state: states[i] }) });
    const status = await Promise.all(ids.map((id) => call(fake, "GET", `/installs/${id}/status`)));
    const pods = await Promise.all(ids.map((id) => call(fake, "GET", `/installs/${id}/pods`)));
    const summary = status.map((s, i) => [
      s.body.state,
      s.body.health,
      s.body.sync,
      s.body.operation_phase,
      pods[i]!.body.data.length,
    ]);
    expect(summary).toEqual([
      ["pending", null, null, null, 0],
      ["syncing", "Progressing", "OutOfSync", "Running", 2],
      ["healthy", "Healthy", "Synced", "Succeeded", 2],
      ["degraded", "Degraded", "Synced", "Succeeded", 2],
      ["failed", "Degraded", "OutOfSync", "Failed", 0],
      ["deleted", null, null, null, 0],
    ]);
    const healthy = status[2]!.body;
    expect(healthy.install_id).toBe(ids[2]);
    expect(healthy.revision).toMatch(/^[0-9a-f]{40}$/);
    expect(healthy.resources[0]).toMatchObject({ kind: "Deployment", status: "Synced", health: { status: "Healthy" } });
    expect(status[0]!.body).toMatchObject({ revision: null, resources: null, updated_at: null });
    expect(pods[2]!.body.data[0]).toEqual({ name: expect.any(String), containers: expect.any(Array) });
    expect((await call(fake, "GET", `/installs/${ids[2]}/status`)).body).toEqual(healthy);
    expect(fake.violations).toEqual([]);
  });

  it("follows a created install from pending to healthy on the clock", async () => {
    const [pkg] = fake.seed.resources("Package", 1);
    fake.seed.resources("PackageVersion", 1, { parent: pkg, fields: { semver: "1.4.0" } });
    const created = await call(fake, "POST", "/installs", {
      body: {
        package_id: pkg,
        package_version_pin: { kind: "pinned", version: "1.4.0" },
        cluster_id: fake.seed.clusters(1)[0],
        region_id: fake.seed.regions(1)[0],
      },
      key: "install-1",
    });
    expect(created.status).toBe(202);
    const id = created.body.owner_id as string;
    // The lifecycle (install-lifecycle.ts): rendering at startMs (1 s), syncing half-way, healthy at readyMs (5 s).
    const seen: unknown[] = [];
    for (const step of [0, 1000, 2000, 2000]) {
      await clock.advance(step);
      const status = (await call(fake, "GET", `/installs/${id}/status`)).body;
      const pods = (await call(fake, "GET", `/installs/${id}/pods`)).body.data.length;
      seen.push([status.state, status.health, status.reconciling, pods]);
    }
    expect(seen).toEqual([
      ["pending", null, true, 0],
      ["rendering", null, true, 0],
      ["syncing", "Progressing", true, 2],
      ["healthy", "Healthy", false, 2],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("answers 404 for an unknown install or another workspace's", async () => {
    const [id] = fake.seed.installs(1);
    expect((await call(fake, "GET", "/installs/inst_missing/status")).status).toBe(404);
    expect((await call(fake, "GET", `/installs/${id}/pods`, { token: "sk_akua_other" })).status).toBe(404);
    expect((await call(fake, "GET", `/installs/${id}/status`, { token: "sk_akua_other" })).status).toBe(404);
  });
});
