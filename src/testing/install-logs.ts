/**
 * An install's log lines, pure: made from its lifecycle events
 * (install-lifecycle.ts) and the containers of its pods, filtered the way
 * `GET /installs/{id}/logs` asks (`pod`, `container`, `since_seconds`, `tail`),
 * and written as the stream's Server-Sent Events.
 *
 * Every lifecycle event writes one line per container of the install's pods
 * (the canned pods of `GET .../pods`, even in the phases where that list is
 * empty), in pod order then container order, all stamped with the event's
 * time; `last` is true on the lines of a phase that ends a rollout (`healthy`,
 * `degraded`, `failed`, `deleted`). Timestamps are `Date#toISOString()`
 * (UTC, milliseconds: `2026-01-01T00:00:05.000Z`). Nothing here is random:
 * the same lifecycle gives the same lines. Internal to the fake server.
 */
import type { StreamEvent } from "./context.js";
import type { InstallLogEvent, InstallPhase } from "./records.js";

/** The pods whose containers write the lines, as `GET /installs/{id}/pods` names them. */
export interface LogPod {
  readonly name: string;
  readonly containers: readonly string[];
}

/** One line, as the stream's `message` event carries it. */
export interface LogLine {
  content: string;
  podName: string;
  containerName: string;
  timestamp: string;
  last: boolean;
}

/** Which lines a request wants (from its query). */
export interface LogFilter {
  readonly pod?: string;
  readonly container?: string;
  /** Only lines written after this time (ms), exclusive: `now - since_seconds * 1000`. */
  readonly after?: number;
}

/** The stream's last event: `end`, data exactly `{}`. */
export const END_EVENT: StreamEvent = { event: "end", data: "{}" };

const SETTLED: ReadonlySet<InstallPhase> = new Set(["healthy", "degraded", "failed", "deleted"]);

/** The content of a container's line for one event. */
function content(installId: string, event: InstallLogEvent, container: string): string {
  const v = event.version.semver;
  const render = event.renderId ?? "none";
  switch (event.phase) {
    case "pending":
      return `[${container}] install ${installId} accepted: version ${v}`;
    case "rendering":
      return `[${container}] rendering version ${v} (render ${render})`;
    case "syncing":
      return `[${container}] syncing version ${v}: starting`;
    case "healthy":
      return `[${container}] ready: serving version ${v}`;
    case "degraded":
      return `[${container}] degraded: version ${v} is not ready`;
    case "failed":
      return `[${container}] rollout of version ${v} failed: ${event.message ?? "unknown error"}`;
    case "deleted":
      return `[${container}] shutting down: install ${installId} deleted`;
  }
}

/** Whether a pod's container passes the filter's `pod` and `container`. */
function wanted(filter: LogFilter, pod: string, container: string): boolean {
  return (
    (filter.pod === undefined || filter.pod === pod) &&
    (filter.container === undefined || filter.container === container)
  );
}

/** The lines one event writes that pass `filter`, in order. */
export function eventLines(
  installId: string,
  event: InstallLogEvent,
  pods: readonly LogPod[],
  filter: LogFilter,
): LogLine[] {
  if (filter.after !== undefined && !(event.at > filter.after)) return [];
  const timestamp = new Date(event.at).toISOString();
  const last = SETTLED.has(event.phase);
  const out: LogLine[] = [];
  for (const pod of pods) {
    for (const container of pod.containers) {
      if (!wanted(filter, pod.name, container)) continue;
      out.push({
        content: content(installId, event, container),
        podName: pod.name,
        containerName: container,
        timestamp,
        last,
      });
    }
  }
  return out;
}

/** How many lines an event writes that pass `filter`, without making them. */
function countLines(event: InstallLogEvent, pods: readonly LogPod[], filter: LogFilter): number {
  if (filter.after !== undefined && !(event.at > filter.after)) return 0;
  let n = 0;
  for (const pod of pods) for (const container of pod.containers) if (wanted(filter, pod.name, container)) n++;
  return n;
}

/** Where the history's lines start for a request: the first event and how many of its lines to skip. */
export interface LogCursor {
  event: number;
  skip: number;
}

/**
 * The start of the last `tail` lines passing `filter` (all of them when
 * `tail` is undefined), counted backwards so nothing is buffered.
 */
export function tailStart(
  history: readonly InstallLogEvent[],
  pods: readonly LogPod[],
  filter: LogFilter,
  tail: number | undefined,
): LogCursor {
  if (tail === undefined) return { event: 0, skip: 0 };
  let remaining = tail;
  for (let i = history.length - 1; i >= 0; i--) {
    const n = countLines(history[i]!, pods, filter);
    if (n >= remaining) return { event: i, skip: n - remaining };
    remaining -= n;
  }
  return { event: 0, skip: 0 };
}

/** A line as the stream's `message` event. */
export function messageEvent(line: LogLine): StreamEvent {
  return { event: "message", data: JSON.stringify(line) };
}

/** Whether the install's lifecycle is at rest: a follow stream ends here. */
export function settled(phase: InstallPhase, rolling: boolean): boolean {
  return !rolling && SETTLED.has(phase);
}
