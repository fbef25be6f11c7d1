/**
 * The gate's verdicts: `redocly diff`'s rating of each change, corrected by three project rules
 * where a TypeScript SDK's users are affected differently from what redocly assumes.
 *
 * | project rule                    | change                                            | redocly   | gate  |
 * | ------------------------------- | ------------------------------------------------- | --------- | ----- |
 * | `akua/enum-value-removed`       | a response enum lost a value                      | patch     | major |
 * | `akua/enum-value-added`         | a response enum gained a value (enums are open)   | major     | minor |
 * | `akua/enum-value-added`         | a request enum gained a value (a new input)       | patch     | minor |
 * | `akua/request-property-removed` | a request body property was removed or renamed    | patch     | major |
 *
 * Why: the generated types make every enum a union of literals. Code that compares a response
 * field with a value the union no longer has stops compiling (TS2367), so a lost value breaks
 * users whichever direction it travels. A gained response value only breaks exhaustive
 * `switch`es, which the README asks users not to write without a default branch: response
 * enums are documented as open, as most API SDKs do, and a new value is a minor change.
 * A request property that disappears from the types breaks every object literal that still
 * sets it (excess property check), whatever `additionalProperties` says. Everything else is
 * redocly's rating, pinned by test/release/verdicts.test.ts.
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
 */
function describe(change) {
  const name = `\`${subject(change)}\``;
  const value = change.revision?.value ?? change.base?.value;
  const params = change.typeName === "ParameterList" && Array.isArray(value) ? value : undefined;
  if (change.typeName === "Parameter" || params) {
    const list = (params ?? [value]).map((/** @type {any} */ p) => `\`${p?.name}\` ${p?.in}`).join(", ");
    return `Parameter ${list} was ${change.kind === "modified" ? "changed" : change.kind}.`;
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
 * `akua/enum-value-removed` and `akua/enum-value-added`.
 * @param {RedoclyChange} change
 * @returns {RuleResult | undefined}
 */
function enumRule(change) {
  if (change.kind !== "modified" || change.property !== "enum") return undefined;
  const before = change.base?.value;
  const after = change.revision?.value;
  if (!Array.isArray(before) || !Array.isArray(after)) return undefined;
  const lost = before.filter((v) => !after.some((w) => sameValue(v, w)));
  const gained = after.filter((v) => !before.some((w) => sameValue(v, w)));
  const list = (/** @type {unknown[]} */ values) => values.map((v) => `'${String(v)}'`).join(", ");
  if (lost.length > 0) {
    return {
      impact: "major",
      rule: "akua/enum-value-removed",
      message: `Enum of \`${subject(change)}\` lost values: ${list(lost)} (code comparing against them stops compiling).`,
    };
  }
  if (gained.length > 0) {
    return {
      impact: "minor",
      rule: "akua/enum-value-added",
      message: `Enum of \`${subject(change)}\` gained values: ${list(gained)}.`,
    };
  }
  return undefined;
}

/**
 * `akua/request-property-removed`.
 * @param {RedoclyChange} change
 * @param {"request" | "response" | undefined} direction
 * @returns {RuleResult | undefined}
 */
function requestPropertyRule(change, direction) {
  if (direction !== "request" || change.typeName !== "Schema") return undefined;
  const segs = pointerSegments(change.path);
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
 * @param {Impact} ours
 * @param {Impact} theirs
 * @param {string} rule
 */
function policyNote(ours, theirs, rule) {
  if (ours === theirs) return undefined;
  if (rule === "akua/enum-value-added") {
    return theirs === "major" ? ENUM_POLICY : "a new accepted input value is a minor change";
  }
  if (rule === "akua/enum-value-removed") return "redocly does not rate lost response enum values";
  if (rule === "akua/request-property-removed") return "redocly rates it major only when additionalProperties is false";
  return undefined;
}

/**
 * Rates each change of a `redocly diff` report for the gate.
 * @param {RedoclyChange[]} changes
 * @returns {Verdict[]} most severe first, then by operation and place
 */
export function rateChanges(changes) {
  /** @type {Verdict[]} */
  const verdicts = changes.map((change) => {
    const { operation, where, direction } = locateChange(change.path);
    const rules = change.verdicts.map((v) => v.ruleId);
    const redoclyMessage = change.verdicts.map((v) => v.message).join(" ");
    const project = enumRule(change) ?? requestPropertyRule(change, direction);
    /** @type {Verdict} */
    const verdict = {
      impact: change.impact,
      redocly: change.impact,
      operation,
      where,
      direction,
      rules,
      message: redoclyMessage || describe(change),
      change,
    };
    if (project && project.impact !== change.impact) {
      verdict.impact = project.impact;
      verdict.rules = [...rules, project.rule];
      verdict.message = project.message;
      const note = policyNote(project.impact, change.impact, project.rule);
      if (note) verdict.policy = note;
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
