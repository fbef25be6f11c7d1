/**
 * Secrets and versions: metadata PATCH, soft delete, undelete, purge on the
 * clock, force delete, version enable/disable/destroy, and `:access` by id,
 * `latest` and alias with its 404/409/410 rules.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, createSecret, firstError } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
const DAY = 24 * 3600_000;

beforeEach(async () => {
  clock = createTestClock();
  fake = await startFakeAkua({ clock });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const get = async (id: string) => (await call(fake, "GET", `/secrets/${id}`)).body;

describe("secret metadata", () => {
  it("PATCH replaces each named field whole (labels are not merged)", async () => {
    const s = await call(fake, "POST", "/secrets", {
      body: { name: "a", kind: "generic", labels: { x: "1", y: "2" }, value: "v" },
    });
    const res = await call(fake, "PATCH", `/secrets/${s.body.id}`, {
      body: { labels: { z: "3" } },
      ifMatch: s.body.etag,
    });
    expect(res.status).toBe(200);
    expect(res.body.labels).toEqual({ z: "3" });
    expect(res.body.name).toBe("a");
    expect(res.body.etag).not.toBe(s.body.etag);
    const stale = await call(fake, "PATCH", `/secrets/${s.body.id}`, { body: { name: "b" }, ifMatch: s.body.etag });
    expect(stale.status).toBe(409);
    expect(firstError(stale).metadata).toEqual({ reason: "ABORTED", current_etag: res.body.etag });
  });

  it("refuses an alias to a version that does not exist with 400", async () => {
    const s = await createSecret(fake, "aliases", "v");
    const res = await call(fake, "PATCH", `/secrets/${s.id}`, {
      body: { version_aliases: { current: 3 } },
      ifMatch: s.etag,
    });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["body", "version_aliases", "current"]);
  });

  it("filters the list by kind", async () => {
    await createSecret(fake, "g", "v");
    await call(fake, "POST", "/secrets", {
      body: { name: "aws", kind: "cloud_provider/aws", aws_access_key_id: "AK", value: "v" },
    });
    const aws = (await call(fake, "GET", "/secrets?kind=cloud_provider%2Faws")).body.data;
    expect(aws.map((s: { name: string }) => s.name)).toEqual(["aws"]);
    expect(aws[0].validation).toMatchObject({ state: "unspecified" });
  });
});

describe("soft delete, undelete, purge", () => {
  it("soft-deletes until purge_at; :undelete restores; :access is 404 meanwhile", async () => {
    const s = await createSecret(fake, "db", "pw-1");
    const del = await call(fake, "DELETE", `/secrets/${s.id}`, { ifMatch: s.etag });
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    const deleted = await get(s.id);
    expect(deleted.state).toBe("soft_deleted");
    expect(deleted.purge_at - deleted.deleted_at).toBe(30 * 24 * 3600);
    expect((await call(fake, "POST", `/secrets/${s.id}/versions/latest:access`)).status).toBe(404);
    expect((await call(fake, "GET", "/secrets")).body.data[0].state).toBe("soft_deleted");
    expect((await call(fake, "DELETE", `/secrets/${s.id}`, { ifMatch: deleted.etag })).status).toBe(409);
    expect((await call(fake, "POST", `/secrets/${s.id}/versions`, { body: { value: "x" } })).status).toBe(409);

    await clock.advance(29 * DAY);
    const restored = await call(fake, "POST", `/secrets/${s.id}:undelete`, { ifMatch: deleted.etag });
    expect(restored.status).toBe(200);
    expect(restored.body.state).toBe("active");
    expect(restored.body).not.toHaveProperty("purge_at");
    expect((await call(fake, "POST", `/secrets/${s.id}/versions/latest:access`)).body.value).toBe("pw-1");
    expect((await call(fake, "POST", `/secrets/${s.id}:undelete`, { ifMatch: restored.body.etag })).status).toBe(409);
  });

  it("purges at purge_at on the clock: everything is 404 and the name is free", async () => {
    const s = await createSecret(fake, "temp", "v");
    await call(fake, "DELETE", `/secrets/${s.id}`, { ifMatch: s.etag });
    const etag = (await get(s.id)).etag;
    await clock.advance(30 * DAY);
    expect((await call(fake, "POST", `/secrets/${s.id}:undelete`, { ifMatch: etag })).status).toBe(404);
    expect((await call(fake, "GET", `/secrets/${s.id}`)).status).toBe(404);
    expect((await call(fake, "GET", "/secrets")).body.data).toEqual([]);
    expect((await call(fake, "POST", "/secrets", { body: { name: "temp", kind: "generic", value: "v" } })).status).toBe(
      201,
    );
  });

  it("force=true destroys the secret at once", async () => {
    const s = await createSecret(fake, "gone", "v");
    expect((await call(fake, "DELETE", `/secrets/${s.id}?force=true`, { ifMatch: s.etag })).status).toBe(204);
    expect((await call(fake, "GET", `/secrets/${s.id}`)).status).toBe(404);
    expect((await call(fake, "POST", `/secrets/${s.id}:undelete`, { ifMatch: "*" })).status).toBe(404);
  });
});

describe("versions", () => {
  it("appends versions, lists newest first, filters by state", async () => {
    const s = await createSecret(fake, "rot", "one");
    const v2 = await call(fake, "POST", `/secrets/${s.id}/versions`, { body: { value: "two", comment: "rotated" } });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ secret_id: s.id, version_number: 2, state: "enabled", comment: "rotated" });
    expect(v2.body.id).toMatch(/^secv_/);
    expect(v2.text).not.toContain('two"');
    const secret = await get(s.id);
    expect(secret).toMatchObject({ version_count: 2, enabled_version_count: 2 });
    expect(secret.etag).not.toBe(s.etag);
    const list = (await call(fake, "GET", `/secrets/${s.id}/versions`)).body.data;
    expect(list.map((v: { version_number: number }) => v.version_number)).toEqual([2, 1]);
    expect((await call(fake, "GET", `/secrets/${s.id}/versions/${v2.body.id}`)).body).toEqual(v2.body);
    expect((await call(fake, "GET", `/secrets/${s.id}/versions/secv_missing`)).status).toBe(404);
  });

  it("disable, enable (idempotent), destroy (irreversible) with the version's etag", async () => {
    const s = await createSecret(fake, "lifecycle", "payload");
    const v1 = (await call(fake, "GET", `/secrets/${s.id}/versions`)).body.data[0];
    const secretEtag = (await get(s.id)).etag;

    const disabled = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:disable`, { ifMatch: v1.etag });
    expect(disabled.status).toBe(200);
    expect(disabled.body.state).toBe("disabled");
    expect((await get(s.id)).etag).not.toBe(secretEtag);
    expect((await get(s.id)).enabled_version_count).toBe(0);
    const stale = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:enable`, { ifMatch: v1.etag });
    expect(stale.status).toBe(409);
    expect(firstError(stale).metadata).toEqual({ reason: "ABORTED", current_etag: disabled.body.etag });
    const access = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:access`);
    expect(access.status).toBe(409);

    const enabled = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:enable`, {
      ifMatch: disabled.body.etag,
    });
    expect(enabled.body.state).toBe("enabled");
    const again = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:enable`, { ifMatch: enabled.body.etag });
    expect(again.status).toBe(200);
    expect(again.body.etag).toBe(enabled.body.etag);

    const destroyed = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:destroy`, {
      ifMatch: enabled.body.etag,
    });
    expect(destroyed.status).toBe(200);
    expect(destroyed.body.state).toBe("destroyed");
    expect(destroyed.body.destroyed_at).toBeGreaterThan(0);
    const reenable = await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:enable`, {
      ifMatch: destroyed.body.etag,
    });
    expect(reenable.status).toBe(409);
    expect(firstError(reenable).metadata?.["reason"]).not.toBe("ABORTED");
    expect((await call(fake, "POST", `/secrets/${s.id}/versions/${v1.id}:access`)).status).toBe(410);
    expect((await call(fake, "GET", `/secrets/${s.id}/versions/${v1.id}`)).body.state).toBe("destroyed");
    const filtered = (await call(fake, "GET", `/secrets/${s.id}/versions?state=destroyed`)).body.data;
    expect(filtered.map((v: { id: string }) => v.id)).toEqual([v1.id]);
  });

  it(":access takes a version id, latest or an alias", async () => {
    const s = await createSecret(fake, "aliased", "first");
    await call(fake, "POST", `/secrets/${s.id}/versions`, { body: { value: "second" } });
    const current = await get(s.id);
    const patched = await call(fake, "PATCH", `/secrets/${s.id}`, {
      body: { version_aliases: { current: 1 } },
      ifMatch: current.etag,
    });
    expect(patched.body.version_aliases).toEqual({ current: 1 });
    const versions = (await call(fake, "GET", `/secrets/${s.id}/versions`)).body.data;
    const access = async (vid: string) => call(fake, "POST", `/secrets/${s.id}/versions/${vid}:access`);
    expect((await access("latest")).body.value).toBe("second");
    expect((await access("current")).body.value).toBe("first");
    expect((await access(versions[1].id)).body.value).toBe("first");
    expect((await access("unknown-alias")).status).toBe(404);
    expect((await call(fake, "POST", `/secrets/sec_missing/versions/latest:access`)).status).toBe(404);
  });
});
