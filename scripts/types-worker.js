/**
 * The worker thread behind `startTypesWorker` (scripts/types.js): imports openapi-typescript
 * as soon as it starts, then answers `{ id, document, full }` with `{ id, types }` or
 * `{ id, error }` (`full`: through openapiTS() with its own lint and bundle).
 */
import { parentPort } from "node:worker_threads";
import { loadOpenapiTS, typesOfOwnCopy, typesViaOpenapiTS } from "./types.js";

const port = parentPort;
if (!port) throw new Error("scripts/types-worker.js runs as a worker thread (see startTypesWorker)");
const loading = new Promise((resolve) => resolve(loadOpenapiTS()));
// An import that fails is reported on the first request, not as an unhandled rejection.
loading.catch(() => {});

port.on("message", async (/** @type {{ id: number, document: unknown, full?: boolean }} */ message) => {
  const { id, document, full } = message;
  try {
    await loading;
    // The message is this thread's own copy of the document: nothing else holds it.
    const types = full ? await typesViaOpenapiTS(document) : await typesOfOwnCopy(document);
    port.postMessage({ id, types });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
