/**
 * The fake Akua server (the built `akua-sdk/testing`) in its own process, for
 * bench/helpers.js: so that its store, request log and validation stay out of
 * the heap and the CPU being measured. Sends `{ url, token }` once listening;
 * answers `{ seed: n }` by seeding n clusters; exits when the parent goes away.
 */
import { exitWithParent, importBuiltTesting } from "./harness.js";

exitWithParent();
const { startFakeAkua } = await importBuiltTesting();
const fake = await startFakeAkua();

process.on("message", (/** @type {any} */ message) => {
  if (message && typeof message.seed === "number") {
    const start = performance.now();
    const ids = fake.seed.clusters(Math.min(message.seed, 1_000_000));
    process.send?.({ seeded: ids.length, ms: performance.now() - start, clusters: fake.state.countClusters() });
  }
});
process.on("disconnect", () => void fake.close());
process.send?.({ url: fake.url, token: fake.token });
