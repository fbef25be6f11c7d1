/**
 * Writes a streamed answer (`Reply.events`, Server-Sent Events): the headers at
 * once (no `content-length`), then each event as the handler's iterable gives
 * it, as `event: <event>\ndata: <data>\n\n`. One event at a time: the next is
 * pulled only once the socket took the last one (`write` returned true, else
 * after `drain`, the clock hold released meanwhile), so nothing is buffered
 * beyond the socket's own high-water mark. A `drop-mid-stream` fault
 * (`dropAfter`) destroys the connection once that many `message` events went
 * out (flushed first), or instead of sending the last event. Internal to the
 * fake server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { StreamEvent } from "./context.js";

/** The fake's clock hold, taken and released any number of times. */
export interface ClockHold {
  take(): void;
  release(): void;
}

/** What `writeStream` writes, and where. */
export interface StreamWrite {
  req: Pick<IncomingMessage, "method" | "socket">;
  res: Pick<ServerResponse, "writeHead" | "flushHeaders" | "write" | "end" | "destroyed" | "on" | "off">;
  /** Held while writing, released while waiting for `drain`. */
  hold: ClockHold;
  status: number;
  headers: Record<string, string>;
  events: AsyncIterable<StreamEvent>;
  /** Destroy the connection after this many `message` events (a `drop-mid-stream` fault). */
  dropAfter?: number;
  /** Called with each event before it is written (the spec check). */
  check?: (event: StreamEvent) => void;
}

/**
 * Writes the stream to its end; resolves how it ended: `ended` (the answer
 * ended), `dropped` (destroyed by the fault) or `gone` (the client left or the
 * iterable stopped). Closes the iterable when it stops early.
 */
export async function writeStream(w: StreamWrite): Promise<"ended" | "dropped" | "gone"> {
  const { req, res } = w;
  const iterator = w.events[Symbol.asyncIterator]();
  let finished = false;
  try {
    res.writeHead(w.status, w.headers);
    res.flushHeaders();
    if (req.method === "HEAD") {
      res.end();
      return "ended";
    }
    let messages = 0;
    let flushed: Promise<void> = Promise.resolve();
    const drop = async () => {
      await flushed; // what was written goes out first: destroy() would discard it
      req.socket?.destroy();
      return "dropped" as const;
    };
    for (;;) {
      if (res.destroyed) return "gone";
      if (w.dropAfter !== undefined && messages >= w.dropAfter) return await drop();
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      if (res.destroyed) return "gone";
      const event = next.value;
      if (w.dropAfter !== undefined && event.event === "end") return await drop();
      w.check?.(event);
      if (event.event === "message") messages += 1;
      const text = `event: ${event.event}\ndata: ${event.data}\n\n`;
      let more = true;
      if (w.dropAfter === undefined) more = res.write(text);
      else flushed = new Promise((resolve) => (more = res.write(text, () => resolve())));
      if (!more) await drained(res, w.hold);
    }
    if (res.destroyed) return "gone";
    res.end();
    return "ended";
  } finally {
    if (!finished) await iterator.return?.();
  }
}

/** Resolves when `res` may take more (or is gone), the clock hold released meanwhile. */
async function drained(res: StreamWrite["res"], hold: ClockHold): Promise<void> {
  if (res.destroyed) return;
  hold.release();
  try {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.on("drain", done);
      res.on("close", done);
    });
  } finally {
    hold.take();
  }
}
