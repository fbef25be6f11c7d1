/**
 * Serving a Response's body from bytes the transport has already read.
 *
 * The retry loop reads every body inside the attempt (so the attempt timeout
 * covers a stalled body and a connection lost mid-body is a retryable failure).
 * Handing openapi-fetch a copy (`new Response(bytes, response)`) would cost a
 * second body stream per request, about a tenth of a loopback GET on Node; so
 * the original Response is returned with its body-reading methods answering
 * from those bytes (text and JSON, what openapi-fetch reads by default, without
 * a copy); `clone()` and the other readers read a real copy.
 * `body`/`bodyUsed` still describe the original stream, which the transport read.
 */
const decoder = new TextDecoder();
/** Statuses whose Response must have a null body (the Fetch standard). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The bytes each served Response answers from. */
const served = new WeakMap<Response, ArrayBuffer>();
const textOf = (response: Response) => decoder.decode(served.get(response));

function clone(this: Response): Response {
  const bytes = served.get(this)!;
  return new Response(NULL_BODY_STATUSES.has(this.status) ? null : bytes.slice(0), this);
}

// Shared readers (they find their bytes through `this`), assigned as own properties:
// nothing is allocated per response but the WeakMap entry. Text and JSON, what
// openapi-fetch reads, come straight from the bytes; the others read a copy.
const readers: Record<string, (this: Response) => unknown> = {
  async text() {
    return textOf(this);
  },
  async json() {
    return JSON.parse(textOf(this));
  },
  clone,
};
for (const name of ["arrayBuffer", "blob", "bytes", "formData"] as const) {
  readers[name] = function (this: Response) {
    return (clone.call(this)[name] as () => unknown)();
  };
}

export function serveBody(response: Response, bytes: ArrayBuffer): Response {
  served.set(response, bytes);
  // Only the readers this runtime's Response has (`bytes()` is recent).
  for (const name in readers)
    if (name in response) (response as unknown as Record<string, unknown>)[name] = readers[name];
  return response;
}
