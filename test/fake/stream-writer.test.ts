/**
 * The fake's stream writer on its own (a stand-in response): it pulls the next
 * event only once the socket took the last one (backpressure: nothing queues
 * beyond the socket's buffer, the clock hold released while it waits), ends the
 * answer after the last event, and a drop fault destroys the connection after
 * its count of message events, flushed first, closing the handler's iterable.
 */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import type { StreamEvent } from "../../src/testing/context.js";
import { writeStream, type StreamWrite } from "../../src/testing/stream-writer.js";

/** A response whose `write` says "full" while `full` is set; records what it was given. */
class FakeResponse extends EventEmitter {
  full = false;
  destroyed = false;
  ended = false;
  written: string[] = [];
  flushes: (() => void)[] = [];
  writeHead() {
    return this;
  }
  flushHeaders() {}
  write(text: string, callback?: () => void) {
    this.written.push(text);
    if (callback) this.flushes.push(callback);
    return !this.full;
  }
  end() {
    this.ended = true;
    return this;
  }
}

function setup(count: number, dropAfter?: number) {
  const res = new FakeResponse();
  const socket = { destroyed: false, destroy: () => void (socket.destroyed = true) };
  const hold = { taken: 1, take: () => void (hold.taken = 1), release: () => void (hold.taken = 0) };
  const state = { pulled: 0, closed: false };
  async function* events(): AsyncGenerator<StreamEvent> {
    try {
      for (let i = 0; i < count; i++) {
        state.pulled += 1;
        yield { event: "message", data: `{"n":${i}}` };
      }
      yield { event: "end", data: "{}" };
    } finally {
      state.closed = true;
    }
  }
  const checked: StreamEvent[] = [];
  const write: StreamWrite = {
    req: { method: "GET", socket } as unknown as StreamWrite["req"],
    res: res as unknown as StreamWrite["res"],
    hold,
    status: 200,
    headers: {},
    events: events(),
    dropAfter,
    check: (e) => void checked.push(e),
  };
  return { res, socket, hold, state, checked, done: writeStream(write) };
}

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe("writeStream", () => {
  it("pulls one event at a time while the socket is full, with the clock hold released, until drain", async () => {
    const { res, hold, state, done } = setup(3);
    res.full = true;
    await turns();
    expect(state.pulled).toBe(1);
    expect(res.written).toHaveLength(1);
    expect(hold.taken).toBe(0);
    res.emit("drain");
    await turns();
    expect(state.pulled).toBe(2);
    expect(res.written).toHaveLength(2);
    res.full = false;
    res.emit("drain");
    expect(await done).toBe("ended");
    expect(hold.taken).toBe(1);
    expect(res.written).toEqual([
      'event: message\ndata: {"n":0}\n\n',
      'event: message\ndata: {"n":1}\n\n',
      'event: message\ndata: {"n":2}\n\n',
      "event: end\ndata: {}\n\n",
    ]);
    expect(res.ended).toBe(true);
  });

  it("stops waiting when the response closes, and closes the iterable", async () => {
    const { res, state, done } = setup(3);
    res.full = true;
    await turns();
    res.destroyed = true;
    res.emit("close");
    expect(await done).toBe("gone");
    expect(state.pulled).toBe(1);
    expect(state.closed).toBe(true);
    expect(res.ended).toBe(false);
  });

  it("drops after dropAfter message events, once they are flushed, and closes the iterable", async () => {
    const { res, socket, state, checked, done } = setup(5, 2);
    await turns();
    expect(res.written).toHaveLength(2);
    expect(socket.destroyed).toBe(false); // waits for the flush of what was written
    for (const flush of res.flushes) flush();
    expect(await done).toBe("dropped");
    expect(socket.destroyed).toBe(true);
    expect(state.pulled).toBe(2);
    expect(state.closed).toBe(true);
    expect(checked).toHaveLength(2);
    expect(res.ended).toBe(false);
  });

  it("drops instead of the last event when the stream is shorter than dropAfter", async () => {
    const { res, socket, done } = setup(1, 3);
    await turns();
    for (const flush of res.flushes) flush();
    expect(await done).toBe("dropped");
    expect(socket.destroyed).toBe(true);
    expect(res.written).toEqual(['event: message\ndata: {"n":0}\n\n']);
  });
});
