/**
 * One measured read of a long install-log stream, in this process: a server here
 * writes `<count>` log lines as Server-Sent Events on 127.0.0.1 (in 64 KiB writes,
 * waiting for drain, so it holds little itself), and the contender reads them all,
 * recording the heap used after a full GC at checkpoints:
 *
 * - `akua-sdk`: `installLogs` of akua-sdk/logs (the built package);
 * - `bare`: what one would write by hand: fetch, a TextDecoder, split on newlines
 *   with the unfinished line carried over, JSON.parse of each `data:` line.
 *
 * A measurement, not a test: it prints figures (one JSON line with `--json`) and
 * asserts no timing. `bench/logs.js` runs it for `npm run bench -- --only logs`.
 *
 *   npm run build && node --expose-gc bench/logs-memory.js [count] [akua-sdk|bare] [--json]
 */
import { createServer } from "node:http";
import { importBuilt, importBuiltLogs } from "./harness.js";

const gc = globalThis.gc;
if (!gc) throw new Error("run with --expose-gc");
const args = process.argv.slice(2).filter((a) => a !== "--json");
const json = process.argv.includes("--json");
const count = Math.min(Number(args[0] ?? 1_000_000), 10_000_000);
const contender = args[1] ?? "akua-sdk";
if (!Number.isInteger(count) || count < 1) throw new TypeError("count must be a positive integer");
if (contender !== "akua-sdk" && contender !== "bare") throw new TypeError("contender must be akua-sdk or bare");
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
const baseUrl = `http://127.0.0.1:${port}/v1`;

/** Log lines as a hand-written reader would get them. @returns {AsyncGenerator<{ content: string }>} */
async function* bareLines() {
  const response = await fetch(`${baseUrl}/installs/inst_bench/logs?follow=false`, {
    headers: { authorization: "Bearer sk_akua_bench", accept: "text/event-stream" },
  });
  if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let carry = "";
  let kind = "message";
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    carry = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("event: ")) kind = line.slice(7);
      else if (line.startsWith("data: ") && kind === "message") yield JSON.parse(line.slice(6));
      else if (line.startsWith("data: ") && kind === "end") return void (await reader.cancel());
      else if (line === "") kind = "message";
    }
  }
}

/** @returns {Promise<AsyncIterable<{ content: string }>>} */
async function open() {
  if (contender === "bare") return bareLines();
  const { createAkuaClient } = await importBuilt();
  const { installLogs } = await importBuiltLogs();
  const akua = createAkuaClient({ baseUrl, token: "sk_akua_bench" });
  return installLogs(akua, "inst_bench", { follow: false, signal: AbortSignal.timeout(300_000) });
}

/** @type {Record<number, number>} */
const heap = {};
let lines = 0;
let bytes = 0;
const start = performance.now();
for await (const line of await open()) {
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
const first = heap[1] ?? 0;
const last = heap[lines] ?? 0;
const mib = (/** @type {number} */ n) => n / 2 ** 20;
if (json) {
  const rssMiB = mib(process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ contender, lines, seconds, heapFirstMiB: mib(first), heapLastMiB: mib(last), rssMiB }));
} else {
  const f = (/** @type {number} */ n) => `${mib(n).toFixed(2)} MiB`;
  console.log(
    `${contender} over ${lines.toLocaleString("en")} lines (${f(bytes)} of content), ${seconds.toFixed(1)} s`,
  );
  for (const [at, used] of Object.entries(heap))
    console.log(`  heap used after GC at line ${Number(at).toLocaleString("en")}: ${f(used)}`);
  console.log(`  growth from line 1 to line ${lines.toLocaleString("en")}: ${f(last - first)}`);
}
