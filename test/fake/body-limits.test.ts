/**
 * Bodies are bounded and read last: routing and authentication come from the
 * request line and headers, so 401/403/404/405 are answered while the body
 * is still arriving; a body past `maxBodyBytes` is 413 as soon as
 * `Content-Length` or the bytes received say so; the rest of a refused body is
 * discarded unbuffered (drained up to a bound, else the connection closes), and
 * clients, Node's fetch and the SDK's client included, get the answer, not a
 * network error.
 */
import { request, type IncomingMessage } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAkuaClient } from "../../src/index.js";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { DEFAULT_MAX_BODY_BYTES } from "../../src/testing/body.js";
import { call, firstError } from "./helpers.js";

let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({ clock: createTestClock(), tokens: { sk_akua_other: ["ws_other"] } });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

interface Pending {
  /** Resolves with the answer while the request body is still open. */
  response: Promise<{ status: number; body: any; headers: IncomingMessage["headers"] }>;
  /** Abandons the request. */
  destroy(): void;
}

/**
 * Starts a request, sends `sent` bytes of its body and never ends it: an
 * answer can only come from a server that did not wait for the body.
 */
function openUpload(
  target: FakeAkua,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; contentLength?: number; sent: number; token?: string | null },
): Pending {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  const token = options.token === undefined ? target.token : options.token;
  if (token !== null) headers["authorization"] = `Bearer ${token}`;
  if (options.contentLength !== undefined) headers["content-length"] = String(options.contentLength);
  const req = request(`${target.url}${path}`, { method, headers });
  const response = new Promise<{ status: number; body: any; headers: IncomingMessage["headers"] }>(
    (resolve, reject) => {
      req.on("error", reject);
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
          }),
        );
      });
    },
  );
  if (options.sent > 0) req.write(Buffer.alloc(options.sent, 0x20));
  else req.flushHeaders();
  return { response, destroy: () => req.destroy() };
}

describe("answers before the body", () => {
  it("401, 403, 404 and 405 arrive while the body is still being sent", { timeout: 10_000 }, async () => {
    const cases = [
      { status: 401, method: "POST", path: "/secrets", token: null },
      { status: 401, method: "POST", path: "/secrets", token: "sk_akua_unknown" },
      { status: 403, method: "POST", path: "/secrets", headers: { "akua-context": "ws_other" } },
      { status: 404, method: "POST", path: "/nowhere" },
      { status: 405, method: "PUT", path: "/clusters" },
    ];
    for (const c of cases) {
      const upload = openUpload(fake, c.method, c.path, { ...c, contentLength: 500_000, sent: 1000 });
      try {
        const res = await upload.response;
        expect(res.status, JSON.stringify(c)).toBe(c.status);
        expect(res.body.errors[0].code).toBe(c.status);
      } finally {
        upload.destroy();
      }
    }
  });
});

describe("Expect: 100-continue", () => {
  /** Sends the headers, and the body only after `100 Continue`. */
  function expectContinue(
    token: string | null,
    contentLength: number,
  ): Promise<{ status: number; continued: boolean }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "content-length": String(contentLength),
        expect: "100-continue",
      };
      if (token !== null) headers["authorization"] = `Bearer ${token}`;
      const body = JSON.stringify({ name: "continued", kind: "generic", value: "v" }).padEnd(contentLength, " ");
      const req = request(`${fake.url}/secrets`, { method: "POST", headers });
      let continued = false;
      req.on("continue", () => {
        continued = true;
        req.end(body);
      });
      req.on("error", reject);
      req.on("response", (res) => {
        res.resume();
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, continued });
          req.destroy();
        });
      });
      req.flushHeaders();
    });
  }

  it("continues an accepted request and answers a refused one without asking for its body", async () => {
    expect(await expectContinue(fake.token, 100)).toEqual({ status: 201, continued: true });
    expect(await expectContinue(null, 100)).toEqual({ status: 401, continued: false });
    expect(await expectContinue(fake.token, DEFAULT_MAX_BODY_BYTES + 1)).toEqual({ status: 413, continued: false });
  });
});

describe("maxBodyBytes", () => {
  it(`defaults to ${DEFAULT_MAX_BODY_BYTES} bytes: a larger Content-Length is 413 before any byte of the body`, async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(1024 * 1024);
    const upload = openUpload(fake, "POST", "/secrets", { contentLength: DEFAULT_MAX_BODY_BYTES + 1, sent: 0 });
    try {
      const res = await upload.response;
      expect(res.status).toBe(413);
      expect(res.body.success).toBe(false);
      expect(res.body.errors[0].code).toBe(413);
      expect(res.body.errors[0].message).toContain(String(DEFAULT_MAX_BODY_BYTES));
      expect(res.headers["x-request-id"]).toMatch(/^req_/);
    } finally {
      upload.destroy();
    }
    const entry = fake.requests.at(-1)!;
    expect(entry).toMatchObject({ operation: "POST /secrets", status: 413, body: undefined });
  });

  it("accepts a body of exactly maxBodyBytes", async () => {
    const small = await startFakeAkua({ clock: createTestClock(), maxBodyBytes: 100 });
    try {
      const body = { name: "n", kind: "generic", value: "" };
      const fill = 100 - JSON.stringify(body).length;
      const exact = JSON.stringify({ ...body, value: "v".repeat(fill) });
      expect(exact.length).toBe(100);
      expect(
        (await call(small, "POST", "/secrets", { raw: exact, headers: { "content-type": "application/json" } })).status,
      ).toBe(201);
      const over = JSON.stringify({ ...body, value: "v".repeat(fill + 1) });
      const res = await call(small, "POST", "/secrets", { raw: over, headers: { "content-type": "application/json" } });
      expect(res.status).toBe(413);
      expect(firstError(res).message).toContain("100 bytes");
      expect(small.violations).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it("answers 413 as soon as a body without Content-Length passes the limit", { timeout: 10_000 }, async () => {
    const small = await startFakeAkua({ clock: createTestClock(), maxBodyBytes: 1000 });
    const upload = openUpload(small, "POST", "/secrets", { sent: 1500 }); // chunked: no Content-Length
    try {
      const res = await upload.response;
      expect(res.status).toBe(413);
      expect(res.body.errors[0].code).toBe(413);
      expect(small.violations).toEqual([]);
    } finally {
      upload.destroy();
      await small.close();
    }
  });

  it("rejects a maxBodyBytes that is not a positive integer", async () => {
    await expect(startFakeAkua({ maxBodyBytes: 0 })).rejects.toThrow(TypeError);
    await expect(startFakeAkua({ maxBodyBytes: 1.5 })).rejects.toThrow(TypeError);
  });
});

describe("after an early answer", () => {
  it("a small unread body is drained and the connection serves the next request", async () => {
    const socket = await open(fake);
    const replies = collect(socket);
    const auth = `Bearer ${fake.token}`;
    socket.write(
      `POST /v1/secrets HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 2000\r\n\r\n`,
    );
    socket.write(Buffer.alloc(2000, 0x20));
    socket.write(`GET /v1/regions HTTP/1.1\r\nhost: x\r\nauthorization: ${auth}\r\n\r\n`);
    const text = await replies.until((t) => (t.match(/HTTP\/1\.1 /g) ?? []).length >= 2 && t.endsWith("}"));
    expect([...text.matchAll(/HTTP\/1\.1 (\d+)/g)].map((m) => m[1])).toEqual(["401", "200"]);
    socket.destroy();
  });

  it("a large unread body is not read: the answer and the end of the connection come first", async () => {
    const socket = await open(fake);
    const replies = collect(socket);
    const ended = new Promise<void>((resolve) => socket.once("end", resolve));
    const declared = 200 * 1024 * 1024;
    socket.write(
      `POST /v1/secrets HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${declared}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const answered = replies.until((t) => t.includes("\r\n\r\n{") && t.endsWith("}"));
    let done = false;
    void answered.then(() => (done = true));
    while (!done && written < declared) {
      written += chunk.length;
      if (!socket.write(chunk)) {
        await Promise.race([new Promise((resolve) => socket.once("drain", resolve)), answered]);
      }
    }
    expect(replies.text()).toMatch(/^HTTP\/1\.1 401 /);
    expect(replies.text()).toContain("Missing bearer token");
    expect(written).toBeLessThan(32 * 1024 * 1024);
    await ended; // the fake half-closed: nothing more is served on this connection
    socket.destroy();
  });
});

describe("Node's fetch and the SDK client get early answers, not network errors", () => {
  const big = "x".repeat(8 * 1024 * 1024);

  it("401 for an 8 MB body with a wrong token", async () => {
    const akua = createAkuaClient({ baseUrl: fake.url, token: "sk_akua_wrong" });
    const { response, error } = await akua.POST("/secrets", { body: { name: "big", kind: "generic", value: big } });
    expect(response.status).toBe(401);
    expect((error as any).errors[0].code).toBe(401);
  });

  it("413 for an 8 MB body with the right token; nothing is stored", async () => {
    const before = fake.state.countSecrets();
    const akua = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const { response, error } = await akua.POST("/secrets", { body: { name: "big", kind: "generic", value: big } });
    expect(response.status).toBe(413);
    expect((error as any).errors[0].code).toBe(413);
    expect(fake.state.countSecrets()).toBe(before);
    // the client and the fake carry on
    const ok = await akua.POST("/secrets", { body: { name: "small", kind: "generic", value: "v" } });
    expect(ok.response.status).toBe(201);
  });

  it("fetch with a streamed body that stalls after 1 MB gets the 401 and the 413", { timeout: 10_000 }, async () => {
    for (const [token, status] of [
      ["sk_akua_wrong", 401],
      [fake.token, 413],
    ] as const) {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 1024 * 1024 + 64 * 1024) return new Promise<void>(() => undefined); // stalls
          pulled += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
      });
      const res = await fetch(`${fake.url}/secrets`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
      expect(res.status).toBe(status);
      expect((await res.json()).errors[0].code).toBe(status);
    }
  });
});

function open(target: FakeAkua): Promise<Socket> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once("error", reject);
  });
}

function collect(socket: Socket): { text(): string; until(done: (text: string) => boolean): Promise<string> } {
  let text = "";
  const waiters: (() => void)[] = [];
  socket.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    text: () => text,
    async until(done) {
      while (!done(text)) await new Promise<void>((resolve) => waiters.push(resolve));
      return text;
    },
  };
}
