/**
 * Cursor pagination: limit bounds and default, has_more / next_cursor,
 * stability while items are created during iteration, foreign cursors, and
 * paging through 100,000 seeded clusters.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { call, firstError, firstPageIds, type Answer } from "./helpers.js";

let fake: FakeAkua;

beforeEach(async () => {
  fake = await startFakeAkua({ clock: createTestClock() });
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function allIds(path: string, limit: number, during?: (page: number) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const sep = path.includes("?") ? "&" : "?";
    const res: Answer = await call(
      fake,
      "GET",
      `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(res.status).toBe(200);
    ids.push(...res.body.data.map((x: { id: string }) => x.id));
    await during?.(page);
    if (!res.body.has_more) {
      expect(res.body.next_cursor).toBeNull();
      return ids;
    }
    expect(typeof res.body.next_cursor).toBe("string");
    cursor = res.body.next_cursor;
  }
  throw new Error("too many pages");
}

describe("cursor pagination", () => {
  it("defaults to 50 and pages with has_more and next_cursor", async () => {
    const ids = fake.seed.clusters(120);
    const first = (await call(fake, "GET", "/clusters")).body;
    expect(first.data).toHaveLength(50);
    expect(first.has_more).toBe(true);
    expect(await allIds("/clusters", 50)).toEqual(ids);
    expect(await allIds("/clusters", 100)).toEqual(ids);
    expect(await allIds("/clusters", 1)).toEqual(ids);
  });

  it("answers an exact last page with has_more false and a null cursor", async () => {
    fake.seed.clusters(10);
    const page = (await call(fake, "GET", "/clusters?limit=10")).body;
    expect(page).toMatchObject({ has_more: false, next_cursor: null });
    expect(page.data).toHaveLength(10);
    const empty = (await call(fake, "GET", "/secrets")).body;
    expect(empty).toEqual({ data: [], has_more: false, next_cursor: null });
  });

  it("refuses limits outside 1..100", async () => {
    expect((await call(fake, "GET", "/clusters?limit=0")).status).toBe(400);
    expect((await call(fake, "GET", "/clusters?limit=101")).status).toBe(400);
    expect((await call(fake, "GET", "/clusters?limit=100")).status).toBe(200);
    expect((await call(fake, "GET", "/clusters?limit=1")).status).toBe(200);
  });

  it("is stable while items are created during iteration", async () => {
    const before = fake.seed.clusters(30);
    const added: string[] = [];
    const seen = await allIds("/clusters", 7, async (page) => {
      added.push(...fake.seed.clusters(3, { name: `late-${page}` }));
    });
    // every older item exactly once, in order; items created meanwhile come after them
    expect(seen.slice(0, 30)).toEqual(before);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(30)).toEqual(added.slice(0, seen.length - 30));
  });

  it("is stable while items are deleted during iteration", async () => {
    const clock = fake.clock as ReturnType<typeof createTestClock>;
    const ids = fake.seed.clusters(20);
    const doomed = ids[15]!;
    const seen = await allIds("/clusters", 5, async (page) => {
      if (page !== 0) return;
      const etag = fake.state.cluster(doomed)!.etag;
      expect((await call(fake, "DELETE", `/clusters/${doomed}`, { ifMatch: etag })).status).toBe(202);
      await clock.advance(5000);
      // the item the cursor points at disappears too: the next page still starts right after it
      const cursorItem = ids[4]!;
      const cursorEtag = fake.state.cluster(cursorItem)!.etag;
      expect((await call(fake, "DELETE", `/clusters/${cursorItem}`, { ifMatch: cursorEtag })).status).toBe(202);
      await clock.advance(5000);
    });
    expect(seen).toEqual(ids.filter((id) => id !== doomed));
  });

  it("keeps newest-first lists stable too (operations)", async () => {
    for (let i = 0; i < 12; i++) await call(fake, "POST", "/clusters", { body: { name: `c${i}`, region_id: "r" } });
    const expected = (await call(fake, "GET", "/operations?limit=100")).body.data.map((o: { id: string }) => o.id);
    const seen = await allIds("/operations", 5, async () => {
      await call(fake, "POST", "/clusters", { body: { name: "late", region_id: "r" } });
    });
    expect(seen).toEqual(expected);
  });

  it("refuses a cursor that is not one of the list's", async () => {
    fake.seed.clusters(3);
    const clusters = (await call(fake, "GET", "/clusters?limit=1")).body;
    const res = await call(fake, "GET", `/regions?cursor=${clusters.next_cursor}`);
    expect(res.status).toBe(400);
    expect(firstError(res).path).toEqual(["query", "cursor"]);
    expect((await call(fake, "GET", "/clusters?cursor=garbage!")).status).toBe(400);
  });

  it("pages secrets, versions (newest first), regions and worker bootstraps", async () => {
    const secrets = fake.seed.secrets(12);
    expect(await allIds("/secrets", 5)).toEqual(secrets);
    const versions = fake.seed.versions(secrets[0]!, 9);
    const listed = await allIds(`/secrets/${secrets[0]}/versions`, 4);
    expect(listed).toHaveLength(10);
    expect(listed.slice(0, 9)).toEqual([...versions].reverse());
    const regions = fake.seed.regions(5);
    expect(await allIds("/regions", 2)).toEqual(regions);
    const [cluster] = fake.seed.clusters(1);
    const bootstraps = fake.seed.workerBootstraps(cluster!, 7);
    expect(await allIds(`/clusters/${cluster}/worker_bootstraps`, 3)).toEqual(bootstraps);
  });
});

describe("seed", () => {
  it("creates 100,000 clusters in bulk, and they page", async () => {
    const ids = fake.seed.clusters(100_000);
    expect(ids).toHaveLength(100_000);
    expect(new Set(ids).size).toBe(100_000);
    expect(fake.state.countClusters()).toBe(100_000);

    expect(await firstPageIds(fake, "/clusters")).toEqual(ids.slice(0, 300));
    const cluster = (await call(fake, "GET", `/clusters/${ids[99_999]}`)).body;
    expect(cluster).toMatchObject({ name: "cluster-100000", state: "active", provider: "managed_kaas" });
  });

  it("takes per-item overrides and secrets hold their values", async () => {
    const [a, b] = fake.seed.clusters(2, (i) => ({ name: `n${i}`, state: i === 0 ? "suspended" : "active" }));
    expect(fake.state.cluster(a!)).toMatchObject({ name: "n0", state: "suspended" });
    expect(fake.state.cluster(b!)).toMatchObject({ name: "n1", state: "active" });
    const [secret] = fake.seed.secrets(1, { name: "api", value: "seeded-value" });
    expect((await call(fake, "POST", `/secrets/${secret}/versions/latest:access`)).body.value).toBe("seeded-value");
    fake.seed.versions(secret!, 1, { value: "v2", state: "disabled" });
    expect((await call(fake, "POST", `/secrets/${secret}/versions/latest:access`)).status).toBe(409);
  });

  it("is deterministic from the seed, and reset() starts over", async () => {
    const again = await startFakeAkua({ clock: createTestClock() });
    const other = await startFakeAkua({ clock: createTestClock(), seed: 2 });
    try {
      const ids = fake.seed.clusters(5);
      expect(again.seed.clusters(5)).toEqual(ids);
      expect(other.seed.clusters(5)).not.toEqual(ids);
      fake.reset();
      expect(fake.state.countClusters()).toBe(0);
      expect(fake.requests).toEqual([]);
      expect(fake.seed.clusters(5)).toEqual(ids);
    } finally {
      await again.close();
      await other.close();
    }
  });
});
