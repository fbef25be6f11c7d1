/**
 * Every operation of the spec has a handler (hand-written or a standard method of the
 * derived engine). One that has none (an operation a future spec adds before the fake
 * models it; here a handler taken away for the test) answers a clear 501 envelope
 * naming it: never a 404 "no route", never a crash, and no contract violation (it is a
 * documented gap, not an answer of the API).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationFacts } from "../../generated/facts.js";
import { derivedOperations, handlers } from "../../src/testing/handlers/index.js";
import { AkuaApiError, createAkuaClient, unwrap } from "../../src/index.js";
import { startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call } from "./helpers.js";

let fake: FakeAkua;
beforeAll(async () => {
  fake = await startFakeAkua();
});
afterAll(() => fake.close());

const RESTORE = "POST /installs/{id}:restore";

/** Runs `body` with the handler of `operation` taken away, as if the fake did not model it. */
async function withoutHandler<T>(operation: string, body: () => Promise<T>): Promise<T> {
  const table = handlers as Record<string, (typeof handlers)[string]>;
  const handler = table[operation]!;
  delete table[operation];
  try {
    return await body();
  } finally {
    table[operation] = handler;
  }
}

describe("operations the fake does not model", () => {
  it("there are none: 32 hand-written first-scope operations, 52 standard methods of the derived engine, 26 hand-written custom methods and the render create", () => {
    expect(Object.keys(operationFacts)).toHaveLength(111);
    expect(derivedOperations).toHaveLength(52);
    expect(derivedOperations).not.toContain("POST /installs/{id}/renders"); // the install lifecycle's
    expect(Object.keys(handlers)).toHaveLength(32 + 52 + 26 + 1);
    expect(Object.keys(operationFacts).filter((op) => !handlers[op])).toEqual([]);
  });

  it("one without a handler answers 501 with the envelope naming it, and records no violation", async () => {
    await withoutHandler(RESTORE, async () => {
      const answer = await call(fake, "POST", "/installs/x_1:restore", { body: {} });
      expect(answer.status).toBe(501);
      expect(answer.body.errors[0].message).toContain(`${RESTORE} is in the API description but not modelled`);
    });
    expect(fake.violations).toEqual([]);
  });

  it("the SDK's client gets the 501 as an AkuaApiError, not retried", async () => {
    const akua = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const before = fake.requests.length;
    const result = await withoutHandler(RESTORE, () =>
      akua.POST("/installs/{id}:restore", {
        params: { path: { id: "inst_x" }, header: { "if-match": "*", "idempotency-key": "k" } },
        body: { render_id: "rnd_x" },
      }),
    );
    expect(fake.requests.length - before).toBe(1);
    expect(() => unwrap(result)).toThrow(AkuaApiError);
    expect(() => unwrap(result)).toThrow(
      /POST \/installs\/\{id\}:restore -> 501: POST \/installs\/\{id\}:restore is in the API description but not modelled/,
    );
  });
});
