/**
 * The pure parts of body handling: what happens to an unread rest, the
 * nesting scan, and strict decoding. The loopback behaviour is in
 * body-limits.test.ts and hostile-input.test.ts.
 */
import { describe, expect, it } from "vitest";
import { leftoverPlan } from "../../src/testing/body.js";
import { parseJsonBody } from "../../src/testing/json-body.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../../src/testing/json-depth.js";

describe("leftoverPlan", () => {
  it("nothing for a complete request, drain up to the bound, close beyond it or when the length is unknown", () => {
    expect(leftoverPlan(true, 10_000_000, 1000)).toBe("none");
    expect(leftoverPlan(false, 0, 1000)).toBe("drain");
    expect(leftoverPlan(false, 1000, 1000)).toBe("drain");
    expect(leftoverPlan(false, 1001, 1000)).toBe("close");
    expect(leftoverPlan(false, undefined, 1000)).toBe("close");
  });
});

describe("nestsDeeperThan", () => {
  it("counts arrays and objects outside strings, escapes included", () => {
    expect(nestsDeeperThan("[[[]]]", 3)).toBe(false);
    expect(nestsDeeperThan("[[[[]]]]", 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[", "\\"[[[["]', 2)).toBe(false);
    expect(nestsDeeperThan('[[], [], [[]], {"a": []}]', 3)).toBe(false);
  });

  it("scans a million levels without recursion", () => {
    expect(nestsDeeperThan("[".repeat(1_000_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe("parseJsonBody", () => {
  it("empty, JSON, or invalid with the reason", () => {
    expect(parseJsonBody(Buffer.from(""))).toEqual({ kind: "empty" });
    expect(parseJsonBody(Buffer.from(" \n"))).toEqual({ kind: "empty" });
    expect(parseJsonBody(Buffer.from('{"a":[1]}'))).toEqual({ kind: "json", value: { a: [1] } });
    expect(parseJsonBody(Buffer.from("{"))).toMatchObject({ kind: "invalid", message: expect.stringMatching(/JSON/) });
    expect(parseJsonBody(Buffer.from([0x22, 0xff, 0x22]))).toMatchObject({ message: expect.stringMatching(/UTF-8/) });
    // a BOM is not JSON (as before bodies were decoded strictly)
    expect(parseJsonBody(Buffer.from("\ufeff{}"))).toMatchObject({ kind: "invalid" });
    const deep = parseJsonBody(Buffer.from("[".repeat(65) + "]".repeat(65)));
    expect(deep).toMatchObject({ kind: "invalid", message: expect.stringContaining("64") });
  });
});
