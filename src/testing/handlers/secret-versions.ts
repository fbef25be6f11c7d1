/**
 * Secret versions: add (201, appends an enabled version, never echoes the
 * value), list (newest first, filter `state`), get, `:enable` (idempotent; a
 * plain 409 on a destroyed version), `:disable`, `:destroy` (irreversible:
 * erases the payload, keeps the metadata with `destroyed_at`) and `:access`.
 *
 * `:access` takes a `secv_` id, `latest` (the newest version) or an alias
 * from `version_aliases`, and answers the plaintext of an enabled version:
 * 404 for an unknown version or a soft-deleted secret, 409 for a disabled
 * version (it can be enabled again), 410 for a destroyed one (gone for good).
 *
 * Version writes take the version's etag in `if-match`; a changed version
 * also changes the secret's etag. Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler, HandlerContext, Reply } from "../context.js";
import { ApiError, conflict, notFound } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import type { SecretRecord, SecretVersionRecord } from "../records.js";
import { renderSecretVersion } from "../render.js";
import { pageQuery } from "./clusters.js";
import { findActiveSecret, findSecret, findVersion } from "./lookup.js";
import { newVersion, touchSecret } from "./secrets.js";

/** `GET /secrets/{id}/versions` */
export const listVersions: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  const state = typeof ctx.query["state"] === "string" ? ctx.query["state"] : undefined;
  const page = readPage(secret.versions, {
    list: `versions/${secret.id}`,
    ...pageQuery(ctx),
    order: "desc",
    filter: state === undefined ? undefined : (v) => v.state === state,
  });
  return { status: 200, body: renderPage(page, renderSecretVersion) };
};

/** `POST /secrets/{id}/versions` */
export const createVersion: Handler = (ctx) => {
  const secret = findActiveSecret(ctx, ctx.params["id"]!);
  const body = ctx.body as components["schemas"]["CreateSecretVersionBody"];
  const version = newVersion(ctx, secret, body.value, body.comment);
  ctx.store.addVersion(secret, version);
  touchSecret(ctx, secret);
  return versionReply(201, version);
};

/** `GET /secrets/{id}/versions/{vid}` */
export const getVersion: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  return versionReply(200, findVersion(ctx, secret, ctx.params["vid"]!));
};

/** `POST /secrets/{id}/versions/{vid}:enable` */
export const enableVersion: Handler = (ctx) =>
  writeVersion(ctx, (version) => {
    if (version.state === "destroyed") throw conflict(`Version ${version.id} is destroyed and cannot be enabled.`);
    return version.state === "enabled" ? false : ((version.state = "enabled"), true);
  });

/** `POST /secrets/{id}/versions/{vid}:disable` */
export const disableVersion: Handler = (ctx) =>
  writeVersion(ctx, (version) => {
    if (version.state === "destroyed") throw conflict(`Version ${version.id} is destroyed and cannot be disabled.`);
    return version.state === "disabled" ? false : ((version.state = "disabled"), true);
  });

/** `POST /secrets/{id}/versions/{vid}:destroy` */
export const destroyVersion: Handler = (ctx) =>
  writeVersion(ctx, (version) => {
    if (version.state === "destroyed") return false;
    version.state = "destroyed";
    version.destroyedAt = ctx.now;
    version.value = undefined;
    return true;
  });

/** `POST /secrets/{id}/versions/{vid}:access` */
export const accessVersion: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  if (secret.deletedAt !== undefined) throw notFound("Secret", secret.id);
  const version = selectVersion(ctx, secret, ctx.params["vid"]!);
  if (version.state === "destroyed") throw new ApiError(410, `Version ${version.id} was destroyed; its value is gone.`);
  if (version.state !== "enabled" || version.value === undefined) {
    throw conflict(`Version ${version.id} is disabled; enable it to read its value.`);
  }
  return { status: 200, body: { value: version.value } };
};

/** A `secv_` id, `latest`, or an alias of the secret. */
function selectVersion(ctx: HandlerContext, secret: SecretRecord, vid: string): SecretVersionRecord {
  if (vid === "latest") {
    const latest = secret.versions[secret.versions.length - 1];
    if (!latest) throw notFound("Secret version", vid);
    return latest;
  }
  const aliased = Object.hasOwn(secret.versionAliases, vid) ? secret.versionAliases[vid] : undefined;
  if (aliased !== undefined) {
    const version = secret.versions.find((v) => v.number === aliased);
    if (!version) throw notFound("Secret version", vid);
    return version;
  }
  return findVersion(ctx, secret, vid);
}

/** Checks `if-match` against the version; `change` returns whether it changed anything (then both etags move). */
function writeVersion(ctx: HandlerContext, change: (version: SecretVersionRecord) => boolean): Reply {
  const secret = findSecret(ctx, ctx.params["id"]!);
  const version = findVersion(ctx, secret, ctx.params["vid"]!);
  checkIfMatch(ctx.headers["if-match"], version.etag, "secret version");
  findActiveSecret(ctx, secret.id);
  if (change(version)) {
    version.etag = ctx.store.etags.next();
    touchSecret(ctx, secret);
  }
  return versionReply(200, version);
}

function versionReply(status: number, version: SecretVersionRecord): Reply {
  return { status, body: renderSecretVersion(version), headers: { etag: etagHeader(version.etag) } };
}
