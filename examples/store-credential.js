/**
 * Store a Hetzner Cloud API token as a secret, rotate it with a new version,
 * and list the workspace's secrets with `paginate`. The value is read from
 * HCLOUD_TOKEN (or a placeholder on the fake server) and never printed.
 *
 *   node examples/store-credential.js [--live]
 */
import { unwrap } from "akua-sdk";
import { connect, isMain, runExample } from "./lib/connect.js";
import { paginate } from "akua-sdk/paginate";

/**
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {{ name: string, value: string, rotatedValue: string }} options
 * @param {(line: string) => void} log
 */
export async function storeCredential(akua, options, log) {
  const secret = unwrap(
    await akua.POST("/secrets", {
      body: { name: options.name, kind: "cloud_provider/hcloud", value: options.value, labels: { team: "platform" } },
    }),
  );
  log(`stored secret ${secret.name} (${secret.id}), ${secret.version_count} version`);

  const version = unwrap(
    await akua.POST("/secrets/{id}/versions", {
      params: { path: { id: secret.id } },
      body: { value: options.rotatedValue, comment: "rotated by the example" },
    }),
  );
  log(`rotated: version ${version.version_number} (${version.id}) is ${version.state}`);

  let count = 0;
  for await (const s of paginate(akua, "/secrets", { params: { query: { limit: 50 } } })) {
    count++;
    log(`  ${s.name}  ${s.kind}  ${s.version_count} version(s)`);
  }
  log(`${count} secret(s) in the workspace`);
}

if (isMain(import.meta.url)) {
  const connection = await connect();
  const code = await runExample((log) =>
    storeCredential(
      connection.akua,
      {
        name: "hcloud-production",
        value: process.env["HCLOUD_TOKEN"] ?? "placeholder-hcloud-token-1",
        rotatedValue: process.env["HCLOUD_TOKEN_NEXT"] ?? "placeholder-hcloud-token-2",
      },
      log,
    ),
  );
  await connection.close();
  process.exitCode = code;
}
