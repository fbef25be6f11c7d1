/**
 * The few git reads the release checks need, each a bounded child process: resolve a ref,
 * find the latest release tag, and read files as they were at a ref (without checking it out).
 */
import { spawnSync } from "node:child_process";
import { compareVersions, parseVersion } from "./semver.js";

const GIT_TIMEOUT_MS = 30_000;

/**
 * Runs git in `cwd` and returns its stdout; throws with git's message on failure.
 * @param {string[]} args
 * @param {{ cwd: string, input?: string }} options
 * @returns {Buffer}
 */
export function gitBuffer(args, { cwd, input }) {
  const result = spawnSync("git", args, {
    cwd,
    input,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
  });
  if (result.error) throw new Error(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) {
    const message = result.stderr.toString("utf8").trim() || `exit code ${result.status}`;
    throw new GitError(`git ${args.join(" ")}: ${message}`);
  }
  return result.stdout;
}

export class GitError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
}

/**
 * @param {string[]} args
 * @param {{ cwd: string, input?: string }} options
 */
export function git(args, options) {
  return gitBuffer(args, options).toString("utf8");
}

/**
 * The commit a ref names, or undefined when it names none.
 * @param {string} ref
 * @param {string} cwd
 * @returns {string | undefined}
 */
export function resolveCommit(ref, cwd) {
  try {
    return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** @param {string} cwd */
export function isGitRepository(cwd) {
  try {
    return git(["rev-parse", "--is-inside-work-tree"], { cwd }).trim() === "true";
  } catch {
    return false;
  }
}

/**
 * The highest `vX.Y.Z` tag reachable from HEAD (the last release of this branch), or
 * undefined when there is none. Tags that are not plain semver versions are ignored.
 * @param {string} cwd
 * @returns {string | undefined}
 */
export function latestReleaseTag(cwd) {
  let output;
  try {
    output = git(["tag", "--list", "v*", "--merged", "HEAD"], { cwd });
  } catch {
    return undefined; // no commit yet
  }
  const tags = output
    .split("\n")
    .map((t) => t.trim())
    .filter((t) => parseVersion(t.slice(1)) !== undefined);
  tags.sort((a, b) => compareVersions(a.slice(1), b.slice(1)));
  return tags.at(-1);
}

/**
 * Reads every file under `paths` (folders or files) as it is at `ref`, in two git calls
 * (`ls-tree`, then one `cat-file --batch` for all blobs). Symlinks and submodules are skipped.
 * @param {string} ref
 * @param {string[]} paths repository-relative, forward slashes
 * @param {string} cwd
 * @returns {Map<string, Buffer>} repository-relative path -> contents
 */
export function readTreeAt(ref, paths, cwd) {
  const listing = gitBuffer(["ls-tree", "-r", "-z", "--full-tree", ref, "--", ...paths], { cwd }).toString("utf8");
  /** @type {{ sha: string, file: string }[]} */
  const blobs = [];
  for (const entry of listing.split("\0")) {
    if (entry === "") continue;
    const tab = entry.indexOf("\t");
    const [mode, type, sha] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || mode === "120000" || sha === undefined) continue;
    blobs.push({ sha, file: entry.slice(tab + 1) });
  }
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  if (blobs.length === 0) return files;
  const out = gitBuffer(["cat-file", "--batch"], { cwd, input: blobs.map((b) => `${b.sha}\n`).join("") });
  let offset = 0;
  for (const { sha, file } of blobs) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    const [gotSha, type, size] = header.split(" ");
    if (gotSha !== sha || type !== "blob")
      throw new GitError(`git cat-file: unexpected answer "${header}" for ${file}`);
    const start = newline + 1;
    const end = start + Number(size);
    files.set(file, out.subarray(start, end));
    offset = end + 1; // the newline after each object
  }
  return files;
}
