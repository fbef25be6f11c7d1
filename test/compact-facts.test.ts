import { describe, expect, it } from "vitest";
import { operationFacts } from "../generated/facts.js";
import { factKey as scriptKey } from "../scripts/facts.js";
import { factKey, factsOf } from "../src/facts.js";

describe("the runtime's compact facts", () => {
  const entries = Object.entries(operationFacts);

  it("answer exactly what the full table says, for every operation", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [key, facts] of entries) {
      const [method, path] = key.split(" ") as [string, string];
      expect(factsOf(method, path), key).toEqual({
        idempotencyKey: facts.idempotencyKey,
        retrySafe: facts.retrySafe,
        sensitive: facts.sensitiveRequest.length ? facts.sensitiveRequest : undefined,
      });
    }
  });

  it("hash like the pipeline does", () => {
    for (const key of [...Object.keys(operationFacts), "", "GET /", "POST /clusters:import"]) {
      expect(factKey(key)).toBe(scriptKey(key));
    }
  });

  it("know nothing of an operation outside the spec", () => {
    expect(factsOf("POST", "/not/in/the/spec")).toEqual({
      idempotencyKey: false,
      retrySafe: false,
      sensitive: undefined,
    });
  });
});
