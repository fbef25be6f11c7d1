import { describe, expect, it } from "vitest";
import { createResumeState, MAX_BOUNDARY_LINES } from "../../src/logs-resume.js";

const at = (content: string, second: number, podName = "p") => ({
  content,
  podName,
  containerName: "c",
  timestamp: `2026-05-14T09:30:${String(second).padStart(2, "0")}Z`,
});
const ms = (second: number) => Date.parse(at("", second).timestamp);

describe("the resume policy of installLogs", () => {
  it("has no since_seconds before a dated line, then counts from the latest timestamp with 1 s of slack", () => {
    const state = createResumeState();
    expect(state.sinceSeconds(ms(30))).toBeUndefined();
    state.fresh({ ...at("x", 0), timestamp: "not a date" });
    expect(state.sinceSeconds(ms(30))).toBeUndefined();
    state.fresh(at("a", 10));
    state.fresh(at("b", 5)); // an older line (another pod) does not move it back
    expect(state.sinceSeconds(ms(10))).toBe(1);
    expect(state.sinceSeconds(ms(13) + 1)).toBe(5);
    expect(state.sinceSeconds(ms(9))).toBe(1); // a client clock behind the server's
  });

  it("after a reconnect drops older lines and those already yielded at the latest timestamp, until past it", () => {
    const state = createResumeState();
    for (const l of [at("a", 10), at("b", 11), at("c", 11)]) expect(state.fresh(l)).toBe(true);
    state.reconnecting();
    expect(state.fresh(at("a", 10))).toBe(false);
    expect(state.fresh(at("b", 11))).toBe(false);
    expect(state.fresh(at("b", 11, "other-pod"))).toBe(true); // another pod's line is another line
    expect(state.fresh(at("d", 11))).toBe(true);
    expect(state.fresh(at("c", 11))).toBe(false);
    expect(state.fresh(at("e", 12))).toBe(true);
    expect(state.fresh(at("a", 10))).toBe(true); // past the boundary nothing is filtered
  });

  it(`remembers at most ${MAX_BOUNDARY_LINES} lines at the latest timestamp`, () => {
    const state = createResumeState();
    for (let i = 0; i <= MAX_BOUNDARY_LINES; i++) state.fresh(at(`l${i}`, 20));
    state.reconnecting();
    expect(state.fresh(at("l0", 20))).toBe(false);
    expect(state.fresh(at(`l${MAX_BOUNDARY_LINES}`, 20))).toBe(true); // repeats
  });
});
