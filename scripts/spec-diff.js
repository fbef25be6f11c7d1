/**
 * `npm run spec:diff -- [git-ref]`: the breaking-change gate.
 *
 * Bundles openapi/ as it was at the ref (default: the latest `vX.Y.Z` tag reachable from HEAD,
 * i.e. the last release) and as it is in the working tree, rates every change with
 * `redocly diff` plus the project's rules (scripts/release/verdicts.js), and checks that the
 * pending changesets (or a version bump already applied by `changeset version`) declare at least
 * the bump the changes need (scripts/release/gate.js). Prints each change and the verdict.
 *
 *   node scripts/spec-diff.js [git-ref]
 *
 * Exit codes: 0 the declared bump covers the changes (or there is no release tag yet),
 * 1 the changes need more than is declared, 2 usage or environment error.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bundleSpecAt, extractAt } from "./release/bundle-at.js";
import { changelogMarksBreaking, readPendingChangesets } from "./release/changesets.js";
import { checkGate, describeDeclarations } from "./release/gate.js";
import { isGitRepository, latestReleaseTag, resolveCommit } from "./release/git.js";
import { rateSpecs } from "./release/rate.js";
import { bumpBetween, parseVersion } from "./release/semver.js";
import { requiredBump, specFileFor } from "./release/verdicts.js";
import { defaultSpecRoot, repoRoot } from "./spec-config.js";

/** Patch-level changes (prose, examples, extensions, widened constraints) listed at most. */
const PATCH_LINES = 10;

/**
 * @param {string[]} argv
 * @returns {{ ref?: string, help: boolean }}
 */
export function parseArgs(argv) {
  /** @type {{ ref?: string, help: boolean }} */
  const args = { help: false };
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg} (usage: spec:diff [git-ref])`);
    else if (args.ref !== undefined) throw new UsageError(`one git ref at most (got ${args.ref} and ${arg})`);
    else args.ref = arg;
  }
  return args;
}

class UsageError extends Error {}

/**
 * @param {string} file
 * @returns {Promise<any>}
 */
async function readJson(file) {
  return JSON.parse(await readFile(file, "utf8"));
}

/**
 * @param {{ ref?: string, repo?: string, log?: (line: string) => void }} options
 * @returns {Promise<number>} the exit code
 */
export async function runSpecDiff(options) {
  const repo = options.repo ?? repoRoot;
  const log = options.log ?? console.log;
  if (!isGitRepository(repo)) throw new UsageError(`${repo} is not a git work tree`);

  const ref = options.ref ?? latestReleaseTag(repo);
  if (ref === undefined) {
    log("spec:diff: no release tag (vX.Y.Z) yet, so there is no released spec to compare with: nothing to check");
    return 0;
  }
  const commit = resolveCommit(ref, repo);
  if (commit === undefined) throw new UsageError(`unknown git ref ${ref}`);

  const pkg = await readJson(path.join(repo, "package.json"));
  const name = String(pkg.name);
  const toVersion = String(pkg.version);

  const tmp = await mkdtemp(path.join(os.tmpdir(), "akua-spec-diff-"));
  try {
    const files = await extractAt(commit, ["openapi", "package.json"], repo, tmp);
    const baseRoot = path.join(tmp, "openapi", "openapi.yaml");
    if (!files.has("openapi/openapi.yaml")) throw new UsageError(`${ref} has no openapi/openapi.yaml to compare with`);
    const refPkg = files.get("package.json");
    const refVersion = refPkg ? String(JSON.parse(refPkg.toString("utf8")).version) : undefined;
    const fromVersion = refVersion && parseVersion(refVersion) ? refVersion : toVersion;

    log(`spec:diff: openapi/ at ${ref} (${commit.slice(0, 7)}) -> working tree; ${name} ${fromVersion}`);
    const base = await bundleSpecAt(baseRoot, { lint: true, ignoreAs: path.join(repo, "openapi") });
    const problems = base.lint ? base.lint.errors + base.lint.warnings : 0;
    const lintNote = problems > 0 ? `${problems} problem(s) by today's rules, reported only` : "clean";
    log(`  ${ref}: linted (${lintNote}) and bundled in ${base.ms.toFixed(0)} ms`);
    const workingRoot = path.join(repo, path.relative(repoRoot, defaultSpecRoot));
    const working = await bundleSpecAt(workingRoot);
    log(`  working tree: bundled in ${working.ms.toFixed(0)} ms`);

    const { verdicts, changes, ms } = await rateSpecs(base.document, working.document);
    log(
      ms > 0
        ? `  redocly diff: ${changes} change(s) in ${ms.toFixed(0)} ms`
        : "  redocly diff: not needed, the structure is the same",
    );
    const required = requiredBump(verdicts);

    const fileNote = (/** @type {import("./release/verdicts.js").Verdict} */ v) => {
      const file = specFileFor(v.change?.revision?.pointer ?? v.change?.base?.pointer);
      return file && (existsSync(path.join(repo, file)) || files.has(file)) ? `  ${file}` : "";
    };
    const listed = verdicts.filter((v) => v.impact !== "patch");
    const patches = verdicts.filter((v) => v.impact === "patch");
    if (verdicts.length > 0) log("");
    for (const v of [...listed, ...patches.slice(0, PATCH_LINES)]) {
      const label = v.impact === "major" ? "MAJOR" : v.impact;
      log(`  ${label.padEnd(5)}  ${v.operation}${v.where ? `  ${v.where}` : ""}`);
      const rules = v.rules.length > 0 ? ` [${v.rules.join(", ")}]` : "";
      log(`         ${v.message}${rules}${fileNote(v)}`);
      if (v.policy) log(`         redocly: ${v.redocly}; gate: ${v.impact} (${v.policy})`);
    }
    if (patches.length > PATCH_LINES) log(`  ... and ${patches.length - PATCH_LINES} more patch-level change(s)`);
    if (verdicts.length > 0) log("");

    /** @type {import("./release/gate.js").Declaration[]} */
    const declarations = (await readPendingChangesets(repo, name)).map((c) => ({
      source: c.file,
      bump: c.bump,
      breaking: c.breaking,
    }));
    const applied = bumpBetween(fromVersion, toVersion);
    if (applied !== "none") {
      const changelog = await readFile(path.join(repo, "CHANGELOG.md"), "utf8").catch(() => "");
      declarations.push({
        source: `package.json ${fromVersion} -> ${toVersion}`,
        bump: applied,
        breaking: changelogMarksBreaking(changelog, fromVersion, toVersion),
      });
    }
    const gate = checkGate({ required, fromVersion, declarations });
    log(`needs: ${required === "none" ? "nothing" : required} -> ${gate.need}`);
    log(`declared: ${describeDeclarations(declarations).join("; ")}`);
    if (gate.ok) {
      log(`spec:diff: passed${gate.covering.length > 0 ? ` (${gate.covering[0]?.source})` : ""}`);
      return 0;
    }
    const majorHint =
      parseVersion(fromVersion)?.major === 0
        ? "pick `minor`, and start a summary line with `BREAKING:` saying what breaks and how to migrate"
        : "pick `major`, and say in the summary what breaks and how to migrate";
    log(`spec:diff: FAILED: the changes above need ${gate.need}`);
    log(`  run \`npx changeset\`, ${required === "major" ? majorHint : `pick \`${required}\``}`);
    return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main() {
  let code;
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log("usage: npm run spec:diff -- [git-ref]   (default: the latest vX.Y.Z tag)");
      return;
    }
    code = await runSpecDiff({ ref: args.ref });
  } catch (error) {
    console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}`);
    code = 2;
  }
  process.exitCode = code;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
