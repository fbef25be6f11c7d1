/**
 * References inside create bodies: each must name an existing resource of
 * the caller's workspace, else 404 naming the field (`path: ["body", field]`;
 * the spec lists 404 for `POST /machines` and `POST /repository_change_requests`;
 * `POST /installs` lists none, and an undeclared 4xx with the error envelope is
 * within the contract). An install's `package_version_pin` is resolved to the
 * version it runs (`latest`: the package's `latest_version_id`; `pinned`: the
 * package's version of that semver, else 404 naming `package_version_pin.version`).
 * `product_id` is taken as given: the fake models no products.
 * Hand-written handlers of these operations call `checkReferences` too.
 * Internal to the fake server.
 */
import type { HandlerContext } from "../context.js";
import { ApiError } from "../envelope.js";
import type { ResourceRecord } from "../resource-table.js";

/** A body field naming another resource: a schema of the derived engine, or a hand-written kind. */
interface Reference {
  readonly field: string;
  readonly resource: string;
}

/** The references checked, per create operation. */
export const REFERENCES: Readonly<Record<string, readonly Reference[]>> = {
  "POST /installs": [
    { field: "package_id", resource: "Package" },
    { field: "cluster_id", resource: "Cluster" },
    { field: "region_id", resource: "Region" },
  ],
  "POST /machines": [
    { field: "cluster_id", resource: "Cluster" },
    { field: "compute_config_id", resource: "ComputeConfig" },
  ],
  "POST /repository_change_requests": [{ field: "parent_repository_id", resource: "Repository" }],
};

/**
 * Checks the references of `operation`'s body (throws a 404 `ApiError`);
 * returns the fields they resolve to on the new resource (an install's
 * `package_version_id`).
 */
export function checkReferences(ctx: HandlerContext, operation: string): Record<string, unknown> {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  for (const ref of REFERENCES[operation] ?? []) {
    const id = body[ref.field];
    if (typeof id === "string" && !exists(ctx, ref.resource, id)) throw missing(ref.field, ref.resource, id);
  }
  if (operation === "POST /installs" && typeof body["package_id"] === "string") {
    return { package_version_id: pinnedVersion(ctx, body["package_id"], body["package_version_pin"]) };
  }
  return {};
}

/** Whether `id` is a `resource` of the caller's workspace. */
function exists(ctx: HandlerContext, resource: string, id: string): boolean {
  if (resource === "Cluster") return ctx.store.clusters.get(id)?.workspace === ctx.workspace;
  if (resource === "Region") return ctx.store.regions.get(id)?.workspace === ctx.workspace;
  return derivedRecord(ctx, resource, id) !== undefined;
}

/** A record of the derived engine of `resource` in the caller's workspace. */
export function derivedRecord(ctx: HandlerContext, resource: string, id: string): ResourceRecord | undefined {
  const record = ctx.store.resources.get(id);
  return record && record.resource === resource && record.workspace === ctx.workspace ? record : undefined;
}

/**
 * The version id an install of `packageId` with this pin runs: `latest` is the
 * package's `latest_version_id` (else, for a seeded package whose
 * `latest_version_id` names no version it holds, its newest version); `pinned`
 * the package's version of that semver (else 404 naming `package_version_pin.version`).
 */
function pinnedVersion(ctx: HandlerContext, packageId: string, pin: unknown): string {
  const pkg = derivedRecord(ctx, "Package", packageId)!;
  const versions = ctx.store.resources.list("PackageVersion", { parent: packageId });
  const wanted = (pin as { kind?: unknown; version?: unknown } | undefined) ?? {};
  if (wanted.kind !== "pinned") {
    const latest = pkg.value["latest_version_id"];
    return (versions.find((v) => v.id === latest) ?? versions.at(-1))?.id ?? String(latest);
  }
  const version = versions.find((v) => v.value["semver"] === wanted.version);
  if (!version) {
    throw new ApiError(
      404,
      `package_version_pin.version: package ${packageId} has no version ${String(wanted.version)}.`,
      {
        path: ["body", "package_version_pin", "version"],
      },
    );
  }
  return version.id;
}

function missing(field: string, resource: string, id: string): ApiError {
  const what = resource.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return new ApiError(404, `${field}: ${what} ${id} was not found.`, { path: ["body", field] });
}
