/**
 * The client scenario every runtime of the matrix runs (see README.md here):
 * the four first-reach calls, a retried GET, `update`, `paginate`,
 * `waitForOperation` and an attempt timeout, against the fake server `run.js` started.
 *
 * It imports the SDK by its package name, as a consumer would: `run.js` links
 * `node_modules/akua-sdk` here to the built package, so each runtime resolves the
 * `exports` map itself (the type-checker maps the name to src/ instead).
 *
 * Two ways in:
 * - a CLI runtime (Node, Bun, Deno) runs this file with `--url URL --token TOKEN
 *   [--force-gc]`:
 *   it prints one JSON line ({@link ScenarioResult}) and exits 1 when a step failed;
 * - the browser bundle (run.js's entry) calls {@link runScenario} itself.
 *
 * Nothing here uses a runtime's own API beyond `fetch` (the SDK's transport), so
 * the same steps run everywhere.
 */
import { akuaMeta, createAkuaClient, isAkuaError, isAkuaTimeoutError, unwrap, VERSION } from "akua-sdk";
import { paginate } from "akua-sdk/paginate";

/**
 * @typedef {object} ScenarioConfig
 * @property {string} url the fake's base URL (`http://127.0.0.1:PORT/v1`)
 * @property {string} token its bearer token
 * @property {boolean} [forceGc] collect garbage while the attempt-timeout step's request
 *   is in flight (`--force-gc`; needs `gc` exposed, or Bun)
 */

/**
 * @typedef {object} StepResult
 * @property {string} name
 * @property {boolean} ok
 * @property {number} ms
 * @property {string} [error] the failure, when not ok
 */

/**
 * @typedef {object} ScenarioResult
 * @property {boolean} ok every step passed
 * @property {string} runtime `node`, `bun`, `deno` or `browser`
 * @property {string} version the runtime's own version string
 * @property {string} sdkVersion the SDK's VERSION
 * @property {string} resolved where `akua-sdk` resolved (`bundled` in the browser)
 * @property {StepResult[]} steps
 */

/** Per logical call: nothing in the matrix may hang. */
const CALL_DEADLINE_MS = 10_000;
/** One attempt. */
const ATTEMPT_TIMEOUT_MS = 5_000;
/** The cluster create, end to end (the fake provisions in well under a second). */
const OPERATION_DEADLINE_MS = 15_000;
/** The attempt-timeout step: run.js delays one GET /operations by 5 s; this attempt gives up after 1 s. */
const SHORT_ATTEMPT_MS = 1_000;

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: edge
  cluster: { server: "https://203.0.113.10:6443" }
users:
- name: admin
  user: { token: "matrix-not-a-real-token" }
contexts:
- name: edge
  context: { cluster: edge, user: admin }
current-context: edge
`;
const SECRET_VALUE = "matrix-secret-value-9f3c";

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * The runtime this runs on, by feature detection.
 * @returns {{ runtime: string, version: string }}
 */
export function detectRuntime() {
  const g =
    /** @type {{ Deno?: { version: { deno: string } }, Bun?: { version: string }, process?: { version?: string }, navigator?: { userAgent?: string }, document?: unknown }} */ (
      /** @type {unknown} */ (globalThis)
    );
  if (g.Deno) return { runtime: "deno", version: g.Deno.version.deno };
  if (g.Bun) return { runtime: "bun", version: g.Bun.version };
  if (g.document !== undefined && g.navigator?.userAgent) {
    const chrome = /(?:HeadlessChrome|Chrome|Chromium)\/([\d.]+)/.exec(g.navigator.userAgent);
    return { runtime: "browser", version: chrome?.[1] ?? g.navigator.userAgent };
  }
  return { runtime: "node", version: g.process?.version?.replace(/^v/, "") ?? "unknown" };
}

/** A full garbage collection: `gc()` (Node `--expose-gc`, Deno `--v8-flags=--expose-gc`) or Bun's. */
function collectGarbage() {
  const g = /** @type {{ gc?: () => void, Bun?: { gc(force: boolean): void } }} */ (
    /** @type {unknown} */ (globalThis)
  );
  if (g.Bun) g.Bun.gc(true);
  else if (g.gc) g.gc();
  else throw new Error("--force-gc, but this runtime exposes no gc()");
}

/** Where the runtime resolved `akua-sdk` (so run.js can check it is the built package). */
function resolvedSdk() {
  try {
    return import.meta.resolve("akua-sdk");
  } catch {
    return "bundled";
  }
}

/**
 * Runs every step against the fake and reports each one.
 * @param {ScenarioConfig} config
 * @returns {Promise<ScenarioResult>}
 */
export async function runScenario(config) {
  const akua = createAkuaClient({
    baseUrl: config.url,
    token: config.token,
    deadlineMs: CALL_DEADLINE_MS,
    attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
  });
  /** @type {StepResult[]} */
  const steps = [];
  /**
   * @param {string} name
   * @param {() => Promise<void>} body
   */
  const step = async (name, body) => {
    const started = Date.now();
    try {
      await body();
      steps.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const outcome = isAkuaError(error) ? ` (outcome ${error.outcome}, attempts ${error.attempts})` : "";
      steps.push({ name, ok: false, ms: Date.now() - started, error: message + outcome });
    }
  };

  /** @type {import("akua-sdk").Region | undefined} */
  let region;
  /** @type {import("akua-sdk").Cluster | undefined} */
  let cluster;
  const needRegion = () => {
    check(region, "no region (the region step failed)");
    return region;
  };
  const needCluster = () => {
    check(cluster, "no cluster (the import step failed)");
    return cluster;
  };

  await step("region", async () => {
    region = unwrap(await akua.POST("/regions", { body: { name: "matrix-eu" } }));
    check(/^reg_/.test(region.id), `region id ${region.id}`);
  });

  await step("import", async () => {
    const result = await akua.POST("/clusters:import", {
      body: { name: "edge-1", region_id: needRegion().id, kubeconfig: KUBECONFIG },
    });
    cluster = unwrap(result);
    check(cluster.name === "edge-1", `imported name ${cluster.name}`);
    check(cluster.state === "active", `imported state ${cluster.state}`);
    check(!JSON.stringify(cluster).includes("kubeconfig"), "the import answer echoed the kubeconfig");
    const meta = akuaMeta(result.response);
    check(meta, "akuaMeta(response) is undefined");
    check(meta.attempts === 1, `attempts ${meta.attempts}`);
    check(meta.outcome === "applied", `outcome ${meta.outcome}`);
    check(typeof meta.idempotencyKey === "string" && meta.idempotencyKey.length > 0, "no idempotency key");
    check(meta.requestId?.startsWith("req_"), `request id ${meta.requestId} (is x-request-id readable?)`);
  });

  await step("patch-if-match", async () => {
    const before = needCluster();
    const renamed = unwrap(
      await akua.PATCH("/clusters/{id}", {
        params: { path: { id: before.id }, header: { "if-match": before.etag } },
        body: { name: "edge-1-renamed" },
      }),
    );
    check(renamed.name === "edge-1-renamed", `patched name ${renamed.name}`);
    check(renamed.etag !== before.etag, "the etag did not change");
    const stale = await akua.PATCH("/clusters/{id}", {
      params: { path: { id: before.id }, header: { "if-match": before.etag } },
      body: { name: "never" },
    });
    check(stale.response.status === 409, `a stale if-match answered ${stale.response.status}`);
    cluster = renamed;
  });

  await step("worker-bootstrap", async () => {
    const { id } = needCluster();
    const bootstrap = unwrap(
      await akua.POST("/clusters/{id}/worker_bootstraps", { params: { path: { id } }, body: { ttl_seconds: 600 } }),
    );
    check(typeof bootstrap.token === "string" && bootstrap.token.length > 0, "no one-time token in the create answer");
    check(typeof bootstrap.command === "string" && bootstrap.command.length > 0, "no join command");
    const again = unwrap(
      await akua.GET("/clusters/{id}/worker_bootstraps/{wbs_id}", { params: { path: { id, wbs_id: bootstrap.id } } }),
    );
    check(again.token === undefined, "a GET revealed the one-time token again");
  });

  await step("secret", async () => {
    const secret = unwrap(
      await akua.POST("/secrets", { body: { name: "hcloud", kind: "cloud_provider/hcloud", value: SECRET_VALUE } }),
    );
    check(/^sec/.test(secret.id), `secret id ${secret.id}`);
    check(!JSON.stringify(secret).includes(SECRET_VALUE), "the secret's value was echoed");
    check(secret.version_count === 1, `version_count ${secret.version_count}`);
  });

  // run.js injected one 503 on GET /regions before this runtime's run.
  await step("retry-503", async () => {
    const result = await akua.GET("/regions", {});
    const regions = unwrap(result);
    check(regions.data.length >= 1, "no regions listed");
    const meta = akuaMeta(result.response);
    check(meta, "akuaMeta(response) is undefined");
    check(meta.attempts === 2, `attempts ${meta.attempts}, expected 2 (one injected 503, then success)`);
    check(meta.failures.length === 1, `failures ${JSON.stringify(meta.failures)}`);
  });

  // The transport hands back fetch's own Response with its body readers answering from
  // the bytes the attempt read: instance properties on a platform object, so check them
  // on every runtime.
  await step("served-body", async () => {
    /** @type {unknown} */
    let cloned;
    const middleware = {
      /** @param {{ response: Response }} context */
      onResponse: async ({ response }) => {
        cloned = await response.clone().json();
      },
    };
    akua.use(middleware);
    try {
      const result = await akua.GET("/regions", {});
      const regions = unwrap(result);
      check(JSON.stringify(cloned) === JSON.stringify(regions), "middleware's clone() read another body");
      const again = await result.response.text();
      check(JSON.stringify(JSON.parse(again)) === JSON.stringify(regions), "text() after the call differs");
      const buffer = await result.response.arrayBuffer();
      check(buffer.byteLength === new TextEncoder().encode(again).byteLength, "arrayBuffer() length differs");
    } finally {
      akua.eject(middleware);
    }
  });

  await step("update", async () => {
    const { id } = needCluster();
    let calls = 0;
    const updated = await akua.update("/clusters/{id}", { params: { path: { id } } }, (current) => {
      calls += 1;
      return current.name === "edge-1-prod" ? undefined : { name: "edge-1-prod" };
    });
    check(updated.name === "edge-1-prod", `updated name ${updated.name}`);
    check(calls === 1, `mutator called ${calls} times`);
    const again = await akua.update("/clusters/{id}", { params: { path: { id } } }, (current) =>
      current.name === "edge-1-prod" ? undefined : { name: "edge-1-prod" },
    );
    check(again.etag === updated.etag, "a no-op update wrote");
  });

  await step("paginate", async () => {
    for (let i = 0; i < 4; i++) {
      unwrap(await akua.POST("/secrets", { body: { name: `page-${i}`, kind: "generic", value: `v${i}` } }));
    }
    const names = [];
    for await (const secret of paginate(akua, "/secrets", { params: { query: { limit: 2 } } })) names.push(secret.name);
    check(names.length === 5, `paginated ${names.length} secrets, expected 5: ${names.join(", ")}`);
    check(new Set(names).size === 5, `repeated items: ${names.join(", ")}`);
    let pages = 0;
    for await (const page of paginate(akua, "/secrets", { params: { query: { limit: 2 } } }).pages()) {
      pages += 1;
      check(page.data.length <= 2, `a page of ${page.data.length}`);
    }
    check(pages === 3, `${pages} pages of 2, expected 3`);
  });

  await step("wait-for-operation", async () => {
    const op = unwrap(await akua.POST("/clusters", { body: { name: "managed-1", region_id: needRegion().id } }));
    check(!op.done, "the create operation was already done");
    /** @type {string[]} */
    const seen = [];
    const done = await akua.waitForOperation(op, {
      deadlineMs: OPERATION_DEADLINE_MS,
      onProgress: (o) => seen.push(o.state),
    });
    check(done.state === "SUCCEEDED", `operation ended ${done.state}`);
    const created = unwrap(await akua.GET("/clusters/{id}", { params: { path: { id: done.owner_id } } }));
    check(created.state === "active", `cluster state ${created.state} after SUCCEEDED`);
    check(seen.length >= 1, "onProgress never called");
  });

  // run.js delayed the next GET /operations by 5 s: the attempt must give up after 1 s.
  await step("attempt-timeout", async () => {
    const started = Date.now();
    const call = akua.GET("/operations", {
      params: { query: { limit: 1 } },
      attemptTimeoutMs: SHORT_ATTEMPT_MS,
      maxRetries: 0,
    });
    if (config.forceGc) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      collectGarbage();
    }
    const outcome = await call.then(
      (result) => result.response.status,
      (/** @type {unknown} */ error) => error,
    );
    const ms = Date.now() - started;
    check(
      typeof outcome !== "number",
      `answered ${outcome} after ${ms} ms instead of timing out after ${SHORT_ATTEMPT_MS} ms`,
    );
    check(isAkuaTimeoutError(outcome), `threw ${String(outcome)}, expected an AkuaTimeoutError`);
    check(ms < SHORT_ATTEMPT_MS + 1500, `timed out after ${ms} ms, expected about ${SHORT_ATTEMPT_MS} ms`);
  });

  const { runtime, version } = detectRuntime();
  return { ok: steps.every((s) => s.ok), runtime, version, sdkVersion: VERSION, resolved: resolvedSdk(), steps };
}

/**
 * `--url URL --token TOKEN` from the command line of a CLI runtime; undefined in a
 * browser, or when this file was imported rather than run.
 * @returns {ScenarioConfig | undefined}
 */
function cliConfig() {
  const g = /** @type {{ Deno?: { args: string[] }, process?: { argv?: string[] } }} */ (
    /** @type {unknown} */ (globalThis)
  );
  const args = g.Deno ? g.Deno.args : g.process?.argv?.slice(2);
  if (!args) return undefined;
  const value = (/** @type {string} */ flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const url = value("--url");
  const token = value("--token");
  return url && token ? { url, token, forceGc: args.includes("--force-gc") } : undefined;
}

const config = cliConfig();
if (config) {
  const result = await runScenario(config);
  console.log(JSON.stringify(result));
  if (!result.ok) {
    const g = /** @type {{ Deno?: { exitCode: number }, process?: { exitCode?: number } }} */ (
      /** @type {unknown} */ (globalThis)
    );
    if (g.Deno) g.Deno.exitCode = 1;
    else if (g.process) g.process.exitCode = 1;
  }
}
