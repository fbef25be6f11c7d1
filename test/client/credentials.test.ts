/**
 * Nothing the SDK produces contains a credential, whatever a hostile server echoes:
 * logger lines, akuaMeta reasons, error messages, stacks, fields and causes have each
 * token value sent and each sensitive request value replaced by `[REDACTED]`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaError, akuaMeta, createAkuaClient, unwrap, type AkuaClientOptions } from "../../src/index.js";
import { rejection } from "./fixtures.js";
import { envelope, exposed, startHostileServer, startRawServer, type HostileServer } from "./hostile-server.js";

const TOKEN = "sk_akua_MARKERTOKEN91c4";
let server: HostileServer;
const logs: string[] = [];

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

function client(options: AkuaClientOptions = {}) {
  const log = (line: string, fields?: unknown) => logs.push(`${line} ${JSON.stringify(fields)}`);
  return createAkuaClient({
    baseUrl: server.url,
    token: TOKEN,
    random: () => 0,
    logger: { info: log, warn: log },
    ...options,
  });
}

/** The Authorization header's token, as the server saw it. */
const sentToken = (headers: Record<string, unknown>) => String(headers["authorization"]).replace(/^Bearer /, "");

describe("a server that echoes credentials", () => {
  it("a status line quoting the token: logs, akuaMeta reasons and the error are scrubbed", async () => {
    logs.length = 0;
    server.answer((req, res) => {
      res.writeHead(503, `Bearer ${sentToken(req.headers)}`, { "content-type": "application/json" });
      res.end(envelope(503, "down"));
    });
    const result = await client({ maxRetries: 2 }).GET("/regions");
    expect(result.response.status).toBe(503);
    const meta = akuaMeta(result.response)!;
    expect(meta.failures.map((f) => f.reason)).toEqual(["503 Bearer [REDACTED]", "503 Bearer [REDACTED]"]);
    const error = await rejection(Promise.resolve().then(() => unwrap(result)));
    const everything = [exposed(error), JSON.stringify(meta), ...logs].join("\n");
    expect(logs).toHaveLength(3);
    expect(everything).toContain("[REDACTED]");
    expect(everything).not.toContain("MARKERTOKEN");
  });

  it("a 401 whose envelope quotes the Authorization header: message, errors and metadata are scrubbed", async () => {
    server.answer((req, res) => {
      res.writeHead(401, { "content-type": "application/json", "x-request-id": `req-${sentToken(req.headers)}` });
      res.end(
        envelope(401, `token ${req.headers["authorization"]} is not valid`, { presented: sentToken(req.headers) }),
      );
    });
    const result = await client().GET("/regions");
    // The raw `error` stays the server's body as it came (documented).
    expect(JSON.stringify(result.error)).toContain("MARKERTOKEN");
    const error = await rejection(Promise.resolve().then(() => unwrap(result)));
    expect(error).toMatchObject({ status: 401, metadata: { presented: "[REDACTED]" } });
    expect((error as Error).message).toContain("token Bearer [REDACTED] is not valid");
    expect(exposed(error)).not.toContain("MARKERTOKEN");
  });

  it("every value a token function returned is scrubbed, not only the last", async () => {
    let n = 0;
    const seen: string[] = [];
    server.answer((req, res) => {
      seen.push(sentToken(req.headers));
      res.writeHead(503, `you sent ${seen.join(" and ")}`);
      res.end();
    });
    logs.length = 0;
    const result = await client({ maxRetries: 1, token: () => `sk_akua_ROTATING${++n}x` }).GET("/regions");
    const error = await rejection(Promise.resolve().then(() => unwrap(result)));
    expect(seen).toEqual(["sk_akua_ROTATING1x", "sk_akua_ROTATING2x"]);
    expect([exposed(error), ...logs].join("\n")).not.toContain("ROTATING");
  });

  it("a secret value and a kubeconfig the caller sent are scrubbed when the server echoes them", async () => {
    server.answer((req, res) => {
      const sent = JSON.parse(req.body) as Record<string, string>;
      const echoed = sent["value"] ?? sent["kubeconfig"];
      res.writeHead(400, `bad ${echoed}`, { "content-type": "application/json" });
      res.end(envelope(400, `invalid value ${echoed}`, { value: echoed! }));
    });
    const secret = await client().POST("/secrets", {
      body: { name: "s", provider: "hetzner", value: "MARKERSECRETVALUE77" },
    } as never);
    const kube = await client().POST("/clusters:import", {
      body: { name: "k", region_id: "reg_1", kubeconfig: "MARKERKUBECONFIG55" },
    });
    for (const result of [secret, kube] as { data?: unknown; error?: unknown; response: Response }[]) {
      const error = await rejection(Promise.resolve().then(() => unwrap(result)));
      expect(error).toMatchObject({ status: 400 });
      expect(exposed(error)).toContain("invalid value [REDACTED]");
      expect(exposed(error)).not.toMatch(/MARKERSECRET|MARKERKUBE/);
    }
  });

  it("a Location carrying the token is scrubbed from the redirect error and the logs", async () => {
    server.answer((req, res) => {
      res.writeHead(302, { location: `http://elsewhere.test/steal?t=${sentToken(req.headers)}` });
      res.end();
    });
    logs.length = 0;
    const error = await rejection(client().GET("/regions"));
    expect(error).toMatchObject({ name: "AkuaRedirectError", location: "http://elsewhere.test/steal?t=[REDACTED]" });
    expect([exposed(error), ...logs].join("\n")).not.toContain("MARKERTOKEN");
  });

  it("a status line written byte for byte by a raw TCP server", async () => {
    const raw = await startRawServer((request) => {
      const token = /authorization: Bearer (\S+)/i.exec(request)?.[1] ?? "";
      return `HTTP/1.1 502 ${token} ${encodeURIComponent(token)}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`;
    });
    try {
      logs.length = 0;
      const result = await client({ baseUrl: raw.url, maxRetries: 0, token: "sk_akua_MARKER+/=TOKEN" }).GET("/regions");
      const error = await rejection(Promise.resolve().then(() => unwrap(result)));
      expect(raw.requests).toHaveLength(1);
      expect([exposed(error), ...logs].join("\n")).not.toMatch(/MARKER/);
    } finally {
      await raw.close();
    }
  });

  it("a cause that quotes the token (a custom fetch's error) is kept, scrubbed", async () => {
    const error = await rejection(
      client({
        maxRetries: 0,
        fetch: async (_url, init) => {
          const auth = new Headers(init?.headers).get("authorization");
          throw new TypeError("proxy refused", { cause: new Error(`upstream said: ${auth}`) });
        },
      }).GET("/regions"),
    );
    expect(error).toMatchObject({ name: "AkuaConnectionError" });
    expect(exposed(error)).toContain("upstream said: Bearer [REDACTED]");
    expect(exposed(error)).not.toContain("MARKERTOKEN");
  });
});

describe("tokens that cannot be a header value", () => {
  it("a string token with CR, LF, NUL or a non-Latin-1 character is refused at construction, without echoing it", () => {
    for (const token of [
      "sk_akua_MARKER\nX-Injected: 1",
      "sk_akua_MARKER\r",
      "sk_akua_\u0000MARKER",
      "sk_akua_MARKER\u2028",
    ]) {
      let thrown: unknown;
      try {
        createAkuaClient({ baseUrl: server.url, token });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(/token holds a character not allowed in a header/);
      expect(exposed(thrown)).not.toContain("MARKER");
    }
  });

  it("a token function's value with a line break fails the call with an AkuaError, nothing sent, token not in it", async () => {
    const before = server.received.length;
    const error = await rejection(client({ token: async () => "sk_akua_MARKER\nX-Injected: 1" }).GET("/regions"));
    expect(error).toBeInstanceOf(AkuaError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(
      /token function returned a value with a character not allowed in a header/,
    );
    expect(exposed(error)).not.toContain("MARKER");
    expect(server.received.length).toBe(before);
  });
});
