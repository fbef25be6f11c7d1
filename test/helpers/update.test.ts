import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AkuaApiError, etagOf, isStaleEtagError, unwrap } from "../../src/index.js";
import { kubeconfig, startHarness, type Harness, rejection } from "../client/fixtures.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.fake.close();
});

const patches = (id: string) => h.fake.requests.filter((r) => r.method === "PATCH" && String(r.path).endsWith(id));

describe("etagOf", () => {
  it("prefers the body's etag, else the ETag header, stripping W/ and quotes", () => {
    expect(etagOf({ etag: '"17"' })).toBe("17");
    expect(etagOf(new Response(null, { headers: { etag: 'W/"42"' } }))).toBe("42");
    expect(etagOf({ data: { etag: "7" }, response: new Response(null, { headers: { etag: '"9"' } }) })).toBe("7");
    expect(etagOf({ data: undefined, response: new Response(null, { headers: { etag: '"9"' } }) })).toBe("9");
    expect(etagOf(undefined)).toBeUndefined();
  });
});

describe("update", () => {
  it("50 concurrent writers each adding a label lose none", async () => {
    const akua = h.client();
    const secret = unwrap(await akua.POST("/secrets", { body: { name: "contended", kind: "generic", value: "v" } }));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        akua.update(
          "/secrets/{id}",
          { params: { path: { id: secret.id } } },
          (current) => ({ labels: { ...current.labels, [`writer-${i}`]: "yes" } }),
          { maxAttempts: 60 },
        ),
      ),
    );
    expect(results).toHaveLength(50);
    const final = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
    expect(Object.keys(final.labels ?? {}).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `writer-${i}`).sort());
    const writes = patches(secret.id);
    expect(writes.filter((r) => r.status === 200)).toHaveLength(50);
    expect(writes.length).toBeLessThanOrEqual(50 * 60);
  });

  it("negative control: the same 50 writers through raw PATCH without retry meet 409s and lose labels", async () => {
    const akua = h.client();
    const secret = unwrap(
      await akua.POST("/secrets", { body: { name: "raw-contended", kind: "generic", value: "v" } }),
    );
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const current = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
        return akua.PATCH("/secrets/{id}", {
          params: { path: { id: secret.id }, header: { "if-match": current.etag } },
          body: { labels: { ...current.labels, [`writer-${i}`]: "yes" } },
        });
      }),
    );
    const conflicts = results.filter((r) => r.response.status === 409);
    expect(conflicts.length).toBeGreaterThan(0);
    const final = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
    expect(Object.keys(final.labels ?? {}).length).toBeLessThan(50);
  });

  it("a mutator that returns undefined writes nothing", async () => {
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "upd-region" } }));
    const cluster = unwrap(
      await akua.POST("/clusters:import", { body: { name: "prod", region_id: region.id, kubeconfig: kubeconfig() } }),
    );
    const result = await akua.update("/clusters/{id}", { params: { path: { id: cluster.id } } }, (current) =>
      current.name === "prod" ? undefined : { name: "prod" },
    );
    expect(result).toEqual(cluster);
    expect(patches(cluster.id)).toHaveLength(0);
  });

  it("a non-etag 409 makes exactly one PATCH and is thrown as is", async () => {
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "upd-region-2" } }));
    const cluster = unwrap(
      await akua.POST("/clusters:import", { body: { name: "c409", region_id: region.id, kubeconfig: kubeconfig() } }),
    );
    const fault = h.fake.inject({ method: "PATCH", path: "/clusters/{id}", fault: "status", status: 409, times: 3 });
    const error = await rejection(
      akua.update("/clusters/{id}", { params: { path: { id: cluster.id } } }, () => ({ name: "renamed" }), {
        maxAttempts: 5,
      }),
    );
    fault.remove();
    expect(error).toBeInstanceOf(AkuaApiError);
    expect(isStaleEtagError(error)).toBe(false);
    expect(patches(cluster.id)).toHaveLength(1);
  });

  it("gives up with an error saying the etag kept changing", async () => {
    const akua = h.client();
    const secret = unwrap(await akua.POST("/secrets", { body: { name: "churn", kind: "generic", value: "v" } }));
    let n = 0;
    const error = await akua
      .update(
        "/secrets/{id}",
        { params: { path: { id: secret.id } } },
        async (current) => {
          // another writer changes the secret between our read and our write, every time
          const other = h.client();
          unwrap(
            await other.PATCH("/secrets/{id}", {
              params: { path: { id: secret.id }, header: { "if-match": current.etag } },
              body: { labels: { other: String(++n) } },
            }),
          );
          return { labels: { mine: "1" } };
        },
        { maxAttempts: 3 },
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(AkuaApiError);
    expect((error as Error).message).toMatch(/etag kept changing; gave up after 3/);
  });

  it("refuses a caller's idempotency key", async () => {
    const akua = h.client();
    await expect(
      akua.update(
        "/secrets/{id}",
        { params: { path: { id: "sec_x" }, header: { "idempotency-key": "k" } } } as never,
        () => undefined,
      ),
    ).rejects.toThrow(/fresh idempotency key/);
  });
});

describe("retryOnConflict", () => {
  it("re-runs a conditional DELETE whose etag went stale", async () => {
    const akua = h.client();
    const secret = unwrap(await akua.POST("/secrets", { body: { name: "del-me", kind: "generic", value: "v" } }));
    let runs = 0;
    const result = await akua.retryOnConflict(async () => {
      runs++;
      const s = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
      if (runs === 1) {
        unwrap(
          await akua.PATCH("/secrets/{id}", {
            params: { path: { id: secret.id }, header: { "if-match": s.etag } },
            body: { labels: { racing: "yes" } },
          }),
        );
      }
      return akua.DELETE("/secrets/{id}", { params: { path: { id: secret.id }, header: { "if-match": etagOf(s)! } } });
    });
    expect(runs).toBe(2);
    expect(result.response.status).toBe(204);
  });
});
