/**
 * Pipeline benchmark: `generate` (lint + bundle + types + facts) against bare
 * openapi-typescript on the same description, rounds interleaved so machine
 * drift hits both alike. Both run as `node <entry>` child processes; bare
 * openapi-typescript runs from a temporary directory so it does not read our
 * redocly.yaml.
 *
 *   node bench/pipeline.js [--rounds N] [--quick]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createBudget, printTable } from "./harness.js";
import { formatMs, formatRatio, median, pairedRatios } from "./stats.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const roundsArg = args.indexOf("--rounds");
const rounds = quick ? 1 : roundsArg >= 0 ? Number(args[roundsArg + 1]) : 5;
/** Each input gets this long; a round that starts before it ends runs to completion. */
const INPUT_BUDGET_MS = 45_000;

const generateEntry = path.join(repoRoot, "scripts", "generate.js");
const openapiTsEntry = path.join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
const publicSpec = path.resolve(repoRoot, "../shared/akua-api/public-structure.json");

/** @type {{ name: string, root: string, extra: string[] }[]} */
const inputs = [
  { name: "our spec (32 operations, split YAML)", root: path.join(repoRoot, "openapi", "openapi.yaml"), extra: [] },
];
if (existsSync(publicSpec)) {
  inputs.push({ name: "public API (232 operations, one JSON)", root: publicSpec, extra: ["--lint=report"] });
} else {
  console.log(`skipping the 232-operation input: ${publicSpec} is not beside this checkout`);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "akua-bench-pipeline-"));
const env = { ...process.env, REDOCLY_TELEMETRY: "off" };

/** @param {string} cwd @param {string[]} argv */
function timeNode(cwd, argv) {
  const start = performance.now();
  execFileSync(process.execPath, argv, { cwd, env, stdio: "ignore", timeout: 120_000 });
  return performance.now() - start;
}

try {
  console.log(`pipeline: up to ${rounds} interleaved round(s) per input, each tool run as \`node <entry>\``);
  console.log("");
  /** @type {string[][]} */
  const rows = [];
  for (const input of inputs) {
    /** @type {number[]} */ const ours = [];
    /** @type {number[]} */ const bare = [];
    const out = path.join(scratch, "out");
    const budget = createBudget(INPUT_BUDGET_MS);
    for (let i = 0; i < rounds; i++) {
      if (i > 0 && budget.exceeded()) break;
      // Alternate which tool goes first so that neither always runs on a warm disk cache.
      const runOurs = () =>
        ours.push(timeNode(repoRoot, [generateEntry, "--root", input.root, "--out", out, ...input.extra]));
      const runBare = () =>
        bare.push(timeNode(scratch, [openapiTsEntry, input.root, "-o", path.join(scratch, "bare.ts")]));
      if (i % 2) {
        runBare();
        runOurs();
      } else {
        runOurs();
        runBare();
      }
    }
    const ratio = median(ours) / median(bare);
    rows.push([
      `${input.name} (${ours.length} runs)`,
      formatMs(ours),
      formatMs(bare),
      formatRatio(pairedRatios(ours, bare)),
      ratio <= 1.5 ? "yes" : "no",
    ]);
  }
  printTable(["input", "generate", "bare openapi-typescript", "generate / bare", "≤1.50x"], rows);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
