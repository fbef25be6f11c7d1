/**
 * The Operations behind cluster writes and their effects on the cluster:
 * - `cluster.create`: `pending`; at `startMs` `provisioning`; at `readyMs` `active`
 *   (response `{ type, cluster_id }`). Failed or cancelled: the cluster is removed.
 * - `cluster.delete`: `deleting` at once; removed (GET 404) at `readyMs`.
 *   Failed or cancelled: back to the state it had.
 * - `cluster.suspend` / `cluster.resume`: `reconciling` at once; `suspended` /
 *   `active` at `readyMs`. Failed or cancelled: unchanged, no longer reconciling.
 * - `cluster.worker_bootstrap.revoke`: the bootstrap is revoked at once; the
 *   operation finishes the cleanup at `startMs`.
 * Every visible change of a resource takes a new etag. Internal to the fake server.
 */
import type { HandlerContext } from "../context.js";
import type { ClusterRecord, OperationRecord, WorkerBootstrapRecord } from "../records.js";

/** Starts `cluster.create` for a new `pending` cluster. */
export function startCreate(ctx: HandlerContext, cluster: ClusterRecord): OperationRecord {
  const { store, provisioning } = ctx;
  const touch = (now: number) => {
    cluster.updatedAt = now;
    cluster.etag = store.etags.next();
  };
  return ctx.engine.start({
    workspace: cluster.workspace,
    ownerType: "cluster",
    ownerId: cluster.id,
    metadata: {
      type: "cluster.create",
      workspace_id: cluster.workspace,
      region_id: cluster.regionId,
      name: cluster.name,
    },
    steps: ["provision_control_plane", "join_workers"],
    timeline: [provisioning.startMs, provisioning.readyMs],
    onStep: (_index, now) => {
      if (!alive(ctx, cluster) || cluster.state === "deleting") return;
      cluster.state = "provisioning";
      touch(now);
    },
    onSuccess: (now) => {
      if (alive(ctx, cluster) && cluster.state !== "deleting") {
        cluster.state = "active";
        cluster.reconciling = false;
        touch(now);
      }
      return { type: "cluster.create", cluster_id: cluster.id };
    },
    onStop: () => {
      if (alive(ctx, cluster) && cluster.state !== "deleting") store.removeCluster(cluster);
    },
  });
}

/** Starts `cluster.delete`: the cluster is `deleting` at once; other running operations on it are cancelled. */
export function startDelete(ctx: HandlerContext, cluster: ClusterRecord): OperationRecord {
  const { store, provisioning, engine } = ctx;
  const previous = cluster.state;
  cluster.state = "deleting";
  cluster.reconciling = true;
  cluster.updatedAt = ctx.now;
  cluster.etag = store.etags.next();
  engine.cancelFor(cluster.id, "Cancelled: the cluster is being deleted.");
  return engine.start({
    workspace: cluster.workspace,
    ownerType: "cluster",
    ownerId: cluster.id,
    metadata: { type: "cluster.delete", cluster_id: cluster.id },
    steps: ["remove_workloads", "delete_infrastructure"],
    timeline: [provisioning.startMs, provisioning.readyMs],
    onSuccess: () => {
      if (alive(ctx, cluster)) store.removeCluster(cluster);
      return { type: "cluster.delete", cluster_id: cluster.id };
    },
    onStop: (now) => {
      if (!alive(ctx, cluster)) return;
      cluster.state = previous === "pending" || previous === "provisioning" ? "active" : previous;
      cluster.reconciling = false;
      cluster.updatedAt = now;
      cluster.etag = store.etags.next();
    },
  });
}

/** Starts `cluster.suspend` or `cluster.resume` on a cluster that is `active` or `suspended` and idle. */
export function startPowerChange(
  ctx: HandlerContext,
  cluster: ClusterRecord,
  type: "cluster.suspend" | "cluster.resume",
): OperationRecord {
  const { store, provisioning } = ctx;
  cluster.reconciling = true;
  cluster.updatedAt = ctx.now;
  cluster.etag = store.etags.next();
  const settle = (now: number, state?: ClusterRecord["state"]) => {
    if (!alive(ctx, cluster) || cluster.state === "deleting") return;
    if (state) cluster.state = state;
    cluster.reconciling = false;
    cluster.updatedAt = now;
    cluster.etag = store.etags.next();
  };
  return ctx.engine.start({
    workspace: cluster.workspace,
    ownerType: "cluster",
    ownerId: cluster.id,
    metadata: { type, cluster_id: cluster.id },
    steps:
      type === "cluster.suspend"
        ? ["drain_workers", "suspend_control_plane"]
        : ["resume_control_plane", "resume_workers"],
    timeline: [provisioning.startMs, provisioning.readyMs],
    onSuccess: (now) => {
      settle(now, type === "cluster.suspend" ? "suspended" : "active");
      return { type, cluster_id: cluster.id };
    },
    onStop: (now) => settle(now),
  });
}

/** Revokes a bootstrap at once and starts `cluster.worker_bootstrap.revoke` to finish the cleanup. */
export function startRevoke(ctx: HandlerContext, bootstrap: WorkerBootstrapRecord): OperationRecord {
  const { store, provisioning } = ctx;
  bootstrap.revoked = true;
  bootstrap.reconciling = true;
  bootstrap.updatedAt = ctx.now;
  bootstrap.etag = store.etags.next();
  const settle = (now: number) => {
    if (store.bootstraps.get(bootstrap.id) !== bootstrap) return;
    bootstrap.reconciling = false;
    bootstrap.activeOperation = null;
    bootstrap.updatedAt = now;
    bootstrap.etag = store.etags.next();
  };
  const op = ctx.engine.start({
    workspace: bootstrap.workspace,
    ownerType: "cluster",
    ownerId: bootstrap.clusterId,
    metadata: {
      type: "cluster.worker_bootstrap.revoke",
      cluster_id: bootstrap.clusterId,
      worker_bootstrap_id: bootstrap.id,
    },
    steps: ["revoke_token"],
    timeline: [provisioning.startMs],
    onSuccess: (now) => {
      settle(now);
      return { type: "cluster.worker_bootstrap.revoke" };
    },
    onStop: (now) => settle(now),
  });
  bootstrap.activeOperation = { id: op.id, type: "cluster.worker_bootstrap.revoke", startedAt: op.startedAt };
  return op;
}

function alive(ctx: HandlerContext, cluster: ClusterRecord): boolean {
  return ctx.store.clusters.get(cluster.id) === cluster;
}
