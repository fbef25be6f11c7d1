/**
 * Request bodies, bounded: read only after routing and authentication, at most
 * `maxBodyBytes` of them buffered, and after an early answer (401, 403, 404,
 * 405, 413, a preflight) the rest discarded unbuffered, so that a client still
 * uploading gets the answer rather than a reset:
 *
 * - a known rest of at most the drain bound (the fake's `maxBodyBytes`) is
 *   read and thrown away, and the connection stays open for the next request;
 * - a larger or unknown rest: the fake half-closes the connection once the
 *   answer is out (no further request on it) and throws away what still
 *   arrives, up to the drain bound; past it, it stops reading (TCP flow
 *   control holds the client back, at no cost to the fake);
 * - either way the connection is destroyed when the body is still not over
 *   {@link LINGER_MS} of real time after the answer. Until then a client busy
 *   writing has time to read the answer: destroying the connection under it
 *   sooner makes its next write fail (EPIPE) before it has seen the answer.
 *
 * The policy ({@link leftoverPlan}) is pure; the rest is thin I/O on Node's
 * request. Internal to the fake server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** The default `maxBodyBytes`: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Real milliseconds a connection may stay open after an early answer while the rest of its body arrives. */
export const LINGER_MS = 2000;

/** The outcome of reading a body. */
export type BodyRead =
  | { kind: "complete"; bytes: Buffer }
  /** More than the limit arrived; reading stopped there. */
  | { kind: "too-large"; received: number }
  /** The client went away before the body ended. */
  | { kind: "gone" };

/** What to do with the unread rest of a body once an answer is decided. */
export type Leftover =
  /** Nothing is left. */
  | "none"
  /** Read and discard it; the connection serves the next request. */
  | "drain"
  /** Half-close after the answer; discard what still arrives, up to the bound. */
  | "close";

/**
 * The length a request declares for its body: `Content-Length`, 0 without a
 * body, `undefined` for a chunked body (length unknown until it ends).
 */
export function declaredLength(req: IncomingMessage): number | undefined {
  if (req.headers["transfer-encoding"] !== undefined) return undefined;
  const header = req.headers["content-length"];
  return header === undefined ? 0 : Number(header);
}

/**
 * What to do with a body's rest: `none` when the request is complete,
 * `drain` when at most `bound` bytes of it are still to come, else `close`.
 */
export function leftoverPlan(complete: boolean, declared: number | undefined, bound: number): Leftover {
  if (complete) return "none";
  return declared !== undefined && declared <= bound ? "drain" : "close";
}

/** Reads a body, buffering at most `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: BodyRead) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onGone);
      req.off("close", onGone);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.pause();
        chunks.length = 0;
        finish({ kind: "too-large", received });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => finish({ kind: "complete", bytes: Buffer.concat(chunks, received) });
    const onGone = () => finish({ kind: "gone" });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onGone);
    req.on("close", onGone);
  });
}

/**
 * Discards the unread rest of a body after an early answer, as `plan` says
 * (call it before the answer is written: a `close` plan half-closes the
 * connection once `res` has finished).
 */
export function discardRest(req: IncomingMessage, res: ServerResponse, plan: Leftover, bound: number): void {
  if (plan === "none") return;
  const socket = req.socket;
  let discarded = 0;
  const stop = () => {
    clearTimeout(timer);
    req.off("data", onData);
    req.off("end", stop);
    socket.off("close", stop);
  };
  const onData = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > bound) req.pause();
  };
  const timer = setTimeout(() => {
    stop();
    socket.destroy();
  }, LINGER_MS);
  timer.unref();
  req.on("data", onData);
  req.once("end", stop);
  socket.once("close", stop);
  req.resume();
  if (plan === "close") res.once("finish", () => socket.end());
}
