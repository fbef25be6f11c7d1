/**
 * Repository change requests' custom methods: a reveal-once push token, and
 * accept (ACCEPTING -> ACCEPTED through an Operation on the clock), reject and
 * withdraw, each only while the change request is open, with if-match.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua, TestClock } from "../../src/testing/index.js";
import { call, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
let clock: TestClock;
freshFakePerTest((env) => ({ fake, clock } = env));

let keys = 0;
async function open(): Promise<any> {
  const res = await call(fake, "POST", "/repository_change_requests", {
    body: { parent_repository_id: fake.seed.resources("Repository", 1)[0], kind: "user" },
    key: `open-${++keys}`,
  });
  expect(res.status).toBe(201);
  expect(res.body.state).toBe("AWAITING_CHANGES");
  return res.body;
}

function act(id: string, verb: string, etag: string, body?: unknown) {
  return call(fake, "POST", `/repository_change_requests/${id}:${verb}`, {
    body,
    ifMatch: `"${etag}"`,
    key: `${verb}-${++keys}`,
  });
}

describe("repository change request tokens", () => {
  it("mints a token shown only in the 201: never in a read, never in the request log", async () => {
    const rcr = await open();
    const minted = await call(fake, "POST", `/repository_change_requests/${rcr.id}:createToken`, {
      body: { scope: "write", expires_in_seconds: 600 },
      key: "t1",
    });
    expect(minted.status).toBe(201);
    const token = minted.body.fork_write_token as string;
    expect(token.length).toBeGreaterThan(0);
    expect(minted.body).toMatchObject({ repository_change_request_id: rcr.id, expires_at: rcr.created_at + 600 });
    expect(minted.body.fork_remote_url).toMatch(/^https:\/\//);
    const second = await call(fake, "POST", `/repository_change_requests/${rcr.id}:createToken`, {
      body: {},
      key: "t2",
    });
    expect(second.body.fork_write_token).not.toBe(token);
    expect(second.body.expires_at).toBe(rcr.created_at + 900);
    expect((await call(fake, "GET", `/repository_change_requests/${rcr.id}`)).text).not.toContain(token);
    expect((await call(fake, "GET", "/repository_change_requests")).text).not.toContain(token);
    expect(JSON.stringify(fake.requests)).not.toContain(token);
    expect(fake.violations).toEqual([]);
  });

  it("through the SDK client: the token reaches the caller and no log line", async () => {
    const rcr = await open();
    const lines: string[] = [];
    const log = (message: string, fields?: unknown) => lines.push(message + JSON.stringify(fields ?? {}));
    const akua = fake.client({ logger: { debug: log, info: log, warn: log, error: log } });
    const { data, error } = await akua.POST("/repository_change_requests/{id}:createToken", {
      params: { path: { id: rcr.id }, header: { "idempotency-key": "sdk-1" } },
      body: { scope: "read" },
    });
    expect(error).toBeUndefined();
    expect(data!.fork_write_token).toContain("read");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(data!.fork_write_token);
  });

  it("refuses a lifetime over an hour (400), an unknown change request (404) and a closed one (409)", async () => {
    const rcr = await open();
    const path = `/repository_change_requests/${rcr.id}:createToken`;
    expect((await call(fake, "POST", path, { body: { expires_in_seconds: 3601 }, key: "a" })).status).toBe(400);
    expect(
      (await call(fake, "POST", "/repository_change_requests/rcr_missing:createToken", { body: {}, key: "b" })).status,
    ).toBe(404);
    expect((await call(fake, "POST", path, { body: {}, key: "c", token: "sk_akua_other" })).status).toBe(404);
    await act(rcr.id, "withdraw", rcr.etag);
    expect((await call(fake, "POST", path, { body: {}, key: "d" })).status).toBe(409);
  });
});

describe("accepting, rejecting and withdrawing a change request", () => {
  it("accepts: ACCEPTING with an Operation, ACCEPTED when it completes on the clock", async () => {
    const rcr = await open();
    const accepted = await act(rcr.id, "accept", rcr.etag);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ repository_change_request_id: rcr.id, accepted_at: rcr.created_at });
    const during = (await call(fake, "GET", `/repository_change_requests/${rcr.id}`)).body;
    expect(during.state).toBe("ACCEPTING");
    expect(during.etag).not.toBe(rcr.etag);
    const op = (await call(fake, "GET", `/operations/${accepted.body.operation_id}`)).body;
    expect(op).toMatchObject({ owner_type: "repository_change_request", owner_id: rcr.id, state: "RUNNING" });
    expect(op.metadata).toMatchObject({
      type: "repository_change_request.accept",
      repository_change_request_id: rcr.id,
    });
    await clock.advance(1000);
    expect((await call(fake, "GET", `/repository_change_requests/${rcr.id}`)).body.state).toBe("ACCEPTED");
    const done = (await call(fake, "GET", `/operations/${accepted.body.operation_id}`)).body;
    expect(done.response).toMatchObject({ type: "repository_change_request.accept", triggered_install_render: false });
    expect((await act(rcr.id, "reject", "*", { rejection_reason: "late" })).status).toBe(409);
    expect(fake.violations).toEqual([]);
  });

  it("a failed accept leaves the change request FAILED", async () => {
    const rcr = await open();
    const accepted = await act(rcr.id, "accept", rcr.etag);
    fake.operations.fail(accepted.body.operation_id, "merge conflict");
    expect((await call(fake, "GET", `/repository_change_requests/${rcr.id}`)).body.state).toBe("FAILED");
  });

  it("rejects with a reason, and withdraws; both final; a stale etag is 409 ABORTED", async () => {
    const a = await open();
    const stale = await act(a.id, "reject", "0", { rejection_reason: "no" });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].metadata.reason).toBe("ABORTED");
    expect((await act(a.id, "reject", a.etag, {})).status).toBe(400);
    const rejected = await act(a.id, "reject", a.etag, { rejection_reason: "Keep the readiness probe." });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toEqual({ repository_change_request_id: a.id, rejected_at: a.created_at });
    const after = (await call(fake, "GET", `/repository_change_requests/${a.id}`)).body;
    expect(after).toMatchObject({ state: "REJECTED", rejection_reason: "Keep the readiness probe." });
    expect((await act(a.id, "withdraw", after.etag)).status).toBe(409);

    const b = await open();
    const withdrawn = await act(b.id, "withdraw", b.etag);
    expect(withdrawn.body).toEqual({ repository_change_request_id: b.id, withdrawn_at: b.created_at });
    expect((await call(fake, "GET", `/repository_change_requests/${b.id}`)).body.state).toBe("WITHDRAWN");
    expect((await act(b.id, "accept", "*")).status).toBe(409);
    expect(fake.violations).toEqual([]);
  });
});
