/**
 * Error texts that say where to look: connection errors name host:port; a 404 on a
 * path without parameters hints at a baseUrl missing `/v1`; an error body that is not
 * the envelope keeps a short, scrubbed excerpt of what it said.
 */
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaConnectionError, createAkuaClient, unwrap } from "../../src/index.js";
import { startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { rejection } from "./fixtures.js";
import { startHostileServer, type HostileServer } from "./hostile-server.js";

let server: HostileServer;
let fake: FakeAkua;
beforeAll(async () => {
  server = await startHostileServer();
  fake = await startFakeAkua();
});
afterAll(async () => {
  await Promise.all([server.close(), fake.close()]);
});

const failureOf = async (promise: Promise<{ data?: unknown; error?: unknown; response: Response }>) =>
  rejection(promise.then((result) => unwrap(result)));

describe("error texts", () => {
  it("a connection error names the host and port it tried", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const error = await rejection(
      createAkuaClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: "sk_akua_texts", maxRetries: 0 }).GET(
        "/regions",
      ),
    );
    expect(error).toBeInstanceOf(AkuaConnectionError);
    expect((error as Error).message).toContain(`network error at 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it("a 404 on a path without parameters says the baseUrl may lack /v1", async () => {
    const origin = fake.url.replace(/\/v1$/, "");
    const akua = createAkuaClient({ baseUrl: origin, token: fake.token });
    const error = await failureOf(akua.GET("/clusters"));
    expect(error).toMatchObject({ status: 404 });
    expect((error as Error).message).toContain(
      `no such path under baseUrl ${origin}: does it lack the API's base path (/v1)?`,
    );
    // A 404 on a path with parameters may be a missing resource: no hint.
    const missing = await failureOf(
      createAkuaClient({ baseUrl: fake.url, token: fake.token }).GET("/clusters/{id}", {
        params: { path: { id: "clu_missing0000000000" } },
      }),
    );
    expect((missing as Error).message).not.toContain("baseUrl");
  });

  it.each([
    [
      "a proxy's { message }",
      "application/json",
      JSON.stringify({ message: "Request   blocked by\npolicy 42" }),
      "Request blocked by policy 42",
    ],
    ["{ error: string }", "application/json", JSON.stringify({ error: "quota exceeded" }), "quota exceeded"],
    [
      "{ error: { message } }",
      "application/json",
      JSON.stringify({ error: { message: "nested reason" } }),
      "nested reason",
    ],
    ["plain text", "text/plain", "upstream connect error", "upstream connect error"],
  ])("a non-envelope error body (%s) keeps a short excerpt of its message", async (_what, type, body, excerpt) => {
    server.answer((_req, res) => res.writeHead(403, "Forbidden", { "content-type": type }).end(body));
    const error = await failureOf(createAkuaClient({ baseUrl: server.url, token: "sk_akua_texts" }).GET("/regions"));
    expect((error as Error).message).toContain(`-> 403: Forbidden: ${excerpt}`);
  });

  it("the excerpt is short and scrubbed of the token", async () => {
    server.answer((req, res) =>
      res
        .writeHead(403, "Forbidden", { "content-type": "application/json" })
        .end(JSON.stringify({ message: `bad ${req.headers.authorization} ${"x".repeat(5000)}` })),
    );
    const error = await failureOf(
      createAkuaClient({ baseUrl: server.url, token: "sk_akua_MARKEREXCERPT" }).GET("/regions"),
    );
    const message = (error as Error).message;
    expect(message).toContain("Forbidden: bad Bearer [REDACTED]");
    expect(message).not.toContain("MARKEREXCERPT");
    expect(message.length).toBeLessThan(400);
  });
});
