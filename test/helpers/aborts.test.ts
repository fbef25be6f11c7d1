/** Every helper ends an abort with AkuaAbortError (an AkuaError named "AbortError", cause = the reason). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaAbortError, AkuaApiError, unwrap } from "../../src/index.js";
import { rejection, startHarness, type Harness } from "../client/fixtures.js";
import { waitForCluster } from "../../src/wait-cluster.js";
import { paginate } from "../../src/paginate.js";

let h: Harness;
let clusterId: string;
beforeAll(async () => {
  h = await startHarness({ provisioning: { autoComplete: false } } as never);
  const region = unwrap(await h.client().POST("/regions", { body: { name: "abort-region" } }));
  for (const name of ["abort-1", "abort-2", "abort-3"]) {
    unwrap(await h.client().POST("/clusters", { body: { name, region_id: region.id } }));
  }
  clusterId = unwrap(await h.client().GET("/clusters", {})).data[0]!.id;
});
afterAll(async () => {
  await h.fake.close();
});

const reason = new Error("caller left");
const expectAbort = (error: unknown) => {
  expect(error).toBeInstanceOf(AkuaAbortError);
  expect(error).toMatchObject({ name: "AbortError" });
  expect((error as Error).cause).toBe(reason);
};

describe("helpers abort with AkuaAbortError", () => {
  it("update", async () => {
    const controller = new AbortController();
    controller.abort(reason);
    const error = await rejection(
      h.client().update("/clusters/{id}", { params: { path: { id: clusterId } }, signal: controller.signal }, () => ({
        name: "x",
      })),
    );
    expectAbort(error);
  });

  it("retryOnConflict, between attempts", async () => {
    const controller = new AbortController();
    const stale = new AkuaApiError("stale", {
      status: 409,
      errors: [{ code: 409, message: "stale", metadata: { reason: "ABORTED" } }],
      outcome: "not-applied",
    });
    const running = rejection(
      h.client().retryOnConflict(
        async () => {
          throw stale;
        },
        { signal: controller.signal },
      ),
    );
    await h.clock.whenSleeping();
    controller.abort(reason);
    expectAbort(await running);
  });

  it("paginate, between pages", async () => {
    const controller = new AbortController();
    const pages = paginate(h.client(), "/clusters", { params: { query: { limit: 1 } }, signal: controller.signal });
    const error = await rejection(
      (async () => {
        for await (const _ of pages) controller.abort(reason);
      })(),
    );
    expectAbort(error);
  });

  it("waitForCluster, while polling", async () => {
    const controller = new AbortController();
    const waiting = rejection(waitForCluster(h.client(), clusterId, { until: "active", signal: controller.signal }));
    await h.clock.whenSleeping();
    controller.abort(reason);
    expectAbort(await waiting);
  });
});
