/**
 * Remembers the verdicts of Redocly's example-validating lint rules (`no-invalid-schema-examples`,
 * `no-invalid-parameter-examples`, `no-invalid-media-type-examples`): compiling an ajv validator
 * per schema is most of what lint costs, and in watch mode almost every example and schema is
 * the same as in the last run.
 *
 * The three rules call `AjvValidator.validate(example, schema, options)`, whose answer (`valid`
 * and the errors it reports) depends only on: the example, the schema and every schema it
 * reaches through `$ref`s (with where each lives: ajv resolves a `$ref` against its schema's
 * file), the spec version (ajv dialect), `allowAdditionalProperties`, the request/response
 * context and the example's JSON pointer (`instancePath`). `verdictKey` hashes all of them,
 * read from the documents of the current lint run, so an edited file changes the key of every
 * example whose schemas reach it; a verdict is reused only for an identical key. Nothing else
 * changes: on a miss the rule validates as before, and the rules report from the verdict as
 * they always do. A schema whose validation throws is never remembered.
 *
 * `npm run generate` keeps the verdicts of its last run in a file (`loadVerdicts`/`saveVerdicts`,
 * under node_modules/.cache/akua-sdk/; `--no-cache` runs without it), so a run after an edit
 * validates only the examples the edit can affect, as watch mode does in memory.
 *
 * The class is not exported by the package, so it is loaded from the pinned version's file; if
 * that file or method is not there, nothing is patched (lint just does all the work).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./spec-config.js";

/**
 * @typedef {{ valid: boolean, errors: unknown[] }} Verdict
 * @typedef {(node: unknown, from: string) => { node: unknown, location?: { source: { absoluteRef: string }, absolutePointer: string } }} Resolve
 * @typedef {{ schemaLoc: { source: { absoluteRef: string }, absolutePointer: string }, instancePath: string,
 *   resolve: Resolve, allowAdditionalProperties: boolean, ajvContext?: unknown, specVersion: string }} ValidateOptions
 */

/** Part of every key, with the versions of Redocly, its ajv and ajv-formats (`redoclyVersion`). */
const KEY_VERSION = "1";

/** @type {Map<string, Verdict>} key -> verdict, for the whole process */
const verdicts = new Map();
/** verdicts reused and computed in this process (tests, benchmarks) */
const stats = { hits: 0, misses: 0 };
/** @type {Set<string>} keys asked for since the last save: the ones a save keeps */
const used = new Set();
/** The layout of a saved file. */
const FILE_VERSION = 1;
let installed = false;
/** @type {string} Redocly's version and its validator's (in every key and saved file) */
let redoclyVersion = "?";

/**
 * Patches the rules' validator class once per process.
 * @returns {Promise<boolean>} whether verdicts are now remembered
 */
export async function rememberExampleVerdicts() {
  if (installed) return true;
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@redocly/openapi-core");
    const packageDir = path.resolve(path.dirname(entry), "..");
    const { AjvValidator } = await import(pathToFileURL(path.join(path.dirname(entry), "rules", "ajv.js")).href);
    const original = AjvValidator?.prototype?.validate;
    if (typeof original !== "function") return false;
    // The rules' packages and the validator's: a verdict of other versions is not reused.
    const requireFromRedocly = createRequire(entry);
    redoclyVersion = [
      require(path.join(packageDir, "package.json")).version,
      ...["@redocly/ajv", "ajv-formats"].map((name) => {
        try {
          return `${name}@${requireFromRedocly(`${name}/package.json`).version}`;
        } catch {
          return `${name}@?`;
        }
      }),
    ].join(" ");
    /** @this {any} @param {unknown} data @param {unknown} schema @param {ValidateOptions} options */
    AjvValidator.prototype.validate = function (data, schema, options) {
      // Digests of this lint run's schemas: each AjvValidator lives for one run.
      const memo = (this.verdictMemo ??= newRunMemo());
      const key = verdictKey(data, schema, options, memo);
      used.add(key);
      const known = verdicts.get(key);
      if (known) {
        stats.hits++;
        return known;
      }
      stats.misses++;
      const verdict = original.call(this, data, schema, options);
      verdicts.set(key, verdict);
      return verdict;
    };
    installed = true;
    return true;
  } catch {
    return false;
  }
}

/**
 * What one lint run has worked out already: each AjvValidator lives for one run, and the
 * documents do not change during it (an edited file is a new document in the next run).
 * @typedef {object} RunMemo
 * @property {WeakMap<object, string>} nodes a node's digest (its JSON)
 * @property {WeakMap<object, string[]>} refs the `$ref`s below a node
 * @property {Map<string, { where: string, file: string, node: unknown } | null>} targets a `$ref`
 *   from a file -> its target (null: unresolved)
 * @property {WeakMap<object, Map<string, string>>} schemas a schema's digest with its `$ref`s, by file
 */

/** @returns {RunMemo} */
export function newRunMemo() {
  return { nodes: new WeakMap(), refs: new WeakMap(), targets: new Map(), schemas: new WeakMap() };
}

/**
 * The key of one validation: a hash of everything its verdict depends on (see the header).
 * @param {unknown} data the example
 * @param {unknown} schema
 * @param {ValidateOptions} options
 * @param {RunMemo} [memo]
 */
export function verdictKey(data, schema, options, memo = newRunMemo()) {
  const { schemaLoc, instancePath, resolve, allowAdditionalProperties, ajvContext, specVersion } = options;
  const hash = createHash("sha256");
  hash.update(JSON.stringify([KEY_VERSION, redoclyVersion, specVersion, !!allowAdditionalProperties]));
  hash.update(`\0${serialize(ajvContext ?? null)}\0${instancePath}\0${serialize(data)}`);
  hash.update(`\0${schemaLoc.absolutePointer}\0${schemaDigest(schema, schemaLoc.source.absoluteRef, resolve, memo)}`);
  return hash.digest("base64");
}

/**
 * A digest of a schema and of every node it reaches through `$ref`s (each with where it was
 * found), resolved the way the rules resolve them (Redocly's `resolve`, relative to the file
 * holding the `$ref`). An unresolved `$ref` counts as such.
 * @param {unknown} schema
 * @param {string} file the file holding `schema`
 * @param {Resolve} resolve
 * @param {RunMemo} memo
 */
export function schemaDigest(schema, file, resolve, memo) {
  const memoizable = schema !== null && typeof schema === "object";
  const known = memoizable ? memo.schemas.get(/** @type {object} */ (schema))?.get(file) : undefined;
  if (known) return known;
  const hash = createHash("sha256");
  hash.update(nodeDigest(schema, memo));
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {{ node: unknown, file: string }[]} */
  const queue = [{ node: schema, file }];
  while (queue.length > 0) {
    const { node, file: base } = /** @type {{ node: unknown, file: string }} */ (queue.pop());
    for (const ref of refsOf(node, memo)) {
      const id = `${base}\0${ref}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const target = targetOf(id, ref, base, resolve, memo);
      if (!target) {
        hash.update(`\0!${id}`);
        continue;
      }
      hash.update(`\0${id}\0${target.where}\0${nodeDigest(target.node, memo)}`);
      queue.push({ node: target.node, file: target.file });
    }
  }
  const digest = hash.digest("base64");
  if (memoizable) {
    let byFile = memo.schemas.get(/** @type {object} */ (schema));
    if (!byFile) memo.schemas.set(/** @type {object} */ (schema), (byFile = new Map()));
    byFile.set(file, digest);
  }
  return digest;
}

/**
 * @param {string} id
 * @param {string} ref
 * @param {string} base
 * @param {Resolve} resolve
 * @param {RunMemo} memo
 */
function targetOf(id, ref, base, resolve, memo) {
  let target = memo.targets.get(id);
  if (target === undefined) {
    target = null;
    try {
      const resolved = resolve({ $ref: ref }, base);
      if (resolved?.location && resolved.node !== undefined) {
        const { location } = resolved;
        target = { where: location.absolutePointer, file: location.source.absoluteRef, node: resolved.node };
      }
    } catch {
      // unresolved
    }
    memo.targets.set(id, target);
  }
  return target;
}

/**
 * @param {unknown} node
 * @param {RunMemo} memo
 */
function nodeDigest(node, memo) {
  if (node === null || typeof node !== "object") return serialize(node);
  let digest = memo.nodes.get(node);
  if (digest === undefined) {
    digest = createHash("sha256").update(serialize(node)).digest("base64");
    memo.nodes.set(node, digest);
  }
  return digest;
}

/**
 * @param {unknown} node
 * @param {RunMemo} memo
 */
function refsOf(node, memo) {
  if (node === null || typeof node !== "object") return [];
  let refs = memo.refs.get(node);
  if (!refs) memo.refs.set(node, (refs = refsIn(node)));
  return refs;
}

/**
 * JSON with the values JSON cannot tell apart marked (`Infinity`, `NaN` and `null`, a Date and
 * its ISO string, `undefined`), in the node's own key order. Each of them comes out of JSON as
 * `null` or a string, so JSON without `null` and without a Date needs no second look (parsed
 * documents hold no Dates: Redocly's YAML parser reads timestamps as strings).
 * @param {unknown} value
 */
function serialize(value) {
  const plain = JSON.stringify(value);
  if (plain !== undefined && !plain.includes("null") && !hasDate(value)) return plain;
  return (
    JSON.stringify(value, function (key, v) {
      const raw = this[key];
      if (raw === undefined) return { "\0undefined": true };
      if (typeof raw === "number" && !Number.isFinite(raw)) return { "\0number": String(raw) };
      if (typeof raw === "bigint") return { "\0bigint": String(raw) };
      if (raw instanceof Date) return { "\0date": raw.getTime() };
      return v;
    }) ?? "undefined"
  );
}

/**
 * Whether a Date is anywhere in the value (only ever true for values not parsed from a file).
 * @param {unknown} value
 */
function hasDate(value) {
  if (value instanceof Date) return true;
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(hasDate);
}

/**
 * Every `$ref` string anywhere below a node (in schema positions or not: more than ajv follows
 * only makes the key stricter).
 * @param {unknown} node
 * @returns {string[]}
 */
function refsIn(node) {
  /** @type {string[]} */
  const refs = [];
  /** @type {unknown[]} */
  const stack = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "$ref" && typeof v === "string") refs.push(v);
        else if (v !== null && typeof v === "object") stack.push(v);
      }
    }
  }
  return refs;
}

/**
 * Where `npm run generate` keeps the verdicts for a spec and config.
 * @param {string} root the spec's root file
 * @param {string} configPath
 */
export function verdictFile(root, configPath) {
  const id = createHash("sha256")
    .update(`${path.resolve(root)}\0${path.resolve(configPath)}`)
    .digest("hex");
  return path.join(repoRoot, "node_modules", ".cache", "akua-sdk", `example-verdicts-${id.slice(0, 16)}.json`);
}

/**
 * Patches the rules (as `rememberExampleVerdicts`) and adds the verdicts saved in `file`, if
 * it holds any of this Redocly version; a missing or unreadable file adds none.
 * @param {string} file
 * @returns {Promise<number>} how many verdicts were read
 */
export async function loadVerdicts(file) {
  if (!(await rememberExampleVerdicts())) return 0;
  try {
    const saved = JSON.parse(await readFile(file, "utf8"));
    if (saved?.version !== FILE_VERSION || saved.redocly !== redoclyVersion || !Array.isArray(saved.verdicts)) return 0;
    for (const [key, verdict] of saved.verdicts) if (!verdicts.has(key)) verdicts.set(key, verdict);
    return saved.verdicts.length;
  } catch {
    return 0;
  }
}

/**
 * Writes the verdicts asked for since the last save (so the file holds one run's examples and
 * does not grow) to `file`, through a temporary name; verdicts that JSON cannot hold exactly
 * are left out. A failure to write is not an error: the next run just validates more.
 * @param {string} file
 * @returns {Promise<number>} how many verdicts were written
 */
export async function saveVerdicts(file) {
  const keep = [...used].flatMap((key) => {
    const verdict = verdicts.get(key);
    return verdict && isPlainJson(verdict) ? [[key, verdict]] : [];
  });
  used.clear();
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, JSON.stringify({ version: FILE_VERSION, redocly: redoclyVersion, verdicts: keep }));
    await rename(temp, file);
    return keep.length;
  } catch {
    await rm(temp, { force: true }).catch(() => {});
    return 0;
  }
}

/**
 * Whether JSON gives back exactly this value (no `Infinity`, Date, bigint; `undefined` only
 * as an object's property, which reads the same when absent).
 * @param {unknown} value
 */
function isPlainJson(value) {
  let plain = true;
  JSON.stringify(value, function (key, v) {
    const raw = this[key];
    if ((typeof raw === "number" && !Number.isFinite(raw)) || typeof raw === "bigint" || raw instanceof Date) {
      plain = false;
    }
    if (raw === undefined && Array.isArray(this)) plain = false;
    return v;
  });
  return plain;
}

/** How many verdicts were reused and computed so far in this process (tests, benchmarks). */
export function verdictStats() {
  return { ...stats, remembered: verdicts.size };
}

/** Forgets every verdict (tests). */
export function forgetVerdicts() {
  verdicts.clear();
  used.clear();
  stats.hits = 0;
  stats.misses = 0;
}
