/**
 * scripts/example-compile.js: the example rules' validators compiled without ajv's code
 * optimizer report exactly what they report with it. (Its own file: the patch is installed
 * for the whole process.)
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { lint } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeInvalidExamplesSpec } from "./fixtures/invalid-examples.js";
import { skipValidatorCodeOptimizer } from "../scripts/example-compile.js";
import { openSpec, repoRoot } from "../scripts/spec-config.js";

const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-compile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function optimizeSetting() {
  const entry = createRequire(import.meta.url).resolve("@redocly/openapi-core");
  const { AjvValidator } = await import(pathToFileURL(path.join(path.dirname(entry), "rules", "ajv.js")).href);
  return new AjvValidator().getAjv(() => undefined, "2020").opts.code.optimize;
}

/** Redocly's own lint, every problem with its rule, severity, place and message. */
async function redocly(options: { root?: string; configPath?: string }) {
  const { root, config, resolver } = await openSpec(options);
  const problems = await lint({ ref: root, config, externalRefResolver: resolver });
  return problems.map((p) => {
    const at = p.location[0];
    return `${p.ruleId} ${p.severity} ${at?.source.absoluteRef}#${at?.pointer} ${at?.reportOnKey} ${p.message}`;
  });
}

describe("example validators without ajv's code optimizer", () => {
  it("report what Redocly's rules report with it, on our spec and on invalid examples", async () => {
    await writeInvalidExamplesSpec(dir, 2);
    const fixture = { root: path.join(dir, "openapi.json"), configPath: path.join(dir, "redocly.yaml") };
    expect(await optimizeSetting()).toBe(1);
    const shipped = { fixture: await redocly(fixture), ours: await redocly({}) };
    expect(shipped.fixture.filter((p) => /Example value must conform/.test(p)).length).toBeGreaterThanOrEqual(5);

    expect(await skipValidatorCodeOptimizer()).toBe(true);
    expect(await optimizeSetting()).toBe(0);
    expect(await redocly(fixture)).toEqual(shipped.fixture);
    expect(await redocly({})).toEqual(shipped.ours);
  });

  it("is what lintSpec (npm run lint, generate) uses", async () => {
    // a process of its own: the test above installed the patch in this one
    const script = `
      import { lintSpec } from "./scripts/lint.js";
      import { openSpec } from "./scripts/spec-config.js";
      import { createRequire } from "node:module";
      import path from "node:path";
      await lintSpec(await openSpec({ root: ${JSON.stringify(path.join(dir, "openapi.json"))}, configPath: ${JSON.stringify(path.join(dir, "redocly.yaml"))} }));
      const entry = createRequire(import.meta.url).resolve("@redocly/openapi-core");
      const { AjvValidator } = await import(path.join(path.dirname(entry), "rules", "ajv.js"));
      console.log(new AjvValidator().getAjv(() => undefined, "2020").opts.code.optimize);`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    expect(stdout.trim()).toBe("0");
  });
});
