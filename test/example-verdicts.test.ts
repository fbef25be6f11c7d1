/**
 * scripts/example-verdicts.js: the example-validating rules reuse a verdict only where every
 * input of it is unchanged, and report exactly what Redocly's rules report without it.
 * (Its own file: the patch is installed for the whole process.)
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  forgetVerdicts,
  loadVerdicts,
  rememberExampleVerdicts,
  saveVerdicts,
  verdictKey,
  verdictStats,
} from "../scripts/example-verdicts.js";
import { writeInvalidExamplesSpec } from "./fixtures/invalid-examples.js";
import { lintSpec, type LintProblem } from "../scripts/lint.js";
import { openSpec } from "../scripts/spec-config.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-verdicts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const EXAMPLE_RULES = ["no-invalid-schema-examples", "no-invalid-parameter-examples", "no-invalid-media-type-examples"];

async function lint() {
  const session = await openSpec({ root: path.join(dir, "openapi.json"), configPath: path.join(dir, "redocly.yaml") });
  const problems = await lintSpec(session);
  return problems.map((p: LintProblem) => `${p.ruleId} ${p.file}:${p.line}:${p.col} ${p.pointer} ${p.message}`);
}

describe("remembered example verdicts", () => {
  it("report what Redocly's rules report, from remembered verdicts too", async () => {
    await writeInvalidExamplesSpec(dir, 4);
    const redocly = await lint(); // before the patch: Redocly's rules as shipped
    expect(await rememberExampleVerdicts()).toBe(true);
    forgetVerdicts();
    const first = await lint();
    const again = await lint();
    expect(verdictStats().hits).toBeGreaterThanOrEqual(verdictStats().misses);
    expect(first).toEqual(redocly);
    expect(again).toEqual(redocly);
    for (const rule of EXAMPLE_RULES) expect(redocly.join("\n")).toContain(rule);
  });

  it("are not reused when a schema reached through a $ref in another file changes", async () => {
    await rememberExampleVerdicts();
    forgetVerdicts();
    await writeInvalidExamplesSpec(dir, 4);
    const before = await lint();
    await writeInvalidExamplesSpec(dir, 2); // tag.json: "abc" in the `good` example is now too long
    const remembered = await lint();
    forgetVerdicts();
    const fresh = await lint();
    expect(remembered).toEqual(fresh);
    expect(remembered).not.toEqual(before);
    expect(remembered.join("\n")).toMatch(/examples\/good\/value\/tags\/0 .*must NOT have more than 2 characters/);
  });

  it("are not reused in one session (watch mode) after only the referenced file is parsed again", async () => {
    await rememberExampleVerdicts();
    forgetVerdicts();
    await writeInvalidExamplesSpec(dir, 4);
    const session = await openSpec({
      root: path.join(dir, "openapi.json"),
      configPath: path.join(dir, "redocly.yaml"),
    });
    const show = (problems: LintProblem[]) => problems.map((p) => `${p.ruleId} ${p.pointer} ${p.message}`);
    const before = show(await lintSpec(session));
    const tag = path.join(dir, "tag.json");
    await writeFile(tag, JSON.stringify({ type: "string", maxLength: 2 }));
    session.resolver.cache.delete(tag); // as watch mode's dropChanged does; openapi.json stays parsed
    const after = show(await lintSpec(session));
    expect(after).not.toEqual(before);
    expect(after.join("\n")).toMatch(/examples\/good\/value\/tags\/0 .*must NOT have more than 2 characters/);
  });
});

describe("verdicts kept in a file between runs", () => {
  it("give the same problems in the next process, validating nothing again", async () => {
    await writeInvalidExamplesSpec(dir, 4);
    forgetVerdicts();
    const fresh = await lint();
    const file = path.join(dir, "cache", "verdicts.json");
    const saved = await saveVerdicts(file);
    expect(saved).toBe(verdictStats().misses);

    forgetVerdicts(); // as a new process starts
    expect(await loadVerdicts(file)).toBe(saved);
    expect(await lint()).toEqual(fresh);
    expect(verdictStats()).toMatchObject({ misses: 0, hits: saved });
  });

  it("keep only the last run's verdicts, and ignore a file of another layout", async () => {
    const file = path.join(dir, "cache", "verdicts.json");
    await writeInvalidExamplesSpec(dir, 4);
    forgetVerdicts();
    await lint();
    const all = await saveVerdicts(file);
    await writeInvalidExamplesSpec(dir, 2); // one example's verdict changes: the file keeps the new one, not both
    await lint();
    expect(await saveVerdicts(file)).toBe(all);

    await writeFile(file, JSON.stringify({ version: 0, verdicts: [["k", { valid: true, errors: [] }]] }));
    expect(await loadVerdicts(file)).toBe(0);
    expect(await loadVerdicts(path.join(dir, "missing.json"))).toBe(0);
  });
});

describe("verdictKey", () => {
  const file = "/spec/openapi.json";
  const nodes: Record<string, unknown> = { "/spec/tag.json": { type: "string", maxLength: 4 } };
  const resolve = (node: any, from: string) => {
    const absolute = path.resolve(path.dirname(from), node.$ref);
    return absolute in nodes
      ? { node: nodes[absolute], location: { source: { absoluteRef: absolute }, absolutePointer: `${absolute}#/` } }
      : { node: undefined };
  };
  const options = (extra: object = {}) => ({
    schemaLoc: { source: { absoluteRef: file }, absolutePointer: `${file}#/schema` },
    instancePath: "/example",
    resolve,
    allowAdditionalProperties: false,
    specVersion: "oas3_1",
    ...extra,
  });
  const schema = { type: "array", items: { $ref: "./tag.json" } };

  it("is the same for the same inputs and differs with each of them", () => {
    const key = verdictKey(["a"], schema, options());
    expect(verdictKey(["a"], structuredClone(schema), options())).toBe(key);
    const others = [
      verdictKey(["b"], schema, options()),
      verdictKey(["a"], { ...schema, maxItems: 1 }, options()),
      verdictKey(["a"], schema, options({ instancePath: "/other" })),
      verdictKey(["a"], schema, options({ allowAdditionalProperties: true })),
      verdictKey(["a"], schema, options({ ajvContext: { apiContext: "request" } })),
      verdictKey(["a"], schema, options({ specVersion: "oas3_0" })),
      verdictKey(["a"], { type: "array", items: { $ref: "./missing.json" } }, options()),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it("follows $refs: a changed target changes the key", () => {
    const key = verdictKey(["a"], schema, options());
    nodes["/spec/tag.json"] = { type: "string", maxLength: 2 };
    expect(verdictKey(["a"], schema, options())).not.toBe(key);
  });

  it("tells apart values that JSON does not", () => {
    const keys = [null, Infinity, -Infinity, NaN, "1970-01-01T00:00:00.000Z", new Date(0), undefined].map((value) =>
      verdictKey(value, { type: "string" }, options()),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
