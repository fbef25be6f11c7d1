/**
 * Documents reduced to what `redocly diff` should rate: structure only.
 *
 * `redocly diff` pairs list items (parameters, `oneOf` members) by exact value, then by text
 * similarity of the whole item. Prose weighs in that similarity: rewording a parameter's
 * description, or comparing our described spec with the API's prose-free structure, makes it
 * pair nothing and report "parameter removed" plus "required parameter added", a false major.
 * So prose (`description`, `summary`, `title`, `example(s)`, `externalDocs`, `tags`,
 * `$comment`) and `x-*` extensions are dropped first (the same keys scripts/spec-compare.js
 * ignores), and a change in them alone is rated a patch by the caller.
 */
import { PROSE_KEYS } from "../spec-compare.js";

/** Objects whose keys are names (of properties, paths, components, media types...), never keywords. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
  "paths",
  "webhooks",
  "callbacks",
  "schemas",
  "parameters",
  "responses",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "pathItems",
  "content",
  "encoding",
  "mapping",
  "variables",
  "scopes",
]);

/** Keywords whose values are data (compared as they are, never stripped inside). */
const DATA_KEYS = new Set(["enum", "const", "default", "required"]);

/**
 * A copy of `node` without prose and `x-*` keys.
 * @param {unknown} node
 * @param {boolean} [namesHere] the keys of this object are names
 * @returns {unknown}
 */
function strip(node, namesHere = false) {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (typeof node !== "object" || node === null) return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!namesHere && (PROSE_KEYS.has(key) || key.startsWith("x-"))) continue;
    if (namesHere) out[key] = strip(value);
    else if (DATA_KEYS.has(key)) out[key] = value;
    else out[key] = strip(value, NAME_MAPS.has(key) && !Array.isArray(value));
  }
  return out;
}

/**
 * The document's structure: prose and `x-*` extensions removed everywhere.
 * @param {any} doc
 * @returns {any}
 */
export function structureOf(doc) {
  return strip(doc);
}

/**
 * The document with only the components its paths (and webhooks, security) reach through
 * `$ref`s, transitively.
 * @param {any} doc
 * @returns {any}
 */
export function withReachableComponents(doc) {
  const components = doc?.components;
  if (!components || typeof components !== "object") return doc;
  /** @type {Set<string>} */
  const reached = new Set();
  /** @type {unknown[]} */
  const queue = [{ ...doc, components: { securitySchemes: components.securitySchemes } }];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) {
      queue.push(...node);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
          const [type, name] = value.slice("#/components/".length).split("/");
          const id = `${type}/${name}`;
          if (type !== undefined && name !== undefined && !reached.has(id)) {
            reached.add(id);
            queue.push(components[type]?.[name.replace(/~1/g, "/").replace(/~0/g, "~")]);
          }
        } else {
          queue.push(value);
        }
      }
    }
  }
  /** @type {Record<string, any>} */
  const kept = {};
  for (const [type, map] of Object.entries(components)) {
    if (type === "securitySchemes" || typeof map !== "object" || map === null) {
      kept[type] = map;
      continue;
    }
    kept[type] = Object.fromEntries(
      Object.entries(map).filter(([name]) => reached.has(`${type}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
    );
  }
  return { ...doc, components: kept };
}
