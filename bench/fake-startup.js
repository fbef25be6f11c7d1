/**
 * Start-up of the fake server (the built `akua-sdk/testing`): per fresh
 * process, the import of the entry, `startFakeAkua()`, and the first request
 * to each of the spec's operations (each validated and its answer checked, so
 * every request validator is used once) against the same requests again with
 * the validators warm. Medians and spreads over `--rounds` processes.
 *
 *   node bench/fake-startup.js [--quick] [--rounds N]
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { benchDir, parseArgs, printTable } from "./harness.js";
import { formatMedian, median } from "./stats.js";

const run = promisify(execFile);
const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 9);

/** @type {{ importMs: number, startMs: number, coldMs: number, warmMs: number, operations: number, violations: number }[]} */
const samples = [];
for (let i = 0; i < rounds; i++) {
  const { stdout } = await run(process.execPath, [path.join(benchDir, "fake-startup-child.js")], { timeout: 60_000 });
  samples.push(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}"));
}
const pick = (/** @type {"importMs" | "startMs" | "coldMs" | "warmMs"} */ key) => samples.map((s) => s[key]);
const first = samples.map((s) => s.importMs + s.startMs + s.coldMs);
printTable(
  ["phase", `median of ${rounds} processes`],
  [
    ["import akua-sdk/testing", formatMedian(pick("importMs"), "ms")],
    ["startFakeAkua()", formatMedian(pick("startMs"), "ms")],
    [`first request to each of ${samples[0]?.operations} operations`, formatMedian(pick("coldMs"), "ms")],
    ["the same requests again (validators warm)", formatMedian(pick("warmMs"), "ms")],
    ["import + start + first requests", formatMedian(first, "ms")],
    [
      "first requests minus warm (validators' first use)",
      `${median(samples.map((s) => s.coldMs - s.warmMs)).toFixed(1)} ms`,
    ],
  ],
);
if (samples.some((s) => s.violations > 0)) {
  console.error("the fake recorded violations during the start-up run");
  process.exit(1);
}
