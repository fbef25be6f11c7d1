/**
 * Client overhead: the same GET and POST, sequential and concurrent, against a
 * minimal node:http server in another process (bench/echo-server.js, fixed
 * bodies, 127.0.0.1), through raw fetch, bare openapi-fetch and createAkuaClient
 * from the built package (retries enabled but unused). Each round runs every
 * contender once per scenario, in a rotating order, so machine drift hits all
 * alike; ratios and differences are taken per round, then their median.
 *
 * When akua-sdk costs more than 1.10x bare openapi-fetch (or with --profile),
 * both are profiled with `node --cpu-prof` and the self time per request is
 * compared by area and by function.
 *
 *   node bench/client.js [--quick] [--rounds N] [--profile]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { batch, contenders } from "./contenders.js";
import { selfTimes, top } from "./cpuprofile.js";
import { ask, benchDir, createBudget, forkChild, parseArgs, printTable, stopChild } from "./harness.js";
import { formatDelta, formatMedian, formatRatio, median, pairedDeltas, pairedRatios } from "./stats.js";

const TARGET = 1.1;
const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 10);
const counts = args.quick ? { sequential: 10, concurrent: 32 } : { sequential: 200, concurrent: 640 };
const CONCURRENCY = 16;
const PROFILE_INTERVAL_US = 200;
const budget = createBudget(args.quick ? 20_000 : 60_000);

/** @type {{ name: string, method: "get" | "post", count: number, concurrency: number }[]} */
const scenarios = [
  { name: "GET sequential", method: "get", count: counts.sequential, concurrency: 1 },
  {
    name: `GET concurrent (${CONCURRENCY} in flight)`,
    method: "get",
    count: counts.concurrent,
    concurrency: CONCURRENCY,
  },
  { name: "POST sequential", method: "post", count: counts.sequential, concurrency: 1 },
  {
    name: `POST concurrent (${CONCURRENCY} in flight)`,
    method: "post",
    count: counts.concurrent,
    concurrency: CONCURRENCY,
  },
];

const { child: server, ready } = await forkChild(path.join(benchDir, "echo-server.js"));
const baseUrl = `http://127.0.0.1:${ready.port}/v1`;
try {
  const all = await Promise.all(Object.values(contenders).map((make) => make(baseUrl)));
  const [raw, bare, akua] = all;
  if (!raw || !bare || !akua) throw new Error("missing contender");

  // Warm-up (not counted): every contender, every scenario.
  for (const s of scenarios) for (const c of all) await batch(c[s.method], Math.min(s.count, 200), s.concurrency);
  await ask(server, "reset");

  /** @type {Map<string, Map<string, number[]>>} scenario -> contender -> µs per request, one per round */
  const samples = new Map(
    scenarios.map((s) => [s.name, new Map(all.map((c) => [c.name, /** @type {number[]} */ ([])]))]),
  );
  let sent = 0;
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && budget.exceeded()) break;
    for (const s of scenarios) {
      for (let k = 0; k < all.length; k++) {
        const c = /** @type {import("./contenders.js").Contender} */ (all[(round + k) % all.length]);
        samples
          .get(s.name)
          ?.get(c.name)
          ?.push(await batch(c[s.method], s.count, s.concurrency));
        sent += s.count;
      }
    }
    done++;
  }
  const seen = await ask(server, "counts");

  console.log(
    `client overhead: ${done} interleaved round(s); per round and contender ${counts.sequential} sequential and ` +
      `${counts.concurrent} concurrent requests (${CONCURRENCY} in flight); µs per request, median ±spread of rounds`,
  );
  if (done < rounds) console.log(`(stopped after ${done} of ${rounds} rounds: time budget)`);
  console.log("");
  /** @type {number[]} */
  const worst = [];
  printTable(
    [
      "scenario",
      "raw fetch",
      "openapi-fetch",
      "akua-sdk",
      "akua-sdk added",
      "akua-sdk / openapi-fetch",
      `≤${TARGET.toFixed(2)}x`,
      "openapi-fetch / raw",
    ],
    scenarios.map((s) => {
      const of = (/** @type {string} */ name) => samples.get(s.name)?.get(name) ?? [];
      const ratios = pairedRatios(of(akua.name), of(bare.name));
      worst.push(median(ratios));
      return [
        s.name,
        formatMedian(of(raw.name), "µs"),
        formatMedian(of(bare.name), "µs"),
        formatMedian(of(akua.name), "µs"),
        formatDelta(pairedDeltas(of(akua.name), of(bare.name)), "µs"),
        formatRatio(ratios),
        median(ratios) <= TARGET ? "yes" : "no",
        formatRatio(pairedRatios(of(bare.name), of(raw.name))),
      ];
    }),
  );
  console.log("");
  const received = seen.GET + seen.POST + seen.other;
  if (received !== sent) throw new Error(`the server saw ${received} requests for ${sent} sent: something retried`);
  console.log(
    `server saw ${received} requests for ${sent} sent (no retries); ${seen.keyed} of ${seen.POST} POSTs carried ` +
      "an idempotency-key (akua-sdk's, a third of them)",
  );

  const over = Math.max(...worst) > TARGET;
  if (over || args.profile) {
    console.log("");
    await profile(baseUrl, args.quick ? 2 : 40, args.quick ? 10 : 50, over);
  }
} finally {
  await stopChild(server);
}

/**
 * Profiles bare openapi-fetch and akua-sdk doing the same sequential GET+POST
 * loop in one process, taking turns in blocks, and prints where akua-sdk's
 * extra time goes.
 * @param {string} url
 * @param {number} blocks turns per contender
 * @param {number} pairs GET+POST pairs per turn
 * @param {boolean} over whether the target was missed
 */
async function profile(url, blocks, pairs, over) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "akua-bench-prof-"));
  try {
    const { child, ready: run } = await forkChild(
      path.join(benchDir, "client-profile-child.js"),
      [url, String(blocks), String(pairs), "openapi-fetch,akua"],
      {
        execArgv: ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", String(PROFILE_INTERVAL_US)],
        timeoutMs: 120_000,
      },
    );
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("no profile written");
    const cpuProfile = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    const of = (/** @type {string} */ name) => ({
      ...selfTimes(cpuProfile, run.windows[name]),
      requests: /** @type {number} */ (run.requests[name]),
    });
    const bare = of("openapi-fetch");
    const akua = of("akua");
    const perReq = (/** @type {number} */ us, /** @type {number} */ n) => us / n;
    const signed = (/** @type {number} */ x) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}`;
    const pct = (/** @type {number} */ us, /** @type {number} */ of) => `${((us / of) * 100).toFixed(1)}%`;
    console.log(
      `${over ? `akua-sdk costs more than ${TARGET.toFixed(2)}x bare openapi-fetch, so both were` : "--profile:"} ` +
        `profiled with node --cpu-prof (${PROFILE_INTERVAL_US} µs interval) in one process, taking ${blocks} turns ` +
        `each of ${pairs} sequential GET+POST pairs after a warm-up` +
        `${akua.windowed ? "" : " (turn windows not found: whole process)"}. ` +
        "µs per request are inflated by the profiler; compare them with each other, not with the table above.",
    );
    console.log("");
    console.log("Self time by area (undici's share includes the Requests, Headers and Responses the wrapper builds):");
    console.log("");
    const areas = new Set([...bare.byArea.keys(), ...akua.byArea.keys()]);
    areas.delete("(idle)");
    printTable(
      ["area", "openapi-fetch µs/req", "akua-sdk µs/req", "added µs/req", "akua-sdk % of busy"],
      [
        ...[...areas]
          .map((area) => ({
            area,
            b: perReq(bare.byArea.get(area) ?? 0, bare.requests),
            a: perReq(akua.byArea.get(area) ?? 0, akua.requests),
            us: akua.byArea.get(area) ?? 0,
          }))
          .sort((x, y) => y.a - y.b - (x.a - x.b))
          .map(({ area, b, a, us }) => [area, b.toFixed(1), a.toFixed(1), signed(a - b), pct(us, akua.busyUs)]),
        [
          "busy (not idle)",
          perReq(bare.busyUs, bare.requests).toFixed(1),
          perReq(akua.busyUs, akua.requests).toFixed(1),
          signed(perReq(akua.busyUs, akua.requests) - perReq(bare.busyUs, bare.requests)),
          "100%",
        ],
      ],
    );
    console.log("");
    console.log(
      "Functions whose self time grew most against openapi-fetch, with the akua-sdk frame nearest above them:",
    );
    console.log("");
    /** @type {Map<string, number>} */
    const growth = new Map();
    for (const [key, us] of akua.byFunction)
      growth.set(key, perReq(us, akua.requests) - perReq(bare.byFunction.get(key) ?? 0, bare.requests));
    printTable(
      ["function (file:line)", "akua-sdk self %", "added µs/req", "mostly under (share)"],
      top(growth, 15).map(([key, added]) => {
        const self = akua.byFunction.get(key) ?? 0;
        const [caller, callerUs] = top(akua.viaSdk.get(key) ?? new Map(), 1)[0] ?? ["?", 0];
        return [key, pct(self, akua.busyUs), signed(added), `${caller} (${pct(callerUs, self || 1)})`];
      }),
    );
    console.log("");
    console.log("Time with each akua-sdk function on the synchronous stack (inclusive, % of busy time):");
    console.log("");
    printTable(
      ["akua-sdk function (dist file:line)", "inclusive %", "µs/req"],
      top(akua.sdkInclusive, 10).map(([key, us]) => [key, pct(us, akua.busyUs), perReq(us, akua.requests).toFixed(1)]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
