/**
 * Mint a worker-bootstrap token for a cluster and write its join command to a
 * file only its owner can read, printing the path. The command (which embeds the
 * one-time token) is printed only with --print-command; the demo never does.
 *
 *   node examples/bootstrap-worker.js [--cluster ID] [--out FILE] [--print-command] [--live]
 */
import { chmod, writeFile } from "node:fs/promises";
import { unwrap } from "akua-sdk";
import { connect, flag, isMain, runExample } from "./lib/connect.js";
import { DEMO_KUBECONFIG } from "./import-and-rename.js";

/**
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {{ clusterId: string, commandPath: string, ttlSeconds?: number, printCommand?: boolean }} options
 * @param {(line: string) => void} log
 */
export async function bootstrapWorker(akua, options, log) {
  const bootstrap = unwrap(
    await akua.POST("/clusters/{id}/worker_bootstraps", {
      params: { path: { id: options.clusterId } },
      body: { ttl_seconds: options.ttlSeconds ?? 3600 },
    }),
  );
  if (!bootstrap.command) throw new Error("the create answer carried no command");
  await writeFile(options.commandPath, `${bootstrap.command}\n`, { mode: 0o600 });
  await chmod(options.commandPath, 0o600);
  const expires = bootstrap.expires_at ? new Date(bootstrap.expires_at * 1000).toISOString() : "never";
  log(`bootstrap ${bootstrap.id} for ${options.clusterId}, expires ${expires}`);
  log(`join command written to ${options.commandPath} (mode 600); run it on the new worker`);
  if (options.printCommand) log(bootstrap.command);
}

if (isMain(import.meta.url)) {
  const connection = await connect();
  const code = await runExample(async (log) => {
    let clusterId = flag("--cluster", undefined);
    if (!clusterId) {
      if (connection.live) throw new Error("--live needs --cluster ID");
      const regions = unwrap(await connection.akua.POST("/regions", { body: { name: "examples" } }));
      const cluster = unwrap(
        await connection.akua.POST("/clusters:import", {
          body: { name: "worker-demo", region_id: regions.id, kubeconfig: DEMO_KUBECONFIG },
        }),
      );
      clusterId = cluster.id;
    }
    await bootstrapWorker(
      connection.akua,
      {
        clusterId,
        commandPath: flag("--out", "worker-join.sh"),
        printCommand: process.argv.includes("--print-command"),
      },
      log,
    );
  });
  await connection.close();
  process.exitCode = code;
}
