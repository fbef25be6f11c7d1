/**
 * Run by bench/helpers.js with `--expose-gc`, one fresh process per run: walks
 * `GET /clusters` of the fake (another process) 100 items a page, either with
 * akua-sdk's `paginate` or with a hand-written cursor loop over bare
 * openapi-fetch, and records the heap used (after a full GC) at the first item
 * and at each checkpoint. Sends `{ items, ms, heap: { [items]: bytes }, itemBytes }`
 * (itemBytes: the first item's JSON length, for scale).
 *
 *   node --expose-gc bench/paginate-child.js <akua|openapi-fetch> <baseUrl> <token> <count> <checkpoint,...>
 */
import createClient from "openapi-fetch";
import { exitWithParent, importBuilt, importBuiltPaginate } from "./harness.js";

exitWithParent();
const gc = globalThis.gc;
if (!gc) throw new Error("run with --expose-gc");
const [mode = "", baseUrl = "", token = "", countArg = "0", checkpointsArg = ""] = process.argv.slice(2);
const count = Math.min(Number(countArg), 1_000_000);
const checkpoints = new Set([1, ...checkpointsArg.split(",").map(Number)]);
const LIMIT = 100;
const signal = AbortSignal.timeout(120_000);

/** @returns {AsyncIterable<unknown>} */
async function* bareLoop() {
  /** @type {import("openapi-fetch").Client<import("../generated/openapi.js").paths>} */
  const client = createClient({ baseUrl, headers: { authorization: `Bearer ${token}` } });
  /** @type {string | undefined} */
  let cursor;
  for (let pages = 0; pages <= count / LIMIT + 1; pages++) {
    signal.throwIfAborted();
    const { data, error } = await client.GET("/clusters", {
      params: { query: cursor === undefined ? { limit: LIMIT } : { limit: LIMIT, cursor } },
      signal,
    });
    if (!data) throw new Error(`GET /clusters failed: ${JSON.stringify(error)}`);
    yield* data.data;
    if (!data.has_more || !data.next_cursor) return;
    cursor = data.next_cursor;
  }
}

async function iterable() {
  if (mode === "openapi-fetch") return bareLoop();
  const { createAkuaClient } = await importBuilt();
  const { paginate } = await importBuiltPaginate();
  const akua = createAkuaClient({ baseUrl, token });
  return paginate(akua, "/clusters", { params: { query: { limit: LIMIT } }, maxItems: count, signal });
}

/** @type {Record<number, number>} */
const heap = {};
let gcMs = 0;
const source = await iterable();
const start = performance.now();
let items = 0;
let itemBytes = 0;
for await (const item of source) {
  if (!item) throw new Error("empty item");
  items++;
  if (items === 1) itemBytes = JSON.stringify(item).length;
  if (checkpoints.has(items)) {
    const before = performance.now();
    // A full GC, a turn of the event loop for finalizers and timers, another GC.
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    heap[items] = process.memoryUsage().heapUsed;
    gcMs += performance.now() - before;
  }
  if (items >= count) break;
}
const ms = performance.now() - start - gcMs;
process.send?.({ items, ms, heap, itemBytes }, () => process.disconnect());
