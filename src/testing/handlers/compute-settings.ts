/**
 * A cluster's compute settings (`/clusters/{id}/compute_settings`):
 * - GET: `auto_scaling` (`active` | `paused`), `machines` (how many of the
 *   workspace's machines name the cluster as `cluster_id`), `max_machines`,
 *   `updated_at` and `etag`. A cluster's settings start as the schema's
 *   example says (autoscaling active, at most 10 machines).
 * - PATCH (IM R): written with the boolean `auto_scaling_enabled` (read back as
 *   `auto_scaling`) and/or `max_machines` (0-100; the pipeline's validation
 *   refuses an empty body or one out of range); a stale `if-match` is a 409
 *   ABORTED with the current etag. Every write takes a new etag.
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import type { ComputeSettingsRecord } from "../records.js";
import { seconds } from "../render.js";
import { findCluster } from "./lookup.js";

type Body = components["schemas"]["UpdateClusterComputeSettingsBody"];

/** `GET /clusters/{id}/compute_settings`. */
export function getComputeSettings(ctx: HandlerContext): Reply {
  const id = findCluster(ctx, ctx.params["id"]!).id;
  return settingsReply(ctx, id, settingsOf(ctx, id));
}

/** `PATCH /clusters/{id}/compute_settings`. */
export function updateComputeSettings(ctx: HandlerContext): Reply {
  const id = findCluster(ctx, ctx.params["id"]!).id;
  const settings = settingsOf(ctx, id);
  checkIfMatch(ctx.headers["if-match"], settings.etag, "compute settings");
  const body = ctx.body as Body;
  if (body.auto_scaling_enabled !== undefined) settings.autoScaling = body.auto_scaling_enabled ? "active" : "paused";
  if (body.max_machines !== undefined) settings.maxMachines = body.max_machines;
  settings.updatedAt = ctx.now;
  settings.etag = ctx.store.etags.next();
  return settingsReply(ctx, id, settings);
}

function settingsOf(ctx: HandlerContext, clusterId: string): ComputeSettingsRecord {
  let settings = ctx.store.computeSettings.get(clusterId);
  if (!settings) {
    settings = { autoScaling: "active", maxMachines: 10, updatedAt: ctx.now, etag: ctx.store.etags.next() };
    ctx.store.computeSettings.set(clusterId, settings);
  }
  return settings;
}

function settingsReply(ctx: HandlerContext, clusterId: string, s: ComputeSettingsRecord): Reply {
  const machines = ctx.store.resources
    .list("Machine", { workspace: ctx.workspace })
    .filter((m) => m.value["cluster_id"] === clusterId).length;
  const body: components["schemas"]["ClusterComputeSettings"] = {
    auto_scaling: s.autoScaling,
    machines,
    max_machines: s.maxMachines,
    updated_at: seconds(s.updatedAt),
    etag: s.etag,
  };
  return { status: 200, body, headers: { etag: etagHeader(s.etag) } };
}
