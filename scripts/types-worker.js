/**
 * The worker thread behind `startTypesWorker` (scripts/types.js): imports openapi-typescript
 * as soon as it starts, then answers `{ id, document, full }` with `{ id, result: types }` or
 * `{ id, error }` (`full`: through openapiTS() with its own lint and bundle). Watch mode also
 * sends `{ id, build }`: parse, bundle and make every output here (scripts/build-outputs.js,
 * loaded on the first such request), answered with `{ id, result: BuildResult }`.
 */
import { parentPort } from "node:worker_threads";
import { loadOpenapiTS, typesOfOwnCopy, typesViaOpenapiTS } from "./types.js";

const port = parentPort;
if (!port) throw new Error("scripts/types-worker.js runs as a worker thread (see startTypesWorker)");
const loading = new Promise((resolve) => resolve(loadOpenapiTS()));
// An import that fails is reported on the first request, not as an unhandled rejection.
loading.catch(() => {});

/**
 * @typedef {{ id: number, document?: unknown, full?: boolean, root?: string,
 *   build?: import("./build-outputs.js").BuildRequest }} Request
 */

port.on("message", async (/** @type {Request} */ message) => {
  const { id, document, full, root, build } = message;
  try {
    await loading;
    if (build) {
      const { buildOutputs } = await import("./build-outputs.js");
      port.postMessage({ id, result: await buildOutputs(build) });
      return;
    }
    // The message is this thread's own copy of the document: nothing else holds it.
    const types = full ? await typesViaOpenapiTS(document, undefined, root) : await typesOfOwnCopy(document);
    port.postMessage({ id, result: types });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
