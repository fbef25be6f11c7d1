/**
 * The request log records every request with credentials redacted: the
 * bearer token, kubeconfigs, secret values and bootstrap tokens never appear
 * in it, wherever they were sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { LOG_BODY_BYTES, LOG_PREVIEW_CHARS } from "../../src/testing/request-log.js";
import { call, kubeconfig } from "./helpers.js";

const TOKEN = "sk_akua_MARKER_TOKEN_3f9a";
let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({ clock: createTestClock(), token: TOKEN });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("request log", () => {
  it("records method, path, operation, status, request id, key and fault", async () => {
    fake.inject({ method: "GET", path: "/regions", fault: "status", status: 503 });
    const res = await call(fake, "GET", "/regions?limit=5");
    await call(fake, "POST", "/regions", { body: { name: "eu" }, key: "k-1" });
    const [first, second] = fake.requests.slice(-2);
    expect(first).toMatchObject({
      method: "GET",
      path: "/regions",
      query: "?limit=5",
      operation: "GET /regions",
      status: 503,
      requestId: res.headers.get("x-request-id"),
      fault: "status",
    });
    expect(typeof first!.at).toBe("number");
    expect(second).toMatchObject({
      operation: "POST /regions",
      status: 201,
      idempotencyKey: "k-1",
      body: { name: "eu" },
    });
    expect(second!.headers["authorization"]).toBe("Bearer sk_akua_…****");
  });

  it("never holds a token, kubeconfig, secret value or bootstrap token in clear", async () => {
    const imported = await call(fake, "POST", "/clusters:import", {
      body: { name: "edge", region_id: "r", kubeconfig: kubeconfig("MARKER_KUBECONFIG_77") },
    });
    await call(fake, "PATCH", `/clusters/${imported.body.id}`, {
      body: { kubeconfig: kubeconfig("MARKER_KUBECONFIG_ROTATED") },
      ifMatch: imported.body.etag,
    });
    const secret = await call(fake, "POST", "/secrets", {
      body: { name: "s", kind: "generic", value: "MARKER_SECRET_VALUE_1" },
    });
    await call(fake, "POST", `/secrets/${secret.body.id}/versions`, { body: { value: "MARKER_SECRET_VALUE_2" } });
    await call(fake, "POST", `/secrets/${secret.body.id}/versions/latest:access`);
    // sent where it does not belong: invalid, but still never logged
    await call(fake, "PATCH", `/secrets/${secret.body.id}`, {
      body: { value: "MARKER_MISPLACED_VALUE" },
      ifMatch: "1",
    });
    await call(fake, "POST", "/secrets", {
      raw: '{"value": "MARKER_BROKEN_JSON',
      headers: { "content-type": "application/json" },
    });
    await call(fake, "POST", "/nowhere", { body: { value: "MARKER_UNROUTED" } });
    const wbs = await call(fake, "POST", `/clusters/${imported.body.id}/worker_bootstraps`, { body: {} });
    expect(wbs.body.token).toBeTruthy();
    await call(fake, "GET", "/clusters", { token: "sk_akua_MARKER_WRONG_TOKEN" });

    const log = JSON.stringify(fake.requests);
    for (const marker of [
      "MARKER_TOKEN",
      "MARKER_KUBECONFIG_77",
      "MARKER_KUBECONFIG_ROTATED",
      "MARKER_SECRET_VALUE_1",
      "MARKER_SECRET_VALUE_2",
      "MARKER_MISPLACED_VALUE",
      "MARKER_BROKEN_JSON",
      "MARKER_UNROUTED",
      "MARKER_WRONG_TOKEN",
      wbs.body.token,
    ]) {
      expect(log).not.toContain(marker);
    }
    const importEntry = fake.requests.find((r) => r.operation === "POST /clusters:import")!;
    expect(importEntry.body).toEqual({ name: "edge", region_id: "r", kubeconfig: "[REDACTED]" });
  });

  it("never holds a credential the spec marks sensitive anywhere, even sent where it does not belong", async () => {
    // Each name is a sensitive field of some operation (api_token: Cloudflare connections,
    // client_secret: registry connections, fork_write_token: change requests); here misplaced.
    await call(fake, "POST", "/registry_connections", {
      body: { name: "r", credentials: { api_token: "MARKER_CF_TOKEN", fork_write_token: "MARKER_FORK_TOKEN" } },
    });
    await call(fake, "POST", "/packages:import", {
      key: "import-1",
      body: { name: "p", oci_ref: "oci://x/y", version: { semver: "1.0.0", ref: "r", client_secret: "MARKER_CS" } },
    });
    const log = JSON.stringify(fake.requests);
    for (const marker of ["MARKER_CF_TOKEN", "MARKER_FORK_TOKEN", "MARKER_CS"]) expect(log).not.toContain(marker);
  });
});

describe("request log size", () => {
  it("keeps the most recent requestLogLimit entries", async () => {
    const small = await startFakeAkua({ clock: createTestClock(), requestLogLimit: 3 });
    try {
      for (let i = 0; i < 5; i++) await call(small, "GET", `/regions?limit=${i + 1}`);
      expect(small.requests.map((r) => r.query)).toEqual(["?limit=3", "?limit=4", "?limit=5"]);
    } finally {
      await small.close();
    }
  });
});

describe("request log bytes", () => {
  it(`keeps a body up to ${LOG_BODY_BYTES} bytes of redacted JSON as the redacted value`, async () => {
    const body = { name: "n".repeat(100), kind: "generic", value: "MARKER_SMALL_VALUE", labels: { a: "b" } };
    await call(fake, "POST", "/secrets", { body });
    expect(fake.requests.at(-1)!.body).toEqual({ ...body, value: "[REDACTED]" });
  });

  it("truncates a larger body to { truncated, bytes, preview }, the preview cut from the redacted JSON", async () => {
    // The secret comes first, so a prefix of the raw text would hold it.
    const raw = JSON.stringify({
      value: "MARKER_BIG_SECRET_VALUE",
      kind: "generic",
      name: "big",
      labels: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`label-${i}`, "l".repeat(60)])),
    });
    expect(raw.length).toBeGreaterThan(LOG_BODY_BYTES);
    await call(fake, "POST", "/secrets", { raw, headers: { "content-type": "application/json" } });
    const entry = fake.requests.at(-1)!;
    const logged = entry.body as { truncated: boolean; bytes: number; preview: string };
    expect(logged.truncated).toBe(true);
    expect(logged.bytes).toBe(Buffer.byteLength(raw));
    expect(logged.preview.length).toBe(LOG_PREVIEW_CHARS);
    expect(logged.preview.startsWith('{"value":"[REDACTED]","kind":"generic","name":"big"')).toBe(true);
    expect(JSON.stringify(fake.requests)).not.toContain("MARKER_BIG_SECRET_VALUE");
  });

  it("bounds the log's memory by entries: 20 bodies of 1 MB keep about 4 KiB each", async () => {
    const own = await startFakeAkua({ clock: createTestClock() });
    try {
      const raw = JSON.stringify({ name: "huge", kind: "generic", value: "v", comment: "c".repeat(1_000_000) });
      for (let i = 0; i < 20; i++) {
        await call(own, "POST", "/secrets", { raw, headers: { "content-type": "application/json" } });
      }
      expect(own.requests).toHaveLength(20);
      expect(JSON.stringify(own.requests).length).toBeLessThan(20 * 4096);
      expect(own.violations).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
