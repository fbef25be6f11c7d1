/**
 * `npm run release`: every check, then `npm publish --provenance`, then the release tag.
 *
 *   node scripts/release/release.js [--dry-run]
 *
 * 1. Nothing to do when `v<version>` is already tagged (the release workflow calls this on every
 *    push to main that has no pending changeset).
 * 2. `npm test`: lint, `generate --check`, prettier, tsc, build, vitest, packaging checks.
 * 3. `npm run spec:diff`: the spec's changes since the last release tag are covered by the
 *    version bump `changeset version` applied (with `BREAKING:` in CHANGELOG.md below 1.0.0).
 * 4. `npm publish --provenance` (provenance needs CI with an OIDC token: the release workflow).
 * 5. `changeset tag`: tags `v<version>`; the workflow pushes it.
 *
 * `--dry-run` runs the same checks, then `npm publish --provenance --dry-run`, and tags nothing.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../spec-config.js";
import { git } from "./git.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const STEP_TIMEOUT_MS = 30 * 60_000;

/**
 * @typedef {object} ReleaseStep
 * @property {string} title
 * @property {string} command
 * @property {string[]} args
 */

/**
 * The release, step by step (pure: tests check the order).
 * @param {{ dryRun: boolean }} options
 * @returns {ReleaseStep[]}
 */
export function releaseSteps({ dryRun }) {
  /** @type {ReleaseStep[]} */
  const steps = [
    { title: "check suite", command: npm, args: ["test"] },
    { title: "breaking-change gate", command: npm, args: ["run", "spec:diff"] },
    {
      title: dryRun ? "publish (dry run)" : "publish",
      command: npm,
      args: ["publish", "--provenance", ...(dryRun ? ["--dry-run"] : [])],
    },
  ];
  if (!dryRun) {
    steps.push({
      title: "tag",
      command: process.execPath,
      args: [path.join(repoRoot, "node_modules", "@changesets", "cli", "bin.js"), "tag"],
    });
  }
  return steps;
}

function main() {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => a !== "--dry-run");
  if (unknown.length > 0) {
    console.error(`release: unknown argument ${unknown[0]} (usage: npm run release [-- --dry-run])`);
    process.exitCode = 2;
    return;
  }
  const dryRun = argv.includes("--dry-run");
  const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
  const tag = `v${version}`;
  if (git(["tag", "--list", tag], { cwd: repoRoot }).trim() === tag) {
    console.log(`release: ${name}@${version} is already tagged ${tag}: nothing to release`);
    return;
  }
  for (const step of releaseSteps({ dryRun })) {
    console.log(`\nrelease: ${step.title}: ${[path.basename(step.command), ...step.args].join(" ")}`);
    const result = spawnSync(step.command, step.args, { cwd: repoRoot, stdio: "inherit", timeout: STEP_TIMEOUT_MS });
    if (result.status !== 0) {
      console.error(
        `release: ${step.title} failed (${result.error?.message ?? `exit code ${result.status}`}); nothing published`,
      );
      process.exitCode = 1;
      return;
    }
  }
  console.log(`\nrelease: ${dryRun ? "dry run of " : ""}${name}@${version} done`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}; nothing published`);
    process.exitCode = 1;
  }
}
