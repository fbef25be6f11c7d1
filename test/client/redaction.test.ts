import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { akuaMeta, unwrap } from "../../src/index.js";
import { kubeconfig, startHarness, type Harness } from "./fixtures.js";

// Unique markers planted in every kind of credential; none may surface in a log
// line, an error (message, stack, fields, cause) or the fake's request log.
const MARK = {
  token: "sk_akua_MARKERTOKEN7f3a",
  kubeconfig: "MARKERKUBE9b1c",
  secret: "MARKERSECRET4d2e",
  version: "MARKERVERSION8a6f",
};

let h: Harness;
const thrown: unknown[] = [];
const bootstrapSecrets: string[] = [];

beforeAll(async () => {
  h = await startHarness({ token: MARK.token });
});
afterAll(async () => {
  await h.fake.close();
});

async function capture<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (error) {
    thrown.push(error);
    return undefined;
  }
}

function everything(): string {
  const errors = thrown.map((e) => {
    const err = e as Error & { cause?: unknown };
    return [String(err), err.stack, JSON.stringify(err), String(err.cause), JSON.stringify(err.cause ?? null)].join(
      "\n",
    );
  });
  return [...h.logs, ...errors, JSON.stringify(h.fake.requests)].join("\n");
}

describe("credentials never reach logs, errors or the request log", () => {
  it("runs calls that succeed, fail, retry and drop with credentials in every place", async () => {
    const akua = h.client({ maxRetries: 1 });
    const region = unwrap(await akua.POST("/regions", { body: { name: "redact" } }));

    // import: a 503 and a dropped connection before success, then an invalid one
    h.fake.inject({ method: "POST", path: "/clusters:import", fault: "status", status: 503, times: 1 });
    const cluster = unwrap(
      await akua.POST("/clusters:import", {
        body: { name: "r1", region_id: region.id, kubeconfig: kubeconfig(MARK.kubeconfig) },
      }),
    );
    h.fake.inject({ method: "POST", path: "/clusters:import", fault: "drop-before-commit", times: 2 });
    await capture(
      akua.POST("/clusters:import", {
        body: { name: "r2", region_id: region.id, kubeconfig: kubeconfig(MARK.kubeconfig) },
      }),
    );
    const invalid = await akua.POST("/clusters:import", {
      body: { name: "", region_id: region.id, kubeconfig: kubeconfig(MARK.kubeconfig) },
    });
    await capture(Promise.resolve().then(() => unwrap(invalid)));

    // PATCH with a kubeconfig and a stale etag
    const stale = await akua.PATCH("/clusters/{id}", {
      params: { path: { id: cluster.id }, header: { "if-match": "not-the-etag" } },
      body: { kubeconfig: kubeconfig(MARK.kubeconfig) },
    });
    await capture(Promise.resolve().then(() => unwrap(stale)));

    // worker bootstrap: its one-time secrets become markers too
    const created = await akua.POST("/clusters/{id}/worker_bootstraps", {
      params: { path: { id: cluster.id } },
      body: { ttl_seconds: 600 },
    });
    const bootstrap = unwrap(created);
    for (const value of [bootstrap.token, bootstrap.command, bootstrap.cloud_init])
      if (value) bootstrapSecrets.push(value);
    expect(bootstrapSecrets.length).toBeGreaterThan(0);

    // secrets: create, a failing version write, access through a 503
    const secret = unwrap(
      await akua.POST("/secrets", { body: { name: "r-secret", kind: "generic", value: MARK.secret } }),
    );
    h.fake.inject({ method: "POST", path: "/secrets/{id}/versions", fault: "status", status: 500, times: 5 });
    const failed = await akua.POST("/secrets/{id}/versions", {
      params: { path: { id: secret.id } },
      body: { value: MARK.version },
    });
    await capture(Promise.resolve().then(() => unwrap(failed)));
    h.fake.inject({
      method: "POST",
      path: "/secrets/{id}/versions/{vid}:access",
      fault: "status",
      status: 503,
      times: 1,
    });
    const plain = unwrap(
      await akua.POST("/secrets/{id}/versions/{vid}:access", { params: { path: { id: secret.id, vid: "latest" } } }),
    );
    expect(plain.value).toBe(MARK.secret);
    expect(akuaMeta(created.response)?.outcome).toBe("applied");

    // a token rejected by the server
    const wrongToken = h.client({ token: `${MARK.token}-wrong` });
    await capture(wrongToken.GET("/regions").then(unwrap));

    expect(thrown.length).toBeGreaterThanOrEqual(4);
    expect(h.logs.length).toBeGreaterThan(5);
  });

  it("no marker appears anywhere", () => {
    const text = everything();
    for (const marker of [...Object.values(MARK), ...bootstrapSecrets]) {
      expect(text.includes(marker), `leaked ${marker.slice(0, 12)}…`).toBe(false);
    }
    expect(text).toContain("Bearer sk_akua_…****");
  });
});
