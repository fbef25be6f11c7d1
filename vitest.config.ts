import { defineConfig } from "vitest/config";

// CI sets VITEST_JSON_REPORT to a file path: .ci/run counts passed/failed from it.
const jsonReport = process.env["VITEST_JSON_REPORT"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 30_000,
    reporters: jsonReport ? ["default", ["json", { outputFile: jsonReport }]] : ["default"],
  },
});
