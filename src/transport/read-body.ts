/**
 * Reading an answer's body with a bound on memory: bytes are counted as they are
 * decoded, so a compressed bomb or an endless body stops at the limit, and the rest
 * is cancelled (which releases the connection). A body whose `Content-Length` is
 * known, without `Content-Encoding`, within the limit, takes fetch's own fast path.
 */

/** What was read: the bytes, and whether they are the whole body. */
export interface BodyRead {
  bytes: ArrayBuffer;
  complete: boolean;
}

/**
 * Reads up to `limit` decoded bytes of `response`'s body.
 * @param race - wraps each await (the attempt's timeout and abort)
 * @param prefix - when the body is longer than `limit`: read its first `limit` bytes
 *   (else stop at once when `Content-Length` already says it is too long)
 */
export async function readBody(
  response: Response,
  limit: number,
  race: <T>(promise: Promise<T>) => Promise<T>,
  prefix: boolean,
): Promise<BodyRead> {
  const length = response.headers.get("content-length");
  const known = length !== null && !response.headers.has("content-encoding") ? Number(length) : NaN;
  if (known <= limit) return { bytes: await race(response.arrayBuffer()), complete: true };
  const body = response.body;
  if (!body) return { bytes: new ArrayBuffer(0), complete: true };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = !(known > limit && !prefix);
  while (complete) {
    const { done, value } = await race(reader.read());
    if (done) break;
    if (total + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - total));
      total = limit;
      complete = false;
    } else {
      chunks.push(value);
      total += value.byteLength;
    }
  }
  if (!complete) reader.cancel().catch(() => {});
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes: bytes.buffer, complete };
}
