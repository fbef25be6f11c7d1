import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, git, repoRoot, runNode } from "./helpers.js";

// A scratch repository as a clean clone would be: the pipeline scripts, redocly.yaml and the
// changesets config of this repository, a small split spec, node_modules linked. Each step
// commits a change and runs `node scripts/spec-diff.js` there, as `npm run spec:diff` does.
let repo: string;
const widget = () => path.join(repo, "openapi/components/schemas/Widget.yaml");
const widgetPaths = () => path.join(repo, "openapi/paths/widgets_{id}.yaml");

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to));
}
async function setVersion(version: string) {
  const file = path.join(repo, "package.json");
  const pkg = JSON.parse(await readFile(file, "utf8"));
  await writeFile(file, `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
}
async function writeChangeset(name: string, bump: string, summary: string) {
  await writeFile(path.join(repo, ".changeset", `${name}.md`), `---\n"akua-sdk": ${bump}\n---\n\n${summary}\n`);
}
async function commit(message: string) {
  await git(repo, "add", "-A");
  await git(repo, "commit", "-q", "-m", message);
}
async function specDiff(...args: string[]) {
  const result = await runNode(path.join(repo, "scripts/spec-diff.js"), args, { cwd: repo });
  return { ...result, output: result.stdout + result.stderr };
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), "akua-spec-diff-repo-"));
  await cp(path.join(repoRoot, "scripts"), path.join(repo, "scripts"), { recursive: true });
  await cp(path.join(repoRoot, "redocly.yaml"), path.join(repo, "redocly.yaml"));
  await cp(path.join(fixtures, "scratch/openapi"), path.join(repo, "openapi"), { recursive: true });
  await mkdir(path.join(repo, ".changeset"));
  await cp(path.join(repoRoot, ".changeset/config.json"), path.join(repo, ".changeset/config.json"));
  await writeFile(path.join(repo, "CHANGELOG.md"), "# akua-sdk\n");
  await writeFile(path.join(repo, ".gitignore"), "node_modules\n");
  await symlink(path.join(repoRoot, "node_modules"), path.join(repo, "node_modules"), "dir");
  await writeFile(
    path.join(repo, "package.json"),
    `${JSON.stringify({ name: "akua-sdk", version: "0.1.0", type: "module" }, null, 2)}\n`,
  );
  await git(repo, "init", "-q");
  await commit("initial spec");
}, 60_000);

afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe("spec:diff in a scratch git repository", () => {
  it("passes, saying so, while there is no release tag", async () => {
    const result = await specDiff();
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/no release tag \(vX\.Y\.Z\) yet/);
  });

  it("fails on a committed breaking change without a changeset, naming it (0.x)", async () => {
    await git(repo, "tag", "v0.1.0");
    await edit(widget(), "required: [id, name, state]", "required: [id, state]");
    await edit(widget(), "  name:\n    type: string\n    description: Display name.\n", "");
    await commit("drop Widget.name");
    const result = await specDiff();
    expect(result.code, result.output).toBe(1);
    expect(result.stdout).toMatch(/openapi\/ at v0\.1\.0 \([0-9a-f]{7}\) -> working tree; akua-sdk 0\.1\.0/);
    expect(result.stdout).toMatch(/MAJOR\s+GET \/widgets\/\{id\}\s+responses\/200\/.*properties\/name/);
    expect(result.stdout).toContain("Property `name` of `Widget` was removed. [property-removed]");
    expect(result.stdout).toContain("openapi/components/schemas/Widget.yaml");
    expect(result.stdout).toMatch(
      /FAILED: the changes above need a `minor` changeset whose summary has a line starting `BREAKING:`/,
    );
  });

  it("passes once a minor changeset has a BREAKING: line (0.x)", async () => {
    await writeChangeset("drop-name", "minor", "Drop `Widget.name`.\n\nBREAKING: `Widget.name` is gone; use `id`.");
    const result = await specDiff();
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("declared: .changeset/drop-name.md: minor (BREAKING:)");
    expect(result.stdout).toContain("spec:diff: passed (.changeset/drop-name.md)");
  });

  it("still passes after `changeset version` consumed it (what `npm run release` checks)", async () => {
    await commit("changeset");
    const version = await runNode(path.join(repo, "node_modules/@changesets/cli/bin.js"), ["version"], { cwd: repo });
    expect(version.code, version.stdout + version.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")).version).toBe("0.2.0");
    expect(await readFile(path.join(repo, "CHANGELOG.md"), "utf8")).toMatch(
      /## 0\.2\.0[\s\S]*BREAKING: `Widget\.name`/,
    );
    const result = await specDiff();
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("declared: package.json 0.1.0 -> 0.2.0: minor (BREAKING:)");
  });

  it("from 1.0.0, a minor with BREAKING: is not enough; a major is", async () => {
    await setVersion("1.0.0");
    await commit("release 1.0.0");
    await git(repo, "tag", "v1.0.0");
    await edit(widgetPaths(), "enum: [small, large]", "enum: [small]");
    await writeChangeset("narrow-size", "minor", "BREAKING: `size` no longer accepts `large`.");
    await commit("narrow size");
    const minor = await specDiff();
    expect(minor.code, minor.output).toBe(1);
    expect(minor.stdout).toMatch(/openapi\/ at v1\.0\.0 .*akua-sdk 1\.0\.0/);
    expect(minor.stdout).toMatch(
      /Enum of `size` lost values: 'large' \(callers that send them stop compiling\)\. \[enum-values-removed\]/,
    );
    expect(minor.stdout).toContain("FAILED: the changes above need a `major` changeset (the package is 1.0.0)");

    await writeChangeset("narrow-size", "major", "`size` no longer accepts `large`.");
    const major = await specDiff("v1.0.0");
    expect(major.code, major.output).toBe(0);
    expect(major.stdout).toContain("spec:diff: passed (.changeset/narrow-size.md)");
  });

  it("exits 2 on an unknown ref", async () => {
    const result = await specDiff("no-such-ref");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("spec:diff: unknown git ref no-such-ref");
  });
});
