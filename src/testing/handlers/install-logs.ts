/**
 * `GET /installs/{id}/logs`: the install's log lines (install-logs.ts) as
 * Server-Sent Events, `message` events then `end`.
 *
 * - Before the stream opens, errors are the JSON envelope: 404 for an unknown
 *   install, 400 for a negative `tail` or `since_seconds` (the pipeline's
 *   validation already refuses what is not an integer).
 * - `pod`, `container`: only those lines (a name no pod has: no lines).
 *   `since_seconds` > 0: only lines written after now - N s on the fake's
 *   clock (0 or null: no limit). `tail`: only the last N lines of what is
 *   there (the filters applied first); new lines are never cut by it.
 * - `follow` (default true; null is the default): after the existing lines,
 *   wait on the lifecycle (on the fake's clock: the wait releases the clock,
 *   so an auto-advancing test clock moves to the rollout's next step) and send
 *   each new event's lines, then `end` once the install is at rest (`healthy`,
 *   `degraded`, `failed` or `deleted`, and no Operation running on it: a
 *   rollout, a delete, a bind; at once when it already is; the wait wakes at
 *   each lifecycle event and when an Operation on the install ends). A stream on an install that nothing moves (seeded `pending`)
 *   stays open until the client leaves or the fake closes or resets.
 *   `follow=false`: the existing lines, then `end`.
 * - A client that leaves, `fake.close()` and `fake.reset()` end the stream
 *   without `end` (reset: with `end`, the install being gone).
 *
 * Internal to the fake server.
 */
import type { HandlerContext, Reply, StreamEvent } from "../context.js";
import { ApiError } from "../envelope.js";
import { lifecycleOf, nextEvent } from "../install-lifecycle.js";
import {
  END_EVENT,
  eventLines,
  messageEvent,
  settled,
  tailStart,
  type LogFilter,
  type LogPod,
} from "../install-logs.js";
import type { InstallLifecycleRecord, InstallPhase } from "../records.js";
import type { ResourceRecord } from "../resource-table.js";
import { cannedPods } from "./install-status.js";
import { findInstall } from "./lookup.js";

/** `GET /installs/{id}/logs` */
export function streamInstallLogs(ctx: HandlerContext): Reply {
  const install = findInstall(ctx);
  const tail = count(ctx, "tail");
  const since = count(ctx, "since_seconds");
  const follow = ctx.query["follow"] ?? true;
  const filter: LogFilter = {
    pod: ctx.query["pod"] as string | undefined,
    container: ctx.query["container"] as string | undefined,
    ...(since ? { after: ctx.now - since * 1000 } : {}),
  };
  const lifecycle = lifecycleOf(ctx.store, install);
  const pods = cannedPods();
  const start = tailStart(lifecycle.history, pods, filter, tail);
  return {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
    events: stream(ctx, install, lifecycle, pods, filter, start, follow === true),
  };
}

/** A non-negative integer query parameter, or undefined when absent or null. */
function count(ctx: HandlerContext, name: "tail" | "since_seconds"): number | undefined {
  const value = ctx.query[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new ApiError(400, `${name} must be an integer >= 0, got ${String(value)}.`, { path: ["query", name] });
  }
  return value;
}

/**
 * Resolves at the install's next lifecycle event, or when an Operation on it
 * ends (a bind, a cancelled delete: no line, but the install may be at rest
 * now), or when the request's signal aborts; the waiter that loses is dropped.
 */
async function nextChange(ctx: HandlerContext, installId: string, lifecycle: InstallLifecycleRecord): Promise<void> {
  const parked = new AbortController();
  const signal = AbortSignal.any([ctx.signal, parked.signal]);
  try {
    await Promise.race([nextEvent(lifecycle, signal), ctx.engine.nextEnd(installId, signal)]);
  } finally {
    parked.abort();
  }
}

async function* stream(
  ctx: HandlerContext,
  install: ResourceRecord,
  lifecycle: InstallLifecycleRecord,
  pods: readonly LogPod[],
  filter: LogFilter,
  start: { event: number; skip: number },
  follow: boolean,
): AsyncGenerator<StreamEvent, void, undefined> {
  let next = start.event;
  let skip = start.skip;
  const gone = () =>
    ctx.store.resources.get(install.id) !== install || ctx.store.installLifecycles.get(install.id) !== lifecycle;
  for (;;) {
    while (next < lifecycle.history.length && !gone()) {
      const lines = eventLines(install.id, lifecycle.history[next]!, pods, filter);
      next += 1;
      for (let i = skip; i < lines.length; i++) yield messageEvent(lines[i]!);
      skip = 0;
    }
    if (!follow || gone()) break;
    const busy = lifecycle.rollout !== undefined || ctx.engine.runningFor(install.id);
    if (next >= lifecycle.history.length && settled(install.value["state"] as InstallPhase, busy)) break;
    if (next >= lifecycle.history.length) await ctx.park(nextChange(ctx, install.id, lifecycle));
    if (ctx.signal.aborted) return;
  }
  yield END_EVENT;
}
