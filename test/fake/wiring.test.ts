/**
 * Tests that wire themselves: `fake.client()` (the fake's url, token and clock),
 * the fake noticing a client on another clock than its auto-advancing one,
 * `fake.operations.list()` / `latest()`, and `fake.assertNoViolations()`.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  AkuaApiError,
  AkuaTimeoutError,
  akuaMeta,
  createAkuaClient,
  isAkuaApiError,
  systemClock,
  unwrap,
  type Operation,
} from "akua-sdk";
import { createTestClock, startFakeAkua, takeViolations, type FakeAkua } from "akua-sdk/testing";
import { GUARD_LIMITS } from "../../src/testing/clock-guard.js";
import { call, importCluster } from "./helpers.js";

let fake: FakeAkua | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Starts a cluster create whose operation never finishes on its own (`autoComplete: false`). */
async function stuckOperation(akua: ReturnType<FakeAkua["client"]>): Promise<Operation> {
  return unwrap(await akua.POST("/clusters", { body: { name: "stuck", region_id: "reg_eu" } }));
}

describe("fake.client()", () => {
  it("is wired to the fake's url, token and clock", async () => {
    const clock = createTestClock({ autoAdvance: true });
    fake = await startFakeAkua({ clock });
    const akua = fake.client();
    const res = await akua.GET("/clusters");
    expect(res.response.status).toBe(200);
    expect(akuaMeta(res.response)?.attempts).toBe(1);
    expect(fake.requests.at(-1)?.headers["authorization"]).toMatch(/^Bearer sk_akua_/);
    // The clock is the fake's: 5 s of provisioning pass in virtual time.
    const op = unwrap(await akua.POST("/clusters", { body: { name: "prod", region_id: "reg_eu" } }));
    const started = clock.now();
    const done = await akua.waitForOperation(op);
    expect(done.state).toBe("SUCCEEDED");
    expect(clock.now() - started).toBeGreaterThanOrEqual(5_000);
  });

  it("takes createAkuaClient's options; a token or baseUrl given wins", async () => {
    fake = await startFakeAkua({ clock: createTestClock(), tokens: { sk_akua_other: ["ws_other"] } });
    const seen: string[] = [];
    const other = fake.client({ token: "sk_akua_other", logger: { debug: (message) => seen.push(message) } });
    unwrap(await other.POST("/regions", { body: { name: "theirs" } }));
    expect(unwrap(await other.GET("/regions")).data.map((r) => r.name)).toEqual(["theirs"]);
    expect(seen.length).toBeGreaterThan(0);
    // Undefined options do not undo the wiring: the default token sees none of the other workspace's regions.
    const mine = fake.client({ token: undefined, baseUrl: undefined });
    expect(unwrap(await mine.GET("/regions")).data).toEqual([]);
    const wrongBase = fake.client({ baseUrl: fake.url.replace(/\/v1$/, "") });
    const miss = await wrongBase.GET("/clusters");
    expect(miss.response.status).toBe(404);
    expect(JSON.stringify(miss.error)).toContain("the API is served under /v1");
  });

  it("refuses another clock than the fake's", async () => {
    const clock = createTestClock();
    fake = await startFakeAkua({ clock });
    const options = { clock: systemClock } as Parameters<FakeAkua["client"]>[0];
    expect(() => fake!.client(options)).toThrow(/must run on the fake's clock/);
    expect(() => fake!.client({ clock } as Parameters<FakeAkua["client"]>[0])).not.toThrow();
  });

  it("throws the main entry's errors", async () => {
    fake = await startFakeAkua({ clock: createTestClock({ autoAdvance: true }) });
    const error = await fake
      .client()
      .waitForOperation("op_missing")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkuaApiError);
    expect(isAkuaApiError(error) && error.status).toBe(404);
  });
});

describe("a client on another clock than an auto-advancing fake", () => {
  it("fails fast with a 400 saying to share the clock, instead of polling until its real-time deadline", async () => {
    fake = await startFakeAkua({
      clock: createTestClock({ autoAdvance: true }),
      provisioning: { autoComplete: false },
    });
    // Wired by hand, forgetting the clock: the client waits on real time.
    const akua = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const op = await stuckOperation(akua);
    const error = await akua.waitForOperation(op, { deadlineMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkuaApiError);
    const apiError = error as AkuaApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toMatch(/this client is not on it/);
    expect(apiError.message).toMatch(/clock: fake\.clock/);
    expect(apiError.message).toMatch(/fake\.client\(\)/);
    const waits = fake.requests.filter((r) => r.operation === "POST /operations/{id}:wait");
    expect(waits.length).toBe(GUARD_LIMITS.polls + 1);
    expect(waits.at(-1)?.status).toBe(400);
    expect(fake.violations).toEqual([]);
  });

  it("never refuses a client on the fake's clock, however long it long-polls", async () => {
    fake = await startFakeAkua({
      clock: createTestClock({ autoAdvance: true }),
      provisioning: { autoComplete: false },
    });
    for (const akua of [fake.client(), createAkuaClient({ baseUrl: fake.url, token: fake.token, clock: fake.clock })]) {
      const op = await stuckOperation(akua);
      // Two hours of virtual time: 120 long-polls of 60 s, each ended by the clock's jump.
      const error = await akua.waitForOperation(op, { deadlineMs: 2 * 60 * 60_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AkuaTimeoutError);
      const waits = fake.requests.filter((r) => r.path === `/operations/${op.id}:wait`);
      expect(waits.length).toBeGreaterThanOrEqual(100);
      // Each answered 200 (the last may be cut by the client's own deadline), none refused.
      expect(waits.slice(0, -1).every((r) => r.status === 200)).toBe(true);
      expect(waits.filter((r) => r.status === 400)).toEqual([]);
    }
  });

  it("still lets the operation be driven and waited for once the client shares the clock", async () => {
    fake = await startFakeAkua({
      clock: createTestClock({ autoAdvance: true }),
      provisioning: { autoComplete: false },
    });
    const wrong = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const op = await stuckOperation(wrong);
    await wrong.waitForOperation(op, { deadlineMs: 20_000 }).catch(() => undefined);
    const right = fake.client();
    const waiting = right.waitForOperation(op);
    fake.operations.complete(op.id);
    expect((await waiting).state).toBe("SUCCEEDED");
  });
});

describe("fake.operations.list() / latest()", () => {
  it("finds operations by owner, type and state, oldest first", async () => {
    fake = await startFakeAkua({ clock: createTestClock(), provisioning: { autoComplete: false } });
    const akua = fake.client();
    expect(fake.operations.list()).toEqual([]);
    expect(fake.operations.latest()).toBeUndefined();
    const first = await stuckOperation(akua);
    const second = await stuckOperation(akua);
    const imported = await importCluster(fake);
    const suspend = (
      await call<Operation>(fake, "POST", `/clusters/${imported.id}:suspend`, { ifMatch: imported.etag })
    ).body;

    expect(fake.operations.list().map((o) => o.id)).toEqual([first.id, second.id, suspend.id]);
    expect(fake.operations.list({ type: "cluster.create" }).map((o) => o.id)).toEqual([first.id, second.id]);
    expect(fake.operations.latest({ type: "cluster.create" })?.id).toBe(second.id);
    expect(fake.operations.list({ ownerId: imported.id }).map((o) => o.id)).toEqual([suspend.id]);
    expect(fake.operations.latest({ ownerType: "cluster", ownerId: first.owner_id })?.id).toBe(first.id);

    fake.operations.fail(fake.operations.latest({ type: "cluster.create" })!.id, "no capacity");
    expect(fake.operations.list({ state: "FAILED" }).map((o) => o.id)).toEqual([second.id]);
    expect(fake.operations.list({ state: "RUNNING", type: "cluster.create" }).map((o) => o.id)).toEqual([first.id]);
    expect(fake.operations.latest({ state: "SUCCEEDED" })).toBeUndefined();
    // What GET /operations/{id} shows.
    const got = await call(fake, "GET", `/operations/${second.id}`);
    expect(fake.operations.latest({ state: "FAILED" })).toEqual(got.body);
  });
});

describe("fake.assertNoViolations()", () => {
  it("does nothing without violations, else throws listing each one once", async () => {
    fake = await startFakeAkua({ clock: createTestClock(), provisioning: { autoComplete: false } });
    fake.assertNoViolations();
    const op = await stuckOperation(fake.client());
    // An answer that breaks the spec: a cluster.create result without its cluster_id.
    fake.operations.complete(op.id, { type: "cluster.create" } as never);
    await call(fake, "GET", `/operations/${op.id}`);
    fake.inject({ path: "/regions", fault: "status", status: 299 });
    await call(fake, "GET", "/regions");

    expect(fake.violations).toHaveLength(2);
    let thrown: unknown;
    try {
      fake.assertNoViolations();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^The fake Akua server sent 2 response\(s\)/);
    expect(message).toContain("GET /operations/{id} -> 200: body.response.cluster_id is required");
    expect(message).toContain("GET /regions -> 299: status 299 is not declared");
    // Reported once: the fake's list and the process-wide registry forget them.
    expect(fake.violations).toEqual([]);
    expect(takeViolations()).toEqual([]);
    fake.assertNoViolations();
  });
});
