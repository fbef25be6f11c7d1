/**
 * What the client knows about the logical call behind a Response it returned:
 * `akuaMeta(response)`. Kept in a WeakMap so Responses stay plain.
 */
import type { AttemptFailure, Outcome } from "./errors.js";
import type { Scrub } from "./scrub.js";

/** Facts about the logical call that produced a response. */
export interface AkuaMeta {
  /** Attempts made (1 when it was not retried). */
  readonly attempts: number;
  /** Why each earlier attempt failed, oldest first. */
  readonly failures: readonly AttemptFailure[];
  /** The idempotency key every attempt carried, if the operation takes one. */
  readonly idempotencyKey: string | undefined;
  /** The server's request id, when a response header carried one. */
  readonly requestId: string | undefined;
  /** Whether the call was applied; see {@link Outcome}. */
  readonly outcome: Outcome;
  /** HTTP method of the call. */
  readonly method: string;
  /** Path template of the call, e.g. `/clusters/{id}`. */
  readonly path: string;
  /**
   * Why this answer was returned although its status is retryable, e.g. a
   * `Retry-After` longer than `maxRetryAfterMs`; absent otherwise.
   */
  readonly notRetried?: string;
}

const metas = new WeakMap<Response, AkuaMeta>();
/** The call's credential scrubber, kept for error answers only (unwrap builds their errors). */
const scrubbers = new WeakMap<Response, Scrub>();

/** Records what the transport knows of the call behind `response` (transport use). */
export function setMeta(
  response: Response,
  method: string,
  path: string,
  idempotencyKey: string | undefined,
  attempts: number,
  failures: readonly AttemptFailure[],
  outcome: Outcome,
  scrub?: Scrub,
  notRetried?: string,
): void {
  // A plain object (no getters): cheap to build, and whole in JSON.stringify and spreads.
  const requestId = requestIdOf(response.headers);
  const meta: AkuaMeta = { method, path, idempotencyKey, attempts, failures, outcome, requestId };
  if (notRetried) (meta as { notRetried?: string }).notRetried = notRetried;
  metas.set(response, meta);
  if (scrub) scrubbers.set(response, scrub);
}

/** The scrubber of the call behind an error answer (identity when unknown). */
export const scrubberOf = (response: Response): Scrub => scrubbers.get(response) ?? ((text) => text);

/**
 * `{ attempts, idempotencyKey, requestId, outcome, ... }` of the call behind a
 * response this SDK returned; undefined for any other Response. Kept beside the
 * Response (in a WeakMap), so the Response itself stays a plain one.
 *
 * @example
 * ```ts
 * import { akuaMeta, createAkuaClient } from "akua-sdk";
 *
 * const akua = createAkuaClient();
 * const { response } = await akua.POST("/clusters:import", {
 *   body: { name: "edge-1", region_id: "reg_eu", kubeconfig },
 * });
 * const meta = akuaMeta(response);
 * console.log(meta?.attempts, meta?.idempotencyKey, meta?.requestId, meta?.outcome);
 * ```
 */
export function akuaMeta(response: Response): AkuaMeta | undefined {
  return metas.get(response);
}

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-akua-request-id"];

/** The server's request id from the first header that carries one. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
