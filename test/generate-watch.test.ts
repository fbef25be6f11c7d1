import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_FILES } from "../scripts/generate.js";
import { repoRoot } from "../scripts/spec-config.js";

/**
 * `generate --watch` as a user runs it, over a temporary copy of the spec, its redocly.yaml and
 * lint-ignore file (the lint plugin reached through a `scripts` link): each test edits a file,
 * waits for the watcher's closing line and checks generated/. Waits are bounded; no timings.
 */
const WAIT_MS = 60_000;
/** Per test: a loaded machine may take seconds per run; each test waits for at most two. */
const TEST_MS = 150_000;

let tmp: string;
let out: string;
let child: ChildProcess;
let output = "";
let exit: Promise<{ code: number | null; signal: string | null }>;

const cluster = () => path.join(tmp, "openapi", "components", "schemas", "Cluster.yaml");
const readOut = async () =>
  Object.fromEntries(await Promise.all(OUTPUT_FILES.map(async (f) => [f, await readFile(path.join(out, f), "utf8")])));

/** Resolves with the output printed from `from` on, once it matches `pattern`. */
function waitFor(pattern: RegExp, from: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = output.slice(from);
      if (pattern.test(text)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(text);
      }
    };
    const poll = setInterval(check, 10);
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`no ${pattern} within ${WAIT_MS} ms; output since:\n${output.slice(from)}`));
    }, WAIT_MS);
    check();
  });
}

/** Edits a file of the copy and returns the output printed after the watcher's closing line. */
async function edit(file: string, change: (text: string) => string, closing: RegExp) {
  const from = output.length;
  await writeFile(file, change(await readFile(file, "utf8")));
  return waitFor(closing, from);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "akua-watch-"));
  out = path.join(tmp, "generated");
  await cp(path.join(repoRoot, "openapi"), path.join(tmp, "openapi"), { recursive: true });
  for (const f of ["redocly.yaml", ".redocly.lint-ignore.yaml"]) await cp(path.join(repoRoot, f), path.join(tmp, f));
  await symlink(path.join(repoRoot, "scripts"), path.join(tmp, "scripts"));
  const args = ["--watch", "--root", path.join(tmp, "openapi", "openapi.yaml")];
  child = spawn(
    process.execPath,
    ["scripts/generate.js", ...args, "--config", path.join(tmp, "redocly.yaml"), "--out", out],
    { cwd: repoRoot, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  await waitFor(/watch: watching/, 0);
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await rm(tmp, { recursive: true, force: true });
});

describe("generate --watch", () => {
  it(
    "generates on start what `npm run generate` generates",
    async () => {
      expect(output).toMatch(/watch: wrote openapi\.json, openapi\.ts, facts\.ts/);
      const files = await readOut();
      for (const f of OUTPUT_FILES)
        expect(files[f], f).toBe(await readFile(path.join(repoRoot, "generated", f), "utf8"));
    },
    TEST_MS,
  );

  it(
    "regenerates after a one-file edit, printing the step times",
    async () => {
      const printed = await edit(
        cluster(),
        (t) => t.replace("suspended, deleting]", "suspended, deleting, archived]"),
        /watch: wrote[^\n]*ms after the change/,
      );
      expect(printed).toMatch(/changed .*Cluster\.yaml/);
      expect(printed).toMatch(/lint +\d+ ms/);
      expect(printed).toMatch(/watch: wrote openapi\.json, openapi\.ts \(/); // facts.ts did not change
      const files = await readOut();
      expect(files["openapi.ts"]).toContain('"archived"');
      expect(JSON.parse(files["openapi.json"]!).components.schemas.Cluster.properties.state.enum).toContain("archived");
    },
    TEST_MS,
  );

  it(
    "writes nothing when lint fails, and prints the problem as lint does",
    async () => {
      const before = await readOut();
      const path_ = path.join(tmp, "openapi", "paths", "regions.yaml");
      const printed = await edit(
        path_,
        (t) => t.replace(/operationId: regions\.create/, "operationId: createRegion"),
        /nothing written/,
      );
      expect(printed).toMatch(
        /regions\.yaml:\d+:\d+ {2}error {2}rule\/operation-id-resource-verb {2}operationId must be/,
      );
      expect(printed).toMatch(/watch: lint failed: 1 error\(s\)/);
      expect(await readOut()).toEqual(before);

      // Mended, it writes again (the regions operation is back under its own name).
      await edit(path_, (t) => t.replace("operationId: createRegion", "operationId: regions.created"), /watch: wrote/);
      expect((await readOut())["openapi.ts"]).toContain('"regions.created"');
    },
    TEST_MS,
  );

  it(
    "ends cleanly on Ctrl-C (SIGINT), leaving no temporary files",
    async () => {
      const from = output.length;
      child.kill("SIGINT");
      expect(await exit).toEqual({ code: 0, signal: null });
      expect(output.slice(from)).toMatch(/watch: stopped/);
      expect((await readdir(out)).sort()).toEqual([...OUTPUT_FILES].sort());
    },
    TEST_MS,
  );
});
