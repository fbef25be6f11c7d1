/** The policy behind the fake's refusal of long-polls from a client on another clock (clock-guard.ts). */
import { describe, expect, it } from "vitest";
import { ClockGuard, GUARD_LIMITS, isRunaway, ownClock, type LongPoll } from "../../src/testing/clock-guard.js";
import { createTestClock } from "../../src/testing/clock.js";

const runaway: LongPoll = {
  timeoutMs: 60_000,
  virtualMs: 60_000,
  realMs: 6,
  stillRunning: true,
  foreignSleepers: false,
};

describe("isRunaway", () => {
  it("is a long-poll its timeout ended on a clock racing ahead, with no client timer on it", () => {
    expect(isRunaway(runaway)).toBe(true);
  });

  it.each<[string, Partial<LongPoll>]>([
    ["a client timer on the clock (it shares the clock)", { foreignSleepers: true }],
    ["a clock that cannot tell", { foreignSleepers: undefined }],
    ["the operation done", { stillRunning: false }],
    ["woken before its timeout", { virtualMs: 59_999 }],
    ["the clock at about real speed", { realMs: 6_000 }],
  ])("is not with %s", (_name, change) => {
    expect(isRunaway({ ...runaway, ...change })).toBe(false);
  });
});

describe("ClockGuard", () => {
  /** A guard on a test clock with nothing pending (no client timers), real time by hand. */
  function guard() {
    let real = 0;
    const clock = createTestClock();
    const own = ownClock(clock);
    const g = new ClockGuard(own, () => real);
    const poll = (id: string, jump = 60_000) =>
      g.watch(
        id,
        60_000,
        async () => void (await clock.advance(jump)),
        () => true,
      );
    return { g, poll, tick: (ms: number) => (real += ms), clock, own };
  }

  it(`refuses after ${GUARD_LIMITS.polls} runaway long-polls on one operation, naming the fix`, async () => {
    const { g, poll, tick } = guard();
    for (let i = 0; i < GUARD_LIMITS.polls; i++) {
      expect(g.refusal("op_a")).toBeUndefined();
      await poll("op_a");
      tick(5);
    }
    expect(g.refusal("op_a")).toMatch(/8 long-polls of operation op_a .*clock: fake\.clock.*fake\.client\(\)/);
    expect(g.refusal("op_b")).toBeUndefined();
    g.clear();
    expect(g.refusal("op_a")).toBeUndefined();
  });

  it("starts over after a long-poll that is not a runaway, or once the streak is older than the window", async () => {
    const { g, poll, tick } = guard();
    for (let i = 0; i < GUARD_LIMITS.polls - 1; i++) await poll("op_a");
    await poll("op_a", 1_000); // woken before its timeout
    await poll("op_a");
    expect(g.refusal("op_a")).toBeUndefined();
    for (let i = 0; i < GUARD_LIMITS.polls; i++) await poll("op_a");
    tick(GUARD_LIMITS.windowMs + 1);
    expect(g.refusal("op_a")).toBeUndefined();
  });

  it("counts only the sleepers the fake did not start as foreign", async () => {
    const { clock, own } = guard();
    const mine = own.clock.sleep(1_000);
    expect(own.foreignSleepers()).toBe(0);
    const theirs = clock.sleep(2_000);
    expect(own.foreignSleepers()).toBe(1);
    await clock.advance(2_000);
    await Promise.all([mine, theirs]);
    expect(own.foreignSleepers()).toBe(0);
    expect(ownClock({ now: () => 0, sleep: async () => undefined }).foreignSleepers()).toBeUndefined();
  });
});
