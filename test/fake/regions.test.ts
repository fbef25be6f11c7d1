/**
 * Regions: create (201, 422 for a name the workspace already has) and list,
 * per workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call, firstError } from "./helpers.js";

let fake: FakeAkua;

beforeAll(async () => {
  fake = await startFakeAkua({ clock: createTestClock(), tokens: { sk_akua_other: ["ws_other"] } });
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe("regions", () => {
  it("creates and lists regions of the workspace", async () => {
    const eu = await call(fake, "POST", "/regions", { body: { name: "eu-central" } });
    expect(eu.status).toBe(201);
    expect(eu.body).toMatchObject({ name: "eu-central", icon: null, workspace_id: "ws_test" });
    expect(eu.body.id).toMatch(/^reg_/);
    const us = await call(fake, "POST", "/regions", { body: { name: "us-east", icon: "https://example.com/us.svg" } });
    expect(us.body.icon).toBe("https://example.com/us.svg");
    const list = (await call(fake, "GET", "/regions")).body;
    expect(list.data.map((r: { name: string }) => r.name)).toEqual(["eu-central", "us-east"]);
    expect((await call(fake, "GET", "/regions", { token: "sk_akua_other" })).body.data).toEqual([]);
  });

  it("answers 422 for a name the workspace already has; another workspace may reuse it", async () => {
    await call(fake, "POST", "/regions", { body: { name: "dup" } });
    const again = await call(fake, "POST", "/regions", { body: { name: "dup" } });
    expect(again.status).toBe(422);
    expect(firstError(again).path).toEqual(["body", "name"]);
    expect((await call(fake, "POST", "/regions", { body: { name: "dup" }, token: "sk_akua_other" })).status).toBe(201);
  });

  it("validates the body", async () => {
    const res = await call(fake, "POST", "/regions", { body: { name: "x", icon: "not a url" } });
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["body", "icon"]);
  });
});
