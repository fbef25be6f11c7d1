/**
 * Renders that finish: `POST /installs/{id}/renders` is part of the install
 * lifecycle. With `skip_unchanged` (the default) and nothing to change it
 * answers a render `skipped` at once; otherwise a render rollout of the
 * install's version runs on the fake's clock (an `install.render` Operation,
 * running -> deployed, failed via `fake.operations.fail`), seen in the renders
 * list, the install's state and its log stream. A key replays the first answer.
 */
import { describe, expect, it } from "vitest";
import { renderPlan } from "../../src/testing/install-lifecycle.js";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import type { InstallLifecycleRecord, VersionRef } from "../../src/testing/records.js";
import { call, createInstall, firstError, freshFakePerTest, logContents } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

/** A package with versions 1.4.0 and 1.5.0 (seeded). */
function packages() {
  const [pkg] = fake.seed.resources("Package", 1);
  const [v14, v15] = fake.seed.resources("PackageVersion", 2, {
    parent: pkg!,
    fields: (i) => ({ semver: ["1.4.0", "1.5.0"][i] }),
  });
  return { pkg: pkg!, v14: v14!, v15: v15! };
}

/** Creates an install of `pkg` pinned at 1.4.0; returns its id and its create Operation's id. */
const install = (pkg: string) => createInstall(fake, { packageId: pkg });

/** An install of 1.4.0, deployed (healthy). */
async function deployed() {
  const versions = packages();
  const { id } = await install(versions.pkg);
  await clock.advance(5000);
  return { ...versions, id };
}

const get = async (id: string) => (await call(fake, "GET", `/installs/${id}`)).body;
const renders = async (id: string) => (await call(fake, "GET", `/installs/${id}/renders`)).body.data as any[];
const render = (id: string, body: unknown = {}, key?: string) =>
  call(fake, "POST", `/installs/${id}/renders`, { body, ...(key === undefined ? {} : { key }) });
const running = (id: string) => fake.operations.list({ ownerId: id }).filter((o) => o.state === "RUNNING");

/** The `web` container's log lines so far (`follow=false`). */
const webLog = (id: string) => logContents(fake, id, "&container=web");

describe("renderPlan (pure)", () => {
  const v1: VersionRef = { id: "pkgv_1", semver: "1.0.0" };
  const v2: VersionRef = { id: "pkgv_2", semver: "2.0.0" };
  const rollout = { kind: "update", operationId: "op_1", renderId: "rnd_1", version: v2, before: "healthy" } as const;
  const plan = (l: Partial<InstallLifecycleRecord>, skip: boolean) =>
    renderPlan({ current: null, desired: null, rollout: undefined, ...l }, skip);

  it("skips only with skip_unchanged, the deployed version asked for and no rollout running", () => {
    expect(plan({ current: v1 }, true)).toEqual({ version: v1, skip: true });
    expect(plan({ current: v1 }, false)).toEqual({ version: v1, skip: false });
    expect(plan({ current: v1, desired: v2 }, true)).toEqual({ version: v2, skip: false });
    expect(plan({ current: null, desired: v1 }, true)).toEqual({ version: v1, skip: false });
    expect(plan({ current: v1, desired: v2, rollout }, true)).toEqual({ version: v2, skip: false });
    // A running restore of the deployed version (desired null): its version, not skipped.
    expect(plan({ current: v2, rollout: { ...rollout, kind: "restore" } }, true)).toEqual({ version: v2, skip: false });
  });
});

describe("POST /installs/{id}/renders", () => {
  it("with skip_unchanged (the default) and nothing to change: 201, a render skipped at once, nothing started", async () => {
    const { id, v14 } = await deployed();
    const before = await get(id);
    const [first] = await renders(id);
    const lines = await webLog(id);
    for (const body of [{}, { skip_unchanged: true, message: "Nothing new" }, { skip_unchanged: null }]) {
      const res = await render(id, body);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        install_id: id,
        package_version_id: v14,
        state: "skipped",
        operation_id: null,
        commit_sha: null,
        render_hash: first.render_hash, // the output would not change
        message: "message" in body ? body.message : null,
      });
    }
    expect(running(id)).toEqual([]);
    expect(await get(id)).toEqual(before); // same state, same etag
    expect((await renders(id)).map((r) => r.state)).toEqual(["deployed", "skipped", "skipped", "skipped"]);
    expect(await webLog(id)).toEqual(lines);
    expect(fake.violations).toEqual([]);
  });

  it("with skip_unchanged false: an install.render rollout on the clock, the render running -> deployed", async () => {
    const { id, v14 } = await deployed();
    const [first] = await renders(id);
    const res = await render(id, { skip_unchanged: false, message: "Bump replicas to 3" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      install_id: id,
      package_version_id: v14,
      state: "running",
      render_hash: null,
      commit_sha: null,
      message: "Bump replicas to 3",
      restored_from_render_id: null,
    });
    const op = (await call(fake, "GET", `/operations/${res.body.operation_id}`)).body;
    expect(op).toMatchObject({
      state: "RUNNING",
      owner_type: "install",
      owner_id: id,
      metadata: { type: "install.render" },
    });
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: true });

    const seen: unknown[] = [];
    for (const step of [1000, 2000, 2000]) {
      await clock.advance(step);
      const shown = (await call(fake, "GET", `/installs/${id}/renders/${res.body.id}`)).body;
      seen.push([(await get(id)).state, shown.state]);
    }
    expect(seen).toEqual([
      ["rendering", "running"],
      ["syncing", "running"],
      ["healthy", "deployed"],
    ]);
    const done = (await call(fake, "GET", `/installs/${id}/renders/${res.body.id}`)).body;
    expect(done.render_hash).toBe(first.render_hash); // the same version's output
    expect(done.commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(done.commit_sha).not.toBe(first.commit_sha); // a fresh commit
    expect((await call(fake, "GET", `/operations/${res.body.operation_id}`)).body).toMatchObject({
      state: "SUCCEEDED",
      response: { type: "install.render", install_render_id: res.body.id, skipped: false },
    });
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v14 });
    expect((await renders(id)).map((r) => [r.id, r.state])).toEqual([
      [first.id, "deployed"],
      [res.body.id, "deployed"],
    ]);
    // The log tells the render's rollout after the creation's.
    const log = await webLog(id);
    expect(log.slice(-3)).toEqual([
      `[web] rendering version 1.4.0 (render ${res.body.id})`,
      "[web] syncing version 1.4.0: starting",
      "[web] ready: serving version 1.4.0",
    ]);
    expect(fake.violations).toEqual([]);
  });

  it("fake.operations.fail fails the render; the install returns to its state", async () => {
    const { id, v14 } = await deployed();
    const res = await render(id, { skip_unchanged: false });
    await clock.advance(3000);
    expect((await get(id)).state).toBe("syncing");
    fake.operations.fail(res.body.operation_id, "manifest rejected");
    expect((await call(fake, "GET", `/installs/${id}/renders/${res.body.id}`)).body.state).toBe("failed");
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v14 });
    expect((await webLog(id)).at(-1)).toBe("[web] rollout of version 1.4.0 failed: manifest rejected");
    await clock.advance(10_000);
    expect((await renders(id)).map((r) => r.state)).toEqual(["deployed", "failed"]);
    expect(fake.violations).toEqual([]);
  });

  it("is not skipped while the install's version is not deployed: it retries a failed update's version", async () => {
    const { id, v15 } = await deployed();
    const update = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-1",
    });
    fake.operations.fail(update.body.render.operation_id, "timeout");
    const res = await render(id);
    expect(res.body).toMatchObject({ state: "running", package_version_id: v15 });
    await clock.advance(5000);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: v15 });
    expect((await render(id)).body.state).toBe("skipped");
  });

  it("supersedes a running update (its version rendered), is a 409 during the creation, on a deleted install; 404 unknown", async () => {
    const { pkg, v15 } = packages();
    const { id, op } = await install(pkg);
    const creating = await render(id, { skip_unchanged: false });
    expect(creating.status).toBe(409);
    expect(firstError(creating).message).toMatch(/is still being created \(operation op_\w+\): wait for it before/);
    expect(await renders(id)).toHaveLength(1);
    await clock.advance(5000);
    expect((await call(fake, "GET", `/operations/${op}`)).body.state).toBe("SUCCEEDED");

    const update = await call(fake, "POST", `/installs/${id}:update`, {
      body: { package_version_id: v15 },
      ifMatch: "*",
      key: "u-1",
    });
    const res = await render(id);
    expect(res.body).toMatchObject({ state: "running", package_version_id: v15 });
    expect((await call(fake, "GET", `/operations/${update.body.render.operation_id}`)).body).toMatchObject({
      state: "CANCELLED",
      error: { message: `Superseded by render ${res.body.id} of install ${id}.` },
    });
    expect(running(id).map((o) => o.id)).toEqual([res.body.operation_id]);
    await clock.advance(5000);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: v15 });

    expect((await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" })).status).toBe(202);
    await clock.advance(5000);
    const gone = await render(id);
    expect(gone.status).toBe(409);
    expect(firstError(gone).message).toBe(`Install ${id} is deleted.`);
    expect((await render("inst_missing")).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("replays the first answer for a repeated key: one render, one Operation", async () => {
    const { id } = await deployed();
    const first = await render(id, { skip_unchanged: false }, "render-1");
    const again = await render(id, { skip_unchanged: false }, "render-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await renders(id)).toHaveLength(2);
    expect(running(id)).toHaveLength(1);
    const other = await render(id, { skip_unchanged: true }, "render-1");
    expect(other.status).toBe(422); // the same key with another body
    expect(fake.violations).toEqual([]);
  });
});
