/**
 * Response bodies over real loopback HTTP: the transport reads each body inside
 * its attempt (a body cut mid-way is retried, a stalled one times out) and serves
 * openapi-fetch every parseAs from those bytes; `parseAs: "stream"` is handed over unread.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AkuaRedirectError, AkuaTimeoutError, akuaMeta, createAkuaClient } from "../../src/index.js";
import { rejection } from "./fixtures.js";

const REGIONS = JSON.stringify({ data: [{ id: "reg_1", name: "édge" }], has_more: false, next_cursor: null });
type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections(); // stalled answers would hold close() open
      return new Promise((r) => s.close(r));
    }),
  );
});

/** A loopback server answering request n (1-based) with `handler`. */
async function serve(handler: Handler) {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    handler(req, res, ++n);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const client = (options = {}) =>
    createAkuaClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: "tok", random: () => 0, ...options });
  return { client, requests: () => n };
}

const full = (res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(REGIONS) });
  res.end(REGIONS);
};

describe("bodies read inside the attempt", () => {
  it("a body cut off mid-way is a network failure the GET retries", async () => {
    const { client, requests } = await serve((_req, res, n) => {
      if (n > 1) return full(res);
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(REGIONS) });
      res.write(REGIONS.slice(0, 20), () => res.socket?.destroy());
    });
    const { data, response } = await client().GET("/regions");
    expect(data?.data[0]?.name).toBe("édge");
    expect(requests()).toBe(2);
    expect(akuaMeta(response)).toMatchObject({ attempts: 2, outcome: "applied" });
    expect(akuaMeta(response)?.failures[0]?.reason).toMatch(/network|connection|terminated/i);
  });

  it("a body that stalls after the headers ends the attempt at its timeout (system clock)", async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write("{");
    });
    const error = await rejection(client({ attemptTimeoutMs: 40, maxRetries: 1 }).GET("/regions"));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(error).toMatchObject({ attempts: 2 });
  });
});

describe("bodies the transport does not want", () => {
  it("a same-origin redirect's own body is cancelled, freeing its connection", async () => {
    let redirectClosed!: () => void;
    const closed = new Promise<void>((r) => (redirectClosed = r));
    const { client } = await serve((req, res, n) => {
      if (n > 1) return full(res);
      res.writeHead(307, { location: "/v1/regions?page=2", "content-type": "text/plain" });
      res.write("a body that never ends");
      res.on("close", redirectClosed);
    });
    const { data } = await client().GET("/regions");
    expect(data?.data[0]?.id).toBe("reg_1");
    // Closed within milliseconds when cancelled; without the cancel only a garbage
    // collection would close it, seconds later, past this test's timeout.
    await closed;
  }, 3_000);
});

describe("an attempt that ends without an answer", () => {
  it("releases the response it refused (a redirect to another origin), body and connection", async () => {
    let refusedClosed!: () => void;
    const closed = new Promise<void>((r) => (refusedClosed = r));
    const { client } = await serve((_req, res) => {
      res.writeHead(302, { location: "http://127.0.0.1:9/elsewhere", "content-type": "text/plain" });
      res.write("a body that never ends");
      res.on("close", refusedClosed);
    });
    const error = await rejection(client().GET("/regions"));
    expect(error).toBeInstanceOf(AkuaRedirectError);
    await closed; // as above: without the abort, only a garbage collection would close it
  }, 3_000);
});

describe("every parseAs gets the body", () => {
  it.each([
    ["json", (d: unknown) => (d as { data: unknown[] }).data.length],
    ["text", (d: unknown) => JSON.parse(d as string).data.length],
    ["arrayBuffer", (d: unknown) => JSON.parse(new TextDecoder().decode(d as ArrayBuffer)).data.length],
    ["blob", async (d: unknown) => JSON.parse(await (d as Blob).text()).data.length],
    ["stream", async (d: unknown) => JSON.parse(await new Response(d as ReadableStream).text()).data.length],
  ] as const)("parseAs %s", async (parseAs, count) => {
    const { client } = await serve((_req, res) => full(res));
    const { data } = await client().GET("/regions", { parseAs } as never);
    expect(await count(data)).toBe(1);
  });

  it("parseAs stream is handed over unread: the first bytes arrive before the body ends", async () => {
    let finish = () => {};
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first;");
      finish = () => res.end("last");
    });
    const { data } = await client({ attemptTimeoutMs: 5_000 }).GET("/regions", { parseAs: "stream" } as never);
    const reader = (data as unknown as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first;");
    finish();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe("last");
  });

  it("middleware can clone() the response and read it, and openapi-fetch still parses it", async () => {
    const { client } = await serve((_req, res) => full(res));
    const akua = client();
    const seen: unknown[] = [];
    akua.use({ onResponse: async ({ response }) => void seen.push(await response.clone().json()) });
    const { data } = await akua.GET("/regions");
    expect(seen).toEqual([JSON.parse(REGIONS)]);
    expect(data).toEqual(JSON.parse(REGIONS));
  });

  it("an error body reaches `error` parsed", async () => {
    const body = JSON.stringify({
      code: 5,
      message: "no such region",
      errors: [{ code: 5, message: "no such region" }],
    });
    const { client } = await serve((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(body);
    });
    const { error, response } = await client().GET("/regions");
    expect(response.status).toBe(404);
    expect(error).toEqual(JSON.parse(body));
  });
});
