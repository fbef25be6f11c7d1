// A consumer of the installed package: the four first-reach calls and every helper.
// Type-checked (not run) with moduleResolution nodenext and bundler.
import {
  AkuaApiError,
  akuaMeta,
  createAkuaClient,
  etagOf,
  isOutcomeUnknown,
  isStaleEtagError,
  operationResult,
  unwrap,
  type Cluster,
  type Operation,
  type Secret,
  type WorkerBootstrap,
} from "akua-sdk";
import { createTestClock, startFakeAkua, type FakeAkua, type FakeClientOptions } from "akua-sdk/testing";
import { waitForCluster } from "akua-sdk/wait-for-cluster";
import { paginate } from "akua-sdk/paginate";
import { installLogs, type InstallLogLine } from "akua-sdk/logs";

export async function firstReach(regionId: string, kubeconfig: string): Promise<[Cluster, WorkerBootstrap, Secret]> {
  const akua = createAkuaClient({ token: "sk_akua_x", baseUrl: "http://127.0.0.1:1/v1", maxRetries: 3 });
  const imported = await akua.POST("/clusters:import", { body: { name: "edge", region_id: regionId, kubeconfig } });
  const cluster: Cluster = unwrap(imported);
  akuaMeta(imported.response)?.idempotencyKey;
  const renamed: Cluster = unwrap(
    await akua.PATCH("/clusters/{id}", {
      params: { path: { id: cluster.id }, header: { "if-match": etagOf(cluster)! } },
      body: { name: "edge-2" },
    }),
  );
  const bootstrap: WorkerBootstrap = unwrap(
    await akua.POST("/clusters/{id}/worker_bootstraps", { params: { path: { id: renamed.id } }, body: {} }),
  );
  const secret: Secret = unwrap(
    await akua.POST("/secrets", { body: { name: "hc", kind: "cloud_provider/hcloud", value: "v" } }),
  );
  return [renamed, bootstrap, secret];
}

export async function helpers(id: string): Promise<void> {
  const akua = createAkuaClient({ token: "sk_akua_x" });
  const updated: Cluster = await akua.update("/clusters/{id}", { params: { path: { id } } }, (current) =>
    current.name === "x" ? undefined : { name: "x" },
  );
  await akua.retryOnConflict(async () => {
    const s = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id } } }));
    return akua.DELETE("/secrets/{id}", { params: { path: { id }, header: { "if-match": s.etag } } });
  });
  for await (const c of paginate(akua, "/clusters", { params: { query: { limit: 10 } }, maxItems: 5 }))
    c.name.toUpperCase();
  for await (const page of paginate(akua, "/secrets").pages()) page.has_more;
  for await (const line of installLogs(akua, "ins_x", { follow: false, tail: 10, maxLineBytes: 4096 })) {
    const typed: InstallLogLine = line;
    typed.content.toUpperCase();
  }
  const op: Operation = await akua.waitForOperation("op_x", { deadlineMs: 1000, onProgress: (o) => o.state });
  const { cluster_id }: { cluster_id: string } = operationResult(op, "cluster.create");
  const updated2: Cluster = await akua.update("/clusters/{id}", { params: { path: { id: cluster_id } } }, (c) =>
    c.provider === "managed_kaas" ? undefined : { name: "y", provider: "managed_kaas" },
  );
  void updated2;
  const active: Cluster = await waitForCluster(akua, updated.id, { until: "active" });
  const gone: undefined = await waitForCluster(akua, active.id, { until: "deleted" });
  void op;
  void gone;
  try {
    await akua.GET("/regions");
  } catch (error) {
    if (error instanceof AkuaApiError && isStaleEtagError(error)) error.metadata["current_etag"];
    if (isOutcomeUnknown(error)) error.idempotencyKey;
  }
}

export async function fake(): Promise<FakeAkua> {
  const clock = createTestClock({ autoAdvance: true });
  const f = await startFakeAkua({ clock });
  f.inject({ method: "POST", path: "/clusters:import", fault: "drop-after-commit", times: 1 });
  const options: FakeClientOptions = { maxRetries: 1 };
  const akua = f.client(options);
  const op: Operation = unwrap(await akua.POST("/clusters", { body: { name: "x", region_id: "reg_x" } }));
  const latest: Operation | undefined = f.operations.latest({ type: "cluster.create", state: "RUNNING" });
  f.operations.fail(f.operations.list({ ownerId: latest?.owner_id })[0]?.id ?? op.id);
  f.assertNoViolations();
  // @ts-expect-error the clock is always the fake's
  f.client({ clock: createTestClock() });
  return f;
}

// @ts-expect-error PATCH /clusters/{id} needs if-match
createAkuaClient({ token: "t" }).PATCH("/clusters/{id}", { params: { path: { id: "x" }, header: {} }, body: {} });
// Mistakes that fail to compile: the inits are checked exactly.
export function mistakes(): void {
  const akua = createAkuaClient({ token: "t" });
  void akua.POST("/clusters", {
    // @ts-expect-error network_profle is misspelt
    body: { name: "x", region_id: "r", network_profle: "linux_cilium" },
  });
  // @ts-expect-error retries is not an option (maxRetries is)
  void akua.GET("/clusters", { retries: 3 });
  void akua.update("/clusters/{id}", { params: { path: { id: "x" } } }, () => ({
    name: "y",
    // @ts-expect-error regoin_id is not a field of the PATCH body a mutator returns
    regoin_id: "r",
  }));
  // @ts-expect-error no operation kind "cluster.created"
  operationResult({} as Operation, "cluster.created");
}
