/**
 * createAkuaClient: options -> an openapi-fetch client typed from generated/,
 * whose every method runs through the retrying transport. openapi-fetch builds
 * the Request; the per-request `fetch` it is given is a closure over the
 * operation (method, path template, facts) and the call's own options.
 */
import createClient, { type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import { operationFacts } from "../generated/facts.js";
import type { paths } from "../generated/openapi.js";
import { retryOnConflict, update, type ConflictRetryOptions, type Mutator } from "./etag.js";
import type { GetData, PageItem, PaginatedPath, PatchData, UpdatablePath } from "./helper-types.js";
import { waitForOperation, type WaitForOperationOptions } from "./operations.js";
import { resolveOptions, type AkuaCallOptions, type AkuaClientOptions } from "./options.js";
import { paginate, type PaginateOptions, type Paginator } from "./paginate.js";
import { createRetryingFetch, type TransportConfig } from "./transport/retrying-fetch.js";
import type { Cluster, Operation } from "./types.js";
import { waitForCluster, type WaitForClusterOptions } from "./wait-cluster.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Paths of the API that have `method`. */
export type PathsWithMethod<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof paths];

type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** The call's init: openapi-fetch's (params, body, headers...) plus {@link AkuaCallOptions}. */
type InitParam<I> =
  RequiredKeysOf<I> extends never ? [(I & AkuaCallOptions & { [key: string]: unknown })?] : [I & AkuaCallOptions];

/** One typed method, e.g. `GET`: openapi-fetch's signature with the SDK's per-call options. */
export type AkuaMethod<M extends HttpMethod> = <P extends PathsWithMethod<M>, I extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitParam<I>
) => Promise<FetchResponse<NonNullable<paths[P][M]>, I, `${string}/${string}`>>;

/** The client: openapi-fetch's surface for the Akua API, with retries, idempotency keys and typed errors. */
export interface AkuaClient {
  GET: AkuaMethod<"get">;
  PUT: AkuaMethod<"put">;
  POST: AkuaMethod<"post">;
  PATCH: AkuaMethod<"patch">;
  DELETE: AkuaMethod<"delete">;
  HEAD: AkuaMethod<"head">;
  OPTIONS: AkuaMethod<"options">;
  /** Registers openapi-fetch middleware (it sees each logical call's first Request). */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;

  /**
   * Read-modify-write with `if-match` for any path with GET and PATCH: reads, calls
   * `mutate` with the current resource, writes its result (or nothing when it returns
   * `undefined`) and, on a stale etag, reads again and reapplies, up to `maxAttempts`.
   * Mutators should be idempotent (set a name, add a label), never appending.
   */
  update<P extends UpdatablePath>(
    path: P,
    init: MaybeOptionalInit<paths[P], "get"> & AkuaCallOptions,
    mutate: Mutator<P>,
    options?: ConflictRetryOptions,
  ): Promise<PatchData<P> | GetData<P>>;
  /**
   * Runs `fn` again when it throws, or returns a result holding, a stale-etag error:
   * the general form of `update` for other conditional writes.
   */
  retryOnConflict<T>(fn: (attempt: number) => Promise<T>, options?: ConflictRetryOptions): Promise<T>;
  /** Iterates the items of a cursor-paginated GET; `.pages()` for whole pages. */
  paginate<P extends PaginatedPath>(
    path: P,
    init?: MaybeOptionalInit<paths[P], "get"> & AkuaCallOptions & PaginateOptions,
  ): Paginator<PageItem<P>, GetData<P>>;
  /** Waits until a long-running operation is done; throws AkuaOperationError unless it SUCCEEDED. */
  waitForOperation(idOrOperation: string | Operation, options?: WaitForOperationOptions): Promise<Operation>;
  /** Waits until a cluster is deleted (resolves undefined). */
  waitForCluster(id: string, options: WaitForClusterOptions & { until: "deleted" }): Promise<undefined>;
  /** Waits until a cluster reaches a state or satisfies a predicate. */
  waitForCluster(id: string, options: WaitForClusterOptions): Promise<Cluster>;
}

const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/**
 * Creates a client for the Akua API.
 * @throws TypeError when the options are unusable (no token, a malformed baseUrl,
 *   plain http to a non-loopback host), before any request is sent
 */
export function createAkuaClient(options: AkuaClientOptions = {}): AkuaClient {
  const resolved = resolveOptions(options);
  const defaultHeaders: Record<string, string> = {};
  if (resolved.userAgent) defaultHeaders["user-agent"] = resolved.userAgent;
  if (resolved.context) defaultHeaders["akua-context"] = resolved.context;
  const transport: TransportConfig = {
    fetch: resolved.fetch,
    clock: resolved.clock,
    random: resolved.random,
    token: resolved.token,
    origin: resolved.origin,
    logger: resolved.logger,
    defaultHeaders,
  };
  const base = createClient<paths>({ baseUrl: resolved.baseUrl, headers: resolved.headers });

  const call = (method: (typeof METHODS)[number], path: string, init: Record<string, unknown> = {}) => {
    const { maxRetries, attemptTimeoutMs, deadlineMs, signal, fetch, ...rest } = init as AkuaCallOptions & {
      fetch?: typeof globalThis.fetch;
    };
    const retryingFetch = createRetryingFetch(transport, {
      method,
      path,
      facts: operationFacts[`${method} ${path}`],
      maxRetries: maxRetries ?? resolved.maxRetries,
      attemptTimeoutMs: attemptTimeoutMs ?? resolved.attemptTimeoutMs,
      deadlineMs: deadlineMs ?? resolved.deadlineMs,
      signal,
      fetch,
    });
    return base.request(method.toLowerCase() as "get", path as never, { ...rest, fetch: retryingFetch } as never);
  };

  const raw = {
    GET: (path: string, init?: Record<string, unknown>) => call("GET", path, init),
    POST: (path: string, init?: Record<string, unknown>) => call("POST", path, init),
    PATCH: (path: string, init?: Record<string, unknown>) => call("PATCH", path, init),
  };
  const ctx = { client: raw, clock: resolved.clock, random: resolved.random };
  const client: Record<string, unknown> = {
    use: (...middleware: Middleware[]) => base.use(...middleware),
    eject: (...middleware: Middleware[]) => base.eject(...middleware),
    update: (path: UpdatablePath, init: Record<string, unknown>, mutate: never, options?: ConflictRetryOptions) =>
      update(ctx, path, init, mutate, options),
    retryOnConflict: <T>(fn: (attempt: number) => Promise<T>, options?: ConflictRetryOptions) =>
      retryOnConflict(ctx, fn, options),
    paginate: (path: PaginatedPath, init?: Record<string, unknown>) => paginate(raw, path, init),
    waitForOperation: (id: string | Operation, options?: WaitForOperationOptions) => waitForOperation(ctx, id, options),
    waitForCluster: (id: string, options: WaitForClusterOptions) => waitForCluster(ctx, id, options),
  };
  for (const method of METHODS) {
    client[method] = (path: string, init?: Record<string, unknown>) => call(method, path, init);
  }
  return client as unknown as AkuaClient;
}
