/**
 * Where the pipeline's inputs and outputs live, and one shared Redocly
 * resolver + config so that lint and bundle parse each spec file once.
 * @redocly/openapi-core is imported on first use (about 0.3 s), so that
 * `generate` can start its types worker before paying for it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const defaultSpecRoot = path.join(repoRoot, "openapi", "openapi.yaml");
export const defaultOutDir = path.join(repoRoot, "generated");
export const redoclyConfigPath = path.join(repoRoot, "redocly.yaml");

/**
 * @typedef {object} SpecSession
 * @property {string} root absolute path of the spec's root file
 * @property {import("@redocly/openapi-core").BaseResolver} resolver caches every parsed file for the session
 * @property {import("@redocly/openapi-core").Config} config redocly.yaml with the akua plugin and the lint-ignore file
 */

/**
 * @param {{ root?: string, configPath?: string, resolver?: import("@redocly/openapi-core").BaseResolver }} [options]
 *   `resolver` lets a caller serve files from memory (tests edit the spec without touching disk)
 * @returns {Promise<SpecSession>}
 */
export async function openSpec(options = {}) {
  const [{ loadConfig }, { SpecResolver }] = await Promise.all([
    import("@redocly/openapi-core"),
    import("./resolver.js"),
  ]);
  const resolver = options.resolver ?? new SpecResolver();
  const config = await loadConfig({
    configPath: options.configPath ?? redoclyConfigPath,
    externalRefResolver: resolver,
  });
  return { root: path.resolve(options.root ?? defaultSpecRoot), resolver, config };
}
