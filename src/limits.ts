/**
 * The runtime's bounds and the validation of every numeric option, on the client,
 * per call and in the helpers: a bad value is a TypeError naming the option and
 * the value, thrown before anything is sent, so no value can start an unbounded
 * loop or a timer that overflows.
 */

/** The longest timer any runtime honours (setTimeout overflows past it and fires at once). */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Default of `maxResponseBytes`: decoded bytes of one answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** A non-2xx answer's body is read up to this many bytes (enough for the error envelope). */
export const ERROR_BODY_BYTES = 64 * 1024;
/** Default of `maxRetryAfterMs`: a longer `Retry-After` is not waited. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * Integer options and their inclusive ranges. `maxResponseBytes` stops at 256 MiB: a
 * JavaScript string cannot hold much more, and no answer of this API comes near it.
 */
const INTEGER_RANGES: Record<string, readonly [number, number]> = {
  maxRetries: [0, 100],
  attemptTimeoutMs: [1, MAX_TIMER_MS],
  maxResponseBytes: [1, 2 ** 28],
  maxRetryAfterMs: [0, MAX_TIMER_MS],
  maxAttempts: [1, 1000],
  maxItems: [0, Number.MAX_SAFE_INTEGER],
  maxEmptyPages: [0, 1_000_000],
};

/**
 * Checks the numeric options present in `options` (any of `maxRetries`,
 * `attemptTimeoutMs`, `deadlineMs`, `maxResponseBytes`, `maxRetryAfterMs`,
 * `maxAttempts`, `maxItems`, `maxEmptyPages`); absent ones are skipped.
 * @throws TypeError naming the first bad option and its value
 */
export function checkOptions(options: object | undefined): void {
  if (!options) return;
  const o = options as Record<string, unknown>;
  for (const name in INTEGER_RANGES) {
    const value = o[name];
    if (value === undefined) continue;
    const [min, max] = INTEGER_RANGES[name]!;
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw badOption(name, value, `an integer from ${min} to ${max}`);
    }
  }
  const deadline = o["deadlineMs"];
  if (deadline !== undefined && !(typeof deadline === "number" && deadline >= 0 && deadline < Infinity)) {
    throw badOption("deadlineMs", deadline, "a finite number >= 0");
  }
}

function badOption(name: string, value: unknown, what: string): TypeError {
  const shown = typeof value === "string" ? JSON.stringify(value) : typeof value === "number" ? value : typeof value;
  return new TypeError(`akua-sdk: ${name} must be ${what}, got ${shown}`);
}
