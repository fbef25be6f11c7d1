/**
 * Bounded memory and bounded waits against a hostile server: bodies are counted as
 * they are decoded (a compressed bomb or an endless body stops at the limit, and the
 * connection is released), error bodies are read up to 64 KiB, a Retry-After over
 * maxRetryAfterMs is not waited, and no timer is given more than 2^31-1 ms.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AkuaApiError, AkuaError, akuaMeta, createAkuaClient, systemClock, unwrap } from "../../src/index.js";
import { createTestClock } from "../../src/testing/index.js";
import { rejection } from "./fixtures.js";
import { envelope, startHostileServer, type HostileServer, type Written } from "./hostile-server.js";

const MiB = 1024 * 1024;
let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

const client = (options: Parameters<typeof createAkuaClient>[0] = {}) =>
  createAkuaClient({ baseUrl: server.url, token: "sk_akua_limits", random: () => 0, ...options });

/** The answers since `from`, once each has closed (finished, or cut off by the client); bounded wait. */
async function closedAnswers(from: number): Promise<Written[]> {
  for (let i = 0; i < 1000; i++) {
    const answers = server.written.slice(from);
    if (answers.length > 0 && answers.every((a) => a.closed)) return answers;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("an answer did not close within 5 s: the client kept the connection");
}

describe("maxResponseBytes", () => {
  it("a 2xx larger than the limit (Content-Length known) fails with an AkuaError naming it; a write is applied, not retried", async () => {
    const before = server.received.length;
    server.answer((_req, res) => {
      const body = Buffer.alloc(3 * MiB, 0x20);
      res.writeHead(201, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    });
    const error = await rejection(
      client({ maxRetries: 2 }).POST("/regions", { body: { name: "r" }, maxResponseBytes: MiB }),
    );
    expect(error).toBeInstanceOf(AkuaError);
    expect(error).toMatchObject({ outcome: "applied", status: 201, attempts: 1 });
    expect((error as Error).message).toContain(`larger than maxResponseBytes (${MiB} bytes)`);
    expect(server.received.length - before).toBe(1);
  });

  it("an endless chunked 2xx stops at the limit and the connection is released", async () => {
    const before = server.written.length;
    server.answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      server.stream(res, Buffer.alloc(64 * 1024, 0x20), 512 * MiB);
    });
    const error = await rejection(client().GET("/regions", { maxResponseBytes: 2 * MiB }));
    expect(error).toMatchObject({ name: "AkuaError", outcome: "applied", status: 200 });
    const [written] = await closedAnswers(before);
    // The server could not finish: the client hung up long before 512 MiB.
    expect(written!.finished).toBe(false);
    expect(written!.bytes).toBeLessThan(64 * MiB);
  });

  it("a gzip bomb is counted in decoded bytes: a few KiB on the wire stop at the limit", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * MiB, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    server.answer((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": bomb.length,
      });
      res.end(bomb);
    });
    const error = await rejection(client().GET("/regions", { maxResponseBytes: MiB }));
    expect(error).toMatchObject({ name: "AkuaError", status: 200 });
    expect((error as Error).message).toContain("maxResponseBytes");
  });

  it("an error body is read up to 64 KiB on each attempt; the status is kept", async () => {
    const before = server.written.length;
    server.answer((_req, res) => {
      res.writeHead(503, "Service Unavailable", { "content-type": "application/json" });
      server.stream(res, Buffer.alloc(64 * 1024, 0x7b), 256 * MiB);
    });
    const result = await client({ maxRetries: 2, clock: createTestClock({ autoAdvance: true }) }).GET("/regions");
    expect(result.response.status).toBe(503);
    expect(akuaMeta(result.response)?.attempts).toBe(3);
    const answers = await closedAnswers(before);
    expect(answers).toHaveLength(3);
    for (const a of answers) {
      expect(a.finished).toBe(false);
      expect(a.bytes).toBeLessThan(64 * MiB);
    }
    const error = await rejection(Promise.resolve().then(() => unwrap(result)));
    expect(error).toBeInstanceOf(AkuaApiError);
    expect(error).toMatchObject({ status: 503 });
  });

  it("an envelope within 64 KiB is still parsed whole", async () => {
    server.answer((_req, res) => {
      res.writeHead(409, { "content-type": "application/json" });
      res.end(envelope(409, "x".repeat(60_000), { reason: "ABORTED" }));
    });
    const error = await rejection(
      client()
        .GET("/regions")
        .then((r) => unwrap(r)),
    );
    expect(error).toMatchObject({ status: 409, metadata: { reason: "ABORTED" } });
  });
});

describe("maxRetryAfterMs", () => {
  for (const [what, retryAfter] of [
    ["999999 seconds", () => "999999"],
    ["an HTTP date a day ahead", () => new Date(Date.now() + 86_400_000).toUTCString()],
    ["2147484 seconds (past setTimeout's range)", () => "2147484"],
  ] as const) {
    it(`a Retry-After of ${what} is not waited: the answer is returned at once, saying why`, async () => {
      const before = server.received.length;
      server.answer((_req, res) => {
        res.writeHead(503, { "content-type": "application/json", "retry-after": retryAfter() });
        res.end(envelope(503, "come back later"));
      });
      const clock = createTestClock({ autoAdvance: true, start: Date.now() });
      const start = clock.now();
      const result = await client({ clock }).GET("/regions");
      expect(clock.now() - start).toBe(0);
      expect(server.received.length - before).toBe(1);
      expect(result.response.status).toBe(503);
      const meta = akuaMeta(result.response)!;
      expect(meta.notRetried).toMatch(/Retry-After asked for \d+ s, over maxRetryAfterMs \(60000 ms\)/);
      const error = await rejection(Promise.resolve().then(() => unwrap(result)));
      expect((error as Error).message).toMatch(
        /Retry-After asked for \d+ s, over maxRetryAfterMs \(60000 ms\), which raises the cap/,
      );
    });
  }

  it("the cap raised to its maximum still never waits past 2^31-1 ms", async () => {
    server.answer((_req, res) => {
      res.writeHead(429, { "retry-after": "2147484" });
      res.end();
    });
    const clock = createTestClock({ autoAdvance: true });
    const result = await client({ clock, maxRetryAfterMs: 2 ** 31 - 1 }).GET("/regions");
    expect(akuaMeta(result.response)?.notRetried).toContain("2147484 s");
  });

  it("a Retry-After within the cap is waited on the clock", async () => {
    let n = 0;
    server.answer((_req, res) => {
      if (n++ === 0) res.writeHead(429, { "retry-after": "30" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end("[]");
    });
    const clock = createTestClock({ autoAdvance: true });
    const start = clock.now();
    const result = await client({ clock }).GET("/regions");
    expect(result.response.status).toBe(200);
    expect(clock.now() - start).toBe(30_000);
  });

  it("the system clock never hands setTimeout more than 2^31-1 ms", async () => {
    const spy = vi.spyOn(globalThis, "setTimeout");
    try {
      const controller = new AbortController();
      const sleeping = systemClock.sleep(1e12, controller.signal).catch(() => "aborted");
      controller.abort();
      expect(await sleeping).toBe("aborted");
      expect(spy.mock.calls.at(-1)?.[1]).toBe(2 ** 31 - 1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("what a failure tells", () => {
  it("a persistent 503 lists each attempt once, with its reason, matching failures", async () => {
    server.answer((_req, res) => {
      res.writeHead(503, "Service Unavailable", { "content-type": "application/json" });
      res.end(envelope(503, "down"));
    });
    const result = await client({ clock: createTestClock({ autoAdvance: true }) }).GET("/regions");
    const error = (await rejection(Promise.resolve().then(() => unwrap(result)))) as AkuaApiError;
    expect(error.failures).toEqual([
      { attempt: 1, reason: "503 Service Unavailable" },
      { attempt: 2, reason: "503 Service Unavailable" },
      { attempt: 3, reason: "503 Service Unavailable" },
    ]);
    expect(error.message).toContain(
      "after 3 attempts: #1 503 Service Unavailable; #2 503 Service Unavailable; #3 503 Service Unavailable",
    );
  });

  it("an attempt timeout's error has no internal cause", async () => {
    server.answer(() => {}); // never answers
    const clock = createTestClock({ autoAdvance: true });
    const error = await rejection(client({ clock, attemptTimeoutMs: 1000, maxRetries: 0 }).GET("/regions"));
    expect(error).toMatchObject({ name: "AkuaTimeoutError" });
    const cause = (error as Error).cause;
    expect(cause === undefined || cause instanceof Error).toBe(true);
  });

  it("a 2xx that is not JSON fails with an AkuaError carrying outcome, key and status, never the body", async () => {
    const page = "<html>MARKERBODY proxy page</>";
    for (const headers of [{ "content-length": String(page.length) }, {}]) {
      server.answer((_req, res) => {
        res.writeHead(202, { "content-type": "application/json", ...headers });
        res.end(page);
      });
      const error = await rejection(client().POST("/clusters", { body: { name: "c", region_id: "reg_1" } } as never));
      expect(error).toBeInstanceOf(AkuaError);
      expect(error).toMatchObject({ outcome: "applied", status: 202, path: "/clusters" });
      expect((error as AkuaError).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      expect((error as Error).message).toContain("is not valid JSON");
      const text = [String(error), (error as Error).stack, JSON.stringify(error), String((error as Error).cause)];
      expect(text.join("\n")).not.toContain("MARKERBODY");
    }
  });
});

describe("parseAs stream", () => {
  it("is not limited by maxResponseBytes: the caller reads (and bounds) the stream itself", async () => {
    server.answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.alloc(3 * MiB, 0x20));
    });
    const { data } = await client().GET("/regions", { parseAs: "stream", maxResponseBytes: MiB } as never);
    const bytes = await new Response(data as unknown as ReadableStream).arrayBuffer();
    expect(bytes.byteLength).toBe(3 * MiB);
  });
});
