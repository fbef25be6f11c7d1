/**
 * `npm run demo`: the five examples, one after another, against an embedded
 * fake Akua server (real HTTP on 127.0.0.1). Files go to a fresh temp folder.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { unwrap } from "akua-sdk";
import { bootstrapWorker } from "./bootstrap-worker.js";
import { createCluster } from "./create-cluster.js";
import { deployApp } from "./deploy-app.js";
import { DEMO_KUBECONFIG, importAndRename } from "./import-and-rename.js";
import { connect, runExample } from "./lib/connect.js";
import { storeCredential } from "./store-credential.js";

const dir = await mkdtemp(path.join(os.tmpdir(), "akua-demo-"));
const connection = await connect({ argv: [], env: {} });
const { akua } = connection;
const section = (/** @type {string} */ title) => console.log(`\n== ${title}`);

const code = await runExample(async (log) => {
  section("create-cluster: create, wait with progress, fetch the kubeconfig");
  await createCluster(akua, { name: "demo-cluster", kubeconfigPath: path.join(dir, "kubeconfig.yaml") }, log);

  section("import-and-rename: import, then rename with update() while another writer races");
  await importAndRename(akua, { kubeconfig: DEMO_KUBECONFIG }, log);

  section("bootstrap-worker: mint a join token, write the command to a private file");
  const clusters = unwrap(await akua.GET("/clusters", { params: { query: { limit: 1 } } }));
  const first = clusters.data[0];
  if (!first) throw new Error("no cluster to bootstrap");
  await bootstrapWorker(akua, { clusterId: first.id, commandPath: path.join(dir, "worker-join.sh") }, log);

  section("deploy-app: register a package version, install it, follow its logs until healthy");
  await deployApp(
    akua,
    {
      packageName: "demo-shop",
      ociRef: "oci://registry.example.com/apps/demo-shop",
      semver: "1.0.0",
      ref: `sha256:${"ab".repeat(32)}`,
      clusterId: first.id,
      pollMs: 1_000,
    },
    log,
  );

  section("store-credential: store, rotate, list");
  await storeCredential(
    akua,
    { name: "hcloud-demo", value: "placeholder-hcloud-token-1", rotatedValue: "placeholder-hcloud-token-2" },
    log,
  );
});

await connection.close();
await rm(dir, { recursive: true, force: true });
console.log(code === 0 ? "\ndemo: all five examples ran against the embedded fake server" : "\ndemo: failed");
process.exitCode = code;
