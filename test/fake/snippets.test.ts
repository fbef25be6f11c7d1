/**
 * Snippets beyond the derived standard methods: usage (no dashboards in the
 * fake), canned execution (the fake never evaluates code: the outcome is a
 * function of the code text), recorded runs with the same outcomes, newest
 * first, and `view=basic` leaving out their output and error.
 */
import { describe, expect, it } from "vitest";
import type { FakeAkua } from "../../src/testing/index.js";
import { snippetOutcome, TIMEOUT_MS } from "../../src/testing/snippet-outcome.js";
import { call, freshFakePerTest } from "./helpers.js";

let fake: FakeAkua;
freshFakePerTest((env) => ({ fake } = env));

async function createSnippet(code: string, name = "probe"): Promise<string> {
  const res = await call(fake, "POST", "/snippets", { body: { name, code, display_type: "json" } });
  expect(res.status, res.text).toBe(201);
  return res.body.snippet_id;
}

async function archive(id: string): Promise<void> {
  const etag = (await call(fake, "GET", `/snippets/${id}`)).body.etag;
  expect((await call(fake, "DELETE", `/snippets/${id}`, { ifMatch: `"${etag}"` })).status).toBe(204);
}

describe("snippet usage", () => {
  it("lists each live snippet with no dashboards; the per-snippet variant answers archived ones too and 404 for unknown", async () => {
    const a = await createSnippet("return 1;", "a");
    const b = await createSnippet("return 2;", "b");
    await archive(b);
    const all = await call(fake, "GET", "/snippets:usage");
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      data: [{ snippet_id: a, dashboard_count: 0, dashboards: [] }],
      has_more: false,
      next_cursor: null,
    });
    expect((await call(fake, "GET", `/snippets/${b}:usage`)).body).toEqual({
      snippet_id: b,
      dashboard_count: 0,
      dashboards: [],
    });
    expect((await call(fake, "GET", "/snippets/snp_missing:usage")).status).toBe(404);
    expect((await call(fake, "GET", `/snippets/${a}:usage`, { token: "sk_akua_other" })).status).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it("answers at most 100 entries, with has_more", async () => {
    fake.seed.resources("Snippet", 101);
    const res = await call(fake, "GET", "/snippets:usage");
    expect(res.body.data).toHaveLength(100);
    expect(res.body.has_more).toBe(true);
    expect(res.body.next_cursor).toBeNull();
    expect(fake.violations).toEqual([]);
  });
});

describe("POST /snippets:execute (canned: the code is never run)", () => {
  it("answers the same result for the same code, another for other code, and stores nothing", async () => {
    const run = (code: string) => call(fake, "POST", "/snippets:execute", { body: { code, inputs: { limit: 5 } } });
    const first = await run("return 40 + 2;");
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      result: { value: snippetOutcome("return 40 + 2;").result!["value"], inputs: { limit: 5 } },
      stats: expect.objectContaining({ cpu_time_ms: expect.any(Number), heap_used_bytes: expect.any(Number) }),
    });
    expect((await run("return 40 + 2;")).body).toEqual(first.body);
    expect((await run("return 41 + 2;")).body.result.value).not.toBe(first.body.result.value);
    expect(fake.state.countSnippets()).toBe(0);
    expect(fake.state.countResources("SnippetRun")).toBe(0);
    expect(fake.violations).toEqual([]);
  });

  it("`throw` fails the run, `while (true)` times it out, `contract_version` answers the v1 shape", async () => {
    const run = async (code: string) => (await call(fake, "POST", "/snippets:execute", { body: { code } })).body;
    const failed = await run("throw new Error('boom');");
    expect(failed.error).toContain("throw");
    expect(failed).not.toHaveProperty("result");
    const timedOut = await run("while (true) {}");
    expect(timedOut.error).toContain("timed out");
    expect(timedOut.stats.wall_time_ms).toBe(TIMEOUT_MS);
    const v1 = await run('return { contract_version: 1, type: "scalar", value: 42 };');
    expect(v1).toMatchObject({
      result_contract_version: 1,
      result_type: "scalar",
      default_visualization: "stat",
      result: { contract_version: 1, type: "scalar", value: expect.any(Number) },
    });
    expect(fake.violations).toEqual([]);
  });

  it("the stored variant runs the snippet's code: 404 for an unknown snippet, 409 for an archived one", async () => {
    const id = await createSnippet("throw new Error('x');");
    const res = await call(fake, "POST", `/snippets/${id}:execute`, { body: { inputs: {} } });
    expect(res.status).toBe(200);
    expect(res.body.error).toContain("throw");
    expect((await call(fake, "POST", `/snippets/${id}:execute`)).status).toBe(200);
    expect((await call(fake, "POST", "/snippets/snp_missing:execute", { body: {} })).status).toBe(404);
    await archive(id);
    expect((await call(fake, "POST", `/snippets/${id}:execute`, { body: {} })).status).toBe(409);
    expect(fake.violations).toEqual([]);
  });
});

describe("snippet runs", () => {
  it("are terminal at once with the canned outcome of the snippet's code, and record the context", async () => {
    const ok = await createSnippet("return 7;", "ok");
    const bad = await createSnippet("throw new Error('no');", "bad");
    const good = await call(fake, "POST", `/snippets/${ok}/runs`, {
      body: { inputs: { n: 1 }, context: { source: "dashboard_open", dashboard_id: "dash_1", widget_id: "wdg_1" } },
    });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({
      snippet_id: ok,
      snippet_name: "ok",
      state: "succeeded",
      source: "dashboard_open",
      dashboard_id: "dash_1",
      widget_id: "wdg_1",
      inputs: { n: 1 },
      result_contract_version: null,
      output: { value: snippetOutcome("return 7;").result!["value"], inputs: { n: 1 } },
    });
    const failed = await call(fake, "POST", `/snippets/${bad}/runs`, { body: {} });
    expect(failed.body).toMatchObject({ state: "failed", source: "manual", error: { code: "runtime_error" } });
    expect(failed.body).not.toHaveProperty("output");
    await archive(bad);
    expect((await call(fake, "POST", `/snippets/${bad}/runs`, { body: {} })).status).toBe(409);
    expect(fake.violations).toEqual([]);
  });

  it("list newest first (stable under inserts); view=basic leaves out output and error, full and get show them", async () => {
    const id = await createSnippet("throw 1;");
    const runs: string[] = [];
    for (let i = 0; i < 3; i++) runs.push((await call(fake, "POST", `/snippets/${id}/runs`, { body: {} })).body.id);
    const first = (await call(fake, "GET", "/snippet_runs?limit=2")).body;
    expect(first.data.map((r: any) => r.id)).toEqual([runs[2], runs[1]]);
    expect(first.data[0]).not.toHaveProperty("error");
    await call(fake, "POST", `/snippets/${id}/runs`, { body: {} });
    const rest = (await call(fake, "GET", `/snippet_runs?limit=2&cursor=${first.next_cursor}`)).body;
    expect(rest.data.map((r: any) => r.id)).toEqual([runs[0]]);
    const full = (await call(fake, "GET", `/snippets/${id}/runs?view=full`)).body.data;
    expect(full[0].error).toMatchObject({ code: "runtime_error" });
    expect((await call(fake, "GET", `/snippets/${id}/runs`)).body.data[0]).not.toHaveProperty("error");
    expect((await call(fake, "GET", `/snippet_runs/${runs[0]}`)).body.error).toMatchObject({ code: "runtime_error" });
    expect(fake.violations).toEqual([]);
  });
});
