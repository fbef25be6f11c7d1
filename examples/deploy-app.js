/**
 * Deploy an application: register a package version (importing the package from its
 * OCI reference the first time), install that version on a cluster, wait for the
 * install's operation, follow the install's logs until it is healthy, and print its
 * live status. Exits non-zero when the install fails, or after a 15-minute deadline,
 * so it is safe in CI.
 *
 *   node examples/deploy-app.js [--package NAME] [--version SEMVER] [--cluster CLUSTER_ID] [--live]
 */
import { isAkuaAbortError, systemClock, unwrap } from "akua-sdk";
import { installLogs } from "akua-sdk/logs";
import { paginate } from "akua-sdk/paginate";
import { DEMO_KUBECONFIG } from "./import-and-rename.js";
import { connect, flag, isMain, runExample, someRegion } from "./lib/connect.js";

/** How long the log stream may go on once the install's state is settled. */
const DRAIN_MS = 2_000;

/** States after which an install will not become healthy without another write. */
const GAVE_UP = new Set(["failed", "degraded", "deleted"]);

/**
 * @typedef {object} DeployOptions
 * @property {string} packageName Display name of the package (looked up, else imported).
 * @property {string} ociRef Where the package is published (`oci://...`), for the first import.
 * @property {string} semver The version to register and install.
 * @property {string} ref The published artifact's digest (what `akua publish` printed).
 * @property {string} [clusterId] Cluster to install on; the first active one when left out.
 * @property {number} [deadlineMs] The whole deployment's deadline (default 15 minutes).
 * @property {number} [pollMs] How often the install's state is read while its logs stream (default 5 s).
 * @property {import("akua-sdk").Clock} [clock] Time source for the deadline and the polls (default: the system clock).
 */

/**
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {DeployOptions} options
 * @param {(line: string) => void} log
 */
export async function deployApp(akua, options, log) {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = started + (options.deadlineMs ?? 15 * 60_000);
  const remaining = () => Math.max(1, deadline - clock.now());
  /** Per-call options: every call stops at the deployment's deadline (not only the waits). */
  const within = () => ({ deadlineMs: remaining() });
  const elapsed = () => `${((clock.now() - started) / 1000).toFixed(1)} s`;

  const version = await registerVersion(akua, options, within, log);
  const cluster = await pickCluster(akua, options.clusterId, within);
  const operation = unwrap(
    await akua.POST("/installs", {
      body: {
        package_id: version.package_id,
        package_version_pin: { kind: "pinned", version: version.semver },
        region_id: await someRegion(akua, within),
        cluster_id: cluster.id,
      },
      ...within(),
    }),
  );
  const installId = operation.owner_id;
  log(
    `installing ${options.packageName} ${version.semver} on ${cluster.name} as ${installId} (operation ${operation.id})`,
  );

  await akua.waitForOperation(operation, {
    deadlineMs: remaining(),
    onProgress: (op) => log(`  operation ${op.state} (${elapsed()})`),
  });

  const timing = { clock, deadline, pollMs: options.pollMs ?? 5_000, within };
  const state = await followUntilSettled(akua, installId, timing, log);
  const status = unwrap(await akua.GET("/installs/{id}/status", { params: { path: { id: installId } }, ...within() }));
  const summary = `health ${status.health ?? "unknown"}, sync ${status.sync ?? "unknown"}, revision ${status.revision?.slice(0, 12) ?? "none"}`;
  if (state !== "healthy") throw new Error(`install ${installId} ended ${state} (${summary})`);
  log(`install ${installId} is healthy after ${elapsed()}: ${summary}`);
}

/**
 * Registers `options.semver` of the package named `options.packageName`: a new
 * version of the package when it exists, else the package itself, imported from
 * `options.ociRef` with that version as its first.
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {DeployOptions} options
 * @param {() => { deadlineMs: number }} within per-call options bounding the call by the deadline
 * @param {(line: string) => void} log
 */
async function registerVersion(akua, options, within, log) {
  const input_schema = { type: "object", properties: { hostname: { type: "string" } } };
  for await (const pkg of paginate(akua, "/packages", within())) {
    if (pkg.name !== options.packageName) continue;
    const version = unwrap(
      await akua.POST("/packages/{id}/versions", {
        params: { path: { id: pkg.id } },
        body: { semver: options.semver, ref: options.ref, input_schema },
        ...within(),
      }),
    );
    log(`registered ${pkg.name} ${version.semver} (${version.id})`);
    return version;
  }
  const pkg = unwrap(
    await akua.POST("/packages:import", {
      body: {
        name: options.packageName,
        oci_ref: options.ociRef,
        version: { semver: options.semver, ref: options.ref, input_schema },
      },
      ...within(),
    }),
  );
  if (!pkg.latest_version_id) throw new Error(`the import of ${pkg.name} (${pkg.id}) returned no version`);
  const version = unwrap(
    await akua.GET("/packages/{id}/versions/{version_id}", {
      params: { path: { id: pkg.id, version_id: pkg.latest_version_id } },
      ...within(),
    }),
  );
  log(`imported ${pkg.name} (${pkg.id}) with its first version ${version.semver} (${version.id})`);
  return version;
}

/**
 * The cluster `id`, else the first active cluster.
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {string | undefined} id
 * @param {() => { deadlineMs: number }} within per-call options bounding the call by the deadline
 */
async function pickCluster(akua, id, within) {
  if (id) return unwrap(await akua.GET("/clusters/{id}", { params: { path: { id } }, ...within() }));
  for await (const cluster of paginate(akua, "/clusters", within())) if (cluster.state === "active") return cluster;
  throw new Error("no active cluster to install on (create one first, or pass --cluster)");
}

/**
 * Prints the install's log lines while reading its state every `pollMs`; stops
 * following once the state is healthy or can no longer become so, and returns it.
 * The API's `follow` stream stays open while the install runs, so the state (not
 * the stream's end) says when to stop. Throws at the deadline; a log stream that
 * fails is reported and does not end the wait.
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {string} installId
 * @param {{ clock: import("akua-sdk").Clock, deadline: number, pollMs: number, within: () => { deadlineMs: number } }} timing
 * @param {(line: string) => void} log
 * @returns {Promise<string>} the install's state
 */
async function followUntilSettled(akua, installId, { clock, deadline, pollMs, within }, log) {
  const stop = new AbortController();
  const logs = (async () => {
    try {
      const lines = installLogs(akua, installId, {
        follow: true,
        signal: stop.signal,
        deadlineMs: Math.max(0, deadline - clock.now()),
      });
      for await (const line of lines) log(`  [${line.podName}/${line.containerName}] ${line.content}`);
    } catch (e) {
      // The logs are a view of the deployment, not its outcome: a stream that fails
      // (after the helper's own reconnects) is reported, and the state still decides.
      if (!(isAkuaAbortError(e) && stop.signal.aborted))
        log(`  (log stream stopped: ${e instanceof Error ? e.message : e})`);
    }
  })();

  try {
    for (;;) {
      const install = unwrap(await akua.GET("/installs/{id}", { params: { path: { id: installId } }, ...within() }));
      if (install.state === "healthy" || GAVE_UP.has(install.state)) {
        // Lines written just before the change may still be on their way: give the stream
        // a moment to deliver them (or to end by itself) before it is cut.
        const drained = new AbortController();
        const grace = clock.sleep(Math.min(DRAIN_MS, Math.max(0, deadline - clock.now())), drained.signal);
        await Promise.race([logs, grace.catch(() => undefined)]);
        drained.abort();
        return install.state;
      }
      const wait = Math.min(pollMs, deadline - clock.now());
      if (wait <= 0)
        throw new Error(`install ${installId} was not healthy within the deadline (last state ${install.state})`);
      await clock.sleep(wait);
    }
  } finally {
    stop.abort();
    await logs;
  }
}

if (isMain(import.meta.url)) {
  const connection = await connect();
  const code = await runExample(async (log) => {
    let clusterId = flag("--cluster", undefined);
    if (!clusterId && !connection.live) {
      // The embedded fake starts empty: give it a cluster to install on.
      const cluster = unwrap(
        await connection.akua.POST("/clusters:import", {
          body: { name: "apps", region_id: await someRegion(connection.akua), kubeconfig: DEMO_KUBECONFIG },
        }),
      );
      clusterId = cluster.id;
    }
    await deployApp(
      connection.akua,
      {
        packageName: flag("--package", "example-shop"),
        ociRef: flag("--oci-ref", "oci://registry.example.com/apps/example-shop"),
        semver: flag("--version", "1.0.0"),
        ref: flag("--ref", `sha256:${"0".repeat(64)}`),
        clusterId,
      },
      log,
    );
  });
  await connection.close();
  process.exitCode = code;
}
