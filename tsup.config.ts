import { readFileSync } from "node:fs";
import path from "node:path";
import { build as esbuild, type Plugin } from "esbuild";
import { defineConfig } from "tsup";
import { precompiledValidators } from "./src/testing/precompile.js";

/**
 * `akua-sdk/testing` validates with ajv standalone code compiled here, at build time:
 * src/testing/validators.ts (ajv compiling on first use, for the repository's own
 * tests) is replaced by precompile.ts's module, minified, with ajv's few run-time
 * helpers bundled, so the published package needs no ajv. That code is large (every
 * validator of 111 operations), so it is written once, as dist/testing/validators.cjs,
 * and both the ESM and the CJS entry load that one file (Node's ESM imports CommonJS).
 * Writes nothing but the build's output in dist/.
 */
const VALIDATORS_FILE = "validators.cjs";
const precompiledValidatorsPlugin: Plugin = {
  name: "akua-precompiled-validators",
  setup(build) {
    const testingDir = path.resolve("src/testing");
    build.onResolve({ filter: /^\.\/validators\.js$/ }, (args) =>
      path.resolve(args.resolveDir) === testingDir ? { path: `./${VALIDATORS_FILE}`, external: true } : undefined,
    );
    build.onEnd(async () => {
      if (build.initialOptions.format !== "cjs") return; // one build writes it
      const spec = JSON.parse(readFileSync("generated/openapi.json", "utf8")) as Record<string, unknown>;
      await esbuild({
        stdin: { contents: precompiledValidators(spec), resolveDir: testingDir, loader: "js" },
        bundle: true,
        minify: true,
        format: "cjs",
        platform: "node",
        target: "node20",
        outfile: path.resolve("dist/testing", VALIDATORS_FILE),
        logLevel: "silent",
      });
    });
  },
};

// ESM + CJS + .d.ts/.d.cts for the public entries. The main entry is fetch-only
// (platform neutral); `akua-sdk/testing` is Node-only. Subpath entries take the main
// entry's classes from `akua-sdk` itself (an external self-reference), never a copy.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    platform: "neutral",
    target: "es2022",
    sourcemap: false,
    outDir: "dist",
  },
  {
    entry: { "wait-for-cluster": "src/wait-cluster.ts", paginate: "src/paginate.ts", logs: "src/logs.ts" },
    format: ["esm", "cjs"],
    dts: true,
    platform: "neutral",
    target: "es2022",
    sourcemap: false,
    outDir: "dist",
    external: ["akua-sdk"],
  },
  {
    entry: { "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    platform: "node",
    target: "node20",
    sourcemap: false,
    outDir: "dist",
    external: ["akua-sdk"],
    esbuildPlugins: [precompiledValidatorsPlugin],
  },
]);
