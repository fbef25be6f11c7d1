/**
 * Hostile input never gets a 5xx of the fake's own: JSON nested past the
 * depth limit and invalid UTF-8 are 400s, a repeated scalar query parameter is
 * a 400 naming it, HEAD answers like GET without a body, and a 5xx that no
 * fault injected is recorded as a violation. With `validate: false` the same
 * input never crashes or stalls the server.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, takeViolations, type FakeAkua } from "../../src/testing/index.js";
import { MAX_JSON_DEPTH } from "../../src/testing/json-depth.js";
import { call, createSecret, firstError } from "./helpers.js";

let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({ clock: createTestClock() });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const json = { "content-type": "application/json" };
const nestedArrays = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** Sends raw bytes as a request body (fetch would re-encode a string). */
function sendBytes(
  target: FakeAkua,
  method: string,
  path: string,
  body: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${target.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${target.token}`, ...json, "content-length": String(body.length) },
    });
    req.on("error", reject);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.end(body);
  });
}

describe("JSON nesting", () => {
  it(`answers 400 naming the limit (${MAX_JSON_DEPTH}) for JSON nested deeper, arrays or objects, on any operation`, async () => {
    for (const [path, raw] of [
      ["/secrets", nestedArrays(2_200)],
      ["/secrets", nestedObjects(3_860)],
      ["/clusters:import", nestedArrays(100_000)],
      ["/regions", `{"name":${nestedArrays(MAX_JSON_DEPTH)}}`],
    ] as const) {
      const res = await call(fake, "POST", path, { raw, headers: json });
      expect(res.status, `${path} ${raw.slice(0, 20)}`).toBe(400);
      const error = firstError(res);
      expect(error.message).toContain(String(MAX_JSON_DEPTH));
      expect(error.path).toEqual(["body"]);
    }
  });

  it("accepts nesting up to the limit (the schema then judges the body)", async () => {
    const res = await call(fake, "POST", "/secrets", { raw: nestedArrays(MAX_JSON_DEPTH), headers: json });
    expect(res.status).toBe(400);
    expect(firstError(res).message).not.toContain(String(MAX_JSON_DEPTH));
    // brackets inside strings are not nesting
    const name = `x${"[{".repeat(200)}`.slice(0, 100);
    const ok = await call(fake, "POST", "/secrets", { body: { name, kind: "generic", value: "[[[[" } });
    expect(ok.status).toBe(201);
  });

  it("keeps a deep body out of the request log without overflowing the redaction", async () => {
    await call(fake, "POST", "/secrets", { raw: nestedObjects(50_000), headers: json });
    const entry = fake.requests.at(-1)!;
    expect(entry.status).toBe(400);
    expect(entry.body).toBeUndefined();
  });
});

describe("UTF-8", () => {
  it("answers 400 for a JSON body that is not valid UTF-8, and stores nothing", async () => {
    const before = fake.state.countSecrets();
    const body = Buffer.concat([
      Buffer.from('{"name":"bad-'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","kind":"generic","value":"v"}'),
    ]);
    const res = await sendBytes(fake, "POST", "/secrets", body);
    expect(res.status).toBe(400);
    expect(res.text).toContain("UTF-8");
    expect(fake.state.countSecrets()).toBe(before);
  });

  it("still accepts multi-byte UTF-8", async () => {
    const res = await sendBytes(
      fake,
      "POST",
      "/secrets",
      Buffer.from(JSON.stringify({ name: "grüße-東京", kind: "generic", value: "v" }), "utf8"),
    );
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text).name).toBe("grüße-東京");
  });
});

describe("query parameters", () => {
  it("answers 400 naming a repeated scalar query parameter", async () => {
    const res = await call(fake, "GET", "/clusters?limit=1&limit=500");
    expect(res.status).toBe(400);
    const error = firstError(res);
    expect(error.path).toEqual(["query", "limit"]);
    expect(error.message).toMatch(/query\.limit .*once/);
    expect((await call(fake, "GET", "/clusters?limit=1")).status).toBe(200);
    const wait = await call(fake, "GET", "/operations?owner_type=cluster&owner_type=cluster&owner_id=clu_x");
    expect(wait.status).toBe(400);
    expect(firstError(wait).path).toEqual(["query", "owner_type"]);
  });
});

describe("HEAD", () => {
  it("answers every GET route like GET, without a body", async () => {
    const secret = await createSecret(fake, "head-me", "v");
    const logged = fake.requests.length;
    for (const path of ["/clusters", "/regions", `/secrets/${secret.id}`, "/secrets/sec_missing"]) {
      const get = await call(fake, "GET", path);
      const head = await fetch(`${fake.url}${path}`, {
        method: "HEAD",
        headers: { authorization: `Bearer ${fake.token}` },
      });
      expect(head.status, path).toBe(get.status);
      expect(await head.text()).toBe("");
      expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
      expect(head.headers.get("content-length")).toBe(get.headers.get("content-length"));
      expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    }
    const heads = fake.requests.slice(logged).filter((r) => r.method === "HEAD");
    expect(heads.map((r) => r.operation)).toEqual([
      "GET /clusters",
      "GET /regions",
      "GET /secrets/{id}",
      "GET /secrets/{id}",
    ]);
    const unauthorized = await fetch(`${fake.url}/clusters`, { method: "HEAD" });
    expect(unauthorized.status).toBe(401);
  });

  it("lists HEAD in Allow where GET is allowed", async () => {
    const res = await call(fake, "PUT", "/clusters");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST");
    const noGet = await fetch(`${fake.url}/clusters:import`, { method: "HEAD" });
    expect(noGet.status).toBe(405);
    expect(noGet.headers.get("allow")).toBe("POST");
  });
});

describe("a 5xx that no fault injected", () => {
  it("is recorded as a violation (the setup hook fails the file); an injected one is not", async () => {
    const own = await startFakeAkua({ clock: createTestClock() });
    try {
      // A name that throws when serialized: the handler's answer fails inside the fake.
      const name = {
        toJSON() {
          throw new Error("boom from a test");
        },
      } as unknown as string;
      const [id] = own.seed.clusters(1, { name });
      const res = await call(own, "GET", `/clusters/${id}`);
      expect(res.status).toBe(500);
      expect(own.violations).toHaveLength(1);
      expect(own.violations[0]).toMatchObject({ operation: "GET /clusters/{id}", status: 500 });
      expect(own.violations[0]!.message).toMatch(
        /no fault injected: Internal error in the fake server: boom from a test/,
      );
      // What the setup hook drains: taken here so that this file passes.
      expect(takeViolations().map((v) => v.status)).toEqual([500]);

      own.inject({ path: "/regions", fault: "status", status: 500 });
      expect((await call(own, "GET", "/regions")).status).toBe(500);
      own.inject({ path: "/regions", fault: "status", status: 502, body: "<html>proxy</html>" });
      expect((await fetch(`${own.url}/regions`, { headers: { authorization: `Bearer ${own.token}` } })).status).toBe(
        502,
      );
      expect(own.violations).toHaveLength(1);
      expect(takeViolations()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe("validate: false", () => {
  it("never crashes or stalls on hostile input: the next request is served", async () => {
    const loose = await startFakeAkua({ clock: createTestClock(), validate: false });
    try {
      // Depth and encoding limits hold without validation too.
      for (const raw of [nestedArrays(5_000), nestedObjects(5_000)]) {
        const res = await call(loose, "POST", "/secrets", { raw, headers: json });
        expect(res.status).toBe(400);
        expect(firstError(res).message).toContain(String(MAX_JSON_DEPTH));
      }
      // Bodies of the wrong shape may get anything (a 500 included), but always an answer.
      const wrongShapes: [string, string][] = [
        ["/secrets", '{"name":{"x":1},"kind":7,"value":null}'],
        ["/secrets", '{"kind":"cloud_provider/hcloud","value":{"token":[]}}'],
        ["/clusters:import", "[]"],
        ["/clusters:import", "null"],
        ["/clusters:import", '"text"'],
        ["/secrets", "{"],
      ];
      for (const [path, raw] of wrongShapes) {
        const res = await call(loose, "POST", path, { raw, headers: json });
        expect(res.status, raw).toBeGreaterThanOrEqual(200);
        expect(res.status, raw).toBeLessThan(600);
      }
      const bad = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3]), Buffer.from('"}')]);
      expect((await sendBytes(loose, "POST", "/secrets", bad)).status).toBe(400);
      expect((await call(loose, "GET", "/clusters?limit=1&limit=2")).status).toBe(200);
      expect((await call(loose, "GET", "/clusters")).status).toBe(200);
      expect(loose.violations).toEqual([]);
    } finally {
      await loose.close();
    }
  });
});
