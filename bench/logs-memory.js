/**
 * Heap of `installLogs` (akua-sdk/logs, the built package) over a long stream: a
 * server in this process writes `<count>` log lines as Server-Sent Events on
 * 127.0.0.1 (in 64 KiB writes, waiting for drain, so it holds little itself), and
 * the client iterates them, recording the heap used after a full GC at checkpoints.
 * A measurement, not a test: it prints figures and asserts no timing.
 *
 *   npm run build && node --expose-gc bench/logs-memory.js [count]   (default 1,000,000)
 */
import { createServer } from "node:http";
import { importBuilt, importBuiltLogs } from "./harness.js";

const gc = globalThis.gc;
if (!gc) throw new Error("run with --expose-gc");
const count = Math.min(Number(process.argv[2] ?? 1_000_000), 10_000_000);
const checkpoints = [1, 1_000, count / 10, count / 2, count].map(Math.floor);

/** @param {number} i */
const event = (i) =>
  `event: message\ndata: ${JSON.stringify({
    content: `GET /items/${i} 200 ${i % 97}ms`,
    podName: `web-${i % 3}`,
    containerName: "web",
    timestamp: new Date(Date.UTC(2026, 4, 14) + Math.floor(i / 100) * 1000).toISOString(),
    last: false,
  })}\n\n`;

const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/event-stream" });
  let i = 0;
  const write = () => {
    while (i < count) {
      let chunk = "";
      while (i < count && chunk.length < 65_536) chunk += event(i++);
      if (!res.write(chunk)) return void res.once("drain", write);
    }
    res.end("event: end\ndata: {}\n\n");
  };
  write();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;

const { createAkuaClient } = await importBuilt();
const { installLogs } = await importBuiltLogs();
const akua = createAkuaClient({ baseUrl: `http://127.0.0.1:${port}/v1`, token: "sk_akua_bench" });

/** @type {Record<number, number>} */
const heap = {};
let lines = 0;
let bytes = 0;
const start = performance.now();
for await (const line of installLogs(akua, "ins_bench", { follow: false, signal: AbortSignal.timeout(300_000) })) {
  lines++;
  bytes += line.content.length;
  if (checkpoints.includes(lines)) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    heap[lines] = process.memoryUsage().heapUsed;
  }
}
const seconds = (performance.now() - start) / 1000;
server.close();
const mib = (/** @type {number} */ n) => `${(n / 2 ** 20).toFixed(2)} MiB`;
console.log(`installLogs over ${lines.toLocaleString("en")} lines (${mib(bytes)} of content), ${seconds.toFixed(1)} s`);
for (const [at, used] of Object.entries(heap))
  console.log(`  heap used after GC at line ${Number(at).toLocaleString("en")}: ${mib(used)}`);
const first = heap[1] ?? 0;
const last = heap[lines] ?? 0;
console.log(`  growth from line 1 to line ${lines.toLocaleString("en")}: ${mib(last - first)}`);
