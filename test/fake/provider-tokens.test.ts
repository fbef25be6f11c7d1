/**
 * `POST /secrets/validate_token`: a canned, deterministic answer (a token
 * containing "invalid" is rejected), nothing stored, the token redacted from
 * the request log.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call } from "./helpers.js";

let fake: FakeAkua;
beforeAll(async () => {
  fake = await startFakeAkua();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe("POST /secrets/validate_token", () => {
  it("accepts a token, rejects one containing 'invalid' with a readable reason, and stores nothing", async () => {
    const ok = await call(fake, "POST", "/secrets/validate_token", {
      body: { provider: "hcloud", value: "tok-good-1" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ valid: true });
    const bad = await call(fake, "POST", "/secrets/validate_token", {
      body: { provider: "hcloud", value: "tok-INVALID-2" },
    });
    expect(bad.status).toBe(200);
    expect(bad.body).toEqual({ valid: false, error: "The token was rejected by Hetzner Cloud (401 unauthorized)." });
    expect((await call(fake, "GET", "/secrets")).body.data).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("refuses another provider or an empty token (400), and never logs the token", async () => {
    const body = { provider: "aws", value: "tok-secret-3" };
    expect((await call(fake, "POST", "/secrets/validate_token", { body })).status).toBe(400);
    expect(
      (await call(fake, "POST", "/secrets/validate_token", { body: { provider: "hcloud", value: "" } })).status,
    ).toBe(400);
    await call(fake, "POST", "/secrets/validate_token", { body: { provider: "hcloud", value: "tok-secret-4" } });
    const log = JSON.stringify(fake.requests);
    expect(log).not.toContain("tok-secret-3");
    expect(log).not.toContain("tok-secret-4");
    expect(fake.requests.at(-1)).toMatchObject({ operation: "POST /secrets/validate_token", status: 200 });
  });

  it("answers through the SDK client", async () => {
    const akua = fake.client();
    const { data } = await akua.POST("/secrets/validate_token", {
      body: { provider: "hcloud", value: "tok-invalid-5" },
    });
    expect(data).toMatchObject({ valid: false });
  });
});
