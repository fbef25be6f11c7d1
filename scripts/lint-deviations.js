/**
 * Which of the project's operation conventions a description breaks, per
 * operation. This is how .redocly.lint-ignore.yaml was derived: run over the
 * real API's structure, it lists the API's own deviations, which the spec
 * keeps (it tells the truth) and the ignore file excuses one by one.
 *
 *   node scripts/lint-deviations.js [file]   (default: openapi/openapi.yaml, ignore file not applied)
 */
import path from "node:path";
import { lint } from "@redocly/openapi-core";
import { openSpec } from "./spec-config.js";

/** The project rules that judge a whole operation (schema rules are not operation deviations). */
export const OPERATION_RULES = [
  "rule/operation-id-resource-verb",
  "akua/operation-bearer-auth",
  "akua/operation-context-header",
  "akua/operation-idempotency-key",
  "akua/operation-if-match",
  "akua/error-envelope",
];

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {object} Deviation
 * @property {string} rule
 * @property {string} operation `METHOD /path`
 * @property {string} file absolute path of the file the problem is reported in
 * @property {string} pointer JSON pointer in that file
 */

/**
 * Lints `root` with the project config but without the ignore file, and keeps
 * the operation-rule problems, each attributed to its operation.
 * @param {{ root?: string, resolver?: import("@redocly/openapi-core").BaseResolver }} [options]
 * @returns {Promise<Deviation[]>}
 */
export async function operationDeviations(options = {}) {
  const session = await openSpec(options);
  session.config.ignore = {};
  const problems = await lint({ ref: session.root, config: session.config, externalRefResolver: session.resolver });
  const index = await operationIndex(session);
  /** @type {Deviation[]} */
  const deviations = [];
  for (const problem of problems) {
    if (!OPERATION_RULES.includes(problem.ruleId)) continue;
    const location = problem.location[0];
    if (!location?.pointer) continue;
    const file = location.source.absoluteRef;
    const operation = index.find(
      (o) => o.file === file && (location.pointer === o.pointer || location.pointer.startsWith(`${o.pointer}/`)),
    )?.operation;
    if (!operation) throw new Error(`${problem.ruleId} at ${file}${location.pointer} is not inside an operation`);
    deviations.push({ rule: problem.ruleId, operation, file, pointer: location.pointer });
  }
  return deviations.sort((a, b) => a.operation.localeCompare(b.operation) || a.rule.localeCompare(b.rule));
}

/**
 * Where each operation is written: (file, JSON pointer) -> `METHOD /path`.
 * @param {import("./spec-config.js").SpecSession} session
 */
async function operationIndex({ root, resolver }) {
  const doc = await resolver.resolveDocument(null, root, true);
  if (doc instanceof Error) throw doc;
  /** @type {{ file: string, pointer: string, operation: string }[]} */
  const index = [];
  const paths = /** @type {any} */ (doc.parsed)?.paths ?? {};
  for (const [template, item] of Object.entries(paths)) {
    let file = root;
    let base = `#/paths/${template.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    let node = /** @type {any} */ (item);
    if (typeof node?.$ref === "string" && !node.$ref.startsWith("#")) {
      file = path.resolve(path.dirname(root), node.$ref.split("#")[0]);
      base = "#";
      const target = await resolver.resolveDocument(null, file, true);
      if (target instanceof Error) throw target;
      node = target.parsed;
    }
    for (const method of METHODS) {
      if (node?.[method])
        index.push({ file, pointer: `${base}/${method}`, operation: `${method.toUpperCase()} ${template}` });
    }
  }
  return index;
}

async function main() {
  const file = process.argv[2];
  const deviations = await operationDeviations({ root: file });
  for (const d of deviations) console.log(`${d.operation.padEnd(48)} ${d.rule}`);
  console.log(`${deviations.length} deviation(s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
