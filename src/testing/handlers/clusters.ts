/**
 * Clusters: list, get, managed create (202 Operation), import (200, stores the
 * kubeconfig, never echoes it), PATCH (each named top-level field replaced),
 * delete / `:suspend` / `:resume` (202 Operations) and the admin kubeconfig.
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler, HandlerContext, Reply } from "../context.js";
import { conflict } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import type { ClusterRecord } from "../records.js";
import { renderCluster, renderOperation } from "../render.js";
import { startCreate, startDelete, startPowerChange } from "./cluster-operations.js";
import { findCluster } from "./lookup.js";

type Schemas = components["schemas"];

/** `GET /clusters` */
export const listClusters: Handler = (ctx) => {
  const items = ctx.store.clustersByWorkspace.get(ctx.workspace)?.items ?? [];
  const page = readPage(items, { list: "clusters", ...pageQuery(ctx), order: "asc" });
  return { status: 200, body: renderPage(page, renderCluster) };
};

/** `POST /clusters`: a managed cluster, `pending`, and the `cluster.create` Operation. */
export const createCluster: Handler = (ctx) => {
  const body = ctx.body as Schemas["CreateClusterBody"];
  const cluster = newCluster(ctx, {
    name: body.name,
    regionId: body.region_id,
    provider: "managed_kaas",
    state: "pending",
  });
  cluster.reconciling = true;
  ctx.store.addCluster(cluster);
  return operationReply(startCreate(ctx, cluster));
};

/** `POST /clusters:import`: an `active`, `imported_byoc` cluster. */
export const importCluster: Handler = (ctx) => {
  const body = ctx.body as Schemas["ImportClusterBody"];
  const cluster = newCluster(ctx, {
    name: body.name,
    regionId: body.region_id,
    provider: "imported_byoc",
    state: "active",
    kubeconfig: body.kubeconfig,
  });
  ctx.store.addCluster(cluster);
  return clusterReply(200, cluster);
};

/** `GET /clusters/{id}` */
export const getCluster: Handler = (ctx) => clusterReply(200, findCluster(ctx, ctx.params["id"]!));

/** `PATCH /clusters/{id}` */
export const updateCluster: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], cluster.etag, "cluster");
  if (cluster.state === "deleting") throw conflict(`Cluster ${cluster.id} is being deleted.`);
  const body = ctx.body as Schemas["UpdateClusterBody"];
  if (body.name !== undefined) cluster.name = body.name;
  if (body.region_id !== undefined) cluster.regionId = body.region_id;
  if (body.provider !== undefined) cluster.provider = body.provider;
  if (body.kubeconfig !== undefined) cluster.kubeconfig = body.kubeconfig;
  cluster.updatedAt = ctx.now;
  cluster.etag = ctx.store.etags.next();
  return clusterReply(200, cluster);
};

/** `DELETE /clusters/{id}` */
export const deleteCluster: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], cluster.etag, "cluster");
  if (cluster.state === "deleting") throw conflict(`Cluster ${cluster.id} is already being deleted.`);
  return operationReply(startDelete(ctx, cluster));
};

/** `POST /clusters/{id}:suspend`: only an idle `active` cluster (else a plain 409). */
export const suspendCluster: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], cluster.etag, "cluster");
  if (cluster.state !== "active" || cluster.reconciling) {
    throw conflict(`Cluster ${cluster.id} cannot be suspended while ${describe(cluster)}.`);
  }
  return operationReply(startPowerChange(ctx, cluster, "cluster.suspend"));
};

/** `POST /clusters/{id}:resume`: only an idle `suspended` cluster (else a plain 409). */
export const resumeCluster: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], cluster.etag, "cluster");
  if (cluster.state !== "suspended" || cluster.reconciling) {
    throw conflict(`Cluster ${cluster.id} cannot be resumed while ${describe(cluster)}.`);
  }
  return operationReply(startPowerChange(ctx, cluster, "cluster.resume"));
};

/** `GET /clusters/{id}/kubeconfig`: the stored kubeconfig, or one generated for a managed cluster. */
export const getKubeconfig: Handler = (ctx) => {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  return { status: 200, body: { kubeconfig: cluster.kubeconfig ?? generatedKubeconfig(cluster) } };
};

/** A new cluster record (not yet stored). */
export function newCluster(
  ctx: Pick<HandlerContext, "store" | "now" | "workspace">,
  fields: Pick<ClusterRecord, "name" | "regionId" | "provider" | "state"> & { kubeconfig?: string | undefined },
): ClusterRecord {
  return {
    seq: ctx.store.nextSeq(),
    id: ctx.store.ids.next("clu"),
    workspace: ctx.workspace,
    name: fields.name,
    regionId: fields.regionId,
    state: fields.state,
    provider: fields.provider,
    reconciling: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    etag: ctx.store.etags.next(),
    kubeconfig: fields.kubeconfig,
  };
}

/** `limit` and `cursor` of a list request. */
export function pageQuery(ctx: HandlerContext): { limit: number | undefined; cursor: string | undefined } {
  const limit = ctx.query["limit"];
  const cursor = ctx.query["cursor"];
  return {
    limit: typeof limit === "number" ? limit : undefined,
    cursor: typeof cursor === "string" ? cursor : undefined,
  };
}

/** A 202 with an Operation body. */
export function operationReply(op: Parameters<typeof renderOperation>[0]): Reply {
  return { status: 202, body: renderOperation(op) };
}

function clusterReply(status: number, cluster: ClusterRecord): Reply {
  return { status, body: renderCluster(cluster), headers: { etag: etagHeader(cluster.etag) } };
}

function describe(cluster: ClusterRecord): string {
  return cluster.reconciling ? "an operation is running on it" : `it is ${cluster.state}`;
}

function generatedKubeconfig(cluster: ClusterRecord): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `  - name: ${cluster.id}`,
    "    cluster:",
    `      server: https://${cluster.id.replace(/_/g, "-")}.k8s.akua.test:6443`,
    "users:",
    "  - name: admin",
    "    user:",
    `      token: akua-fake-admin-token-${cluster.id}`,
    "contexts:",
    `  - name: ${cluster.id}`,
    "    context:",
    `      cluster: ${cluster.id}`,
    "      user: admin",
    `current-context: ${cluster.id}`,
    "",
  ].join("\n");
}
