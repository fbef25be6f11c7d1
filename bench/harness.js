/**
 * Shared plumbing for the benchmarks: arguments, the machine line, tables,
 * time budgets and child processes that never outlive the benchmark.
 * Statistics live in stats.js.
 */
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(benchDir, "..");
export const distDir = path.join(repoRoot, "dist");

/**
 * `--quick` (one tiny round of everything, for CI) and `--rounds N`.
 * @param {string[]} argv
 */
export function parseArgs(argv = process.argv.slice(2)) {
  const quick = argv.includes("--quick");
  const at = argv.indexOf("--rounds");
  const rounds = at >= 0 ? Number(argv[at + 1]) : undefined;
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0 && rounds <= 1000)) {
    throw new TypeError("--rounds must be an integer from 1 to 1000");
  }
  return { quick, rounds, profile: argv.includes("--profile") };
}

/** `node v20.20.2, linux x64, 2 cores (Intel Xeon ...)`. */
export function machine() {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} cores (${model}), ${Math.round(
    os.totalmem() / 2 ** 30,
  )} GiB`;
}

/**
 * Prints a Markdown table whose columns line up in a terminal.
 * @param {string[]} headers
 * @param {string[][]} rows
 */
export function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  console.log(line(headers));
  console.log(
    `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(Math.max(1, w - 1))}:`)).join(" | ")} |`,
  );
  for (const row of rows) console.log(line(row));
}

/**
 * A wall-clock budget: loops check `exceeded()` between rounds and stop early.
 * @param {number} ms
 */
export function createBudget(ms) {
  const end = Date.now() + ms;
  return {
    exceeded: () => Date.now() >= end,
    leftMs: () => Math.max(0, end - Date.now()),
  };
}

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
let hooked = false;

function killChildren() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
}

/** Kills every child this process started, however it ends. */
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on("exit", killChildren);
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.on(signal, () => {
      killChildren();
      process.exit(128 + (os.constants.signals[signal] ?? 1));
    });
  }
}

/**
 * Forks a Node script with an IPC channel and resolves with its first message,
 * which it must send once ready. The child is killed when this process exits,
 * and it should exit itself when the channel closes (see `exitWithParent`).
 * @param {string} script path
 * @param {string[]} args
 * @param {{ execArgv?: string[], timeoutMs?: number }} [options]
 * @returns {Promise<{ child: import("node:child_process").ChildProcess, ready: any }>}
 */
export function forkChild(script, args = [], { execArgv = [], timeoutMs = 60_000 } = {}) {
  hookExit();
  const child = fork(script, args, { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${path.basename(script)}: not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    child.once("message", (ready) => {
      clearTimeout(timer);
      resolve({ child, ready });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(script)} exited (${signal ?? code}) before it was ready`));
    });
  });
}

/**
 * Sends a message to a forked child and resolves with its next answer.
 * @param {import("node:child_process").ChildProcess} child
 * @param {unknown} message
 * @param {number} [timeoutMs]
 * @returns {Promise<any>}
 */
export function ask(child, message, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no answer from child ${child.pid} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (/** @type {any} */ answer) => {
      cleanup();
      if (answer && typeof answer === "object" && "error" in answer) reject(new Error(String(answer.error)));
      else resolve(answer);
    };
    const onExit = (/** @type {number | null} */ code, /** @type {string | null} */ signal) => {
      cleanup();
      reject(new Error(`child ${child.pid} exited (${signal ?? code})`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.send(/** @type {any} */ (message));
  });
}

/**
 * Ends a forked child: asks it to leave by closing the channel, then kills it.
 * @param {import("node:child_process").ChildProcess} child
 */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  if (child.connected) child.disconnect();
  const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
  await exited;
  clearTimeout(timer);
}

/** In a forked child: exit as soon as the parent goes away. */
export function exitWithParent() {
  if (!process.send) {
    console.error(`${path.basename(process.argv[1] ?? "this script")} is run by the benchmarks (forked, with IPC)`);
    process.exit(2);
  }
  process.on("disconnect", () => process.exit(0));
}

/**
 * The built package, imported at run time so that type-checking bench/ does not
 * need dist/ (types come from the source through tsconfig `paths`).
 * @returns {Promise<typeof import("akua-sdk")>}
 */
export async function importBuilt() {
  return import(builtUrl("index.js"));
}

/** @returns {Promise<typeof import("akua-sdk/paginate")>} */
export async function importBuiltPaginate() {
  return import(builtUrl("paginate.js"));
}

/** @returns {Promise<typeof import("akua-sdk/logs")>} */
export async function importBuiltLogs() {
  return import(builtUrl("logs.js"));
}

/** @returns {Promise<typeof import("akua-sdk/testing")>} */
export async function importBuiltTesting() {
  return import(builtUrl("testing/index.js"));
}

/** @param {string} file under dist/ */
function builtUrl(file) {
  const full = path.join(distDir, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` first`);
  return pathToFileURL(full).href;
}
