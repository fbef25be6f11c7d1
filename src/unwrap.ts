/**
 * `unwrap(result)`: an openapi-fetch result -> its data, or a thrown AkuaApiError
 * that carries everything the client knows about the call.
 */
import { AkuaApiError, parseErrorEnvelope } from "./errors.js";
import { akuaMeta, requestIdOf } from "./meta.js";

/**
 * The data of a successful openapi-fetch result (`{ data, error, response }`);
 * throws for an error result.
 *
 * @throws AkuaApiError when the response is not 2xx: its message, `status`, `errors`
 *   and `metadata` come from the error envelope, and what the client knows about the
 *   call (attempts, failures, outcome, idempotency key) comes from {@link akuaMeta}
 *
 * @example
 * ```ts
 * import { createAkuaClient, isAkuaApiError, unwrap } from "akua-sdk";
 *
 * const akua = createAkuaClient();
 * try {
 *   const cluster = unwrap(await akua.GET("/clusters/{id}", { params: { path: { id: "clu_123" } } }));
 *   console.log(cluster.state);
 * } catch (error) {
 *   if (isAkuaApiError(error) && error.status === 404) console.log("no such cluster");
 *   else throw error;
 * }
 * ```
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { response } = result;
  if (response.ok) return result.data as T;
  throw apiErrorFrom(result.error, response);
}

/** Builds the AkuaApiError for a non-2xx response the client returned. */
export function apiErrorFrom(body: unknown, response: Response): AkuaApiError {
  const meta = akuaMeta(response);
  const errors = parseErrorEnvelope(body, response.status, response.statusText);
  const method = meta?.method ?? "";
  const path = meta?.path ?? new URL(response.url || "http://unknown/").pathname;
  const first = errors[0]?.message ?? `HTTP ${response.status}`;
  const attempts = meta?.attempts ?? 1;
  const history =
    meta && meta.failures.length > 0
      ? ` (after ${attempts} attempts: ${[...meta.failures.map((f) => `#${f.attempt} ${f.reason}`), `#${attempts} ${response.status}`].join("; ")})`
      : "";
  const unknown = meta?.outcome === "unknown" ? "; outcome unknown: it may have been applied" : "";
  return new AkuaApiError(`${method} ${path} -> ${response.status}: ${first}${history}${unknown}`.trim(), {
    status: response.status,
    errors,
    requestId: meta?.requestId ?? requestIdOf(response.headers),
    outcome: meta?.outcome ?? "not-applied",
    method: meta?.method,
    path: meta?.path,
    attempts,
    failures: meta?.failures,
    idempotencyKey: meta?.idempotencyKey,
  });
}
