/**
 * Watch mode's second half of the pipeline, run in the types worker beside lint: keep the
 * spec parsed (a session of its own: Redocly's resolver cannot cross threads), and on each
 * request parse again the files that changed on disk, bundle, and make the three outputs
 * (openapi.json, facts.ts, openapi.ts). The main thread meanwhile lints; it writes the
 * outputs only if lint passes.
 */
import { performance } from "node:perf_hooks";
import { bundleSpec, serializeBundle } from "./bundle.js";
import { dropChanged } from "./drop-changed.js";
import { buildFacts, renderFacts } from "./facts.js";
import { openSpec } from "./spec-config.js";
import { typesOfOwnCopy, typesViaOpenapiTS } from "./types.js";

/**
 * @typedef {object} BuildRequest
 * @property {string} root
 * @property {string} configPath
 * @property {boolean} reconfigure load the config anew and parse every file again
 * @property {boolean} report go on when the bundle has problems (`--lint=report`)
 */

/**
 * @typedef {object} BuildResult
 * @property {[string, string][]} files output file name -> contents (none when the bundle failed)
 * @property {string[]} bundleProblems
 * @property {{ step: string, ms: number }[]} timings
 */

/** @type {{ key: string, session: import("./spec-config.js").SpecSession } | undefined} */
let open;

/**
 * @param {BuildRequest} request
 * @returns {Promise<BuildResult>}
 */
export async function buildOutputs({ root, configPath, reconfigure, report }) {
  /** @type {{ step: string, ms: number }[]} */
  const timings = [];
  let start = performance.now();
  const lap = (/** @type {string} */ step) => {
    const now = performance.now();
    timings.push({ step, ms: now - start });
    start = now;
  };
  const key = `${root}\0${configPath}`;
  if (!open || open.key !== key || reconfigure) open = { key, session: await openSpec({ root, configPath }) };
  else await dropChanged(open.session.resolver);
  const bundled = await bundleSpec(open.session);
  lap("bundle");
  if (bundled.problems.length > 0 && !report) return { files: [], bundleProblems: bundled.problems, timings };
  const json = serializeBundle(bundled.document);
  const facts = renderFacts(buildFacts(bundled.document));
  lap("facts");
  // the bundle is this thread's own: the types step may change it now that JSON and facts are made
  const types =
    bundled.problems.length > 0
      ? await typesViaOpenapiTS(bundled.document, undefined, root)
      : await typesOfOwnCopy(bundled.document);
  lap("types");
  return {
    files: [
      ["openapi.json", json],
      ["openapi.ts", types],
      ["facts.ts", facts],
    ],
    bundleProblems: bundled.problems,
    timings,
  };
}
