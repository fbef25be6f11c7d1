/**
 * CORS, so browser tests can call the fake: every answer allows the caller's
 * origin and exposes the headers clients read; a preflight (`OPTIONS`)
 * answers 204 with the allowed methods and headers (the API's request headers,
 * plus any other header the preflight asks for, so a browser test is never
 * blocked by a header of its own). Internal to the fake server.
 */

/** Request headers a browser may send. */
export const ALLOWED_HEADERS = "authorization, content-type, akua-context, idempotency-key, if-match";
/** Methods the API uses. */
export const ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
/** Response headers a browser client may read. */
export const EXPOSED_HEADERS = "ETag, Retry-After, Location, x-request-id, idempotent-replayed";

/** Headers for every answer: echo the `Origin` (or `*` without one) and expose the readable headers. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin
    ? { "access-control-allow-origin": origin, vary: "Origin", "access-control-expose-headers": EXPOSED_HEADERS }
    : { "access-control-allow-origin": "*", "access-control-expose-headers": EXPOSED_HEADERS };
}

/** Extra headers of a preflight answer. */
export function preflightHeaders(requestedHeaders: string | undefined): Record<string, string> {
  return {
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": requestedHeaders ? mergeHeaders(requestedHeaders) : ALLOWED_HEADERS,
    "access-control-max-age": "600",
  };
}

function mergeHeaders(requested: string): string {
  const names = new Set(ALLOWED_HEADERS.split(", "));
  for (const name of requested.split(",")) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed) names.add(trimmed);
  }
  return [...names].join(", ");
}
