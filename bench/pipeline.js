/**
 * Pipeline benchmark: `generate` (lint + bundle + types + facts) against bare
 * openapi-typescript on the same description, rounds interleaved so machine
 * drift hits both alike; wall time is the target, CPU time (both threads of
 * `generate`) says how much work each did. `generate` runs twice a round: with
 * `--no-cache` (every example validated, as on a first run: the target's figure) and
 * with the example verdicts its previous run kept (as a run after an edit, or
 * `npm test`'s `generate --check`, finds them). Both run as `node <entry>` child processes; bare
 * openapi-typescript runs from a temporary directory so it does not read our
 * redocly.yaml. Then watch mode: a warm regenerate after a one-file edit of our spec
 * (bench/watch-session.js), against the cold `generate` measured above.
 *
 *   node bench/pipeline.js [--rounds N] [--quick]
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createBudget, printTable } from "./harness.js";
import { measureNode } from "./measure-node.js";
import { formatMs, formatRatio, median, pairedRatios } from "./stats.js";
import { startWatchSession } from "./watch-session.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const roundsArg = args.indexOf("--rounds");
const rounds = quick ? 1 : roundsArg >= 0 ? Number(args[roundsArg + 1]) : 5;
/** One-file edits timed in watch mode. */
const EDITS = quick ? 2 : 15;
/** Each input gets this long; a round that starts before it ends runs to completion. */
const INPUT_BUDGET_MS = 45_000;

const generateEntry = path.join(repoRoot, "scripts", "generate.js");
const openapiTsEntry = path.join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
const publicSpec = path.resolve(repoRoot, "../shared/akua-api/public-structure.json");

/** @type {{ name: string, root: string, extra: string[] }[]} */
const inputs = [
  { name: "our spec (111 operations, split YAML)", root: path.join(repoRoot, "openapi", "openapi.yaml"), extra: [] },
];
if (existsSync(publicSpec)) {
  inputs.push({ name: "public API (232 operations, one JSON)", root: publicSpec, extra: ["--lint=report"] });
} else {
  console.log(`skipping the 232-operation input: ${publicSpec} is not beside this checkout`);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "akua-bench-pipeline-"));
const env = { ...process.env, REDOCLY_TELEMETRY: "off" };

try {
  console.log(`pipeline: up to ${rounds} interleaved round(s) per input, each tool run as \`node <entry>\``);
  console.log("");
  /** @type {string[][]} */
  const rows = [];
  /** @type {number[]} */
  let coldOurSpec = [];
  for (const input of inputs) {
    /** @type {number[]} */ const ours = [];
    /** @type {number[]} */ const bare = [];
    /** @type {number[]} */ const oursCpu = [];
    /** @type {number[]} */ const cached = [];
    /** @type {number[]} */ const cachedCpu = [];
    /** @type {number[]} */ const bareCpu = [];
    const out = path.join(scratch, "out");
    const budget = createBudget(INPUT_BUDGET_MS);
    for (let i = 0; i < rounds; i++) {
      if (i > 0 && budget.exceeded()) break;
      const runOurs = async () => {
        const argv = [generateEntry, "--root", input.root, "--out", out, ...input.extra];
        const r = await measureNode(repoRoot, [...argv, "--no-cache"]);
        ours.push(r.ms);
        oursCpu.push(r.cpuMs ?? NaN);
        // the verdicts the previous run of this input saved (the first round's warm-up saves them)
        if (i === 0) await measureNode(repoRoot, argv);
        const c = await measureNode(repoRoot, argv);
        cached.push(c.ms);
        cachedCpu.push(c.cpuMs ?? NaN);
      };
      const runBare = async () => {
        const r = await measureNode(scratch, [openapiTsEntry, input.root, "-o", path.join(scratch, "bare.ts")]);
        bare.push(r.ms);
        bareCpu.push(r.cpuMs ?? NaN);
      };
      // Alternate which tool goes first so that neither always runs on a warm disk cache.
      for (const step of i % 2 ? [runBare, runOurs] : [runOurs, runBare]) await step();
    }
    if (input === inputs[0]) coldOurSpec = ours;
    const ratio = median(pairedRatios(ours, bare));
    rows.push([
      `${input.name} (${ours.length} runs)`,
      formatMs(ours),
      formatMs(bare),
      formatRatio(pairedRatios(ours, bare)),
      `${(median(oursCpu) / 1000).toFixed(2)} / ${(median(bareCpu) / 1000).toFixed(2)} s = ${formatRatio(pairedRatios(oursCpu, bareCpu))}`,
      ratio <= 1.5 ? "yes" : "no",
    ]);
    rows.push([
      "  the same, example verdicts of the last run kept",
      formatMs(cached),
      "",
      formatRatio(pairedRatios(cached, bare)),
      `${(median(cachedCpu) / 1000).toFixed(2)} / ${(median(bareCpu) / 1000).toFixed(2)} s = ${formatRatio(pairedRatios(cachedCpu, bareCpu))}`,
      median(pairedRatios(cached, bare)) <= 1.5 ? "yes" : "no",
    ]);
  }
  printTable(
    ["input", "generate", "bare openapi-typescript", "generate / bare", "CPU time, generate / bare", "≤1.50x"],
    rows,
  );

  console.log("");
  console.log(
    `watch mode: ${EDITS} one-file edits of our spec (an enum value added or removed in Cluster.yaml), ` +
      "each timed from the write to the watcher's `wrote` line, against cold `generate` above:",
  );
  console.log("");
  const session = await startWatchSession();
  /** @type {number[]} */ const warm = [];
  /** @type {number[]} */ const reported = [];
  try {
    for (let i = 0; i < EDITS; i++) {
      const { ms, reportedMs } = await session.edit();
      warm.push(ms);
      reported.push(reportedMs);
    }
  } finally {
    await session.stop();
  }
  const worst = Math.max(...warm);
  printTable(
    ["measure", "time", "warm / cold", "goal"],
    [
      [
        `warm regenerate after an edit (${warm.length} edits; max ${worst.toFixed(0)} ms)`,
        formatMs(warm),
        `${(median(warm) / median(coldOurSpec)).toFixed(2)}x`,
        `≤300 ms: ${median(warm) <= 300 ? "yes" : "no"}; never >1 s: ${worst <= 1000 ? "yes" : "no"}`,
      ],
      ["  as the watcher counts it (from the file event)", formatMs(reported), "", ""],
      ["cold `generate` (our spec, above)", formatMs(coldOurSpec), "1.00x", ""],
    ],
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
