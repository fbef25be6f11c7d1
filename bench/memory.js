/**
 * Memory under hostile answers: the peak RSS of one process making one call
 * answered by (a) a 200 MiB body with Content-Length, (b) an endless body, (c) a
 * gzip of 300 MiB (about 300 KiB on the wire), through akua-sdk (default
 * `maxResponseBytes`, 32 MiB: the call fails at the limit) and through bare fetch
 * reading the whole body (an endless one cut after 10 s), each in a fresh process,
 * beside an idle process's baseline. All on 127.0.0.1; every answer ends by itself.
 *
 *   node bench/memory.js [--quick] [--rounds N]
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { benchDir, forkChild, parseArgs, printTable, stopChild } from "./harness.js";
import { median } from "./stats.js";

const run = promisify(execFile);
const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 3);
const bigMiB = args.quick ? 8 : 200;
const bombMiB = args.quick ? 8 : 300;
const cutMs = args.quick ? 1000 : 10_000;

/** @param {string} contender @param {string} url @param {string} answer */
async function once(contender, url, answer) {
  const { stdout } = await run(
    process.execPath,
    [path.join(benchDir, "memory-child.js"), contender, url, answer, String(cutMs)],
    {
      timeout: 120_000,
      maxBuffer: 1 << 20,
    },
  );
  return /** @type {{ rssMiB: number, result: string, ms: number }} */ (JSON.parse(stdout));
}

const servers = {
  big: await forkChild(path.join(benchDir, "memory-server.js"), [String(bigMiB)]),
  bomb: await forkChild(path.join(benchDir, "memory-server.js"), [String(bombMiB)]),
};
try {
  const scenarios = /** @type {const} */ ([
    ["big", `${bigMiB} MiB body (Content-Length)`, servers.big.ready.url],
    ["endless", "endless chunked body (the server stops at 512 MiB)", servers.big.ready.url],
    [
      "bomb",
      `gzip of ${bombMiB} MiB (${Math.round(servers.bomb.ready.bombBytes / 1024)} KiB on the wire)`,
      servers.bomb.ready.url,
    ],
  ]);
  /** @type {number[]} */
  const idle = [];
  /** @type {Record<string, { fetch: number[], sdk: number[], fetchResult: string, sdkResult: string }>} */
  const results = {};
  for (let round = 0; round < rounds; round++) {
    idle.push((await once("idle", servers.big.ready.url, "none")).rssMiB);
    for (const [answer, , url] of scenarios) {
      const r = (results[answer] ??= { fetch: [], sdk: [], fetchResult: "", sdkResult: "" });
      const bare = await once("fetch", url, answer);
      const sdk = await once("akua-sdk", url, answer);
      r.fetch.push(bare.rssMiB);
      r.sdk.push(sdk.rssMiB);
      r.fetchResult = bare.result;
      r.sdkResult = sdk.result;
    }
  }
  const base = median(idle);
  console.log(
    `memory: peak RSS of one process making one call, median of ${rounds} fresh process(es) each; ` +
      `an idle process (akua-sdk imported, no call) peaks at ${base.toFixed(0)} MiB`,
  );
  console.log("");
  printTable(
    ["answer", "bare fetch peak RSS", "bare fetch result", "akua-sdk peak RSS", "akua-sdk result", "akua-sdk / bare"],
    scenarios.map(([answer, label]) => {
      const r = results[answer];
      if (!r) throw new Error(`no result for ${answer}`);
      const f = median(r.fetch);
      const s = median(r.sdk);
      return [
        label,
        `${f.toFixed(0)} MiB`,
        r.fetchResult,
        `${s.toFixed(0)} MiB`,
        r.sdkResult,
        `${(s / f).toFixed(2)}x`,
      ];
    }),
  );
} finally {
  await Promise.all([stopChild(servers.big.child), stopChild(servers.bomb.child)]);
}
