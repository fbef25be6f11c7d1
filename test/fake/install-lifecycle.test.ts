/**
 * The install lifecycle on the fake's clock: a created install goes pending ->
 * rendering -> syncing -> healthy with its Operation (failed when it fails),
 * and the lifecycle calls (`:update`, `:restore`, `PATCH .../automatic_updates`)
 * answer `{install, render}`, check if-match, replay on their idempotency key,
 * refuse a version of another package or a render that never deployed, and
 * roll out on the clock (renders listed by the derived engine).
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, createInstall, firstError, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

/** A package with versions 1.4.0 and 1.5.0 (seeded), and another package's version. */
function packages() {
  const [pkg, other] = fake.seed.resources("Package", 2);
  const [v14, v15] = fake.seed.resources("PackageVersion", 2, {
    parent: pkg!,
    fields: (i) => ({ semver: ["1.4.0", "1.5.0"][i] }),
  });
  const [foreign] = fake.seed.resources("PackageVersion", 1, { parent: other!, fields: { semver: "2.0.0" } });
  return { pkg: pkg!, v14: v14!, v15: v15!, foreign: foreign! };
}

/** Creates an install of `pkg` pinned at 1.4.0; returns its id and the create Operation's id. */
const install = (pkg: string, key = "create-1") => createInstall(fake, { packageId: pkg, key });

const get = async (id: string) => (await call(fake, "GET", `/installs/${id}`)).body;
const renders = async (id: string) => (await call(fake, "GET", `/installs/${id}/renders`)).body.data as any[];
const etag = async (id: string) => `"${(await get(id)).etag}"`;

describe("the install lifecycle", () => {
  it("moves a created install pending -> rendering -> syncing -> healthy with its install.create Operation", async () => {
    const { pkg, v14 } = packages();
    const { id, op } = await install(pkg);
    const seen: unknown[] = [];
    for (const step of [0, 1000, 2000, 2000]) {
      await clock.advance(step);
      const body = await get(id);
      const [render] = await renders(id);
      const operation = (await call(fake, "GET", `/operations/${op}`)).body;
      seen.push([body.state, body.reconciling, render.state, operation.state]);
    }
    expect(seen).toEqual([
      ["pending", true, "running", "RUNNING"],
      ["rendering", true, "running", "RUNNING"],
      ["syncing", true, "running", "RUNNING"],
      ["healthy", false, "deployed", "SUCCEEDED"],
    ]);
    const body = await get(id);
    expect(body.package_version_id).toBe(v14);
    const [render] = await renders(id);
    expect(render).toMatchObject({ install_id: id, operation_id: op, package_version_id: v14, state: "deployed" });
    expect(render.commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect((await call(fake, "GET", `/operations/${op}`)).body.response).toMatchObject({
      type: "install.create",
      install_id: id,
    });
  });

  it("makes the install failed when its Operation fails (fake.operations.fail), the render failed", async () => {
    const { pkg } = packages();
    const { id, op } = await install(pkg);
    await clock.advance(1000);
    fake.operations.fail(op, "image pull failed");
    expect(await get(id)).toMatchObject({ state: "failed", reconciling: false });
    expect((await renders(id))[0].state).toBe("failed");
    await clock.advance(10_000);
    expect((await get(id)).state).toBe("failed");
  });

  it(":update answers 202 {install, render} and moves current_version once the render deployed on the clock", async () => {
    const { pkg, v14, v15 } = packages();
    const { id } = await install(pkg);
    await clock.advance(5000);
    const before = await etag(id);
    const updated = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: before,
      key: "update-1",
    });
    expect(updated.status).toBe(202);
    expect(updated.body.install).toMatchObject({
      id,
      current_version: { id: v14, semver: "1.4.0" },
      desired_version: { id: v15, semver: "1.5.0" },
      automatic_updates_enabled: false,
    });
    expect(updated.body.render).toMatchObject({
      install_id: id,
      package_version_id: v15,
      state: "running",
      restored_from_render_id: null,
      message: "Update to 1.5.0",
    });
    expect(updated.headers.get("etag")).toBe(`"${updated.body.install.etag}"`);
    expect(`"${updated.body.install.etag}"`).not.toBe(before);
    expect(await etag(id)).toBe(`"${updated.body.install.etag}"`);
    // The render's Operation is an install.render one, on the install.
    const renderOp = (await call(fake, "GET", `/operations/${updated.body.render.operation_id}`)).body;
    expect(renderOp).toMatchObject({ owner_type: "install", owner_id: id, metadata: { type: "install.render" } });

    // The same key and body: the first answer, replayed (nothing started twice).
    const replay = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: before,
      key: "update-1",
    });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(updated.body);
    expect(await renders(id)).toHaveLength(2);

    expect((await get(id)).package_version_id).toBe(v14); // not deployed yet
    await clock.advance(1000);
    expect((await get(id)).state).toBe("rendering");
    await clock.advance(4000);
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v15 });
    const [, render] = await renders(id);
    expect(render).toMatchObject({ id: updated.body.render.id, state: "deployed" });
    expect((await call(fake, "GET", `/installs/${id}/renders/${render.id}`)).body).toEqual(render);
    const toggled = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: false },
      ifMatch: await etag(id),
      key: "auto-0",
    });
    expect(toggled.body.install).toMatchObject({
      current_version: { id: v15, semver: "1.5.0" },
      desired_version: null,
    });
    expect((await call(fake, "GET", `/operations/${render.operation_id}`)).body.response).toMatchObject({
      type: "install.render",
      install_render_id: render.id,
      render_hash: render.render_hash,
      skipped: false,
    });
  });

  it(":update refuses a stale if-match, an unknown version, another package's version, and a running creation", async () => {
    const { pkg, v15, foreign } = packages();
    const { id } = await install(pkg);
    const creating = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: await etag(id),
      key: "u-creating",
    });
    expect(creating.status).toBe(409);
    expect(firstError(creating).message).toMatch(/is still being created \(operation op_/);
    await clock.advance(5000);
    const current = (await get(id)).etag;
    const stale = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: '"1"',
      key: "u-stale",
    });
    expect(stale.status).toBe(409);
    expect(firstError(stale).metadata).toEqual({ reason: "ABORTED", current_etag: current });
    const unknown = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: "pkgv_missing" },
      ifMatch: `"${current}"`,
      key: "u-unknown",
    });
    expect(unknown.status).toBe(404);
    expect(firstError(unknown).message).toContain("pkgv_missing");
    const wrong = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: foreign },
      ifMatch: `"${current}"`,
      key: "u-wrong",
    });
    expect(wrong.status).toBe(409);
    expect(firstError(wrong).message).toMatch(
      new RegExp(`Package version ${foreign} belongs to package pkg_\\w+, not to ${pkg}, the package of install ${id}`),
    );
    const missing = await call(fake, "POST", "/installs/inst_missing:update", {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-missing",
    });
    expect(missing.status).toBe(404);
    expect(await get(id)).toMatchObject({ state: "healthy", etag: current });
    expect(await renders(id)).toHaveLength(1);
  });

  it("a failed update keeps desired_version and returns the install to its state; a newer update supersedes a running one", async () => {
    const { pkg, v14, v15 } = packages();
    const { id } = await install(pkg);
    await clock.advance(5000);
    const first = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-1",
    });
    await clock.advance(3000);
    expect((await get(id)).state).toBe("syncing");
    fake.operations.fail(first.body.render.operation_id, "chart values rejected");
    const after = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: true },
      ifMatch: "*",
      key: "a-1",
    });
    expect(after.body.install).toMatchObject({
      current_version: { id: v14 },
      desired_version: { id: v15 },
      automatic_updates_enabled: true,
    });
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v14 });
    expect((await renders(id)).map((r) => r.state)).toEqual(["deployed", "failed"]);

    // Two updates in a row: the second cancels the first's Operation.
    const again = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-2",
    });
    const newer = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v14 },
      ifMatch: "*",
      key: "u-3",
    });
    expect(newer.status).toBe(202);
    expect(newer.body.install.desired_version).toBeNull(); // v14 is the current version
    const superseded = (await call(fake, "GET", `/operations/${again.body.render.operation_id}`)).body;
    expect(superseded).toMatchObject({
      state: "CANCELLED",
      error: { message: expect.stringContaining("Superseded by render") },
    });
    await clock.advance(5000);
    expect((await renders(id)).map((r) => r.state)).toEqual(["deployed", "failed", "failed", "deployed"]);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: v14 });
  });

  it(":restore re-applies a deployed render (restored_from_render_id); refuses an unknown or undeployed render", async () => {
    const { pkg, v14, v15 } = packages();
    const { id } = await install(pkg);
    await clock.advance(5000);
    const [first] = await renders(id);
    await call(fake, "POST", `/installs/${id}:update`, { body: { package_version_id: v15 }, ifMatch: "*", key: "u" });
    await clock.advance(5000);
    expect((await get(id)).package_version_id).toBe(v15);

    const restored = await call(fake, "POST", `/installs/${id}:restore`, {
      body: { render_id: first.id },
      ifMatch: await etag(id),
      key: "r-1",
    });
    expect(restored.status).toBe(202);
    expect(restored.body.install).toMatchObject({ current_version: { id: v15 }, desired_version: { id: v14 } });
    expect(restored.body.render).toMatchObject({
      restored_from_render_id: first.id,
      package_version_id: v14,
      state: "running",
    });
    const running = restored.body.render.id;
    const undeployed = await call(fake, "POST", `/installs/${id}:restore`, {
      body: { render_id: running },
      ifMatch: "*",
      key: "r-2",
    });
    expect(undeployed.status).toBe(409);
    expect(firstError(undeployed).message).toContain(`Render ${running} of install ${id} is running`);
    const unknown = await call(fake, "POST", `/installs/${id}:restore`, {
      body: { render_id: "rnd_missing" },
      ifMatch: "*",
      key: "r-3",
    });
    expect(unknown.status).toBe(404);
    const other = await install(pkg, "create-2");
    const elsewhere = await call(fake, "POST", `/installs/${other.id}:restore`, {
      body: { render_id: first.id },
      ifMatch: "*",
      key: "r-4",
    });
    expect(elsewhere.status).toBe(404);
    const stale = await call(fake, "POST", `/installs/${id}:restore`, {
      body: { render_id: first.id },
      ifMatch: '"1"',
      key: "r-5",
    });
    expect(stale.status).toBe(409);
    expect(firstError(stale).metadata?.reason).toBe("ABORTED");

    await clock.advance(5000);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: v14 });
    expect((await renders(id)).at(-1)).toMatchObject({ id: running, state: "deployed" });
  });

  it("PATCH automatic_updates toggles the flag: 200 {install, render: null}, if-match, replay", async () => {
    const { pkg } = packages();
    const { id } = await install(pkg);
    const before = await etag(id);
    const on = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: true },
      ifMatch: before,
      key: "auto-1",
    });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({
      install: {
        id,
        current_version: null, // not deployed yet
        desired_version: { id: expect.any(String), semver: "1.4.0" },
        automatic_updates_enabled: true,
        updated_at: expect.any(Number),
        etag: expect.any(String),
      },
      render: null,
    });
    const replay = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: true },
      ifMatch: before,
      key: "auto-1",
    });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(on.body);
    const stale = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: false },
      ifMatch: before,
      key: "auto-2",
    });
    expect(stale.status).toBe(409);
    expect(firstError(stale).metadata).toEqual({ reason: "ABORTED", current_etag: on.body.install.etag });
    const off = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: false },
      ifMatch: `"${on.body.install.etag}"`,
      key: "auto-3",
    });
    expect(off.body.install.automatic_updates_enabled).toBe(false);
    const noKey = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
      body: { automatic_updates_enabled: true },
      ifMatch: "*",
    });
    expect(noKey.status).toBe(400);
  });

  it("a delete during a rollout cancels it; the deleted install refuses lifecycle calls", async () => {
    const { pkg, v15 } = packages();
    const { id, op } = await install(pkg);
    await clock.advance(5000);
    const update = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u",
    });
    const deleted = await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    expect(deleted.status).toBe(202);
    await clock.advance(1000);
    expect((await get(id)).state).toBe("deleted");
    expect((await call(fake, "GET", `/operations/${update.body.render.operation_id}`)).body).toMatchObject({
      state: "CANCELLED",
    });
    await clock.advance(10_000);
    expect(await get(id)).toMatchObject({ state: "deleted", reconciling: false });
    const refused = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-after",
    });
    expect(refused.status).toBe(409);
    expect(firstError(refused).message).toBe(`Install ${id} is deleted.`);
    expect((await call(fake, "GET", `/operations/${op}`)).body.state).toBe("SUCCEEDED");
  });

  it("while its delete Operation runs, an install refuses :update, renders, automatic updates and binds (409); a cancelled delete lets them through", async () => {
    const { pkg, v15 } = packages();
    const { id } = await install(pkg);
    await clock.advance(5000);
    const [render] = await renders(id);
    const deleting = await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    expect(deleting.status).toBe(202);
    const calls = [
      () => call(fake, "POST", `/installs/${id}:update`, { body: { package_version_id: v15 }, ifMatch: "*", key: "u" }),
      () => call(fake, "POST", `/installs/${id}/renders`, { body: { skip_unchanged: false } }),
      () =>
        call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
          body: { automatic_updates_enabled: true },
          ifMatch: "*",
          key: "a",
        }),
      () =>
        call(fake, "POST", `/installs/${id}/preview_hostnames:bindPinned`, {
          body: { render_id: render.id },
          key: "b",
        }),
    ];
    for (const send of calls) {
      const refused = await send();
      expect(refused.status).toBe(409);
      expect(firstError(refused).message).toBe(`Install ${id} is being deleted (operation ${deleting.body.id}).`);
    }
    fake.operations.cancel(deleting.body.id);
    expect((await get(id)).state).toBe("healthy");
    const update = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-2",
    });
    expect(update.status).toBe(202);
    expect(fake.violations).toEqual([]);
  });

  it("seeded installs have a lifecycle too: a healthy one's current version is its package_version_id", async () => {
    const { v14, v15 } = packages();
    const [id] = fake.seed.installs(1, { fields: { state: "healthy", package_version_id: v14 } });
    const updated = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "seeded",
    });
    expect(updated.status).toBe(202);
    expect(updated.body.install).toMatchObject({ current_version: { id: v14 }, desired_version: { id: v15 } });
    const [unknownPackage] = fake.seed.installs(1, { fields: { state: "healthy" } });
    const refused = await call(fake, "POST", `/installs/${unknownPackage}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "unknown-package",
    });
    expect(refused.status).toBe(409);
    expect(firstError(refused).message).toMatch(/does not know the package of install/);
  });
});
