/**
 * Packages beyond the derived standard methods: import (201 Package with its
 * first version), version inputs, the canned Artifact Hub values schema, a
 * hosted package's first version and repository, newest-first versions,
 * `view=basic` / `full`, and the delete refused while an install runs one of
 * its versions.
 */
import { describe, expect, it } from "vitest";
import { CHART_SCHEMA } from "../../src/testing/artifacthub-values.js";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, firstError, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

const inputSchema = { type: "object", properties: { replicas: { type: "integer" } }, required: ["replicas"] };
const importBody = (ociRef = "oci://registry.example.com/apps/billing") => ({
  name: "billing",
  oci_ref: ociRef,
  version: { semver: "1.0.0", ref: "sha256:abc", input_schema: inputSchema },
});

async function importPackage(ociRef?: string): Promise<any> {
  const res = await call(fake, "POST", "/packages:import", { body: importBody(ociRef) });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe("POST /packages:import", () => {
  it("answers 201 with an oci Package whose first version is its latest; get, list and versions serve them", async () => {
    const res = await call(fake, "POST", "/packages:import", { body: importBody(), key: "import-1" });
    expect(res.status).toBe(201);
    const pkg = res.body;
    expect(pkg).toMatchObject({
      id: expect.stringMatching(/^pkg_/),
      name: "billing",
      workspace_id: "ws_test",
      description: null,
      display_image_url: null,
      source: { kind: "oci", oci_ref: "oci://registry.example.com/apps/billing" },
      latest_version_id: expect.stringMatching(/^pkgv_/),
    });
    expect(pkg).not.toHaveProperty("composed_from_sources");
    expect(res.headers.get("etag")).toBe(`"${pkg.etag}"`);
    expect((await call(fake, "GET", `/packages/${pkg.id}`)).body).toEqual(pkg);
    expect((await call(fake, "GET", "/packages")).body.data).toEqual([pkg]);
    const version = (await call(fake, "GET", `/packages/${pkg.id}/versions/${pkg.latest_version_id}`)).body;
    expect(version).toMatchObject({
      package_id: pkg.id,
      semver: "1.0.0",
      ref: "sha256:abc",
      input_schema: inputSchema,
    });
    expect(version.published_at).toBe(Math.floor(clock.now() / 1000));
    const replay = await call(fake, "POST", "/packages:import", { body: importBody(), key: "import-1" });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(pkg);
    expect(fake.state.countPackages()).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it("refuses a second import of the same oci_ref in the workspace (409), not in another", async () => {
    const pkg = await importPackage();
    const again = await call(fake, "POST", "/packages:import", { body: importBody() });
    expect(again.status).toBe(409);
    expect(firstError(again).message).toContain(pkg.id);
    const other = await call(fake, "POST", "/packages:import", { body: importBody(), token: "sk_akua_other" });
    expect(other.status).toBe(201);
    expect(fake.violations).toEqual([]);
  });
});

describe("package versions", () => {
  it("inputs: the version's input_schema as created; 404 for an unknown package, version, or another package's version", async () => {
    const pkg = await importPackage();
    const added = await call(fake, "POST", `/packages/${pkg.id}/versions`, {
      body: {
        semver: "1.1.0",
        ref: "sha256:def",
        input_schema: { type: "object", properties: { x: { type: "string" } } },
      },
    });
    expect(added.status).toBe(201);
    expect((await call(fake, "GET", `/packages/${pkg.id}/versions/${pkg.latest_version_id}/inputs`)).body).toEqual(
      inputSchema,
    );
    expect((await call(fake, "GET", `/packages/${pkg.id}/versions/${added.body.id}/inputs`)).body).toEqual({
      type: "object",
      properties: { x: { type: "string" } },
    });
    const other = await importPackage("oci://registry.example.com/apps/other");
    expect((await call(fake, "GET", `/packages/pkg_missing/versions/${added.body.id}/inputs`)).status).toBe(404);
    expect((await call(fake, "GET", `/packages/${pkg.id}/versions/pkgv_missing/inputs`)).status).toBe(404);
    expect((await call(fake, "GET", `/packages/${other.id}/versions/${added.body.id}/inputs`)).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("a new version becomes latest_version_id; a semver already there is 409; versions list newest first, stable under inserts", async () => {
    const pkg = await importPackage();
    const ids = [pkg.latest_version_id];
    for (const semver of ["1.1.0", "1.2.0", "2.0.0"]) {
      const res = await call(fake, "POST", `/packages/${pkg.id}/versions`, {
        body: { semver, ref: `sha256:${semver}`, input_schema: {} },
      });
      ids.push(res.body.id);
    }
    expect((await call(fake, "GET", `/packages/${pkg.id}`)).body.latest_version_id).toBe(ids[3]);
    const dup = await call(fake, "POST", `/packages/${pkg.id}/versions`, {
      body: { semver: "1.1.0", ref: "sha256:x", input_schema: {} },
    });
    expect(dup.status).toBe(409);
    const first = (await call(fake, "GET", `/packages/${pkg.id}/versions?limit=2`)).body;
    expect(first.data.map((v: any) => v.id)).toEqual([ids[3], ids[2]]);
    await call(fake, "POST", `/packages/${pkg.id}/versions`, {
      body: { semver: "3.0.0", ref: "sha256:3", input_schema: {} },
    });
    const rest = (await call(fake, "GET", `/packages/${pkg.id}/versions?limit=2&cursor=${first.next_cursor}`)).body;
    expect(rest.data.map((v: any) => v.id)).toEqual([ids[1], ids[0]]);
    expect(rest.has_more).toBe(false);
    expect(fake.violations).toEqual([]);
  });

  it("a hosted package (POST /packages) gets its first version and repository at once, named by the result; more versions are 409", async () => {
    const created = await call(fake, "POST", "/packages", {
      body: {
        name: "grafana",
        sources: [
          {
            kind: "helm",
            repo_url: "oci://registry-1.docker.io/bitnamicharts",
            chart: "grafana",
            target_revision: "11.3.2",
          },
        ],
      },
    });
    expect(created.status).toBe(202);
    const id = created.body.owner_id;
    const pkg = (await call(fake, "GET", `/packages/${id}?view=full`)).body;
    expect(pkg.source.kind).toBe("hosted");
    expect(pkg.composed_from_sources).toEqual([
      {
        kind: "helm",
        repo_url: "oci://registry-1.docker.io/bitnamicharts",
        chart: "grafana",
        target_revision: "11.3.2",
      },
    ]);
    const version = (await call(fake, "GET", `/packages/${id}/versions/${pkg.latest_version_id}`)).body;
    expect(version.semver).toBe("11.3.2");
    const repo = (await call(fake, "GET", `/repositories/${pkg.source.repository_id}`)).body;
    expect(repo).toMatchObject({ purpose: "package", package_id: id });
    await clock.advance(1000);
    const op = (await call(fake, "GET", `/operations/${created.body.id}`)).body;
    expect(op.response).toEqual({
      type: "package.create",
      package_id: id,
      package_version_id: pkg.latest_version_id,
      repository_id: repo.id,
    });
    const more = await call(fake, "POST", `/packages/${id}/versions`, {
      body: { semver: "12.0.0", ref: "r", input_schema: {} },
    });
    expect(more.status).toBe(409);
    expect(fake.violations).toEqual([]);
  });
});

describe("view=basic and view=full", () => {
  it("hide composed_from_sources by default, show it with full, on get and list", async () => {
    const pkg = await importPackage();
    const full = [{ kind: "oci", oci_ref: "oci://registry.example.com/apps/billing", ref: "sha256:abc" }];
    expect((await call(fake, "GET", `/packages/${pkg.id}`)).body).not.toHaveProperty("composed_from_sources");
    expect((await call(fake, "GET", `/packages/${pkg.id}?view=basic`)).body).not.toHaveProperty(
      "composed_from_sources",
    );
    expect((await call(fake, "GET", `/packages/${pkg.id}?view=full`)).body.composed_from_sources).toEqual(full);
    expect((await call(fake, "GET", "/packages")).body.data[0]).not.toHaveProperty("composed_from_sources");
    expect((await call(fake, "GET", "/packages?view=full")).body.data[0].composed_from_sources).toEqual(full);
    expect(fake.state.package(pkg.id)?.composed_from_sources).toEqual(full);
    expect(fake.violations).toEqual([]);
  });

  it("repositories: basic leaves out render hashes and refs, full adds them", async () => {
    const [id] = fake.seed.resources("Repository", 1, { fields: { last_deploy_sha: "abc", last_render_hash: "def" } });
    const basic = (await call(fake, "GET", `/repositories/${id}`)).body;
    expect(basic).not.toHaveProperty("last_render_hash");
    expect(basic).not.toHaveProperty("last_deploy_sha");
    expect((await call(fake, "GET", `/repositories/${id}?view=full`)).body).toMatchObject({
      last_deploy_sha: "abc",
      last_render_hash: "def",
    });
    expect((await call(fake, "GET", "/repositories?view=full")).body.data[0].last_render_hash).toBe("def");
    expect((await call(fake, "GET", "/repositories")).body.data[0]).not.toHaveProperty("last_render_hash");
    expect(fake.violations).toEqual([]);
  });
});

describe("DELETE /packages/{id}", () => {
  it("is refused (409) while an install runs one of its versions; once the install is deleted it removes the package and its versions", async () => {
    const pkg = await importPackage();
    const [region] = fake.seed.regions(1);
    const install = await call(fake, "POST", "/installs", {
      body: { package_id: pkg.id, package_version_pin: { kind: "latest" }, region_id: region },
    });
    expect(install.status).toBe(202);
    const installId = install.body.owner_id;
    expect(fake.state.install(installId)?.package_version_id).toBe(pkg.latest_version_id);
    const refused = await call(fake, "DELETE", `/packages/${pkg.id}`, { ifMatch: `"${pkg.etag}"` });
    expect(refused.status).toBe(409);
    expect(firstError(refused)).toMatchObject({ metadata: { reason: "CONFLICT" } });
    expect(firstError(refused).message).toContain(installId);
    const etag = (await call(fake, "GET", `/installs/${installId}`)).body.etag;
    const deleting = await call(fake, "DELETE", `/installs/${installId}`, { ifMatch: `"${etag}"` });
    expect(deleting.status).toBe(202);
    await clock.advance(1000);
    expect(fake.state.install(installId)?.state).toBe("deleted");
    const deleted = await call(fake, "DELETE", `/packages/${pkg.id}`, { ifMatch: `"${pkg.etag}"` });
    expect(deleted.status).toBe(204);
    expect(fake.state.countPackages()).toBe(0);
    expect(fake.state.countResources("PackageVersion")).toBe(0);
    expect(fake.state.packageVersion(pkg.latest_version_id)).toBeUndefined();
    expect(fake.violations).toEqual([]);
  });
});

describe("GET /packages/artifacthub/{package_id}/versions/{version}/values_schema", () => {
  const path = (id: string, query = "") => `/packages/artifacthub/${id}/versions/15.4.2/values_schema${query}`;

  it("answers canned, deterministic values, their YAML and a schema derived from them", async () => {
    const res = await call(fake, "GET", path("chart-a"));
    expect(res.status).toBe(200);
    expect(res.body.values).toMatchObject({
      replicaCount: 1,
      image: { repository: expect.stringContaining("chart-a"), tag: "15.4.2" },
    });
    expect(res.body.values_yaml).toContain("replicaCount: 1\n");
    expect(res.body.values_yaml).toContain('  tag: "15.4.2"\n');
    expect(res.body.schema).toMatchObject({
      type: "object",
      properties: {
        replicaCount: { type: "integer" },
        image: { type: "object", properties: { tag: { type: "string" } } },
      },
    });
    expect(res.body.schema).not.toHaveProperty("required");
    expect((await call(fake, "GET", path("chart-a"))).body).toEqual(res.body);
    expect((await call(fake, "GET", path("chart-a", "?include_schema=false"))).body).toEqual(res.body);
    expect(fake.violations).toEqual([]);
  });

  it("with include_schema=true overlays the chart's own values schema", async () => {
    const res = await call(fake, "GET", path("chart-a", "?include_schema=true"));
    expect(res.body.schema.required).toEqual(CHART_SCHEMA.required);
    expect(res.body.schema.properties.replicaCount).toEqual({
      type: "integer",
      description: "Number of pods.",
      minimum: 0,
    });
    expect(res.body.schema.properties.image.properties.tag).toEqual({ type: "string" });
    expect(fake.violations).toEqual([]);
  });

  it("a chart id containing `unparsable` gives values that do not parse: schema null", async () => {
    const res = await call(fake, "GET", path("Unparsable-chart", "?include_schema=true"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ values: {}, schema: null });
    expect(res.body.values_yaml.length).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
  });
});
