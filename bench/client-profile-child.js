/**
 * Run by bench/client.js under `node --cpu-prof`: bare openapi-fetch and
 * akua-sdk in one process, taking turns in blocks of sequential GET+POST pairs
 * (so machine drift and JIT state hit both alike), after a warm-up. Reports
 * each contender's time windows in the profile's clock (monotonic
 * microseconds), so samples can be charged to the contender that was running.
 *
 *   node --cpu-prof bench/client-profile-child.js <baseUrl> <blocks> <pairs per block> <name,name,...>
 */
import { contenders } from "./contenders.js";
import { exitWithParent } from "./harness.js";

exitWithParent();
const [baseUrl = "", blocksArg = "0", pairsArg = "0", namesArg = ""] = process.argv.slice(2);
const blocks = Math.min(Number(blocksArg), 1000);
const pairs = Math.min(Number(pairsArg), 10_000);
const names = namesArg.split(",");
const running = await Promise.all(
  names.map(async (name) => {
    const make = contenders[name];
    if (!make) throw new Error(`unknown contender ${name}`);
    return { name, contender: await make(baseUrl) };
  }),
);

const nowUs = () => Number(process.hrtime.bigint() / 1000n);
/** @type {Record<string, [number, number][]>} */
const windows = Object.fromEntries(names.map((n) => [n, []]));
/** @type {Record<string, number>} */
const requests = Object.fromEntries(names.map((n) => [n, 0]));
for (const { contender } of running) {
  for (let i = 0; i < Math.min(pairs * 4, 400); i++) {
    await contender.get();
    await contender.post();
  }
}
for (let block = 0; block < blocks; block++) {
  for (const { name, contender } of running) {
    const start = nowUs();
    for (let i = 0; i < pairs; i++) {
      await contender.get();
      await contender.post();
    }
    windows[name]?.push([start, nowUs()]);
    requests[name] = (requests[name] ?? 0) + pairs * 2;
  }
}
process.send?.({ windows, requests }, () => process.disconnect());
