/**
 * The four first-reach calls of an SDK user: import a cluster, rename it with
 * if-match, mint a worker bootstrap, store and read a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, createSecret, firstError, importCluster, kubeconfig } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;

beforeAll(async () => {
  clock = createTestClock();
  fake = await startFakeAkua({ clock });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("import a cluster", () => {
  it("answers 200 with an active imported cluster and never echoes the kubeconfig", async () => {
    const res = await call(fake, "POST", "/clusters:import", {
      body: { name: "edge-berlin", region_id: "reg_4n8p2x6v", kubeconfig: kubeconfig("kc-secret-123") },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "edge-berlin",
      state: "active",
      provider: "imported_byoc",
      reconciling: false,
    });
    expect(res.body.id).toMatch(/^clu_[0-9a-z]+$/);
    expect(res.body.workspace_id).toBe("ws_test");
    expect(res.headers.get("etag")).toBe(`"${res.body.etag}"`);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.text).not.toContain("kc-secret-123");

    const got = await call(fake, "GET", `/clusters/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect(got.text).not.toContain("kc-secret-123");

    const kc = await call(fake, "GET", `/clusters/${res.body.id}/kubeconfig`);
    expect(kc.status).toBe(200);
    expect(kc.body.kubeconfig).toContain("kc-secret-123");
  });
});

describe("PATCH a cluster with if-match", () => {
  it("renames with the current etag and answers the new etag", async () => {
    const cluster = await importCluster(fake, "prod-eu");
    const res = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { name: "prod-eu-2" },
      ifMatch: cluster.etag,
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("prod-eu-2");
    expect(res.body.etag).not.toBe(cluster.etag);
    expect(res.headers.get("etag")).toBe(`"${res.body.etag}"`);
  });

  it("accepts quoted and weak etags and *", async () => {
    const cluster = await importCluster(fake, "quoted");
    const a = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { name: "a" },
      ifMatch: `"${cluster.etag}"`,
    });
    expect(a.status).toBe(200);
    const b = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { name: "b" },
      ifMatch: `W/"${a.body.etag}"`,
    });
    expect(b.status).toBe(200);
    const c = await call(fake, "PATCH", `/clusters/${cluster.id}`, { body: { name: "c" }, ifMatch: "*" });
    expect(c.status).toBe(200);
  });

  it("answers a stale etag with 409 ABORTED and the current etag", async () => {
    const cluster = await importCluster(fake, "stale");
    const first = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { name: "one" },
      ifMatch: cluster.etag,
    });
    const stale = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { name: "two" },
      ifMatch: cluster.etag,
    });
    expect(stale.status).toBe(409);
    const error = firstError(stale);
    expect(error.code).toBe(409);
    expect(error.metadata).toEqual({ reason: "ABORTED", current_etag: first.body.etag });
    expect((await call(fake, "GET", `/clusters/${cluster.id}`)).body.name).toBe("one");
  });

  it("answers a missing if-match with 400 naming the header", async () => {
    const cluster = await importCluster(fake, "no-if-match");
    const res = await call(fake, "PATCH", `/clusters/${cluster.id}`, { body: { name: "x" } });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["header", "if-match"]);
  });

  it("replaces each named top-level field and leaves the others", async () => {
    const cluster = await importCluster(fake, "fields");
    const res = await call(fake, "PATCH", `/clusters/${cluster.id}`, {
      body: { kubeconfig: kubeconfig("rotated-kc") },
      ifMatch: cluster.etag,
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("fields");
    expect(res.text).not.toContain("rotated-kc");
    expect((await call(fake, "GET", `/clusters/${cluster.id}/kubeconfig`)).body.kubeconfig).toContain("rotated-kc");
  });

  it("answers 404 for an unknown cluster", async () => {
    const res = await call(fake, "PATCH", "/clusters/clu_missing", { body: { name: "x" }, ifMatch: "1" });
    expect(res.status).toBe(404);
    expect(firstError(res).code).toBe(404);
  });
});

describe("worker bootstraps", () => {
  it("reveals token, command, cloud_init and artifacts only on create", async () => {
    const cluster = await importCluster(fake, "workers");
    const created = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps`, {
      body: { ttl_seconds: 600 },
    });
    expect(created.status).toBe(201);
    const wbs = created.body;
    expect(wbs.id).toMatch(/^wbs_/);
    expect(created.headers.get("location")).toBe(`/v1/clusters/${cluster.id}/worker_bootstraps/${wbs.id}`);
    expect(wbs.token).toMatch(/^wbt_/);
    expect(wbs.command).toContain(wbs.token);
    expect(wbs.cloud_init).toContain(wbs.token);
    expect(wbs.artifacts.linux.amd64).toMatchObject({ supported: true, shell: "bash" });
    expect(wbs.artifacts.linux.arm64.supported).toBe(true);
    expect(wbs.artifacts.windows.amd64).toMatchObject({ supported: true, shell: "powershell" });
    expect(wbs.artifacts.windows.arm64).toEqual({ supported: false });
    expect(wbs.status).toBe("active");
    expect(wbs.expires_at - wbs.created_at).toBe(600);

    const got = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps/${wbs.id}`);
    expect(got.status).toBe(200);
    expect(got.text).not.toContain(wbs.token);
    expect(Object.keys(got.body)).not.toEqual(expect.arrayContaining(["token"]));
    for (const field of ["token", "command", "cloud_init", "artifacts"]) expect(got.body).not.toHaveProperty(field);

    const list = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((b: { id: string }) => b.id)).toEqual([wbs.id]);
    expect(list.text).not.toContain(wbs.token);

    const revoked = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps/${wbs.id}:revoke`, {
      ifMatch: got.body.etag,
    });
    expect(revoked.status).toBe(202);
    expect(revoked.body.metadata).toEqual({
      type: "cluster.worker_bootstrap.revoke",
      cluster_id: cluster.id,
      worker_bootstrap_id: wbs.id,
    });
    expect(revoked.text).not.toContain(wbs.token);

    const after = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps/${wbs.id}`);
    expect(after.body.status).toBe("revoked");
    expect(after.body.reconciling).toBe(true);
    expect(after.body.active_operation).toMatchObject({ id: revoked.body.id, type: "cluster.worker_bootstrap.revoke" });
    await clock.advance(1000);
    const settled = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps/${wbs.id}`);
    expect(settled.body).toMatchObject({ status: "revoked", reconciling: false, active_operation: null });
    expect((await call(fake, "GET", `/operations/${revoked.body.id}`)).body).toMatchObject({
      state: "SUCCEEDED",
      done: true,
    });

    const again = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps/${wbs.id}:revoke`, {
      ifMatch: settled.body.etag,
    });
    expect(again.status).toBe(409);
    expect(firstError(again).metadata?.["reason"]).not.toBe("ABORTED");
  });

  it("defaults the lifetime to an hour and expires on the clock; list keeps expired ones", async () => {
    const cluster = await importCluster(fake, "expiry");
    const created = await call(fake, "POST", `/clusters/${cluster.id}/worker_bootstraps`, { body: {} });
    expect(created.body.expires_at - created.body.created_at).toBe(3600);
    await clock.advance(3600_000);
    const got = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps/${created.body.id}`);
    expect(got.body.status).toBe("expired");
    const list = await call(fake, "GET", `/clusters/${cluster.id}/worker_bootstraps`);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].status).toBe("expired");
  });

  it("answers 404 for a bootstrap of another cluster", async () => {
    const a = await importCluster(fake, "a");
    const b = await importCluster(fake, "b");
    const created = await call(fake, "POST", `/clusters/${a.id}/worker_bootstraps`, { body: {} });
    expect((await call(fake, "GET", `/clusters/${b.id}/worker_bootstraps/${created.body.id}`)).status).toBe(404);
    expect((await call(fake, "POST", "/clusters/clu_missing/worker_bootstraps", { body: {} })).status).toBe(404);
  });
});

describe("secrets", () => {
  it("never echoes the value; :access latest returns it", async () => {
    const res = await call(fake, "POST", "/secrets", {
      body: { name: "hcloud-prod", kind: "cloud_provider/hcloud", labels: { team: "platform" }, value: "hc-value-42" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "hcloud-prod",
      state: "active",
      version_count: 1,
      enabled_version_count: 1,
    });
    expect(res.body.id).toMatch(/^sec_/);
    expect(res.text).not.toContain("hc-value-42");
    expect((await call(fake, "GET", `/secrets/${res.body.id}`)).text).not.toContain("hc-value-42");
    expect((await call(fake, "GET", "/secrets")).text).not.toContain("hc-value-42");
    expect((await call(fake, "GET", `/secrets/${res.body.id}/versions`)).text).not.toContain("hc-value-42");

    const access = await call(fake, "POST", `/secrets/${res.body.id}/versions/latest:access`);
    expect(access.status).toBe(200);
    expect(access.body).toEqual({ value: "hc-value-42" });
  });

  it("answers 409 when the name is taken", async () => {
    await createSecret(fake, "dup", "v1");
    const res = await call(fake, "POST", "/secrets", { body: { name: "dup", kind: "generic", value: "v2" } });
    expect(res.status).toBe(409);
    expect(firstError(res).metadata?.["reason"]).not.toBe("ABORTED");
  });
});
