import { describe, expectTypeOf, it } from "vitest";
import { createAkuaClient, unwrap, type Cluster, type Operation } from "../../src/index.js";

const akua = createAkuaClient({ token: "t", baseUrl: "http://127.0.0.1:1/v1" });

describe("the client's types", () => {
  it("keeps openapi-fetch's typed surface", () => {
    const get = () => akua.GET("/clusters/{id}", { params: { path: { id: "clu_1" } } });
    expectTypeOf(get).returns.resolves.toHaveProperty("data").toEqualTypeOf<Cluster | undefined>();
    const create = async () => unwrap(await akua.POST("/clusters", { body: { name: "a", region_id: "reg_1" } }));
    expectTypeOf(create).returns.resolves.toEqualTypeOf<Operation>();
  });

  it("takes the SDK's per-call options, typed", () => {
    const call = () =>
      akua.GET("/clusters", { maxRetries: 5, deadlineMs: 1000, attemptTimeoutMs: 100, signal: AbortSignal.abort() });
    expectTypeOf(call).toBeFunction();
    // @ts-expect-error maxRetries is a number
    const bad = () => akua.GET("/clusters", { maxRetries: "5" });
    expectTypeOf(bad).toBeFunction();
  });

  it("still requires if-match on PATCH /clusters/{id}", () => {
    const missing = () =>
      akua.PATCH("/clusters/{id}", {
        // @ts-expect-error if-match is required
        params: { path: { id: "clu_1" }, header: {} },
        body: { name: "x" },
      });
    expectTypeOf(missing).toBeFunction();
  });

  it("rejects paths the API does not have for a method", () => {
    // @ts-expect-error no PATCH on /clusters
    const wrong = () => akua.PATCH("/clusters", {});
    expectTypeOf(wrong).toBeFunction();
  });
});
