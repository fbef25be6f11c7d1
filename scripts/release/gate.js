/**
 * The breaking-change gate: does what the maintainers declared cover the bump the spec's changes
 * need?
 *
 * | the spec's changes need | akua-sdk below 1.0.0                                      | from 1.0.0         |
 * | ----------------------- | --------------------------------------------------------- | ------------------ |
 * | major (breaking)        | a `minor` changeset with a summary line `BREAKING: ...`   | a `major` changeset |
 * | minor                   | a `minor` changeset                                        | a `minor` changeset |
 * | patch                   | a `patch` changeset                                        | a `patch` changeset |
 *
 * A higher bump always covers a lower need (a `major` below 1.0.0 releases 1.0.0). What counts
 * as declared: every pending changeset for the package, and a version bump already applied
 * since the compared ref (after `changeset version`, with CHANGELOG.md keeping the
 * `BREAKING:` line), so the same gate holds on a pull request and in `npm run release`.
 */
import { BUMP_RANK, parseVersion } from "./semver.js";

/** @typedef {import("./semver.js").Bump} Bump */
/** @typedef {import("./semver.js").BumpOrNone} BumpOrNone */

/**
 * @typedef {object} Declaration
 * @property {string} source `.changeset/x.md`, or `package.json 0.1.0 -> 0.2.0`
 * @property {Bump} bump
 * @property {boolean} breaking marked with a `BREAKING:` line
 */

/**
 * @typedef {object} GateResult
 * @property {boolean} ok
 * @property {string} need what the changes need, in words
 * @property {Declaration[]} covering the declarations that cover it
 */

/** @param {string} version */
function belowOne(version) {
  const v = parseVersion(version);
  if (!v) throw new Error(`package.json version ${JSON.stringify(version)} is not semver`);
  return v.major === 0;
}

/**
 * What a required bump means in changesets, for the version being released from.
 * @param {BumpOrNone} required
 * @param {string} fromVersion
 */
export function describeNeed(required, fromVersion) {
  if (required === "none") return "no changeset (the spec did not change)";
  if (required === "major") {
    return belowOne(fromVersion)
      ? `a \`minor\` changeset whose summary has a line starting \`BREAKING:\` (the package is ${fromVersion}, below 1.0.0)`
      : `a \`major\` changeset (the package is ${fromVersion})`;
  }
  return `a \`${required}\` changeset or higher`;
}

/**
 * @param {BumpOrNone} required
 * @param {string} fromVersion
 * @param {Declaration} d
 */
function covers(required, fromVersion, d) {
  if (required === "none") return true;
  if (required === "major") {
    return d.bump === "major" || (belowOne(fromVersion) && d.bump === "minor" && d.breaking);
  }
  return BUMP_RANK[d.bump] >= BUMP_RANK[required];
}

/**
 * @param {{ required: BumpOrNone, fromVersion: string, declarations: Declaration[] }} input
 * @returns {GateResult}
 */
export function checkGate({ required, fromVersion, declarations }) {
  const covering = declarations.filter((d) => covers(required, fromVersion, d));
  return { ok: required === "none" || covering.length > 0, need: describeNeed(required, fromVersion), covering };
}

/**
 * One line per declaration: `.changeset/x.md: minor (BREAKING:)`.
 * @param {Declaration[]} declarations
 */
export function describeDeclarations(declarations) {
  if (declarations.length === 0) return ["none"];
  return declarations.map((d) => `${d.source}: ${d.bump}${d.breaking ? " (BREAKING:)" : ""}`);
}
