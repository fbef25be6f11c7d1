/**
 * The derived engine's standard methods behave like the hand-written resources:
 * server fields and ids, 202 Operations on the fake's clock, etags and if-match,
 * cursor pages and filters, parents, soft and hard deletes, workspaces, seeding.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, firstPageIds, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

const machine = { cluster_id: "clu_x", instance_type: "cpx31", compute_config_id: "cfg_x", name: "worker-a" };
const config = {
  name: "hcloud-fsn1",
  provider: "hcloud",
  provider_config: { region: "fsn1", image: "ubuntu-24.04" },
  credential_scope: { kind: "system" },
};

describe("the derived engine", () => {
  it("creates a machine: 202 Operation (operation_id), PROVISIONING, then ACTIVE when it completes on the clock", async () => {
    const [clusterId] = fake.seed.clusters(1);
    const [configId] = fake.seed.resources("ComputeConfig", 1);
    const body = { ...machine, cluster_id: clusterId, compute_config_id: configId };
    const created = await call(fake, "POST", "/machines", { body });
    expect(created.status).toBe(202);
    expect(created.body.operation_id).toBe(created.body.id);
    expect(created.body.owner_type).toBe("machine");
    expect(created.body.metadata.type).toBe("machine.create");
    const id = created.body.owner_id as string;
    expect(id).toMatch(/^mch_[0-9a-z]{16}$/);
    const got = await call(fake, "GET", `/machines/${id}`);
    expect(got.body).toMatchObject({ id, workspace_id: "ws_test", state: "PROVISIONING", name: "worker-a" });
    expect(got.headers.get("etag")).toBe(`"${got.body.etag}"`);
    await clock.advance(1000);
    expect((await call(fake, "GET", `/machines/${id}`)).body.state).toBe("ACTIVE");
    const op = await call(fake, "GET", `/operations/${created.body.id}`);
    expect(op.body).toMatchObject({ state: "SUCCEEDED", response: { type: "machine.create", machine_id: id } });
    expect(fake.violations).toEqual([]);
  });

  it("PATCH replaces the named fields, changes the etag, and refuses a stale if-match (409 ABORTED + current_etag)", async () => {
    const created = await call(fake, "POST", "/compute_configs", { body: config });
    expect(created.status).toBe(201);
    const { id, etag } = created.body;
    expect(id).toMatch(/^cfg_/);
    const patched = await call(fake, "PATCH", `/compute_configs/${id}`, {
      body: { name: "renamed" },
      ifMatch: `"${etag}"`,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id, name: "renamed", provider: "hcloud" });
    expect(patched.body.etag).not.toBe(etag);
    const stale = await call(fake, "PATCH", `/compute_configs/${id}`, {
      body: { name: "again" },
      ifMatch: `"${etag}"`,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].metadata).toEqual({ reason: "ABORTED", current_etag: patched.body.etag });
    expect((await call(fake, "GET", `/compute_configs/${id}`)).body.name).toBe("renamed");
    expect(fake.violations).toEqual([]);
  });

  it("deletes as declared: 200 with the deleted config, then 404", async () => {
    const { id, etag } = (await call(fake, "POST", "/compute_configs", { body: config })).body;
    const deleted = await call(fake, "DELETE", `/compute_configs/${id}`, { ifMatch: `"${etag}"` });
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(id);
    expect((await call(fake, "GET", `/compute_configs/${id}`)).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("soft-deletes a snippet (archived_at set, still readable); create answers { snippet_id }", async () => {
    const body = { name: "Active clusters", code: "return 1;", display_type: "stat" };
    const created = await call(fake, "POST", "/snippets", { body });
    expect(created.status).toBe(201);
    const id = created.body.snippet_id as string;
    expect(id).toMatch(/^snp_/);
    const before = await call(fake, "GET", `/snippets/${id}`);
    expect(before.body.archived_at).toBeNull();
    const deleted = await call(fake, "DELETE", `/snippets/${id}`, { ifMatch: "*" });
    expect(deleted.status).toBe(204);
    const after = await call(fake, "GET", `/snippets/${id}`);
    expect(after.status).toBe(200);
    expect(after.body.archived_at).toBe(Math.floor(clock.now() / 1000));
    expect(fake.violations).toEqual([]);
  });

  it("201 without a body for a connection; the list shows it; DELETE removes it for good", async () => {
    const body = { name: "GHCR", registry_url: "ghcr.io", type: "token", credentials: { token: "ghp_secret" } };
    const created = await call(fake, "POST", "/registry_connections", { body });
    expect(created.status).toBe(201);
    expect(created.text).toBe("");
    const list = await call(fake, "GET", "/registry_connections");
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ name: "GHCR", registry_url: "ghcr.io", type: "token" });
    expect(list.text).not.toContain("ghp_secret");
    expect((await call(fake, "DELETE", `/registry_connections/${list.body.data[0].id}`)).status).toBe(204);
    expect((await call(fake, "GET", "/registry_connections")).body.data).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("pages by cursor, stable under inserts, and filters by a field named in the query", async () => {
    fake.seed.machines(5, { fields: (i) => ({ state: i % 2 === 0 ? "ACTIVE" : "SUSPENDED" }) });
    const first = await call(fake, "GET", "/machines?limit=2");
    expect(first.body.data).toHaveLength(2);
    expect(first.body.has_more).toBe(true);
    fake.seed.machines(1);
    const seen = [...first.body.data];
    let cursor = first.body.next_cursor;
    while (cursor) {
      const page = await call(fake, "GET", `/machines?limit=2&cursor=${cursor}`);
      seen.push(...page.body.data);
      cursor = page.body.next_cursor;
    }
    expect(new Set(seen.map((m) => m.id)).size).toBe(6);
    const active = await call(fake, "GET", "/machines?state=ACTIVE");
    expect(active.body.data.map((m: { state: string }) => m.state)).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    expect((await call(fake, "GET", "/installs?cursor=bm9wZTox")).status).toBe(400);
    expect(fake.violations).toEqual([]);
  });

  it("a parent in the path must exist in the workspace (404), and children are listed per parent", async () => {
    const missing = await call(fake, "GET", "/installs/inst_missing/renders");
    expect(missing.status).toBe(404);
    const [a, b] = fake.seed.installs(2);
    const render = await call(fake, "POST", `/installs/${a}/renders`, { body: {} });
    expect(render.status).toBe(201);
    expect(render.body).toMatchObject({ install_id: a, state: "running" });
    expect((await call(fake, "GET", `/installs/${a}/renders`)).body.data).toHaveLength(1);
    expect((await call(fake, "GET", `/installs/${b}/renders`)).body.data).toHaveLength(0);
    expect((await call(fake, "GET", `/installs/${b}/renders/${render.body.id}`)).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("keeps workspaces apart", async () => {
    const [id] = fake.seed.machines(1);
    expect((await call(fake, "GET", `/machines/${id}`, { token: "sk_akua_other" })).status).toBe(404);
    expect((await call(fake, "GET", "/machines", { token: "sk_akua_other" })).body.data).toEqual([]);
  });

  it("deletes an install through an Operation; it stays readable as `deleted`", async () => {
    const [id] = fake.seed.installs(1, { fields: { state: "healthy" } });
    const deleted = await call(fake, "DELETE", `/installs/${id}`, { ifMatch: "*" });
    expect(deleted.status).toBe(202);
    expect(deleted.body.metadata.type).toBe("install.delete");
    fake.operations.complete(deleted.body.id);
    expect((await call(fake, "GET", `/installs/${id}`)).body.state).toBe("deleted");
    expect(fake.violations).toEqual([]);
  });

  it("replays a create with the same idempotency key, and creates one resource", async () => {
    const first = await call(fake, "POST", "/compute_configs", { body: config, key: "k-1" });
    const second = await call(fake, "POST", "/compute_configs", { body: config, key: "k-1" });
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.text).toBe(first.text);
    expect((await call(fake, "GET", "/compute_configs")).body.data).toHaveLength(1);
  });

  it("fake.state counts the derived engine's resources per workspace and shows them as stored", async () => {
    const [machine] = fake.seed.machines(2);
    fake.seed.machines(1, { workspace: "ws_other" });
    const [snippet] = fake.seed.resources("Snippet", 1);
    expect([fake.state.countMachines(), fake.state.countMachines("ws_other")]).toEqual([2, 1]);
    expect([fake.state.countSnippets(), fake.state.countResources("Snippet"), fake.state.countInstalls()]).toEqual([
      1, 1, 0,
    ]);
    expect(fake.state.machine(machine!)).toEqual((await call(fake, "GET", `/machines/${machine}`)).body);
    expect(fake.state.snippet(snippet!)?.id).toBe(snippet);
    expect(fake.state.resource(snippet!)).toEqual(fake.state.snippet(snippet!));
    expect([fake.state.machine(snippet!), fake.state.install("inst_missing")]).toEqual([undefined, undefined]);
    const copy = fake.state.machine(machine!)!;
    copy.name = "changed";
    expect(fake.state.machine(machine!)?.name).not.toBe("changed");
  });

  it("seed.resources refuses an unknown schema and a missing parent", () => {
    expect(() => fake.seed.resources("Nope", 1)).toThrow(TypeError);
    expect(() => fake.seed.resources("PreviewHostname", 1)).toThrow(/needs `parent`/);
  });
});

describe("seed at scale", () => {
  it("creates 100,000 machines and 100,000 installs in bulk, and they page", async () => {
    const machines = fake.seed.machines(100_000);
    const installs = fake.seed.installs(100_000);
    expect(new Set([...machines, ...installs]).size).toBe(200_000);
    expect(await firstPageIds(fake, "/machines")).toEqual(machines.slice(0, 300));
    expect((await call(fake, "GET", `/installs/${installs[99_999]}`)).body.id).toBe(installs[99_999]);
    expect(fake.violations).toEqual([]);
  });
});
