/**
 * Finding a resource in the caller's workspace: anything outside it, or gone,
 * is a 404. Soft-deleted secrets past their `purge_at` are purged here, on
 * first sight, so purging follows the clock without timers.
 * Internal to the fake server.
 */
import { conflict, notFound } from "../envelope.js";
import type { HandlerContext } from "../context.js";
import type { ResourceRecord } from "../resource-table.js";
import type {
  ClusterRecord,
  OperationRecord,
  SecretRecord,
  SecretVersionRecord,
  WorkerBootstrapRecord,
} from "../records.js";

/** The install named by the path's `{id}` in the caller's workspace (a record of the derived engine), or 404. */
export function findInstall(ctx: HandlerContext): ResourceRecord {
  const id = ctx.params["id"]!;
  const install = ctx.store.resources.get(id);
  if (!install || install.resource !== "Install" || install.workspace !== ctx.workspace) throw notFound("Install", id);
  return install;
}

/** The cluster `id` of the caller's workspace, or 404. */
export function findCluster(ctx: HandlerContext, id: string): ClusterRecord {
  const cluster = ctx.store.clusters.get(id);
  if (!cluster || cluster.workspace !== ctx.workspace) throw notFound("Cluster", id);
  return cluster;
}

/** The bootstrap `wbsId` of cluster `clusterId`, or 404. */
export function findBootstrap(ctx: HandlerContext, clusterId: string, wbsId: string): WorkerBootstrapRecord {
  findCluster(ctx, clusterId);
  const bootstrap = ctx.store.bootstraps.get(wbsId);
  if (!bootstrap || bootstrap.clusterId !== clusterId) throw notFound("Worker bootstrap", wbsId);
  return bootstrap;
}

/** The secret `id` of the caller's workspace (active or soft-deleted), or 404 (also once purged). */
export function findSecret(ctx: HandlerContext, id: string): SecretRecord {
  const secret = ctx.store.secrets.get(id);
  if (!secret || secret.workspace !== ctx.workspace) throw notFound("Secret", id);
  if (secret.purgeAt !== undefined && ctx.now >= secret.purgeAt) {
    ctx.store.purgeSecret(secret);
    throw notFound("Secret", id);
  }
  return secret;
}

/** Like `findSecret`, but a soft-deleted secret is a 409: it cannot be changed until undeleted. */
export function findActiveSecret(ctx: HandlerContext, id: string): SecretRecord {
  const secret = findSecret(ctx, id);
  if (secret.deletedAt !== undefined) throw conflict(`Secret ${id} is deleted; restore it with :undelete first.`);
  return secret;
}

/** The version `vid` (a `secv_` id) of the secret, or 404. */
export function findVersion(ctx: HandlerContext, secret: SecretRecord, vid: string): SecretVersionRecord {
  const version = ctx.store.versions.get(vid);
  if (!version || version.secretId !== secret.id) throw notFound("Secret version", vid);
  return version;
}

/** The operation `id` within the request's scope, or 404. */
export function findOperation(ctx: HandlerContext, id: string): OperationRecord {
  const op = ctx.store.operations.get(id);
  if (!op || !ctx.scope.includes(op.workspace)) throw notFound("Operation", id);
  return op;
}
