/**
 * `npm run generate -- --watch`: regenerates on every change of the spec's folder
 * (openapi/, recursively) or of the Redocly config and its lint-ignore file, in one warm
 * process. Each run lints in this thread while the worker bundles and makes the outputs
 * (runWatchPipeline, scripts/build-outputs.js): the worker keeps openapi-typescript loaded
 * and a parsed copy of the spec of its own; both threads' Redocly resolvers keep every
 * unchanged file parsed (only the changed files are parsed again, scripts/drop-changed.js;
 * a config change reloads the config and starts fresh resolvers); the example-validating
 * lint rules reuse the verdict of every example whose schemas are unchanged
 * (scripts/example-verdicts.js) and keep their compiled validators (scripts/warm-lint.js).
 *
 * Each run prints what changed, the step times, the lint problems (same lines as
 * `npm run lint`) and one closing line: `watch: wrote <files> (<ms> ms after the change)`,
 * `watch: no changes (...)`, or `watch: lint failed: ...; nothing written`. It writes only
 * when lint passes (or with `--lint=report`) and replaces files whole
 * (scripts/write-outputs.js). Changes that arrive during a run start one more run after it.
 */
import { readdirSync, watch } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { dropChanged } from "./drop-changed.js";
import { formatProblem, summarize } from "./lint-format.js";
import { LintFailure, runWatchPipeline } from "./pipeline.js";
import { openSpec } from "./spec-config.js";
import { startTypesWorker } from "./types.js";
import { rememberExampleVerdicts } from "./example-verdicts.js";
import { shareExampleValidators } from "./warm-lint.js";
import { writeOutputs } from "./write-outputs.js";

export { dropChanged };

/** Events of one save (editors write, rename, chmod) are gathered for this long. */
export const SETTLE_MS = 15;

/**
 * Runs of the pipeline after the first, in memory, before watching starts: the first runs
 * of a process are slow while V8 compiles the hot code (the first edits used to take 2-4
 * times as long as later ones).
 */
export const WARM_UP_RUNS = 2;

/** The files next to the config that change what lint reports. */
const CONFIG_FILES = new Set(["redocly.yaml", ".redocly.lint-ignore.yaml"]);

/**
 * @typedef {object} WatchOptions
 * @property {string} root the spec's root file; its folder is watched
 * @property {string} configPath redocly.yaml; its folder is watched for it and the ignore file
 * @property {string} outDir
 * @property {"fail" | "report"} lint
 * @property {(p: string) => string} [rel] how paths are printed
 * @property {(line: string) => void} [log]
 * @property {(line: string) => void} [warn] lint problems and failures
 */

/**
 * Generates once, then on every change until `close()`.
 * @param {WatchOptions} options
 * @returns {Promise<{ close: () => Promise<void> }>} after the first run
 */
export async function watchSpec(options) {
  const { root, configPath, outDir, lint } = options;
  const log = options.log ?? console.log;
  const warn = options.warn ?? console.error;
  const rel = options.rel ?? ((/** @type {string} */ p) => p);
  const worker = startTypesWorker();
  await Promise.all([rememberExampleVerdicts(), shareExampleValidators()]);
  const specDir = path.dirname(root);
  const configDir = path.dirname(configPath);

  /** @type {import("./spec-config.js").SpecSession | undefined} */
  let session;
  /** a file under the spec's folder changed since the last run */
  let pending = false;
  let configChanged = false;
  /** when the first change of the next run was seen */
  let firstChangeAt = 0;
  /** @type {Promise<void>} */
  let running = Promise.resolve();
  let scheduled = false;
  let closed = false;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  const runOnce = async () => {
    const since = firstChangeAt;
    const reconfigure = configChanged || !session;
    pending = false;
    configChanged = false;
    try {
      if (reconfigure) {
        if (session) log(`watch: ${rel(configPath)} or its lint-ignore file changed: config reloaded`);
        session = await openSpec({ root, configPath });
      } else {
        const dropped = await dropChanged(/** @type {import("./spec-config.js").SpecSession} */ (session).resolver);
        if (dropped.length === 0) return; // a save without a change, or a file the spec does not use
        log(`watch: changed ${dropped.map(rel).join(", ")}`);
      }
      const result = await runWatchPipeline({
        session: /** @type {import("./spec-config.js").SpecSession} */ (session),
        configPath,
        worker,
        reconfigure,
        lint,
        log: (line) => log(`  ${line}`),
      });
      if (result.problems.length > 0) {
        for (const p of result.problems) warn(formatProblem(p));
        const { errors, warnings } = summarize(result.problems);
        warn(`  lint reported ${errors} error(s), ${warnings} warning(s)`);
      }
      const wrote = await writeOutputs(result.files, outDir);
      const after = since > 0 ? ` (${(performance.now() - since).toFixed(0)} ms after the change)` : "";
      log(`watch: ${wrote.length > 0 ? `wrote ${wrote.join(", ")}` : "no changes"}${after}`);
    } catch (error) {
      if (error instanceof LintFailure) {
        for (const p of error.problems) warn(formatProblem(p));
        warn(`watch: ${error.message}; nothing written`);
      } else {
        warn(`watch: ${error instanceof Error ? error.message : String(error)}; nothing written`);
        session = undefined; // start afresh next time
      }
    }
  };

  /** Runs the pipeline WARM_UP_RUNS times, writing and printing nothing. */
  const warmUp = async () => {
    for (let i = 0; i < WARM_UP_RUNS && session; i++) {
      try {
        await runWatchPipeline({ session, configPath, worker, reconfigure: false, lint: "report" });
      } catch {
        // a spec that does not bundle: the next change is reported as usual
      }
    }
  };

  const schedule = () => {
    if (closed || scheduled) return;
    scheduled = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        scheduled = false;
        if (!closed) await runOnce();
      });
    }, SETTLE_MS);
  };

  /** @param {boolean} isConfig */
  const onChange = (isConfig) => {
    if (!pending && !configChanged) firstChangeAt = performance.now();
    if (isConfig) configChanged = true;
    else pending = true;
    schedule();
  };

  await runOnce();
  await warmUp();
  // Which files changed is found by content (dropChanged), so the events' names do not matter.
  // One plain watcher per folder of the spec, set up before "watching" is printed: Node 20's
  // recursive watch on Linux adds its folders asynchronously, and an edit made right after
  // start could be missed (seen as a watcher that never wrote).
  const specWatchers = specFolders(specDir).map((dir) => watch(dir, () => onChange(false)));
  const configWatcher = watch(configDir, (_event, name) => {
    if (name && CONFIG_FILES.has(name.toString())) onChange(true);
  });
  log(`watch: watching ${rel(specDir)} and ${rel(configPath)}; Ctrl-C to stop`);

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of specWatchers) watcher.close();
      configWatcher.close();
      await running; // a run in progress finishes its renames; never half a write
      await worker.close();
    },
  };
}

/**
 * A folder and every folder below it (the spec's layout: openapi/, paths/, components/*).
 * @param {string} dir
 * @returns {string[]}
 */
function specFolders(dir) {
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .flatMap((entry) => specFolders(path.join(dir, entry.name)));
  return [dir, ...below];
}
