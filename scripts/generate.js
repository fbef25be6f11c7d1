/**
 * `npm run generate`: lint, bundle, types and facts in one Node process, printing
 * each step's time.
 *
 *   node scripts/generate.js [--check] [--watch] [--root <file>] [--out <dir>] [--config <file>] [--lint=fail|report] [--no-cache]
 *
 * --check         regenerate in memory, write nothing, exit 1 naming stale files
 * --watch         stay up and regenerate on every change of the spec's folder or the
 *                 Redocly config (scripts/watch.js); Ctrl-C ends it
 * --root <file>   another description (default openapi/openapi.yaml)
 * --out <dir>     where to write (default generated/; for another --root a temp dir)
 * --config <file> another redocly.yaml (default the repository's)
 * --lint=report   print lint problems and go on (default `fail`: stop on any error)
 * --no-cache      validate every example anew, without the verdicts of the last run
 *                 (node_modules/.cache/akua-sdk/, scripts/example-verdicts.js)
 *
 * The steps run in scripts/pipeline.js (types in a worker thread beside lint). Nothing
 * is written unless lint passes, and files are replaced whole (scripts/write-outputs.js).
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { verdictFile } from "./example-verdicts.js";
import { formatProblem, summarize } from "./lint-format.js";
import { LintFailure, OUTPUT_FILES, runPipeline } from "./pipeline.js";
import { defaultOutDir, defaultSpecRoot, redoclyConfigPath, repoRoot } from "./spec-config.js";
import { watchSpec } from "./watch.js";
import { staleFiles, writeOutputs } from "./write-outputs.js";

export { LintFailure, OUTPUT_FILES, runPipeline, staleFiles };

/** @typedef {import("./pipeline.js").PipelineResult} PipelineResult */

/** @param {string[]} argv */
export function parseArgs(argv) {
  /** @type {{ check: boolean, watch: boolean, cache: boolean, root?: string, out?: string, config?: string, lint: "fail" | "report" }} */
  const args = { check: false, watch: false, cache: true, lint: "fail" };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag, inline] = arg.split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--check") args.check = true;
    else if (flag === "--watch") args.watch = true;
    else if (flag === "--no-cache") args.cache = false;
    else if (flag === "--config") args.config = path.resolve(value());
    else if (flag === "--root") args.root = path.resolve(value());
    else if (flag === "--out") args.out = path.resolve(value());
    else if (flag === "--lint") {
      const mode = value();
      if (mode !== "fail" && mode !== "report") throw new Error(`--lint takes fail or report, not ${mode}`);
      args.lint = mode;
    } else throw new Error(`unknown argument ${arg} (see the header of scripts/generate.js)`);
  }
  if (args.check && args.watch) throw new Error("--check and --watch do not go together");
  return args;
}

/**
 * Prints lint problems of a run that went on (`--lint=report`): the first 20 and a count.
 * @param {import("./lint-format.js").LintProblem[]} problems
 * @param {(line: string) => void} log
 */
export function reportProblems(problems, log) {
  if (problems.length === 0) return;
  const { errors, warnings } = summarize(problems);
  for (const p of problems.slice(0, 20)) log(formatProblem(p));
  if (problems.length > 20) log(`... ${problems.length - 20} more`);
  log(`lint reported ${errors} error(s), ${warnings} warning(s)`);
}

async function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const root = args.root ?? defaultSpecRoot;
  const configPath = args.config ?? redoclyConfigPath;
  const outDir =
    args.out ??
    (root === defaultSpecRoot ? defaultOutDir : path.join(os.tmpdir(), "akua-generate", path.basename(root)));
  const rel = (/** @type {string} */ p) => (p.startsWith(repoRoot) ? path.relative(repoRoot, p) : p);
  const mode = args.check ? " (check)" : args.watch ? " (watch)" : "";
  console.log(`generate: ${rel(root)} -> ${rel(outDir)}${mode}`);

  if (args.watch) {
    const watcher = await watchSpec({ root, configPath, outDir, lint: args.lint, rel });
    const stop = async () => {
      await watcher.close();
      console.log("watch: stopped");
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return;
  }

  /** @type {PipelineResult} */
  let result;
  try {
    result = await runPipeline({
      root,
      configPath,
      lint: args.lint,
      verdictCache: args.cache ? verdictFile(root, configPath) : undefined,
      log: (line) => console.log(`  ${line}`),
    });
  } catch (error) {
    if (error instanceof LintFailure) {
      for (const p of error.problems) console.error(formatProblem(p));
      console.error(`generate: ${error.message}; nothing generated (use --lint=report to go on)`);
      process.exitCode = 1;
      return;
    }
    // A description the tools cannot read (a $ref to a missing file, an unsupported
    // version): one line saying why, not a stack trace (AKUA_DEBUG=1 shows it).
    const message = error instanceof Error ? error.message : String(error);
    console.error(`generate: ${message.split("\n")[0]}; nothing generated`);
    if (process.env["AKUA_DEBUG"]) console.error(error);
    process.exitCode = 1;
    return;
  }
  reportProblems(result.problems, (line) => console.log(`  ${line}`));
  if (result.bundleProblems.length > 0) {
    for (const line of result.bundleProblems.slice(0, 5)) console.log(`  bundle: ${line}`);
    console.log(`  bundle reported ${result.bundleProblems.length} problem(s); going on (--lint=report)`);
  }

  const total = () => `${(performance.now() - started).toFixed(0)} ms`;
  if (args.check) {
    const stale = await staleFiles(result.files, outDir);
    if (stale.length > 0) {
      console.error(`generate --check: stale: ${stale.map((f) => rel(path.join(outDir, f))).join(", ")}`);
      console.error("run `npm run generate` and commit the result");
      process.exitCode = 1;
    } else {
      console.log(`generate --check: ${rel(outDir)} is up to date (${total()})`);
    }
    return;
  }
  const wrote = await writeOutputs(result.files, outDir);
  console.log(`generate: ${wrote.length > 0 ? `wrote ${wrote.join(", ")}` : "no changes"} (${total()})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
