/**
 * The hostile answers of bench/memory.js, in their own process (so their buffers
 * are not counted): `/v1/regions?answer=big` (a body of N MiB with Content-Length),
 * `?answer=endless` (a chunked body that never ends: it stops on its own after
 * 512 MiB or 60 s, or when the client hangs up), `?answer=bomb` (a gzip of N MiB of
 * JSON-looking bytes). Sends `{ url, bombBytes }` once listening; exits with its parent.
 *
 *   (forked by bench/memory.js) node bench/memory-server.js <MiB>
 */
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { exitWithParent } from "./harness.js";

exitWithParent();
const mib = Number(process.argv[2] ?? 200);
const MiB = 2 ** 20;
const chunk = Buffer.alloc(MiB, 0x20);
const bomb = gzipSync(Buffer.alloc(mib * MiB, 0x20), { level: 9 });

const server = createServer((req, res) => {
  const answer = new URL(req.url ?? "/", "http://x").searchParams.get("answer");
  if (answer === "bomb") {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-encoding": "gzip",
      "content-length": bomb.length,
    });
    res.end(bomb);
    return;
  }
  const endless = answer === "endless";
  res.writeHead(
    200,
    endless
      ? { "content-type": "application/json" }
      : { "content-type": "application/json", "content-length": mib * MiB },
  );
  const limit = endless ? 512 : mib;
  const started = Date.now();
  let sent = 0;
  const pump = () => {
    while (sent < limit && !res.destroyed && Date.now() - started < 60_000) {
      sent++;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
});
server.listen(0, "127.0.0.1", () => {
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  process.send?.({ url: `http://127.0.0.1:${port}/v1`, bombBytes: bomb.length });
});
