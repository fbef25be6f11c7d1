/**
 * `npm run bench`: every benchmark, each in its own process, one after the
 * other, each printing its own table. `--quick` (for CI) runs each once with
 * tiny counts: it only checks that they run, and its figures mean nothing.
 * `--only <name>[,<name>]` picks benchmarks; other arguments (`--rounds N`,
 * `--profile`) are passed on.
 *
 *   npm run bench [-- --quick] [-- --only client,helpers]
 *
 * Benchmarks: pipeline (generate vs bare openapi-typescript, and watch mode's warm
 * regenerate), scale (generate vs bare openapi-typescript on descriptions up to 1,200
 * operations, fetched once into a cache outside the repository), client (per-request
 * overhead vs bare openapi-fetch and raw fetch), memory (peak RSS of one call under
 * hostile answers vs bare fetch), logs (installLogs over a long stream vs a hand-written
 * fetch reader: time, heap, RSS), helpers (paginate heap at scale, update contention),
 * fake (the fake server under refused uploads), fake-startup (import, start and the
 * validators' first use, fresh process each), typecheck (tsc cost of a consumer vs
 * the same file typed any).
 * All traffic stays on 127.0.0.1; every loop is bounded in count and time.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { benchDir, machine } from "./harness.js";

const BENCHMARKS = ["pipeline", "scale", "client", "memory", "logs", "helpers", "fake", "fake-startup", "typecheck"];
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const onlyAt = argv.indexOf("--only");
const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? "").split(",") : BENCHMARKS;
const unknown = only.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${BENCHMARKS.join(", ")}`);
  process.exit(2);
}
const passOn = argv.filter((a, i) => a !== "--only" && (onlyAt < 0 || i !== onlyAt + 1));
/** A benchmark that runs longer than this is killed (it has its own, smaller budget). */
const LIMIT_MS = quick ? 180_000 : 240_000; // --quick only checks that each runs, on a possibly loaded CI machine
/** scale runs nine descriptions up to 1,200 operations (and may fetch them first). */
const LIMITS_MS = /** @type {Record<string, number>} */ ({ scale: quick ? 180_000 : 1_800_000 });

/** @type {import("node:child_process").ChildProcess | undefined} */
let current;
/** Ends the running benchmark and everything it started (it leads its own process group). */
function killCurrent() {
  if (current?.pid === undefined || current.exitCode !== null || current.signalCode !== null) return;
  try {
    process.kill(-current.pid, "SIGKILL");
  } catch {
    current.kill("SIGKILL");
  }
}
process.on("exit", killCurrent);
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.on(signal, () => {
    killCurrent();
    process.exit(130);
  });
}

console.log(
  `akua-sdk benchmarks${quick ? " (--quick: each runs once with tiny counts; figures are not meaningful)" : ""}`,
);
console.log(machine());
const started = Date.now();
/** @type {string[]} */
const failed = [];
for (const name of BENCHMARKS.filter((b) => only.includes(b))) {
  console.log("");
  console.log(`## ${name}`);
  console.log("");
  const t0 = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(benchDir, `${name}.js`), ...passOn], {
      stdio: "inherit",
      detached: process.platform !== "win32",
    });
    current = child;
    const timer = setTimeout(() => {
      console.error(`${name}: still running after ${(LIMITS_MS[name] ?? LIMIT_MS) / 1000} s, killed`);
      killCurrent();
    }, LIMITS_MS[name] ?? LIMIT_MS);
    child.on("exit", (c, signal) => {
      clearTimeout(timer);
      resolve(signal ? 1 : (c ?? 1));
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      console.error(error);
      resolve(1);
    });
  });
  current = undefined;
  console.log("");
  console.log(
    `(${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s${code === 0 ? "" : `, FAILED with exit code ${code}`})`,
  );
  if (code !== 0) failed.push(name);
}
console.log("");
console.log(
  `all benchmarks: ${((Date.now() - started) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join(", ")}` : ""}`,
);
process.exit(failed.length ? 1 : 0);
