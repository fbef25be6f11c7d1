/**
 * The HTTP surface: routing (custom methods, 404, 405, percent-decoding),
 * bearer auth (401) and workspaces (403, scoping), CORS, request validation
 * (400 naming the field) and malformed JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call, createSecret, firstError, importCluster } from "./helpers.js";

let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({
    clock: createTestClock(),
    workspaces: ["ws_main", "ws_second"],
    tokens: { sk_akua_other: ["ws_other"] },
  });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("routing", () => {
  it("serves under /v1 on 127.0.0.1", () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it("answers 404 envelopes for unknown paths, with x-request-id and JSON", async () => {
    for (const path of ["/nothing", "/clusters/a/b/c", "/clusters:explode", "/clusters/"]) {
      const res = await call(fake, "GET", path);
      expect(res.status, path).toBe(404);
      expect(firstError(res).code).toBe(404);
      expect(res.headers.get("x-request-id")).toMatch(/^req_/);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    }
    const outside = await fetch(fake.url.replace(/\/v1$/, "/v2/clusters"));
    expect(outside.status).toBe(404);
    const noBase = await fetch(fake.url.replace(/\/v1$/, "/clusters"));
    expect(noBase.status).toBe(404);
    expect(((await noBase.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "No route for GET /clusters (the API is served under /v1).",
    );
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const res = await call(fake, "PUT", "/clusters");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(firstError(res).code).toBe(405);
    expect((await call(fake, "GET", "/clusters:import")).status).toBe(405);
  });

  it("routes custom methods and percent-decodes parameters", async () => {
    const cluster = await importCluster(fake);
    expect((await call(fake, "GET", `/clusters/${encodeURIComponent(cluster.id)}`)).status).toBe(200);
    const encodedColon = await call(fake, "POST", `/clusters/${cluster.id}%3Asuspend`, { ifMatch: cluster.etag });
    expect(encodedColon.status).toBe(202);
    // a parameter never contains `/` or `:`
    expect((await call(fake, "GET", `/clusters/${cluster.id}%2Fx`)).status).toBe(404);
  });
});

describe("auth", () => {
  it("answers 401 for a missing, malformed or unknown token", async () => {
    const missing = await call(fake, "GET", "/clusters", { token: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(firstError(missing).code).toBe(401);
    const basic = await call(fake, "GET", "/clusters", { token: null, headers: { authorization: "Basic abc" } });
    expect(basic.status).toBe(401);
    expect((await call(fake, "GET", "/clusters", { token: "sk_akua_unknown" })).status).toBe(401);
  });

  it("answers 403 when akua-context names a workspace the token does not reach", async () => {
    const res = await call(fake, "GET", "/clusters", { context: "ws_other" });
    expect(res.status).toBe(403);
    expect(firstError(res).code).toBe(403);
    expect((await call(fake, "GET", "/clusters", { token: "sk_akua_other", context: "ws_main" })).status).toBe(403);
  });

  it("scopes every resource to its workspace: others' resources are 404", async () => {
    const cluster = await importCluster(fake, "mine");
    const secret = await createSecret(fake, "scoped", "v");
    expect((await call(fake, "GET", `/clusters/${cluster.id}`, { token: "sk_akua_other" })).status).toBe(404);
    expect((await call(fake, "GET", `/clusters/${cluster.id}`, { context: "ws_second" })).status).toBe(404);
    expect((await call(fake, "GET", `/clusters/${cluster.id}`, { context: "ws_main" })).status).toBe(200);
    expect((await call(fake, "GET", `/secrets/${secret.id}`, { token: "sk_akua_other" })).status).toBe(404);
    const otherList = await call(fake, "GET", "/clusters", { token: "sk_akua_other" });
    expect(otherList.body.data).toEqual([]);
    const second = await call(fake, "POST", "/clusters:import", {
      body: { name: "there", region_id: "r", kubeconfig: "x" },
      context: "ws_second",
    });
    expect(second.body.workspace_id).toBe("ws_second");
  });

  it("lets GET /operations and :wait without akua-context see every workspace of the token", async () => {
    const op = (await call(fake, "POST", "/clusters", { body: { name: "c", region_id: "r" }, context: "ws_second" }))
      .body;
    const all = (await call(fake, "GET", "/operations")).body.data.map((o: { id: string }) => o.id);
    expect(all).toContain(op.id);
    const main = (await call(fake, "GET", "/operations", { context: "ws_main" })).body.data.map(
      (o: { id: string }) => o.id,
    );
    expect(main).not.toContain(op.id);
    expect((await call(fake, "GET", `/operations/${op.id}`)).status).toBe(404);
    expect((await call(fake, "GET", `/operations/${op.id}`, { context: "ws_second" })).status).toBe(200);
  });
});

describe("CORS", () => {
  it("answers a preflight with 204 and the allowed methods and headers", async () => {
    const res = await fetch(`${fake.url}/clusters/clu_x`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "PATCH",
        "access-control-request-headers": "authorization, if-match, idempotency-key",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("access-control-allow-methods")).toContain("PATCH");
    const allowed = res.headers.get("access-control-allow-headers")!;
    for (const h of ["authorization", "content-type", "akua-context", "idempotency-key", "if-match"]) {
      expect(allowed).toContain(h);
    }
  });

  it("exposes ETag, Retry-After, Location and x-request-id on every answer", async () => {
    const withOrigin = await fetch(`${fake.url}/clusters`, {
      headers: { origin: "https://app.example", authorization: `Bearer ${fake.token}` },
    });
    expect(withOrigin.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const exposed = withOrigin.headers.get("access-control-expose-headers")!;
    for (const h of ["ETag", "Retry-After", "Location", "x-request-id"]) expect(exposed).toContain(h);
    const error = await fetch(`${fake.url}/clusters`);
    expect(error.status).toBe(401);
    expect(error.headers.get("access-control-allow-origin")).toBe("*");
    expect(error.headers.get("access-control-expose-headers")).toContain("ETag");
  });
});

describe("validation", () => {
  it("answers 400 with one entry per issue, each naming its field", async () => {
    const res = await call(fake, "POST", "/clusters:import", { body: { name: "", region_id: "r", extra: 1 } });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string[] }) => e.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.kubeconfig", "body.extra"]));
    for (const e of res.body.errors) expect(e.code).toBe(400);
  });

  it("names a field exactly even when a key contains dots", async () => {
    const res = await call(fake, "POST", "/secrets", {
      body: { name: "dotted", kind: "generic", value: "v", labels: { "app.kubernetes.io/name": "x".repeat(201) } },
    });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["body", "labels", "app.kubernetes.io/name"]);
  });

  it("checks query parameters: limit bounds and enums", async () => {
    for (const limit of ["0", "101", "abc"]) {
      const res = await call(fake, "GET", `/clusters?limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(firstError(res).path).toEqual(["query", "limit"]);
    }
    const state = await call(fake, "GET", "/secrets/sec_x/versions?state=gone");
    expect(state.status).toBe(400);
    expect(firstError(state).path).toEqual(["query", "state"]);
  });

  it("checks headers: an over-long idempotency key", async () => {
    const res = await call(fake, "POST", "/clusters:import", {
      body: { name: "x", region_id: "r", kubeconfig: "k" },
      key: "k".repeat(65),
    });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["header", "idempotency-key"]);
  });

  it("answers a missing body of an operation that needs one like an empty object", async () => {
    const res = await call(fake, "POST", "/clusters");
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string[] }) => e.path.join("."))).toEqual(
      expect.arrayContaining(["body.name", "body.region_id"]),
    );
  });

  it("answers malformed JSON with 400", async () => {
    const res = await call(fake, "POST", "/clusters:import", {
      raw: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["body"]);
  });

  it("picks the secret variant by kind", async () => {
    const res = await call(fake, "POST", "/secrets", {
      body: { name: "hook", kind: "webhook_signing", value: "short" },
    });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["body", "value"]);
  });
});
