/**
 * A thousand requests in flight, long-polls included, raise no process
 * warning (such as MaxListenersExceededWarning): the fake adds no listener per
 * request to anything that lives longer than the request.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { createAkuaClient } from "../../src/index.js";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";
import { call, importCluster } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

beforeAll(async () => {
  clock = createTestClock();
  fake = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
  process.on("warning", onWarning);
});

afterAll(async () => {
  process.off("warning", onWarning);
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** Lets warnings emitted on a later tick arrive. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("no process warning under load", () => {
  it("1,000 concurrent requests, 500 of them :wait long-polls parked on the clock", { timeout: 60_000 }, async () => {
    const cluster = await importCluster(fake, "loaded");
    const suspend = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: cluster.etag });
    expect(suspend.status).toBe(202);
    const opId: string = suspend.body.id;

    const waits = Array.from({ length: 500 }, () => call(fake, "POST", `/operations/${opId}:wait?timeout=60`));
    await clock.whenSleeping(500);
    const reads = Array.from({ length: 500 }, (_, i) =>
      i % 2 ? call(fake, "GET", `/clusters/${cluster.id}`) : call(fake, "GET", "/regions?limit=5"),
    );
    expect((await Promise.all(reads)).every((r) => r.status === 200)).toBe(true);
    fake.operations.complete(opId);
    const done = await Promise.all(waits);
    expect(done.every((r) => r.status === 200 && r.body.state === "SUCCEEDED")).toBe(true);
    await settle();
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });

  it("12 concurrent waitForOperation calls through the SDK client", async () => {
    // A fake of its own: Node warns once per signal, and the first test's fake may have warned already.
    const clock = createTestClock();
    const fake = await startFakeAkua({ clock, provisioning: { autoComplete: false } });
    onTestFinished(() => fake.close());
    warnings.length = 0;
    const cluster = await importCluster(fake, "waited");
    // The client on real time, so that the fake's clock counts only the fake's parked long-polls.
    const akua = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const op = await call(fake, "POST", `/clusters/${cluster.id}:suspend`, { ifMatch: cluster.etag });
    const ops = Array.from({ length: 12 }, () => akua.waitForOperation(op.body));
    await clock.whenSleeping(12);
    fake.operations.complete(op.body.id);
    const results = await Promise.all(ops);
    expect(results.every((r) => r.state === "SUCCEEDED")).toBe(true);
    expect(fake.violations).toEqual([]);
    await settle();
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});
