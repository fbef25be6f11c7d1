/**
 * scripts/build-outputs.js: watch mode's bundle and outputs, made in the types worker.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalSpec } from "./fixtures/minimal-spec.js";
import { buildOutputs } from "../scripts/build-outputs.js";
import { OUTPUT_FILES } from "../scripts/pipeline.js";
import { defaultSpecRoot, redoclyConfigPath, repoRoot } from "../scripts/spec-config.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-build-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("buildOutputs", () => {
  it("makes what `npm run generate` makes", async () => {
    const built = await buildOutputs({
      root: defaultSpecRoot,
      configPath: redoclyConfigPath,
      reconfigure: true,
      report: false,
    });
    expect(built.files.map(([name]) => name).sort()).toEqual([...OUTPUT_FILES].sort());
    for (const [name, contents] of built.files) {
      expect(contents, name).toBe(await readFile(path.join(repoRoot, "generated", name), "utf8"));
    }
    expect(built.timings.map((t) => t.step)).toEqual(["bundle", "facts", "types"]);
  });

  it("makes nothing from a bundle with problems unless asked to report", async () => {
    const spec = minimalSpec();
    spec.paths["/widgets"].post.requestBody.content["application/json"].schema = { $ref: "./missing.json" };
    const root = path.join(dir, "openapi.json");
    await writeFile(root, JSON.stringify(spec));
    const request = { root, configPath: redoclyConfigPath, reconfigure: true };
    const failed = await buildOutputs({ ...request, report: false });
    expect(failed.files).toEqual([]);
    expect(failed.bundleProblems.join("\n")).toMatch(/missing\.json/);
    // --lint=report goes on, and fails where `generate --root` fails (the facts step, then types)
    await expect(buildOutputs({ ...request, report: true })).rejects.toThrow(/missing\.json/);
  });
});
