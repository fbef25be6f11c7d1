/**
 * Install logs over a long stream (`npm run bench -- --only logs`): `installLogs`
 * (akua-sdk/logs) against a hand-written fetch reader as the baseline, each in a
 * fresh process (bench/logs-memory.js) reading the same stream of `count` lines over
 * 127.0.0.1, alternating, `rounds` times. Prints, per contender, the median time,
 * the heap after a full GC at the first and the last line, and peak RSS, and the
 * ratios akua-sdk / bare.
 *
 *   npm run build && node bench/logs.js [--quick] [--rounds N] [--lines N]
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { benchDir, parseArgs, printTable } from "./harness.js";
import { formatRatio, median, pairedRatios, spreadPercent } from "./stats.js";

const run = promisify(execFile);
const args = parseArgs();
const at = process.argv.indexOf("--lines");
const lines = at >= 0 ? Number(process.argv[at + 1]) : args.quick ? 10_000 : 1_000_000;
const rounds = args.quick ? 1 : (args.rounds ?? 3);

/**
 * @typedef {{ contender: string, lines: number, seconds: number, heapFirstMiB: number, heapLastMiB: number, rssMiB: number }} Sample
 * @param {"akua-sdk" | "bare"} contender
 * @returns {Promise<Sample>}
 */
async function once(contender) {
  const { stdout } = await run(
    process.execPath,
    ["--expose-gc", path.join(benchDir, "logs-memory.js"), String(lines), contender, "--json"],
    { timeout: 600_000, maxBuffer: 1 << 20 },
  );
  const sample = /** @type {Sample} */ (JSON.parse(stdout));
  if (sample.lines !== lines) throw new Error(`${contender} read ${sample.lines} of ${lines} lines`);
  return sample;
}

/** @type {Record<"akua-sdk" | "bare", Sample[]>} */
const samples = { "akua-sdk": [], bare: [] };
for (let round = 0; round < rounds; round++) {
  /** @type {("akua-sdk" | "bare")[]} */
  const order = round % 2 ? ["akua-sdk", "bare"] : ["bare", "akua-sdk"];
  for (const contender of order) {
    samples[contender].push(await once(contender));
  }
}

const pick = (/** @type {Sample[]} */ s, /** @type {(x: Sample) => number} */ f) => s.map(f);
console.log(
  `logs: ${lines.toLocaleString("en")} log lines as Server-Sent Events over 127.0.0.1, read to the end; ` +
    `median of ${rounds} fresh process(es) per contender, alternating`,
);
console.log("");
printTable(
  ["reader", "time", "lines/s", "heap at line 1", "heap at the last line", "growth", "peak RSS"],
  /** @type {const} */ (["bare", "akua-sdk"]).map((name) => {
    const s = samples[name];
    const seconds = median(pick(s, (x) => x.seconds));
    return [
      name === "bare" ? "bare fetch + split + JSON.parse" : "akua-sdk installLogs",
      `${seconds.toFixed(2)} s ±${spreadPercent(pick(s, (x) => x.seconds)).toFixed(0)}%`,
      Math.round(lines / seconds).toLocaleString("en"),
      `${median(pick(s, (x) => x.heapFirstMiB)).toFixed(2)} MiB`,
      `${median(pick(s, (x) => x.heapLastMiB)).toFixed(2)} MiB`,
      `${median(pick(s, (x) => x.heapLastMiB - x.heapFirstMiB)).toFixed(2)} MiB`,
      `${median(pick(s, (x) => x.rssMiB)).toFixed(0)} MiB`,
    ];
  }),
);
console.log("");
const ratio = (/** @type {(x: Sample) => number} */ f) =>
  formatRatio(pairedRatios(pick(samples["akua-sdk"], f), pick(samples.bare, f)));
console.log(`akua-sdk / bare: time ${ratio((x) => x.seconds)}, peak RSS ${ratio((x) => x.rssMiB)}`);
