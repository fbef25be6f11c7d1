/**
 * openapi/scope.yaml: the published operations this SDK leaves out on purpose, each group with
 * a reason. `spec:audit` skips them and fails on a published operation that is neither in
 * openapi/ nor listed here.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { repoRoot } from "../spec-config.js";

export const scopeFile = path.join(repoRoot, "openapi", "scope.yaml");

const OPERATION_KEY = /^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/\S*$/;

/**
 * @typedef {object} Scope
 * @property {Map<string, string>} excluded `METHOD /path` -> the reason it is out of scope
 * @property {number} groups
 */

/**
 * Parses and checks the scope file: `excluded` is a list of `{ reason, operations }`, every
 * reason is a sentence, every operation a `METHOD /path` key listed once.
 * @param {string} text
 * @param {string} [file] for messages
 * @returns {Scope}
 */
export function parseScope(text, file = "openapi/scope.yaml") {
  /** @type {any} */
  const doc = parseYaml(text);
  if (!doc || typeof doc !== "object" || !Array.isArray(doc.excluded)) {
    throw new Error(`${file}: expected a top-level \`excluded:\` list of { reason, operations }`);
  }
  /** @type {Map<string, string>} */
  const excluded = new Map();
  doc.excluded.forEach((/** @type {any} */ group, /** @type {number} */ i) => {
    const where = `${file}: excluded[${i}]`;
    if (typeof group?.reason !== "string" || group.reason.trim().length < 20) {
      throw new Error(`${where}: every group needs a \`reason\` (a sentence a reviewer can judge)`);
    }
    if (!Array.isArray(group.operations) || group.operations.length === 0) {
      throw new Error(`${where}: \`operations\` must list at least one \`METHOD /path\``);
    }
    for (const op of group.operations) {
      if (typeof op !== "string" || !OPERATION_KEY.test(op)) {
        throw new Error(`${where}: ${JSON.stringify(op)} is not \`METHOD /path\` (e.g. \`GET /agents\`)`);
      }
      if (excluded.has(op)) throw new Error(`${where}: ${op} is listed twice`);
      excluded.set(op, group.reason.trim());
    }
  });
  return { excluded, groups: doc.excluded.length };
}

/**
 * @param {string} [file]
 * @returns {Promise<Scope>}
 */
export async function readScope(file = scopeFile) {
  return parseScope(await readFile(file, "utf8"), path.relative(repoRoot, file) || file);
}
