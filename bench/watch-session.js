/**
 * Watch mode as a user runs it, for the pipeline benchmark: `generate --watch` over a temporary
 * copy of the spec (with redocly.yaml, the lint-ignore file, and the lint plugin reached through
 * a `scripts` link), and one-file edits timed from the write to the watcher's `wrote` line.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot } from "./harness.js";

/**
 * @param {{ timeoutMs?: number }} [options]
 */
export async function startWatchSession(options = {}) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const dir = mkdtempSync(path.join(os.tmpdir(), "akua-bench-watch-"));
  cpSync(path.join(repoRoot, "openapi"), path.join(dir, "openapi"), { recursive: true });
  for (const f of ["redocly.yaml", ".redocly.lint-ignore.yaml"]) cpSync(path.join(repoRoot, f), path.join(dir, f));
  symlinkSync(path.join(repoRoot, "scripts"), path.join(dir, "scripts"));
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, "scripts", "generate.js"),
      "--watch",
      "--root",
      path.join(dir, "openapi", "openapi.yaml"),
      "--config",
      path.join(dir, "redocly.yaml"),
      "--out",
      path.join(dir, "generated"),
    ],
    { cwd: repoRoot, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));

  /**
   * @param {RegExp} pattern
   * @param {number} from
   * @returns {Promise<RegExpExecArray>}
   */
  const waitFor = (pattern, from) =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const match = pattern.exec(output.slice(from));
        if (match) {
          clearInterval(poll);
          resolve(match);
        } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`watch: no ${pattern} within ${timeoutMs} ms:\n${output.slice(from).slice(-2000)}`));
        }
      }, 2);
    });

  await waitFor(/watch: watching/, 0);
  const cluster = path.join(dir, "openapi", "components", "schemas", "Cluster.yaml");
  const original = readFileSync(cluster, "utf8");
  let flip = false;

  return {
    /**
     * Adds or removes one enum value in one file and waits until the watcher has written.
     * @returns {Promise<{ ms: number, reportedMs: number }>} from before the write to the `wrote`
     *   line as seen here, and as the watcher counts it (from the file event)
     */
    async edit() {
      flip = !flip;
      const text = flip ? original.replace("suspended, deleting]", "suspended, deleting, archived]") : original;
      const from = output.length;
      const start = performance.now();
      writeFileSync(cluster, text);
      const match = await waitFor(/watch: wrote [^\n]*\((\d+) ms after the change\)/, from);
      return { ms: performance.now() - start, reportedMs: Number(match[1]) };
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGINT");
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            child.kill("SIGKILL");
            resolve(undefined);
          }, 10_000);
          child.on("exit", () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
