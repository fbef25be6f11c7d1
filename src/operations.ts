/**
 * Waiting on long-running operations. `waitForOperation` long-polls
 * `POST /operations/{id}:wait` (the server answers as soon as the operation is
 * done, or after `timeout` seconds), each call bounded by the remaining deadline
 * and given an attempt timeout above the wait. When `:wait` answers 404, 405 or
 * 501 while `GET /operations/{id}` works, it falls back to polling GET with backoff.
 */
import type { Clock } from "./clock.js";
import { AkuaOperationError, AkuaTimeoutError } from "./errors.js";
import type { Operation } from "./types.js";
import { apiErrorFrom } from "./unwrap.js";

/** Options of the waiters. */
export interface WaitOptions {
  /**
   * Give up after this many milliseconds with an AkuaTimeoutError.
   * @default `1_800_000` (30 minutes)
   */
  deadlineMs?: number;
  /** Stops waiting at once. */
  signal?: AbortSignal;
}

/** Options of `waitForOperation`. */
export interface WaitForOperationOptions extends WaitOptions {
  /** Called once per change of the operation's state or of a step's status. */
  onProgress?: (operation: Operation) => void;
}

export const DEFAULT_WAIT_DEADLINE_MS = 30 * 60_000;
/** Added to a long-poll's duration to make its attempt timeout. */
export const LONG_POLL_MARGIN_MS = 10_000;
const FALLBACK_STATUSES = new Set([404, 405, 501]);

type Result = { data?: unknown; error?: unknown; response: Response };

interface WaitClient {
  GET(path: string, init: unknown): Promise<Result>;
  POST(path: string, init: unknown): Promise<Result>;
}

interface WaitContext {
  client: WaitClient;
  clock: Clock;
  random: () => number;
}

/** Poll backoff for the GET fallbacks: 1 s doubling to 10 s, with a little jitter. */
export function pollDelay(poll: number, random: () => number): number {
  const base = Math.min(10_000, 1000 * 2 ** Math.max(0, poll - 1));
  return Math.round(base * (0.8 + 0.2 * random()));
}

/** A string that changes whenever the operation's state or a step's status does. */
export function progressKey(op: Operation): string {
  return [op.state, ...(op.steps ?? []).map((s) => `${s.name}:${s.status}`)].join("|");
}

/**
 * Waits until the operation is done.
 * @returns the SUCCEEDED operation (its `response` holds the typed result)
 * @throws AkuaOperationError when it ended FAILED or CANCELLED
 * @throws AkuaTimeoutError at the deadline
 */
export async function waitForOperation(
  ctx: WaitContext,
  idOrOperation: string | Operation,
  options: WaitForOperationOptions = {},
): Promise<Operation> {
  const { clock, client } = ctx;
  const id = typeof idOrOperation === "string" ? idOrOperation : idOrOperation.id;
  const deadline = clock.now() + (options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS);
  const { signal, onProgress } = options;
  let lastProgress = "";
  let useWait = true;
  let polls = 0;
  let op = typeof idOrOperation === "string" ? undefined : idOrOperation;

  for (;;) {
    if (op) {
      const key = progressKey(op);
      if (key !== lastProgress) {
        lastProgress = key;
        onProgress?.(op);
      }
      if (op.done) return settle(op);
    }
    signal?.throwIfAborted();
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timeout(id, op, options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS);

    if (useWait) {
      const seconds = Math.max(1, Math.min(60, Math.floor(remaining / 1000)));
      const result = await client.POST("/operations/{id}:wait", {
        params: { path: { id }, query: { timeout: seconds } },
        attemptTimeoutMs: seconds * 1000 + LONG_POLL_MARGIN_MS,
        deadlineMs: remaining + LONG_POLL_MARGIN_MS,
        signal,
      });
      if (result.response.ok) {
        op = result.data as Operation;
        continue;
      }
      if (!FALLBACK_STATUSES.has(result.response.status)) throw apiErrorFrom(result.error, result.response);
      useWait = false; // fall through to GET; if GET fails too, its error is the one to report
    } else {
      await clock.sleep(Math.min(pollDelay(++polls, ctx.random), Math.max(0, deadline - clock.now())), signal);
      if (deadline - clock.now() <= 0) throw timeout(id, op, options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS);
    }
    const got = await client.GET("/operations/{id}", {
      params: { path: { id } },
      signal,
      deadlineMs: Math.max(1, deadline - clock.now()),
    });
    if (!got.response.ok) throw apiErrorFrom(got.error, got.response);
    op = got.data as Operation;
  }
}

function settle(op: Operation): Operation {
  if (op.state === "SUCCEEDED") return op;
  const why = op.error?.message ?? op.last_error?.message ?? "no reason given";
  throw new AkuaOperationError(`operation ${op.id} ended ${op.state}: ${why}`, {
    outcome: op.state === "CANCELLED" ? "not-applied" : "unknown",
    operation: op,
  });
}

function timeout(id: string, op: Operation | undefined, deadlineMs: number): AkuaTimeoutError {
  const state = op ? `; last state ${op.state}` : "";
  return new AkuaTimeoutError(`operation ${id} was not done within ${deadlineMs} ms${state}`, { outcome: "unknown" });
}
