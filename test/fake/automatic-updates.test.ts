/**
 * Automatic updates that update: when a new version of a package is registered
 * (`POST /packages/{id}/versions`), every install of that package with
 * `automatic_updates` on (not deleted) rolls out to it as `:update` would, on
 * the fake's clock; installs with the flag off, deleted ones and installs of
 * other packages do not move. A running update is superseded; an install still
 * being created gets the update once its creation ends.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, freshFakePerTest, logContents } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

/** An `oci` package (imported, first version 1.0.0): the kind that takes new versions. */
async function importPackage(name = "billing"): Promise<{ id: string; first: string }> {
  const res = await call(fake, "POST", "/packages:import", {
    body: {
      name,
      oci_ref: `oci://registry.example.com/apps/${name}`,
      version: { semver: "1.0.0", ref: "sha256:abc", input_schema: { type: "object" } },
    },
  });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, first: res.body.latest_version_id };
}

/** Creates an install of the package's latest version; returns its id. */
async function install(pkg: string): Promise<string> {
  const [region] = fake.seed.regions(1);
  const created = await call(fake, "POST", "/installs", {
    body: { package_id: pkg, package_version_pin: { kind: "latest" }, region_id: region },
  });
  expect(created.status, created.text).toBe(202);
  return created.body.owner_id;
}

async function automatic(id: string, on: boolean): Promise<void> {
  const res = await call(fake, "PATCH", `/installs/${id}/automatic_updates`, {
    body: { automatic_updates_enabled: on },
    ifMatch: "*",
    key: `auto-${id}-${on}-${clock.now()}`,
  });
  expect(res.status, res.text).toBe(200);
  expect(res.body.render).toBeNull();
}

async function publish(pkg: string, semver: string): Promise<string> {
  const res = await call(fake, "POST", `/packages/${pkg}/versions`, {
    body: { semver, ref: `sha256:${semver}`, input_schema: { type: "object" } },
  });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}

const get = async (id: string) => (await call(fake, "GET", `/installs/${id}`)).body;
const renders = async (id: string) => (await call(fake, "GET", `/installs/${id}/renders`)).body.data as any[];
const running = (id: string) => fake.operations.list({ ownerId: id }).filter((o) => o.state === "RUNNING");

/** The `web` container's log lines so far (`follow=false`). */
const webLog = (id: string) => logContents(fake, id, "&container=web");

describe("automatic updates", () => {
  it("a new version moves the installs with the flag on, on the clock; those with it off do not move", async () => {
    const pkg = await importPackage();
    const other = await importPackage("other");
    const [on, off, deleted, elsewhere] = [
      await install(pkg.id),
      await install(pkg.id),
      await install(pkg.id),
      await install(other.id),
    ];
    await clock.advance(5000);
    for (const id of [on, deleted, elsewhere]) await automatic(id, true);
    expect((await call(fake, "DELETE", `/installs/${deleted}`, { ifMatch: "*" })).status).toBe(202);
    await clock.advance(5000);
    expect((await get(deleted)).state).toBe("deleted");
    const untouched = await Promise.all([off, deleted, elsewhere].map(get));

    const v11 = await publish(pkg.id, "1.1.0");
    const state = (
      await call(fake, "PATCH", `/installs/${on}/automatic_updates`, {
        body: { automatic_updates_enabled: true },
        ifMatch: "*",
        key: "read-state",
      })
    ).body.install;
    expect(state).toMatchObject({
      current_version: { id: pkg.first, semver: "1.0.0" },
      desired_version: { id: v11, semver: "1.1.0" },
      automatic_updates_enabled: true,
    });
    const [, update] = await renders(on);
    expect(update).toMatchObject({
      package_version_id: v11,
      state: "running",
      message: "Automatic update to 1.1.0",
    });
    const op = (await call(fake, "GET", `/operations/${update.operation_id}`)).body;
    expect(op).toMatchObject({ owner_type: "install", owner_id: on, metadata: { type: "install.render" } });
    expect(await get(on)).toMatchObject({ state: "healthy", reconciling: true, package_version_id: pkg.first });

    await clock.advance(1000);
    expect((await get(on)).state).toBe("rendering");
    await clock.advance(4000);
    expect(await get(on)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v11 });
    expect((await renders(on)).map((r) => r.state)).toEqual(["deployed", "deployed"]);
    expect((await webLog(on)).slice(-3)).toEqual([
      `[web] rendering version 1.1.0 (render ${update.id})`,
      "[web] syncing version 1.1.0: starting",
      "[web] ready: serving version 1.1.0",
    ]);

    // The flag off, a deleted install, another package's install: nothing moved.
    expect(await Promise.all([off, deleted, elsewhere].map(get))).toEqual(untouched);
    for (const id of [off, deleted, elsewhere]) {
      expect(await renders(id)).toHaveLength(1);
      expect(running(id)).toEqual([]);
    }
    expect(fake.violations).toEqual([]);
  });

  it("turned off again, the next version leaves the install where it is", async () => {
    const pkg = await importPackage();
    const id = await install(pkg.id);
    await clock.advance(5000);
    await automatic(id, true);
    await automatic(id, false);
    const before = await get(id);
    await publish(pkg.id, "1.1.0");
    await clock.advance(10_000);
    expect(await get(id)).toEqual(before);
    expect(await renders(id)).toHaveLength(1);
  });

  it("a newer version supersedes a running automatic update, as :update does", async () => {
    const pkg = await importPackage();
    const id = await install(pkg.id);
    await clock.advance(5000);
    await automatic(id, true);
    await publish(pkg.id, "1.1.0");
    await clock.advance(2000);
    const v12 = await publish(pkg.id, "1.2.0");
    const [, first, second] = await renders(id);
    expect(first.state).toBe("failed");
    expect((await call(fake, "GET", `/operations/${first.operation_id}`)).body).toMatchObject({
      state: "CANCELLED",
      error: { message: `Superseded by render ${second.id} of install ${id}.` },
    });
    expect(second).toMatchObject({ package_version_id: v12, state: "running" });
    await clock.advance(5000);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: v12 });
    expect(fake.violations).toEqual([]);
  });

  it("an install still being created gets the update once its creation ends", async () => {
    const pkg = await importPackage();
    const id = await install(pkg.id);
    await automatic(id, true);
    await clock.advance(1000);
    const v11 = await publish(pkg.id, "1.1.0");
    expect(await renders(id)).toHaveLength(1); // queued: the creation runs on
    expect(running(id).map((o) => o.metadata.type)).toEqual(["install.create"]);
    await clock.advance(4000);
    expect(await get(id)).toMatchObject({ state: "healthy", package_version_id: pkg.first, reconciling: true });
    const [created, update] = await renders(id);
    expect(created.state).toBe("deployed");
    expect(update).toMatchObject({ package_version_id: v11, state: "running", message: "Automatic update to 1.1.0" });
    expect(running(id).map((o) => o.metadata.type)).toEqual(["install.render"]);
    await clock.advance(5000);
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: v11 });
    expect((await webLog(id)).at(-1)).toBe("[web] ready: serving version 1.1.0");
    expect(fake.violations).toEqual([]);
  });

  it("a queued update is dropped when the flag is turned off before the creation ends", async () => {
    const pkg = await importPackage();
    const id = await install(pkg.id);
    await automatic(id, true);
    await publish(pkg.id, "1.1.0");
    await automatic(id, false);
    await clock.advance(10_000);
    expect(await get(id)).toMatchObject({ state: "healthy", reconciling: false, package_version_id: pkg.first });
    expect(await renders(id)).toHaveLength(1);
  });
});
