/**
 * Runs `redocly diff <base> <revision>` from the pinned @redocly/cli (experimental in 2.x) and
 * returns its JSON report's changes: every change rated by the semver bump it needs, direction-
 * aware (a narrower request constraint breaks callers, a narrower response does not).
 *
 * One bounded child process per pair (about half a second). The CLI takes exactly one pair; to
 * rate many cases at once, put them side by side in one pair of documents.
 *
 * Configuration: the CLI turns its diff rules on only for configs that extend
 * `diff-recommended`; the project's redocly.yaml extends `recommended` (lint), so a run from the
 * repository root would rate every change as a plain minor/patch. Each run therefore gets its
 * own config file (`extends: [diff-recommended]`) in a temp folder, and a run that still says
 * "No diff rules are on" is an error, never a silent pass. `--check-version` is never used:
 * `info.version` is the API's version, not the package's.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../spec-config.js";

export const REDOCLY_CLI = path.join(repoRoot, "node_modules", "@redocly", "cli", "bin", "cli.js");

const DIFF_CONFIG = "# written by scripts/release/redocly-diff.js\nextends:\n  - diff-recommended\n";

/** @typedef {"major" | "minor" | "patch"} Impact */

/**
 * @typedef {object} RedoclyVerdict
 * @property {string} ruleId e.g. `property-removed`
 * @property {Impact} impact
 * @property {string} message
 * @property {{ file: string, pointer: string }} [location]
 */

/**
 * @typedef {object} RedoclySide
 * @property {string} pointer JSON pointer in that document (`#/components/schemas/Cluster/...`)
 * @property {unknown} [value] absent for a change of a node's `required` list etc.
 */

/**
 * One change of `redocly diff --format json` (reportVersion 1).
 * @typedef {object} RedoclyChange
 * @property {string} path pointer along the traversal, e.g.
 *   `#/paths/~1clusters~1{id}/get/responses/200/content/application~1json/schema/properties/name`
 *   (a node shared by several operations is reported once, under the first one that reaches it)
 * @property {string} typeName `Schema`, `Parameter`, `PathItem`, ...
 * @property {"added" | "removed" | "modified"} kind
 * @property {Impact} impact
 * @property {RedoclyVerdict[]} verdicts the rules that fired (none: the kind's default impact)
 * @property {string} [property] for `modified`: the keyword that changed (`enum`, `maxLength`, `key`, ...)
 * @property {RedoclySide} [base]
 * @property {RedoclySide} [revision]
 */

export class RedoclyDiffError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RedoclyDiffError";
  }
}

/**
 * @param {string} baseFile
 * @param {string} revisionFile
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ changes: RedoclyChange[], ms: number }>}
 */
export async function redoclyDiff(baseFile, revisionFile, options = {}) {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), "akua-redocly-diff-"));
  const started = performance.now();
  try {
    const config = path.join(dir, "redocly.yaml");
    const output = path.join(dir, "diff.json");
    await writeFile(config, DIFF_CONFIG);
    const args = [
      REDOCLY_CLI,
      "diff",
      path.resolve(baseFile),
      path.resolve(revisionFile),
      "--config",
      config,
      "--lint-config",
      "off",
      "--format",
      "json",
      "--fail-on",
      "none",
      "--output",
      output,
    ];
    const { code, stderr } = await run(process.execPath, args, { cwd: dir, timeoutMs });
    const notes = cleanOutput(stderr);
    if (code !== 0) throw new RedoclyDiffError(`redocly diff exited with ${code}: ${notes || "(no output)"}`);
    if (/No diff rules are on/.test(stderr)) throw new RedoclyDiffError(`redocly diff ran without its rules: ${notes}`);
    /** @type {any} */
    const report = JSON.parse(await readFile(output, "utf8"));
    if (report?.reportVersion !== "1" || !Array.isArray(report.changes)) {
      throw new RedoclyDiffError(`redocly diff: unexpected report (reportVersion ${report?.reportVersion})`);
    }
    return { changes: report.changes, ms: performance.now() - started };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Writes two in-memory documents to a temp folder and diffs them.
 * @param {unknown} base
 * @param {unknown} revision
 * @param {{ timeoutMs?: number }} [options]
 */
export async function redoclyDiffDocuments(base, revision, options) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "akua-diff-docs-"));
  try {
    const baseFile = path.join(dir, "base.json");
    const revisionFile = path.join(dir, "revision.json");
    await writeFile(baseFile, JSON.stringify(base));
    await writeFile(revisionFile, JSON.stringify(revision));
    return await redoclyDiff(baseFile, revisionFile, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Stderr without the CLI's box-drawn banners (Node 20 end-of-life notice) and blank lines.
 * @param {string} text
 */
function cleanOutput(text) {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !/[║╔╚═]/.test(line))
    .join("\n")
    .slice(-2000);
}

/**
 * Spawns a process with a hard timeout; collects (at most 1 MB of) stderr.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, timeoutMs: number }} options
 * @returns {Promise<{ code: number | null, stderr: string }>}
 */
function run(command, args, { cwd, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 1_000_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new RedoclyDiffError(`redocly diff did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new RedoclyDiffError(`redocly diff could not start: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
