/**
 * Waiting for a cluster to reach a state, a condition, or deletion, by polling
 * `GET /clusters/{id}` with backoff. Knows the lifecycle, so a wait that can no
 * longer succeed (`active` while `deleting`) fails at once instead of timing out.
 */
import type { Clock } from "./clock.js";
import { AkuaError, AkuaTimeoutError, throwIfAborted } from "./errors.js";
import { checkOptions } from "./limits.js";
import { DEFAULT_WAIT_DEADLINE_MS, pollDelay, sleepFor, type WaitOptions } from "./operations.js";
import type { Scrub } from "./scrub.js";
import type { Cluster } from "./types.js";
import { apiErrorFrom } from "./unwrap.js";

/**
 * A cluster's lifecycle state.
 * @inline
 */
type ClusterState = Cluster["state"];

/** What to wait for: a state, `"deleted"` (a 404), or a predicate on the cluster. */
export type ClusterTarget = ClusterState | "deleted" | ((cluster: Cluster) => boolean);

/** Options of `waitForCluster`. */
export interface WaitForClusterOptions extends WaitOptions {
  /** What to wait for: a state, `"deleted"`, or a predicate (see {@link ClusterTarget}). */
  until: ClusterTarget;
  /** Called once per change of the cluster's state (and reconciling flag). */
  onProgress?: (cluster: Cluster) => void;
}

/** Which states each state can move to (a cluster in `deleting` only disappears). */
export const CLUSTER_TRANSITIONS: Readonly<Record<ClusterState, readonly (ClusterState | "deleted")[]>> = {
  pending: ["provisioning", "active", "deleting"],
  provisioning: ["active", "deleting"],
  active: ["suspended", "deleting"],
  suspended: ["active", "deleting"],
  deleting: ["deleted"],
};

/** Can a cluster in `from` still reach `target`? (yes from a state this SDK does not know) */
export function canReach(from: ClusterState, target: ClusterState | "deleted"): boolean {
  if (!Object.hasOwn(CLUSTER_TRANSITIONS, from)) return true;
  const seen = new Set<string>([from]);
  const queue: (ClusterState | "deleted")[] = [from];
  while (queue.length > 0) {
    const state = queue.shift()!;
    if (state === target) return true;
    if (state === "deleted") continue;
    for (const next of CLUSTER_TRANSITIONS[state]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

type Result = { data?: unknown; error?: unknown; response: Response };

interface ClusterWaitContext {
  client: { GET(path: string, init: unknown): Promise<Result> };
  clock: Clock;
  random: () => number;
  scrub?: Scrub;
}

/**
 * Polls the cluster until `until` holds.
 * @returns the cluster (undefined when waiting for `"deleted"`)
 * @throws AkuaError at once when the target can no longer be reached
 * @throws AkuaTimeoutError at the deadline
 */
export async function waitForCluster(
  ctx: ClusterWaitContext,
  id: string,
  options: WaitForClusterOptions,
): Promise<Cluster | undefined> {
  checkOptions(options);
  const { clock } = ctx;
  const { until, signal, onProgress } = options;
  const scrub = ctx.scrub ?? ((text: string) => text);
  const deadlineMs = options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS;
  const deadline = clock.now() + deadlineMs;
  const describe = typeof until === "function" ? "the condition" : `"${until}"`;
  let last: Cluster | undefined;
  let lastKey = "";

  for (let poll = 1; ; poll++) {
    throwIfAborted(signal);
    const result = await ctx.client.GET("/clusters/{id}", {
      params: { path: { id } },
      signal,
      deadlineMs: Math.max(0, deadline - clock.now()),
    });
    if (result.response.status === 404) {
      if (until === "deleted") return undefined;
      throw apiErrorFrom(result.error, result.response);
    }
    if (!result.response.ok) throw apiErrorFrom(result.error, result.response);
    const cluster = result.data as Cluster;
    if (!cluster || typeof cluster !== "object")
      throw new AkuaError("the answer is not a cluster", { outcome: "not-applied" });
    last = cluster;
    const key = `${cluster.state}|${cluster.reconciling}`;
    if (key !== lastKey) {
      lastKey = key;
      onProgress?.(cluster);
    }
    if (typeof until === "function" ? until(cluster) : until === cluster.state) return cluster;
    if (typeof until === "string" && !canReach(cluster.state, until)) {
      throw new AkuaError(scrub(`cluster ${id} is ${cluster.state} and can no longer become ${describe}`), {
        outcome: "not-applied",
        method: "GET",
        path: "/clusters/{id}",
      });
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) break;
    await sleepFor(clock, Math.min(pollDelay(poll, ctx.random), remaining), signal);
    if (deadline - clock.now() <= 0) break;
  }
  throw new AkuaTimeoutError(
    scrub(`cluster ${id} did not reach ${describe} within ${deadlineMs} ms${last ? `; last state ${last.state}` : ""}`),
    { outcome: "unknown" },
  );
}
