/**
 * What the maintainers declared about the next release: the pending changesets in
 * `.changeset/*.md` (frontmatter `"akua-sdk": major|minor|patch`, then a summary), and, once
 * `changeset version` has consumed them, the version bump and the CHANGELOG.md entries it wrote.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { compareVersions, parseVersion } from "./semver.js";

/** @typedef {import("./semver.js").Bump} Bump */

/**
 * @typedef {object} Changeset
 * @property {string} file repository-relative, e.g. `.changeset/rename-region.md`
 * @property {Bump} bump the bump it declares for the package
 * @property {boolean} breaking its summary has a line starting `BREAKING:`
 * @property {string} summary
 */

const BUMPS = new Set(["major", "minor", "patch"]);

/** A changeset summary line that marks a breaking change (before 1.0.0 the only marker). */
export const BREAKING_LINE = /^[ \t]*BREAKING:/m;

/**
 * The same line as `changeset version` renders it into CHANGELOG.md: the summary's first line
 * after `- <commit>: `, later lines indented.
 */
const CHANGELOG_BREAKING_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:[0-9a-f]{7,40}:[ \t]+)?BREAKING:/m;

/**
 * Parses one changeset file.
 * @param {string} text
 * @param {string} file for messages
 * @returns {{ releases: Map<string, Bump>, summary: string }}
 */
export function parseChangeset(text, file) {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m.exec(text);
  if (!match || text.slice(0, match.index).trim() !== "") {
    throw new Error(`${file}: a changeset starts with a --- frontmatter block naming the package and its bump`);
  }
  /** @type {unknown} */
  const front = parseYaml(match[1] ?? "") ?? {};
  if (typeof front !== "object" || front === null || Array.isArray(front)) {
    throw new Error(`${file}: the frontmatter must map package names to major, minor or patch`);
  }
  /** @type {Map<string, Bump>} */
  const releases = new Map();
  for (const [name, bump] of Object.entries(front)) {
    if (typeof bump !== "string" || !BUMPS.has(bump)) {
      throw new Error(`${file}: "${name}" has bump ${JSON.stringify(bump)}; use major, minor or patch`);
    }
    releases.set(name, /** @type {Bump} */ (bump));
  }
  return { releases, summary: (match[2] ?? "").trim() };
}

/**
 * The pending changesets of `repo` that release `packageName` (README.md and changesets for
 * other packages are skipped; an empty changeset releases nothing).
 * @param {string} repo
 * @param {string} packageName
 * @returns {Promise<Changeset[]>}
 */
export async function readPendingChangesets(repo, packageName) {
  const dir = path.join(repo, ".changeset");
  const names = await readdir(dir).catch(() => /** @type {string[]} */ ([]));
  /** @type {Changeset[]} */
  const out = [];
  for (const name of names.filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md").sort()) {
    const file = `.changeset/${name}`;
    const { releases, summary } = parseChangeset(await readFile(path.join(dir, name), "utf8"), file);
    const bump = releases.get(packageName);
    if (bump) out.push({ file, bump, breaking: BREAKING_LINE.test(summary), summary });
  }
  return out;
}

/**
 * Whether CHANGELOG.md marks a breaking change in a release after `fromVersion`, up to and
 * including `toVersion` (sections are `## X.Y.Z` headings, as `changeset version` writes them).
 * @param {string} changelog
 * @param {string} fromVersion
 * @param {string} toVersion
 */
export function changelogMarksBreaking(changelog, fromVersion, toVersion) {
  const sections = changelog.split(/^## /m).slice(1);
  for (const section of sections) {
    const heading = section.slice(0, section.indexOf("\n") === -1 ? undefined : section.indexOf("\n")).trim();
    if (!parseVersion(heading)) continue;
    if (compareVersions(heading, fromVersion) <= 0 || compareVersions(heading, toVersion) > 0) continue;
    if (CHANGELOG_BREAKING_LINE.test(section)) return true;
  }
  return false;
}
