/**
 * `unwrap(result)`: an openapi-fetch result -> its data, or a thrown AkuaApiError
 * that carries everything the client knows about the call.
 */
import { AkuaApiError, failureSummary, parseErrorEnvelope } from "./errors.js";
import { akuaMeta, requestIdOf, scrubberOf } from "./meta.js";
import { scrubDeep } from "./scrub.js";

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

/**
 * Builds the AkuaApiError for a non-2xx response the client returned: every string
 * in it is scrubbed of the call's credentials, whatever the server echoed.
 */
export function apiErrorFrom(body: unknown, response: Response): AkuaApiError {
  const meta = akuaMeta(response);
  const scrub = scrubberOf(response);
  const { status } = response;
  const errors = scrubDeep(parseErrorEnvelope(body, status, response.statusText), scrub);
  const method = meta?.method ?? "";
  const path = meta?.path ?? new URL(response.url || "http://unknown/").pathname;
  const attempts = meta?.attempts ?? 1;
  // Each attempt once: the earlier failures, then this answer.
  const failures = [
    ...(meta?.failures ?? []),
    { attempt: attempts, reason: scrub(`${status}${response.statusText ? ` ${response.statusText}` : ""}`) },
  ];
  const notes = [
    status === 404 && meta && !meta.path.includes("{") ? baseUrlHint(response.url, meta.path) : "",
    attempts > 1 ? failureSummary(failures).trim() : "",
    meta?.notRetried ?? "",
    meta?.outcome === "unknown" ? "outcome unknown: it may have been applied" : "",
  ].filter(Boolean);
  return new AkuaApiError(
    `${method} ${path} -> ${status}: ${errors[0]?.message ?? `HTTP ${status}`}${notes.length ? ` (${notes.join("; ")})` : ""}`.trim(),
    {
      status,
      errors,
      requestId: scrubDeep(meta?.requestId ?? requestIdOf(response.headers), scrub),
      outcome: meta?.outcome ?? "not-applied",
      method: meta?.method,
      path: meta?.path,
      attempts,
      failures,
      idempotencyKey: meta?.idempotencyKey,
    },
  );
}

/**
 * A 404 on a path with no parameters cannot mean a missing resource: most likely the
 * baseUrl lacks the API's base path.
 */
function baseUrlHint(url: string, path: string): string {
  const base = url.split("?")[0]!.slice(0, -path.length);
  return `no such path under baseUrl ${base}: does it lack the API's base path (/v1)?`;
}
