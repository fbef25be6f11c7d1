import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { akuaMeta, unwrap } from "../../src/index.js";
import { kubeconfig, startHarness, type Harness } from "./fixtures.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.fake.close();
});

describe("the four first-reach calls, end to end over loopback", () => {
  it("imports a cluster, renames it with if-match, mints a worker bootstrap, stores a secret", async () => {
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "eu-central" } }));

    const imported = await akua.POST("/clusters:import", {
      body: { name: "edge-1", region_id: region.id, kubeconfig: kubeconfig() },
    });
    const cluster = unwrap(imported);
    expect(cluster).toMatchObject({ name: "edge-1", state: "active", provider: "imported_byoc" });
    expect(JSON.stringify(cluster)).not.toContain("kubeconfig");
    const meta = akuaMeta(imported.response)!;
    expect(meta).toMatchObject({ attempts: 1, outcome: "applied" });
    expect(meta.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(meta.requestId).toMatch(/^req_/);
    // A plain record: logging it as JSON keeps every field.
    expect(JSON.parse(JSON.stringify(meta))).toEqual({ ...meta });
    expect(Object.keys(JSON.parse(JSON.stringify(meta))).sort()).toEqual(
      ["attempts", "failures", "idempotencyKey", "method", "outcome", "path", "requestId"].sort(),
    );

    const renamed = unwrap(
      await akua.PATCH("/clusters/{id}", {
        params: { path: { id: cluster.id }, header: { "if-match": cluster.etag } },
        body: { name: "edge-1-renamed" },
      }),
    );
    expect(renamed.name).toBe("edge-1-renamed");
    expect(renamed.etag).not.toBe(cluster.etag);

    const bootstrap = unwrap(
      await akua.POST("/clusters/{id}/worker_bootstraps", {
        params: { path: { id: cluster.id } },
        body: { ttl_seconds: 600 },
      }),
    );
    expect(bootstrap.token).toEqual(expect.any(String));
    expect(bootstrap.command).toEqual(expect.any(String));
    const again = unwrap(
      await akua.GET("/clusters/{id}/worker_bootstraps/{wbs_id}", {
        params: { path: { id: cluster.id, wbs_id: bootstrap.id } },
      }),
    );
    expect(again.token).toBeUndefined();

    const secret = unwrap(
      await akua.POST("/secrets", { body: { name: "hcloud", kind: "cloud_provider/hcloud", value: "hc-token-value" } }),
    );
    expect(JSON.stringify(secret)).not.toContain("hc-token-value");
    const plain = unwrap(
      await akua.POST("/secrets/{id}/versions/{vid}:access", { params: { path: { id: secret.id, vid: "latest" } } }),
    );
    expect(plain.value).toBe("hc-token-value");
  });

  it("a stale if-match comes back as a stale-etag AkuaApiError, not retried", async () => {
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "eu-west" } }));
    const cluster = unwrap(
      await akua.POST("/clusters:import", { body: { name: "c2", region_id: region.id, kubeconfig: kubeconfig() } }),
    );
    unwrap(
      await akua.PATCH("/clusters/{id}", {
        params: { path: { id: cluster.id }, header: { "if-match": cluster.etag } },
        body: { name: "first" },
      }),
    );
    const stale = await akua.PATCH("/clusters/{id}", {
      params: { path: { id: cluster.id }, header: { "if-match": cluster.etag } },
      body: { name: "second" },
    });
    expect(stale.response.status).toBe(409);
    expect(akuaMeta(stale.response)).toMatchObject({ attempts: 1, outcome: "not-applied" });
    let thrown: unknown;
    try {
      unwrap(stale);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: "AkuaApiError", status: 409, isStaleEtag: true, outcome: "not-applied" });
    expect((thrown as { metadata: Record<string, string> }).metadata["current_etag"]).toEqual(expect.any(String));
  });
});
