import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
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

  it("depends on openapi-fetch alone, as a caret range", async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg["dependencies"]).toEqual({ "openapi-fetch": "^0.17.0" });
    expect(pkg["peerDependencies"]).toBeUndefined();
    expect(pkg["optionalDependencies"]).toBeUndefined();
  });

  it("installs akua-sdk, openapi-fetch and openapi-fetch's own dependencies, nothing else (no ajv)", async () => {
    const modules = path.join(app(), "node_modules");
    const installed = await installedPackages(modules);
    // openapi-fetch's dependencies, and theirs, as the installed package.json files name them.
    const expected = new Set(["akua-sdk", "openapi-fetch"]);
    const queue = ["openapi-fetch"];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const manifest = JSON.parse(await readFile(path.join(modules, name, "package.json"), "utf8")) as {
        dependencies?: Record<string, string>;
      };
      for (const dep of Object.keys(manifest.dependencies ?? {})) {
        if (!expected.has(dep)) queue.push(dep);
        expected.add(dep);
      }
    }
    expect(installed).toEqual([...expected].sort());
    expect(installed).not.toContain("ajv");
  });

  it("ships the testing entry without ajv: precompiled validators (one file both formats load), akua-sdk taken by name", async () => {
    const expected: Record<string, string[]> = {
      "index.js": ["akua-sdk", "http", "./validators.cjs"],
      "index.cjs": ["akua-sdk", "http", "./validators.cjs"],
      "validators.cjs": [], // ajv's run-time helpers are bundled in
    };
    for (const [file, imports] of Object.entries(expected)) {
      const text = await readFile(path.join(app(), "node_modules/akua-sdk/dist/testing", file), "utf8");
      const found = [...text.matchAll(/(?:\bfrom\s+|\brequire\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      // ajv's own `.code` strings name its run-time helper; the helper itself is bundled.
      expect(new Set(found.filter((i) => !i?.startsWith("ajv/dist/runtime/"))), file).toEqual(new Set(imports));
      expect(text, file).not.toMatch(/class AkuaApiError\b/);
    }
  });

  it.each(["wiring.mjs", "wiring.cjs"])(
    "%s: fake.client() throws akua-sdk's own errors, akuaMeta reads its answers, a client on another clock fails fast, validation runs",
    async (script) => {
      const { stdout } = await node([script]);
      expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({
        meta: 1,
        notFound: {
          instanceOfApiError: true,
          instanceOfError: true,
          isAkuaApiError: true,
          isAkuaError: true,
          status: 404,
        },
        mismatch: { instanceOfApiError: true, status: 400, saysHow: true },
        invalidRequest: {
          status: 400,
          messages: ["body.network_profle is not allowed", "body.name must not be empty"],
        },
        violations: ["GET /operations/{id} -> 200: body.response.cluster_id is required"],
        assertNoViolations:
          "The fake Akua server sent 1 response(s) that break the API's spec or are 5xx no fault injected:",
        found: [true],
      });
    },
  );

  it("runs a scenario against akua-sdk/testing from the installed package", async () => {
    const { stdout } = await node(["scenario.mjs"]);
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!)).toEqual({ attempts: 2, state: "active", op: "SUCCEEDED" });
  });
});

/** Names of the packages in a node_modules folder (scoped ones as `@scope/name`), sorted. */
async function installedPackages(modules: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(modules)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) names.push(...(await readdir(path.join(modules, entry))).map((n) => `${entry}/${n}`));
    else names.push(entry);
  }
  return names.sort();
}
