/**
 * A minimal node:http server on 127.0.0.1 answering fixed JSON bodies, run in
 * its own process by bench/client.js so that the server is not what is measured.
 * It drains each request body, answers GET with a cluster and anything else
 * with a 201 cluster, and counts what it saw (asked over IPC).
 * Sends `{ port }` once listening; exits when the parent goes away.
 */
import { createServer } from "node:http";
import { exitWithParent } from "./harness.js";

exitWithParent();

const cluster = JSON.stringify({
  id: "clu_yekwrt01e867fm8a",
  html_url: "https://akua.dev/clusters/clu_yekwrt01e867fm8a",
  name: "edge-1",
  workspace_id: "ws_test",
  state: "active",
  provider: "imported_byoc",
  reconciling: false,
  created_at: 1795386817,
  updated_at: 1795386817,
  etag: "1",
});
const headers = {
  "content-type": "application/json",
  "content-length": String(Buffer.byteLength(cluster)),
  etag: '"1"',
  "x-request-id": "req_bench",
};

const counts = { GET: 0, POST: 0, other: 0, keyed: 0 };

const server = createServer((req, res) => {
  if (req.method === "GET") counts.GET++;
  else if (req.method === "POST") counts.POST++;
  else counts.other++;
  if (req.headers["idempotency-key"]) counts.keyed++;
  req.resume();
  req.on("end", () => {
    res.writeHead(req.method === "GET" ? 200 : 201, headers);
    res.end(cluster);
  });
});
server.keepAliveTimeout = 30_000;

process.on("message", (message) => {
  if (message === "counts") process.send?.({ ...counts });
  else if (message === "reset") {
    counts.GET = counts.POST = counts.other = counts.keyed = 0;
    process.send?.({ ...counts });
  }
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});
