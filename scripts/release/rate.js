/**
 * Rates the changes between two bundled documents for the gate: `redocly diff` on their
 * structure (scripts/release/structure.js), corrected by the project's rules
 * (scripts/release/verdicts.js). A change in prose or `x-*` extensions alone is one patch verdict.
 */
import { redoclyDiffDocuments } from "./redocly-diff.js";
import { structureOf } from "./structure.js";
import { rateChanges } from "./verdicts.js";

/**
 * JSON text with object keys sorted (array order kept).
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** @type {import("./verdicts.js").Verdict} */
export const PROSE_ONLY = {
  impact: "patch",
  redocly: "patch",
  operation: "document",
  where: "",
  direction: undefined,
  rules: ["akua/prose-only"],
  message: "Only prose or x-* extensions changed (descriptions, summaries, examples, x-akua-*).",
};

/**
 * @param {unknown} base
 * @param {unknown} revision
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ verdicts: import("./verdicts.js").Verdict[], changes: number, ms: number }>}
 */
export async function rateSpecs(base, revision, options) {
  const a = structureOf(base);
  const b = structureOf(revision);
  if (canonicalJson(a) === canonicalJson(b)) {
    const same = canonicalJson(base) === canonicalJson(revision);
    return { verdicts: same ? [] : [{ ...PROSE_ONLY }], changes: 0, ms: 0 };
  }
  const { changes, ms } = await redoclyDiffDocuments(a, b, options);
  const verdicts = rateChanges(changes, { base: a, revision: b });
  if (verdicts.length === 0) verdicts.push({ ...PROSE_ONLY });
  return { verdicts, changes: changes.length, ms };
}
