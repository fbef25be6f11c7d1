/**
 * `npm run generate -- --watch`: regenerates on every change of the spec's folder
 * (openapi/, recursively) or of the Redocly config and its lint-ignore file, in one warm
 * process: the types worker keeps openapi-typescript loaded, the Redocly resolver keeps
 * every unchanged file parsed (only the changed files are parsed again; a config change
 * reloads the config and starts a fresh resolver), the example-validating lint rules
 * reuse the verdict of every example whose schemas are unchanged
 * (scripts/example-verdicts.js) and keep their compiled validators (scripts/warm-lint.js).
 *
 * Each run prints what changed, the step times, the lint problems (same lines as
 * `npm run lint`) and one closing line: `watch: wrote <files> (<ms> ms after the change)`,
 * `watch: no changes (...)`, or `watch: lint failed: ...; nothing written`. It writes only
 * when lint passes (or with `--lint=report`) and replaces files whole
 * (scripts/write-outputs.js). Changes that arrive during a run start one more run after it.
 */
import { readdirSync, watch } from "node:fs";
import { readFile, stat as statFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { formatProblem, summarize } from "./lint-format.js";
import { LintFailure, runPipeline } from "./pipeline.js";
import { openSpec } from "./spec-config.js";
import { startTypesWorker } from "./types.js";
import { rememberExampleVerdicts } from "./example-verdicts.js";
import { shareExampleValidators } from "./warm-lint.js";
import { writeOutputs } from "./write-outputs.js";

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

/** @type {WeakMap<object, Map<string, string>>} resolver -> file -> stat of its last confirmed text */
const confirmed = new WeakMap();

/**
 * Drops from the resolver's cache every file whose text on disk is no longer the text it
 * parsed (or that is gone), so that only those are parsed again. The events' file names
 * are not enough: an editor that saves through a temporary file and a rename may report
 * only the temporary name. A file whose inode, size, mtime and ctime (nanoseconds) are
 * those of its last confirmed text is not read again; the others are read in parallel.
 * @param {import("@redocly/openapi-core").BaseResolver} resolver
 * @returns {Promise<string[]>} the files dropped
 */
export async function dropChanged(resolver) {
  let stats = confirmed.get(resolver);
  if (!stats) confirmed.set(resolver, (stats = new Map()));
  const known = /** @type {Map<string, string>} */ (stats);
  const entries = [...resolver.cache];
  const changed = await Promise.all(
    entries.map(async ([file, entry]) => {
      const stat = await statFile(file, { bigint: true }).catch(() => undefined);
      const id = stat && `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
      if (id !== undefined && known.get(file) === id) return false;
      const parsed = await Promise.resolve(entry).catch(() => undefined);
      const before = /** @type {any} */ (parsed)?.source?.body;
      const now = await readFile(file, "utf8").catch(() => undefined);
      const same = typeof before === "string" && now !== undefined && now.replace(/\r\n/g, "\n") === before;
      if (same && id !== undefined) known.set(file, id);
      else known.delete(file);
      return !same;
    }),
  );
  const dropped = entries.filter((_, i) => changed[i]).map(([file]) => file);
  for (const file of dropped) resolver.cache.delete(file);
  return dropped;
}

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
      const result = await runPipeline({ session, lint, types: worker, log: (line) => log(`  ${line}`) });
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
        await runPipeline({ session, lint: "report", types: worker });
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
