/**
 * Step 4: the per-operation facts table the runtime reads instead of guessing
 * semantics from a path: does the operation take an idempotency key, does it
 * need `if-match`, may it be retried freely, which fields are sensitive, does
 * it answer with a long-running Operation.
 */

export const FACTS_BANNER =
  "// Generated from openapi/ by `npm run generate`. Do not edit: change the spec and regenerate.\n";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const READ_METHODS = new Set(["get", "head", "options"]);

/**
 * @typedef {object} OperationFacts
 * @property {string} operationId
 * @property {boolean} idempotencyKey accepts the `idempotency-key` header
 * @property {"required" | "optional" | "none"} ifMatch the `if-match` header
 * @property {boolean} retrySafe a read, or a POST marked `x-akua-retry-safe`
 * @property {boolean} returnsOperation a 2xx answer is a long-running Operation
 * @property {string[]} sensitiveRequest body fields marked `x-akua-sensitive` (`a.b`, `list[]`, `map.*`)
 * @property {Record<string, string[]>} sensitiveResponse per status, the same for the answer
 */

/**
 * @param {any} doc a bundled OpenAPI document (internal `$ref`s)
 * @param {{ operationSchema?: string }} [options] name of the Operation component
 * @returns {Record<string, OperationFacts>} keyed `METHOD /path`, sorted
 */
export function buildFacts(doc, options = {}) {
  const operationRef = `#/components/schemas/${options.operationSchema ?? "Operation"}`;
  /** @type {Record<string, OperationFacts>} */
  const facts = {};
  const keys = [];
  const sensitivePaths = sensitiveWalker(doc);
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolve(doc, rawItem);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const params = new Map();
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(doc, p))) {
        if (p?.name) params.set(`${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`, p);
      }
      const ifMatch = params.get("header:if-match");
      const responses = Object.entries(op.responses ?? {}).map(([status, r]) => [status, resolve(doc, r)]);
      /** @type {Record<string, string[]>} */
      const sensitiveResponse = {};
      let returnsOperation = false;
      for (const [status, response] of responses) {
        const schema = jsonSchema(doc, response);
        if (!schema) continue;
        if (/^2/.test(status) && (schema.$ref === operationRef || isOperationShaped(resolve(doc, schema)))) {
          returnsOperation = true;
        }
        const fields = sensitivePaths(schema);
        if (fields.length > 0) sensitiveResponse[status] = fields;
      }
      const body = resolve(doc, op.requestBody);
      const key = `${method.toUpperCase()} ${path}`;
      keys.push(key);
      facts[key] = {
        operationId: op.operationId ?? key,
        idempotencyKey: params.has("header:idempotency-key"),
        ifMatch: ifMatch ? (ifMatch.required ? "required" : "optional") : "none",
        retrySafe: READ_METHODS.has(method) || op["x-akua-retry-safe"] === true,
        returnsOperation,
        sensitiveRequest: body ? sensitivePaths(jsonSchema(doc, body)) : [],
        sensitiveResponse,
      };
    }
  }
  /** @type {Record<string, OperationFacts>} */
  const sorted = {};
  for (const key of keys.sort()) sorted[key] = /** @type {OperationFacts} */ (facts[key]);
  return sorted;
}

/**
 * The runtime's compact key of a \`METHOD /path\`: the low 24 bits of its FNV-1a hash in
 * base 36, 5 characters. src/facts.ts has the same function (a test holds them together).
 * @param {string} key
 */
export function factKey(key) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash & 0xffffff).toString(36).padStart(5, "0");
}

/**
 * The compact facts of generated/facts.ts: the compact keys (see {@link factKey}) of the
 * operations that accept \`idempotency-key\` (\`keyed\`) and of the non-GET operations
 * retried like a GET (\`retrySafe\`), each a run of 5-character keys; and \`sensitive\`,
 * space-separated \`key:field|field\` for request body fields marked \`x-akua-sensitive\`.
 * @param {Record<string, OperationFacts>} facts
 * @throws Error when two operations of the description share a key
 */
export function compactFacts(facts) {
  const keys = Object.keys(facts);
  if (new Set(keys.map(factKey)).size !== keys.length) throw new Error("facts: two operations share a compact key");
  const pick = (/** @type {(f: OperationFacts, k: string) => boolean} */ test) =>
    keys.filter((k) => test(/** @type {OperationFacts} */ (facts[k]), k));
  return {
    keyed: pick((f) => f.idempotencyKey)
      .map(factKey)
      .join(""),
    retrySafe: pick((f, k) => f.retrySafe && !/^(GET|HEAD|OPTIONS) /.test(k))
      .map(factKey)
      .join(""),
    sensitive: pick((f) => f.sensitiveRequest.length > 0)
      .map((k) => `${factKey(k)}:${facts[k]?.sensitiveRequest.join("|")}`)
      .join(" "),
  };
}

/**
 * An Operation of another name (the package and machine operations have schemas of
 * their own): an object with \`id\`, \`done\` and a \`state\` that can be \`SUCCEEDED\`.
 * @param {any} schema
 */
function isOperationShaped(schema) {
  const p = schema?.properties;
  return Boolean(p?.id && p?.done && Array.isArray(p?.state?.enum) && p.state.enum.includes("SUCCEEDED"));
}

/**
 * The facts module written to generated/facts.ts.
 * @param {Record<string, OperationFacts>} facts
 */
export function renderFacts(facts) {
  return `${FACTS_BANNER}
/** What the runtime needs to know about one operation (see scripts/facts.js). */
export interface OperationFacts {
  readonly operationId: string;
  /** Accepts the \`idempotency-key\` header. */
  readonly idempotencyKey: boolean;
  /** Whether the \`if-match\` header is required, optional or not accepted. */
  readonly ifMatch: "required" | "optional" | "none";
  /** A read, or a POST marked \`x-akua-retry-safe\`: retried like a GET. */
  readonly retrySafe: boolean;
  /** A 2xx answer is a long-running Operation. */
  readonly returnsOperation: boolean;
  /** Request body fields marked \`x-akua-sensitive\` (\`a.b\`, \`list[]\`, \`map.*\`). */
  readonly sensitiveRequest: readonly string[];
  /** Per status, the answer's fields marked \`x-akua-sensitive\`. */
  readonly sensitiveResponse: Readonly<Record<string, readonly string[]>>;
}

/** Facts per operation, keyed \`METHOD /path\` as in the spec. */
export const operationFacts: Readonly<Record<string, OperationFacts>> = ${JSON.stringify(facts, null, 2)};

/**
 * What the client's transport reads at run time, compact (the full table above stays out
 * of the runtime bundle). Each operation is a 5-character key (24 bits of the FNV-1a hash
 * of \`METHOD /path\`, base 36; src/facts.ts hashes the same way): \`keyed\` lists those that
 * accept \`idempotency-key\`, \`retrySafe\` the non-GET operations retried like a GET, and
 * \`sensitive\` gives \`key:field|field\` for request body fields marked \`x-akua-sensitive\`.
 */
export const compactFacts = ${JSON.stringify(compactFacts(facts), null, 2)};
`;
}

/**
 * Follows internal `$ref`s (at most 32 hops) to the node they point at.
 * @param {any} doc
 * @param {any} node
 * @returns {any}
 */
function resolve(doc, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
    if (!current.$ref.startsWith("#/")) throw new Error(`facts: external $ref ${current.$ref} in a bundled document`);
    /** @type {string[]} */
    const keys = current.$ref.slice(2).split("/");
    current = keys
      .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((/** @type {any} */ at, key) => at?.[key], doc);
  }
  return current;
}

/**
 * @param {any} doc
 * @param {any} holder a response or request body
 */
function jsonSchema(doc, holder) {
  const content = holder?.content ?? {};
  const media = content["application/json"] ?? Object.values(content)[0];
  return resolve(doc, media)?.schema;
}

/**
 * The schema nodes one step below `node`, each with the path segment that leads there
 * (`name`, `[]` for items, `*` for additionalProperties, `` for a combiner member).
 * A property marked `x-akua-sensitive` is a leaf: it is reported, not entered.
 * @param {any} node a resolved schema
 * @returns {{ raw: any, step: string, sensitive: boolean }[]}
 */
function children(node) {
  /** @type {{ raw: any, step: string, sensitive: boolean }[]} */
  const out = [];
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    out.push({ raw: property, step: name, sensitive: /** @type {any} */ (property)?.["x-akua-sensitive"] === true });
  }
  if (node.items) out.push({ raw: node.items, step: "[]", sensitive: false });
  if (node.additionalProperties && typeof node.additionalProperties === "object") {
    out.push({ raw: node.additionalProperties, step: "*", sensitive: false });
  }
  for (const combiner of ["allOf", "oneOf", "anyOf"]) {
    for (const member of node[combiner] ?? []) out.push({ raw: member, step: "", sensitive: false });
  }
  return out;
}

/**
 * `prefix` followed by the relative path `rest` (`a` + `b` = `a.b`, `a` + `[]` = `a[]`).
 * @param {string} prefix
 * @param {string} rest
 */
function joinPath(prefix, rest) {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith("[]") ? `${prefix}${rest}` : `${prefix}.${rest}`;
}

/**
 * The sensitive-field walk over one document, shared by all of its operations so that each
 * schema is walked once, not once per path that reaches it (densely linked descriptions such
 * as Stripe's have exponentially many such paths):
 *
 * 1. `mayHold`: the schemas from which some `x-akua-sensitive` property can be reached (one
 *    pass over the schema graph, then backwards from the marked ones). The walk never enters
 *    any other schema; in a description without marks it ends at once.
 * 2. The walk reports every path that visits no schema twice (a cycle is cut where it
 *    closes). A schema whose walk cut no cycle reaches no cycle of such schemas, so its
 *    paths do not depend on how it was reached: they are memoized and every later path
 *    that reaches it reuses them. Only schemas on a cycle that leads to a marked property
 *    are walked again per path; the result is the same as walking every path anew.
 * @param {any} doc
 */
export function sensitiveWalker(doc) {
  /** @type {Map<any, { raw: any, step: string, sensitive: boolean }[]>} */
  const edges = new Map();
  /** @param {any} node */
  const edgesOf = (node) => {
    let list = edges.get(node);
    if (!list) edges.set(node, (list = children(node)));
    return list;
  };

  /** Schemas from which a marked property can be reached, grown as operations ask. */
  const mayHold = new Set();
  /** @type {Map<any, any[]>} schema -> the schemas that lead to it */
  const parents = new Map();
  const explored = new Set();
  /** @param {any} node */
  const hold = (node) => {
    if (mayHold.has(node)) return;
    mayHold.add(node);
    const stack = [node];
    while (stack.length > 0) {
      for (const parent of parents.get(stack.pop()) ?? []) {
        if (!mayHold.has(parent)) {
          mayHold.add(parent);
          stack.push(parent);
        }
      }
    }
  };
  /** @param {any} root explores what `root` reaches, once per schema for the whole document */
  const explore = (root) => {
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (explored.has(node)) continue;
      explored.add(node);
      for (const { raw, sensitive } of edgesOf(node)) {
        if (sensitive) {
          hold(node);
          continue;
        }
        const child = resolve(doc, raw);
        if (!child || typeof child !== "object") continue;
        let list = parents.get(child);
        if (!list) parents.set(child, (list = []));
        list.push(node);
        if (mayHold.has(child)) hold(node);
        if (!explored.has(child)) stack.push(child);
      }
    }
  };

  /** @type {Map<any, string[]>} */
  const memo = new Map();
  /** The schemas on the current path. */
  const active = new Set();

  /**
   * @param {any} node a resolved schema
   * @returns {{ paths: string[], cyclic: boolean }} paths relative to `node`; whether a cycle
   *   was cut below it
   */
  const visit = (node) => {
    const cached = memo.get(node);
    if (cached) return { paths: cached, cyclic: false };
    active.add(node);
    /** @type {Set<string>} */
    const paths = new Set();
    let cyclic = false;
    for (const { raw, step, sensitive } of edgesOf(node)) {
      if (sensitive) {
        paths.add(step);
        continue;
      }
      const child = resolve(doc, raw);
      if (!child || typeof child !== "object" || !mayHold.has(child)) continue;
      if (active.has(child)) {
        cyclic = true;
        continue;
      }
      const below = visit(child);
      cyclic ||= below.cyclic;
      for (const rest of below.paths) paths.add(joinPath(step, rest));
    }
    active.delete(node);
    const list = [...paths];
    if (!cyclic) memo.set(node, list);
    return { paths: list, cyclic };
  };

  /**
   * Dotted paths of the fields marked `x-akua-sensitive` below `schema`, sorted.
   * @param {any} schema
   * @returns {string[]}
   */
  return (schema) => {
    const node = resolve(doc, schema);
    if (!node || typeof node !== "object") return [];
    explore(node);
    if (!mayHold.has(node)) return [];
    return [...visit(node).paths].sort();
  };
}

/**
 * Dotted paths of the fields marked `x-akua-sensitive` below `schema` (one-off; the facts
 * step shares one walker across the document's operations).
 * @param {any} doc
 * @param {any} schema
 * @returns {string[]}
 */
export function sensitivePaths(doc, schema) {
  return sensitiveWalker(doc)(schema);
}
