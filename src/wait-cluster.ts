/**
 * `akua-sdk/wait-for-cluster`: waiting for a cluster to reach a state, a condition,
 * or deletion, by polling `GET /clusters/{id}` with backoff. Knows the lifecycle, so
 * a wait that can no longer succeed (`active` while `deleting`) fails at once instead
 * of timing out. A subpath entry of its own (the main entry has a size budget); its
 * errors are the main entry's classes (imported from `akua-sdk`, never a copy).
 *
 * @module akua-sdk/wait-for-cluster
 */
import { AkuaError, AkuaTimeoutError, unwrap, type AkuaClient, type Cluster, type WaitOptions } from "akua-sdk";
import { internalsOf } from "./internals.js";

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

const DEFAULT_DEADLINE_MS = 30 * 60_000;

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

/** Poll backoff: 1 s doubling to 10 s, with a little jitter. */
export function clusterPollDelay(poll: number, random: () => number): number {
  const base = Math.min(10_000, 1000 * 2 ** Math.max(0, poll - 1));
  return Math.round(base * (0.8 + 0.2 * random()));
}

/**
 * Waits until a cluster is deleted (`GET /clusters/{id}` answers 404), polling with
 * backoff; resolves `undefined`.
 *
 * @param akua - a client made by `createAkuaClient` (its clock, retries and token are used)
 * @throws AkuaTimeoutError at the deadline (default 30 minutes)
 * @throws AkuaAbortError when `signal` aborts
 */
export function waitForCluster(
  akua: AkuaClient,
  id: string,
  options: WaitForClusterOptions & { until: "deleted" },
): Promise<undefined>;
/**
 * Waits until a cluster reaches a state or satisfies a predicate, polling
 * `GET /clusters/{id}` with backoff.
 *
 * @param akua - a client made by `createAkuaClient` (its clock, retries and token are used)
 * @returns the cluster as last read
 * @throws AkuaError at once when the state can no longer be reached (e.g. `active` while `deleting`)
 * @throws AkuaTimeoutError at the deadline (default 30 minutes)
 * @throws AkuaApiError when the server answers an error, a 404 included
 * @throws AkuaAbortError when `signal` aborts
 *
 * @example
 * ```ts
 * import { createAkuaClient } from "akua-sdk";
 * import { waitForCluster } from "akua-sdk/wait-for-cluster";
 *
 * const akua = createAkuaClient();
 * const cluster = await waitForCluster(akua, "clu_123", { until: "active", deadlineMs: 15 * 60_000 });
 * console.log(cluster.state);
 * ```
 */
export function waitForCluster(akua: AkuaClient, id: string, options: WaitForClusterOptions): Promise<Cluster>;
export async function waitForCluster(
  akua: AkuaClient,
  id: string,
  options: WaitForClusterOptions,
): Promise<Cluster | undefined> {
  const { clock, random, scrub, sleep, check } = internalsOf(akua);
  check(options);
  const { until, signal, onProgress } = options;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadline = clock.now() + deadlineMs;
  const describe = typeof until === "function" ? "the condition" : `"${until}"`;
  let last: Cluster | undefined;
  let lastKey = "";

  for (let poll = 1; ; poll++) {
    // The GET itself ends with an AkuaAbortError once `signal` has aborted.
    const result = await akua.GET("/clusters/{id}", {
      params: { path: { id } },
      signal,
      deadlineMs: Math.max(0, deadline - clock.now()),
    });
    if (result.response.status === 404 && until === "deleted") return undefined;
    const cluster = unwrap(result) as Cluster;
    if (!cluster || typeof cluster !== "object") {
      throw new AkuaError("the answer is not a cluster", { outcome: "not-applied" });
    }
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
    await sleep(Math.min(clusterPollDelay(poll, random), remaining), signal);
    if (deadline - clock.now() <= 0) break;
  }
  throw new AkuaTimeoutError(
    scrub(`cluster ${id} did not reach ${describe} within ${deadlineMs} ms${last ? `; last state ${last.state}` : ""}`),
    { outcome: "unknown" },
  );
}
