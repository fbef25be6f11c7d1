/**
 * `npm run spec:audit -- [url-or-file]`: has the real API moved away from our spec?
 *
 * Loads the API's published description (default https://api.akua.dev/v1/openapi.json; a URL,
 * or a local JSON/YAML file), bundles openapi/, and compares them operation by operation with
 * the structural comparison of scripts/spec-compare.js (structure only: prose, examples and
 * `x-*` extensions are ours to write). Published operations outside the SDK's scope are listed,
 * each group with a reason, in openapi/scope.yaml. When something differs, `redocly diff`
 * (openapi/ -> published, with the gate's rules of scripts/release/verdicts.js) rates what
 * catching up would mean for SDK users.
 *
 *   node scripts/spec-audit.js [url-or-file] [--timeout <ms>]
 *
 * Reports, and exits 1 on any of them: an in-scope operation whose structure differs; a
 * published operation that is neither in openapi/ nor in scope.yaml; an operation of openapi/
 * that is no longer published; an operation both in openapi/ and in scope.yaml. Entries of
 * scope.yaml that are not published are a warning. Exit 2: the description could not be
 * loaded or scope.yaml is invalid.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { bundleSpecAt } from "./release/bundle-at.js";
import { rateSpecs } from "./release/rate.js";
import { readScope } from "./release/scope.js";
import { withReachableComponents } from "./release/structure.js";
import { requiredBump } from "./release/verdicts.js";
import { compareSpecs, listOperations } from "./spec-compare.js";
import { defaultSpecRoot } from "./spec-config.js";

export const DEFAULT_SOURCE = "https://api.akua.dev/v1/openapi.json";
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** Names listed at most in one warning line. */
const NAMES_SHOWN = 5;

/**
 * Loads a description from a URL (bounded by `timeoutMs`) or a file; JSON or YAML.
 * @param {string} source
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<any>}
 */
export async function loadDescription(source, options = {}) {
  let text;
  if (/^https?:\/\//i.test(source)) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    let response;
    try {
      response = await fetch(source, {
        headers: { accept: "application/json, application/yaml;q=0.9, */*;q=0.1" },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : "";
      throw new Error(`could not fetch ${source}: ${cause || String(error)}`);
    }
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(path.resolve(source), "utf8").catch((/** @type {Error} */ error) => {
      throw new Error(`could not read ${source}: ${error.message}`);
    });
  }
  /** @type {any} */
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      doc = parseYaml(text);
    } catch (error) {
      throw new Error(`${source} is neither JSON nor YAML: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (!doc || typeof doc !== "object" || typeof doc.paths !== "object" || doc.paths === null) {
    throw new Error(`${source} is not an OpenAPI description (no \`paths\`)`);
  }
  return doc;
}

/**
 * The document with only the operations `keep` accepts (path items left empty are dropped).
 * @param {any} doc
 * @param {(key: string) => boolean} keep
 */
function withOperations(doc, keep) {
  /** @type {Record<string, any>} */
  const paths = {};
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    if (!item || typeof item !== "object") continue;
    const kept = Object.fromEntries(
      Object.entries(item).filter(([k]) => !HTTP_METHODS.includes(k) || keep(`${k.toUpperCase()} ${route}`)),
    );
    if (HTTP_METHODS.some((m) => m in kept)) paths[route] = kept;
  }
  return { ...doc, paths };
}

/**
 * @param {unknown} value
 */
function show(value) {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * One structural difference in the audit's words (published vs openapi/).
 * @param {import("./spec-compare.js").SpecDifference} d
 */
export function describeDifference(d) {
  const words = (/** @type {string} */ s) =>
    s.replace(/\bexpected\b/g, "the published description").replace(/\bactual\b/g, "openapi/");
  const note = d.message ? ` (${words(d.message)})` : "";
  return `${d.where || "(operation)"}: published ${show(d.expected)}, openapi/ ${show(d.actual)}${note}`.replace(
    /[\r\n]+/g,
    " ",
  );
}

/**
 * @param {string[]} names
 */
function someNames(names) {
  const more = names.length > NAMES_SHOWN ? `, ... ${names.length - NAMES_SHOWN} more` : "";
  return names.slice(0, NAMES_SHOWN).join(", ") + more;
}

/**
 * @param {{ source?: string, timeoutMs?: number, log?: (line: string) => void }} options
 * @returns {Promise<number>} the exit code
 */
export async function runAudit(options) {
  const source = options.source ?? DEFAULT_SOURCE;
  const log = options.log ?? console.log;
  const published = await loadDescription(source, { timeoutMs: options.timeoutMs });
  const scope = await readScope();
  const { document: ours } = await bundleSpecAt(defaultSpecRoot);

  const publishedOps = listOperations(published);
  const ourOps = listOperations(ours);
  const pub = new Set(publishedOps);
  const mine = new Set(ourOps);
  const conflicts = ourOps.filter((op) => scope.excluded.has(op));
  const unlisted = publishedOps.filter((op) => !mine.has(op) && !scope.excluded.has(op));
  const unpublished = ourOps.filter((op) => !pub.has(op));
  const stale = [...scope.excluded.keys()].filter((op) => !pub.has(op));
  const compared = ourOps.filter((op) => pub.has(op));
  const diffs = compareSpecs(published, ours, { operations: (k) => mine.has(k) && pub.has(k) });
  /** @type {Map<string, import("./spec-compare.js").SpecDifference[]>} */
  const byOperation = new Map();
  for (const d of diffs) byOperation.set(d.operation, [...(byOperation.get(d.operation) ?? []), d]);

  log(`spec:audit: ${source} (${publishedOps.length} operations) vs openapi/ (${ourOps.length} operations)`);
  log(`  in scope: ${compared.length} published operation(s) described in openapi/, ${byOperation.size} differ`);
  log(`  out of scope: ${scope.excluded.size} operation(s) listed in openapi/scope.yaml (${scope.groups} groups)`);
  if (stale.length > 0) {
    log(`  warning: ${stale.length} operation(s) in openapi/scope.yaml are not published: ${someNames(stale)}`);
  }

  for (const [op, list] of byOperation) {
    log(`DIFFERS       ${op}`);
    for (const d of list) log(`    ${describeDifference(d)}`);
  }
  for (const op of unlisted) {
    log(`NOT IN SCOPE  ${op}: published, but neither described in openapi/ nor listed in openapi/scope.yaml`);
  }
  for (const op of unpublished) log(`UNPUBLISHED   ${op}: described in openapi/, but the API does not publish it`);
  for (const op of conflicts) {
    log(`CONFLICT      ${op}: described in openapi/ and listed as out of scope in openapi/scope.yaml`);
  }

  const drift = byOperation.size + unlisted.length + unpublished.length + conflicts.length;
  if (drift === 0) {
    log("spec:audit: no drift: openapi/ matches the published description in scope");
    return 0;
  }

  if (byOperation.size + unlisted.length + unpublished.length > 0) {
    try {
      const revision = withReachableComponents(withOperations(published, (k) => mine.has(k) || unlisted.includes(k)));
      const rating = await rateSpecs(withReachableComponents(ours), revision);
      // How each side arranges its components (shared parameters vs inline) is not drift.
      const verdicts = rating.verdicts.filter((v) => v.operation !== "document");
      const rated = verdicts.filter((v) => v.impact !== "patch");
      log(`rated by redocly diff, openapi/ -> published, with the gate's rules (scripts/release/verdicts.js):`);
      for (const v of rated) {
        log(
          `  ${(v.impact === "major" ? "MAJOR" : v.impact).padEnd(5)}  ${v.operation}${v.where ? `  ${v.where}` : ""}`,
        );
        log(`         ${v.message}${v.rules.length > 0 ? ` [${v.rules.join(", ")}]` : ""}`);
      }
      const patches = verdicts.length - rated.length;
      if (patches > 0) log(`  ${patches} patch-level change(s) (such as widened request constraints) not listed`);
      const bump = requiredBump(verdicts);
      log(
        bump === "none"
          ? "  redocly diff sees no change for SDK users in these operations"
          : `  catching up with the published description is a ${bump} change for SDK users`,
      );
    } catch (error) {
      log(`  (no rating: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const parts = [];
  if (byOperation.size > 0) parts.push(`${byOperation.size} operation(s) differ`);
  if (unlisted.length > 0) parts.push(`${unlisted.length} published operation(s) neither in scope nor listed`);
  if (unpublished.length > 0) parts.push(`${unpublished.length} operation(s) no longer published`);
  if (conflicts.length > 0) parts.push(`${conflicts.length} operation(s) both in openapi/ and scope.yaml`);
  log(`spec:audit: DRIFT: ${parts.join("; ")}`);
  log(`  what to do: docs/release.md, "When the weekly audit finds drift"`);
  return 1;
}

/**
 * @param {string[]} argv
 * @returns {{ source?: string, timeoutMs?: number, help: boolean }}
 */
export function parseArgs(argv) {
  /** @type {{ source?: string, timeoutMs?: number, help: boolean }} */
  const args = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag, inline] = arg.split("=", 2);
    if (flag === "--help" || flag === "-h") args.help = true;
    else if (flag === "--timeout") {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error("--timeout takes a number of milliseconds");
      args.timeoutMs = value;
    } else if (arg.startsWith("-")) throw new Error(`unknown option ${arg} (usage: spec:audit [url-or-file])`);
    else if (args.source !== undefined) throw new Error(`one description at most (got ${args.source} and ${arg})`);
    else args.source = arg;
  }
  return args;
}

async function main() {
  let code;
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log(`usage: npm run spec:audit -- [url-or-file] [--timeout <ms>]   (default: ${DEFAULT_SOURCE})`);
      return;
    }
    code = await runAudit({ source: args.source, timeoutMs: args.timeoutMs });
  } catch (error) {
    console.error(`spec:audit: ${error instanceof Error ? error.message : String(error)}`);
    code = 2;
  }
  process.exitCode = code;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
