import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editingResolver } from "./fixtures/editing-resolver.js";
import { bundleSpec } from "../scripts/bundle.js";
import { OUTPUT_FILES, parseArgs, runPipeline, staleFiles, type PipelineResult } from "../scripts/generate.js";
import { lintSpec } from "../scripts/lint.js";
import { SpecResolver } from "../scripts/resolver.js";
import { openSpec, repoRoot } from "../scripts/spec-config.js";
import { writeOutputs } from "../scripts/write-outputs.js";

const run = promisify(execFile);
const generatedDir = path.join(repoRoot, "generated");

let result: PipelineResult;
let tmp: string;
beforeAll(async () => {
  result = await runPipeline();
  tmp = await mkdtemp(path.join(os.tmpdir(), "akua-generate-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("npm run generate", () => {
  it("produces exactly the committed generated/ files (fresh checkout: a no-op)", async () => {
    expect([...result.files.keys()].sort()).toEqual([...OUTPUT_FILES].sort());
    expect(await staleFiles(result.files, generatedDir)).toEqual([]);
    expect(result.timings.map((t) => t.step)).toEqual(["config", "bundle", "lint", "facts", "types", "wait"]);
  });

  it("marks every generated file as generated", () => {
    const bundled = JSON.parse(result.files.get("openapi.json")!);
    expect(bundled.info["x-generated"]).toMatch(/do not edit/i);
    expect(result.files.get("openapi.ts")!.split("\n").slice(0, 3).join("\n")).toMatch(/Do not edit/);
    expect(result.files.get("facts.ts")!.split("\n")[0]).toMatch(/Do not edit/);
  });

  it("keeps colon custom-method paths through bundling and into the types", () => {
    const bundled = JSON.parse(result.files.get("openapi.json")!);
    const types = result.files.get("openapi.ts")!;
    for (const p of ["/clusters:import", "/clusters/{id}:suspend", "/secrets/{id}/versions/{vid}:access"]) {
      expect(Object.keys(bundled.paths)).toContain(p);
      expect(types).toContain(`"${p}": {`);
    }
  });

  it("bundles to internal refs only", () => {
    const text = result.files.get("openapi.json")!;
    const refs = [...text.matchAll(/"\$ref": "([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !r.startsWith("#/components/"))).toEqual([]);
  });

  it("the facts table marks :wait retry-safe and the bootstrap token sensitive", async () => {
    const { operationFacts } = await import("../generated/facts.js");
    expect(operationFacts["POST /operations/{id}:wait"]).toMatchObject({ retrySafe: true, idempotencyKey: false });
    expect(operationFacts["POST /secrets/{id}/versions/{vid}:access"]).toMatchObject({ retrySafe: true });
    expect(operationFacts["POST /regions"]).toMatchObject({ retrySafe: false, idempotencyKey: false, ifMatch: "none" });
    expect(operationFacts["PATCH /clusters/{id}"]).toMatchObject({ ifMatch: "required", idempotencyKey: true });
    expect(operationFacts["POST /operations/{id}:cancel"]).toMatchObject({
      ifMatch: "optional",
      returnsOperation: true,
    });
    expect(operationFacts["POST /clusters"]).toMatchObject({ returnsOperation: true });
    expect(operationFacts["POST /clusters:import"]).toMatchObject({
      returnsOperation: false,
      sensitiveRequest: ["kubeconfig"],
    });
    const bootstrap = operationFacts["POST /clusters/{id}/worker_bootstraps"]!;
    expect(bootstrap.sensitiveResponse["201"]).toEqual(
      expect.arrayContaining(["token", "command", "cloud_init", "artifacts"]),
    );
    expect(operationFacts["POST /secrets"]!.sensitiveRequest).toEqual(["value"]);
    expect(operationFacts["POST /secrets/{id}/versions/{vid}:access"]!.sensitiveResponse["200"]).toEqual(["value"]);
    expect(operationFacts["GET /clusters/{id}/kubeconfig"]!.sensitiveResponse["200"]).toEqual(["kubeconfig"]);
    // The expanded scope: credentials in connection bodies and change-request tokens, a
    // read-only validation call, install lifecycles as Operations.
    expect(operationFacts["POST /registry_connections"]!.sensitiveRequest).toEqual(
      expect.arrayContaining(["credentials.password", "credentials.token", "credentials.client_secret"]),
    );
    expect(operationFacts["POST /cloudflare_connections"]!.sensitiveRequest).toEqual(["api_token"]);
    expect(operationFacts["POST /secrets/validate_token"]).toMatchObject({
      retrySafe: true,
      sensitiveRequest: ["value"],
    });
    expect(operationFacts["POST /repository_change_requests/{id}:createToken"]!.sensitiveResponse["201"]).toEqual([
      "fork_write_token",
    ]);
    expect(operationFacts["POST /installs"]).toMatchObject({ returnsOperation: true, idempotencyKey: true });
    // Operations under schemas of their own name are Operations too.
    expect(operationFacts["POST /packages"]).toMatchObject({ returnsOperation: true });
    expect(operationFacts["POST /machines/{id}:suspend"]).toMatchObject({ returnsOperation: true });
    expect(operationFacts["GET /installs"]).toMatchObject({ returnsOperation: false });
    expect(Object.keys(operationFacts)).toHaveLength(111);
  });

  it("resolves @redocly/openapi-core 2 for lint and bundle (not openapi-typescript's v1)", async () => {
    const require = createRequire(path.join(repoRoot, "scripts", "spec-config.js"));
    const entry = require.resolve("@redocly/openapi-core");
    const pkg = JSON.parse(await readFile(path.join(entry, "..", "..", "package.json"), "utf8"));
    expect(pkg.name).toBe("@redocly/openapi-core");
    expect(pkg.version).toMatch(/^2\./);
  });
});

describe("the pipeline's order and writes", () => {
  it("bundles copies: lint after bundle (and the next watch run) sees the files as they are", async () => {
    const session = await openSpec();
    const first = await bundleSpec(session);
    expect(first.problems).toEqual([]);
    expect(await lintSpec(session)).toEqual([]); // the bundler rewrote the resolver's documents before
    const again = await bundleSpec(session);
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(first.document));
  });

  it("parses .json files with JSON.parse and anything else (or invalid JSON) with Redocly's YAML parser", async () => {
    const { Source } = await import("@redocly/openapi-core");
    const resolver = new SpecResolver();
    // JSON.parse keeps the last of duplicate keys, where the YAML parser would refuse them
    expect(resolver.parseDocument(new Source("/x/a.json", '{"a": 1, "a": 2}')).parsed).toEqual({ a: 2 });
    expect(resolver.parseDocument(new Source("/x/b.json", "{a: 1}")).parsed).toEqual({ a: 1 }); // YAML, not JSON
    expect(() => resolver.parseDocument(new Source("/x/c.yaml", "a: 1\na: 2"))).toThrow(/duplicate/i);
  });

  it("writes only changed files, whole, through temporary names that never stay behind", async () => {
    const out = path.join(tmp, "writes");
    const files = new Map([
      ["a.txt", "one"],
      ["b.txt", "two"],
    ]);
    expect(await writeOutputs(files, out)).toEqual(["a.txt", "b.txt"]);
    expect(await writeOutputs(new Map([...files, ["b.txt", "three"]]), out)).toEqual(["b.txt"]);
    expect((await readdir(out)).sort()).toEqual(["a.txt", "b.txt"]);
    expect(await readFile(path.join(out, "b.txt"), "utf8")).toBe("three");

    // A write that fails half-way (the second file cannot be created) changes nothing.
    const failing = new Map([
      ["a.txt", "changed"],
      ["missing-dir/c.txt", "x"],
    ]);
    await expect(writeOutputs(failing, out)).rejects.toThrow();
    expect((await readdir(out)).sort()).toEqual(["a.txt", "b.txt"]);
    expect(await readFile(path.join(out, "a.txt"), "utf8")).toBe("one");
  });
});

describe("generate --check", () => {
  it("names a hand-edited generated file", async () => {
    const out = path.join(tmp, "edited");
    await mkdir(out);
    for (const f of OUTPUT_FILES) await copyFile(path.join(generatedDir, f), path.join(out, f));
    await writeFile(
      path.join(out, "facts.ts"),
      (await readFile(path.join(out, "facts.ts"), "utf8")) + "// hand edit\n",
    );
    expect(await staleFiles(result.files, out)).toEqual(["facts.ts"]);

    const cli = await run(process.execPath, ["scripts/generate.js", "--check", "--out", out], { cwd: repoRoot }).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/stale: .*facts\.ts/);
    expect(cli.stderr).not.toMatch(/openapi\.json/);
  });

  it("notices an edited spec", async () => {
    const resolver = editingResolver("openapi/components/schemas/Cluster.yaml", (t) =>
      t.replace("suspended, deleting]", "suspended, deleting, archived]"),
    );
    const edited = await runPipeline({ resolver });
    expect(await staleFiles(edited.files, generatedDir)).toEqual(["openapi.json", "openapi.ts"]);
    expect(edited.files.get("openapi.ts")).toContain('"archived"');
  });

  it("rejects unknown arguments and bad --lint values", () => {
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown argument/);
    expect(() => parseArgs(["--lint=maybe"])).toThrow(/fail or report/);
    expect(() => parseArgs(["--root"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--check", "--watch"])).toThrow(/do not go together/);
    expect(parseArgs([]).cache).toBe(true);
    expect(parseArgs(["--no-cache"]).cache).toBe(false);
    expect(parseArgs(["--check", "--lint", "report", "--root=x.json"])).toMatchObject({
      check: true,
      lint: "report",
      root: path.resolve("x.json"),
    });
  });
});

describe("generate --root on a description the tools cannot read", () => {
  it("looks up a $ref the bundle left beside the description, and fails in one line, writing nothing", async () => {
    // A discriminator mapping names a file relative to the description (bundling leaves
    // mapping values as they are); the file is missing, so bare openapi-typescript fails
    // too. The message must name the path beside the description, not one in the working
    // directory, and be one line, not a stack trace.
    const dir = path.join(tmp, "unreadable", "api");
    await mkdir(dir, { recursive: true });
    const description = {
      openapi: "3.1.0",
      info: { title: "unreadable", version: "1.0.0" },
      paths: {
        "/pets": {
          post: {
            operationId: "createPet",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    oneOf: [{ $ref: "#/components/schemas/Cat" }],
                    discriminator: { propertyName: "kind", mapping: { cat: "models/cat.yml" } },
                  },
                },
              },
            },
            responses: { "204": { description: "created" } },
          },
        },
      },
      components: {
        schemas: { Cat: { type: "object", properties: { kind: { type: "string" } }, required: ["kind"] } },
      },
    };
    const root = path.join(dir, "pets.json");
    await writeFile(root, JSON.stringify(description));
    const out = path.join(tmp, "unreadable", "out");
    const cli = await run(
      process.execPath,
      ["scripts/generate.js", "--root", root, "--lint=report", "--no-cache", "--out", out],
      { cwd: repoRoot, env: { ...process.env, REDOCLY_TELEMETRY: "off", AKUA_DEBUG: "" } },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(cli.code).toBe(1);
    const line = cli.stderr.split("\n").find((l) => l.startsWith("generate: "));
    expect(line).toContain(path.join(dir, "models", "cat.yml"));
    expect(line).toMatch(/; nothing generated$/);
    expect(cli.stderr).not.toMatch(/^\s+at /m);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});
