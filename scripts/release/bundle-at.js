/**
 * Bundles a split spec with the project's Redocly session (scripts/spec-config.js + bundle.js),
 * as `npm run generate` does, from the working tree or from a past ref extracted by git.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleSpec } from "../bundle.js";
import { lintSpec, summarize } from "../lint.js";
import { openSpec } from "../spec-config.js";
import { readTreeAt } from "./git.js";

/**
 * @typedef {object} BundledSpec
 * @property {any} document
 * @property {{ errors: number, warnings: number } | undefined} lint today's rules, report mode
 * @property {number} ms
 */

/**
 * Lints (report mode: a past spec may break today's rules; its problems are counted, never
 * fatal) and bundles the spec whose root is `root`.
 * @param {string} root
 * @param {{ lint?: boolean, ignoreAs?: string }} [options] `ignoreAs`: the folder these files
 *   normally live in (the repository's openapi/): its entries in the lint ignore file apply to
 *   the copies under `root`'s folder too
 * @returns {Promise<BundledSpec>}
 */
export async function bundleSpecAt(root, options = {}) {
  const started = performance.now();
  const session = await openSpec({ root });
  if (options.ignoreAs !== undefined) {
    const from = path.resolve(options.ignoreAs) + path.sep;
    const to = path.dirname(path.resolve(root)) + path.sep;
    const ignore = session.config.ignore;
    for (const file of Object.keys(ignore)) {
      const entry = ignore[file];
      if (file.startsWith(from) && entry) ignore[to + file.slice(from.length)] = entry;
    }
  }
  const lint = options.lint ? summarize(await lintSpec(session)) : undefined;
  const { document, problems } = await bundleSpec(session);
  if (problems.length > 0) throw new Error(`bundling ${root} failed:\n${problems.join("\n")}`);
  return { document, lint, ms: performance.now() - started };
}

/**
 * Writes the files under `paths` at `ref` into `dir` (same relative layout).
 * @param {string} ref
 * @param {string[]} paths
 * @param {string} repo
 * @param {string} dir
 * @returns {Promise<Map<string, Buffer>>} the files read
 */
export async function extractAt(ref, paths, repo, dir) {
  const files = readTreeAt(ref, paths, repo);
  for (const [file, contents] of files) {
    const target = path.join(dir, ...file.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  return files;
}
