// @ts-check
/**
 * Structural comparison of two OpenAPI 3.x documents.
 *
 * Both documents are plain JSON objects as a bundler produces them: `$ref`s are local JSON
 * pointers (`#/components/...`) and may form cycles. The comparison is per operation, keyed
 * `METHOD /path` (method upper-case, path verbatim, e.g. `POST /clusters/{id}:suspend`), and
 * looks only at structure: prose (`description`, `summary`, `title`, `example(s)`,
 * `externalDocs`, `tags`, `$comment`) and every `x-*` vendor extension are ignored everywhere.
 *
 * Per operation it compares:
 * - `operationId`, `deprecated`;
 * - security requirements (scheme names and scopes; operation-level, else document-level);
 * - parameters keyed `in name` (header names case-insensitive; path-item parameters merged
 *   with operation ones, the operation winning): presence, `required` (absent = false, path
 *   parameters always required), `deprecated`, `style`/`explode`/`allowReserved`/
 *   `allowEmptyValue` (with their defaults), schema, content;
 * - requestBody: presence, `required` (absent = false), media types and their schemas;
 * - responses: status codes (and `default`), per response the header names
 *   (case-insensitive) with `required` and schema, media types and their schemas;
 * - schemas recursively after resolving `$ref`: `type` (as a set), `properties`, `required`
 *   (as a set), `enum` (ordered; order-only differences reported as such), `const`,
 *   `default`, `format`, `pattern`, numeric/length/item/property bounds, `nullable`,
 *   `readOnly`, `writeOnly`, `deprecated`, `uniqueItems` (absent = false for these flags),
 *   `additionalProperties` (absent, true, false and a schema are all distinct), `items`,
 *   `prefixItems`, `allOf`/`oneOf`/`anyOf` (arity, then member by member in order), `not`,
 *   `discriminator` (propertyName and mapping targets), and every other keyword generically
 *   (deep equality after `$ref` resolution, prose and `x-*` keys skipped).
 *
 * Unresolvable `$ref`s are reported as differences (kind `unresolvable-ref`), never thrown.
 * Cycles are handled by memoising (expected node, actual node) pairs.
 *
 * @example
 *   import { compareSpecs, formatDifferences } from "./spec-compare.js";
 *   const diffs = compareSpecs(reference, ours, { operations: (k) => k.startsWith("GET ") });
 *   if (diffs.length > 0) console.error(formatDifferences(diffs));
 */

/**
 * @typedef {"missing-operation" | "extra-operation" | "changed" | "unresolvable-ref"} DifferenceKind
 *   `missing-operation`: in `expected` only; `extra-operation`: in `actual` only; `changed`:
 *   a structural difference inside an operation present in both; `unresolvable-ref`: a `$ref`
 *   that does not resolve in its document (or forms a `$ref`-only loop).
 */

/**
 * One structural difference.
 * @typedef {object} SpecDifference
 * @property {DifferenceKind} kind
 * @property {string} operation `METHOD /path`, e.g. `GET /clusters/{id}`.
 * @property {string} where Locator inside the operation, e.g.
 *   `requestBody.content["application/json"].schema.properties.kubeconfig.minLength`,
 *   `responses.201.headers.location.schema.type`, `parameters[header if-match].required`;
 *   the empty string for missing/extra operations.
 * @property {unknown} [expected] The value in `expected` (`undefined` when absent).
 * @property {unknown} [actual] The value in `actual` (`undefined` when absent).
 * @property {string} [message] Extra explanation, e.g. `enum order differs`.
 */

/**
 * @typedef {object} CompareOptions
 * @property {(key: string) => boolean} [operations] Only compare operations for which this
 *   returns true (`key` is `METHOD /path`).
 * @property {boolean} [onlyCommon] Do not report missing/extra operations; compare only the
 *   operations present in both documents.
 */

/** @typedef {Record<string, unknown>} JsonObject */

/**
 * A difference relative to the node being compared (`where` is a suffix to append).
 * @typedef {object} RelDiff
 * @property {DifferenceKind} kind
 * @property {string} where
 * @property {unknown} expected
 * @property {unknown} actual
 * @property {string} [message]
 */

/**
 * Result of comparing two schema nodes. `low` is the smallest stack depth of a pair that was
 * still being compared when this comparison reached it again (a cycle); `Infinity` if none.
 * @typedef {{ diffs: RelDiff[], low: number }} SchemaResult
 */

/**
 * @typedef {{ ok: true, node: unknown } | { ok: false, ref: string, reason: string }} Resolution
 */

/** @typedef {{ state: "active", depth: number } | { state: "done", diffs: RelDiff[] }} MemoEntry */

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Keys that carry prose or samples only; never compared (also inside generic values). */
export const PROSE_KEYS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "tags",
  "$comment",
]);

/** Boolean schema flags whose absence means false. */
const FALSE_BY_DEFAULT = new Set(["nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"]);

/** Schema keywords whose value is data, compared by plain JSON equality (no `$ref` resolution). */
const DATA_KEYWORDS = new Set([
  "const",
  "default",
  "format",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "minContains",
  "maxContains",
  "contentMediaType",
  "contentEncoding",
  "dependentRequired",
]);

/** Schema keywords whose value is a single schema (or a boolean schema). */
const SCHEMA_KEYWORDS = new Set([
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "additionalItems",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
]);

/** Schema keywords whose value is a list of schemas, compared member by member in order. */
const SCHEMA_LIST_KEYWORDS = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);

/** Schema keywords whose value is a map of name -> schema. */
const SCHEMA_MAP_KEYWORDS = new Set(["patternProperties", "dependentSchemas", "$defs", "definitions"]);

/**
 * @param {string} key
 * @returns {boolean}
 */
function isIgnoredKey(key) {
  return PROSE_KEYS.has(key) || key.startsWith("x-");
}

/**
 * @param {unknown} value
 * @returns {value is JsonObject}
 */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * @param {JsonObject} object
 * @param {string} key
 * @returns {unknown}
 */
function own(object, key) {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Locator segment for a name: `.name` when it is identifier-like, else `["na-me"]`.
 * @param {string} name
 * @returns {string}
 */
function seg(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/**
 * Canonical JSON text (object keys sorted) for equality of data values.
 * @param {unknown} value
 * @returns {string}
 */
function canonical(value) {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return canonical(a) === canonical(b);
}

/**
 * Sorted union of the keys of two optional objects, minus ignored (prose / `x-*`) keys.
 * @param {unknown} a
 * @param {unknown} b
 * @param {(key: string) => string} [normalise]
 * @returns {string[]}
 */
function keyUnion(a, b, normalise = (k) => k) {
  const keys = new Set();
  for (const side of [a, b]) {
    if (isObject(side)) for (const k of Object.keys(side)) if (!isIgnoredKey(k)) keys.add(normalise(k));
  }
  return [...keys].sort(compareStrings);
}

/**
 * Code-unit string order (locale independent, deterministic).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param {string} where
 * @param {unknown} expected
 * @param {unknown} actual
 * @param {string} [message]
 * @returns {RelDiff}
 */
function changed(where, expected, actual, message) {
  /** @type {RelDiff} */
  const diff = { kind: "changed", where, expected, actual };
  if (message !== undefined) diff.message = message;
  return diff;
}

/**
 * @param {string} prefix
 * @param {RelDiff[]} diffs
 * @returns {RelDiff[]}
 */
function prefixed(prefix, diffs) {
  return diffs.map((d) => ({ ...d, where: prefix + d.where }));
}

/**
 * Resolves a local JSON pointer (`#/a/b~1c`) against a document.
 * @param {unknown} doc
 * @param {string} ref
 * @returns {{ found: true, value: unknown } | { found: false }}
 */
function resolvePointer(doc, ref) {
  if (!ref.startsWith("#")) return { found: false };
  const fragment = ref.slice(1);
  if (fragment === "") return { found: true, value: doc };
  if (!fragment.startsWith("/")) return { found: false };
  /** @type {unknown} */
  let current = doc;
  for (const raw of fragment.slice(1).split("/")) {
    let token = raw;
    try {
      token = decodeURIComponent(raw);
    } catch {
      // keep the raw token
    }
    token = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return { found: false };
      const index = Number(token);
      if (index >= current.length) return { found: false };
      current = current[index];
    } else if (isObject(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

/** Resolves `$ref`s within one document, keeping node identity stable (for memoisation). */
class Resolver {
  /** @param {unknown} doc */
  constructor(doc) {
    this.doc = doc;
    /** @type {WeakMap<object, unknown>} ref nodes with non-prose siblings -> merged node */
    this.merged = new WeakMap();
  }

  /**
   * Follows `$ref`s until a node without one. Non-prose siblings of a `$ref` are overlaid on
   * the target (OpenAPI 3.1 allows them); prose siblings are dropped.
   * @param {unknown} node
   * @param {Set<object>} [seen]
   * @returns {Resolution}
   */
  resolve(node, seen = new Set()) {
    if (!isObject(node) || typeof node.$ref !== "string") return { ok: true, node };
    const ref = node.$ref;
    if (seen.has(node)) return { ok: false, ref, reason: "circular $ref chain" };
    seen.add(node);
    const target = resolvePointer(this.doc, ref);
    if (!target.found) return { ok: false, ref, reason: "unresolvable" };
    const resolved = this.resolve(target.value, seen);
    if (!resolved.ok) return resolved;
    const siblings = Object.keys(node).filter((k) => k !== "$ref" && !isIgnoredKey(k));
    if (siblings.length === 0 || !isObject(resolved.node)) return resolved;
    let merged = this.merged.get(node);
    if (merged === undefined) {
      /** @type {JsonObject} */
      const overlay = { ...resolved.node };
      for (const k of siblings) overlay[k] = node[k];
      merged = overlay;
      this.merged.set(node, merged);
    }
    return { ok: true, node: merged };
  }
}

/** Stateful comparison of two documents; schema pair results are memoised across operations. */
class Comparer {
  /**
   * @param {object} expected
   * @param {object} actual
   */
  constructor(expected, actual) {
    this.exp = new Resolver(expected);
    this.act = new Resolver(actual);
    /** @type {WeakMap<object, WeakMap<object, MemoEntry>>} */
    this.memo = new WeakMap();
    this.depth = 0;
  }

  /**
   * Resolves both nodes; on failure returns the difference to report instead.
   * @param {unknown} e
   * @param {unknown} a
   * @returns {{ ok: true, e: unknown, a: unknown } | { ok: false, diff: RelDiff }}
   */
  resolvePair(e, a) {
    const re = this.exp.resolve(e);
    const ra = this.act.resolve(a);
    if (re.ok && ra.ok) return { ok: true, e: re.node, a: ra.node };
    const parts = [];
    if (!re.ok) parts.push(`${re.reason} $ref in expected: ${re.ref}`);
    if (!ra.ok) parts.push(`${ra.reason} $ref in actual: ${ra.ref}`);
    return {
      ok: false,
      diff: {
        kind: "unresolvable-ref",
        where: "",
        expected: re.ok ? e : re.ref,
        actual: ra.ok ? a : ra.ref,
        message: parts.join("; "),
      },
    };
  }

  /**
   * Compares two schemas (either may be absent, a boolean schema, or a `$ref`).
   * @param {unknown} e
   * @param {unknown} a
   * @returns {SchemaResult}
   */
  schema(e, a) {
    if (e === undefined || a === undefined) {
      return { diffs: e === a ? [] : [changed("", e, a)], low: Infinity };
    }
    const pair = this.resolvePair(e, a);
    if (!pair.ok) return { diffs: [pair.diff], low: Infinity };
    const E = pair.e;
    const A = pair.a;
    if (!isObject(E) || !isObject(A)) {
      return { diffs: jsonEqual(E, A) ? [] : [changed("", E, A)], low: Infinity };
    }

    let inner = this.memo.get(E);
    if (inner === undefined) {
      inner = new WeakMap();
      this.memo.set(E, inner);
    }
    const memo = inner.get(A);
    if (memo !== undefined) {
      return memo.state === "done" ? { diffs: memo.diffs, low: Infinity } : { diffs: [], low: memo.depth };
    }
    const depth = ++this.depth;
    inner.set(A, { state: "active", depth });

    /** @type {RelDiff[]} */
    const out = [];
    let low = Infinity;
    /**
     * @param {string} where
     * @param {SchemaResult} result
     */
    const add = (where, result) => {
      for (const d of result.diffs) out.push({ ...d, where: where + d.where });
      if (result.low < low) low = result.low;
    };

    for (const key of keyUnion(E, A)) {
      if (key === "$ref") continue;
      const ev = own(E, key);
      const av = own(A, key);
      const where = seg(key);
      if (key === "type") {
        out.push(...compareType(ev, av));
      } else if (key === "properties") {
        for (const name of namesUnion(ev, av)) {
          const ep = isObject(ev) ? own(ev, name) : undefined;
          const ap = isObject(av) ? own(av, name) : undefined;
          const where = `.properties${seg(name)}`;
          const required = own(E, "required");
          if (ep === undefined && PROSE_KEYS.has(name) && Array.isArray(required) && required.includes(name)) {
            // A property named like a prose key (`description`, `summary`) that the expected side
            // requires but does not define: a structure made by stripping prose keys lost it.
          } else if (ep === undefined || ap === undefined) {
            out.push(
              changed(where, ep, ap, ep === undefined ? "property only in actual" : "property only in expected"),
            );
          } else {
            add(where, this.schema(ep, ap));
          }
        }
      } else if (key === "required") {
        out.push(...compareSet(".required", ev, av));
      } else if (key === "enum") {
        out.push(...compareEnum(ev, av));
      } else if (FALSE_BY_DEFAULT.has(key)) {
        if ((ev ?? false) !== (av ?? false)) out.push(changed(where, ev, av));
      } else if (DATA_KEYWORDS.has(key)) {
        if (!jsonEqual(ev, av)) out.push(changed(where, ev, av));
      } else if (key === "items" && (Array.isArray(ev) || Array.isArray(av))) {
        add(where, this.schemaList(ev, av, key));
      } else if (key === "items" || SCHEMA_KEYWORDS.has(key)) {
        add(where, this.schema(ev, av));
      } else if (SCHEMA_LIST_KEYWORDS.has(key)) {
        add(where, this.schemaList(ev, av, key));
      } else if (SCHEMA_MAP_KEYWORDS.has(key)) {
        if (!isObject(ev) || !isObject(av)) {
          if (!jsonEqual(ev, av)) out.push(changed(where, ev, av));
        } else {
          for (const name of namesUnion(ev, av)) add(`${where}${seg(name)}`, this.schema(own(ev, name), own(av, name)));
        }
      } else if (key === "discriminator") {
        add(where, this.discriminator(ev, av));
      } else {
        out.push(...prefixed(where, this.generic(ev, av)));
      }
    }

    this.depth--;
    if (low >= depth) {
      inner.set(A, { state: "done", diffs: out });
      return { diffs: out, low: Infinity };
    }
    inner.delete(A);
    return { diffs: out, low };
  }

  /**
   * Compares lists of schemas: arity first, then member by member in order.
   * @param {unknown} ev
   * @param {unknown} av
   * @param {string} keyword
   * @returns {SchemaResult}
   */
  schemaList(ev, av, keyword) {
    if (!Array.isArray(ev) || !Array.isArray(av)) {
      return { diffs: jsonEqual(ev, av) ? [] : [changed("", ev, av)], low: Infinity };
    }
    /** @type {RelDiff[]} */
    const diffs = [];
    let low = Infinity;
    if (ev.length !== av.length) {
      diffs.push(
        changed("", ev.length, av.length, `${keyword} has ${ev.length} members in expected, ${av.length} in actual`),
      );
    }
    const n = Math.min(ev.length, av.length);
    for (let i = 0; i < n; i++) {
      const r = this.schema(ev[i], av[i]);
      diffs.push(...prefixed(`[${i}]`, r.diffs));
      if (r.low < low) low = r.low;
    }
    return { diffs, low };
  }

  /**
   * Compares `discriminator` objects: `propertyName`, `mapping` (keys, and the schemas the
   * targets resolve to) and any other key generically.
   * @param {unknown} ev
   * @param {unknown} av
   * @returns {SchemaResult}
   */
  discriminator(ev, av) {
    if (!isObject(ev) || !isObject(av)) {
      return { diffs: jsonEqual(ev, av) ? [] : [changed("", ev, av)], low: Infinity };
    }
    /** @type {RelDiff[]} */
    const diffs = [];
    let low = Infinity;
    for (const key of keyUnion(ev, av)) {
      const e = own(ev, key);
      const a = own(av, key);
      if (key === "propertyName") {
        if (e !== a) diffs.push(changed(".propertyName", e, a));
      } else if (key === "mapping" && isObject(e) && isObject(a)) {
        for (const name of namesUnion(e, a)) {
          const et = own(e, name);
          const at = own(a, name);
          const where = `.mapping${seg(name)}`;
          if (typeof et !== "string" || typeof at !== "string") {
            if (et !== at) diffs.push(changed(where, et, at));
            continue;
          }
          const r = this.schema({ $ref: mappingRef(et) }, { $ref: mappingRef(at) });
          diffs.push(...prefixed(where, r.diffs));
          if (r.low < low) low = r.low;
        }
      } else {
        diffs.push(...prefixed(seg(key), this.generic(e, a)));
      }
    }
    return { diffs, low };
  }

  /**
   * Generic structural comparison of any JSON values: `$ref`s resolved, prose and `x-*` keys
   * skipped, arrays compared index by index, scalars by equality.
   * @param {unknown} e
   * @param {unknown} a
   * @param {Set<string>} [stack] pairs in progress, as `${id(e)} ${id(a)}`, for cycles
   * @returns {RelDiff[]}
   */
  generic(e, a, stack = new Set()) {
    if (e === undefined || a === undefined) return e === a ? [] : [changed("", e, a)];
    const pair = this.resolvePair(e, a);
    if (!pair.ok) return [pair.diff];
    const E = pair.e;
    const A = pair.a;
    if (Array.isArray(E) && Array.isArray(A)) {
      /** @type {RelDiff[]} */
      const diffs = [];
      for (let i = 0; i < Math.max(E.length, A.length); i++) {
        diffs.push(...prefixed(`[${i}]`, this.generic(E[i], A[i], stack)));
      }
      return diffs;
    }
    if (isObject(E) && isObject(A)) {
      const key = `${objectId(E)} ${objectId(A)}`;
      if (stack.has(key)) return [];
      stack.add(key);
      /** @type {RelDiff[]} */
      const diffs = [];
      for (const k of keyUnion(E, A)) {
        if (k === "$ref") continue;
        diffs.push(...prefixed(seg(k), this.generic(own(E, k), own(A, k), stack)));
      }
      stack.delete(key);
      return diffs;
    }
    return jsonEqual(E, A) ? [] : [changed("", E, A)];
  }

  /**
   * Compares two `content` maps (media type -> media type object); keys case-insensitive.
   * @param {unknown} ev
   * @param {unknown} av
   * @returns {RelDiff[]} relative to the `content` node
   */
  content(ev, av) {
    const e = lowerKeys(ev);
    const a = lowerKeys(av);
    /** @type {RelDiff[]} */
    const diffs = [];
    for (const type of [...new Set([...e.keys(), ...a.keys()])].sort(compareStrings)) {
      const where = `[${JSON.stringify(type)}]`;
      const em = e.get(type);
      const am = a.get(type);
      if (em === undefined || am === undefined) {
        diffs.push(
          changed(where, em, am, em === undefined ? "media type only in actual" : "media type only in expected"),
        );
        continue;
      }
      for (const key of keyUnion(em, am)) {
        const emv = isObject(em) ? own(em, key) : undefined;
        const amv = isObject(am) ? own(am, key) : undefined;
        if (key === "schema") diffs.push(...prefixed(`${where}.schema`, this.schema(emv, amv).diffs));
        else diffs.push(...prefixed(`${where}${seg(key)}`, this.generic(emv, amv)));
      }
    }
    return diffs;
  }

  /**
   * Compares two parameter or header objects (already resolved).
   * @param {JsonObject} e
   * @param {JsonObject} a
   * @param {string | undefined} location `in` of a parameter; undefined for a response header
   * @returns {RelDiff[]}
   */
  parameterLike(e, a, location) {
    /** @type {RelDiff[]} */
    const diffs = [];
    const alwaysRequired = location === "path";
    const er = alwaysRequired || own(e, "required") === true;
    const ar = alwaysRequired || own(a, "required") === true;
    if (er !== ar) diffs.push(changed(".required", own(e, "required"), own(a, "required")));
    const defaultStyle = location === "query" || location === "cookie" ? "form" : "simple";
    /** @param {JsonObject} p */
    const style = (p) => own(p, "style") ?? defaultStyle;
    /** @param {JsonObject} p */
    const explode = (p) => own(p, "explode") ?? style(p) === "form";
    /** @type {Record<string, (p: JsonObject) => unknown>} */
    const normalised = {
      deprecated: (p) => own(p, "deprecated") ?? false,
      allowEmptyValue: (p) => own(p, "allowEmptyValue") ?? false,
      allowReserved: (p) => own(p, "allowReserved") ?? false,
      style,
      explode,
    };
    for (const key of keyUnion(e, a)) {
      if (key === "name" || key === "in" || key === "required") continue;
      const ev = own(e, key);
      const av = own(a, key);
      const norm = normalised[key];
      if (norm !== undefined) {
        if (!jsonEqual(norm(e), norm(a))) diffs.push(changed(seg(key), ev, av));
      } else if (key === "schema") {
        diffs.push(...prefixed(".schema", this.schema(ev, av).diffs));
      } else if (key === "content") {
        diffs.push(...prefixed(".content", this.content(ev, av)));
      } else {
        diffs.push(...prefixed(seg(key), this.generic(ev, av)));
      }
    }
    return diffs;
  }

  /**
   * Collects the parameters of a path item and an operation, keyed `in name`.
   * @param {Resolver} resolver
   * @param {unknown} pathLevel
   * @param {unknown} opLevel
   * @param {RelDiff[]} problems receives unresolvable `$ref`s
   * @param {"expected" | "actual"} side
   * @returns {Map<string, JsonObject>}
   */
  collectParameters(resolver, pathLevel, opLevel, problems, side) {
    /** @type {Map<string, JsonObject>} */
    const result = new Map();
    for (const list of [pathLevel, opLevel]) {
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        const r = resolver.resolve(raw);
        if (!r.ok) {
          problems.push({
            kind: "unresolvable-ref",
            where: `parameters[$ref ${r.ref}]`,
            expected: side === "expected" ? r.ref : undefined,
            actual: side === "actual" ? r.ref : undefined,
            message: `${r.reason} $ref in ${side}: ${r.ref}`,
          });
          continue;
        }
        if (!isObject(r.node)) continue;
        const location = String(own(r.node, "in"));
        const name = String(own(r.node, "name"));
        result.set(`${location} ${location === "header" ? name.toLowerCase() : name}`, r.node);
      }
    }
    return result;
  }

  /**
   * Compares two operations.
   * @param {{ op: JsonObject, pathItem: JsonObject }} e
   * @param {{ op: JsonObject, pathItem: JsonObject }} a
   * @returns {RelDiff[]}
   */
  operation(e, a) {
    /** @type {RelDiff[]} */
    const diffs = [];
    const eop = e.op;
    const aop = a.op;

    const eId = own(eop, "operationId");
    const aId = own(aop, "operationId");
    if (eId !== aId) diffs.push(changed("operationId", eId, aId));

    if ((own(eop, "deprecated") ?? false) !== (own(aop, "deprecated") ?? false)) {
      diffs.push(changed("deprecated", own(eop, "deprecated"), own(aop, "deprecated")));
    }

    const eSec = normaliseSecurity(own(eop, "security") ?? own(/** @type {JsonObject} */ (this.exp.doc), "security"));
    const aSec = normaliseSecurity(own(aop, "security") ?? own(/** @type {JsonObject} */ (this.act.doc), "security"));
    diffs.push(...compareSet("security", eSec, aSec));

    // Parameters.
    const eParams = this.collectParameters(
      this.exp,
      own(e.pathItem, "parameters"),
      own(eop, "parameters"),
      diffs,
      "expected",
    );
    const aParams = this.collectParameters(
      this.act,
      own(a.pathItem, "parameters"),
      own(aop, "parameters"),
      diffs,
      "actual",
    );
    for (const key of [...new Set([...eParams.keys(), ...aParams.keys()])].sort(compareStrings)) {
      const where = `parameters[${key}]`;
      const ep = eParams.get(key);
      const ap = aParams.get(key);
      if (ep === undefined || ap === undefined) {
        diffs.push(
          changed(where, ep, ap, ep === undefined ? "parameter only in actual" : "parameter only in expected"),
        );
      } else {
        diffs.push(...prefixed(where, this.parameterLike(ep, ap, String(own(ep, "in")))));
      }
    }

    // Request body.
    const eBody = own(eop, "requestBody");
    const aBody = own(aop, "requestBody");
    if (eBody !== undefined || aBody !== undefined) {
      if (eBody === undefined || aBody === undefined) {
        diffs.push(changed("requestBody", eBody, aBody));
      } else {
        const pair = this.resolvePair(eBody, aBody);
        if (!pair.ok) {
          diffs.push(...prefixed("requestBody", [pair.diff]));
        } else if (isObject(pair.e) && isObject(pair.a)) {
          diffs.push(...prefixed("requestBody", this.requestBody(pair.e, pair.a)));
        }
      }
    }

    // Responses.
    const eResponses = own(eop, "responses");
    const aResponses = own(aop, "responses");
    for (const code of keyUnion(eResponses, aResponses)) {
      const er = isObject(eResponses) ? own(eResponses, code) : undefined;
      const ar = isObject(aResponses) ? own(aResponses, code) : undefined;
      const where = `responses.${code}`;
      if (er === undefined || ar === undefined) {
        diffs.push(changed(where, er, ar, er === undefined ? "status only in actual" : "status only in expected"));
        continue;
      }
      const pair = this.resolvePair(er, ar);
      if (!pair.ok) diffs.push(...prefixed(where, [pair.diff]));
      else if (isObject(pair.e) && isObject(pair.a)) diffs.push(...prefixed(where, this.response(pair.e, pair.a)));
    }

    // Anything else on the operation (callbacks, servers, ...), generically.
    const known = new Set(["operationId", "deprecated", "security", "parameters", "requestBody", "responses"]);
    for (const key of keyUnion(eop, aop)) {
      if (!known.has(key)) diffs.push(...prefixed(key, this.generic(own(eop, key), own(aop, key))));
    }
    return diffs;
  }

  /**
   * @param {JsonObject} e
   * @param {JsonObject} a
   * @returns {RelDiff[]}
   */
  requestBody(e, a) {
    /** @type {RelDiff[]} */
    const diffs = [];
    if ((own(e, "required") === true) !== (own(a, "required") === true)) {
      diffs.push(changed(".required", own(e, "required"), own(a, "required")));
    }
    for (const key of keyUnion(e, a)) {
      if (key === "required") continue;
      if (key === "content") diffs.push(...prefixed(".content", this.content(own(e, key), own(a, key))));
      else diffs.push(...prefixed(seg(key), this.generic(own(e, key), own(a, key))));
    }
    return diffs;
  }

  /**
   * @param {JsonObject} e
   * @param {JsonObject} a
   * @returns {RelDiff[]}
   */
  response(e, a) {
    /** @type {RelDiff[]} */
    const diffs = [];
    for (const key of keyUnion(e, a)) {
      if (key === "content") {
        diffs.push(...prefixed(".content", this.content(own(e, key), own(a, key))));
      } else if (key === "headers") {
        diffs.push(...this.headers(own(e, key), own(a, key)));
      } else {
        diffs.push(...prefixed(seg(key), this.generic(own(e, key), own(a, key))));
      }
    }
    return diffs;
  }

  /**
   * Compares response header maps (names case-insensitive).
   * @param {unknown} ev
   * @param {unknown} av
   * @returns {RelDiff[]}
   */
  headers(ev, av) {
    const e = lowerKeys(ev);
    const a = lowerKeys(av);
    /** @type {RelDiff[]} */
    const diffs = [];
    for (const name of [...new Set([...e.keys(), ...a.keys()])].sort(compareStrings)) {
      const where = `.headers${seg(name)}`;
      const eh = e.get(name);
      const ah = a.get(name);
      if (eh === undefined || ah === undefined) {
        diffs.push(changed(where, eh, ah, eh === undefined ? "header only in actual" : "header only in expected"));
        continue;
      }
      const pair = this.resolvePair(eh, ah);
      if (!pair.ok) diffs.push(...prefixed(where, [pair.diff]));
      else if (isObject(pair.e) && isObject(pair.a))
        diffs.push(...prefixed(where, this.parameterLike(pair.e, pair.a, undefined)));
    }
    return diffs;
  }
}

/**
 * Turns a discriminator mapping value into a `$ref` (bare names mean component schemas).
 * @param {string} value
 * @returns {string}
 */
function mappingRef(value) {
  return value.includes("/") || value.startsWith("#") ? value : `#/components/schemas/${value}`;
}

/**
 * Map of lower-cased key -> value, prose/`x-*` keys skipped.
 * @param {unknown} value
 * @returns {Map<string, unknown>}
 */
function lowerKeys(value) {
  /** @type {Map<string, unknown>} */
  const map = new Map();
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) if (!k.startsWith("x-")) map.set(k.toLowerCase(), v);
  }
  return map;
}

/**
 * Sorted union of the keys of two optional name -> value maps (names are data: nothing skipped).
 * @param {unknown} a
 * @param {unknown} b
 * @returns {string[]}
 */
function namesUnion(a, b) {
  const names = new Set();
  for (const side of [a, b]) if (isObject(side)) for (const k of Object.keys(side)) names.add(k);
  return [...names].sort(compareStrings);
}

/**
 * Compares `type` values as sets (a string is a one-element set).
 * @param {unknown} ev
 * @param {unknown} av
 * @returns {RelDiff[]}
 */
function compareType(ev, av) {
  /** @param {unknown} t */
  const norm = (t) =>
    t === undefined ? undefined : canonical([...new Set(Array.isArray(t) ? t : [t])].map(String).sort(compareStrings));
  return norm(ev) === norm(av) ? [] : [changed(".type", ev, av)];
}

/**
 * Compares two lists as sets (absent = empty). Reports one difference at `where`.
 * @param {string} where
 * @param {unknown} ev
 * @param {unknown} av
 * @returns {RelDiff[]}
 */
function compareSet(where, ev, av) {
  const e = new Map((Array.isArray(ev) ? ev : []).map((v) => [canonical(v), v]));
  const a = new Map((Array.isArray(av) ? av : []).map((v) => [canonical(v), v]));
  const onlyE = [...e.keys()].filter((k) => !a.has(k)).sort(compareStrings);
  const onlyA = [...a.keys()].filter((k) => !e.has(k)).sort(compareStrings);
  if (onlyE.length === 0 && onlyA.length === 0) return [];
  const parts = [];
  if (onlyE.length > 0) parts.push(`only in expected: ${onlyE.join(", ")}`);
  if (onlyA.length > 0) parts.push(`only in actual: ${onlyA.join(", ")}`);
  return [changed(where, ev, av, parts.join("; "))];
}

/**
 * Compares `enum` lists: values as an ordered list, order-only changes reported as such.
 * @param {unknown} ev
 * @param {unknown} av
 * @returns {RelDiff[]}
 */
function compareEnum(ev, av) {
  if (!Array.isArray(ev) || !Array.isArray(av)) return jsonEqual(ev, av) ? [] : [changed(".enum", ev, av)];
  const e = ev.map(canonical);
  const a = av.map(canonical);
  if (e.join("\u0000") === a.join("\u0000")) return [];
  const sortedE = [...e].sort(compareStrings).join("\u0000");
  const sortedA = [...a].sort(compareStrings).join("\u0000");
  if (sortedE === sortedA) return [changed(".enum", ev, av, "enum order differs")];
  const setE = new Set(e);
  const setA = new Set(a);
  const parts = [];
  const removed = e.filter((v) => !setA.has(v));
  const added = a.filter((v) => !setE.has(v));
  if (removed.length > 0) parts.push(`only in expected: ${removed.join(", ")}`);
  if (added.length > 0) parts.push(`only in actual: ${added.join(", ")}`);
  if (parts.length === 0) parts.push("enum values differ (duplicates)");
  return [changed(".enum", ev, av, parts.join("; "))];
}

/**
 * Normalises security requirements to sorted canonical strings, e.g. `BearerAuth[]`,
 * `OAuth[read,write] + ApiKey[]`; `{}` (anonymous) becomes `{}`.
 * @param {unknown} security
 * @returns {string[]}
 */
function normaliseSecurity(security) {
  if (!Array.isArray(security)) return [];
  const out = new Set();
  for (const requirement of security) {
    if (!isObject(requirement)) continue;
    const schemes = Object.keys(requirement)
      .filter((k) => !k.startsWith("x-"))
      .sort(compareStrings)
      .map((name) => {
        const scopes = requirement[name];
        const list = Array.isArray(scopes) ? [...new Set(scopes.map(String))].sort(compareStrings) : [];
        return `${name}[${list.join(",")}]`;
      });
    out.add(schemes.length === 0 ? "{}" : schemes.join(" + "));
  }
  return [...out].sort(compareStrings);
}

/**
 * A stable id per object, for cycle keys in generic comparison.
 * @type {WeakMap<object, number>}
 */
const objectIds = new WeakMap();
let nextObjectId = 1;

/**
 * @param {object} object
 * @returns {number}
 */
function objectId(object) {
  let id = objectIds.get(object);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(object, id);
  }
  return id;
}

/**
 * Operations of a document, keyed `METHOD /path`.
 * @param {unknown} doc
 * @returns {Map<string, { op: JsonObject, pathItem: JsonObject }>}
 */
function operationMap(doc) {
  /** @type {Map<string, { op: JsonObject, pathItem: JsonObject }>} */
  const result = new Map();
  const paths = isObject(doc) ? own(doc, "paths") : undefined;
  if (!isObject(paths)) return result;
  for (const [path, rawItem] of Object.entries(paths)) {
    if (path.startsWith("x-")) continue;
    const resolved = new Resolver(doc).resolve(rawItem);
    const pathItem = resolved.ok ? resolved.node : undefined;
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const op = own(pathItem, method);
      if (isObject(op)) result.set(`${method.toUpperCase()} ${path}`, { op, pathItem });
    }
  }
  return result;
}

/**
 * Lists the operations of an OpenAPI document.
 * @param {object} doc An OpenAPI 3.x document.
 * @returns {string[]} `METHOD /path` keys (method upper-case, path verbatim), sorted.
 */
export function listOperations(doc) {
  return [...operationMap(doc).keys()].sort(compareStrings);
}

/**
 * Compares two OpenAPI 3.x documents structurally.
 * @param {object} expected The reference document (e.g. the real API's description).
 * @param {object} actual The document checked against it (e.g. our bundled spec).
 * @param {CompareOptions} [options]
 * @returns {SpecDifference[]} Differences sorted by operation, then `where`; empty if equal.
 */
export function compareSpecs(expected, actual, options = {}) {
  const filter = options.operations ?? (() => true);
  const eOps = operationMap(expected);
  const aOps = operationMap(actual);
  const comparer = new Comparer(expected, actual);
  /** @type {SpecDifference[]} */
  const diffs = [];
  const keys = [...new Set([...eOps.keys(), ...aOps.keys()])].filter((k) => filter(k)).sort(compareStrings);
  for (const key of keys) {
    const e = eOps.get(key);
    const a = aOps.get(key);
    if (e === undefined || a === undefined) {
      if (options.onlyCommon) continue;
      diffs.push(
        e === undefined
          ? { kind: "extra-operation", operation: key, where: "", expected: undefined, actual: a?.op }
          : { kind: "missing-operation", operation: key, where: "", expected: e.op, actual: undefined },
      );
      continue;
    }
    for (const d of comparer.operation(e, a)) diffs.push({ ...d, operation: key });
  }
  return diffs.sort((x, y) => compareStrings(x.operation, y.operation) || compareStrings(x.where, y.where));
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function show(value) {
  if (value === undefined) return "(absent)";
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/**
 * Human-readable report: one line per difference, naming the operation and the locator.
 * @param {SpecDifference[]} diffs
 * @returns {string} The lines joined with `\n` (empty string when there are none).
 */
export function formatDifferences(diffs) {
  return diffs
    .map((d) => {
      if (d.kind === "missing-operation") return `${d.operation}: missing operation (in expected, not in actual)`;
      if (d.kind === "extra-operation") return `${d.operation}: extra operation (in actual, not in expected)`;
      const note = d.message ? ` (${d.message})` : "";
      return `${d.operation} ${d.where}: expected ${show(d.expected)}, actual ${show(d.actual)}${note}`.replace(
        /[\r\n]+/g,
        " ",
      );
    })
    .join("\n");
}
