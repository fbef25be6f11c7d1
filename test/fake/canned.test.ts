/**
 * The fake's canned answers, as pure functions: Artifact Hub chart values
 * (types-only schema, overlay, YAML text) and snippet outcomes (a function of
 * the code text only; the code is never run).
 */
import { describe, expect, it } from "vitest";
import { artifactHubValues, overlay, schemaOf, toYaml } from "../../src/testing/artifacthub-values.js";
import { executeAnswer, snippetOutcome, TIMEOUT_MS } from "../../src/testing/snippet-outcome.js";

describe("Artifact Hub values", () => {
  it("schemaOf describes the types of a value", () => {
    expect(schemaOf({ a: 1, b: 1.5, c: "x", d: [true], e: null, f: { g: [] } })).toEqual({
      type: "object",
      properties: {
        a: { type: "integer" },
        b: { type: "number" },
        c: { type: "string" },
        d: { type: "array", items: { type: "boolean" } },
        e: { type: "null" },
        f: { type: "object", properties: { g: { type: "array", items: {} } } },
      },
    });
  });

  it("overlay merges objects key by key; anything else on top wins", () => {
    expect(overlay({ a: { b: 1, c: 2 }, d: [1] }, { a: { c: 3, e: 4 }, d: [2, 3], f: "x" })).toEqual({
      a: { b: 1, c: 3, e: 4 },
      d: [2, 3],
      f: "x",
    });
  });

  it("toYaml writes nested blocks with JSON-quoted scalars", () => {
    expect(toYaml({ a: 1, b: { c: "x y", d: false }, e: null })).toBe('a: 1\nb:\n  c: "x y"\n  d: false\ne: null\n');
  });

  it("is the same for the same chart and version, differs by version, and has no schema for `unparsable`", () => {
    const a = artifactHubValues("chart", "1.0.0", false);
    expect(artifactHubValues("chart", "1.0.0", false)).toEqual(a);
    expect(artifactHubValues("chart", "2.0.0", false).values).not.toEqual(a.values);
    expect(a.schema).toEqual(schemaOf(a.values));
    expect(artifactHubValues("an-UNPARSABLE-one", "1.0.0", true).schema).toBeNull();
  });
});

describe("snippet outcomes", () => {
  it("succeed with a value derived from the code, the same for the same code", () => {
    const a = snippetOutcome("return 1;", { x: 1 });
    expect(a).toMatchObject({ state: "succeeded", v1: false, error: undefined, result: { inputs: { x: 1 } } });
    expect(snippetOutcome("return 1;", { x: 1 })).toEqual(a);
    const value = a.result!["value"] as number;
    expect(Number.isInteger(value) && value >= 0 && value < 1000).toBe(true);
    expect(executeAnswer(a)).toEqual({ result: a.result, stats: a.stats });
  });

  it("`while (true)` times out before `throw` fails; `contract_version` gives a v1 scalar", () => {
    expect(snippetOutcome("while(true){ throw 1 }")).toMatchObject({
      state: "timed_out",
      stats: { wall_time_ms: TIMEOUT_MS },
    });
    const failed = snippetOutcome("throw new Error()");
    expect(failed).toMatchObject({ state: "failed", error: { code: "runtime_error" }, result: undefined });
    expect(executeAnswer(failed)).toEqual({ error: failed.error!.message, stats: failed.stats });
    const v1 = snippetOutcome("return { contract_version: 1 }");
    expect(v1.result).toEqual({ contract_version: 1, type: "scalar", value: expect.any(Number) });
    expect(executeAnswer(v1)).toMatchObject({ result_contract_version: 1, result_type: "scalar" });
  });
});
