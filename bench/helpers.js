/**
 * Helpers at scale, against the fake server (the built `akua-sdk/testing`) in
 * another process:
 * - `paginate` over 100,000 seeded clusters, in a fresh `--expose-gc` child per
 *   run, heap used after a full GC at 10k and 100k items, against a
 *   hand-written cursor loop over bare openapi-fetch (runs interleaved);
 * - `update` contention: 20 concurrent writers each adding their own label to
 *   one secret (attempts per success, and no write lost), against one writer
 *   making the same 20 updates in sequence.
 *
 *   node bench/helpers.js [--quick] [--rounds N]
 */
import { setMaxListeners } from "node:events";
import path from "node:path";
import { ask, benchDir, createBudget, forkChild, importBuilt, parseArgs, printTable, stopChild } from "./harness.js";
import { formatMedian, formatRatio, median, pairedRatios } from "./stats.js";

const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 3);
const count = args.quick ? 1_000 : 100_000;
const checkpoints = [count / 10, count];
const writers = args.quick ? 5 : 20;
const MAX_ATTEMPTS = 50;
const budget = createBudget(args.quick ? 30_000 : 90_000);
const fmtCount = (/** @type {number} */ n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const mib = (/** @type {number} */ bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

const { child: fake, ready } = await forkChild(path.join(benchDir, "fake-server.js"));
try {
  const seeded = await ask(fake, { seed: count });
  console.log(
    `helpers: fake server in another process, ${seeded.clusters} clusters seeded in ${seeded.ms.toFixed(0)} ms; ` +
      `${rounds} interleaved round(s)`,
  );
  console.log("");
  await paginateBench(ready.url, ready.token);
  console.log("");
  await updateBench(ready.url, ready.token);
} finally {
  await stopChild(fake);
}

/**
 * @param {string} url
 * @param {string} token
 */
async function paginateBench(url, token) {
  const modes = ["akua", "openapi-fetch"];
  /** @type {Record<string, { ms: number[], heap: Record<number, number[]> }>} */
  const runs = Object.fromEntries(
    modes.map((m) => [m, { ms: [], heap: Object.fromEntries([1, ...checkpoints].map((c) => [c, []])) }]),
  );
  let done = 0;
  let itemBytes = 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && budget.exceeded()) break;
    for (let k = 0; k < modes.length; k++) {
      const mode = /** @type {string} */ (modes[(round + k) % modes.length]);
      const { child, ready: result } = await forkChild(
        path.join(benchDir, "paginate-child.js"),
        [mode, url, token, String(count), checkpoints.join(",")],
        { execArgv: ["--expose-gc"], timeoutMs: 180_000 },
      );
      await stopChild(child);
      if (result.items !== count) throw new Error(`${mode}: iterated ${result.items} items, expected ${count}`);
      const run = /** @type {NonNullable<typeof runs[string]>} */ (runs[mode]);
      run.ms.push(result.ms);
      itemBytes = result.itemBytes;
      for (const c of [1, ...checkpoints]) run.heap[c]?.push(result.heap[c]);
    }
    done++;
  }
  const [ten, hundred] = /** @type {[number, number]} */ (checkpoints);
  console.log(
    `paginate GET /clusters, 100 a page, ${fmtCount(count)} items, fresh process per run (${done} each); ` +
      "heap used after a full GC, median ±spread:",
  );
  console.log("");
  const label = { akua: "akua.paginate (for await of items)", "openapi-fetch": "bare openapi-fetch cursor loop" };
  printTable(
    [
      "",
      "time",
      "µs per item",
      "heap at 1st item",
      `heap at ${fmtCount(ten)}`,
      `heap at ${fmtCount(hundred)}`,
      `growth ${fmtCount(ten)}→${fmtCount(hundred)}`,
    ],
    modes.map((mode) => {
      const run = /** @type {NonNullable<typeof runs[string]>} */ (runs[mode]);
      const at = (/** @type {number} */ c) => run.heap[c] ?? [];
      const growth = at(hundred).map((h, i) => h - /** @type {number} */ (at(ten)[i]));
      const g = median(growth);
      return [
        label[/** @type {keyof typeof label} */ (mode)],
        formatMedian(run.ms, "ms", 0),
        median(run.ms.map((ms) => (ms * 1000) / count)).toFixed(1),
        mib(median(at(1))),
        mib(median(at(ten))),
        mib(median(at(hundred))),
        `${g >= 0 ? "+" : ""}${(g / 1024).toFixed(0)} KiB (${(g / (hundred - ten)).toFixed(1)} B/item)`,
      ];
    }),
  );
  const akua = /** @type {NonNullable<typeof runs[string]>} */ (runs["akua"]);
  const bare = /** @type {NonNullable<typeof runs[string]>} */ (runs["openapi-fetch"]);
  console.log("");
  console.log(
    `paginate time / bare loop time: ${formatRatio(pairedRatios(akua.ms, bare.ms))} (per-round ratios). ` +
      `For scale: one item is ${itemBytes} B of JSON, so keeping the items would add at least ` +
      `${mib(itemBytes * (hundred - ten))} from ${fmtCount(ten)} to ${fmtCount(hundred)}.`,
  );
}

/**
 * @param {string} url
 * @param {string} token
 */
async function updateBench(url, token) {
  const { createAkuaClient, unwrap } = await importBuilt();
  const akua = createAkuaClient({ baseUrl: url, token });
  const signal = AbortSignal.timeout(args.quick ? 30_000 : 120_000);
  // Every request of every writer listens on this one signal.
  setMaxListeners(writers * 4, signal);
  /** @typedef {"sequential" | "concurrent" | "concurrent-default"} UpdateMode */
  /** @type {UpdateMode[]} */
  const modes = ["sequential", "concurrent", "concurrent-default"];
  /** @type {Record<UpdateMode, { attempts: number[], msPerSuccess: number[], maxAttempts: number[], gaveUp: number[], lost: number[] }>} */
  const runs = {
    sequential: { attempts: [], msPerSuccess: [], maxAttempts: [], gaveUp: [], lost: [] },
    concurrent: { attempts: [], msPerSuccess: [], maxAttempts: [], gaveUp: [], lost: [] },
    "concurrent-default": { attempts: [], msPerSuccess: [], maxAttempts: [], gaveUp: [], lost: [] },
  };
  // Warm-up (not counted): one update on a secret of its own.
  const warm = unwrap(
    await akua.POST("/secrets", { body: { name: "bench-update-warm-up", kind: "generic", value: "x" } }),
  );
  await akua.update("/secrets/{id}", { params: { path: { id: warm.id } } }, () => ({ labels: { warm: "up" } }), {
    signal,
  });
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && budget.exceeded()) break;
    for (let k = 0; k < modes.length; k++) {
      const mode = /** @type {UpdateMode} */ (modes[(round + k) % modes.length]);
      const secret = unwrap(
        await akua.POST("/secrets", {
          body: { name: `bench-update-${round}-${mode}`, kind: "generic", value: "x" },
        }),
      );
      const attempts = Array.from({ length: writers }, () => 0);
      const write = (/** @type {number} */ w) =>
        akua.update(
          "/secrets/{id}",
          { params: { path: { id: secret.id } } },
          (current) => {
            attempts[w] = (attempts[w] ?? 0) + 1;
            return { labels: { ...current.labels, [`writer-${w}`]: "done" } };
          },
          mode === "concurrent-default" ? { signal } : { maxAttempts: MAX_ATTEMPTS, signal },
        );
      const start = performance.now();
      /** @type {PromiseSettledResult<unknown>[]} */
      let settled = [];
      if (mode !== "sequential") settled = await Promise.allSettled(attempts.map((_, w) => write(w)));
      else for (let w = 0; w < writers; w++) settled.push(...(await Promise.allSettled([write(w)])));
      const ms = performance.now() - start;
      const successes = settled.filter((s) => s.status === "fulfilled").length;
      const final = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
      const kept = Object.keys(final.labels ?? {}).filter((k) => k.startsWith("writer-")).length;
      const total = attempts.reduce((a, b) => a + b, 0);
      const run = runs[mode];
      run.attempts.push(total / Math.max(1, successes));
      run.msPerSuccess.push(ms / Math.max(1, successes));
      run.maxAttempts.push(Math.max(...attempts));
      run.gaveUp.push(writers - successes);
      run.lost.push(successes - kept);
    }
    done++;
  }
  console.log(
    `update: ${writers} writers each add their own label to one secret (read, mutate, PATCH with if-match); ` +
      `${done} round(s), fresh secret each, median ±spread; "gave up" and "lost" are totals over the rounds:`,
  );
  console.log("");
  printTable(
    ["", "attempts per success", "most attempts by one writer", "ms per success", "gave up", "writes lost"],
    modes.map((mode) => {
      const run = runs[mode];
      const label = {
        sequential: `1 writer, ${writers} updates in sequence (maxAttempts ${MAX_ATTEMPTS})`,
        concurrent: `${writers} concurrent writers (maxAttempts ${MAX_ATTEMPTS})`,
        "concurrent-default": `${writers} concurrent writers (default maxAttempts, 5)`,
      };
      return [
        label[mode],
        formatMedian(run.attempts, "", 2).replace("  ", " "),
        String(Math.max(...run.maxAttempts)),
        formatMedian(run.msPerSuccess, "ms", 1),
        String(run.gaveUp.reduce((a, b) => a + b, 0)),
        String(run.lost.reduce((a, b) => a + b, 0)),
      ];
    }),
  );
  console.log("");
  console.log(
    `concurrent / sequential: ${formatRatio(pairedRatios(runs.concurrent.attempts, runs.sequential.attempts))} ` +
      `attempts per success, ${formatRatio(pairedRatios(runs.concurrent.msPerSuccess, runs.sequential.msPerSuccess))} ` +
      "time per success",
  );
}
