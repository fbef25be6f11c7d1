/**
 * Step 3: TypeScript types for the bundled document with openapi-typescript.
 * It is handed the already-bundled object: it lints with its own Redocly v1 core
 * and would abort on problems that our lint already judged.
 *
 * `generate` runs it in a worker thread (`startTypesWorker`), started before
 * anything else: the worker imports openapi-typescript (about 0.7 s) while the
 * main thread imports Redocly, bundles and lints, then types the bundle while
 * the main thread is still linting. Nothing is written unless lint passes; a
 * lint failure just discards the worker's answer. `generateTypes` is the same
 * step in-process.
 */
import { Worker } from "node:worker_threads";

export const TYPES_BANNER = `/**
 * Generated from openapi/ by \`npm run generate\` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

`;

/**
 * @param {unknown} document the bundled OpenAPI document (not modified)
 * @returns {Promise<string>}
 */
export async function generateTypes(document) {
  return typesOfOwnCopy(structuredClone(document));
}

/**
 * The same for a document nobody else holds: openapi-typescript changes it.
 * @param {unknown} document
 * @returns {Promise<string>}
 */
export async function typesOfOwnCopy(document) {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // defaultNonNullable: false, or a request field with a `default` (network_profile on
  // POST /clusters) would be typed as required although callers may omit it.
  const nodes = await openapiTS(/** @type {any} */ (document), {
    silent: true,
    defaultNonNullable: false,
  });
  return TYPES_BANNER + astToString(nodes);
}

/**
 * @typedef {object} TypesWorker
 * @property {(document: unknown) => Promise<string>} generate types for a bundled document
 *   (the document is copied to the worker; one request at a time is typical, several queue)
 * @property {() => Promise<void>} close ends the worker (pending requests are rejected)
 */

/**
 * Starts the worker; it begins importing openapi-typescript at once.
 * @returns {TypesWorker}
 */
export function startTypesWorker() {
  const worker = new Worker(new URL("./types-worker.js", import.meta.url));
  /** @type {Map<number, { resolve: (types: string) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let next = 0;
  /** @type {Error | undefined} */
  let failed;
  const failAll = (/** @type {Error} */ error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (/** @type {{ id: number, types?: string, error?: string }} */ message) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (message.error !== undefined) request.reject(new Error(`types: ${message.error}`));
    else request.resolve(/** @type {string} */ (message.types));
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`types: the worker exited (code ${code})`)));
  return {
    generate(document) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, document });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
