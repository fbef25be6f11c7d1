import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, requireDist } from "./dist.js";

const run = promisify(execFile);
beforeAll(() => requireDist());

describe("package lint", () => {
  it("publint finds no problem", async () => {
    const { messages } = await publint({ pkgDir: repoRoot, level: "suggestion", strict: true });
    const pkg = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8"));
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it("are-the-types-wrong (default profile) finds no problem, node10 included", async () => {
    const attw = path.join(repoRoot, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
    const result = await run(process.execPath, [attw, "--pack", ".", "--format", "json"], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => e,
    );
    const report = JSON.parse(result.stdout) as {
      problems: Record<string, unknown> | unknown[];
      analysis: { entrypoints: Record<string, unknown> };
    };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([
      ".",
      "./logs",
      "./package.json",
      "./paginate",
      "./testing",
      "./wait-for-cluster",
    ]);
    expect(JSON.stringify(report.problems)).toMatch(/^(\{\}|\[\])$/);
    expect(result.code).toBe(0);
  });
});
