import { describe, expect, it } from "vitest";
import { REDACTED, redactAuthorization, redactFields } from "../src/redact.js";

describe("redactAuthorization", () => {
  it("keeps the scheme and the token kind, never secret characters", () => {
    expect(redactAuthorization("Bearer sk_akua_live_9f8e7d6c5b4a")).toBe("Bearer sk_akua_…****");
    expect(redactAuthorization("Bearer abcdef123456")).toBe("Bearer …****");
    expect(redactAuthorization("Bearer verylongprefix_withunderscores_secret")).toBe("Bearer …****");
    expect(redactAuthorization("")).toBe("");
    expect(redactAuthorization(undefined)).toBe("");
  });
});

describe("redactFields", () => {
  const bootstrap = {
    id: "wbs_1",
    token: "akua_wbt_secret",
    command: "curl … | sh",
    artifacts: { linux: { amd64: { command: "x" } } },
  };

  it("replaces the named fields and leaves the input alone", () => {
    const out = redactFields(bootstrap, ["token", "command", "artifacts"]);
    expect(out).toEqual({ id: "wbs_1", token: REDACTED, command: REDACTED, artifacts: REDACTED });
    expect(bootstrap.token).toBe("akua_wbt_secret");
  });

  it("walks arrays with [] and maps with *", () => {
    const list = { data: [{ id: "a", token: "t1" }, { id: "b" }], has_more: false };
    expect(redactFields(list, ["data[].token"])).toEqual({
      data: [{ id: "a", token: REDACTED }, { id: "b" }],
      has_more: false,
    });
    expect(redactFields({ m: { x: { v: 1 }, y: { v: 2 } } }, ["m.*.v"])).toEqual({
      m: { x: { v: REDACTED }, y: { v: REDACTED } },
    });
  });

  it("passes through non-objects and empty path lists", () => {
    expect(redactFields("text", ["a"])).toBe("text");
    expect(redactFields(null, ["a"])).toBe(null);
    const same = { a: 1 };
    expect(redactFields(same, [])).toBe(same);
  });
});
