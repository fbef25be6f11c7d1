/**
 * `npm run generate`: lint -> bundle -> types -> facts, in one Node process,
 * printing each step's time.
 *
 *   node scripts/generate.js [--check] [--root <file>] [--out <dir>] [--lint=fail|report]
 *
 * --check        regenerate in memory, write nothing, exit 1 naming stale files
 * --root <file>  another description (default openapi/openapi.yaml)
 * --out <dir>    where to write (default generated/; for another --root a temp dir)
 * --lint=report  print lint problems and go on (default `fail`: stop on any error)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { bundleSpec, serializeBundle } from "./bundle.js";
import { buildFacts, renderFacts } from "./facts.js";
import { formatProblem, lintSpec, summarize } from "./lint.js";
import { defaultOutDir, defaultSpecRoot, openSpec, repoRoot } from "./spec-config.js";
import { generateTypes } from "./types.js";

/** The files the pipeline owns in its output folder. */
export const OUTPUT_FILES = ["openapi.json", "openapi.ts", "facts.ts"];

/**
 * @typedef {object} PipelineOptions
 * @property {string} [root]
 * @property {"fail" | "report"} [lint]
 * @property {import("@redocly/openapi-core").BaseResolver} [resolver] serve files from memory (tests)
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} PipelineResult
 * @property {Map<string, string>} files file name (in the output folder) -> contents
 * @property {import("./lint.js").LintProblem[]} problems
 * @property {{ step: string, ms: number }[]} timings
 */

export class LintFailure extends Error {
  /** @param {import("./lint.js").LintProblem[]} problems */
  constructor(problems) {
    const { errors, warnings } = summarize(problems);
    super(`lint failed: ${errors} error(s), ${warnings} warning(s)`);
    this.name = "LintFailure";
    this.problems = problems;
  }
}

/**
 * Runs every step in memory and returns the outputs; writes nothing.
 * @param {PipelineOptions} [options]
 * @returns {Promise<PipelineResult>}
 */
export async function runPipeline(options = {}) {
  const log = options.log ?? (() => {});
  /** @type {{ step: string, ms: number }[]} */
  const timings = [];
  /**
   * @template T
   * @param {string} step
   * @param {() => Promise<T> | T} fn
   * @returns {Promise<T>}
   */
  const time = async (step, fn) => {
    const start = performance.now();
    const value = await fn();
    const ms = performance.now() - start;
    timings.push({ step, ms });
    log(`${step.padEnd(7)} ${ms.toFixed(0).padStart(6)} ms`);
    return value;
  };

  const session = await time("config", () => openSpec({ root: options.root, resolver: options.resolver }));
  const problems = await time("lint", () => lintSpec(session));
  const { errors } = summarize(problems);
  if (errors > 0 && (options.lint ?? "fail") === "fail") throw new LintFailure(problems);

  const { document, problems: bundleProblems } = await time("bundle", () => bundleSpec(session));
  if (bundleProblems.length > 0) throw new Error(`bundle failed:\n${bundleProblems.join("\n")}`);
  const types = await time("types", () => generateTypes(document));
  const facts = await time("facts", () => renderFacts(buildFacts(document)));

  const files = new Map([
    ["openapi.json", serializeBundle(document)],
    ["openapi.ts", types],
    ["facts.ts", facts],
  ]);
  return { files, problems, timings };
}

/**
 * Names the files in `dir` whose contents differ from `files` (or are missing).
 * @param {Map<string, string>} files
 * @param {string} dir
 */
export async function staleFiles(files, dir) {
  const stale = [];
  for (const [name, contents] of files) {
    const current = await readFile(path.join(dir, name), "utf8").catch(() => undefined);
    if (current !== contents) stale.push(name);
  }
  return stale;
}

/** @param {string[]} argv */
export function parseArgs(argv) {
  /** @type {{ check: boolean, root?: string, out?: string, lint: "fail" | "report" }} */
  const args = { check: false, lint: "fail" };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag, inline] = arg.split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--check") args.check = true;
    else if (flag === "--root") args.root = path.resolve(value());
    else if (flag === "--out") args.out = path.resolve(value());
    else if (flag === "--lint") {
      const mode = value();
      if (mode !== "fail" && mode !== "report") throw new Error(`--lint takes fail or report, not ${mode}`);
      args.lint = mode;
    } else throw new Error(`unknown argument ${arg} (see the header of scripts/generate.js)`);
  }
  return args;
}

async function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const root = args.root ?? defaultSpecRoot;
  const outDir =
    args.out ??
    (root === defaultSpecRoot ? defaultOutDir : path.join(os.tmpdir(), "akua-generate", path.basename(root)));
  const rel = (/** @type {string} */ p) => (p.startsWith(repoRoot) ? path.relative(repoRoot, p) : p);
  console.log(`generate: ${rel(root)} -> ${rel(outDir)}${args.check ? " (check)" : ""}`);

  /** @type {PipelineResult} */
  let result;
  try {
    result = await runPipeline({ root, lint: args.lint, log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    if (error instanceof LintFailure) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(`generate: ${error.message}; nothing generated (use --lint=report to go on)`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (result.problems.length > 0) {
    const { errors, warnings } = summarize(result.problems);
    for (const p of result.problems.slice(0, 20)) console.log(`  ${formatProblem(p)}`);
    if (result.problems.length > 20) console.log(`  ... ${result.problems.length - 20} more`);
    console.log(`  lint reported ${errors} error(s), ${warnings} warning(s)`);
  }

  const stale = await staleFiles(result.files, outDir);
  const total = `${(performance.now() - started).toFixed(0)} ms`;
  if (args.check) {
    if (stale.length > 0) {
      console.error(`generate --check: stale: ${stale.map((f) => rel(path.join(outDir, f))).join(", ")}`);
      console.error("run `npm run generate` and commit the result");
      process.exitCode = 1;
    } else {
      console.log(`generate --check: ${rel(outDir)} is up to date (${total})`);
    }
    return;
  }
  await mkdir(outDir, { recursive: true });
  for (const name of stale) await writeFile(path.join(outDir, name), /** @type {string} */ (result.files.get(name)));
  const wrote = stale.length > 0 ? `wrote ${stale.join(", ")}` : "no changes";
  console.log(`generate: ${wrote} (${total})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
