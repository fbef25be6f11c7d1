/**
 * A cluster's capabilities (`/clusters/{id}/capabilities`):
 * - GET reads the last snapshot without inspecting the cluster. Before any
 *   successful refresh it is empty with `freshness.state` `missing`; after one,
 *   the snapshot is the schema's example (canned: the fake has no cluster to
 *   inspect), `fresh` until it is older than `max_age_seconds` (3600, the
 *   example's) on the fake's clock, then `stale`. `last_refresh_status` is
 *   `RUNNING` while a refresh runs, `FAILED` (with `last_refresh_error`) after
 *   a failed or cancelled one, else `SUCCESS` (null before any refresh).
 * - `:refresh` (IK o): 202 Operation `cluster.capabilities.refresh` on the
 *   fake's clock; its result is `{ type, cluster_id }`.
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { etagHeader } from "../etag.js";
import type { CapabilitiesRecord } from "../records.js";
import { renderOperation, seconds } from "../render.js";
import { exampleOf, resolve } from "../schema-values.js";
import { spec } from "../spec.js";
import { findCluster } from "./lookup.js";

type Capabilities = components["schemas"]["ClusterCapabilities"];

/** Seconds a snapshot stays `fresh`. */
export const MAX_AGE_SECONDS = 3600;

/** `GET /clusters/{id}/capabilities`. */
export function getCapabilities(ctx: HandlerContext): Reply {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  return { status: 200, body: renderCapabilities(capabilitiesOf(ctx, cluster.id), ctx.now) };
}

/** `POST /clusters/{id}/capabilities:refresh`. */
export function refreshCapabilities(ctx: HandlerContext): Reply {
  const cluster = findCluster(ctx, ctx.params["id"]!);
  const record = capabilitiesOf(ctx, cluster.id);
  record.lastStatus = "RUNNING";
  record.lastError = null;
  const current = () => ctx.store.capabilities.get(cluster.id) === record;
  const op = ctx.engine.start({
    workspace: cluster.workspace,
    ownerType: "cluster",
    ownerId: cluster.id,
    metadata: { type: "cluster.capabilities.refresh", cluster_id: cluster.id },
    steps: ["inspect_cluster"],
    timeline: [ctx.provisioning.startMs],
    onSuccess: (now) => {
      if (current()) Object.assign(record, { observedAt: now, lastStatus: "SUCCESS", lastError: null });
      return { type: "cluster.capabilities.refresh", cluster_id: cluster.id };
    },
    onStop: () => {
      if (current())
        Object.assign(record, { lastStatus: "FAILED", lastError: "The capabilities refresh did not finish." });
    },
  });
  return { status: 202, body: renderOperation(op), headers: { etag: etagHeader(op.etag) } };
}

function capabilitiesOf(ctx: HandlerContext, clusterId: string): CapabilitiesRecord {
  let record = ctx.store.capabilities.get(clusterId);
  if (!record) {
    record = { observedAt: undefined, lastStatus: null, lastError: null };
    ctx.store.capabilities.set(clusterId, record);
  }
  return record;
}

/** The wire object of a cluster's capabilities at `now` (ms). */
export function renderCapabilities(record: CapabilitiesRecord, now: number): Capabilities {
  if (record.observedAt === undefined) {
    return {
      api_groups: [],
      storage_classes: [],
      gateway_classes: [],
      gateways: [],
      ingress_classes: [],
      nodes: [],
      freshness: {
        state: "missing",
        max_age_seconds: MAX_AGE_SECONDS,
        age_seconds: null,
        last_successful_at: null,
        last_refresh_status: record.lastStatus === "SUCCESS" ? null : record.lastStatus,
        last_refresh_error: record.lastError,
      },
    };
  }
  const snapshot = exampleOf(resolve(spec, { $ref: "#/components/schemas/ClusterCapabilities" })) as Capabilities;
  const age = Math.max(0, seconds(now) - seconds(record.observedAt));
  return {
    ...snapshot,
    freshness: {
      state: age > MAX_AGE_SECONDS ? "stale" : "fresh",
      max_age_seconds: MAX_AGE_SECONDS,
      age_seconds: age,
      last_successful_at: seconds(record.observedAt),
      last_refresh_status: record.lastStatus ?? "SUCCESS",
      last_refresh_error: record.lastError,
    },
  };
}
