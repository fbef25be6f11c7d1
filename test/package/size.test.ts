import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { distDir, repoRoot, requireDist } from "./dist.js";

/**
 * The runtime's budget (DESIGN.md, "Size budget"): the whole main entry, openapi-fetch
 * included, minified and gzipped, at most 12 kB. When features do not fit, the
 * least-used helper moves to a subpath entry (as `waitForCluster` did, to
 * `akua-sdk/wait-for-cluster`); the ceiling does not move.
 */
const BUDGET_BYTES = 12_288;

beforeAll(() => requireDist());

async function bundleMain() {
  const result = await build({
    entryPoints: [path.join(distDir, "index.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: repoRoot,
  });
  const code = result.outputFiles[0]!.contents;
  return { code, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

describe("the runtime entry", () => {
  it(`stays within its ${BUDGET_BYTES}-byte budget min+gzip, openapi-fetch included`, async () => {
    const { gzip, code } = await bundleMain();
    console.info(
      `akua-sdk main entry: ${code.length} bytes minified, ${gzip} bytes min+gzip (budget ${BUDGET_BYTES}, ${BUDGET_BYTES - gzip} to spare)`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("pulls in nothing but openapi-fetch: no ajv, no node: built-ins, no fake server", async () => {
    const { inputs } = await bundleMain();
    expect(inputs.filter((i) => !i.startsWith("dist/")).map((i) => i.replace(/^.*node_modules\//, ""))).toEqual([
      "openapi-fetch/dist/index.mjs",
    ]);
    for (const file of ["index.js", "index.cjs"]) {
      const text = await readFile(path.join(distDir, file), "utf8");
      const imports = [...text.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(imports, file).toEqual(["openapi-fetch"]);
    }
  });
});
