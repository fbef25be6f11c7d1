// Runs from the installed package: the fake server from akua-sdk/testing, the client from akua-sdk.
import { akuaMeta, createAkuaClient, unwrap } from "akua-sdk";
import { createTestClock, startFakeAkua } from "akua-sdk/testing";

const clock = createTestClock({ autoAdvance: true });
const fake = await startFakeAkua({ clock });
try {
  const akua = createAkuaClient({ baseUrl: fake.url, token: fake.token, clock });
  const region = unwrap(await akua.POST("/regions", { body: { name: "pkg" } }));
  fake.inject({ method: "POST", path: "/clusters:import", fault: "drop-after-commit", times: 1 });
  const imported = await akua.POST("/clusters:import", {
    body: { name: "pkg", region_id: region.id, kubeconfig: "apiVersion: v1\nkind: Config\n" },
  });
  const cluster = unwrap(imported);
  const op = unwrap(await akua.POST("/clusters", { body: { name: "managed", region_id: region.id } }));
  const done = await akua.waitForOperation(op);
  console.log(
    JSON.stringify({ attempts: akuaMeta(imported.response)?.attempts, state: cluster.state, op: done.state }),
  );
} finally {
  await fake.close();
}
