import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection } from "./fixtures.js";
import { AkuaRedirectError, akuaMeta, createAkuaClient, unwrap } from "../../src/index.js";

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  key: string | undefined;
  body: string;
}

type Answer = { status: number; headers?: Record<string, string>; body?: unknown };

/** A loopback server that records what reaches it and answers with `handler`. */
async function start(handler: (req: IncomingMessage, body: string) => Answer) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        authorization: req.headers.authorization,
        key: req.headers["idempotency-key"] as string | undefined,
        body,
      });
      const out = handler(req, body);
      res.writeHead(out.status, { "content-type": "application/json", ...out.headers });
      res.end(out.body === undefined ? "" : JSON.stringify(out.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const region = { id: "reg_1", name: "eu", icon: "x", workspace_id: "ws_1", created_at: 1 };
const secret = { id: "sec_1", name: "s", workspace_id: "ws_1", etag: "e1", created_at: 1, updated_at: 1 };
const unavailable = { success: false, errors: [{ code: 503, message: "busy" }], result: {} };
let other: Awaited<ReturnType<typeof start>>;
let api: Awaited<ReturnType<typeof start>>;
/** What the API server answers for `METHOD /url`. */
const routes: Record<string, () => Answer> = {};

beforeAll(async () => {
  other = await start(() => ({ status: 201, body: region }));
  api = await start((req) => {
    const route = routes[`${req.method} ${req.url}`];
    return route
      ? route()
      : { status: 404, body: { success: false, errors: [{ code: 404, message: "nope" }], result: {} } };
  });
});
afterAll(async () => {
  await Promise.all([other.close(), api.close()]);
});

function client(logs: string[] = []) {
  return createAkuaClient({
    baseUrl: `${api.origin}/v1`,
    token: "sk_akua_redirect_secret",
    random: () => 0,
    logger: { warn: (line) => logs.push(line), info: (line) => logs.push(line) },
  });
}

function sinceNow() {
  const before = api.seen.length;
  return () => api.seen.slice(before);
}

describe("redirects", () => {
  it("a write sent once (no key, no if-match) is not re-sent by a 307 to itself: one request, outcome unknown", async () => {
    routes["POST /v1/regions"] = () => ({ status: 307, headers: { location: `${api.origin}/v1/regions` } });
    const seen = sinceNow();
    const error = await rejection(client().POST("/regions", { body: { name: "eu" } }));
    expect(error).toBeInstanceOf(AkuaRedirectError);
    expect(error).toMatchObject({ outcome: "unknown", attempts: 1, location: `${api.origin}/v1/regions` });
    expect((error as Error).message).toMatch(
      /307 to .* not followed: a write without idempotency key or if-match is sent once/,
    );
    expect(seen()).toHaveLength(1);
  });

  it("a 307 to another origin is refused for that write too; the other origin receives nothing", async () => {
    routes["POST /v1/regions"] = () => ({ status: 307, headers: { location: `${other.origin}/v1/regions` } });
    const error = await rejection(client().POST("/regions", { body: { name: "eu-secret-name" } }));
    expect(error).toBeInstanceOf(AkuaRedirectError);
    expect((error as AkuaRedirectError).location).toBe(`${other.origin}/v1/regions`);
    expect((error as AkuaRedirectError).outcome).toBe("unknown");
    expect(other.seen).toEqual([]);
  });

  it("a read redirected to another origin is refused, saying truthfully that nothing was sent there", async () => {
    routes["GET /v1/regions"] = () => ({ status: 302, headers: { location: `${other.origin}/v1/regions` } });
    const error = await rejection(client().GET("/regions"));
    expect(error).toMatchObject({ name: "AkuaRedirectError", outcome: "not-applied" });
    expect((error as Error).message).toContain(`it leaves ${api.origin}; nothing was sent there`);
    expect(other.seen).toEqual([]);
  });

  it("a 303 answering a write means it was processed: applied, even when its Location leaves the origin", async () => {
    routes["POST /v1/regions"] = () => ({ status: 303, headers: { location: `${other.origin}/v1/regions/reg_1` } });
    const error = await rejection(client().POST("/regions", { body: { name: "eu" } }));
    expect(error).toMatchObject({ name: "AkuaRedirectError", outcome: "applied" });
    expect(other.seen).toEqual([]);
  });

  it("a 303 within the origin is followed with a GET; the write is applied and never re-sent, whatever the GET answers", async () => {
    routes["POST /v1/regions"] = () => ({ status: 303, headers: { location: "/v1/regions/reg_1" } });
    routes["GET /v1/regions/reg_1"] = () => ({ status: 503, body: unavailable });
    const seen = sinceNow();
    const result = await client().POST("/regions", { body: { name: "eu" } });
    expect(result.response.status).toBe(503);
    expect(akuaMeta(result.response)).toMatchObject({ outcome: "applied", attempts: 1 });
    expect(seen().map((s) => `${s.method} ${s.url}`)).toEqual(["POST /v1/regions", "GET /v1/regions/reg_1"]);
    routes["GET /v1/regions/reg_1"] = () => ({ status: 200, body: region });
    expect(unwrap(await client().POST("/regions", { body: { name: "eu" } }))).toEqual(region);
  });

  it("a same-origin redirect loop stops after 5 hops, saying how many times the request was sent", async () => {
    routes["GET /v1/regions"] = () => ({ status: 302, headers: { location: "/v1/regions" } });
    const seen = sinceNow();
    const error = await rejection(client().GET("/regions", { maxRetries: 0 }));
    expect(error).toBeInstanceOf(AkuaRedirectError);
    expect(seen()).toHaveLength(6);
    expect((error as Error).message).toContain(
      `more than 5 redirects; the request was sent 6 times within ${api.origin}`,
    );
    expect((error as Error).message).not.toContain("nothing was sent");
  });

  it("a keyed write is followed within the origin with the same method, body, key and token", async () => {
    routes["POST /v1/secrets"] = () => ({ status: 307, headers: { location: "/v1/secrets-moved" } });
    routes["POST /v1/secrets-moved"] = () => ({ status: 201, body: secret });
    const seen = sinceNow();
    const body = { name: "s", provider: "hetzner", value: "v-123456" };
    const created = unwrap(await client().POST("/secrets", { body } as never));
    expect(created).toEqual(secret);
    const hops = seen();
    expect(hops.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /v1/secrets", "POST /v1/secrets-moved"]);
    expect(hops[1]).toMatchObject({ authorization: "Bearer sk_akua_redirect_secret", body: JSON.stringify(body) });
    expect(hops[1]!.key).toBe(hops[0]!.key);
  });

  it("shows a Location without its user:password@ in the error, its location and the logs", async () => {
    const leaky = `${other.origin.replace("//", "//admin:hunter2pw@")}/v1/regions`;
    routes["GET /v1/regions"] = () => ({ status: 302, headers: { location: leaky } });
    const logs: string[] = [];
    const error = (await rejection(client(logs).GET("/regions"))) as AkuaRedirectError;
    expect(error.location).toBe(`${other.origin}/v1/regions`);
    const everything = [error.message, error.stack, JSON.stringify(error), ...logs].join("\n");
    expect(everything).not.toMatch(/hunter2pw|admin:/);
  });
});
