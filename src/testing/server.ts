/**
 * `startFakeAkua`: a real `node:http` server on 127.0.0.1 serving the Akua API
 * under `/v1` from in-memory state, and the handle tests drive it with.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { systemClock } from "akua-sdk";
import { DEFAULT_MAX_BODY_BYTES } from "./body.js";
import { ClockGuard, ownClock } from "./clock-guard.js";
import type { Provisioning } from "./context.js";
import { fakeClient } from "./fake-client.js";
import { FaultRegistry } from "./faults.js";
import { IdempotencyStore } from "./idempotency.js";
import { Lifetime } from "./lifetime.js";
import { latestOperation, listOperations } from "./operation-finder.js";
import { OperationsEngine } from "./operations-engine.js";
import { BASE_PATH, createPipeline } from "./pipeline.js";
import { Router } from "./router.js";
import { createSeed } from "./seed.js";
import { spec } from "./spec.js";
import { createStateView } from "./state-view.js";
import { Store } from "./store.js";
import type { FakeAkua, FakeAkuaOptions, RequestLogEntry } from "./types.js";
import { createSpecValidator } from "./validation.js";
import { forgetViolations, formatViolations, type Violation } from "./violations.js";

/** The default bearer token. */
export const DEFAULT_TOKEN = "sk_akua_test";
/** The default token's default workspace. */
export const DEFAULT_WORKSPACE = "ws_test";

/**
 * Starts a fake Akua server on 127.0.0.1 (a free port unless `options.port`
 * is given) and resolves once it listens. Close it with `fake.close()`.
 *
 * @param options - see {@link FakeAkuaOptions}; every field is optional
 * @throws TypeError for an empty `workspaces`, `provisioning` timings that are
 *   not `0 <= startMs <= readyMs`, or a `maxBodyBytes` that is not a positive integer
 *
 * @example
 * ```ts
 * import { unwrap } from "akua-sdk";
 * import { createTestClock, startFakeAkua } from "akua-sdk/testing";
 *
 * const fake = await startFakeAkua({ clock: createTestClock({ autoAdvance: true }) });
 * try {
 *   const akua = fake.client(); // the fake's url, token and clock
 *   const op = unwrap(await akua.POST("/clusters", { body: { name: "prod", region_id: "reg_eu" } }));
 *   const done = await akua.waitForOperation(op); // 5 s of virtual time, no real waiting
 *   console.log(done.state, fake.state.countClusters()); // SUCCEEDED 1
 * } finally {
 *   await fake.close();
 * }
 * ```
 */
export async function startFakeAkua(options: FakeAkuaOptions = {}): Promise<FakeAkua> {
  const token = options.token ?? DEFAULT_TOKEN;
  const workspaces = options.workspaces ?? [DEFAULT_WORKSPACE];
  if (workspaces.length === 0) throw new TypeError("startFakeAkua: `workspaces` must name at least one workspace");
  const defaultWorkspace = workspaces[0]!;
  const tokens = new Map<string, readonly string[]>(Object.entries(options.tokens ?? {}));
  tokens.set(token, [...workspaces]);
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? 1;
  const provisioning: Provisioning = {
    startMs: options.provisioning?.startMs ?? 1000,
    readyMs: options.provisioning?.readyMs ?? 5000,
    autoComplete: options.provisioning?.autoComplete ?? true,
  };
  if (!(provisioning.startMs >= 0 && provisioning.readyMs >= provisioning.startMs)) {
    throw new TypeError("startFakeAkua: provisioning needs 0 <= startMs <= readyMs");
  }

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new TypeError("startFakeAkua: `maxBodyBytes` must be a positive integer");
  }

  const store = new Store(seed);
  // The fake sleeps on `own.clock`: whatever else sleeps on the clock is a client's (clock-guard.ts).
  const own = ownClock(clock);
  const clockGuard = new ClockGuard(own);
  const engine = new OperationsEngine(store, own.clock, provisioning);
  const faults = new FaultRegistry(seed);
  const idempotency = new IdempotencyStore();
  const log: RequestLogEntry[] = [];
  const violations: Violation[] = [];
  const lifetime = new Lifetime();

  const pipeline = createPipeline({
    store,
    engine,
    faults,
    idempotency,
    router: new Router(spec.paths),
    validator: createSpecValidator(spec),
    clock: own.clock,
    clockGuard,
    provisioning,
    tokens,
    validate: options.validate ?? true,
    logLimit: options.requestLogLimit ?? 10_000,
    log,
    violations,
    lifetime,
    maxBodyBytes,
  });
  const server: Server = createServer(pipeline);
  // `Expect: 100-continue` goes through the pipeline too: it sends `100 Continue` only once
  // the request may send its body (routed, authenticated, not too large), so a refused
  // client never uploads it.
  server.on("checkContinue", pipeline);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const url = `http://127.0.0.1:${port}${BASE_PATH}`;
  return {
    url,
    token,
    clock,
    requests: log,
    violations,
    seed: createSeed(store, clock, defaultWorkspace),
    state: createStateView(store, idempotency, clock, defaultWorkspace),
    operations: {
      complete(id, response) {
        if (!engine.complete(id, response)) throw new Error(notRunning(id));
      },
      fail(id, message) {
        if (!engine.fail(id, message)) throw new Error(notRunning(id));
      },
      cancel(id, message) {
        if (!engine.cancel(id, message)) throw new Error(notRunning(id));
      },
      list: (filter) => listOperations(store, filter),
      latest: (filter) => latestOperation(store, filter),
    },
    client: (clientOptions) => fakeClient({ url, token, clock }, clientOptions),
    assertNoViolations() {
      if (violations.length === 0) return;
      const reported = violations.splice(0);
      forgetViolations(reported);
      throw new Error(
        `The fake Akua server sent ${reported.length} response(s) that break the API's spec or are 5xx no fault injected:\n${formatViolations(reported)}`,
      );
    },
    inject: (fault) => faults.add(fault),
    reset() {
      engine.stopAll();
      store.clear();
      faults.clear();
      idempotency.clear();
      clockGuard.clear();
      log.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        lifetime.close();
        engine.stopAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function notRunning(id: string): string {
  return `fake.operations: operation ${id} does not exist or is already done`;
}
