import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaError, operationResult, unwrap, type Operation } from "../../src/index.js";
import { startHarness, type Harness } from "../client/fixtures.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.fake.close();
});

/** An operation as the API returns one, with the given state and result. */
function op(state: Operation["state"], response: Operation["response"]): Operation {
  return {
    id: "op_1",
    workspace_id: "ws_1",
    organization_id: null,
    owner_type: "cluster",
    owner_id: "clu_1",
    parent_operation_id: null,
    state,
    done: state !== "RUNNING",
    html_url: "https://akua.dev/x",
    metadata: { type: "cluster.delete", workspace_id: "ws_1", cluster_id: "clu_1" } as Operation["metadata"],
    response,
    error: null,
    last_error: null,
    started_at: 1,
    completed_at: null,
  };
}

describe("operationResult", () => {
  it("returns the typed result of a cluster.create the fake ran", async () => {
    const akua = h.client();
    const regionId = unwrap(await akua.POST("/regions", { body: { name: "r" } })).id;
    const started = unwrap(await akua.POST("/clusters", { body: { name: "c", region_id: regionId } }));
    const done = await akua.waitForOperation(started);
    const { cluster_id } = operationResult(done, "cluster.create");
    expect(unwrap(await akua.GET("/clusters/{id}", { params: { path: { id: cluster_id } } })).name).toBe("c");
  });

  it("throws an AkuaError naming what it got for another kind, a null result or an operation not SUCCEEDED", () => {
    const cases: [Operation, string][] = [
      [op("SUCCEEDED", { type: "cluster.delete", cluster_id: "clu_1" }), "SUCCEEDED cluster.delete"],
      [op("SUCCEEDED", null), "SUCCEEDED"],
      [op("RUNNING", null), "RUNNING"],
      [op("FAILED", { type: "cluster.create", cluster_id: "clu_1" }), "FAILED cluster.create"],
    ];
    for (const [operation, got] of cases) {
      let error: unknown;
      try {
        operationResult(operation, "cluster.create");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AkuaError);
      expect(error).toMatchObject({
        message: `operation op_1: expected a SUCCEEDED cluster.create, got ${got}`,
        outcome: "unknown",
      });
    }
  });

  it("returns the result itself for the kind asked", () => {
    const response = { type: "cluster.delete" as const, cluster_id: "clu_9" };
    expect(operationResult(op("SUCCEEDED", response), "cluster.delete")).toBe(response);
  });
});
