/**
 * Machine suspend and resume: 202 MachineOperations on the fake's clock that
 * move the machine ACTIVE -> SUSPENDING -> SUSPENDED -> RESUMING -> ACTIVE,
 * with if-match and idempotency keys required, 409 from any other state.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

async function machine(id: string): Promise<any> {
  return (await call(fake, "GET", `/machines/${id}`)).body;
}

describe("machine suspend and resume", () => {
  it("suspends an ACTIVE machine and resumes it, each through a 202 MachineOperation on the clock", async () => {
    const [id] = fake.seed.machines(1, { fields: () => ({ state: "ACTIVE" }) });
    const before = await machine(id!);
    const suspend = await call(fake, "POST", `/machines/${id}:suspend`, {
      body: { reason: "downgrade" },
      ifMatch: `"${before.etag}"`,
      key: "k-suspend",
    });
    expect(suspend.status).toBe(202);
    expect(suspend.body).toMatchObject({ owner_type: "machine", owner_id: id, state: "RUNNING", done: false });
    expect(suspend.body.operation_id).toBe(suspend.body.id);
    expect(suspend.body.metadata).toMatchObject({ type: "machine.suspend", machine_id: id, workspace_id: "ws_test" });
    const suspending = await machine(id!);
    expect(suspending).toMatchObject({ state: "SUSPENDING", reconciling: true });
    expect(suspending.etag).not.toBe(before.etag);

    await clock.advance(1000);
    const suspended = await machine(id!);
    expect(suspended).toMatchObject({ state: "SUSPENDED", reconciling: false });
    const op = (await call(fake, "GET", `/operations/${suspend.body.id}`)).body;
    expect(op).toMatchObject({ state: "SUCCEEDED", response: { type: "machine.suspend", machine_id: id } });
    expect(op.response.suspension_id).toMatch(/^sus_/);
    expect(suspended.current_suspension).toMatchObject({ event_id: op.response.suspension_id, reason: "downgrade" });

    const resume = await call(fake, "POST", `/machines/${id}:resume`, {
      body: {},
      ifMatch: `"${suspended.etag}"`,
      key: "k-resume",
    });
    expect(resume.status).toBe(202);
    expect(resume.body.metadata.type).toBe("machine.resume");
    expect((await machine(id!)).state).toBe("RESUMING");
    await clock.advance(1000);
    const resumed = await machine(id!);
    expect(resumed).toMatchObject({ state: "ACTIVE", reconciling: false });
    expect(resumed.current_suspension).toBeUndefined();
    expect((await call(fake, "GET", `/operations/${resume.body.id}`)).body.response).toEqual({
      type: "machine.resume",
      machine_id: id,
    });
    expect(fake.violations).toEqual([]);
  });

  it("answers 409 from the wrong state, on a stale etag, and 404 for another workspace's machine", async () => {
    const [active, provisioning] = fake.seed.machines(2, {
      fields: (i) => ({ state: i === 0 ? "ACTIVE" : "PROVISIONING" }),
    });
    const resume = await call(fake, "POST", `/machines/${active}:resume`, { body: {}, ifMatch: "*", key: "k1" });
    expect(resume.status).toBe(409);
    expect(resume.body.errors[0].metadata.reason).toBe("CONFLICT");
    const early = await call(fake, "POST", `/machines/${provisioning}:suspend`, { body: {}, ifMatch: "*", key: "k2" });
    expect(early.status).toBe(409);
    const stale = await call(fake, "POST", `/machines/${active}:suspend`, { body: {}, ifMatch: '"nope"', key: "k3" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].metadata.reason).toBe("ABORTED");
    const other = await call(fake, "POST", `/machines/${active}:suspend`, {
      body: {},
      ifMatch: "*",
      key: "k4",
      token: "sk_akua_other",
    });
    expect(other.status).toBe(404);
    expect((await machine(active!)).state).toBe("ACTIVE");
    expect(fake.violations).toEqual([]);
  });

  it("requires if-match and an idempotency key, and replays a suspend sent twice with one key", async () => {
    const [id] = fake.seed.machines(1, { fields: () => ({ state: "ACTIVE" }) });
    expect((await call(fake, "POST", `/machines/${id}:suspend`, { body: {}, key: "k" })).status).toBe(400);
    expect((await call(fake, "POST", `/machines/${id}:suspend`, { body: {}, ifMatch: "*" })).status).toBe(400);
    const first = await call(fake, "POST", `/machines/${id}:suspend`, { body: {}, ifMatch: "*", key: "same" });
    const again = await call(fake, "POST", `/machines/${id}:suspend`, { body: {}, ifMatch: "*", key: "same" });
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    expect((await call(fake, "GET", "/operations")).body.data.filter((o: any) => o.owner_id === id)).toHaveLength(1);
  });

  it("puts the machine back when the operation fails", async () => {
    const [id] = fake.seed.machines(1, { fields: () => ({ state: "ACTIVE" }) });
    const op = await call(fake, "POST", `/machines/${id}:suspend`, { body: {}, ifMatch: "*", key: "k" });
    fake.operations.fail(op.body.id, "provider refused");
    expect(await machine(id!)).toMatchObject({ state: "ACTIVE", reconciling: false });
    expect((await machine(id!)).current_suspension).toBeUndefined();
  });
});
