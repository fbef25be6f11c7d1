/**
 * The derivation of standard methods from the spec (resource-model.ts) and the
 * schema helpers it builds on (schema-values.ts), as pure functions.
 */
import { describe, expect, it } from "vitest";
import { deriveOperations, singular } from "../../src/testing/resource-model.js";
import { fits, minimalValue, properties, resolve } from "../../src/testing/schema-values.js";
import { spec } from "../../src/testing/spec.js";

const derived = deriveOperations(spec);
const byOp = new Map(derived.map((op) => [op.operation, op]));

describe("deriveOperations", () => {
  it("finds the standard methods, their resources, prefixes and answers", () => {
    expect(byOp.get("POST /machines")).toMatchObject({
      method: "create",
      status: 202,
      resource: { name: "Machine", prefix: "mch", etag: true },
      answer: { kind: "operation" },
      owner: { type: "machine", opType: "machine.create" },
    });
    expect(byOp.get("DELETE /compute_configs/{id}")).toMatchObject({ status: 200, answer: { kind: "resource" } });
    expect(byOp.get("POST /registry_connections")).toMatchObject({ status: 201, answer: { kind: "empty" } });
    expect(byOp.get("POST /snippets")).toMatchObject({ answer: { kind: "other" }, idField: "snippet_id" });
    expect(byOp.get("DELETE /snippets/{id}")!.resource.softDelete).toBe("archived_at");
    expect(byOp.get("GET /installs/{id}/renders")!.parents).toEqual([
      { param: "id", collection: "/installs", field: "install_id", resource: "Install" },
    ]);
    expect(byOp.get("GET /snippet_runs/{id}")!.resource).toBe(byOp.get("GET /snippets/{id}/runs/{run_id}")!.resource);
    expect(byOp.get("GET /machines")!.filters).toEqual([
      { param: "cluster_id", field: "cluster_id" },
      { param: "state", field: "state" },
    ]);
  });

  it("derives no custom method, singleton or stream", () => {
    for (const op of derived)
      expect(op.operation, op.operation).not.toMatch(/:|\/status$|\/pods$|\/logs$|compute_settings/);
  });

  it("issues ids within every resource's id maxLength (prefix + _ + 16 characters)", () => {
    for (const op of derived) {
      const id = resolve(spec, op.resource.fields["id"]);
      const max = id?.["maxLength"];
      if (typeof max === "number") expect(op.resource.prefix.length + 17, op.resource.name).toBeLessThanOrEqual(max);
    }
  });

  it("singular", () => {
    expect(singular("preview_hostnames")).toBe("preview_hostname");
    expect(singular("snippet_runs")).toBe("snippet_run");
  });
});

describe("schema values", () => {
  it("a minimal value: default, enum, nullable, then by type with required fields only", () => {
    const schema = {
      type: "object",
      required: ["a", "b", "c", "d", "e"],
      properties: {
        a: { type: "string", minLength: 3 },
        b: { type: "integer", minimum: 2 },
        c: { type: ["string", "null"] },
        d: { enum: ["x", "y"] },
        e: { type: "array", minItems: 1, items: { type: "boolean" } },
        f: { type: "string" },
      },
    };
    expect(minimalValue(spec, schema)).toEqual({ a: "xxx", b: 2, c: null, d: "x", e: [false] });
    expect(minimalValue(spec, { type: "string", default: "z" })).toBe("z");
  });

  it("fits checks the JSON type, enum and variants, shallowly", () => {
    expect(fits(spec, { type: "integer" }, 1)).toBe(true);
    expect(fits(spec, { type: "integer" }, "1")).toBe(false);
    expect(fits(spec, { enum: ["a"] }, "b")).toBe(false);
    expect(fits(spec, { oneOf: [{ type: "string" }, { type: "null" }] }, null)).toBe(true);
    expect(fits(spec, { type: ["string", "null"] }, {})).toBe(false);
  });

  it("properties merge over oneOf variants", () => {
    const snippet = resolve(spec, { $ref: "#/components/schemas/Snippet" });
    expect(Object.keys(properties(spec, snippet))).toEqual(expect.arrayContaining(["id", "code", "archived_at"]));
  });
});
