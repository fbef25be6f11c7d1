import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_BASE_URL, readEnv, resolveOptions } from "../../src/options.js";
import { VERSION } from "../../src/version.js";

const saved = { token: process.env["AKUA_TOKEN"], base: process.env["AKUA_BASE_URL"] };
afterEach(() => {
  for (const [name, value] of [
    ["AKUA_TOKEN", saved.token],
    ["AKUA_BASE_URL", saved.base],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("client options", () => {
  it("explicit option, then environment, then default", async () => {
    process.env["AKUA_TOKEN"] = "sk_akua_env";
    process.env["AKUA_BASE_URL"] = "http://127.0.0.1:9/v1/";
    const fromEnv = resolveOptions();
    expect(await fromEnv.token()).toBe("sk_akua_env");
    expect(fromEnv.baseUrl).toBe("http://127.0.0.1:9/v1");
    const explicit = resolveOptions({ token: "sk_akua_opt", baseUrl: "https://eu.example.test/v1" });
    expect(await explicit.token()).toBe("sk_akua_opt");
    expect(explicit.origin).toBe("https://eu.example.test");
    delete process.env["AKUA_BASE_URL"];
    const defaults = resolveOptions();
    expect(defaults.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(defaults).toMatchObject({ maxRetries: 2, attemptTimeoutMs: 60_000, deadlineMs: undefined });
  });

  it("reading the environment never throws", () => {
    const g = globalThis as { process?: unknown };
    const real = g.process;
    try {
      Object.defineProperty(globalThis, "process", {
        configurable: true,
        get() {
          throw new Error("PermissionDenied: env access");
        },
      });
      expect(readEnv("AKUA_TOKEN")).toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, "process", { configurable: true, writable: true, value: real });
    }
  });

  it("a token function is kept as is (called per attempt)", async () => {
    let n = 0;
    const resolved = resolveOptions({ token: async () => `sk_akua_${++n}` });
    expect(await resolved.token()).toBe("sk_akua_1");
    expect(await resolved.token()).toBe("sk_akua_2");
  });

  it("fails at construction with a clear error, never echoing the token", () => {
    delete process.env["AKUA_TOKEN"];
    expect(() => resolveOptions()).toThrow(/no API token: pass \{ token \} or set AKUA_TOKEN/);
    const token = "sk_akua_supersecret_123";
    const attempts = [
      () => resolveOptions({ token, baseUrl: "not a url" }),
      () => resolveOptions({ token, baseUrl: "ftp://api.akua.dev/v1" }),
      () => resolveOptions({ token, baseUrl: "http://api.akua.dev/v1" }),
      () => resolveOptions({ token, baseUrl: "https://user:pw@api.akua.dev/v1" }),
      () => resolveOptions({ token, maxRetries: -1 }),
      () => resolveOptions({ token, attemptTimeoutMs: Number.NaN }),
    ];
    const messages = attempts.map((fn) => {
      try {
        fn();
        return "did not throw";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(messages).toEqual([
      expect.stringMatching(/baseUrl is not a valid URL/),
      expect.stringMatching(/must be https/),
      expect.stringMatching(/refusing plain http to api\.akua\.dev/),
      expect.stringMatching(/must not contain credentials/),
      expect.stringMatching(/maxRetries must be an integer from 0 to 100, got -1/),
      expect.stringMatching(/attemptTimeoutMs must be an integer from 1 to 2147483647, got NaN/),
    ]);
    for (const m of messages) expect(m).not.toContain("supersecret");
  });

  it("allows plain http to loopback only", () => {
    for (const host of ["127.0.0.1:8080", "localhost:3000", "[::1]:80", "127.1.2.3"]) {
      expect(() => resolveOptions({ token: "t", baseUrl: `http://${host}/v1` })).not.toThrow();
    }
  });

  it("identifies itself with the package version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(VERSION).toBe(pkg.version);
    expect(resolveOptions({ token: "t" }).userAgent).toBe(`akua-sdk/${pkg.version}`);
  });
});
