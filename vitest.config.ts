import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// CI sets VITEST_JSON_REPORT to a file path: .ci/run counts passed/failed from it.
const jsonReport = process.env["VITEST_JSON_REPORT"];

export default defineConfig({
  // The examples import the package by name; in tests that name means the source.
  resolve: {
    alias: [
      { find: /^akua-sdk\/paginate$/, replacement: fileURLToPath(new URL("./src/paginate.ts", import.meta.url)) },
      { find: /^akua-sdk\/logs$/, replacement: fileURLToPath(new URL("./src/logs.ts", import.meta.url)) },
      {
        find: /^akua-sdk\/wait-for-cluster$/,
        replacement: fileURLToPath(new URL("./src/wait-cluster.ts", import.meta.url)),
      },
      { find: /^akua-sdk\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
      { find: /^akua-sdk$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/fake-violations.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 30_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
