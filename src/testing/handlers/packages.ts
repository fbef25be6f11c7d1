/**
 * Packages beyond their standard methods (which are derived):
 * - `POST /packages:import` (IK o): an OCI-published package with its first
 *   version; 201 Package (`source.kind` `oci`, `latest_version_id` = that
 *   version). 409 when the workspace already has a package of that `oci_ref`.
 * - `GET /packages/{id}/versions/{version_id}/inputs`: the version's
 *   `input_schema`, as sent when it was created or imported (versions the fake
 *   makes itself, seeded or by `POST /packages`, carry the spec example's).
 * - `GET /packages/artifacthub/.../values_schema`: canned (artifacthub-values.ts).
 * - Rules the derived engine applies (resource-rules.ts): `POST /packages`
 *   (hosted) also makes the package's repository (`purpose` `package`) and
 *   first version, which the operation's result names; a new version becomes
 *   `latest_version_id`, and its semver must be new in the package (409), on
 *   an `oci` package only (409 for a hosted one); `DELETE` is refused (409)
 *   while an install (not `deleted`) runs one of its versions, and removes the
 *   versions with the package.
 * Internal to the fake server.
 */
import type { HandlerContext, Reply } from "../context.js";
import { artifactHubValues } from "../artifacthub-values.js";
import { conflict, notFound } from "../envelope.js";
import { etagHeader } from "../etag.js";
import { hexDigest } from "../prng.js";
import { seconds } from "../render.js";
import type { ResourceRecord } from "../resource-table.js";
import { buildResource, touch } from "./derived.js";
import { derivedResources } from "./index.js";
import { derivedRecord } from "./references.js";

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

interface VersionBody {
  semver: string;
  ref: string;
  input_schema: Record<string, unknown>;
}

/** `POST /packages:import`. */
export function importPackage(ctx: HandlerContext): Reply {
  const body = ctx.body as { name: string; display_image_url?: string; oci_ref: string; version: VersionBody };
  const taken = ctx.store.resources
    .list("Package", { workspace: ctx.workspace })
    .find((p) => (p.value["source"] as { oci_ref?: unknown } | undefined)?.oci_ref === body.oci_ref);
  if (taken) throw conflict(`Package ${taken.id} already imports ${body.oci_ref}.`);
  const pkg = buildResource(ctx, model("Package"), ctx.workspace, {}, { name: body.name });
  Object.assign(pkg.value, {
    description: null,
    display_image_url: body.display_image_url ?? null,
    source: { kind: "oci", oci_ref: body.oci_ref },
    composed_from_sources: [{ kind: "oci", oci_ref: body.oci_ref, ref: body.version.ref }],
  });
  ctx.store.resources.add(pkg);
  addVersion(ctx, pkg, body.version);
  const shown = structuredClone(pkg.value);
  delete shown["composed_from_sources"]; // view=basic: no read of this call takes `view`
  return { status: 201, body: shown, headers: { etag: etagHeader(String(pkg.value["etag"])) } };
}

/** `GET /packages/{id}/versions/{version_id}/inputs`. */
export function getVersionInputs(ctx: HandlerContext): Reply {
  const id = ctx.params["id"]!;
  if (!derivedRecord(ctx, "Package", id)) throw notFound("Package", id);
  const versionId = ctx.params["version_id"]!;
  const version = derivedRecord(ctx, "PackageVersion", versionId);
  if (!version || version.parents["/packages"] !== id) throw notFound("Package version", versionId);
  return { status: 200, body: structuredClone(version.value["input_schema"]) };
}

/** `GET /packages/artifacthub/{package_id}/versions/{version}/values_schema`. */
export function getArtifactHubValuesSchema(ctx: HandlerContext): Reply {
  const body = artifactHubValues(
    ctx.params["package_id"]!,
    ctx.params["version"]!,
    ctx.query["include_schema"] === "true",
  );
  return { status: 200, body };
}

/** After `POST /packages` stored a hosted package: its repository and first version; the facts its result names. */
export function afterPackageCreate(ctx: HandlerContext, pkg: ResourceRecord): Record<string, unknown> {
  const source = ((ctx.body as { sources?: Record<string, unknown>[] } | undefined)?.sources ?? [])[0] ?? {};
  const repo = buildResource(ctx, model("Repository"), ctx.workspace, {}, undefined);
  for (const field of ["cluster_id", "last_deploy_sha", "last_render_hash"]) delete repo.value[field];
  Object.assign(repo.value, { name: `package-${String(pkg.value["name"])}`, purpose: "package", package_id: pkg.id });
  ctx.store.resources.add(repo);
  const revision = typeof source["target_revision"] === "string" ? source["target_revision"] : "";
  Object.assign(pkg.value, {
    source: { kind: "hosted", repository_id: repo.id },
    composed_from_sources: [
      {
        kind: "helm",
        repo_url: source["repo_url"],
        chart: source["chart"],
        target_revision: source["target_revision"],
      },
    ],
  });
  const version = addVersion(ctx, pkg, {
    semver: SEMVER.test(revision) ? revision : "0.1.0",
    ref: `sha256:${hexDigest(`${pkg.id} ${revision}`, 64)}`,
  });
  return { package_version_id: version.id, repository_id: repo.id };
}

/** Before `POST /packages/{id}/versions`: an `oci` package, and a semver it does not have yet. */
export function beforeVersionCreate(ctx: HandlerContext): Record<string, unknown> {
  const id = ctx.params["id"]!;
  const pkg = derivedRecord(ctx, "Package", id)!;
  const kind = (pkg.value["source"] as { kind?: unknown } | undefined)?.kind;
  if (kind !== "oci") {
    throw conflict(`Package ${id} is hosted: its versions come only from its creation workflow, not from this call.`);
  }
  const semver = (ctx.body as { semver?: unknown } | undefined)?.semver;
  const same = ctx.store.resources.list("PackageVersion", { parent: id }).find((v) => v.value["semver"] === semver);
  if (same) throw conflict(`Package ${id} already has version ${String(semver)} (${same.id}); versions are immutable.`);
  return { published_at: seconds(ctx.now) };
}

/** After a version was created: it is the package's newest. */
export function afterVersionCreate(ctx: HandlerContext, version: ResourceRecord): void {
  const pkg = ctx.store.resources.get(version.parents["/packages"]!);
  if (pkg) setLatest(ctx, pkg, version);
}

/** Before `DELETE /packages/{id}`: 409 while an install runs one of its versions. */
export function refuseDeleteInUse(ctx: HandlerContext, pkg: ResourceRecord): void {
  const versions = new Set(ctx.store.resources.list("PackageVersion", { parent: pkg.id }).map((v) => v.id));
  const user = ctx.store.resources
    .list("Install", { workspace: pkg.workspace })
    .find((i) => i.value["state"] !== "deleted" && versions.has(String(i.value["package_version_id"])));
  if (user) {
    throw conflict(
      `Package ${pkg.id} is in use: install ${user.id} runs its version ${String(user.value["package_version_id"])}; delete the install first.`,
    );
  }
}

/** After the package was deleted: its versions go with it. */
export function deleteVersions(ctx: HandlerContext, pkg: ResourceRecord): void {
  for (const version of [...ctx.store.resources.list("PackageVersion", { parent: pkg.id })]) {
    ctx.store.resources.remove(version);
  }
}

function addVersion(
  ctx: HandlerContext,
  pkg: ResourceRecord,
  body: Partial<VersionBody> & Pick<VersionBody, "semver" | "ref">,
): ResourceRecord {
  const version = buildResource(ctx, model("PackageVersion"), ctx.workspace, { "/packages": pkg.id }, body);
  version.value["published_at"] = seconds(ctx.now);
  ctx.store.resources.add(version);
  setLatest(ctx, pkg, version);
  return version;
}

function setLatest(ctx: HandlerContext, pkg: ResourceRecord, version: ResourceRecord): void {
  pkg.value["latest_version_id"] = version.id;
  touch(ctx, model("Package").resource, pkg);
}

function model(schema: string) {
  const op = derivedResources.get(schema);
  if (!op) throw new Error(`${schema} is not a resource of the derived engine`);
  return op;
}
