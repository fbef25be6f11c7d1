/**
 * Logging: `AKUA_LOG` writes one line per attempt to stderr when no logger is given;
 * `logger: console` prints one line per attempt (the message alone); an explicit
 * logger wins; no line ever carries a credential.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAkuaClient, type AkuaClientOptions } from "../../src/index.js";
import { createTestClock } from "../../src/testing/index.js";
import { rejection } from "./fixtures.js";
import { envelope, startHostileServer, type HostileServer } from "./hostile-server.js";

const TOKEN = "sk_akua_MARKERLOGTOKEN";
let server: HostileServer;
let answers: number[] = [];

beforeAll(async () => {
  server = await startHostileServer();
  server.answer((req, res) => {
    const status = answers.shift() ?? 200;
    res.writeHead(status, `echo ${req.headers.authorization}`, { "content-type": "application/json" });
    res.end(status < 400 ? "[]" : envelope(status, "no"));
  });
});
afterAll(() => server.close());
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env["AKUA_LOG"];
});

const client = (options: AkuaClientOptions = {}) =>
  createAkuaClient({ baseUrl: server.url, token: TOKEN, clock: createTestClock({ autoAdvance: true }), ...options });

function spies() {
  const lines: { method: string; args: unknown[] }[] = [];
  for (const method of ["debug", "info", "warn", "error", "log"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push({ method, args }));
  }
  return lines;
}

describe("AKUA_LOG", () => {
  it("info: every attempt, one line each on stderr, prefixed, without a credential", async () => {
    process.env["AKUA_LOG"] = "info";
    const lines = spies();
    answers = [503, 200];
    await client({ random: () => 0 }).GET("/regions");
    expect(lines.map((l) => l.method)).toEqual(["error", "error"]);
    expect(lines.every((l) => l.args.length === 1)).toBe(true);
    const text = lines.map((l) => String(l.args[0]));
    expect(text[0]).toMatch(
      /^\[akua-sdk\] GET \/regions -> 503 \(attempt 1\/3, 503 echo Bearer \[REDACTED\], retry in 0 ms\)$/,
    );
    expect(text[1]).toMatch(/^\[akua-sdk\] GET \/regions -> 200 \(attempt 2\/3\)$/);
    expect(text.join("\n")).not.toContain("MARKERLOGTOKEN");
  });

  it("warn: failed attempts only; error: only calls that ended without an answer", async () => {
    process.env["AKUA_LOG"] = "warn";
    let lines = spies();
    answers = [503, 200];
    await client({ random: () => 0 }).GET("/regions");
    expect(lines).toHaveLength(1);
    vi.restoreAllMocks();

    process.env["AKUA_LOG"] = "error";
    lines = spies();
    answers = [404];
    await client().GET("/regions"); // an answer: not an error-level line
    expect(lines).toHaveLength(0);
    const refused = await rejection(
      createAkuaClient({ baseUrl: "http://127.0.0.1:9/v1", token: TOKEN, maxRetries: 0 }).GET("/regions"),
    );
    expect(refused).toMatchObject({ name: "AkuaConnectionError" });
    expect(lines).toHaveLength(1);
    expect(String(lines[0]!.args[0])).toMatch(/^\[akua-sdk\] GET \/regions -> network error at 127\.0\.0\.1:9/);
  });

  it.each(["off", "", "verbose"])("%j (or unset) logs nothing", async (value) => {
    process.env["AKUA_LOG"] = value;
    const lines = spies();
    answers = [503, 200];
    await client({ random: () => 0 }).GET("/regions");
    expect(lines).toHaveLength(0);
  });

  it("an explicit logger wins over AKUA_LOG", async () => {
    process.env["AKUA_LOG"] = "debug";
    const lines = spies();
    const mine: string[] = [];
    await client({ logger: { info: (line) => mine.push(line) } }).GET("/regions");
    expect(lines).toHaveLength(0);
    expect(mine).toEqual(["GET /regions -> 200 (attempt 1/3)"]);
  });
});

describe("logger: console", () => {
  it("prints one line per attempt: the message alone, no fields object", async () => {
    const lines = spies();
    answers = [503, 200];
    await client({ logger: console, random: () => 0 }).GET("/regions");
    expect(lines.map((l) => [l.method, l.args.length])).toEqual([
      ["warn", 1],
      ["info", 1],
    ]);
  });

  it("another logger still gets the fields", async () => {
    const seen: unknown[][] = [];
    await client({ logger: { info: (...args: unknown[]) => void seen.push(args) } }).GET("/regions");
    expect(seen[0]).toHaveLength(2);
    expect(seen[0]![1]).toMatchObject({ method: "GET", path: "/regions", attempt: 1, status: 200 });
  });
});
