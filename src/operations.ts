/**
 * Waiting on long-running operations. `waitForOperation` long-polls
 * `POST /operations/{id}:wait` (the server answers as soon as the operation is
 * done, or after `timeout` seconds), each call bounded by the remaining deadline
 * and given an attempt timeout above the wait. When `:wait` answers 404, 405 or
 * 501 while `GET /operations/{id}` works, it falls back to polling GET with backoff.
 */
import type { Clock } from "./clock.js";
import { aborted, AkuaError, AkuaOperationError, AkuaTimeoutError, throwIfAborted } from "./errors.js";
import { checkOptions } from "./limits.js";
import { scrubDeep, type Scrub } from "./scrub.js";
import type { Operation } from "./types.js";
import { apiErrorFrom } from "./unwrap.js";

/** Options of the waiters. */
export interface WaitOptions {
  /**
   * Give up after this many milliseconds with an AkuaTimeoutError (a finite number >= 0);
   * never passed, not even by a long-poll.
   * @default `1_800_000` (30 minutes)
   */
  deadlineMs?: number;
  /** Stops waiting at once, with an `AkuaAbortError`. */
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
  /** Scrubs the client's tokens from what the server said (default: nothing). */
  scrub?: Scrub;
}

/** `clock.sleep` whose abort is an {@link AkuaAbortError}. */
export async function sleepFor(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw aborted(signal);
    throw error;
  }
}

/** Poll backoff for the GET fallbacks: 1 s doubling to 10 s, with a little jitter. */
export function pollDelay(poll: number, random: () => number): number {
  const base = Math.min(10_000, 1000 * 2 ** Math.max(0, poll - 1));
  return Math.round(base * (0.8 + 0.2 * random()));
}

/** A string that changes whenever the operation's state or a step's status does. */
export function progressKey(op: Operation): string {
  return [op.state, ...(Array.isArray(op.steps) ? op.steps : []).map((s) => `${s?.name}:${s?.status}`)].join("|");
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
  checkOptions(options);
  const { clock, client } = ctx;
  const id = typeof idOrOperation === "string" ? idOrOperation : idOrOperation.id;
  const deadline = clock.now() + (options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS);
  const scrub = ctx.scrub ?? ((text: string) => text);
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
      if (op.done) return settle(op, scrub);
    }
    throwIfAborted(signal);
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timedOut();

    if (useWait) {
      // `:wait` takes at least 1 s: the call's own deadline cuts a long-poll that would pass ours.
      const seconds = Math.max(1, Math.min(60, Math.floor(remaining / 1000)));
      const result = await atDeadline(
        client.POST("/operations/{id}:wait", {
          params: { path: { id }, query: { timeout: seconds } },
          attemptTimeoutMs: seconds * 1000 + LONG_POLL_MARGIN_MS,
          deadlineMs: remaining,
          signal,
        }),
      );
      if (result.response.ok) {
        op = operationIn(result.data);
        continue;
      }
      if (!FALLBACK_STATUSES.has(result.response.status)) throw apiErrorFrom(result.error, result.response);
      useWait = false; // fall through to GET; if GET fails too, its error is the one to report
    } else {
      await sleepFor(clock, Math.min(pollDelay(++polls, ctx.random), Math.max(0, deadline - clock.now())), signal);
      if (deadline - clock.now() <= 0) throw timedOut();
    }
    const got = await atDeadline(
      client.GET("/operations/{id}", {
        params: { path: { id } },
        signal,
        deadlineMs: Math.max(0, deadline - clock.now()),
      }),
    );
    if (!got.response.ok) throw apiErrorFrom(got.error, got.response);
    op = got.data as Operation;
  }

  function timedOut(): AkuaTimeoutError {
    const state = op ? `; last state ${op.state}` : "";
    return new AkuaTimeoutError(
      scrub(`operation ${id} was not done within ${options.deadlineMs ?? DEFAULT_WAIT_DEADLINE_MS} ms${state}`),
      { outcome: "unknown" },
    );
  }

  /** A call cut by our deadline is the waiter's own timeout. */
  async function atDeadline(call: Promise<Result>): Promise<Result> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof AkuaTimeoutError && deadline - clock.now() <= 0) {
        throw timedOut();
      }
      throw error;
    }
  }
}

function operationIn(data: unknown): Operation {
  if (data && typeof data === "object" && typeof (data as Operation).state === "string") return data as Operation;
  throw new AkuaError("the answer is not an Operation (no state)", { outcome: "not-applied" });
}

function settle(op: Operation, scrub: Scrub): Operation {
  if (op.state === "SUCCEEDED") return op;
  const why = op.error?.message ?? op.last_error?.message ?? "no reason given";
  throw new AkuaOperationError(scrub(`operation ${op.id} ended ${op.state}: ${why}`), {
    outcome: op.state === "CANCELLED" ? "not-applied" : "unknown",
    operation: scrubDeep(op, scrub),
  });
}
