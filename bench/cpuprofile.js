/**
 * Reads a `node --cpu-prof` profile and sums self time per function and per
 * area (akua-sdk, openapi-fetch, undici, ...), optionally only for samples
 * inside given time windows (the profile's monotonic microseconds).
 */
import path from "node:path";

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], startTime: number, endTime: number, samples: number[], timeDeltas: number[] }} CpuProfile
 * @typedef {{
 *   byFunction: Map<string, number>,
 *   byArea: Map<string, number>,
 *   sdkInclusive: Map<string, number>,
 *   viaSdk: Map<string, Map<string, number>>,
 *   totalUs: number,
 *   busyUs: number,
 *   windowed: boolean,
 * }} SelfTimes
 * `byFunction`: self time per function; `byArea`: self time per area;
 * `sdkInclusive`: time with an akua-sdk function on the (synchronous) stack;
 * `viaSdk`: for each function, its self time split by the nearest akua-sdk
 * frame above it (who in the SDK caused it).
 */

const SPECIAL = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);

/**
 * The area a frame belongs to.
 * @param {ProfileNode["callFrame"]} frame
 */
export function areaOf(frame) {
  const { url, functionName } = frame;
  if (SPECIAL.has(functionName)) return functionName;
  if (url.includes("openapi-fetch")) return "openapi-fetch";
  if (url.includes("/dist/") && !url.includes("/node_modules/")) return "akua-sdk (dist/)";
  if (url.includes("undici")) return "undici (fetch, Request, Response, Headers)";
  if (url.includes("/bench/")) return "bench loop";
  if (url.startsWith("node:")) return "other node internals";
  if (url === "") return "V8 builtins and natives";
  return "other";
}

/**
 * @param {ProfileNode["callFrame"]} frame
 */
function functionKey(frame) {
  const file = frame.url ? path.basename(frame.url.replace(/^file:\/\//, "")) : "";
  const name = frame.functionName || "(anonymous)";
  return file ? `${name} (${file}:${frame.lineNumber + 1})` : name;
}

/**
 * Self time per function and per area, in microseconds. Each sample is charged
 * the time until the next one; only samples inside `windows` count (all when
 * none of them falls inside, reported as `windowed: false`).
 * @param {CpuProfile} profile
 * @param {[number, number][]} [windows] sorted, non-overlapping [start, end] pairs
 * @returns {SelfTimes}
 */
export function selfTimes(profile, windows) {
  const inside = (/** @type {number} */ t) => !windows || windows.some(([start, end]) => t >= start && t <= end);
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */ const sdkInclusive = new Map();
  /** @type {Map<string, Map<string, number>>} */ const viaSdk = new Map();
  /** @type {Map<string, number>} */ const byFunction = new Map();
  /** @type {Map<string, number>} */ const byArea = new Map();
  let t = profile.startTime;
  let inWindow = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (inside(t)) inWindow++;
  }
  const windowed = windows !== undefined && inWindow > 0;
  let totalUs = 0;
  let busyUs = 0;
  t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (windowed && !inside(t)) continue;
    const node = nodes.get(/** @type {number} */ (profile.samples[i]));
    if (!node) continue;
    const us = Math.max(0, profile.timeDeltas[i + 1] ?? 0);
    totalUs += us;
    const area = areaOf(node.callFrame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    if (area === "(idle)") continue;
    busyUs += us;
    const key = functionKey(node.callFrame);
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    /** @type {Set<string>} */
    const onStack = new Set();
    let nearest = "(no akua-sdk frame)";
    for (let id = /** @type {number | undefined} */ (node.id); id !== undefined; id = parent.get(id)) {
      const frame = /** @type {ProfileNode} */ (nodes.get(id)).callFrame;
      if (areaOf(frame) !== "akua-sdk (dist/)") continue;
      const sdkKey = functionKey(frame);
      if (onStack.size === 0) nearest = sdkKey;
      onStack.add(sdkKey);
    }
    for (const sdkKey of onStack) sdkInclusive.set(sdkKey, (sdkInclusive.get(sdkKey) ?? 0) + us);
    const callers = viaSdk.get(key) ?? new Map();
    callers.set(nearest, (callers.get(nearest) ?? 0) + us);
    viaSdk.set(key, callers);
  }
  return { byFunction, byArea, sdkInclusive, viaSdk, totalUs, busyUs, windowed };
}

/**
 * The `n` largest entries of a map.
 * @param {Map<string, number>} map
 * @param {number} n
 */
export function top(map, n) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}
