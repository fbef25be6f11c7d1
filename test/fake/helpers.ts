/**
 * Plain-fetch helpers for the fake server's own tests: every request goes to
 * the fake on 127.0.0.1, never through the SDK client.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestClock, startFakeAkua, type FakeAkua, type TestClock } from "../../src/testing/index.js";

/** A parsed answer. */
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Request options. */
export interface CallOptions {
  body?: unknown;
  /** Raw body text (sent as-is). */
  raw?: string;
  headers?: Record<string, string>;
  /** Bearer token; `null` sends no Authorization header. Default: the fake's token. */
  token?: string | null;
  ifMatch?: string;
  key?: string;
  context?: string;
}

/** Calls the fake: `call(fake, "POST", "/clusters:import", { body })`. */
export async function call<T = any>(
  fake: FakeAkua,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? fake.token : options.token;
  if (token !== null) headers["authorization"] = `Bearer ${token}`;
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  if (options.key !== undefined) headers["idempotency-key"] = options.key;
  if (options.context !== undefined) headers["akua-context"] = options.context;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const res = await fetch(`${fake.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text === "" ? undefined : JSON.parse(text) };
}

/** A kubeconfig carrying a marker string (it must never be echoed or logged). */
export function kubeconfig(marker = "kc-token"): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://10.0.0.1:6443\nusers:\n- name: u\n  user:\n    token: ${marker}\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\n`;
}

/** Imports a cluster and returns its body. */
export async function importCluster(fake: FakeAkua, name = "edge", options: CallOptions = {}): Promise<any> {
  const res = await call(fake, "POST", "/clusters:import", {
    body: { name, region_id: "reg_test", kubeconfig: kubeconfig() },
    ...options,
  });
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${res.text}`);
  return res.body;
}

/** Creates a generic secret and returns its body. */
export async function createSecret(
  fake: FakeAkua,
  name: string,
  value: string,
  options: CallOptions = {},
): Promise<any> {
  const res = await call(fake, "POST", "/secrets", { body: { name, kind: "generic", value }, ...options });
  if (res.status !== 201) throw new Error(`secret create failed: ${res.status} ${res.text}`);
  return res.body;
}

/**
 * Creates an install of `packageId` pinned at `version` in a seeded region (with no
 * package given: a seeded package with that one version); returns the install's id
 * and its create Operation's id.
 */
export async function createInstall(
  fake: FakeAkua,
  { packageId, version = "1.4.0", key = "create-1" }: { packageId?: string; version?: string; key?: string } = {},
): Promise<{ id: string; op: string }> {
  let pkg = packageId;
  if (pkg === undefined) {
    [pkg] = fake.seed.resources("Package", 1);
    fake.seed.resources("PackageVersion", 1, { parent: pkg!, fields: { semver: version } });
  }
  const [region] = fake.seed.regions(1);
  const created = await call(fake, "POST", "/installs", {
    body: { package_id: pkg, package_version_pin: { kind: "pinned", version }, region_id: region },
    key,
  });
  if (created.status !== 202) throw new Error(`install create failed: ${created.status} ${created.text}`);
  return { id: created.body.owner_id, op: created.body.id };
}

/** The ids on the first `pages` pages of `path` (100 a page), each page checked to have more after it. */
export async function firstPageIds(fake: FakeAkua, path: string, pages = 3): Promise<string[]> {
  let cursor: string | null = null;
  const seen: string[] = [];
  for (let page = 0; page < pages; page++) {
    const res: Answer = await call(fake, "GET", `${path}?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    if (res.body.has_more !== true) throw new Error(`${path}: page ${page + 1} says it is the last`);
    seen.push(...res.body.data.map((item: { id: string }) => item.id));
    cursor = res.body.next_cursor;
  }
  return seen;
}

/** The contents of an install's log lines so far (`follow=false`), narrowed by `query` (e.g. `&container=web`). */
export async function logContents(fake: FakeAkua, id: string, query = ""): Promise<string[]> {
  const res = await fetch(`${fake.url}/installs/${id}/logs?follow=false${query}`, {
    headers: { authorization: `Bearer ${fake.token}`, accept: "text/event-stream" },
  });
  const text = await res.text();
  return [...text.matchAll(/^data: (\{"content".*)$/gm)].map((m) => (JSON.parse(m[1]!) as { content: string }).content);
}

/** Asserts the error envelope shape and returns its first entry. */
export function firstError(answer: Answer): {
  code: number;
  message: string;
  path?: string[];
  metadata?: Record<string, string>;
} {
  const body = answer.body as { success: boolean; errors: any[]; result: object };
  if (body?.success !== false || !Array.isArray(body.errors) || body.errors.length === 0) {
    throw new Error(`not an error envelope: ${answer.text}`);
  }
  if (JSON.stringify(body.result) !== "{}") throw new Error(`envelope result is not {}: ${answer.text}`);
  return body.errors[0];
}

/**
 * One fake for the test file, on a manual test clock, with a second token
 * (`sk_akua_other`) that reaches `ws_other`; reset before each test.
 * `started` receives the fake and its clock once it listens.
 */
export function freshFakePerTest(started: (env: { fake: FakeAkua; clock: TestClock }) => void): void {
  let fake: FakeAkua | undefined;
  beforeAll(async () => {
    const clock = createTestClock();
    fake = await startFakeAkua({ clock, tokens: { sk_akua_other: ["ws_other"] } });
    started({ fake, clock });
  });
  afterAll(() => fake?.close());
  beforeEach(() => fake?.reset());
}
