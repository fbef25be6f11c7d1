/**
 * The fake server (the built `akua-sdk/testing`, in its own process) under
 * refused uploads: small requests (`GET /regions?limit=5`, 4 in flight) for a
 * fixed time, alone (the baseline) and while 20 clients (in a third process)
 * each upload 10 MB bodies in a loop that the fake refuses (401 without a
 * token, 413 past `maxBodyBytes` with one). Per phase: small requests per
 * second, their p50 and p99 latency, the fake's peak RSS (sampled every
 * 10 ms) and CPU (% of one core), and the refused uploads per second; phases are interleaved per round
 * and ratios taken per round. The fake's heap after a full GC is read after
 * the warm-up and again after the last round.
 *
 *   node bench/fake.js [--quick] [--rounds N]
 */
import path from "node:path";
import { ask, benchDir, createBudget, forkChild, parseArgs, printTable, stopChild } from "./harness.js";
import { formatMedian, formatRatio, median, pairedRatios } from "./stats.js";

const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 5);
const phaseMs = args.quick ? 300 : 3000;
const uploaders = args.quick ? 2 : 20;
const uploadBytes = args.quick ? 2 * 1024 * 1024 : 10 * 1000 * 1000;
const warmUpRequests = args.quick ? 200 : 3000;
const SMALL_IN_FLIGHT = 4;
const REQUEST_LOG_LIMIT = 1000;
const budget = createBudget(args.quick ? 30_000 : 150_000);
const mib = (/** @type {number} */ bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const { child: fake, ready } = await forkChild(
  path.join(benchDir, "fake-server.js"),
  [JSON.stringify({ requestLogLimit: REQUEST_LOG_LIMIT })],
  { execArgv: ["--expose-gc"] },
);
const { child: uploader } = await forkChild(path.join(benchDir, "fake-uploaders.js"));
try {
  const { url, token } = ready;
  const upload = { url, token, clients: uploaders, bytes: uploadBytes };

  // Warm-up (not counted): fills the request log to its limit and runs the refusal paths.
  await smallRequests(url, token, { count: warmUpRequests });
  await ask(uploader, { start: { ...upload, clients: Math.min(4, uploaders) } });
  await new Promise((resolve) => setTimeout(resolve, args.quick ? 100 : 500));
  await ask(uploader, { stop: true });
  const start = await ask(fake, { memory: "read" });

  /** @typedef {{ perSecond: number[], p50: number[], p99: number[], peakRss: number[], cpu: number[], failed: number }} Phase */
  /** @type {{ baseline: Phase, uploads: Phase }} */
  const phases = {
    baseline: { perSecond: [], p50: [], p99: [], peakRss: [], cpu: [], failed: 0 },
    uploads: { perSecond: [], p50: [], p99: [], peakRss: [], cpu: [], failed: 0 },
  };
  /** @type {number[]} */
  const uploadsPerSecond = [];
  /** @type {Record<string, number>} */
  const uploadStatuses = {};
  let uploadErrors = 0;
  /** @type {string | undefined} */
  let firstUploadError;
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && budget.exceeded()) break;
    /** @type {("baseline" | "uploads")[]} */
    const order = round % 2 ? ["uploads", "baseline"] : ["baseline", "uploads"];
    for (const name of order) {
      await ask(fake, { memory: "reset" });
      if (name === "uploads") await ask(uploader, { start: upload });
      const small = await smallRequests(url, token, { ms: phaseMs });
      if (name === "uploads") {
        const result = await ask(uploader, { stop: true }, 120_000);
        uploadsPerSecond.push((result.uploads / small.ms) * 1000);
        for (const [status, n] of Object.entries(/** @type {Record<string, number>} */ (result.byStatus))) {
          uploadStatuses[status] = (uploadStatuses[status] ?? 0) + n;
        }
        uploadErrors += result.errors;
        firstUploadError ??= result.firstError;
      }
      const memory = await ask(fake, { memory: "read" });
      const phase = phases[name];
      phase.perSecond.push((small.latencies.length / small.ms) * 1000);
      phase.p50.push(quantile(small.latencies, 0.5));
      phase.p99.push(quantile(small.latencies, 0.99));
      phase.peakRss.push(memory.peakRss);
      phase.cpu.push((memory.cpuMs / small.ms) * 100);
      phase.failed += small.failed;
    }
    done++;
  }
  const end = await ask(fake, { memory: "read" });

  console.log(
    `fake: GET /regions?limit=5, ${SMALL_IN_FLIGHT} in flight, ${phaseMs / 1000} s per phase, ${done} interleaved ` +
      `round(s); uploads: ${uploaders} clients each POSTing ${mib(uploadBytes)} bodies in a loop (half without a ` +
      "token: 401; half with: 413), median ±spread:",
  );
  console.log("");
  printTable(
    ["", "small requests/s", "p50", "p99", "fake peak RSS", "fake CPU", "refused uploads/s"],
    /** @type {const} */ (["baseline", "uploads"]).map((name) => {
      const phase = phases[name];
      return [
        name === "baseline" ? "small requests alone" : `with ${uploaders} uploaders`,
        formatMedian(phase.perSecond, "", 0).replace("  ", " "),
        formatMedian(phase.p50, "ms", 2),
        formatMedian(phase.p99, "ms", 2),
        mib(median(phase.peakRss)),
        `${median(phase.cpu).toFixed(0)}%`,
        name === "baseline" ? "-" : formatMedian(uploadsPerSecond, "", 1).replace("  ", " "),
      ];
    }),
  );
  console.log("");
  console.log(
    `with uploaders / alone: ${formatRatio(pairedRatios(phases.uploads.perSecond, phases.baseline.perSecond))} ` +
      `small requests per second, ${formatRatio(pairedRatios(phases.uploads.p99, phases.baseline.p99))} p99, ` +
      `${formatRatio(pairedRatios(phases.uploads.peakRss, phases.baseline.peakRss))} peak RSS`,
  );
  console.log(
    `refused uploads: ${Object.entries(uploadStatuses)
      .map(([status, n]) => `${n} x ${status}`)
      .join(", ")}; network errors: ${uploadErrors}${firstUploadError ? ` (first: ${firstUploadError})` : ""}; ` +
      `failed small requests: ${phases.baseline.failed + phases.uploads.failed}`,
  );
  console.log(
    `fake heap used after a full GC: ${mib(start.heapUsed)} after the warm-up, ${mib(end.heapUsed)} after the run ` +
      `(${end.heapUsed >= start.heapUsed ? "+" : ""}${((end.heapUsed - start.heapUsed) / 1024).toFixed(0)} KiB); ` +
      `RSS ${mib(start.rss)} after the warm-up, ${mib(end.rss)} after the run ` +
      `(request log limit ${REQUEST_LOG_LIMIT}, full from the warm-up on)`,
  );
} finally {
  await stopChild(uploader);
  await stopChild(fake);
}

/**
 * Small requests, `SMALL_IN_FLIGHT` at a time, for `ms` or `count` requests.
 * @param {string} url
 * @param {string} token
 * @param {{ ms?: number, count?: number }} until
 */
async function smallRequests(url, token, until) {
  const headers = { authorization: `Bearer ${token}` };
  /** @type {number[]} */
  const latencies = [];
  let failed = 0;
  let started = 0;
  const t0 = performance.now();
  const more = () =>
    until.count !== undefined ? started < until.count : performance.now() - t0 < /** @type {number} */ (until.ms);
  const loop = async () => {
    while (more()) {
      started++;
      const t = performance.now();
      try {
        const res = await fetch(`${url}/regions?limit=5`, { headers });
        await res.arrayBuffer();
        if (res.status === 200) latencies.push(performance.now() - t);
        else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: SMALL_IN_FLIGHT }, loop));
  return { latencies, failed, ms: performance.now() - t0 };
}

/**
 * @param {number[]} samples
 * @param {number} q 0..1
 */
function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length === 0
    ? Number.NaN
    : /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
}
