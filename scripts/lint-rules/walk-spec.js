/**
 * Shared traversal for the project's lint rules: resolves `$ref`s across the
 * split spec files and yields every operation with its effective parameters,
 * so that each rule is a small function over plain data plus a Location to
 * report at.
 */

/** @typedef {import("@redocly/openapi-core").UserContext} Ctx */
/** @typedef {import("@redocly/openapi-core").Location} Location */
/** @typedef {{ node: any, location: Location }} Located */

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Resolves `node` (following `$ref` chains) relative to the file `location` is in.
 * @param {Ctx} ctx
 * @param {any} node
 * @param {Location} location where `node` itself sits
 * @returns {Located | undefined}
 */
export function deref(ctx, node, location) {
  let current = { node, location };
  for (let hops = 0; hops < 32; hops++) {
    const n = current.node;
    if (!n || typeof n !== "object" || typeof n.$ref !== "string") return current;
    const resolved = ctx.resolve(n, current.location.source.absoluteRef);
    if (resolved.node === undefined || !resolved.location) return undefined;
    current = { node: resolved.node, location: resolved.location };
  }
  return undefined;
}

/**
 * @param {Ctx} ctx
 * @param {Located} parent
 * @param {string | number} key
 * @returns {Located | undefined}
 */
export function child(ctx, parent, key) {
  const value = parent.node?.[key];
  if (value === undefined) return undefined;
  return deref(ctx, value, parent.location.child([key]));
}

/**
 * @typedef {object} SpecOperation
 * @property {string} path the path template, e.g. `/clusters/{id}:suspend`
 * @property {string} method lower-case HTTP method
 * @property {string} key `METHOD /path`
 * @property {any} node the Operation object
 * @property {Location} location where the Operation object is written
 * @property {Map<string, Located>} parameters effective parameters keyed `in:name` (header names lower-case)
 * @property {any[] | undefined} security effective security requirements
 */

/**
 * Every operation of the document, with path-item parameters merged in.
 * @param {Ctx} ctx
 * @param {any} root the Root node (OpenAPI document)
 * @returns {SpecOperation[]}
 */
export function collectOperations(ctx, root) {
  /** @type {SpecOperation[]} */
  const operations = [];
  const rootLoc = { node: root, location: ctx.location };
  const paths = child(ctx, rootLoc, "paths");
  if (!paths || typeof paths.node !== "object") return operations;
  for (const path of Object.keys(paths.node)) {
    const item = child(ctx, paths, path);
    if (!item || typeof item.node !== "object") continue;
    const shared = parameterMap(ctx, child(ctx, item, "parameters"));
    for (const method of METHODS) {
      const op = child(ctx, item, method);
      if (!op || typeof op.node !== "object") continue;
      const own = parameterMap(ctx, child(ctx, op, "parameters"));
      operations.push({
        path,
        method,
        key: `${method.toUpperCase()} ${path}`,
        node: op.node,
        location: op.location,
        parameters: new Map([...shared, ...own]),
        security: op.node.security ?? root.security,
      });
    }
  }
  return operations;
}

/**
 * @param {Ctx} ctx
 * @param {Located | undefined} list
 * @returns {Map<string, Located>}
 */
function parameterMap(ctx, list) {
  /** @type {Map<string, Located>} */
  const map = new Map();
  if (!list || !Array.isArray(list.node)) return map;
  list.node.forEach((_, index) => {
    const param = child(ctx, list, index);
    if (!param || typeof param.node?.name !== "string") return;
    map.set(parameterKey(param.node.in, param.node.name), param);
  });
  return map;
}

/**
 * @param {string} where
 * @param {string} name
 */
export function parameterKey(where, name) {
  return `${where}:${where === "header" ? name.toLowerCase() : name}`;
}

/**
 * The property names of a schema, looking through `allOf`/`oneOf`/`anyOf` members.
 * @param {Ctx} ctx
 * @param {Located | undefined} schema
 * @param {number} [depth]
 * @returns {Set<string>}
 */
export function propertyNames(ctx, schema, depth = 0) {
  /** @type {Set<string>} */
  const names = new Set();
  if (!schema || typeof schema.node !== "object" || depth > 8) return names;
  for (const name of Object.keys(schema.node.properties ?? {})) names.add(name);
  for (const combiner of ["allOf", "oneOf", "anyOf"]) {
    const members = child(ctx, schema, combiner);
    if (!members || !Array.isArray(members.node)) continue;
    members.node.forEach((_, index) => {
      for (const name of propertyNames(ctx, child(ctx, members, index), depth + 1)) names.add(name);
    });
  }
  return names;
}

/**
 * The JSON schema of a response or request body (`application/json`, else the first media type).
 * @param {Ctx} ctx
 * @param {Located | undefined} holder a Response or RequestBody
 * @returns {Located | undefined}
 */
export function jsonSchemaOf(ctx, holder) {
  const content = holder && child(ctx, holder, "content");
  if (!content || typeof content.node !== "object") return undefined;
  const media = "application/json" in content.node ? "application/json" : Object.keys(content.node)[0];
  if (media === undefined) return undefined;
  const mediaType = child(ctx, content, media);
  return mediaType && child(ctx, mediaType, "schema");
}

/**
 * The last segment of a `$ref` without file extension: `../schemas/ApiErrorResponse.yaml`
 * and `#/components/schemas/ApiErrorResponse` both give `ApiErrorResponse`.
 * @param {string} ref
 */
export function refName(ref) {
  const last = ref.split(/[/#]/).filter(Boolean).pop() ?? "";
  return last.replace(/\.(ya?ml|json)$/i, "");
}
