/**
 * The little semver the release checks need: parse `X.Y.Z[-pre]`, order versions, and name
 * the bump between two of them. (No dependency: the `semver` package is not a direct one.)
 */

/** @typedef {"major" | "minor" | "patch"} Bump */
/** @typedef {Bump | "none"} BumpOrNone */

/** @type {Record<BumpOrNone, number>} */
export const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * @param {BumpOrNone[]} bumps
 * @returns {BumpOrNone}
 */
export function maxBump(bumps) {
  /** @type {BumpOrNone} */
  let best = "none";
  for (const b of bumps) if (BUMP_RANK[b] > BUMP_RANK[best]) best = b;
  return best;
}

/**
 * @typedef {object} Version
 * @property {number} major
 * @property {number} minor
 * @property {number} patch
 * @property {string} [prerelease]
 */

/**
 * @param {string} text `1.2.3` or `1.2.3-beta.1` (build metadata is dropped)
 * @returns {Version | undefined}
 */
export function parseVersion(text) {
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  /** @type {Version} */
  const version = { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
  if (match[4] !== undefined) version.prerelease = match[4];
  return version;
}

/**
 * Orders two versions (a pre-release sorts before its release; pre-release tags compare as text).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a semver version: ${!x ? a : b}`);
  const d = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (d !== 0) return d;
  if (x.prerelease === y.prerelease) return 0;
  if (x.prerelease === undefined) return 1;
  if (y.prerelease === undefined) return -1;
  return x.prerelease < y.prerelease ? -1 : 1;
}

/**
 * The bump that took `from` to `to`: `none` when `to` is not higher.
 * @param {string} from
 * @param {string} to
 * @returns {BumpOrNone}
 */
export function bumpBetween(from, to) {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y || compareVersions(to, from) <= 0) return "none";
  if (y.major !== x.major) return "major";
  if (y.minor !== x.minor) return "minor";
  return "patch";
}
