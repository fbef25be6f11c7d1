import { describe, expect, it } from "vitest";
import { startTimer, systemClock } from "../src/clock.js";
import { createTestClock } from "../src/testing/index.js";

describe("startTimer (the attempt timeout's timer)", () => {
  it("fires on an injected clock only when its time comes, through the clock's sleep", async () => {
    const clock = createTestClock();
    let fired = 0;
    startTimer(clock, 1000, () => fired++);
    await clock.whenSleeping();
    await clock.advance(999);
    expect(fired).toBe(0);
    await clock.advance(1);
    expect(fired).toBe(1);
  });

  it("cancelled on an injected clock, it never fires and leaves no sleeper", async () => {
    const clock = createTestClock();
    let fired = 0;
    const cancel = startTimer(clock, 1000, () => fired++);
    await clock.whenSleeping();
    cancel();
    await clock.advance(5000);
    expect(fired).toBe(0);
    expect(await clock.advanceToNext()).toBe(false);
  });

  it("fires on the system clock, and a cancelled one does not", async () => {
    const fired: string[] = [];
    startTimer(systemClock, 1, () => fired.push("kept"));
    const cancel = startTimer(systemClock, 1, () => fired.push("cancelled"));
    cancel();
    await systemClock.sleep(20);
    expect(fired).toEqual(["kept"]);
  });
});
