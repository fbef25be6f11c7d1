/**
 * Runs `node <argv>` as a child process and measures its wall time, peak RSS and CPU time
 * (through the `report-rss.js` preload), for the pipeline and scale benchmarks. CPU time says
 * how much work a run did; on a loaded machine it moves much less than wall time.
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchDir } from "./harness.js";

let counter = 0;

/**
 * @param {string} cwd
 * @param {string[]} argv after `node`
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ ms: number, rssBytes: number | undefined, cpuMs: number | undefined }>} rejects
 *   when the child fails or times out
 */
export function measureNode(cwd, argv, options = {}) {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const rssFile = path.join(os.tmpdir(), `akua-bench-rss-${process.pid}-${counter++}`);
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", AKUA_BENCH_RSS_FILE: rssFile };
  const preload = ["--import", new URL("./report-rss.js", `file://${benchDir}/`).href];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...preload, ...argv], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      const ms = performance.now() - start;
      clearTimeout(timer);
      /** @type {{ rssBytes?: number, cpuMs?: number }} */
      let usage = {};
      try {
        usage = JSON.parse(readFileSync(rssFile, "utf8"));
        rmSync(rssFile, { force: true });
      } catch {
        // no figures from this run
      }
      if (code === 0) resolve({ ms, rssBytes: usage.rssBytes, cpuMs: usage.cpuMs });
      else {
        const why = signal === "SIGKILL" ? `killed after ${timeoutMs} ms` : `exit ${code ?? signal}`;
        reject(new Error(`node ${argv.join(" ")}: ${why}\n${stderr.slice(-2000)}`));
      }
    });
  });
}
