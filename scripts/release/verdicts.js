/**
 * The gate's verdicts: `redocly diff`'s rating of each change, corrected by project rules where a
 * TypeScript SDK's users are affected differently from what redocly assumes.
 *
 * | project rule                                | change                                                  | redocly       | gate  |
 * | ------------------------------------------- | ------------------------------------------------------- | ------------- | ----- |
 * | `akua/enum-value-removed`                   | an enum lost a value (also when it gained others)       | patch / major | major |
 * | `akua/enum-value-added`                     | a response enum gained a value (enums are open)         | major         | minor |
 * | `akua/enum-value-added`                     | a request enum gained a value (a new input)             | patch         | minor |
 * | `akua/request-property-removed`             | a request body property was removed or renamed          | patch         | major |
 * | `akua/request-property-removed`             | ... with an `allOf` member that held it                 | patch         | major |
 * | `akua/required-request-body-added`          | a required request body was added                       | minor         | major |
 * | `akua/response-header-no-longer-required`   | a response header is no longer required                 | patch         | major |
 * | `akua/servers-changed`                      | `servers` changed (the SDK never reads them)            | major         | patch |
 * | `akua/request-pattern-widened`              | a request `pattern` was widened or dropped              | major         | patch |
 * | `akua/request-default-changed`              | the default of an optional request input changed        | patch         | minor |
 *
 * Why: the generated types make every enum a union of literals. Code that compares a response
 * field with a value the union no longer has stops compiling (TS2367), so a lost value breaks
 * users whichever direction it travels. A gained response value only breaks exhaustive
 * `switch`es, which the README asks users not to write without a default branch: response
 * enums are documented as open, as most API SDKs do, and a new value is a minor change.
 * A request property that disappears from the types breaks every object literal that still
 * sets it (excess property check), whatever `additionalProperties` says, and so does one that
 * leaves with an `allOf` member. A required request body makes openapi-fetch require `body` on
 * every call. A response header that is no longer required becomes optional in the types, like
 * a response property. `servers` are never read by the SDK (the base URL is DEFAULT_BASE_URL in
 * src/options.ts, or the caller's), so changing them changes nothing for its users. A pattern
 * that accepts more rejects no call that passed before; one that cannot be judged stays major.
 * A changed default compiles as before but changes what callers who omit the input get: at
 * least minor, with a line saying so. Everything else is redocly's rating, pinned by
 * test/release/verdicts.test.ts.
 */

/** @typedef {import("./redocly-diff.js").RedoclyChange} RedoclyChange */
/** @typedef {import("./redocly-diff.js").Impact} Impact */

import { maxBump } from "./semver.js";

/**
 * @typedef {object} Verdict
 * @property {Impact} impact the gate's rating
 * @property {Impact} redocly redocly's rating of the same change
 * @property {string} operation `GET /clusters/{id}`; a path (`/clusters`) for a whole path
 *   item; `document` for changes outside `paths`
 * @property {string} where readable rest of the change's pointer,
 *   e.g. `responses/200/content/application/json/schema/properties/name`
 * @property {"request" | "response" | undefined} direction from the change's place in its operation
 * @property {string[]} rules redocly rules that fired, then the project rule that decided, if any
 * @property {string} message
 * @property {string} [policy] why the gate's rating differs from redocly's
 * @property {RedoclyChange} [change] the change redocly reported (none for a prose-only change)
 */

/**
 * The two documents redocly compared (their structure), for rules that need more than the change
 * itself (a removed `allOf` member's properties, a parameter's name, whether an input is required).
 * @typedef {{ base: any, revision: any }} Documents
 */

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const IMPACT_ORDER = { major: 0, minor: 1, patch: 2 };

export const ENUM_POLICY = "response enums are open: a new value is a minor change; code keeps a default branch";

/**
 * Splits a JSON pointer (`#/a/b~1c`) into decoded segments.
 * @param {string} pointer
 * @returns {string[]}
 */
export function pointerSegments(pointer) {
  const body = pointer.replace(/^#\/?/, "");
  if (body === "") return [];
  return body.split("/").map((raw) => {
    let s = raw;
    try {
      s = decodeURIComponent(raw);
    } catch {
      // keep it raw
    }
    return s.replace(/~1/g, "/").replace(/~0/g, "~");
  });
}

/**
 * Where a change sits: the operation (`METHOD /path`), the rest of its pointer, its direction.
 * @param {string} pointer
 * @returns {{ operation: string, where: string, direction: "request" | "response" | undefined }}
 */
export function locateChange(pointer) {
  const segs = pointerSegments(pointer);
  if (segs[0] !== "paths" || segs[1] === undefined) {
    return { operation: "document", where: segs.join("/"), direction: undefined };
  }
  const route = segs[1];
  const method = segs[2];
  if (method === undefined || !HTTP_METHODS.has(method)) {
    const rest = segs.slice(2);
    return { operation: route, where: rest.join("/"), direction: rest[0] === "parameters" ? "request" : undefined };
  }
  const rest = segs.slice(3);
  /** @type {"request" | "response" | undefined} */
  let direction;
  if (rest[0] === "responses") direction = "response";
  else if (rest[0] === "requestBody" || rest[0] === "parameters") direction = "request";
  return { operation: `${method.toUpperCase()} ${route}`, where: rest.join("/"), direction };
}

/**
 * The file under openapi/ that holds a bundled pointer, by the folder's naming rules
 * (openapi/README.md): `#/components/schemas/Cluster/...` -> `openapi/components/schemas/Cluster.yaml`,
 * `#/paths/~1clusters~1{id}:suspend/...` -> `openapi/paths/clusters_{id}@suspend.yaml`.
 * @param {string | undefined} pointer
 * @returns {string | undefined}
 */
export function specFileFor(pointer) {
  if (pointer === undefined) return undefined;
  const segs = pointerSegments(pointer);
  if (segs[0] === "components" && segs[1] !== undefined && segs[2] !== undefined) {
    return `openapi/components/${segs[1]}/${segs[2]}.yaml`;
  }
  if (segs[0] === "paths" && segs[1] !== undefined) {
    return `openapi/paths/${segs[1].replace(/^\//, "").replace(/\//g, "_").replace(/:/g, "@")}.yaml`;
  }
  return undefined;
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function show(value) {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The name a change is about: the property, parameter or path segment at its end.
 * @param {RedoclyChange} change
 */
function subject(change) {
  const segs = pointerSegments(change.path);
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = /** @type {string} */ (segs[i]);
    if (SKIPPED_SEGMENTS.has(s)) continue;
    if (/^\d+$/.test(s) && LIST_KEYWORDS.has(segs[i - 1] ?? "")) continue; // an array index
    return s;
  }
  return change.path;
}

const SKIPPED_SEGMENTS = new Set(["schema", "items", "content", "properties"]);
const LIST_KEYWORDS = new Set(["parameters", "allOf", "oneOf", "anyOf", "prefixItems", "security", "servers", "tags"]);

/**
 * A sentence for a change no redocly rule commented on.
 * @param {RedoclyChange} change
 * @param {Documents | undefined} docs
 */
function describe(change, docs) {
  const name = `\`${subject(change)}\``;
  const value = change.revision?.value ?? change.base?.value;
  const params = change.typeName === "ParameterList" && Array.isArray(value) ? value : undefined;
  if (params || (change.typeName === "Parameter" && change.kind !== "modified")) {
    const list = (params ?? [value]).map((/** @type {any} */ p) => `\`${p?.name}\` ${p?.in}`).join(", ");
    return `Parameter ${list} was ${change.kind}.`;
  }
  if (change.typeName === "Parameter") {
    // A change of one of the parameter's own fields: the sides hold that field's value (or
    // nothing), so the parameter's name comes from the documents, or from the change's place.
    const param = parameterAt(change, docs);
    const who = param?.name
      ? `\`${param.name}\` ${param.in ?? "parameter"}`
      : `at \`${locateChange(change.path).where}\``;
    const field = change.property ?? "a field";
    return `Parameter ${who}: \`${field}\` changed from ${show(change.base?.value)} to ${show(change.revision?.value)}.`;
  }
  const type = pointerSegments(change.path).at(-2) === "properties" ? "Property" : change.typeName;
  if (change.kind === "added") return `${type} ${name} was added.`;
  if (change.kind === "removed") return `${type} ${name} was removed.`;
  if (change.property === "key") {
    return `${change.typeName} \`${String(change.base?.value)}\` became \`${String(change.revision?.value)}\`.`;
  }
  return `\`${change.property}\` of ${name} changed from ${show(change.base?.value)} to ${show(change.revision?.value)}.`;
}

/**
 * The node at a JSON pointer of a document, following internal `$ref`s on the way and at the end.
 * @param {any} doc
 * @param {string | undefined} pointer
 * @returns {any}
 */
export function nodeAt(doc, pointer) {
  if (!doc || pointer === undefined) return undefined;
  let node = doc;
  for (const seg of pointerSegments(pointer)) {
    node = deref(doc, node)?.[seg];
    if (node === undefined) return undefined;
  }
  return deref(doc, node);
}

/**
 * @param {any} doc
 * @param {any} node
 * @returns {any}
 */
function deref(doc, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && current.$ref.startsWith("#") && hops < 32; hops++) {
    current = nodeAt(doc, current.$ref);
  }
  return current;
}

/**
 * The parameter a `Parameter` change is about: its side's pointer, without the changed field.
 * @param {RedoclyChange} change
 * @param {Documents | undefined} docs
 * @returns {{ name?: string, in?: string, required?: boolean } | undefined}
 */
function parameterAt(change, docs) {
  for (const [doc, side] of /** @type {const} */ ([
    [docs?.base, change.base],
    [docs?.revision, change.revision],
  ])) {
    const pointer = side?.pointer?.replace(new RegExp(`/${change.property ?? "\\0"}$`), "");
    const param = nodeAt(doc, pointer);
    if (param && typeof param === "object" && typeof param.name === "string") return param;
  }
  return undefined;
}

/**
 * Every property name a schema offers, its own and its `allOf` members' (resolved), recursively.
 * @param {any} doc
 * @param {any} schema
 * @param {Set<any>} [seen]
 * @returns {Set<string>}
 */
function propertyNames(doc, schema, seen = new Set()) {
  const node = deref(doc, schema);
  /** @type {Set<string>} */
  const names = new Set();
  if (!node || typeof node !== "object" || seen.has(node)) return names;
  seen.add(node);
  for (const name of Object.keys(node.properties ?? {})) names.add(name);
  for (const member of node.allOf ?? []) for (const name of propertyNames(doc, member, seen)) names.add(name);
  return names;
}

/**
 * @param {unknown} a
 * @param {unknown} b
 */
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @typedef {{ impact: Impact, rule: string, message: string }} RuleResult
 */

/**
 * `akua/enum-value-removed` and `akua/enum-value-added`. A change that both loses and gains
 * values says both.
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @returns {RuleResult | undefined}
 */
function enumRule(change, direction) {
  if (change.kind !== "modified" || change.property !== "enum") return undefined;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  const lost = before.filter((v) => !after.some((w) => sameValue(v, w)));
  const gained = after.filter((v) => !before.some((w) => sameValue(v, w)));
  const list = (/** @type {unknown[]} */ values) => values.map((v) => `'${String(v)}'`).join(", ");
  const name = `\`${subject(change)}\``;
  if (lost.length > 0) {
    const why =
      direction === "request" ? "callers that send them stop compiling" : "code comparing against them stops compiling";
    const also = gained.length > 0 ? ` and gained values: ${list(gained)}` : "";
    return {
      impact: "major",
      rule: "akua/enum-value-removed",
      message: `Enum of ${name} lost values: ${list(lost)}${also} (${why}).`,
    };
  }
  if (gained.length > 0) {
    return {
      impact: "minor",
      rule: "akua/enum-value-added",
      message: `Enum of ${name} gained values: ${list(gained)}.`,
    };
  }
  return undefined;
}

/**
 * `akua/request-property-removed`: a property removed or renamed, or gone with a removed `allOf`
 * member (the properties the revision's schema still offers through other members do not count).
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @param {Documents | undefined} docs
 * @returns {RuleResult | undefined}
 */
function requestPropertyRule(change, direction, docs) {
  if (direction !== "request" || change.typeName !== "Schema") return undefined;
  const segs = pointerSegments(change.path);
  if (change.kind === "removed" && segs.at(-2) === "allOf" && docs) {
    const memberPointer = change.base?.pointer;
    const parentPointer = memberPointer?.replace(/\/allOf\/\d+$/, "");
    if (!memberPointer || parentPointer === memberPointer) return undefined;
    const kept = propertyNames(docs.revision, nodeAt(docs.revision, parentPointer));
    const lost = [...propertyNames(docs.base, nodeAt(docs.base, memberPointer))].filter((n) => !kept.has(n));
    if (lost.length === 0) return undefined;
    return {
      impact: "major",
      rule: "akua/request-property-removed",
      message: `Request properties ${lost.map((n) => `\`${n}\``).join(", ")} were removed with an \`allOf\` member (callers that set them stop compiling).`,
    };
  }
  if (segs.at(-2) !== "properties") return undefined;
  if (change.kind === "removed") {
    return {
      impact: "major",
      rule: "akua/request-property-removed",
      message: `Request property \`${segs.at(-1)}\` was removed (callers that set it stop compiling).`,
    };
  }
  if (change.kind === "modified" && change.property === "key") {
    return {
      impact: "major",
      rule: "akua/request-property-removed",
      message: `Request property \`${String(change.base?.value)}\` was renamed to \`${String(change.revision?.value)}\`.`,
    };
  }
  return undefined;
}

/**
 * `akua/required-request-body-added`.
 * @param {RedoclyChange} change
 * @returns {RuleResult | undefined}
 */
function requiredRequestBodyRule(change) {
  if (change.typeName !== "RequestBody" || change.kind !== "added") return undefined;
  if (/** @type {any} */ (change.revision?.value)?.required !== true) return undefined;
  return {
    impact: "major",
    rule: "akua/required-request-body-added",
    message: "A required request body was added (every call must now pass `body`).",
  };
}

/**
 * `akua/response-header-no-longer-required`.
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @returns {RuleResult | undefined}
 */
function responseHeaderRule(change, direction) {
  if (direction !== "response" || change.typeName !== "Header" || change.kind !== "modified") return undefined;
  if (change.property !== "required" || change.base?.value !== true || change.revision?.value === true)
    return undefined;
  return {
    impact: "major",
    rule: "akua/response-header-no-longer-required",
    message: `Response header \`${subject(change)}\` is no longer required (code that reads it as always present stops compiling).`,
  };
}

/**
 * `akua/servers-changed`: any change under a `servers` list (document, path item or operation).
 * @param {RedoclyChange} change
 * @returns {RuleResult | undefined}
 */
function serversRule(change) {
  const segs = pointerSegments(change.path);
  // `servers` of the document, a path item or an operation (not a property called `servers`)
  const at = segs[0] === "servers" ? 0 : segs[0] === "paths" ? [2, 3].find((i) => segs[i] === "servers") : undefined;
  if (at === undefined) return undefined;
  const what =
    change.kind === "modified"
      ? `\`${change.property ?? "a field"}\` changed from ${show(change.base?.value)} to ${show(change.revision?.value)}`
      : `a server was ${change.kind}`;
  return { impact: "patch", rule: "akua/servers-changed", message: `\`servers\`: ${what} (the SDK never reads them).` };
}

/**
 * Whether a regular expression accepts every string: an empty pattern, or an unanchored one
 * that matches the empty string and has no anchors, word boundaries or lookarounds (so a
 * match at the start of any string is a match).
 * @param {string} pattern
 */
export function acceptsEverything(pattern) {
  if (/[$^]|\\[bB]|\(\?[=!<]/.test(pattern)) return false;
  try {
    return new RegExp(pattern, "u").test("");
  } catch {
    return false;
  }
}

/**
 * The top-level alternatives of a pattern (`a|(b|c)` -> `a`, `(b|c)`), or undefined when it
 * cannot be split (unbalanced).
 * @param {string} pattern
 * @returns {string[] | undefined}
 */
export function alternatives(pattern) {
  /** @type {string[]} */
  const out = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0 || inClass) return undefined;
  out.push(pattern.slice(start));
  return out;
}

/**
 * Whether a pattern change only widens what a request accepts: the pattern is gone, accepts
 * everything, or keeps each old alternative as one of its own. Anything else cannot be judged
 * here and stays a narrowing.
 * @param {unknown} before
 * @param {unknown} after
 */
export function patternWidened(before, after) {
  if (typeof before !== "string") return false;
  if (after === undefined || after === null) return true;
  if (typeof after !== "string") return false;
  if (acceptsEverything(after)) return true;
  const old = alternatives(before);
  const now = alternatives(after);
  return !!old && !!now && now.length > old.length && old.every((alt) => now.includes(alt));
}

/**
 * `akua/request-pattern-widened`.
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @returns {RuleResult | undefined}
 */
function requestPatternRule(change, direction) {
  if (direction !== "request" || change.kind !== "modified" || change.property !== "pattern") return undefined;
  if (!patternWidened(change.base?.value, change.revision?.value)) return undefined;
  const now = change.revision?.value === undefined ? "dropped" : `widened to ${show(change.revision.value)}`;
  return {
    impact: "patch",
    rule: "akua/request-pattern-widened",
    message: `\`pattern\` of \`${subject(change)}\` was ${now} (was ${show(change.base?.value)}): every value accepted before still is.`,
  };
}

/**
 * `akua/request-default-changed`: the `default` of a request parameter or property changed,
 * appeared or went away, unless the input is required (then callers always send it).
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @param {Documents | undefined} docs
 * @returns {RuleResult | undefined}
 */
function requestDefaultRule(change, direction, docs) {
  if (direction !== "request" || change.kind !== "modified" || change.property !== "default") return undefined;
  if (inputRequired(change, docs)) return undefined;
  const segs = pointerSegments(change.path);
  const param = segs.at(-1) === "schema" && segs.at(-3) === "parameters" ? parameterOf(change, docs) : undefined;
  const name = param?.name ? `\`${param.name}\` (${param.in ?? "parameter"})` : `\`${subject(change)}\``;
  const before = change.base?.value;
  const after = change.revision?.value;
  const what =
    before === undefined
      ? `now defaults to ${show(after)}`
      : after === undefined
        ? `no longer defaults to ${show(before)}`
        : `default changed from ${show(before)} to ${show(after)}`;
  return {
    impact: "minor",
    rule: "akua/request-default-changed",
    message: `Optional request input ${name}: ${what}. Callers that omit it get the new behaviour.`,
  };
}

/**
 * Whether the input a schema change belongs to is required: a parameter's `required`, or the
 * property's name in its parent schema's `required` list (in the revision).
 * @param {RedoclyChange} change
 * @param {Documents | undefined} docs
 */
function inputRequired(change, docs) {
  const pointer = change.revision?.pointer ?? change.base?.pointer;
  if (!docs || !pointer) return false;
  const doc = change.revision?.pointer ? docs.revision : docs.base;
  const segs = pointerSegments(pointer);
  if (segs.at(-1) === change.property) segs.pop();
  const up = (/** @type {number} */ n) =>
    `#/${segs
      .slice(0, segs.length - n)
      .map(encode)
      .join("/")}`;
  if (segs.at(-1) === "schema" && segs.at(-3) === "parameters") return nodeAt(doc, up(1))?.required === true;
  if (segs.at(-2) === "properties") {
    const required = nodeAt(doc, up(2))?.required;
    return Array.isArray(required) && required.includes(segs.at(-1));
  }
  return false;
}

/**
 * The parameter whose schema a change is in.
 * @param {RedoclyChange} change
 * @param {Documents | undefined} docs
 * @returns {{ name?: string, in?: string } | undefined}
 */
function parameterOf(change, docs) {
  const side = change.revision?.pointer ? change.revision : change.base;
  const doc = change.revision?.pointer ? docs?.revision : docs?.base;
  const segs = pointerSegments(side?.pointer ?? "");
  const at = segs.lastIndexOf("schema");
  if (at < 0) return undefined;
  return nodeAt(doc, `#/${segs.slice(0, at).map(encode).join("/")}`);
}

/** @param {string} segment */
function encode(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The project rules, first match wins.
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @param {Documents | undefined} docs
 * @returns {RuleResult | undefined}
 */
function projectRule(change, direction, docs) {
  return (
    serversRule(change) ??
    enumRule(change, direction) ??
    requestPropertyRule(change, direction, docs) ??
    requiredRequestBodyRule(change) ??
    responseHeaderRule(change, direction) ??
    requestPatternRule(change, direction) ??
    requestDefaultRule(change, direction, docs)
  );
}

/** Why the gate departs from redocly, per project rule (when it does). */
const POLICY = /** @type {Record<string, string>} */ ({
  "akua/enum-value-removed": "redocly does not rate lost response enum values",
  "akua/request-property-removed": "redocly rates it major only when additionalProperties is false",
  "akua/required-request-body-added": "openapi-fetch then requires `body` on every call",
  "akua/response-header-no-longer-required": "the header's type becomes optional, as a response property's would",
  "akua/servers-changed": "the SDK never reads `servers`: its base URL is DEFAULT_BASE_URL or the caller's",
  "akua/request-pattern-widened": "a wider pattern rejects no call that passed before",
  "akua/request-default-changed": "compiles as before, but callers that omit the input get other behaviour",
});

/**
 * @param {Impact} ours
 * @param {Impact} theirs
 * @param {string} rule
 */
function policyNote(ours, theirs, rule) {
  if (ours === theirs) return undefined;
  if (rule === "akua/enum-value-added") {
    return theirs === "major" ? ENUM_POLICY : "a new accepted input value is a minor change";
  }
  return POLICY[rule];
}

/**
 * Rates each change of a `redocly diff` report for the gate.
 * @param {RedoclyChange[]} changes
 * @param {Documents} [docs] the documents redocly compared (some rules need them; without, they
 *   judge from the change alone)
 * @returns {Verdict[]} most severe first, then by operation and place
 */
export function rateChanges(changes, docs) {
  /** @type {Verdict[]} */
  const verdicts = changes.map((change) => {
    const { operation, where, direction } = locateChange(change.path);
    const rules = change.verdicts.map((v) => v.ruleId);
    const redoclyMessage = change.verdicts.map((v) => v.message).join(" ");
    const project = projectRule(change, direction, docs);
    /** @type {Verdict} */
    const verdict = {
      impact: change.impact,
      redocly: change.impact,
      operation,
      where,
      direction,
      rules,
      message: redoclyMessage || describe(change, docs),
      change,
    };
    if (project) {
      // The project's sentence is the more precise one even where the rating agrees.
      verdict.message = project.message;
      if (project.impact !== change.impact) {
        verdict.impact = project.impact;
        verdict.rules = [...rules, project.rule];
        const note = policyNote(project.impact, change.impact, project.rule);
        if (note) verdict.policy = note;
      }
    }
    return verdict;
  });
  return verdicts.sort(
    (a, b) =>
      IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact] ||
      (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0) ||
      (a.where < b.where ? -1 : a.where > b.where ? 1 : 0),
  );
}

/**
 * The bump a set of verdicts needs: the highest impact, or `none` without changes.
 * @param {Verdict[]} verdicts
 * @returns {import("./semver.js").BumpOrNone}
 */
export function requiredBump(verdicts) {
  return maxBump(verdicts.map((v) => v.impact));
}
