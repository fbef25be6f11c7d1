/**
 * The canned outcome of running snippet code: the fake NEVER evaluates the
 * code it is given. The outcome is a pure function of the code text:
 * - code matching `while (true)` (any spacing) times out
 *   (`timed_out`, wall time `TIMEOUT_MS`);
 * - else code containing `throw` fails (`failed`, a `runtime_error`);
 * - else it succeeds with a number from 0 to 999 derived from a digest of the
 *   code (the same code always gives the same number): returned as
 *   `{ value, inputs }` (the inputs echoed), or, when the code mentions
 *   `contract_version` (result contract v1), as a `scalar` result.
 * `stats` are derived from the digest too. Used by `:execute` (both) and by
 * recorded runs (`POST /snippets/{id}/runs`). Pure functions. Internal to the
 * fake server.
 */
import { hexDigest } from "./prng.js";

/** Wall time of a canned timed-out run, in ms. */
export const TIMEOUT_MS = 30_000;

/** A canned run's outcome. */
export interface SnippetOutcome {
  readonly state: "succeeded" | "failed" | "timed_out";
  /** The value a succeeding run returns: legacy (`{ value, inputs }`) or a v1 `scalar` result. */
  readonly result: Record<string, unknown> | undefined;
  /** Whether `result` follows result contract v1. */
  readonly v1: boolean;
  /** Why it failed or timed out. */
  readonly error: { readonly code: string; readonly message: string } | undefined;
  readonly stats: { cpu_time_ms: number; wall_time_ms: number; heap_used_bytes: number };
}

/** The outcome of running `code` with `inputs`. */
export function snippetOutcome(code: string, inputs: Readonly<Record<string, unknown>> = {}): SnippetOutcome {
  const digest = parseInt(hexDigest(code, 8), 16);
  const value = digest % 1000;
  const stats = {
    cpu_time_ms: 1 + (digest % 50) / 10,
    wall_time_ms: 5 + (digest % 400) / 10,
    heap_used_bytes: 1_048_576 + (digest % 1024) * 1024,
  };
  if (/while\s*\(\s*true\s*\)/.test(code)) {
    return {
      state: "timed_out",
      result: undefined,
      v1: false,
      error: { code: "timed_out", message: `The run timed out after ${TIMEOUT_MS} ms.` },
      stats: { ...stats, wall_time_ms: TIMEOUT_MS },
    };
  }
  if (code.includes("throw")) {
    return {
      state: "failed",
      result: undefined,
      v1: false,
      error: {
        code: "runtime_error",
        message: "Error: thrown by the snippet (akua-sdk/testing: canned for code containing `throw`).",
      },
      stats,
    };
  }
  const v1 = code.includes("contract_version");
  const result = v1 ? { contract_version: 1, type: "scalar", value } : { value, inputs: structuredClone(inputs) };
  return { state: "succeeded", result, v1, error: undefined, stats };
}

/** The body of a `:execute` answer (`ExecuteSnippetResponse`): legacy or result contract v1 shape. */
export function executeAnswer(outcome: SnippetOutcome): Record<string, unknown> {
  if (outcome.state !== "succeeded") return { error: outcome.error!.message, stats: outcome.stats };
  if (outcome.v1) {
    return {
      result_contract_version: 1,
      result_type: "scalar",
      default_visualization: "stat",
      result: outcome.result,
      stats: outcome.stats,
    };
  }
  return { result: outcome.result, stats: outcome.stats };
}
