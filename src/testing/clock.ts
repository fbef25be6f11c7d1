/**
 * A virtual clock for tests: the client's `clock` option and the fake server
 * share one, so backoff, `Retry-After`, attempt timeouts, deadlines and
 * long-polls run in virtual time and no test ever sleeps for real.
 *
 * Time moves only when a test says so (`advance`, `advanceToNext`) or, with
 * auto-advance on, when the process has gone idle: then it jumps to the
 * earliest pending sleeper. Sleepers fire in due-time order, first come first
 * served among equal due times, and the promise continuations of each one run
 * before the next fires, so a run is deterministic.
 */
import type { Clock } from "akua-sdk";

/** A {@link Clock} whose time is driven by the test. */
export interface TestClock extends Clock {
  /**
   * Moves time forward by `ms`, firing due sleepers in due-time order (FIFO
   * among equal times), letting promise continuations run between them. A
   * sleeper scheduled by such a continuation fires too when it falls within
   * the window. Rejects with a `RangeError` for a negative or non-finite `ms`.
   */
  advance(ms: number): Promise<void>;
  /**
   * Jumps to the earliest pending sleeper's due time and fires it (and any due
   * at the same time); resolves `false`, without moving time, if none.
   */
  advanceToNext(): Promise<boolean>;
  /** Due times (ms since epoch) of pending sleepers, ascending. */
  pending(): number[];
  /**
   * Resolves once at least `count` sleepers are pending: lets a test wait until
   * the code under test is asleep, without real sleeping.
   * @param count - how many pending sleepers to wait for (default 1)
   */
  whenSleeping(count?: number): Promise<void>;
  /**
   * Marks the start of work that must finish before auto-advance may move
   * time (e.g. the fake handling a request); returns a release function
   * (idempotent).
   */
  hold(): () => void;
  /**
   * Auto-advance: when on, whenever the process is idle (no holds, and
   * `idleTurns` consecutive event-loop turns via `setImmediate` and `idleMs` of
   * event-loop idle time with no clock activity: no new sleeper, no fire,
   * no abort, no hold/release), time jumps
   * to the earliest sleeper. Default off. Turns are scheduled only while
   * sleepers are pending and nothing holds the clock, so an idle clock never
   * spins the CPU nor keeps the process alive.
   */
  setAutoAdvance(on: boolean): void;
}

/** Options of {@link createTestClock}. */
export interface TestClockOptions {
  /**
   * Initial time, ms since the epoch or a Date (a non-finite time throws a `RangeError`).
   * @default `Date.UTC(2026, 0, 1)` (2026-01-01T00:00:00Z)
   */
  start?: number | Date;
  /**
   * Start with auto-advance on (see {@link TestClock.setAutoAdvance}).
   * @default false
   */
  autoAdvance?: boolean;
  /**
   * Consecutive quiet event-loop turns before auto-advance moves time; a positive
   * integer (anything else throws a `RangeError`).
   * @default 20
   */
  idleTurns?: number;
  /**
   * Milliseconds the event loop must also spend idle (waiting for I/O or timers, as
   * Node's event-loop utilization measures it; real time elsewhere) without clock
   * activity before auto-advance moves time; a finite number >= 0 (anything else throws
   * a `RangeError`). Quiet turns alone are not enough on a busy machine: a loopback
   * request can take many turns to reach the fake, and a jump then fires its attempt
   * timeout although almost no time has passed. Idle time, unlike real time, does not
   * grow while the process waits for a CPU.
   * @default 5
   */
  idleMs?: number;
}

/** Default start of a {@link TestClock}: 2026-01-01T00:00:00Z. */
export const DEFAULT_TEST_CLOCK_START = Date.UTC(2026, 0, 1);

/** Default number of quiet event-loop turns before auto-advance moves time. */
export const DEFAULT_IDLE_TURNS = 20;

/** Default milliseconds of event-loop idle time without clock activity before auto-advance moves time. */
export const DEFAULT_IDLE_MS = 5;

interface Sleeper {
  readonly due: number;
  readonly seq: number;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: (() => void) | undefined;
}

interface SleepWaiter {
  readonly count: number;
  readonly resolve: () => void;
}

// Captured at load so that fake timers installed later (vi.useFakeTimers)
// cannot stall the clock's own event-loop turns.
const realSetImmediate: (callback: () => void) => void =
  typeof globalThis.setImmediate === "function"
    ? globalThis.setImmediate.bind(globalThis)
    : (callback) => void globalThis.setTimeout(callback, 0);

const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
const realNow: () => number =
  typeof globalThis.performance?.now === "function"
    ? globalThis.performance.now.bind(globalThis.performance)
    : Date.now;
/**
 * Milliseconds this thread's event loop has spent waiting for I/O or timers (Node's
 * event-loop utilization), or real time where that is not measured. Unlike real time,
 * it does not grow while the thread is busy or waits for a CPU on a loaded machine.
 */
const idleNow: () => number = (() => {
  const perf = globalThis.performance as { eventLoopUtilization?: () => { idle: number } } | undefined;
  const elu = perf?.eventLoopUtilization;
  return typeof elu === "function" ? () => elu.call(perf).idle : realNow;
})();

/** Resolves on the next event-loop turn, after every queued microtask has run. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}

/**
 * Creates a {@link TestClock} starting at `options.start`
 * (default `Date.UTC(2026, 0, 1)`), with auto-advance off unless
 * `options.autoAdvance` is set. Give the same clock to the client (`clock`
 * option) and to {@link startFakeAkua}, so retries, timeouts and the fake's
 * operations all run in virtual time.
 *
 * @throws RangeError for a non-finite `start`, an `idleTurns` that is not a positive integer or an `idleMs` below 0
 *
 * @example
 * ```ts
 * import { createTestClock } from "akua-sdk/testing";
 *
 * const clock = createTestClock();
 * const slept = clock.sleep(5_000); // pending until time moves
 * await clock.whenSleeping(); // resolves once something sleeps on the clock
 * await clock.advance(5_000); // fires the sleeper; no real waiting
 * await slept;
 * clock.now() - Date.UTC(2026, 0, 1); // 5000
 * ```
 */
export function createTestClock(options: TestClockOptions = {}): TestClock {
  const start = options.start ?? DEFAULT_TEST_CLOCK_START;
  let current = typeof start === "number" ? start : start.getTime();
  if (!Number.isFinite(current))
    throw new RangeError(`createTestClock: start must be a finite time, got ${String(start)}`);
  const idleTurns = options.idleTurns ?? DEFAULT_IDLE_TURNS;
  if (!Number.isInteger(idleTurns) || idleTurns < 1) {
    throw new RangeError(`createTestClock: idleTurns must be a positive integer, got ${idleTurns}`);
  }
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  if (!Number.isFinite(idleMs) || idleMs < 0) {
    throw new RangeError(`createTestClock: idleMs must be a finite number >= 0, got ${idleMs}`);
  }

  /** Pending sleepers sorted by (due, seq). */
  const sleepers: Sleeper[] = [];
  const waiters: SleepWaiter[] = [];
  let seq = 0;
  /** Bumped on every new sleeper, fire, abort, hold and release. */
  let activity = 0;
  let holds = 0;
  /** Advances queued or running; auto-advance waits for them. */
  let busy = 0;
  let queue: Promise<unknown> = Promise.resolve();

  let auto = options.autoAdvance ?? false;
  let turnScheduled = false;
  let quietTurns = 0;
  let seenActivity = -1;
  /** Event-loop idle time (idleNow) when the current quiet stretch began. */
  let quietSince = 0;
  /** The real timer of a turn waiting out `idleMs`, if one is pending. */
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function insert(sleeper: Sleeper): void {
    // Binary search for the first sleeper due strictly later: equal due times
    // keep arrival (seq) order.
    let lo = 0;
    let hi = sleepers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sleepers[mid]!.due <= sleeper.due) lo = mid + 1;
      else hi = mid;
    }
    sleepers.splice(lo, 0, sleeper);
  }

  /** Resolves, in arrival order, every `whenSleeping` whose count is reached. */
  function notifyWaiters(): void {
    const due = waiters.filter((w) => sleepers.length >= w.count);
    if (due.length === 0) return;
    waiters.splice(0, waiters.length, ...waiters.filter((w) => sleepers.length < w.count));
    for (const waiter of due) waiter.resolve();
  }

  /** Serializes advances, so two of them (or one and auto-advance) never interleave. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    busy++;
    const run = queue.then(work).finally(() => {
      busy--;
      kick();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** Fires every sleeper due at or before `target`, one at a time, then sets now to `target`. */
  async function advanceTo(target: number): Promise<void> {
    for (;;) {
      const next = sleepers[0];
      if (next === undefined || next.due > target) break;
      sleepers.shift();
      if (next.due > current) current = next.due;
      next.signal?.removeEventListener("abort", next.onAbort!);
      activity++;
      next.resolve();
      // Let the woken code run (every queued microtask) before the next fires.
      await nextTurn();
    }
    if (target > current) current = target;
  }

  function kick(): void {
    if (!auto || turnScheduled || busy > 0 || holds > 0 || sleepers.length === 0) return;
    turnScheduled = true;
    realSetImmediate(turn);
  }

  function turn(): void {
    turnScheduled = false;
    idleTimer = undefined;
    // Stop when there is nothing to do; whatever changes that (a new sleeper,
    // a release, the end of an advance, auto-advance on) calls kick() again.
    if (!auto || busy > 0 || holds > 0 || sleepers.length === 0) {
      quietTurns = 0;
      return;
    }
    if (activity !== seenActivity) {
      seenActivity = activity;
      quietTurns = 0;
      quietSince = idleNow();
    } else {
      quietTurns++;
    }
    if (quietTurns >= idleTurns) {
      const waitMs = quietSince + idleMs - idleNow();
      if (waitMs > 0) {
        // Quiet for enough turns but not idle for long enough: wait (the loop idles
        // meanwhile, unless I/O arrives) and look again.
        turnScheduled = true;
        idleTimer = realSetTimeout(turn, waitMs);
        return;
      }
      quietTurns = 0;
      void clock.advanceToNext();
      return;
    }
    kick();
  }

  const clock: TestClock = {
    now: () => current,

    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (Number.isNaN(ms) || ms <= 0) {
        return new Promise<void>((resolve, reject) => {
          queueMicrotask(() => (signal?.aborted ? reject(signal.reason) : resolve()));
        });
      }
      if (!Number.isFinite(ms)) return Promise.reject(new RangeError(`TestClock.sleep: ms must be finite, got ${ms}`));
      return new Promise<void>((resolve, reject) => {
        const onAbort =
          signal === undefined
            ? undefined
            : () => {
                const index = sleepers.indexOf(sleeper);
                if (index >= 0) sleepers.splice(index, 1);
                activity++;
                reject(signal.reason);
              };
        const sleeper: Sleeper = { due: current + ms, seq: seq++, resolve, reject, signal, onAbort };
        insert(sleeper);
        signal?.addEventListener("abort", onAbort!, { once: true });
        activity++;
        notifyWaiters();
        kick();
      });
    },

    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        return Promise.reject(new RangeError(`TestClock.advance: ms must be a finite number >= 0, got ${ms}`));
      }
      return exclusive(() => advanceTo(current + ms));
    },

    advanceToNext() {
      return exclusive(async () => {
        const first = sleepers[0];
        if (first === undefined) return false;
        await advanceTo(first.due);
        return true;
      });
    },

    pending: () => sleepers.map((s) => s.due),

    whenSleeping(count = 1) {
      if (sleepers.length >= count) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },

    hold() {
      holds++;
      activity++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        activity++;
        kick();
      };
    },

    setAutoAdvance(on) {
      auto = on;
      if (!on && idleTimer !== undefined) {
        realClearTimeout(idleTimer);
        idleTimer = undefined;
        turnScheduled = false;
      }
      kick();
    },
  };

  kick();
  return clock;
}
