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
        if (/^2/.test(status) && schema.$ref === operationRef) returnsOperation = true;
        const fields = sensitivePaths(doc, schema);
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
        sensitiveRequest: body ? sensitivePaths(doc, jsonSchema(doc, body)) : [],
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
 * Dotted paths of the fields marked `x-akua-sensitive` below `schema`.
 * @param {any} doc
 * @param {any} schema
 * @returns {string[]}
 */
export function sensitivePaths(doc, schema) {
  /** @type {Set<string>} */
  const found = new Set();
  /** @type {Set<any>} */
  const active = new Set();
  /**
   * @param {any} raw
   * @param {string} prefix
   */
  const visit = (raw, prefix) => {
    const node = resolve(doc, raw);
    if (!node || typeof node !== "object" || active.has(node)) return;
    active.add(node);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (/** @type {any} */ (property)?.["x-akua-sensitive"] === true) found.add(path);
      else visit(property, path);
    }
    if (node.items) visit(node.items, `${prefix}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === "object") {
      visit(node.additionalProperties, prefix ? `${prefix}.*` : "*");
    }
    for (const combiner of ["allOf", "oneOf", "anyOf"]) {
      for (const member of node[combiner] ?? []) visit(member, prefix);
    }
    active.delete(node);
  };
  visit(schema, "");
  return [...found].sort();
}
