import { describe, expect, it } from "vitest";
import type { Clock } from "../src/clock.js";
import { createTestClock, DEFAULT_TEST_CLOCK_START } from "../src/testing/clock.js";

const START = Date.UTC(2026, 0, 1);

/** Real event-loop turns, to let the clock's own turns (and any continuation) run. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Number of pending `setImmediate`s in the process (Node's active resources). */
function immediates(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Immediate").length;
}

/** A promise's state, observed without waiting for it. */
function track<T>(promise: Promise<T>): { settled: () => boolean; error: () => unknown } {
  let settled = false;
  let error: unknown;
  promise.then(
    () => (settled = true),
    (e: unknown) => {
      settled = true;
      error = e;
    },
  );
  return { settled: () => settled, error: () => error };
}

describe("createTestClock: time", () => {
  it("starts at 2026-01-01 by default, or at the given number or Date, and stands still", async () => {
    expect(DEFAULT_TEST_CLOCK_START).toBe(START);
    const clock = createTestClock();
    expect(clock.now()).toBe(START);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock.now()).toBe(START);
    expect(createTestClock({ start: 1_000 }).now()).toBe(1_000);
    expect(createTestClock({ start: new Date("2030-05-06T07:08:09Z") }).now()).toBe(Date.UTC(2030, 4, 6, 7, 8, 9));
  });

  it("is a Clock", () => {
    const clock: Clock = createTestClock();
    expect(typeof clock.now()).toBe("number");
  });

  it("rejects bad options and bad advances", async () => {
    expect(() => createTestClock({ idleTurns: 0 })).toThrow(RangeError);
    expect(() => createTestClock({ idleMs: -1 })).toThrow(RangeError);
    expect(() => createTestClock({ idleMs: Number.NaN })).toThrow(RangeError);
    expect(() => createTestClock({ start: Number.NaN })).toThrow(RangeError);
    const clock = createTestClock();
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
    await expect(clock.advance(Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
    await expect(clock.sleep(Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
    expect(clock.now()).toBe(START);
  });

  it("advance moves now by exactly ms even with nothing pending", async () => {
    const clock = createTestClock();
    await clock.advance(1_500);
    expect(clock.now()).toBe(START + 1_500);
    await clock.advance(0);
    expect(clock.now()).toBe(START + 1_500);
  });
});

describe("createTestClock: sleep and advance", () => {
  it("fires sleepers in due-time order, each seeing now() at its due time", async () => {
    const clock = createTestClock();
    const log: string[] = [];
    const sleep = (name: string, ms: number) => clock.sleep(ms).then(() => log.push(`${name}@${clock.now() - START}`));
    const all = Promise.all([sleep("c", 300), sleep("a", 100), sleep("b", 200)]);
    expect(clock.pending()).toEqual([START + 100, START + 200, START + 300]);

    await clock.advance(99);
    expect(log).toEqual([]);
    await clock.advance(1);
    expect(log).toEqual(["a@100"]);
    await clock.advance(1_000);
    await all;
    expect(log).toEqual(["a@100", "b@200", "c@300"]);
    expect(clock.now()).toBe(START + 1_100);
    expect(clock.pending()).toEqual([]);
  });

  it("fires equal due times first come, first served", async () => {
    const clock = createTestClock();
    const log: number[] = [];
    for (let i = 0; i < 5; i++) void clock.sleep(50).then(() => log.push(i));
    void clock.sleep(10).then(() => log.push(-1));
    await clock.advance(50);
    expect(log).toEqual([-1, 0, 1, 2, 3, 4]);
  });

  it("lets each woken continuation run before the next sleeper fires", async () => {
    const clock = createTestClock();
    const log: string[] = [];
    const controller = new AbortController();
    // a's continuation is several promise hops deep and aborts b, due at the same time.
    const a = (async () => {
      await clock.sleep(100);
      await Promise.resolve();
      await Promise.resolve();
      log.push("a");
      controller.abort(new Error("stop b"));
    })();
    const b = clock.sleep(100, controller.signal).then(
      () => log.push("b fired"),
      (e: Error) => log.push(`b ${e.message}`),
    );
    await clock.advance(100);
    await Promise.all([a, b]);
    expect(log).toEqual(["a", "b stop b"]);
  });

  it("fires sleepers scheduled by woken code within the advanced window", async () => {
    const clock = createTestClock();
    const ticks: number[] = [];
    const chain = (async () => {
      for (let i = 0; i < 5; i++) {
        await clock.sleep(100);
        ticks.push(clock.now() - START);
      }
    })();
    await clock.advance(450);
    expect(ticks).toEqual([100, 200, 300, 400]);
    expect(clock.now()).toBe(START + 450);
    expect(clock.pending()).toEqual([START + 500]);
    await clock.advance(50);
    await chain;
    expect(ticks).toEqual([100, 200, 300, 400, 500]);
  });

  it("resolves sleep(0) and negative sleeps a microtask later without advancing", async () => {
    const clock = createTestClock();
    const zero = track(clock.sleep(0));
    const negative = track(clock.sleep(-5));
    expect(zero.settled()).toBe(false);
    expect(negative.settled()).toBe(false);
    expect(clock.pending()).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(zero.settled()).toBe(true);
    expect(negative.settled()).toBe(true);
    expect(zero.error()).toBeUndefined();
    expect(clock.now()).toBe(START);
  });

  it("serializes concurrent advances", async () => {
    const clock = createTestClock();
    const log: number[] = [];
    for (const ms of [30, 10, 20, 40]) void clock.sleep(ms).then(() => log.push(clock.now() - START));
    await Promise.all([clock.advance(15), clock.advance(15), clock.advanceToNext()]);
    expect(log).toEqual([10, 20, 30, 40]);
    expect(clock.now()).toBe(START + 40);
  });
});

describe("createTestClock: abort", () => {
  it("rejects at once with the reason when the signal has already aborted", async () => {
    const clock = createTestClock();
    const reason = new Error("already");
    await expect(clock.sleep(1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    await expect(clock.sleep(0, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(clock.pending()).toEqual([]);
  });

  it("rejects as soon as the signal aborts later and leaves the other sleepers alone", async () => {
    const clock = createTestClock();
    const controller = new AbortController();
    const aborted = track(clock.sleep(1_000, controller.signal));
    const other = track(clock.sleep(2_000, new AbortController().signal));
    expect(clock.pending()).toEqual([START + 1_000, START + 2_000]);

    controller.abort("user cancelled");
    await Promise.resolve();
    expect(aborted.settled()).toBe(true);
    expect(aborted.error()).toBe("user cancelled");
    expect(clock.pending()).toEqual([START + 2_000]);
    expect(clock.now()).toBe(START);

    await clock.advance(2_000);
    expect(other.settled()).toBe(true);
    expect(other.error()).toBeUndefined();
  });

  it("ignores an abort after the sleeper fired", async () => {
    const clock = createTestClock();
    const controller = new AbortController();
    const sleeping = track(clock.sleep(10, controller.signal));
    await clock.advance(10);
    controller.abort();
    await Promise.resolve();
    expect(sleeping.settled()).toBe(true);
    expect(sleeping.error()).toBeUndefined();
  });
});

describe("createTestClock: advanceToNext, pending, whenSleeping", () => {
  it("advanceToNext jumps to the earliest sleeper and fires everything due then", async () => {
    const clock = createTestClock();
    expect(await clock.advanceToNext()).toBe(false);
    expect(clock.now()).toBe(START);

    const log: string[] = [];
    void clock.sleep(500).then(() => log.push("x"));
    void clock.sleep(500).then(() => log.push("y"));
    void clock.sleep(900).then(() => log.push("z"));
    expect(clock.pending()).toEqual([START + 500, START + 500, START + 900]);

    expect(await clock.advanceToNext()).toBe(true);
    expect(clock.now()).toBe(START + 500);
    expect(log).toEqual(["x", "y"]);
    expect(await clock.advanceToNext()).toBe(true);
    expect(clock.now()).toBe(START + 900);
    expect(log).toEqual(["x", "y", "z"]);
    expect(await clock.advanceToNext()).toBe(false);
  });

  it("whenSleeping resolves once enough sleepers are pending", async () => {
    const clock = createTestClock();
    const one = track(clock.whenSleeping());
    const two = track(clock.whenSleeping(2));
    const work = (async () => {
      // Code under test that takes a few hops before it sleeps.
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      await clock.sleep(1_000);
    })();
    await clock.whenSleeping();
    expect(one.settled()).toBe(true);
    expect(two.settled()).toBe(false);
    void clock.sleep(3_000);
    await Promise.resolve();
    expect(two.settled()).toBe(true);
    await clock.whenSleeping(2); // already true: resolves at once
    await clock.advance(1_000);
    await work;
    expect(clock.pending()).toEqual([START + 3_000]);
  });
});

describe("createTestClock: auto-advance", () => {
  it("is off by default: nothing moves however long the process idles", async () => {
    const clock = createTestClock();
    void clock.sleep(1_000);
    await turns(200);
    expect(clock.now()).toBe(START);
    expect(clock.pending()).toEqual([START + 1_000]);
  });

  it("completes 100 sequential 1 s sleeps without waiting for them in real time (idleMs 0)", async () => {
    // 100 s of virtual time; the test's own timeout (seconds) proves nobody waited it out.
    const clock = createTestClock({ autoAdvance: true, idleMs: 0 });
    let done = 0;
    for (let i = 0; i < 100; i++) {
      await clock.sleep(1_000);
      done++;
    }
    expect(done).toBe(100);
    expect(clock.now()).toBe(START + 100_000);
  });

  it("is deterministic: interleaved chains run in due-time order, ties in arrival order", async () => {
    async function run(auto: boolean): Promise<string[]> {
      const clock = createTestClock({ autoAdvance: auto });
      const log: string[] = [];
      const chain = async (name: string, step: number, count: number) => {
        for (let i = 0; i < count; i++) {
          await clock.sleep(step);
          log.push(`${name}${clock.now() - START}`);
        }
      };
      const all = Promise.all([chain("a", 300, 4), chain("b", 200, 6), chain("c", 600, 2)]);
      if (!auto) await clock.advance(1_200);
      await all;
      return log;
    }
    const manual = await run(false);
    expect(manual).toEqual([
      "b200",
      "a300",
      "b400",
      "c600", // scheduled at 0
      "a600", // scheduled at 300
      "b600", // scheduled at 400
      "b800",
      "a900",
      "b1000",
      "c1200",
      "a1200",
      "b1200",
    ]);
    expect(await run(true)).toEqual(manual);
  });

  it("waits while the clock is held and moves once every hold is released", async () => {
    const clock = createTestClock({ autoAdvance: true, idleMs: 0 });
    const first = clock.hold();
    const second = clock.hold();
    const sleeping = track(clock.sleep(5_000));
    await turns(100);
    expect(sleeping.settled()).toBe(false);
    expect(clock.now()).toBe(START);

    first();
    first(); // idempotent: the second hold still counts
    await turns(100);
    expect(sleeping.settled()).toBe(false);

    second();
    await turns(100);
    expect(sleeping.settled()).toBe(true);
    expect(clock.now()).toBe(START + 5_000);
  });

  it("does not move while the process is busy: each clock event restarts the idle count", async () => {
    const clock = createTestClock({ autoAdvance: true, idleTurns: 50, idleMs: 0 });
    const sleeping = track(clock.sleep(60_000));
    // Simulated work: a hold/release every few turns (like a server handling requests).
    for (let i = 0; i < 20; i++) {
      await turns(10);
      clock.hold()();
    }
    expect(sleeping.settled()).toBe(false);
    await turns(100);
    expect(sleeping.settled()).toBe(true);
  });

  it("can be switched on and off", async () => {
    const clock = createTestClock({ idleMs: 0 });
    const sleeping = track(clock.sleep(1_000));
    clock.setAutoAdvance(true);
    clock.setAutoAdvance(false);
    await turns(100);
    expect(sleeping.settled()).toBe(false);
    clock.setAutoAdvance(true);
    await turns(100);
    expect(sleeping.settled()).toBe(true);
  });

  it("with idleMs, quiet turns are not enough: time moves only once that much real time has passed", async () => {
    const clock = createTestClock({ autoAdvance: true, idleMs: 60_000 });
    const sleeping = track(clock.sleep(1_000));
    await turns(200);
    expect(sleeping.settled()).toBe(false);
    expect(clock.now()).toBe(START);
    clock.setAutoAdvance(false); // no real timer left behind
  });

  it("with idleMs, every clock event restarts the idle wait (real time is a lower bound: never earlier)", async () => {
    const clock = createTestClock({ autoAdvance: true, idleMs: 40 });
    const sleeping = clock.sleep(1_000);
    await new Promise((r) => setTimeout(r, 25));
    const eventAt = performance.now();
    clock.hold()(); // activity, as when the fake takes and releases its hold for a request
    await sleeping;
    expect(performance.now() - eventAt).toBeGreaterThanOrEqual(39); // timers may round down by a millisecond
    expect(clock.now()).toBe(START + 1_000);
  });

  it("with idleMs, time spent busy is not idle time: a jump needs the loop to have waited", async () => {
    const clock = createTestClock({ autoAdvance: true, idleMs: 200 });
    const slept = clock.sleep(1_000);
    const sleeping = track(slept);
    await turns(5); // the quiet stretch has begun
    const until = performance.now() + 300;
    while (performance.now() < until); // 300 ms of real time, none of it idle
    await turns(100);
    expect(sleeping.settled()).toBe(false);
    await slept; // then about 200 ms of waiting
    expect(clock.now()).toBe(START + 1_000);
  });

  it("leaves no event-loop activity behind once everything settles", async () => {
    await turns(5);
    const baseline = immediates();
    const clock = createTestClock({ autoAdvance: true });
    // Nothing pending: turning it on schedules nothing.
    clock.setAutoAdvance(true);
    expect(immediates()).toBe(baseline);

    await Promise.all([clock.sleep(1_000), clock.sleep(2_000).then(() => clock.sleep(3_000))]);
    await turns(5);
    expect(clock.pending()).toEqual([]);
    expect(immediates()).toBe(baseline);

    // A held clock with a sleeper schedules nothing either.
    const release = clock.hold();
    const controller = new AbortController();
    const aborted = track(clock.sleep(1_000, controller.signal));
    await turns(5);
    expect(immediates()).toBe(baseline);
    release();
    // The last sleeper going away (abort) stops the turns.
    controller.abort();
    await turns(5);
    expect(aborted.settled()).toBe(true);
    expect(immediates()).toBe(baseline);
  });
});
