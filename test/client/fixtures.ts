/**
 * Shared set-up for client tests against the fake server: one virtual clock for
 * both, a deterministic jitter source, and a logger that keeps every line.
 */
import { createAkuaClient, type AkuaClientOptions } from "../../src/index.js";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";

export interface Harness {
  fake: FakeAkua;
  clock: TestClock;
  logs: string[];
  client(options?: AkuaClientOptions): ReturnType<typeof createAkuaClient>;
}

/** Starts a fake on a shared auto-advancing test clock; `client()` makes clients for it. */
export async function startHarness(fakeOptions: Parameters<typeof startFakeAkua>[0] = {}): Promise<Harness> {
  const clock = createTestClock({ autoAdvance: true });
  const fake = await startFakeAkua({ clock, ...fakeOptions });
  const logs: string[] = [];
  const logger = {
    info: (line: string, fields?: unknown) => logs.push(`${line} ${JSON.stringify(fields)}`),
    warn: (line: string, fields?: unknown) => logs.push(`${line} ${JSON.stringify(fields)}`),
  };
  return {
    fake,
    clock,
    logs,
    client: (options = {}) =>
      createAkuaClient({ baseUrl: fake.url, token: fake.token, clock, random: () => 0.5, logger, ...options }),
  };
}

/** A kubeconfig for imports (the value is never echoed by the API). */
export function kubeconfig(marker = "kc"): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: { server: "https://10.0.0.1:6443" }\nusers:\n- name: u\n  user: { token: "${marker}" }\n`;
}

/** The rejection reason of `promise`; fails the test when it resolves instead. */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
}
