/**
 * Preview hostname binds: 202 Operations on the fake's clock whose results
 * name the hostname, which the install's list shows (provisioning -> active);
 * a floating bind re-points its track's hostname. And the references the
 * fake checks in create bodies (404 naming the field), and the installs of a
 * product, newest first.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, firstError, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

let keys = 0;
function bind(installId: string, verb: "bindPinned" | "bindFloating", body: object, key = `bind-${++keys}`) {
  return call(fake, "POST", `/installs/${installId}/preview_hostnames:${verb}`, { body, key });
}

/** An install with two renders. */
function installWithRenders(): { install: string; renders: string[] } {
  const [install] = fake.seed.installs(1, { fields: { state: "healthy" } });
  const renders = fake.seed.resources("InstallRender", 2, { parent: install! });
  return { install: install!, renders };
}

describe("preview hostname binds", () => {
  it("bindPinned: 202 Operation on the clock; the hostname is listed provisioning, then active; the result names it", async () => {
    const { install, renders } = installWithRenders();
    const res = await bind(install, "bindPinned", { render_id: renders[0] });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      owner_type: "install",
      owner_id: install,
      state: "RUNNING",
      metadata: {
        type: "preview_hostname.bind_pinned",
        install_id: install,
        render_id: renders[0],
        protocol: "http",
        routing_mode: "through_dispatcher",
      },
    });
    const listed = (await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: "provisioning", binding: { kind: "pinned", render_id: renders[0] } });
    await clock.advance(1000);
    const op = (await call(fake, "GET", `/operations/${res.body.id}`)).body;
    expect(op.response).toEqual({
      type: "preview_hostname.bind_pinned",
      install_id: install,
      preview_hostname_id: listed[0].id,
      hostname: listed[0].hostname,
    });
    const active = (await call(fake, "GET", `/installs/${install}/preview_hostnames?state=active`)).body.data;
    expect(active.map((h: any) => h.id)).toEqual([listed[0].id]);
    expect(fake.violations).toEqual([]);
  });

  it("bindFloating: tracks that read alike get distinct hostnames, each label a valid DNS label", async () => {
    const { install, renders } = installWithRenders();
    for (const track of ["Main", "main", "MAIN!", "!!!", "-x-", "é".repeat(100)]) {
      expect((await bind(install, "bindFloating", { track, render_id: renders[0] })).status, track).toBe(202);
    }
    const names = (await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data.map(
      (h: any) => h.hostname as string,
    );
    expect(new Set(names).size, names.join(" ")).toBe(6);
    for (const name of names) {
      for (const label of name.split(".")) expect(label, name).toMatch(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/);
    }
  });

  it("bindFloating: a track's first bind makes its hostname; the next re-points the same one when it completes", async () => {
    const { install, renders } = installWithRenders();
    const first = await bind(install, "bindFloating", { track: "main", render_id: renders[0], protocol: "grpc" });
    expect(first.body.metadata).toMatchObject({
      type: "preview_hostname.bind_floating",
      track: "main",
      protocol: "grpc",
    });
    await clock.advance(1000);
    const [hostname] = (await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data;
    expect(hostname).toMatchObject({
      status: "active",
      protocol: "grpc",
      binding: { kind: "floating", track: "main" },
    });
    expect(hostname.hostname).toMatch(/^main-/);
    const again = await bind(install, "bindFloating", { track: "main", render_id: renders[1] });
    expect(again.status).toBe(202);
    expect((await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data[0].binding.render_id).toBe(
      renders[0],
    );
    await clock.advance(1000);
    const after = (await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: hostname.id,
      protocol: "http",
      binding: { track: "main", render_id: renders[1] },
    });
    expect((await call(fake, "GET", `/operations/${again.body.id}`)).body.response.preview_hostname_id).toBe(
      hostname.id,
    );
    const other = await bind(install, "bindFloating", { track: "feature-x", render_id: renders[1] });
    await clock.advance(1000);
    expect((await call(fake, "GET", `/installs/${install}/preview_hostnames?track=feature-x`)).status).toBe(200);
    expect((await call(fake, "GET", `/operations/${other.body.id}`)).body.response.preview_hostname_id).not.toBe(
      hostname.id,
    );
    expect(fake.violations).toEqual([]);
  });

  it("replays a bind sent twice with one key; a failed bind removes the new hostname", async () => {
    const { install, renders } = installWithRenders();
    const a = await bind(install, "bindPinned", { render_id: renders[0] }, "same");
    const b = await bind(install, "bindPinned", { render_id: renders[0] }, "same");
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    expect(b.body).toEqual(a.body);
    expect((await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data).toHaveLength(1);
    fake.operations.fail(a.body.id, "no capacity");
    expect((await call(fake, "GET", `/installs/${install}/preview_hostnames`)).body.data).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("404 for an unknown install, another workspace's, and a render that is not the install's", async () => {
    const { install, renders } = installWithRenders();
    const other = installWithRenders();
    expect((await bind("inst_missing", "bindPinned", { render_id: renders[0] })).status).toBe(404);
    const foreign = await call(fake, "POST", `/installs/${install}/preview_hostnames:bindPinned`, {
      body: { render_id: renders[0] },
      key: "k-other",
      token: "sk_akua_other",
    });
    expect(foreign.status).toBe(404);
    const wrong = await bind(install, "bindFloating", { track: "main", render_id: other.renders[0] });
    expect(wrong.status).toBe(404);
    expect(firstError(wrong)).toMatchObject({ path: ["body", "render_id"] });
    expect(fake.operations.list()).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("references in create bodies", () => {
  it("an install's package, cluster and region must exist (404 naming the field); the pin resolves package_version_id", async () => {
    const [pkg] = fake.seed.resources("Package", 1);
    const [v1, v2] = fake.seed.resources("PackageVersion", 2, {
      parent: pkg!,
      fields: (i) => ({ semver: `1.${i}.0` }),
    });
    const [region] = fake.seed.regions(1);
    const [cluster] = fake.seed.clusters(1);
    const body = { package_id: pkg, package_version_pin: { kind: "pinned", version: "1.0.0" }, region_id: region };
    const cases: [object, string[]][] = [
      [{ package_id: "pkg_missing" }, ["body", "package_id"]],
      [{ cluster_id: "clu_missing" }, ["body", "cluster_id"]],
      [{ region_id: "reg_missing" }, ["body", "region_id"]],
      [{ package_version_pin: { kind: "pinned", version: "9.9.9" } }, ["body", "package_version_pin", "version"]],
    ];
    for (const [change, path] of cases) {
      const res = await call(fake, "POST", "/installs", { body: { ...body, ...change } });
      expect(res.status, JSON.stringify(change)).toBe(404);
      expect(firstError(res).path).toEqual(path);
      expect(firstError(res).message).toContain(path.at(-1) === "version" ? "package_version_pin.version" : path[1]);
    }
    expect(fake.state.countInstalls()).toBe(0);
    const pinned = await call(fake, "POST", "/installs", { body: { ...body, cluster_id: cluster } });
    expect(pinned.status).toBe(202);
    expect(fake.state.install(pinned.body.owner_id)).toMatchObject({ package_version_id: v1, cluster_id: cluster });
    // `latest`: the package's latest_version_id, else (a seeded package's example id, no version) its newest version.
    const latest = await call(fake, "POST", "/installs", {
      body: { ...body, package_version_pin: { kind: "latest" } },
    });
    expect(fake.state.install(latest.body.owner_id)?.package_version_id).toBe(v2);
    const foreignPkg = await call(fake, "POST", "/installs", { body, token: "sk_akua_other" });
    expect(foreignPkg.status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("a machine's cluster and compute config, a change request's parent repository (404 naming the field)", async () => {
    const [cluster] = fake.seed.clusters(1);
    const [config] = fake.seed.resources("ComputeConfig", 1);
    const machine = { cluster_id: cluster, compute_config_id: config, instance_type: "cpx31", name: "w" };
    expect((await call(fake, "POST", "/machines", { body: machine })).status).toBe(202);
    const noCluster = await call(fake, "POST", "/machines", { body: { ...machine, cluster_id: "clu_missing" } });
    expect(noCluster.status).toBe(404);
    expect(firstError(noCluster).path).toEqual(["body", "cluster_id"]);
    const noConfig = await call(fake, "POST", "/machines", { body: { ...machine, compute_config_id: "cfg_missing" } });
    expect(firstError(noConfig).path).toEqual(["body", "compute_config_id"]);
    const noParent = await call(fake, "POST", "/repository_change_requests", {
      body: { parent_repository_id: "repo_missing", kind: "user" },
      key: "rcr-1",
    });
    expect(noParent.status).toBe(404);
    expect(firstError(noParent).message).toContain("parent_repository_id");
    expect(fake.state.countMachines()).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it("installs of a product: newest first, stable under inserts, cluster_id left out for customers' installs", async () => {
    const ids = fake.seed.installs(3, { fields: { product_id: "prd_1", cluster_id: "clu_1" } });
    fake.seed.installs(1, { fields: { product_id: "prd_2" } });
    const [own] = fake.seed.installs(1, {
      fields: { product_id: "prd_1", cluster_id: "clu_1", customer_workspace: { id: "ws_test", name: "Us" } },
    });
    const first = (await call(fake, "GET", "/installs?product_id=prd_1&limit=2")).body;
    expect(first.data.map((i: any) => i.id)).toEqual([own, ids[2]]);
    expect(first.data[0].cluster_id).toBe("clu_1");
    expect(first.data[1]).not.toHaveProperty("cluster_id");
    fake.seed.installs(1, { fields: { product_id: "prd_1" } });
    const rest = (await call(fake, "GET", `/installs?product_id=prd_1&limit=2&cursor=${first.next_cursor}`)).body;
    expect(rest.data.map((i: any) => i.id)).toEqual([ids[1], ids[0]]);
    const workspace = (await call(fake, "GET", "/installs")).body.data;
    expect(workspace[0].id).toBe(ids[0]);
    expect(workspace[0].cluster_id).toBe("clu_1");
    expect(fake.violations).toEqual([]);
  });
});
