import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../client/fixtures.js";
import { paginate } from "../../src/paginate.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.fake.close();
});

describe("paginate against the fake server", () => {
  it("yields each of 1,050 clusters exactly once with limit 100 while inserts land at the end", async () => {
    const seeded = h.fake.seed.clusters(1050);
    const seen = new Map<string, number>();
    let inserted = 0;
    let pages = 0;
    for await (const page of paginate(h.client(), "/clusters", { params: { query: { limit: 100 } } }).pages()) {
      pages++;
      expect(page.data.length).toBeLessThanOrEqual(100);
      for (const c of page.data) seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
      if (inserted < 5) {
        h.fake.seed.clusters(10, { name: `late-${inserted++}` }); // a concurrent writer appends
      }
    }
    for (const id of seeded) expect(seen.get(id), id).toBe(1);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(seen.size).toBe(1050 + 50); // the appended ones come last, once each
    expect(pages).toBe(11);
  });

  it("iterates typed items and honours maxItems", async () => {
    const names: string[] = [];
    for await (const cluster of paginate(h.client(), "/clusters", { params: { query: { limit: 7 } }, maxItems: 10 })) {
      names.push(cluster.name);
    }
    expect(names).toHaveLength(10);
  });
});
