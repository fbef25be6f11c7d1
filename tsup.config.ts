import { defineConfig } from "tsup";

// ESM + CJS + .d.ts/.d.cts for the two public entries. The main entry is
// fetch-only (platform neutral); `akua-sdk/testing` is Node-only.
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
    // Subpath helpers take the main entry's classes from `akua-sdk` itself, never a copy.
    entry: { "wait-for-cluster": "src/wait-cluster.ts" },
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
  },
]);
