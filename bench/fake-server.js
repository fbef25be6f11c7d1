/**
 * The fake Akua server (the built `akua-sdk/testing`) in its own process, for
 * bench/helpers.js and bench/fake.js: so that its store, request log and
 * validation stay out of the heap and the CPU being measured. Sends
 * `{ url, token }` once listening; answers `{ seed: n }` by seeding n clusters
 * and `{ memory: "reset" | "read" }` with its memory (below); exits when the
 * parent goes away. An optional first argument is JSON for `startFakeAkua`'s
 * options (e.g. `{"requestLogLimit":1000}`).
 *
 * Memory: from the first `memory` message on, RSS is sampled every 10 ms;
 * `reset` starts a new peak, `read` answers `{ rss, peakRss, heapUsed, cpuMs }`:
 * bytes, `heapUsed` after a full GC when the process runs with `--expose-gc`,
 * and the CPU time (user + system) used since the last `reset`.
 */
import { exitWithParent, importBuiltTesting } from "./harness.js";

exitWithParent();
const { startFakeAkua } = await importBuiltTesting();
const fake = await startFakeAkua(process.argv[2] ? JSON.parse(process.argv[2]) : undefined);

let peakRss = 0;
let cpuSince = process.cpuUsage();
/** @type {NodeJS.Timeout | undefined} */
let sampler;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

process.on("message", (/** @type {any} */ message) => {
  if (message && typeof message.seed === "number") {
    const start = performance.now();
    const ids = fake.seed.clusters(Math.min(message.seed, 1_000_000));
    process.send?.({ seeded: ids.length, ms: performance.now() - start, clusters: fake.state.countClusters() });
  } else if (message && (message.memory === "reset" || message.memory === "read")) {
    sampler ??= setInterval(sample, 10);
    if (message.memory === "reset") {
      peakRss = 0;
      cpuSince = process.cpuUsage();
    }
    sample();
    const cpu = process.cpuUsage(cpuSince);
    const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
    gc?.();
    process.send?.({
      rss: process.memoryUsage.rss(),
      peakRss,
      heapUsed: process.memoryUsage().heapUsed,
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  }
});
process.on("disconnect", () => {
  clearInterval(sampler);
  void fake.close();
});
process.send?.({ url: fake.url, token: fake.token });
