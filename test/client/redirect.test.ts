import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection } from "./fixtures.js";
import { AkuaRedirectError, createAkuaClient, unwrap } from "../../src/index.js";

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/** A loopback server that records what reaches it and answers with `handler`. */
async function start(
  handler: (req: IncomingMessage, body: string) => { status: number; headers?: Record<string, string>; body?: unknown },
) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body });
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
let other: Awaited<ReturnType<typeof start>>;
let api: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  other = await start(() => ({ status: 201, body: region }));
  api = await start((req) => {
    if (req.url === "/v1/regions" && req.method === "POST") {
      return { status: 307, headers: { location: `${other.origin}/v1/regions` } };
    }
    if (req.url === "/v1/old/regions") return { status: 308, headers: { location: "/v1/regions-moved" } };
    if (req.url === "/v1/regions-moved") return { status: 201, body: region };
    return { status: 404, body: { success: false, errors: [{ code: 404, message: "nope" }], result: {} } };
  });
});
afterAll(async () => {
  await Promise.all([other.close(), api.close()]);
});

describe("redirects", () => {
  it("a 307 to another origin is refused; that origin receives nothing", async () => {
    const akua = createAkuaClient({ baseUrl: `${api.origin}/v1`, token: "sk_akua_redirect_secret" });
    const error = await rejection(akua.POST("/regions", { body: { name: "eu-secret-name" } }));
    expect(error).toBeInstanceOf(AkuaRedirectError);
    const redirect = error as AkuaRedirectError;
    expect(redirect.location).toBe(`${other.origin}/v1/regions`);
    expect(redirect.message).toContain(other.origin);
    expect(redirect.outcome).toBe("not-applied");
    expect(other.seen).toEqual([]);
    expect(api.seen).toHaveLength(1);
  });

  it("a redirect within the API's origin is followed with the same method, body and token", async () => {
    // The typed surface has no /old/regions: call through an untyped path, as a caller with a stale URL would.
    const akua = createAkuaClient({ baseUrl: `${api.origin}/v1`, token: "sk_akua_t" });
    const before = api.seen.length;
    const created = unwrap(await (akua.POST as any)("/old/regions", { body: { name: "eu" } }));
    expect(created).toEqual(region);
    const hops = api.seen.slice(before);
    expect(hops.map((s) => `${s.method} ${s.url}`)).toEqual(["POST /v1/old/regions", "POST /v1/regions-moved"]);
    expect(hops[1]).toMatchObject({ authorization: "Bearer sk_akua_t", body: JSON.stringify({ name: "eu" }) });
  });
});
