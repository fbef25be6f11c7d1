import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { distDir, repoRoot, requireDist } from "./dist.js";

/**
 * The runtime's budget (issue 7): the main entry, openapi-fetch included, minified and
 * gzipped, at most 6 kB. NOT MET: openapi-fetch alone is 2.6 kB and the client core
 * (transport, errors, options, unwrap) brings the total to 7.1 kB before any helper; see
 * the issue note for the breakdown. Until that is decided, CEILING_BYTES is a ratchet just
 * above today's size, so growth still fails the test; lower it as the size comes down, and
 * raise it only for a reason written here. 9,800 -> 9,850: serving every body reader
 * (`bytes`, `formData`) from the bytes an attempt read, after trims that paid for the rest.
 */
const BUDGET_BYTES = 6000;
const CEILING_BYTES = 9850;

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
  it(`stays under its ${CEILING_BYTES}-byte ceiling min+gzip, openapi-fetch included (budget ${BUDGET_BYTES}: not met)`, async () => {
    const { gzip, code } = await bundleMain();
    console.info(
      `akua-sdk main entry: ${code.length} bytes minified, ${gzip} bytes min+gzip ` +
        `(ceiling ${CEILING_BYTES}; budget ${BUDGET_BYTES}, ${gzip > BUDGET_BYTES ? `over by ${gzip - BUDGET_BYTES}` : "met"})`,
    );
    expect(gzip).toBeLessThanOrEqual(CEILING_BYTES);
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
