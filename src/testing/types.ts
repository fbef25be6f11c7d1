/**
 * The public types of `akua-sdk/testing`: the options of `startFakeAkua`, the
 * `FakeAkua` handle it returns, faults, the request log, seeding and
 * operation control.
 */
import type { AkuaClient } from "akua-sdk";
import type { components } from "akua-sdk";
import type { Clock } from "akua-sdk";
import type { FakeClientOptions } from "./fake-client.js";
import type { OperationFilter } from "./operation-finder.js";
import type { Violation } from "./violations.js";

export type { FakeClientOptions } from "./fake-client.js";
export type { OperationFilter } from "./operation-finder.js";

/** Options of `startFakeAkua`. Every field is optional. */
export interface FakeAkuaOptions {
  /**
   * The bearer token the fake accepts; it reaches `workspaces`.
   * @default "sk_akua_test"
   */
  token?: string;
  /**
   * The workspace ids `token` reaches. The first is the one a request acts in
   * when it sends no `akua-context` header.
   * @default ["ws_test"]
   */
  workspaces?: string[];
  /**
   * More tokens, each with the workspaces it reaches (first = default), e.g.
   * `{ sk_akua_other: ["ws_other"] }` to test 403s and workspace scoping.
   * @default {}
   */
  tokens?: Record<string, string[]>;
  /**
   * TCP port on 127.0.0.1; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The clock every timer of the fake runs on: the cluster lifecycle,
   * `:wait` long-polls, delay faults, bootstrap expiry, secret purge and
   * idempotency-key expiry. Pass the same `createTestClock()` to the client.
   * When the clock has a `hold()` method (a `TestClock`), the fake holds it
   * while it processes a request, so auto-advance never jumps time while a
   * handler is mid-flight.
   * @default {@link akua-sdk!systemClock}
   */
  clock?: Clock;
  /**
   * Timing of the operations behind cluster writes, bootstrap revokes, the
   * derived engine's creates and deletes, and install rollouts; each field has
   * its own default.
   */
  provisioning?: {
    /**
     * ms after a cluster operation starts when its first step completes
     * (create: `pending` -> `provisioning`); revokes and the derived engine's
     * operations finish then; an install rollout is `rendering` then.
     * @default 1000
     */
    startMs?: number;
    /**
     * ms after a cluster operation starts when it completes (create: `active`);
     * an install rollout is `syncing` half-way from `startMs` and `healthy` then.
     * @default 5000
     */
    readyMs?: number;
    /**
     * Whether operations run on their own on the clock; with `false` they stay
     * RUNNING until `fake.operations.complete()` / `fail()` / `cancel()`.
     * @default true
     */
    autoComplete?: boolean;
  };
  /**
   * Seed of the id generator and of fault rates (a fault may bring its own).
   * @default 1
   */
  seed?: number;
  /**
   * Validate every request against the spec (400 envelope naming the field)
   * and check every response against it (violations; a 5xx that no fault
   * injected is one too). With `false` neither happens and malformed input may
   * produce 500s (never a crash or a stalled server). The body limits
   * (`maxBodyBytes`, JSON nested at most 64 deep, UTF-8) apply either way.
   * @default true
   */
  validate?: boolean;
  /**
   * The largest request body the fake reads, in bytes: a larger one is
   * answered 413 (the error envelope) as soon as its `Content-Length`, or the
   * bytes received so far, pass it, and the rest of it is discarded unread.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
  /**
   * How many requests `requests` keeps: the oldest entries are dropped beyond it, so a long
   * run or a benchmark does not grow the fake's memory without bound.
   * @default 10000
   */
  requestLogLimit?: number;
}

/** What a fault does to a matching request. */
export type FaultKind = "drop-before-commit" | "drop-after-commit" | "status" | "delay" | "drop-mid-stream";

/** A fault to inject with `fake.inject()`. Faults apply after authentication. */
export interface FaultSpec {
  /**
   * HTTP method to match (case-insensitive).
   * @default `undefined` (any method)
   */
  method?: string;
  /**
   * The path to match, below `/v1`: a template (`/clusters/{id}:suspend`) or a
   * concrete path (`/clusters/clu_abc:suspend`). A leading `/v1` is ignored.
   */
  path: string;
  /**
   * - `drop-before-commit`: destroy the connection before anything changes; nothing is stored.
   * - `drop-after-commit`: run and commit the request (idempotent answer included),
   *   then destroy the connection without answering.
   * - `status`: answer `status` (an error envelope, or `body`) without running the request.
   * - `delay`: sleep `delayMs` on the clock, then run the request; an idempotency key stays in flight meanwhile.
   * - `drop-mid-stream`: for a streamed answer (`GET /installs/{id}/logs`), send the
   *   headers and the first `afterEvents` `message` events, then destroy the
   *   connection (no `end` event; if the stream would end sooner, it is destroyed
   *   instead of sending `end`). On an answer that is not a stream it acts as
   *   `drop-after-commit`. The request log shows the request as `dropped`.
   */
  fault: FaultKind;
  /**
   * How many matching requests to hit.
   * @default 1, or unlimited when `rate` is given
   */
  times?: number;
  /**
   * Probability (0..1) that a matching request is hit, drawn from a seeded
   * generator in request order; each matching request draws once, hit or not.
   * @default every matching request is hit (up to `times`)
   */
  rate?: number;
  /**
   * Seed of this fault's `rate` generator.
   * @default the fake's `seed`
   */
  seed?: number;
  /**
   * Status of a `status` fault.
   * @default 503
   */
  status?: number;
  /**
   * `Retry-After` of a `status` fault: seconds, or an HTTP date string.
   * @default no `Retry-After` header
   */
  retryAfter?: number | string;
  /**
   * Sleep of a `delay` fault, ms on the fake's clock.
   * @default 1000
   */
  delayMs?: number;
  /**
   * How many `message` events a `drop-mid-stream` fault lets through before it
   * destroys the connection (an integer >= 0).
   * @default 0 (dropped right after the headers)
   */
  afterEvents?: number;
  /**
   * Body of a `status` fault instead of the error envelope: an object is sent
   * as JSON, a string as-is (`text/plain`), e.g. a proxy's HTML page.
   * @default the API's error envelope for `status`
   */
  body?: unknown;
}

/** An injected fault. */
export interface FaultHandle {
  /** Stops the fault from hitting further requests. */
  remove(): void;
  /** How many requests it has hit so far. */
  readonly hits: number;
}

/** One request as the fake saw it. Credentials are redacted. */
export interface RequestLogEntry {
  /** Arrival time, ms on the fake's clock. */
  at: number;
  /** The request's HTTP method, e.g. `POST`. */
  method: string;
  /** Path below `/v1`, as sent (still percent-encoded), without the query: `/operations/op_x:wait`. */
  path: string;
  /** The query string with its `?` (`?timeout=60`), or `""`. */
  query: string;
  /** `METHOD /template` of the routed operation (`GET …` for a HEAD), or null (404, 405, preflight). */
  operation: string | null;
  /** The status answered, or `"dropped"` when a fault destroyed the connection or the client left mid-body. */
  status: number | "dropped";
  /** The `x-request-id` of the answer. */
  requestId: string;
  /** The `idempotency-key` header the request carried, if any. */
  idempotencyKey: string | undefined;
  /** Request headers (lower-case); `authorization` shown redacted (`Bearer sk_akua_…****`). */
  headers: Record<string, string>;
  /**
   * The parsed JSON body with the operation's sensitive fields (and any
   * `value`, `kubeconfig`, `token`, `command`, `cloud_init`, `artifacts`,
   * `password`, and any field named like one the spec marks sensitive:
   * `api_token`, `client_secret`, `fork_write_token`) replaced by `[REDACTED]`; undefined without a body or a route, or when the
   * body was refused unread or unparsed (401, 413, invalid JSON). A body whose
   * redacted JSON passes 4 KiB is kept as `{ truncated: true, bytes, preview }`:
   * its size as received and the first 1,024 characters of the redacted JSON.
   */
  body: unknown;
  /** The fault that hit the request, if any. */
  fault?: FaultKind;
  /** True when the answer was an idempotent replay. */
  replayed?: boolean;
}

/** A response of the fake that broke the spec. */
export type FakeViolation = Violation;

/** Per-item overrides: one object for all, or a function of the index. */
export type SeedOverrides<T> = Partial<T> | ((index: number) => Partial<T>);

/** Fields of a seeded cluster; each may be overridden, the rest take their defaults. */
export interface SeedCluster {
  /**
   * The workspace it belongs to.
   * @default the first of `workspaces`, the default token's default
   */
  workspace: string;
  /**
   * Its name.
   * @default `cluster-<n>`, n counting from 1 in this call
   */
  name: string;
  /**
   * Its region id (not checked against the seeded regions).
   * @default "reg_seeded"
   */
  region_id: string;
  /**
   * Its lifecycle state.
   * @default "active"
   */
  state: components["schemas"]["Cluster"]["state"];
  /**
   * Managed by Akua or imported.
   * @default "managed_kaas"
   */
  provider: components["schemas"]["Cluster"]["provider"];
  /**
   * The kubeconfig `GET .../kubeconfig` returns.
   * @default `undefined`: `GET .../kubeconfig` makes one up from the cluster id
   */
  kubeconfig: string;
}

/** Fields of a seeded secret; each may be overridden, the rest take their defaults. */
export interface SeedSecret {
  /**
   * The workspace it belongs to.
   * @default the first of `workspaces`, the default token's default
   */
  workspace: string;
  /**
   * Its name, unique in the workspace (seeding a taken name throws).
   * @default `secret-<n>`, the next free number in the workspace
   */
  name: string;
  /**
   * Its kind, e.g. `cloud_provider/hcloud`.
   * @default "generic"
   */
  kind: string;
  /**
   * Its labels.
   * @default {}
   */
  labels: Record<string, string>;
  /**
   * The payload of version 1.
   * @default `value-<n>`, n counting from 1 in this call
   */
  value: string;
}

/** Fields of a seeded secret version; each may be overridden, the rest take their defaults. */
export interface SeedSecretVersion {
  /**
   * Its payload (a `destroyed` version keeps none).
   * @default `value-<number>`, the version's number
   */
  value: string;
  /**
   * Its comment.
   * @default `undefined` (no comment)
   */
  comment: string;
  /**
   * Its state.
   * @default "enabled"
   */
  state: "enabled" | "disabled" | "destroyed";
}

/** Fields of a seeded region; each may be overridden, the rest take their defaults. */
export interface SeedRegion {
  /**
   * The workspace it belongs to.
   * @default the first of `workspaces`, the default token's default
   */
  workspace: string;
  /**
   * Its name.
   * @default `region-<n>`, n counting from 1 in this call
   */
  name: string;
  /**
   * Its icon.
   * @default null
   */
  icon: string | null;
}

/** Fields of a seeded worker bootstrap; each may be overridden, the rest take their defaults. */
export interface SeedWorkerBootstrap {
  /**
   * Lifetime from now, seconds.
   * @default 3600
   */
  ttl_seconds: number;
  /**
   * Whether it is already revoked.
   * @default false
   */
  revoked: boolean;
}

/**
 * Bulk creation straight into the fake's state, bypassing HTTP (no
 * operations run, no etag or idempotency checks). Each returns the new ids,
 * in creation order; lists show them in that order too.
 */
export interface FakeAkuaSeed {
  /** Clusters, `active` and `managed_kaas` by default, named `cluster-<n>`. */
  clusters(count: number, overrides?: SeedOverrides<SeedCluster>): string[];
  /** Secrets of kind `generic` named `secret-<n>`, each with version 1 holding `value-<n>` by default. */
  secrets(count: number, overrides?: SeedOverrides<SeedSecret>): string[];
  /** Versions appended to a secret (enabled, value `value-<number>` by default). */
  versions(secretId: string, count: number, overrides?: SeedOverrides<SeedSecretVersion>): string[];
  /** Regions named `region-<n>`. */
  regions(count: number, overrides?: SeedOverrides<SeedRegion>): string[];
  /** Worker bootstraps of a cluster (active for an hour by default). */
  workerBootstraps(clusterId: string, count: number, overrides?: SeedOverrides<SeedWorkerBootstrap>): string[];
  /**
   * Resources of the derived engine, by schema name (`Machine`, `Install`,
   * `Package`, `Repository`, `PreviewHostname`, ...), each built as a create
   * builds it (the schema's example, the server's fields, the initial state)
   * with `fields` put over it. Returns their ids.
   * @throws TypeError for a schema the engine does not serve, or a missing `parent`
   */
  resources(schema: string, count: number, options?: SeedResourceOptions): string[];
  /** Machines (`seed.resources("Machine", ...)`). */
  machines(count: number, options?: SeedResourceOptions): string[];
  /** Installs (`seed.resources("Install", ...)`). */
  installs(count: number, options?: SeedResourceOptions): string[];
}

/** Options of `fake.seed.resources` (and `machines`, `installs`). */
export interface SeedResourceOptions {
  /**
   * The workspace they belong to.
   * @default the first of `workspaces`, the default token's default
   */
  workspace?: string;
  /**
   * The id of the parent resource, for a resource that lives under another
   * (`inst_...` for a `PreviewHostname`); required there, and not checked.
   * @default `undefined` (a top-level resource)
   */
  parent?: string;
  /**
   * Top-level fields put over each built object (`{ state: "ACTIVE" }`), as
   * given: they are not validated, so keep them within the schema (the fake's
   * response check records a violation otherwise).
   * @default `{}`
   */
  fields?: SeedOverrides<Record<string, unknown>>;
}

/**
 * Finds operations and drives them from a test. `complete`, `fail` and `cancel`
 * wake `:wait` long-polls at once and throw for an unknown or done operation.
 */
export interface FakeAkuaOperations {
  /**
   * Operations matching every field of `filter` (all when omitted), across
   * workspaces, oldest first, as `GET /operations/{id}` shows them.
   * @example `fake.operations.list({ ownerId: cluster.id, state: "RUNNING" })`
   */
  list(filter?: OperationFilter): components["schemas"]["Operation"][];
  /**
   * The most recently started operation matching `filter`, or undefined.
   * @example `fake.operations.fail(fake.operations.latest({ type: "cluster.create" })!.id)`
   */
  latest(filter?: OperationFilter): components["schemas"]["Operation"] | undefined;
  /** Ends the operation SUCCEEDED, applying its effect (e.g. the cluster becomes `active`); `response` overrides its result. */
  complete(id: string, response?: components["schemas"]["OperationResponse"]): void;
  /** Ends the operation FAILED with `message` (a created cluster is removed; others return to their state). */
  fail(id: string, message?: string): void;
  /** Ends the operation CANCELLED (same effect on the resource as `fail`). */
  cancel(id: string, message?: string): void;
}

/** A small read-only view of the fake's state, for assertions. */
export interface FakeAkuaState {
  /** Clusters in a workspace (default: the default token's first workspace), any state. */
  countClusters(workspace?: string): number;
  /** Secrets in a workspace, soft-deleted ones included until purged. */
  countSecrets(workspace?: string): number;
  /** Operations in a workspace. */
  countOperations(workspace?: string): number;
  /** Remembered idempotency keys across workspaces. */
  countIdempotencyKeys(): number;
  /** A cluster as `GET /clusters/{id}` would show it, or undefined. */
  cluster(id: string): components["schemas"]["Cluster"] | undefined;
  /** An operation as `GET /operations/{id}` would show it, or undefined. */
  operation(id: string): components["schemas"]["Operation"] | undefined;
  /** A secret as `GET /secrets/{id}` would show it, or undefined. */
  secret(id: string): components["schemas"]["Secret"] | undefined;
  /**
   * Resources of the derived engine of one schema (`Package`, `PackageVersion`,
   * `Install`, `Machine`, `Snippet`, `SnippetRun`, `PreviewHostname`, ...) in a
   * workspace, archived snippets and `deleted` installs included.
   */
  countResources(schema: string, workspace?: string): number;
  /** A resource of the derived engine as a read with `view=full` would show it, or undefined. */
  resource(id: string): Record<string, unknown> | undefined;
  /** Packages in a workspace (`countResources("Package")`). */
  countPackages(workspace?: string): number;
  /** Installs in a workspace, `deleted` ones included. */
  countInstalls(workspace?: string): number;
  /** Machines in a workspace. */
  countMachines(workspace?: string): number;
  /** Snippets in a workspace, archived ones included. */
  countSnippets(workspace?: string): number;
  /** A package as `GET /packages/{id}?view=full` would show it, or undefined. */
  package(id: string): components["schemas"]["Package"] | undefined;
  /** A package version as `GET /packages/{id}/versions/{version_id}` would show it, or undefined. */
  packageVersion(id: string): components["schemas"]["PackageVersion"] | undefined;
  /** An install as `GET /installs/{id}` would show it, or undefined. */
  install(id: string): components["schemas"]["Install"] | undefined;
  /** A machine as `GET /machines/{id}` would show it, or undefined. */
  machine(id: string): components["schemas"]["Machine"] | undefined;
  /** A snippet as `GET /snippets/{id}` would show it, or undefined. */
  snippet(id: string): components["schemas"]["Snippet"] | undefined;
}

/** A running fake Akua server. */
export interface FakeAkua {
  /** Base URL to give the client, e.g. `http://127.0.0.1:53124/v1`. */
  readonly url: string;
  /** The default bearer token. */
  readonly token: string;
  /** The clock the fake runs on. */
  readonly clock: Clock;
  /** The most recent requests (at most `requestLogLimit`), oldest first, credentials redacted. */
  readonly requests: readonly RequestLogEntry[];
  /**
   * This fake's contract violations not yet reported by `assertNoViolations()`:
   * responses that break the API's spec, and 5xx that no fault injected.
   */
  readonly violations: readonly FakeViolation[];
  /** Bulk creation, bypassing HTTP. */
  readonly seed: FakeAkuaSeed;
  /** Drive operations by hand. */
  readonly operations: FakeAkuaOperations;
  /** Read-only view for assertions. */
  readonly state: FakeAkuaState;
  /**
   * A client (`createAkuaClient` of `akua-sdk`) wired to this fake: its `url`,
   * `token` and `clock`. Other options as `createAkuaClient`'s; `baseUrl` and
   * `token` given win (e.g. another token of `tokens`). The clock is always the
   * fake's: a `clock` other than it throws a `TypeError`.
   */
  client(options?: FakeClientOptions): AkuaClient;
  /**
   * Throws an `Error` listing every contract violation recorded since the last
   * call (responses that break the API's spec, 5xx that no fault injected), and
   * forgets them; does nothing when there are none. One line in a test file:
   * `afterEach(() => fake.assertNoViolations())`.
   */
  assertNoViolations(): void;
  /** Adds a fault; faults are checked in the order they were added. */
  inject(fault: FaultSpec): FaultHandle;
  /** Forgets all state, faults, the request log and idempotency keys; ids and etags start over. */
  reset(): void;
  /** Stops the server: ends long-polls and delays, closes every connection; resolves when closed. */
  close(): Promise<void>;
}
