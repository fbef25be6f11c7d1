/**
 * The helpers on the expanded scope's paths: paginate yields typed items of the new
 * lists, update works on their GET+PATCH resources, and the friendly aliases are the
 * generated schemas.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  createAkuaClient,
  type ComputeConfig,
  type Install,
  type Machine,
  type Operation,
  type Package,
  type PageItem,
  type PaginatedPath,
  type RegistryConnection,
  type Snippet,
  type UpdatablePath,
} from "../src/index.js";
import { paginate } from "../src/paginate.js";

const akua = createAkuaClient({ token: "sk_akua_types", baseUrl: "http://127.0.0.1:1/v1" });

describe("the helpers over the expanded scope", () => {
  it("paginate works on the new lists, with typed items", () => {
    expectTypeOf<"/installs">().toExtend<PaginatedPath>();
    expectTypeOf<"/packages">().toExtend<PaginatedPath>();
    expectTypeOf<"/machines">().toExtend<PaginatedPath>();
    expectTypeOf<"/compute_configs">().toExtend<PaginatedPath>();
    expectTypeOf<"/registry_connections">().toExtend<PaginatedPath>();
    expectTypeOf<"/snippets">().toExtend<PaginatedPath>();
    expectTypeOf<PageItem<"/installs">>().toEqualTypeOf<Install>();
    expectTypeOf<PageItem<"/packages">>().toEqualTypeOf<Package>();
    expectTypeOf<PageItem<"/machines">>().toEqualTypeOf<Machine>();
    expectTypeOf<PageItem<"/compute_configs">>().toEqualTypeOf<ComputeConfig>();
    expectTypeOf<PageItem<"/registry_connections">>().toEqualTypeOf<RegistryConnection>();
    const installs = async () => {
      for await (const install of paginate(akua, "/installs", { params: { query: { limit: 20 } } })) {
        expectTypeOf(install).toEqualTypeOf<Install>();
      }
    };
    expectTypeOf(installs).toBeFunction();
    // @ts-expect-error a single resource is not a paginated list
    paginate(akua, "/installs/{id}");
  });

  it("update works on the new GET+PATCH resources, typed by their bodies", () => {
    expectTypeOf<"/machines/{id}">().toExtend<UpdatablePath>();
    expectTypeOf<"/compute_configs/{id}">().toExtend<UpdatablePath>();
    const rename = () =>
      akua.update("/compute_configs/{id}", { params: { path: { id: "cfg_1" } } }, (current) => {
        expectTypeOf(current).toEqualTypeOf<ComputeConfig>();
        return undefined;
      });
    expectTypeOf(rename).toBeFunction();
  });

  it("waitForOperation takes the Operation a new create answers", () => {
    const install = async () => {
      const { data } = await akua.POST("/installs", { body: {} as never });
      if (data) {
        const done = await akua.waitForOperation(data);
        expectTypeOf(done).toEqualTypeOf<Operation>();
      }
    };
    expectTypeOf(install).toBeFunction();
  });

  it("waitForOperation also takes the package and machine operations (their own schemas)", () => {
    const both = async () => {
      const pkg = (await akua.POST("/packages", { body: {} as never })).data;
      if (pkg) expectTypeOf(await akua.waitForOperation(pkg)).toEqualTypeOf<Operation>();
      const machine = (
        await akua.POST("/machines/{id}:suspend", {
          params: { path: { id: "mch_1" }, header: { "if-match": "1", "idempotency-key": "k1" } },
          body: {} as never,
        })
      ).data;
      if (machine) expectTypeOf(await akua.waitForOperation(machine)).toEqualTypeOf<Operation>();
    };
    expectTypeOf(both).toBeFunction();
  });

  it("a snippet is the generated schema", () => {
    expectTypeOf<Snippet>().not.toBeAny();
  });
});
