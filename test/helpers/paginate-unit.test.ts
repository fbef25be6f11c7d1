import { describe, expect, it } from "vitest";
import { AkuaError } from "../../src/errors.js";
import { cycleDetector, paginate } from "../../src/paginate.js";

/** A client whose GET answers scripted pages by cursor, recording each query. */
function scripted(pages: Record<string, { data: number[]; has_more: boolean; next_cursor: string | null }>) {
  const queries: Record<string, unknown>[] = [];
  return {
    queries,
    GET: async (_path: string, init: unknown) => {
      const query = ((init as { params?: { query?: Record<string, unknown> } }).params?.query ?? {}) as Record<
        string,
        unknown
      >;
      queries.push(query);
      const page = pages[String(query["cursor"] ?? "")];
      if (!page) throw new Error(`no page for ${JSON.stringify(query)}`);
      return { data: page, response: new Response(JSON.stringify(page), { status: 200 }) };
    },
  };
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe("paginate (scripted server)", () => {
  it("follows next_cursor, keeps the caller's query, and goes on after an empty page with has_more", async () => {
    const client = scripted({
      "": { data: [1, 2], has_more: true, next_cursor: "c1" },
      c1: { data: [], has_more: true, next_cursor: "c2" },
      c2: { data: [3], has_more: false, next_cursor: null },
    });
    const items = await collect(paginate(client as never, "/clusters", { params: { query: { limit: 2 } } }));
    expect(items).toEqual([1, 2, 3]);
    expect(client.queries).toEqual([{ limit: 2 }, { limit: 2, cursor: "c1" }, { limit: 2, cursor: "c2" }]);
  });

  it("stops on a null cursor even if has_more says otherwise", async () => {
    const client = scripted({ "": { data: [1], has_more: true, next_cursor: null } });
    expect(await collect(paginate(client as never, "/clusters"))).toEqual([1]);
  });

  it("throws on a cursor that comes back while has_more", async () => {
    const client = scripted({
      "": { data: [1], has_more: true, next_cursor: "a" },
      a: { data: [2], has_more: true, next_cursor: "b" },
      b: { data: [3], has_more: true, next_cursor: "a" },
    });
    await expect(collect(paginate(client as never, "/clusters"))).rejects.toThrow(AkuaError);
    await expect(collect(paginate(client as never, "/clusters"))).rejects.toThrow(/cursor "a" repeated while has_more/);
  });

  it("honours maxItems without fetching further pages", async () => {
    const client = scripted({
      "": { data: [1, 2, 3], has_more: true, next_cursor: "x" },
      x: { data: [4], has_more: false, next_cursor: null },
    });
    expect(await collect(paginate(client as never, "/clusters", { maxItems: 2 }))).toEqual([1, 2]);
    expect(client.queries).toHaveLength(1);
  });

  it(".pages() yields whole pages", async () => {
    const client = scripted({
      "": { data: [1, 2], has_more: true, next_cursor: "x" },
      x: { data: [3], has_more: false, next_cursor: null },
    });
    const pages = await collect(paginate(client as never, "/clusters").pages());
    expect(pages.map((p) => (p as unknown as { data: number[] }).data)).toEqual([[1, 2], [3]]);
  });

  it("stops at once when aborted", async () => {
    const client = scripted({
      "": { data: [1], has_more: true, next_cursor: "x" },
      x: { data: [2], has_more: false, next_cursor: null },
    });
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of paginate(client as never, "/clusters", { signal: controller.signal })) {
          seen.push(item as unknown as number);
          controller.abort(new Error("enough"));
        }
      })(),
    ).rejects.toMatchObject({ name: "AbortError", cause: { message: "enough" } });
    expect(seen).toEqual([1]);
  });

  it("a cursor cycle of 70 pages (longer than any fixed memory of recent cursors) is an error, not an endless loop", async () => {
    let requests = 0;
    const client = {
      GET: async (_path: string, init: unknown) => {
        requests++;
        if (requests > 1000) throw new Error("looping");
        const cursor = String((init as { params: { query: { cursor?: string } } }).params.query.cursor ?? "c0");
        const next = `c${(Number(cursor.slice(1)) + 1) % 70}`;
        const page = { data: [cursor], has_more: true, next_cursor: next };
        return { data: page, response: new Response("{}", { status: 200 }) };
      },
    };
    const error = await collect(paginate(client as never, "/clusters")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkuaError);
    expect((error as Error).message).toMatch(/GET \/clusters: cursor "c\d+" repeated while has_more/);
    expect(requests).toBeLessThanOrEqual(2 * 70 + 2);
  });

  it("the cycle detector finds every cycle within about twice its length, in constant memory", () => {
    for (const tail of [0, 1, 7]) {
      for (let length = 1; length <= 300; length++) {
        const detect = cycleDetector();
        let steps = 0;
        // cursors t0..t{tail-1}, then a cycle of `length` cursors
        for (let i = 0; ; i++) {
          const cursor = i < tail ? `t${i}` : `c${(i - tail) % length}`;
          steps++;
          if (detect(cursor)) break;
          if (steps > 10_000) throw new Error(`cycle ${length} after tail ${tail} not found`);
        }
        expect(steps).toBeLessThanOrEqual(2 * tail + 2 * length + 2);
      }
    }
    // No false alarm on distinct cursors.
    const detect = cycleDetector();
    for (let i = 0; i < 100_000; i++) expect(detect(`d${i}`)).toBe(false);
  });

  it("endless empty pages with has_more stop after maxEmptyPages in a row", async () => {
    let requests = 0;
    const client = {
      GET: async () => {
        requests++;
        const page = { data: [], has_more: true, next_cursor: `e${requests}` };
        return { data: page, response: new Response("{}", { status: 200 }) };
      },
    };
    const error = await collect(paginate(client as never, "/clusters")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkuaError);
    expect((error as Error).message).toContain("more than 100 empty pages in a row with has_more (maxEmptyPages)");
    expect(requests).toBe(101);
    requests = 0;
    await collect(paginate(client as never, "/clusters", { maxEmptyPages: 3 })).catch(() => {});
    expect(requests).toBe(4);
  });

  it("empty pages between full ones do not count against maxEmptyPages", async () => {
    const client = scripted({
      "": { data: [], has_more: true, next_cursor: "a" },
      a: { data: [1], has_more: true, next_cursor: "b" },
      b: { data: [], has_more: true, next_cursor: "c" },
      c: { data: [2], has_more: false, next_cursor: null },
    });
    expect(await collect(paginate(client as never, "/clusters", { maxEmptyPages: 1 }))).toEqual([1, 2]);
  });

  it("a page without a data array is an AkuaError naming the path", async () => {
    const client = {
      GET: async () => ({ data: { items: [], has_more: false }, response: new Response("{}", { status: 200 }) }),
    };
    const error = await collect(paginate(client as never, "/clusters")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkuaError);
    expect((error as Error).message).toBe("GET /clusters: a page without a data array");
  });
});
