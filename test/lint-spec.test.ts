import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseYaml } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editingResolver } from "./fixtures/editing-resolver.js";
import { OPERATION_RULES, operationDeviations, type Deviation } from "../scripts/lint-deviations.js";
import { formatProblem, lintSpec } from "../scripts/lint.js";
import { openSpec, repoRoot } from "../scripts/spec-config.js";

const run = promisify(execFile);
const referencePath = path.resolve(repoRoot, "../shared/akua-api/reference-expanded.json");
const hasReference = existsSync(referencePath);
if (!hasReference) {
  console.warn(`skipping the real-API deviation check: ${referencePath} is not beside this checkout`);
}

/** Removes the first line matching `line` that follows the line `method:` (a YAML top-level key). */
function dropParameter(method: string, line: string) {
  return (text: string) => {
    const start = `\n${text}`.indexOf(`\n${method}:\n`);
    const at = text.indexOf(line, start);
    if (start < 0 || at < 0) throw new Error(`no ${line} under ${method}:`);
    const end = text.indexOf("\n", at);
    return text.slice(0, text.lastIndexOf("\n", at)) + text.slice(end);
  };
}

const key = (d: Deviation) => `${d.operation}  ${d.rule}`;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "akua-lint-spec-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("the spec under the project's lint rules", () => {
  it("lints clean (every deviation is listed in the ignore file)", async () => {
    const problems = await lintSpec(await openSpec());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("the ignore file lists exactly the spec's deviations, by file, rule and pointer", async () => {
    const ours = await operationDeviations();
    const ignore = parseYaml(await readFile(path.join(repoRoot, ".redocly.lint-ignore.yaml"), "utf8")) as Record<
      string,
      Record<string, string[]>
    >;
    // Operation rules only: the schema-rule exceptions at the end of the file are not deviations.
    const listed = Object.entries(ignore).flatMap(([file, rules]) =>
      Object.entries(rules)
        .filter(([rule]) => OPERATION_RULES.includes(rule))
        .flatMap(([rule, pointers]) => pointers.map((p) => `${file} ${rule} ${p}`)),
    );
    const found = ours.map((d) => `${path.relative(repoRoot, d.file)} ${d.rule} ${d.pointer}`);
    expect(listed.sort()).toEqual(found.sort());
    expect(ours.length).toBeGreaterThan(0);
  });

  it.skipIf(!hasReference)(
    "those deviations are the real API's: the same rules find the same ones in its structure",
    async () => {
      // The reference has no prose and no vendor extensions: give it our x-akua-retry-safe marks
      // (an annotation of ours, not a fact about the API) and compare operation deviations.
      const reference = JSON.parse(await readFile(referencePath, "utf8"));
      const bundled = JSON.parse(await readFile(path.join(repoRoot, "generated", "openapi.json"), "utf8"));
      for (const [p, item] of Object.entries<any>(bundled.paths)) {
        for (const [method, op] of Object.entries<any>(item)) {
          if (op?.["x-akua-retry-safe"] === true) reference.paths[p][method]["x-akua-retry-safe"] = true;
        }
      }
      const annotated = path.join(tmp, "reference-annotated.json");
      await writeFile(annotated, JSON.stringify(reference));
      const theirs = await operationDeviations({ root: annotated });
      const ours = await operationDeviations();
      expect(ours.map(key)).toEqual(theirs.map(key));
    },
  );
});

describe("lint catches a forgotten header", () => {
  it("removing if-match from PATCH /clusters/{id} fails lint", async () => {
    const resolver = editingResolver(
      "openapi/paths/clusters_{id}.yaml",
      dropParameter("patch", '$ref: "../components/parameters/IfMatch.yaml"'),
    );
    const problems = await lintSpec(await openSpec({ resolver }));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^openapi\/paths\/clusters_\{id\}\.yaml:\d+:\d+ {2}error {2}akua\/operation-if-match {2}PATCH \/clusters\/\{id\} /,
      ),
    ]);
  });

  it("removing idempotency-key from POST /clusters:import fails lint", async () => {
    const resolver = editingResolver(
      "openapi/paths/clusters@import.yaml",
      dropParameter("post", '$ref: "../components/parameters/IdempotencyKey.yaml"'),
    );
    const problems = await lintSpec(await openSpec({ resolver }));
    expect(problems.map((p) => `${p.ruleId} ${p.file}`)).toEqual([
      "akua/operation-idempotency-key openapi/paths/clusters@import.yaml",
    ]);
  });

  it("`npm run lint` (scripts/lint.js) exits 1 with the rule's name and file:line", async () => {
    const copy = path.join(tmp, "repo");
    for (const entry of ["openapi", "scripts", "redocly.yaml", ".redocly.lint-ignore.yaml", "package.json"]) {
      await cp(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
    }
    await symlink(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
    const file = path.join(copy, "openapi/paths/clusters_{id}.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(file, dropParameter("patch", '$ref: "../components/parameters/IfMatch.yaml"')(text));

    const result = await run(process.execPath, ["scripts/lint.js"], {
      cwd: copy,
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => e,
    );
    expect(result.code).toBe(1);
    const line = text.slice(0, text.indexOf("\npatch:")).split("\n").length + 1;
    expect(result.stdout).toMatch(
      new RegExp(`^openapi/paths/clusters_\\{id\\}\\.yaml:\\d+:\\d+ {2}error {2}akua/operation-if-match `, "m"),
    );
    const reported = Number(/clusters_\{id\}\.yaml:(\d+):/.exec(result.stdout)?.[1]);
    expect(reported).toBeGreaterThan(line);
    expect(result.stdout).toMatch(/lint: 1 error\(s\)/);
  });
});
