/**
 * Import an existing cluster from a kubeconfig file, then rename it with
 * `update` (read, change, write with if-match) while another writer races.
 *
 *   node examples/import-and-rename.js [--kubeconfig FILE] [--live]
 */
import { readFile } from "node:fs/promises";
import { unwrap } from "akua-sdk";
import { connect, flag, isMain, runExample, someRegion } from "./lib/connect.js";

/**
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {{ kubeconfig: string, name?: string }} options
 * @param {(line: string) => void} log
 */
export async function importAndRename(akua, options, log) {
  const regionId = await someRegion(akua);
  const cluster = unwrap(
    await akua.POST("/clusters:import", {
      body: { name: options.name ?? "imported-edge", region_id: regionId, kubeconfig: options.kubeconfig },
    }),
  );
  log(`imported ${cluster.name} (${cluster.id}), etag ${cluster.etag}`);

  // Another writer renames it at the same time; update() re-reads and reapplies on a stale etag.
  const racer = akua.update("/clusters/{id}", { params: { path: { id: cluster.id } } }, (current) =>
    current.name.endsWith("-racer") ? undefined : { name: `${current.name}-racer` },
  );
  const renamed = await akua.update("/clusters/{id}", { params: { path: { id: cluster.id } } }, (current) =>
    current.name.startsWith("prod-") ? undefined : { name: `prod-${current.name}` },
  );
  await racer;
  const final = unwrap(await akua.GET("/clusters/{id}", { params: { path: { id: cluster.id } } }));
  log(`renamed to ${renamed.name}; after both writers: ${final.name} (etag ${final.etag})`);
}

/** A kubeconfig for the demo cluster when no file is given. */
export const DEMO_KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: edge
  cluster: { server: "https://203.0.113.10:6443" }
users:
- name: admin
  user: { token: "demo-not-a-real-token" }
contexts:
- name: edge
  context: { cluster: edge, user: admin }
current-context: edge
`;

if (isMain(import.meta.url)) {
  const file = flag("--kubeconfig", undefined);
  const connection = await connect();
  const code = await runExample(async (log) => {
    const kubeconfig = file ? await readFile(file, "utf8") : DEMO_KUBECONFIG;
    await importAndRename(connection.akua, { kubeconfig }, log);
  });
  await connection.close();
  process.exitCode = code;
}
