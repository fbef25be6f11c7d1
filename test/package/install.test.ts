import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, requireDist } from "./dist.js";

const run = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let scratch: string;
let tarball: string;

// npm pack, then install the tarball into a scratch project, as a user would.
beforeAll(async () => {
  requireDist();
  scratch = await mkdtemp(path.join(os.tmpdir(), "akua-pkg-"));
  const packDir = path.join(scratch, "pack");
  await mkdir(packDir);
  await run(npm, ["pack", "--silent", "--pack-destination", packDir], { cwd: repoRoot });
  tarball = path.join(packDir, (await readdir(packDir))[0]!);
  const app = path.join(scratch, "app");
  await mkdir(app);
  await writeFile(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  await run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], { cwd: app });
  await cp(path.join(repoRoot, "test/package/consumer"), app, { recursive: true });
}, 120_000);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const app = () => path.join(scratch, "app");
const node = (args: string[]) => run(process.execPath, args, { cwd: app() });

describe("the packed tarball, installed", () => {
  it("ships only dist/, README and package.json", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball]);
    const files = stdout.trim().split("\n").sort();
    expect(
      files.every((f) => /^package\/(dist\/|README\.md$|package\.json$|LICENSE)/.test(f)),
      files.join("\n"),
    ).toBe(true);
    expect(files).toContain("package/dist/index.d.cts");
  });

  it("imports from ESM", async () => {
    const { stdout } = await node([
      "--input-type=module",
      "-e",
      'import * as sdk from "akua-sdk"; import * as t from "akua-sdk/testing"; console.log(typeof sdk.createAkuaClient, typeof t.startFakeAkua)',
    ]);
    expect(stdout.trim()).toBe("function function");
  });

  it("requires from CJS", async () => {
    const { stdout } = await node([
      "--input-type=commonjs",
      "-e",
      'const sdk = require("akua-sdk"); const t = require("akua-sdk/testing"); console.log(typeof sdk.createAkuaClient, typeof t.createTestClock, sdk.AkuaApiError.name)',
    ]);
    expect(stdout.trim()).toBe("function function AkuaApiError");
  });

  it.each(["nodenext", "bundler"])("type-checks a consumer with moduleResolution %s", async (resolution) => {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        module: resolution === "nodenext" ? "NodeNext" : "ESNext",
        moduleResolution: resolution === "nodenext" ? "NodeNext" : "Bundler",
        types: [],
        skipLibCheck: false,
      },
      files: ["consumer.ts"],
    };
    await writeFile(path.join(app(), `tsconfig.${resolution}.json`), JSON.stringify(config));
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const result = await node([tsc, "-p", `tsconfig.${resolution}.json`]).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(result.out).toBe("");
    expect(result.code).toBe(0);
  });

  it("runs a scenario against akua-sdk/testing from the installed package", async () => {
    const { stdout } = await node(["scenario.mjs"]);
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({ attempts: 2, state: "active", op: "SUCCEEDED" });
  });
});
