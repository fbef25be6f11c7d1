/**
 * What the client knows about the logical call behind a Response it returned:
 * `akuaMeta(response)`. Kept in a WeakMap so Responses stay plain.
 */
import type { AttemptFailure, Outcome } from "./errors.js";

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
}

const metas = new WeakMap<Response, AkuaMeta>();

/** Records what the transport knows of the call behind `response` (transport use). */
export function setMeta(
  response: Response,
  method: string,
  path: string,
  idempotencyKey: string | undefined,
  attempts: number,
  failures: readonly AttemptFailure[],
  outcome: Outcome,
): void {
  // A plain object (no getters): cheap to build, and whole in JSON.stringify and spreads.
  const requestId = requestIdOf(response.headers);
  metas.set(response, { method, path, idempotencyKey, attempts, failures, outcome, requestId });
}

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
