/**
 * Secrets: create (201; `value` becomes version 1 and is never echoed; 409
 * when the name is taken in the workspace, soft-deleted secrets included),
 * list (metadata only, soft-deleted ones included with their `state`; filter
 * `kind`), get, PATCH (metadata only, each named field replaced whole), DELETE
 * (soft delete until `purge_at`, 30 days on the clock; `force=true` destroys
 * the secret and every payload at once) and `:undelete` (before `purge_at`;
 * 404 once purged). Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler, HandlerContext, Reply } from "../context.js";
import { ApiError, conflict } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import type { SecretRecord, SecretVersionRecord } from "../records.js";
import { renderSecret } from "../render.js";
import { pageQuery } from "./clusters.js";
import { findActiveSecret, findSecret } from "./lookup.js";

type Schemas = components["schemas"];

/** How long a soft-deleted secret can be restored. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Kinds the fake pretends to check with their provider (`validation.state` `unspecified`); others get `validation: null`. */
const VALIDATED_KINDS = new Set([
  "cloud_provider/hcloud",
  "cloud_provider/aws",
  "cloud_provider/gcp",
  "cloud_provider/azure",
  "oci_registry",
  "cloudflare_api",
]);

/** `GET /secrets` */
export const listSecrets: Handler = (ctx) => {
  const kind = typeof ctx.query["kind"] === "string" ? ctx.query["kind"] : undefined;
  const items = ctx.store.secretsByWorkspace.get(ctx.workspace)?.items ?? [];
  const page = readPage(items, {
    list: "secrets",
    ...pageQuery(ctx),
    order: "asc",
    filter: (s) => !purged(ctx, s) && (kind === undefined || s.kind === kind),
  });
  return { status: 200, body: renderPage(page, renderSecret) };
};

/** `POST /secrets` */
export const createSecret: Handler = (ctx) => {
  const body = ctx.body as Schemas["CreateSecretBody"];
  const taken = ctx.store.secretIdByName(ctx.workspace, body.name);
  if (taken !== undefined && ctx.store.secrets.has(taken)) {
    const holder = ctx.store.secrets.get(taken)!;
    if (!purged(ctx, holder))
      throw conflict(`A secret named ${JSON.stringify(body.name)} already exists in the workspace.`);
    ctx.store.purgeSecret(holder);
  }
  const secret = newSecret(ctx, { name: body.name, kind: body.kind, labels: body.labels ?? {}, value: body.value });
  ctx.store.addSecret(secret);
  return secretReply(201, secret);
};

/** `GET /secrets/{id}` (soft-deleted secrets too, with `state` `soft_deleted`) */
export const getSecret: Handler = (ctx) => secretReply(200, findSecret(ctx, ctx.params["id"]!));

/** `PATCH /secrets/{id}`: `name`, `labels`, `mime_type`, `version_aliases`. */
export const updateSecret: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], secret.etag, "secret");
  findActiveSecret(ctx, secret.id);
  const body = ctx.body as Schemas["UpdateSecretBody"];
  if (body.version_aliases !== undefined) {
    for (const [alias, number] of Object.entries(body.version_aliases)) {
      if (!secret.versions.some((v) => v.number === number)) {
        throw new ApiError(400, `Alias ${JSON.stringify(alias)} points to version ${number}, which does not exist.`, {
          path: ["body", "version_aliases", alias],
        });
      }
    }
  }
  if (body.name !== undefined && body.name !== secret.name) {
    const taken = ctx.store.secretIdByName(ctx.workspace, body.name);
    if (taken !== undefined && taken !== secret.id && ctx.store.secrets.has(taken)) {
      throw conflict(`A secret named ${JSON.stringify(body.name)} already exists in the workspace.`);
    }
    ctx.store.renameSecret(secret, body.name);
  }
  if (body.labels !== undefined) secret.labels = { ...body.labels };
  if (body.mime_type !== undefined) secret.mimeType = body.mime_type;
  if (body.version_aliases !== undefined) secret.versionAliases = { ...body.version_aliases };
  touchSecret(ctx, secret);
  return secretReply(200, secret);
};

/** `DELETE /secrets/{id}`: soft delete (204); `force=true` destroys it at once. */
export const deleteSecret: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], secret.etag, "secret");
  if (ctx.query["force"] === true) {
    ctx.store.purgeSecret(secret);
    return { status: 204 };
  }
  if (secret.deletedAt !== undefined) throw conflict(`Secret ${secret.id} is already deleted.`);
  secret.deletedAt = ctx.now;
  secret.purgeAt = ctx.now + PURGE_AFTER_MS;
  touchSecret(ctx, secret);
  return { status: 204 };
};

/** `POST /secrets/{id}:undelete`: a plain 409 when the secret is not deleted. */
export const undeleteSecret: Handler = (ctx) => {
  const secret = findSecret(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], secret.etag, "secret");
  if (secret.deletedAt === undefined) throw conflict(`Secret ${secret.id} is not deleted.`);
  secret.deletedAt = undefined;
  secret.purgeAt = undefined;
  touchSecret(ctx, secret);
  return secretReply(200, secret);
};

/** A new secret record holding `value` as version 1 (not yet stored). */
export function newSecret(
  ctx: Pick<HandlerContext, "store" | "now" | "workspace">,
  fields: { name: string; kind: string; labels: Record<string, string>; value: string },
): SecretRecord {
  const secret: SecretRecord = {
    seq: ctx.store.nextSeq(),
    id: ctx.store.ids.next("sec"),
    workspace: ctx.workspace,
    name: fields.name,
    kind: fields.kind,
    labels: { ...fields.labels },
    mimeType: undefined,
    versionAliases: {},
    validation: VALIDATED_KINDS.has(fields.kind)
      ? { state: "unspecified", validated_at: Math.floor(ctx.now / 1000) }
      : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    deletedAt: undefined,
    purgeAt: undefined,
    etag: "",
    versions: [],
  };
  secret.versions.push(newVersion(ctx, secret, fields.value, undefined));
  secret.etag = ctx.store.etags.next();
  return secret;
}

/** A new enabled version of `secret` numbered after the last one (not yet stored). */
export function newVersion(
  ctx: Pick<HandlerContext, "store" | "now">,
  secret: SecretRecord,
  value: string,
  comment: string | undefined,
): SecretVersionRecord {
  return {
    seq: ctx.store.nextSeq(),
    id: ctx.store.ids.next("secv"),
    secretId: secret.id,
    number: (secret.versions[secret.versions.length - 1]?.number ?? 0) + 1,
    state: "enabled",
    comment,
    createdAt: ctx.now,
    destroyedAt: undefined,
    etag: ctx.store.etags.next(),
    value,
  };
}

/** Marks a write of the secret: new etag, `updated_at`. */
export function touchSecret(ctx: Pick<HandlerContext, "store" | "now">, secret: SecretRecord): void {
  secret.updatedAt = ctx.now;
  secret.etag = ctx.store.etags.next();
}

function secretReply(status: number, secret: SecretRecord): Reply {
  return { status, body: renderSecret(secret), headers: { etag: etagHeader(secret.etag) } };
}

function purged(ctx: HandlerContext, secret: SecretRecord): boolean {
  return secret.purgeAt !== undefined && ctx.now >= secret.purgeAt;
}
