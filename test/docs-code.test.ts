/**
 * Every ```ts block of README.md, CONTRIBUTING.md and docs/*.md compiles against the
 * BUILT package, as a user would get it: `akua-sdk` and its subpath entries resolve to
 * dist/*.d.ts. Each block is its own module in a temporary folder; one tsc run checks
 * them all, and a failure lists `file:line` of every error.
 *
 * Conventions (CONTRIBUTING.md, "Code in the docs"):
 * - a block imports what it uses from the package; the names in PRELUDE below
 *   (`akua`, `id`, `region_id`, ...) are declared for every block;
 * - `<!-- ts-prelude: declare const name: string; -->` on the line(s) just above a
 *   block declares more for that block alone;
 * - a block that is deliberately not TypeScript uses another fence (`sh`, `text`, `js`).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { distDir, repoRoot, requireDist } from "./package/dist.js";

const run = promisify(execFile);

/** Declared for every block: the example variables the docs use without defining them. */
const PRELUDE = `import type { AkuaClient } from "akua-sdk";
declare global {
  /** A client made by createAkuaClient. */
  const akua: AkuaClient;
  /** Ids and values a program would have at hand. */
  const id: string;
  const region_id: string;
  const kubeconfig: string;
  const value: string;
}
export {};
`;

interface Block {
  /** Markdown file, relative to the repository. */
  file: string;
  /** 1-based line of the block's first code line. */
  line: number;
  /** 1-based line of its ts-prelude comment, when it has one. */
  preludeLine?: number;
  prelude: string;
  code: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const PRELUDE_COMMENT = /^\s*<!--\s*ts-prelude:([\s\S]*?)-->\s*$/;

/** The TypeScript blocks of one markdown text, with their line numbers and preludes. */
export function extractBlocks(file: string, text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = "", fence = "", lang = ""] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) end++;
    if (lang === "ts" || lang === "typescript") {
      let above = i - 1;
      while (above >= 0 && lines[above]!.trim() === "") above--;
      const comment = above >= 0 ? PRELUDE_COMMENT.exec(lines[above]!) : null;
      const code = lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
        .join("\n");
      blocks.push({
        file,
        line: i + 2,
        ...(comment ? { preludeLine: above + 1 } : {}),
        prelude: comment ? comment[1]!.replace(/\s+/g, " ").trim() : "",
        code,
      });
    }
    i = end;
  }
  return blocks;
}

async function docFiles(): Promise<string[]> {
  const docs = await readdir(path.join(repoRoot, "docs")).catch(() => [] as string[]);
  return ["README.md", "CONTRIBUTING.md", ...docs.filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
}

function tsconfig(files: string[]) {
  const modules = path.join(repoRoot, "node_modules");
  return {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      typeRoots: [path.join(modules, "@types")],
      types: ["node"],
      paths: {
        "akua-sdk": [path.join(distDir, "index.d.ts")],
        "akua-sdk/paginate": [path.join(distDir, "paginate.d.ts")],
        "akua-sdk/logs": [path.join(distDir, "logs.d.ts")],
        "akua-sdk/wait-for-cluster": [path.join(distDir, "wait-for-cluster.d.ts")],
        "akua-sdk/testing": [path.join(distDir, "testing", "index.d.ts")],
        vitest: [path.join(modules, "vitest", "dist", "index.d.ts")],
      },
    },
    files,
  };
}

/** tsc's `file(line,col): error TSn: message` lines, mapped back to the markdown. */
function mapErrors(output: string, dir: string, byFile: Map<string, Block>): string[] {
  const errors: string[] = [];
  for (const raw of output.split("\n")) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(raw.trim());
    if (!m) {
      if (/error TS\d+/.test(raw)) errors.push(raw.trim());
      continue;
    }
    const [, at = "", line = "0", col = "", code = "", message = ""] = m;
    const block = byFile.get(path.resolve(dir, at));
    if (!block) {
      errors.push(`${at}:${line}:${col} ${code} ${message}`);
      continue;
    }
    // Line 1 of each module is the block's prelude, the block's code follows.
    const n = Number(line);
    const where = n === 1 ? (block.preludeLine ?? block.line) : block.line + n - 2;
    errors.push(`${block.file}:${where}:${col} ${code} ${message}`);
  }
  return errors;
}

async function typeCheck(blocks: Block[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "akua-docs-code-"));
  try {
    const byFile = new Map<string, Block>();
    const files = ["prelude.d.ts"];
    await writeFile(path.join(dir, "prelude.d.ts"), PRELUDE);
    for (const [n, block] of blocks.entries()) {
      const name = `block-${n}.ts`;
      byFile.set(path.join(dir, name), block);
      files.push(name);
      await writeFile(path.join(dir, name), `${block.prelude}\n${block.code}\nexport {};\n`);
    }
    await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig(files), null, 2));
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const output = await run(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: dir }).then(
      (r) => r.stdout,
      (e: { stdout?: string; stderr?: string; message: string }) => `${e.stdout ?? ""}${e.stderr ?? ""}` || e.message,
    );
    return mapErrors(output, dir, byFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("extractBlocks", () => {
  it("finds ts blocks (indented ones too) with their lines and preludes, and skips other fences", () => {
    const md = [
      "# t", //                               1
      "```sh", //                             2
      "npm test", //                          3
      "```", //                               4
      "<!-- ts-prelude: declare const x: number; -->", // 5
      "", //                                  6
      "```ts", //                             7
      "const y = x;", //                      8
      "```", //                               9
      "- a list item:", //                    10
      "  ```ts", //                           11
      "  let z = 1;", //                      12
      "  ```", //                             13
    ].join("\n");
    expect(extractBlocks("a.md", md)).toEqual([
      { file: "a.md", line: 8, preludeLine: 5, prelude: "declare const x: number;", code: "const y = x;" },
      { file: "a.md", line: 12, prelude: "", code: "let z = 1;" },
    ]);
  });
});

describe("the docs' TypeScript", () => {
  const blocks: Block[] = [];

  beforeAll(async () => {
    requireDist();
    for (const file of await docFiles()) {
      blocks.push(...extractBlocks(file, await readFile(path.join(repoRoot, file), "utf8")));
    }
    console.info(`docs-code: ${blocks.length} ts blocks in ${new Set(blocks.map((b) => b.file)).size} files`);
  });

  it("has blocks to check in the README", () => {
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(4);
  });

  it("compiles every ts block against the built package (dist/*.d.ts), and names file:line of a broken one", async () => {
    // A block that must fail rides along in the same tsc run: proof that errors are seen and mapped.
    const canary = extractBlocks(
      "canary.md",
      ["text", "```ts", 'import { createAkuaClient } from "akua-sdk";', 'createAkuaClient({ tokn: "x" });', "```"].join(
        "\n",
      ),
    );
    const errors = await typeCheck([...blocks, ...canary]);
    expect(errors.filter((e) => e.startsWith("canary.md:"))).toEqual([
      expect.stringMatching(/^canary\.md:4:\d+ TS\d+ .*tokn/),
    ]);
    expect(errors.filter((e) => !e.startsWith("canary.md:"))).toEqual([]);
  }, 120_000);
});
