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

export function serveBody(response: Response, bytes: ArrayBuffer): Response {
  const text = () => decoder.decode(bytes);
  const copy = () => new Response(NULL_BODY_STATUSES.has(response.status) ? null : bytes.slice(0), response);
  const value = (fn: () => unknown) => ({ value: fn, configurable: true, writable: true });
  const methods: PropertyDescriptorMap = {
    text: value(async () => text()),
    json: value(async () => JSON.parse(text())),
    clone: value(copy),
  };
  // The rarer readers this runtime has (bytes() is recent) read a copy.
  for (const name of ["arrayBuffer", "blob", "bytes", "formData"] as const) {
    if (name in response) methods[name] = value(() => (copy()[name] as () => unknown)());
  }
  return Object.defineProperties(response, methods);
}
