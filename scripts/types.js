/**
 * Step 3: TypeScript types for the bundled document with openapi-typescript.
 *
 * The bundle is handed straight to openapi-typescript's transform (`transformSchema`),
 * skipping the Redocly v1 lint and bundle that its `openapiTS()` entry runs first (about
 * half of its time on our spec): the document is already bundled, and that lint's errors
 * (`minimal` plus `operation-operationId-unique`) are all errors of our own lint, which has
 * passed by the time the types are used (with `--lint=report` they are reported, not fatal).
 * The options are openapiTS's defaults for the two we set; `typesViaOpenapiTS` is the same
 * step through `openapiTS()`, and test/generate.test.ts holds the two equal.
 *
 * `generate` runs it in a worker thread (`startTypesWorker`), started before
 * anything else: the worker imports openapi-typescript (about 0.7 s) while the
 * main thread imports Redocly, bundles and lints, then types the bundle while
 * the main thread is still linting. Nothing is written unless lint passes; a
 * lint failure just discards the worker's answer. `generateTypes` is the same
 * step in-process.
 *
 * openapi-typescript is loaded through its CommonJS build (`loadOpenapiTS`): imported as
 * ES modules, Node first scans TypeScript's 9 MB CommonJS file for its export names, which
 * doubles the cost of loading it (about 1.1 s of CPU against 0.5 s); the code is the same.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
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

/** @typedef {typeof import("openapi-typescript")} OpenapiTS */

/**
 * openapi-typescript's CommonJS build (see above); Node caches it after the first call.
 * @returns {OpenapiTS}
 */
export function loadOpenapiTS() {
  return createRequire(import.meta.url)("openapi-typescript");
}

/** The two options that differ from openapi-typescript's defaults. */
const OPTIONS = {
  silent: true,
  // defaultNonNullable: false, or a request field with a `default` (network_profile on
  // POST /clusters) would be typed as required although callers may omit it.
  defaultNonNullable: false,
};

/**
 * The same for a document nobody else holds: openapi-typescript changes it.
 * @param {unknown} document
 * @returns {Promise<string>}
 */
export async function typesOfOwnCopy(document) {
  const { transformSchema, scanDiscriminators, resolveRef, astToString } = loadOpenapiTS();
  const schema = /** @type {any} */ (document);
  checkVersion(schema);
  // openapiTS()'s context (openapi-typescript 7.13.0, dist/index.mjs) with OPTIONS; `redoc` is
  // read by nothing after its own lint and bundle.
  const ctx = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined,
    silent: OPTIONS.silent,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    /** @param {string} $ref */
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: OPTIONS.silent });
    },
  };
  return TYPES_BANNER + astToString(transformSchema(schema, /** @type {any} */ (ctx)));
}

/**
 * The same types through openapi-typescript's own entry, which lints and bundles the
 * document again with its Redocly v1 first (tests: the two must agree).
 * @param {unknown} document (not modified)
 * @param {OpenapiTS} [module] the package as loaded (default its CommonJS build; tests pass
 *   the ES module build that bare openapi-typescript's command line runs)
 * @param {string} [root] the file the document was bundled from: a `$ref` the bundle left
 *   (a discriminator mapping's, or an unresolved one) is looked up beside it, as bare
 *   openapi-typescript does, not in the working directory
 * @returns {Promise<string>}
 */
export async function typesViaOpenapiTS(document, module = loadOpenapiTS(), root = undefined) {
  const { default: openapiTS, astToString } = module;
  // openapi-typescript takes `cwd` as the document's own location when it is a URL
  const options = root === undefined ? OPTIONS : { ...OPTIONS, cwd: pathToFileURL(path.resolve(root)) };
  const nodes = await openapiTS(/** @type {any} */ (structuredClone(document)), options);
  return TYPES_BANNER + astToString(nodes);
}

/**
 * openapiTS()'s check of the document's version, with its messages.
 * @param {any} schema
 */
function checkVersion(schema) {
  const version = Number.parseFloat(schema?.openapi);
  if (schema?.swagger) throw new Error("Unsupported Swagger version: 2.x. Use OpenAPI 3.x instead.");
  if (!schema?.openapi) throw new Error("Unsupported schema format, expected `openapi: 3.x`");
  if (Number.isNaN(version) || version < 3 || version >= 4) {
    throw new Error(`Unsupported OpenAPI version: ${schema.openapi}`);
  }
}

/**
 * @typedef {object} TypesWorker
 * @property {(document: unknown, options?: { full?: boolean, root?: string }) => Promise<string>} generate types
 *   for a bundled document (the document is copied to the worker; one request at a time is
 *   typical, several queue); `full`: through openapiTS() (`typesViaOpenapiTS`), which fails
 *   where openapi-typescript's own lint finds an error, as bare openapi-typescript does
 *   (`root`: the file the document was bundled from, for the refs the bundle left)
 * @property {(request: import("./build-outputs.js").BuildRequest) => Promise<import("./build-outputs.js").BuildResult>} build
 *   watch mode: parse what changed, bundle and make every output in the worker, which keeps
 *   the spec parsed between requests (scripts/build-outputs.js)
 * @property {() => Promise<void>} close ends the worker (pending requests are rejected)
 */

/**
 * Starts the worker; it begins importing openapi-typescript at once.
 * @returns {TypesWorker}
 */
export function startTypesWorker() {
  const worker = new Worker(new URL("./types-worker.js", import.meta.url));
  /** @type {Map<number, { resolve: (result: any) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let next = 0;
  /** @type {Error | undefined} */
  let failed;
  const failAll = (/** @type {Error} */ error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (/** @type {{ id: number, result?: unknown, error?: string }} */ message) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (message.error !== undefined) request.reject(new Error(`types: ${message.error}`));
    else request.resolve(message.result);
  });
  /** @param {object} message */
  const ask = (message) => {
    if (failed) return Promise.reject(failed);
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  };
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`types: the worker exited (code ${code})`)));
  return {
    generate(document, options = {}) {
      return ask({ document, full: options.full === true, root: options.root });
    },
    build(request) {
      return ask({ build: request });
    },
    async close() {
      await worker.terminate();
    },
  };
}
