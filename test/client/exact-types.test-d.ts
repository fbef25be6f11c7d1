import { describe, expectTypeOf, it } from "vitest";
import {
  createAkuaClient,
  operationResult,
  unwrap,
  type Cluster,
  type Operation,
  type OperationResult,
  type Secret,
  type WorkerBootstrap,
} from "../../src/index.js";
import { paginate } from "../../src/paginate.js";

// Each `@ts-expect-error` below marks a mistake that compiled before the init types
// were made exact; an unused one fails this file's type check.
const akua = createAkuaClient({ token: "t", baseUrl: "http://127.0.0.1:1/v1" });
declare const name: string;
declare const region_id: string;
declare const id: string;
declare const etag: string;
const asFunction = (f: () => unknown) => expectTypeOf(f).toBeFunction();

describe("exact init types: a misspelt key is a compile error", () => {
  it("in a body, an optional field included", () => {
    asFunction(() =>
      // @ts-expect-error network_profle is not a field of CreateClusterBody (network_profile is)
      akua.POST("/clusters", { body: { name, region_id, network_profle: "linux_cilium" } }),
    );
    asFunction(() =>
      akua.PATCH("/clusters/{id}", {
        params: { path: { id }, header: { "if-match": etag } },
        // @ts-expect-error regoin_id is not a field of UpdateClusterBody
        body: { name: "x", regoin_id: "y" },
      }),
    );
    asFunction(() =>
      // @ts-expect-error ttl is not a field of CreateWorkerBootstrapBody (ttl_seconds is)
      akua.POST("/clusters/{id}/worker_bootstraps", { params: { path: { id } }, body: { ttl: 3600 } }),
    );
    asFunction(() =>
      // @ts-expect-error lables beside the required fields (caught before too)
      akua.POST("/secrets", { body: { name, kind: "cloud_provider/hcloud", value: "v", lables: {} } }),
    );
  });

  it("in per-call options beside params or body", () => {
    // @ts-expect-error timeoutMs is not an option (attemptTimeoutMs is)
    asFunction(() => akua.GET("/clusters/{id}", { params: { path: { id } }, timeoutMs: 1 }));
    // @ts-expect-error retries is not an option (maxRetries is)
    asFunction(() => akua.GET("/clusters/{id}", { params: { path: { id } }, retries: 3 }));
    // @ts-expect-error deadline is not an option (deadlineMs is)
    asFunction(() => akua.GET("/clusters/{id}", { params: { path: { id } }, deadline: 5 }));
    // @ts-expect-error retries, on an operation whose init is optional
    asFunction(() => akua.GET("/clusters", { retries: 3 }));
    // @ts-expect-error retries beside a body
    asFunction(() => akua.POST("/regions", { body: { name: "r" }, retries: 3 }));
  });

  it("in params: path, query and header names", () => {
    // @ts-expect-error idd is not a path parameter
    asFunction(() => akua.GET("/clusters/{id}", { params: { path: { idd: id } } }));
    // @ts-expect-error limt is not a query parameter
    asFunction(() => akua.GET("/clusters", { params: { query: { limt: 10 } } }));
    // @ts-expect-error prams is not a key of the init
    asFunction(() => akua.GET("/clusters", { prams: { query: { limit: 10 } } }));
  });

  it("in a value update's mutator returns, sync, async or conditional", () => {
    asFunction(() =>
      // @ts-expect-error regoin_id is not a field of the PATCH body
      akua.update("/clusters/{id}", { params: { path: { id } } }, () => ({ name: "x", regoin_id: "y" })),
    );
    asFunction(() =>
      akua.update(
        "/clusters/{id}",
        { params: { path: { id } } },
        // @ts-expect-error regoin_id, returned from a conditional
        (current) => (current.name === "x" ? undefined : { name: "x", regoin_id: "y" }),
      ),
    );
    asFunction(() =>
      akua.update(
        "/secrets/{id}",
        { params: { path: { id } } },
        // @ts-expect-error lables, returned from an async mutator
        async (current) => ({ labels: { ...current.labels }, lables: { team: "p" } }),
      ),
    );
    // @ts-expect-error nothing but an unknown key
    asFunction(() => akua.update("/clusters/{id}", { params: { path: { id } } }, () => ({ regoin_id: "y" })));
    // @ts-expect-error provider is an enum
    asFunction(() => akua.update("/clusters/{id}", { params: { path: { id } } }, () => ({ provider: "managed" })));
  });

  it("in the helpers' own inits and options (as before)", () => {
    // @ts-expect-error retries in update's init
    asFunction(() => akua.update("/clusters/{id}", { params: { path: { id } }, retries: 1 }, () => undefined));
    // @ts-expect-error retries in paginate's init
    asFunction(() => paginate(akua, "/clusters", { retries: 1 }));
    // @ts-expect-error deadline in waitForOperation's options
    asFunction(() => akua.waitForOperation("op_1", { deadline: 1 }));
  });

  it("in the path: only the method's paths", () => {
    // @ts-expect-error no GET /clusterz
    asFunction(() => akua.GET("/clusterz"));
    // @ts-expect-error no PATCH /clusters (the error lists the PATCH paths)
    asFunction(() => akua.PATCH("/clusters", {}));
  });
});

describe("exact init types: correct calls compile with no casts and keep their result types", () => {
  it("bodies and params", () => {
    const created = async () =>
      unwrap(await akua.POST("/clusters", { body: { name, region_id, network_profile: "linux_cilium" } }));
    expectTypeOf(created).returns.resolves.toEqualTypeOf<Operation>();
    const patched = async () =>
      unwrap(
        await akua.PATCH("/clusters/{id}", {
          params: { path: { id }, header: { "if-match": etag } },
          body: { name: "x", region_id: "y" },
        }),
      );
    expectTypeOf(patched).returns.resolves.toEqualTypeOf<Cluster>();
    const bootstrap = async () =>
      unwrap(
        await akua.POST("/clusters/{id}/worker_bootstraps", { params: { path: { id } }, body: { ttl_seconds: 3600 } }),
      );
    expectTypeOf(bootstrap).returns.resolves.toEqualTypeOf<WorkerBootstrap>();
    const secret = async () =>
      unwrap(await akua.POST("/secrets", { body: { name, kind: "generic", value: "v", labels: { team: "p" } } }));
    expectTypeOf(secret).returns.resolves.toEqualTypeOf<Secret>();
    const result = () => akua.GET("/clusters", { params: { query: { limit: 10 } } });
    expectTypeOf(result)
      .returns.resolves.toHaveProperty("data")
      .toEqualTypeOf<{ data: Cluster[]; has_more: boolean; next_cursor: string | null } | undefined>();
  });

  it("the SDK's per-call options and openapi-fetch's own init keys", () => {
    const call = () =>
      akua.GET("/clusters/{id}", {
        params: { path: { id } },
        maxRetries: 1,
        attemptTimeoutMs: 100,
        deadlineMs: 1000,
        maxResponseBytes: 1024,
        maxRetryAfterMs: 0,
        signal: AbortSignal.timeout(1000),
        headers: { "x-trace": "1" },
        baseUrl: "http://127.0.0.1:2/v1",
        fetch: (request: Request) => fetch(request),
        querySerializer: () => "",
        bodySerializer: (body) => JSON.stringify(body),
        middleware: [{ onRequest: ({ request }) => request }],
        cache: "no-store",
        credentials: "omit",
        redirect: "manual",
        keepalive: true,
      });
    expectTypeOf(call).returns.resolves.toHaveProperty("data").toEqualTypeOf<Cluster | undefined>();
  });

  it("parseAs still types data", () => {
    const text = () => akua.GET("/clusters/{id}", { params: { path: { id } }, parseAs: "text" });
    expectTypeOf(text).returns.resolves.toHaveProperty("data").toEqualTypeOf<string | undefined>();
    const stream = () => akua.GET("/clusters/{id}/kubeconfig", { params: { path: { id } }, parseAs: "stream" });
    expectTypeOf(stream).returns.resolves.toHaveProperty("data").toEqualTypeOf<Response["body"] | undefined>();
  });

  it("update's mutator: known keys, spread labels, enums, undefined", () => {
    const renamed = () =>
      akua.update("/clusters/{id}", { params: { path: { id } } }, (current) =>
        current.name === "prod" ? undefined : { name: "prod", provider: "managed_kaas" },
      );
    expectTypeOf(renamed).returns.resolves.toEqualTypeOf<Cluster>();
    const relabeled = () =>
      akua.update("/secrets/{id}", { params: { path: { id } } }, async (current) => ({
        labels: { ...current.labels, team: "platform" },
      }));
    expectTypeOf(relabeled).returns.resolves.toEqualTypeOf<Secret>();
    const nothing = () => akua.update("/clusters/{id}", { params: { path: { id } } }, () => undefined);
    expectTypeOf(nothing).returns.resolves.toEqualTypeOf<Cluster>();
  });
});

describe("typed operation results", () => {
  it("operationResult narrows the response to the kind asked", () => {
    const created = async () => operationResult(await akua.waitForOperation("op_1"), "cluster.create");
    expectTypeOf(created).returns.resolves.toEqualTypeOf<{ type: "cluster.create"; cluster_id: string }>();
    expectTypeOf(created).returns.resolves.toEqualTypeOf<OperationResult<"cluster.create">>();
    const clusterId = async () => operationResult(await akua.waitForOperation("op_1"), "cluster.create").cluster_id;
    expectTypeOf(clusterId).returns.resolves.toBeString();
  });

  it("a wrong kind or a field of another kind fails to compile", () => {
    const done = {} as Operation;
    // @ts-expect-error no operation kind "cluster.created"
    asFunction(() => operationResult(done, "cluster.created"));
    // @ts-expect-error a cluster.create result has no machine_id
    asFunction(() => operationResult(done, "cluster.create").machine_id);
    // @ts-expect-error without the helper, response is the union of every kind (and null)
    asFunction(() => done.response.cluster_id);
  });
});
