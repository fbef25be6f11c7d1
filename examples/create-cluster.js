/**
 * Create a managed cluster, wait for its operation with progress lines, wait
 * until it is `active`, and write its admin kubeconfig to a file (never printed).
 * Exits non-zero on failure or after a 15-minute deadline, so it is safe in CI.
 *
 *   node examples/create-cluster.js [--name NAME] [--out FILE] [--live]
 */
import { writeFile } from "node:fs/promises";
import { unwrap } from "akua-sdk";
import { connect, flag, isMain, runExample, someRegion } from "./lib/connect.js";
import { waitForCluster } from "akua-sdk/wait-for-cluster";

/**
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {{ name: string, kubeconfigPath: string, deadlineMs?: number, now?: () => number }} options
 * @param {(line: string) => void} log
 */
export async function createCluster(akua, options, log) {
  const now = options.now ?? Date.now;
  const started = now();
  const deadline = started + (options.deadlineMs ?? 15 * 60_000);
  const elapsed = () => `${((now() - started) / 1000).toFixed(1)} s`;

  const regionId = await someRegion(akua);
  const operation = unwrap(await akua.POST("/clusters", { body: { name: options.name, region_id: regionId } }));
  const clusterId = operation.owner_id;
  log(`creating cluster ${clusterId} (operation ${operation.id})`);

  await akua.waitForOperation(operation, {
    deadlineMs: deadline - now(),
    onProgress: (op) => {
      const step = op.steps?.find((s) => s.status === "running")?.name;
      log(`  operation ${op.state}${step ? `, step ${step}` : ""} (${elapsed()})`);
    },
  });
  const cluster = await waitForCluster(akua, clusterId, {
    until: "active",
    deadlineMs: Math.max(1, deadline - now()),
    onProgress: (c) => log(`  cluster ${c.state} (${elapsed()})`),
  });

  const { kubeconfig } = unwrap(await akua.GET("/clusters/{id}/kubeconfig", { params: { path: { id: cluster.id } } }));
  await writeFile(options.kubeconfigPath, kubeconfig, { mode: 0o600 });
  log(
    `cluster ${cluster.name} (${cluster.id}) is active after ${elapsed()}; kubeconfig written to ${options.kubeconfigPath}`,
  );
}

if (isMain(import.meta.url)) {
  const connection = await connect();
  const code = await runExample((log) =>
    createCluster(
      connection.akua,
      { name: flag("--name", "example-cluster"), kubeconfigPath: flag("--out", "kubeconfig.yaml") },
      log,
    ),
  );
  await connection.close();
  process.exitCode = code;
}
