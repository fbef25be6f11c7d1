/**
 * The pipeline's steps in memory (config, bundle, lint beside the types worker, facts);
 * writes nothing. `npm run generate` (scripts/generate.js) and its watch mode
 * (scripts/watch.js) run it and write its files.
 *
 * Order: the types worker starts importing openapi-typescript first; the main thread
 * loads Redocly and the config, bundles, hands the bundle to the worker and lints
 * while the worker writes the types; then facts. Lint decides whether the outputs
 * are returned at all: the worker's answer is dropped when it fails.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadVerdicts, saveVerdicts } from "./example-verdicts.js";
import { buildFacts, renderFacts } from "./facts.js";
import { summarize } from "./lint-format.js";
import { defaultSpecRoot, openSpec } from "./spec-config.js";
import { startTypesWorker } from "./types.js";

/** The files the pipeline owns in its output folder. */
export const OUTPUT_FILES = ["openapi.json", "openapi.ts", "facts.ts"];

/**
 * @typedef {object} PipelineOptions
 * @property {string} [root]
 * @property {string} [configPath] redocly.yaml to use (default the repository's)
 * @property {"fail" | "report"} [lint]
 * @property {import("./spec-config.js").SpecSession} [session] an open session (watch mode:
 *   its resolver keeps the unchanged files parsed between runs)
 * @property {import("@redocly/openapi-core").BaseResolver} [resolver] serve files from memory (tests)
 * @property {string} [verdictCache] a file of example verdicts to start from and to save this
 *   run's to (scripts/example-verdicts.js; `generate` without `--no-cache`)
 * @property {import("./types.js").TypesWorker} [types] a running types worker (kept open);
 *   without it the run starts its own and ends it
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} PipelineResult
 * @property {Map<string, string>} files file name (in the output folder) -> contents
 * @property {import("./lint-format.js").LintProblem[]} problems
 * @property {string[]} bundleProblems what the bundler could not do (only with `lint: "report"`,
 *   which goes on as bare openapi-typescript would; otherwise they stop the run)
 * @property {{ step: string, ms: number }[]} timings `types` is the worker's time from the
 *   bundle to the types, beside lint; `wait` how long the main thread then waited for it
 */

export class LintFailure extends Error {
  /** @param {import("./lint-format.js").LintProblem[]} problems */
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
  const ownWorker = options.types ? undefined : startTypesWorker();
  const worker = options.types ?? /** @type {import("./types.js").TypesWorker} */ (ownWorker);
  try {
    return await pipeline(options, worker);
  } finally {
    await ownWorker?.close();
  }
}

/**
 * @param {PipelineOptions} options
 * @param {import("./types.js").TypesWorker} worker
 * @returns {Promise<PipelineResult>}
 */
async function pipeline(options, worker) {
  const log = options.log ?? (() => {});
  /** @type {{ step: string, ms: number }[]} */
  const timings = [];
  /** @param {string} step @param {number} ms @param {string} [note] */
  const record = (step, ms, note = "") => {
    timings.push({ step, ms });
    log(`${step.padEnd(7)} ${ms.toFixed(0).padStart(6)} ms${note}`);
  };
  /**
   * @template T
   * @param {string} step
   * @param {() => Promise<T> | T} fn
   * @returns {Promise<T>}
   */
  const time = async (step, fn) => {
    const start = performance.now();
    const value = await fn();
    record(step, performance.now() - start);
    return value;
  };

  const verdictCache = options.verdictCache;
  const loadingVerdicts = verdictCache ? loadVerdicts(verdictCache) : undefined;
  const session = await time(
    "config",
    () =>
      options.session ?? openSpec({ root: options.root, configPath: options.configPath, resolver: options.resolver }),
  );
  const [{ bundleSpec, serializeBundle }, { lintSpec }] = await Promise.all([
    import("./bundle.js"),
    import("./lint.js"),
  ]);
  const bundled = await time("bundle", () => bundleSpec(session));
  const typesStart = performance.now();
  const report = (options.lint ?? "fail") === "report";
  /** @type {Promise<{ types: string, ms: number }> | undefined} */
  const typing =
    bundled.problems.length === 0 || report
      ? worker
          // A bundle with problems (unresolved $refs, --lint=report only) goes through
          // openapiTS() in full, so it fails where bare openapi-typescript fails.
          .generate(bundled.document, { full: bundled.problems.length > 0, root: session.root })
          .then((types) => ({ types, ms: performance.now() - typesStart }))
      : undefined;
  typing?.catch(() => {}); // awaited below unless lint fails first
  await loadingVerdicts;
  const problems = await time("lint", () => lintSpec(session));
  if (verdictCache) await saveVerdicts(verdictCache);
  const { errors } = summarize(problems);
  if (errors > 0 && !report) throw new LintFailure(problems);
  if (!typing) throw new Error(`bundle failed:\n${bundled.problems.join("\n")}`);

  const facts = await time("facts", () => renderFacts(buildFacts(bundled.document)));
  const json = serializeBundle(bundled.document);
  const waitStart = performance.now();
  const { types, ms } = await typing;
  const waited = performance.now() - waitStart;
  record("types", ms, ` (worker, beside lint; waited ${waited.toFixed(0)} ms after facts)`);
  timings.push({ step: "wait", ms: waited });

  const files = new Map([
    ["openapi.json", json],
    ["openapi.ts", types],
    ["facts.ts", facts],
  ]);
  return { files, problems, bundleProblems: bundled.problems, timings };
}

/**
 * Watch mode's run: the worker parses what changed, bundles and makes every output
 * (scripts/build-outputs.js, with a parsed copy of the spec of its own) while this thread
 * lints its session; the outputs are returned only if lint passes. Writes nothing.
 * @param {object} options
 * @param {import("./spec-config.js").SpecSession} options.session this thread's, for lint
 * @param {string} options.configPath
 * @param {import("./types.js").TypesWorker} options.worker
 * @param {boolean} options.reconfigure the config changed: the worker loads it anew too
 * @param {"fail" | "report"} [options.lint]
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<PipelineResult>}
 */
export async function runWatchPipeline({ session, configPath, worker, reconfigure, lint = "fail", log = () => {} }) {
  const report = lint === "report";
  const start = performance.now();
  const building = worker
    .build({ root: session.root, configPath, reconfigure, report })
    .then((built) => ({ built, ms: performance.now() - start }));
  building.catch(() => {}); // awaited below unless lint fails first
  const { lintSpec } = await import("./lint.js");
  const problems = await lintSpec(session);
  const lintMs = performance.now() - start;
  log(`lint    ${lintMs.toFixed(0).padStart(6)} ms`);
  const { errors } = summarize(problems);
  if (errors > 0 && !report) throw new LintFailure(problems);
  const { built, ms } = await building;
  const steps = built.timings.map((t) => `${t.step} ${t.ms.toFixed(0)}`).join(", ");
  log(`worker  ${ms.toFixed(0).padStart(6)} ms (${steps} ms; beside lint)`);
  if (built.files.length === 0) throw new Error(`bundle failed:\n${built.bundleProblems.join("\n")}`);
  const timings = [
    { step: "lint", ms: lintMs },
    ...built.timings,
    { step: "wait", ms: performance.now() - start - lintMs },
  ];
  return { files: new Map(built.files), problems, bundleProblems: built.bundleProblems, timings };
}
