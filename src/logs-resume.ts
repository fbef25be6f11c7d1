/**
 * The resume policy of `installLogs`, pure: remembers the latest timestamp yielded
 * and the lines yielded at it (at most {@link MAX_BOUNDARY_LINES}), answers the
 * `since_seconds` of a reconnect, and after one tells which lines are new.
 * @internal
 */

/** Lines remembered at the latest timestamp; beyond it, lines at that timestamp can repeat after a reconnect. */
export const MAX_BOUNDARY_LINES = 1000;

interface Line {
  content: string;
  podName: string;
  containerName: string;
  timestamp: string;
}

const keyOf = (line: Line) => `${line.podName}\u0000${line.containerName}\u0000${line.content}`;

export interface ResumeState {
  /** The `since_seconds` of the next request: undefined while nothing (dated) was yielded. */
  sinceSeconds(now: number): number | undefined;
  /** True for a line to yield (it is then remembered); false for one already yielded before a reconnect. */
  fresh(line: Line): boolean;
  /** A reconnect starts: filter the next lines at the boundary. */
  reconnecting(): void;
}

export function createResumeState(): ResumeState {
  let latest = Number.NaN;
  let atLatest = new Set<string>();
  let filtering = false;
  return {
    sinceSeconds(now) {
      if (Number.isNaN(latest)) return undefined;
      // One second of slack for the server's rounding; the duplicates it brings are dropped.
      return Math.max(1, Math.ceil((now - latest) / 1000) + 1);
    },
    fresh(line) {
      const at = Date.parse(line.timestamp);
      if (filtering && !Number.isNaN(at)) {
        if (at < latest) return false;
        if (at === latest && atLatest.has(keyOf(line))) return false;
      }
      if (Number.isNaN(at)) return true;
      if (!(at <= latest)) {
        filtering = false; // past the boundary: everything after is new
        latest = at;
        atLatest = new Set();
      }
      if (at === latest && atLatest.size < MAX_BOUNDARY_LINES) atLatest.add(keyOf(line));
      return true;
    },
    reconnecting() {
      filtering = !Number.isNaN(latest);
    },
  };
}
