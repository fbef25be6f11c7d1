/**
 * Worker bootstraps: create (201 + `Location`, the only answer that reveals
 * `token`, `command`, `cloud_init` and `artifacts`), get and list (revoked
 * and expired included, never the secret fields), and `:revoke` (revoked at
 * once, 202 Operation that finishes the cleanup). `status` follows the clock:
 * `expired` once `expires_at` has passed. Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler } from "../context.js";
import { conflict } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import type { WorkerBootstrapRecord } from "../records.js";
import { renderWorkerBootstrap, revealWorkerBootstrap } from "../render.js";
import { startRevoke } from "./cluster-operations.js";
import { operationReply, pageQuery } from "./clusters.js";
import { findBootstrap, findCluster } from "./lookup.js";

/** Lifetime when the request names none. */
export const DEFAULT_BOOTSTRAP_TTL_SECONDS = 3600;

/** `GET /clusters/{id}/worker_bootstraps` */
export const listWorkerBootstraps: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  const items = ctx.store.bootstrapsByCluster.get(cluster.id)?.items ?? [];
  const page = readPage(items, { list: `worker_bootstraps/${cluster.id}`, ...pageQuery(ctx), order: "asc" });
  return { status: 200, body: renderPage(page, (b) => renderWorkerBootstrap(b, ctx.now)) };
};

/** `POST /clusters/{id}/worker_bootstraps` */
export const createWorkerBootstrap: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  const body = (ctx.body ?? {}) as components["schemas"]["CreateWorkerBootstrapBody"];
  const ttl = body.ttl_seconds ?? DEFAULT_BOOTSTRAP_TTL_SECONDS;
  const bootstrap: WorkerBootstrapRecord = {
    seq: ctx.store.nextSeq(),
    id: ctx.store.ids.next("wbs"),
    workspace: cluster.workspace,
    clusterId: cluster.id,
    revoked: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    expiresAt: ctx.now + ttl * 1000,
    etag: ctx.store.etags.next(),
    reconciling: false,
    activeOperation: null,
    token: ctx.store.ids.next("wbt"),
  };
  ctx.store.addBootstrap(bootstrap);
  return {
    status: 201,
    body: revealWorkerBootstrap(bootstrap, ctx.now),
    headers: {
      location: `/v1/clusters/${encodeURIComponent(cluster.id)}/worker_bootstraps/${encodeURIComponent(bootstrap.id)}`,
      etag: etagHeader(bootstrap.etag),
    },
  };
};

/** `GET /clusters/{id}/worker_bootstraps/{wbs_id}` */
export const getWorkerBootstrap: Handler = (ctx) => {
  const bootstrap = findBootstrap(ctx, ctx.params["id"]!, ctx.params["wbs_id"]!);
  return {
    status: 200,
    body: renderWorkerBootstrap(bootstrap, ctx.now),
    headers: { etag: etagHeader(bootstrap.etag) },
  };
};

/** `POST /clusters/{id}/worker_bootstraps/{wbs_id}:revoke`: a plain 409 when already revoked. */
export const revokeWorkerBootstrap: Handler = (ctx) => {
  const bootstrap = findBootstrap(ctx, ctx.params["id"]!, ctx.params["wbs_id"]!);
  checkIfMatch(ctx.headers["if-match"], bootstrap.etag, "worker bootstrap");
  if (bootstrap.revoked) throw conflict(`Worker bootstrap ${bootstrap.id} is already revoked.`);
  return operationReply(startRevoke(ctx, bootstrap));
};
