/**
 * Time, injectable. Every wait in the runtime (backoff, Retry-After, attempt
 * timeouts, deadlines, waiters) goes through a Clock, never a bare setTimeout,
 * so tests can share one virtual clock with the fake server and never sleep.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds; rejects with `signal.reason` as soon as
   * `signal` aborts (at once if it already has).
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** setTimeout's limit (2^31-1 ms, about 24.8 days): a longer wait is cut to it, never overflowed. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const timerMs = (ms: number) => Math.min(Math.max(0, ms), MAX_TIMER_MS) || 0;

/** The real clock: `Date.now()` and `setTimeout` (each wait at most 2^31-1 ms). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, timerMs(ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};

const CANCELLED = Symbol("cancelled");

/**
 * Calls `onTimeout` after `ms` on `clock`; returns a canceller. Same as a `sleep`
 * that is aborted to cancel, but the system clock gets it without an AbortSignal
 * listener and dispatch on every request (the attempt timeout of each call).
 * @internal
 */
export function startTimer(clock: Clock, ms: number, onTimeout: () => void): () => void {
  if (clock === systemClock) {
    const timer = setTimeout(onTimeout, timerMs(ms));
    return () => clearTimeout(timer);
  }
  const cancel = new AbortController();
  clock.sleep(ms, cancel.signal).then(onTimeout, () => {});
  return () => cancel.abort(CANCELLED);
}
