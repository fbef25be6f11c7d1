/**
 * The install lifecycle calls (install-lifecycle.ts has the lifecycle itself):
 *
 * - `POST /installs/{id}:update` (202 `{install, render}`, not an Operation):
 *   `package_version_id` must be a package version the fake holds in the
 *   workspace (else 404) of the install's package (else 409 `CONFLICT` naming
 *   both packages; also 409 when the fake does not know the install's package).
 *   Starts a rollout to it.
 * - `POST /installs/{id}:restore` (202 `{install, render}`): `render_id` must be
 *   a render of this install (else 404) that was `deployed` (else 409). Starts
 *   a rollout of that render's version, the new render's
 *   `restored_from_render_id` naming it.
 * - `PATCH /installs/{id}/automatic_updates` (200 `{install, render}`): sets
 *   the flag; `render` is always null (turning it on starts nothing: the next
 *   version registered of the install's package does, install-lifecycle.ts).
 *
 * Each checks `if-match` against the install's etag (409 `ABORTED`), answers
 * 409 for a deleted install, changes the install's etag and sends it as `ETag`.
 * `idempotency-key` (required) is the pipeline's.
 *
 * - `POST /installs/{id}/renders` (201 InstallRender; no if-match, the
 *   idempotency key optional): 404 for an unknown install, 409 for a deleted
 *   one; `skip_unchanged` (true when absent or null) and nothing to change
 *   answers a render `skipped` at once, else a render rollout starts
 *   (`requestRender`: 409 during the creation, like `:update`; a running
 *   update, restore or render superseded). `message` is kept on the render
 *   (null without one); `extra_annotations` is accepted and kept nowhere.
 *
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { conflict, notFound } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import {
  lifecycleOf,
  lifecycleState,
  refuseIfDeleting,
  requestRender,
  startRollout,
  touchInstall,
  versionRecord,
  versionRef,
} from "../install-lifecycle.js";
import type { ResourceRecord } from "../resource-table.js";
import { findInstall } from "./lookup.js";

type Schemas = components["schemas"];

/** `POST /installs/{id}:update` */
export function updateInstallVersion(ctx: HandlerContext): Reply {
  const install = writableInstall(ctx);
  const lifecycle = lifecycleOf(ctx.store, install);
  const { package_version_id: id } = ctx.body as Schemas["UpdateInstallVersionBody"];
  const target = versionRecord(ctx.store, ctx.workspace, id);
  if (!target) throw notFound("Package version", id);
  const owner = target.value["package_id"];
  if (lifecycle.packageId === undefined) {
    throw conflict(
      `The fake does not know the package of install ${install.id} (its version ${String(install.value["package_version_id"])} is no package version it holds), so it cannot move it to ${id}: create the install from a package whose versions exist in the fake.`,
    );
  }
  if (owner !== lifecycle.packageId) {
    throw conflict(
      `Package version ${id} belongs to package ${String(owner)}, not to ${lifecycle.packageId}, the package of install ${install.id}: :update moves an install to another version of the same package.`,
    );
  }
  const version = versionRef(ctx.store, ctx.workspace, id);
  const render = startRollout(ctx, install, lifecycle, "update", version, { message: `Update to ${version.semver}` });
  return mutation(202, install, render, ctx);
}

/** `POST /installs/{id}:restore` */
export function restoreInstall(ctx: HandlerContext): Reply {
  const install = writableInstall(ctx);
  const lifecycle = lifecycleOf(ctx.store, install);
  const { render_id: id } = ctx.body as Schemas["RestoreInstallBody"];
  const earlier = ctx.store.resources.get(id);
  if (!earlier || earlier.resource !== "InstallRender" || earlier.parents["/installs"] !== install.id) {
    throw notFound("Install render", id);
  }
  const versionId = earlier.value["package_version_id"];
  if (earlier.value["state"] !== "deployed" || typeof versionId !== "string") {
    throw conflict(
      `Render ${id} of install ${install.id} is ${String(earlier.value["state"])}${typeof versionId === "string" ? "" : " without a package version"}: :restore re-applies an earlier deployed render.`,
    );
  }
  const version = versionRef(ctx.store, ctx.workspace, versionId);
  const render = startRollout(ctx, install, lifecycle, "restore", version, {
    message: `Restore render ${id}`,
    restoredFrom: id,
  });
  return mutation(202, install, render, ctx);
}

/** `PATCH /installs/{id}/automatic_updates` */
export function setAutomaticUpdates(ctx: HandlerContext): Reply {
  const install = writableInstall(ctx);
  const lifecycle = lifecycleOf(ctx.store, install);
  lifecycle.automaticUpdates = (ctx.body as Schemas["SetInstallAutomaticUpdatesBody"]).automatic_updates_enabled;
  touchInstall(ctx, install);
  return mutation(200, install, null, ctx);
}

/** `POST /installs/{id}/renders` */
export function createInstallRender(ctx: HandlerContext): Reply {
  const install = findInstall(ctx);
  refuseIfDeleting(ctx, install);
  const body = (ctx.body ?? {}) as Schemas["CreateInstallRenderBody"];
  const render = requestRender(ctx, install, lifecycleOf(ctx.store, install), {
    message: body.message ?? null,
    skipUnchanged: body.skip_unchanged !== false,
  });
  return { status: 201, body: structuredClone(render.value) };
}

/** The install of the path, with a matching `if-match`, neither deleted nor being deleted. */
function writableInstall(ctx: HandlerContext): ResourceRecord {
  const install = findInstall(ctx);
  checkIfMatch(ctx.headers["if-match"], String(install.value["etag"]), "install");
  refuseIfDeleting(ctx, install);
  return install;
}

function mutation(status: number, install: ResourceRecord, render: ResourceRecord | null, ctx: HandlerContext): Reply {
  const body: Schemas["InstallLifecycleMutation"] = {
    install: lifecycleState(install, lifecycleOf(ctx.store, install)),
    render: render && (structuredClone(render.value) as Schemas["InstallRender"]),
  };
  return { status, body, headers: { etag: etagHeader(String(install.value["etag"])) } };
}
