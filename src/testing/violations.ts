/**
 * Contract violations seen by fake servers: responses that break the spec
 * (a body that does not match its declared schema, an undeclared 2xx, an
 * undeclared error status without the error envelope), and any 5xx that no
 * fault injected (the fake's own failure, whatever the spec allows).
 *
 * The registry is process-wide (per test worker): it lives on `globalThis`
 * under `Symbol.for("akua-sdk.testing.violations")`, so every fake instance
 * and every copy of this module (source and dist, ESM and CJS) share it. The
 * vitest setup file `test/setup/fake-violations.ts` drains it after each test
 * file and fails the file when anything was recorded.
 */

/** One response of a fake server that broke the spec (or was a 5xx of its own). */
export interface Violation {
  /** The operation, `"METHOD /path/template"` (e.g. `"POST /clusters:import"`). */
  operation: string;
  /** The HTTP status that was sent. */
  status: number;
  /** What was wrong, e.g. `"POST /clusters:import -> 200: body.state must be one of: ..."`. */
  message: string;
  /** When it happened, ms since the epoch on the fake's clock. */
  at: number;
}

/** The global key of the shared registry. */
export const VIOLATIONS_KEY: unique symbol = Symbol.for("akua-sdk.testing.violations");

function registry(): Violation[] {
  const holder = globalThis as unknown as { [VIOLATIONS_KEY]?: Violation[] };
  return (holder[VIOLATIONS_KEY] ??= []);
}

/** Records a violation in the process-wide registry (the fake also keeps its own list). */
export function recordViolation(v: Violation): void {
  registry().push({ ...v });
}

/** Removes these violations (as recorded, by value) from the registry: they have been reported elsewhere. */
export function forgetViolations(reported: readonly Violation[]): void {
  const list = registry();
  for (const v of reported) {
    const at = list.findIndex(
      (r) => r.operation === v.operation && r.status === v.status && r.message === v.message && r.at === v.at,
    );
    if (at >= 0) list.splice(at, 1);
  }
}

/** Returns every violation recorded so far, in order, and clears the registry. */
export function takeViolations(): Violation[] {
  return registry().splice(0);
}

/** Formats violations one per line, for an error message. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      v.message.startsWith(`${v.operation} -> `) ? v.message : `${v.operation} -> ${v.status}: ${v.message}`,
    )
    .map((line) => `  - ${line}`)
    .join("\n");
}
