import createClient from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type { components, paths } from "../generated/openapi.js";

// Type-level tests: vitest's typecheck runs tsc over this file; a wrong type fails the run.
const client = createClient<paths>({ baseUrl: "http://127.0.0.1:1/v1" });

describe("generated types", () => {
  it("PATCH /clusters/{id} requires if-match", () => {
    const call = () =>
      client.PATCH("/clusters/{id}", {
        params: { path: { id: "clu_1" }, header: { "if-match": "etag-1" } },
        body: { name: "prod" },
      });
    expectTypeOf(call).returns.resolves.toHaveProperty("data");

    const missing = () =>
      client.PATCH("/clusters/{id}", {
        // @ts-expect-error if-match is a required header of PATCH /clusters/{id}
        params: { path: { id: "clu_1" }, header: { "akua-context": "ws_1" } },
        body: { name: "prod" },
      });
    expectTypeOf(missing).toBeFunction();
  });

  it("Cluster.state is the five-value union", () => {
    expectTypeOf<components["schemas"]["Cluster"]["state"]>().toEqualTypeOf<
      "pending" | "provisioning" | "active" | "suspended" | "deleting"
    >();
  });

  it("custom-method paths keep their colon", () => {
    expectTypeOf<paths>().toHaveProperty("/clusters:import");
    expectTypeOf<paths>().toHaveProperty("/clusters/{id}:suspend");
    expectTypeOf<paths>().toHaveProperty("/secrets/{id}/versions/{vid}:access");
    expectTypeOf<paths["/clusters:import"]["post"]>().not.toBeNever();
  });

  it("the worker-bootstrap create answer carries the one-time token", () => {
    type Created = paths["/clusters/{id}/worker_bootstraps"]["post"]["responses"][201]["content"]["application/json"];
    expectTypeOf<Created["token"]>().toEqualTypeOf<string | undefined>();
  });
});
