import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { releaseSteps } from "../../scripts/release/release.js";
import { repoRoot, run } from "./helpers.js";

const workflowsDir = path.join(repoRoot, ".github/workflows");
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
const scripts: Record<string, string> = pkg.scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, any>;
  env?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; env?: Record<string, unknown> }>;
}

const workflow = (file: string): Workflow => parseYaml(readFileSync(path.join(workflowsDir, file), "utf8")) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
/** Every shell command a workflow runs or hands to an action (`with: { publish: npm run release }`). */
const commands = (w: Workflow) =>
  steps(w).flatMap((s) => [
    ...(s.run ? s.run.split("\n") : []),
    ...Object.values(s.with ?? {}).filter((v): v is string => typeof v === "string"),
  ]);
/** `npm run [--silent] X` and `npm test` (= `npm run test`) occurrences. */
const npmScripts = (lines: string[]) =>
  lines.flatMap((line) => [
    ...[...line.matchAll(/\bnpm run (?:(?:--silent|-s) )?([\w:-]+)/g)].map((m) => m[1]!),
    ...(/\bnpm (?:test|t)\b/.test(line) ? ["test"] : []),
  ]);

describe(".github/workflows", () => {
  const files = readdirSync(workflowsDir).filter((f) => f.endsWith(".yml"));

  it("has ci, audit and release", () => {
    expect(files.sort()).toEqual(["audit.yml", "ci.yml", "release.yml"]);
  });

  it.each(files)("%s: every npm script it runs exists in package.json", (file) => {
    const used = npmScripts(commands(workflow(file)));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in scripts))).toEqual([]);
  });

  it.each(files)("%s: turns redocly telemetry off, as .ci/run does", (file) => {
    expect(workflow(file).env?.["REDOCLY_TELEMETRY"]).toBe("off");
  });

  it("ci.yml runs what .ci/run runs, plus lint, generate --check and the gate against the base ref", () => {
    const ci = workflow("ci.yml");
    expect(Object.keys(ci.on)).toContain("pull_request");
    const checkout = steps(ci).find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with).toMatchObject({ "fetch-depth": 0, "fetch-tags": true });
    const lines = commands(ci);
    // Every npm command of .ci/run (step labels in quotes aside), with its arguments after `--`.
    const ciRun = readFileSync(path.join(repoRoot, ".ci/run"), "utf8")
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("#"))
      .map((line) => line.replace(/"[^"]*"/g, '""'));
    const ciRunCommands = ciRun.flatMap((line) =>
      [...line.matchAll(/\bnpm (ci|test|run [\w:-]+(?: -- [^|&;)]+)?)/g)].map((m) => `npm ${m[1]!.trim()}`),
    );
    expect(ciRunCommands).toEqual(expect.arrayContaining(["npm ci", "npm run demo", "npm test"]));
    for (const command of ciRunCommands)
      expect(
        lines.some((l) => l.includes(command)),
        command,
      ).toBe(true);
    expect(npmScripts(lines)).toEqual(expect.arrayContaining(["lint", "generate", "test", "spec:diff"]));
    expect(lines).toContain("npm run generate -- --check");
    const gate = steps(ci).find((s) => s.run?.includes("spec:diff"));
    expect(gate?.run).toBe('npm run spec:diff -- "origin/$BASE_REF"');
    expect(gate?.env?.["BASE_REF"]).toBe("${{ github.base_ref }}");
    expect(gate?.if).toBe("github.event_name == 'pull_request'");
  });

  it("audit.yml runs spec:audit weekly and opens an issue on drift (exit 1)", () => {
    const audit = workflow("audit.yml");
    expect(audit.on["schedule"][0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    expect(audit.permissions?.["issues"]).toBe("write");
    const issue = steps(audit).find((s) => s.run?.includes("gh issue create"));
    expect(issue?.if).toBe("steps.audit.outputs.status == '1'");
    expect(npmScripts(commands(audit))).toContain("spec:audit");
  });

  it("release.yml versions with changesets and publishes through `npm run release` with provenance", () => {
    const release = workflow("release.yml");
    expect(release.permissions?.["id-token"]).toBe("write");
    const action = steps(release).find((s) => s.uses?.startsWith("changesets/action@"));
    expect(action?.with?.["publish"]).toBe("npm run release");
    expect(action?.env?.["NPM_CONFIG_PROVENANCE"]).toBe("true");
  });
});

describe("npm run release", () => {
  it("runs the whole check suite and the gate before publishing with provenance", () => {
    expect(scripts["release"]).toBe("node scripts/release/release.js");
    const plan = releaseSteps({ dryRun: false }).map((s) => [path.basename(s.command), ...s.args].join(" "));
    expect(plan[0]).toMatch(/^npm(\.cmd)? test$/);
    expect(plan[1]).toMatch(/^npm(\.cmd)? run spec:diff$/);
    expect(plan[2]).toMatch(/^npm(\.cmd)? publish --provenance$/);
    expect(plan[3]).toMatch(/bin\.js tag$/);
    expect(releaseSteps({ dryRun: true }).map((s) => s.args.join(" "))).toEqual([
      "test",
      "run spec:diff",
      "publish --provenance --dry-run",
    ]);
  });

  it("`npm publish --provenance --dry-run` packs akua-sdk without publishing", async () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const { args } = releaseSteps({ dryRun: true }).at(-1)!;
    // --offline: the dry run needs no registry (without it npm asks who is logged in).
    const result = await run(npm, [...args, "--json", "--offline"], { cwd: repoRoot, timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("(dry-run)");
    const report = JSON.parse(result.stdout)[pkg.name];
    expect(report).toMatchObject({ name: "akua-sdk", version: pkg.version });
    const files: string[] = report.files.map((f: { path: string }) => f.path);
    expect(files).toContain("package.json");
    expect(files.filter((f) => !/^(dist\/|README\.md$|package\.json$|LICENSE)/.test(f))).toEqual([]);
  });

  it("the changesets config and the changelog exist", () => {
    const config = JSON.parse(readFileSync(path.join(repoRoot, ".changeset/config.json"), "utf8"));
    expect(config).toMatchObject({ baseBranch: "main", changelog: "@changesets/cli/changelog", commit: false });
    expect(readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8")).toMatch(/^# akua-sdk\n/);
  });
});
