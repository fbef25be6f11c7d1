/**
 * createAkuaClient: options -> an openapi-fetch client typed from generated/,
 * whose every method runs through the retrying transport. openapi-fetch builds
 * the Request; the per-request `fetch` it is given is a closure over the
 * operation (method, path template, facts) and the call's own options.
 */
import openapiFetch, {
  defaultBodySerializer,
  type FetchOptions,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
  type ParseAs,
} from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { retryOnConflict, update, type ConflictRetryOptions, type Mutator } from "./etag.js";
import type { GetData, PageItem, PaginatedPath, PatchBody, PatchData, UpdatablePath } from "./helper-types.js";
import { sleepFor, waitForOperation, type WaitForOperationOptions } from "./operations.js";
import { AkuaError } from "./errors.js";
import { factsOf } from "./facts.js";
import { checkOptions } from "./limits.js";
import { akuaMeta } from "./meta.js";
import { resolveOptions, type AkuaCallOptions, type AkuaClientOptions } from "./options.js";
import { scrubber } from "./scrub.js";
import { createRetryingFetch, type CallSpec, type TransportConfig } from "./transport/retrying-fetch.js";
import { INTERNALS, type ClientInternals } from "./internals.js";
import type { Operation } from "./types.js";

// openapi-fetch's CommonJS build reaches the CJS bundle (through esbuild's Node-mode interop) as
// its module object, whose `default` is the function; ESM gets the function itself.
const createClient: typeof openapiFetch =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/**
 * HTTP methods, lower-case as in the generated `paths`.
 * @inline
 */
type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The API paths (templates such as `/clusters/{id}`) that have an operation for method `M`. */
export type PathsWithMethod<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof paths];

/** @inline */
type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/**
 * The init of `M path`: openapi-fetch's (params, body, headers, parseAs...) plus
 * {@link AkuaCallOptions}; `A` is the `parseAs` given (it types `data`). A plain
 * (non-inferred) parameter type, so TypeScript's excess-property check catches a
 * misspelt key at any depth, and names this type in its message.
 * @inline
 */
type AkuaInit<P extends keyof paths, M extends HttpMethod, A extends ParseAs> = FetchOptions<paths[P][M]> &
  AkuaCallOptions &
  ParseAsOption<A>;

/** @inline */
interface ParseAsOption<A extends ParseAs> {
  /** How to read a 2xx body (openapi-fetch's): `"json"` (the default), `"text"`, `"blob"`, `"arrayBuffer"` or `"stream"`. */
  parseAs?: A;
}

/** @inline */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * The call's init, optional when the operation needs no params or body (or when
 * `P` is no single path, so that the path's error is the one reported).
 * @inline
 */
type InitParam<P, I> = RequiredKeysOf<I> extends never ? [I?] : true extends IsUnion<P> ? [I?] : [I];

/**
 * One typed method, e.g. `GET`: openapi-fetch's signature with the SDK's per-call
 * options ({@link AkuaCallOptions}) allowed beside `params`, `body` and `headers`,
 * and no other key: a misspelt option or body field is a compile error.
 */
export type AkuaMethod<M extends HttpMethod> = <
  P extends { [Q in keyof paths]: paths[Q] extends { [K in M]: unknown } ? Q : never }[keyof paths],
  A extends ParseAs = "json",
>(
  // P's constraint is PathsWithMethod<M> written out, so that a wrong path's error lists the paths, not the alias.
  url: P,
  ...init: InitParam<P, AkuaInit<P, M, A>>
) => Promise<
  FetchResponse<
    NonNullable<paths[P][M]>,
    {
      /** The `parseAs` given, which types `data`. */
      parseAs: A;
    },
    `${string}/${string}`
  >
>;

/**
 * The client: openapi-fetch's surface for the Akua API, with retries, idempotency keys and typed errors.
 * The init of each method is checked exactly: a misspelt option, parameter or body
 * field is a compile error, and a path the API lacks for the method lists the paths it has.
 *
 * Each HTTP method resolves to openapi-fetch's `{ data, error, response }` once the
 * server has answered, a non-2xx answer included (after any retries); pass the result
 * to {@link unwrap} to get the data or an {@link AkuaApiError}. It rejects when no
 * answer came: {@link AkuaConnectionError} or {@link AkuaTimeoutError} (after the
 * retries allowed), {@link AkuaRedirectError}, an {@link AkuaError} for an
 * `idempotency-key` that is not 1-64 characters, or the signal's reason on abort.
 */
export interface AkuaClient {
  /** Sends `GET path` (reads retry freely). */
  GET: AkuaMethod<"get">;
  /** Sends `PUT path`. */
  PUT: AkuaMethod<"put">;
  /** Sends `POST path`, with an idempotency key when the operation accepts one. */
  POST: AkuaMethod<"post">;
  /** Sends `PATCH path`, with an idempotency key when the operation accepts one. */
  PATCH: AkuaMethod<"patch">;
  /** Sends `DELETE path`, with an idempotency key when the operation accepts one. */
  DELETE: AkuaMethod<"delete">;
  /** Sends `HEAD path`. */
  HEAD: AkuaMethod<"head">;
  /** Sends `OPTIONS path`. */
  OPTIONS: AkuaMethod<"options">;
  /** Registers openapi-fetch middleware (it sees each logical call's first Request). */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;

  /**
   * Read-modify-write with `if-match` for any path with GET and PATCH: reads, calls
   * `mutate` with the current resource, writes its result (or nothing when it returns
   * `undefined`) and, on a stale etag, reads again and reapplies, up to `maxAttempts`.
   * A key the PATCH body does not have, returned by `mutate`, is a compile error.
   * Mutators should be idempotent (set a name, add a label), never appending.
   * Each write is its own logical call with a fresh idempotency key.
   *
   * @returns the PATCH answer, or the current resource when `mutate` returned `undefined`
   * @throws AkuaApiError when the etag kept changing for `maxAttempts` writes, or at
   *   once for any other failure (a plain 409, an error of unknown outcome, ...)
   * @throws TypeError when `init` carries an `idempotency-key` header, or the GET answer has no etag
   */
  update<P extends UpdatablePath, const B extends PatchBody<P>>(
    path: P,
    init: MaybeOptionalInit<paths[P], "get"> & AkuaCallOptions,
    mutate: Mutator<P, B>,
    options?: ConflictRetryOptions,
  ): Promise<PatchData<P> | GetData<P>>;
  /**
   * Runs `fn` again when it throws, or returns a result holding, a stale-etag error:
   * the general form of `update` for other conditional writes. `fn` receives the
   * 1-based attempt number. Anything else, a stale etag of unknown outcome included,
   * ends it at once: an error is rethrown, a result is returned.
   *
   * @returns what `fn` returned on the attempt that was not a stale etag
   * @throws AkuaApiError when the etag was still stale after `maxAttempts` attempts
   */
  retryOnConflict<T>(fn: (attempt: number) => Promise<T>, options?: ConflictRetryOptions): Promise<T>;
  /**
   * Waits until a long-running operation is done, long-polling
   * `POST /operations/{id}:wait` (or polling `GET /operations/{id}` where `:wait`
   * is not available).
   *
   * @param idOrOperation - the operation's id, or the Operation a write returned
   * @returns the SUCCEEDED operation; its `response` holds the result, which
   *   {@link operationResult} reads typed for the kind expected
   * @throws AkuaOperationError when it ended FAILED or CANCELLED
   * @throws AkuaTimeoutError at the deadline (default 30 minutes)
   * @throws AkuaApiError when the server answers an error
   */
  waitForOperation(idOrOperation: string | Operation, options?: WaitForOperationOptions): Promise<Operation>;
}

const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/**
 * Creates a client for the Akua API. Each option falls back to the environment
 * (`AKUA_TOKEN`, `AKUA_BASE_URL`) where one exists, then to its default. Nothing is
 * sent until the first call.
 *
 * @param options - see {@link AkuaClientOptions}; every field is optional
 * @throws TypeError when the options are unusable (no token, a malformed baseUrl,
 *   credentials in the baseUrl, plain http to a non-loopback host, a negative or
 *   non-finite retry or timeout setting, no fetch), before any request is sent
 *
 * @example
 * ```ts
 * import { createAkuaClient, unwrap } from "akua-sdk";
 *
 * const akua = createAkuaClient({ token: process.env.AKUA_TOKEN, maxRetries: 3 });
 * const { data, error } = await akua.GET("/clusters/{id}", { params: { path: { id: "clu_123" } } });
 * // Or get the data directly, with an AkuaApiError thrown for a non-2xx answer:
 * const cluster = unwrap(await akua.GET("/clusters/{id}", { params: { path: { id: "clu_123" } } }));
 * console.log(cluster.name, cluster.state);
 * ```
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
    tokens: new Set(),
  };
  // User-Agent and akua-context ride on openapi-fetch's base headers: a call's own headers still win.
  const base = createClient<paths>({ baseUrl: resolved.baseUrl, headers: { ...defaultHeaders, ...resolved.headers } });

  const call = (method: (typeof METHODS)[number], path: string, init: Record<string, unknown> = {}) => {
    const {
      maxRetries,
      attemptTimeoutMs,
      deadlineMs,
      maxResponseBytes,
      maxRetryAfterMs,
      signal,
      fetch,
      bodySerializer,
      ...rest
    } = init as AkuaCallOptions & {
      fetch?: typeof globalThis.fetch;
      bodySerializer?: (body: unknown, headers?: unknown) => unknown;
      parseAs?: string;
    };
    // Checked only when given: the common call pays nothing.
    if (
      maxRetries !== undefined ||
      attemptTimeoutMs !== undefined ||
      deadlineMs !== undefined ||
      maxResponseBytes !== undefined ||
      maxRetryAfterMs !== undefined
    ) {
      try {
        checkOptions(init);
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const facts = factsOf(method, path);
    // Keep the body openapi-fetch serializes, so the transport replays it without
    // reading the Request's stream back.
    let serialized: unknown;
    const serialize = (body: unknown, headers?: unknown) =>
      (serialized = (bodySerializer ?? defaultBodySerializer)(body, headers as never));
    const spec: CallSpec = {
      method,
      path,
      facts,
      maxRetries: maxRetries ?? resolved.maxRetries,
      attemptTimeoutMs: attemptTimeoutMs ?? resolved.attemptTimeoutMs,
      deadlineMs: deadlineMs ?? resolved.deadlineMs,
      maxResponseBytes: maxResponseBytes ?? resolved.maxResponseBytes,
      maxRetryAfterMs: maxRetryAfterMs ?? resolved.maxRetryAfterMs,
      signal,
      fetch,
      streamBody: rest.parseAs === "stream",
      serializedBody: () => serialized,
      sensitive: facts.sensitive,
    };
    return base
      .request(
        method.toLowerCase() as "get",
        path as never,
        { ...rest, bodySerializer: serialize, fetch: createRetryingFetch(transport, spec) } as never,
      )
      .catch((error: unknown) => {
        throw notJson(error, spec.response);
      });
  };

  const raw = {
    GET: (path: string, init?: Record<string, unknown>) => call("GET", path, init),
    POST: (path: string, init?: Record<string, unknown>) => call("POST", path, init),
    PATCH: (path: string, init?: Record<string, unknown>) => call("PATCH", path, init),
  };
  const scrub = (text: string) => scrubber(transport.tokens)(text);
  const ctx = { client: raw, clock: resolved.clock, random: resolved.random, scrub };
  const client: Record<string, unknown> = {
    use: (...middleware: Middleware[]) => base.use(...middleware),
    eject: (...middleware: Middleware[]) => base.eject(...middleware),
    update: (path: UpdatablePath, init: Record<string, unknown>, mutate: never, options?: ConflictRetryOptions) =>
      update(ctx, path, init, mutate, options),
    retryOnConflict: <T>(fn: (attempt: number) => Promise<T>, options?: ConflictRetryOptions) =>
      retryOnConflict(ctx, fn, options),
    waitForOperation: (id: string | Operation, options?: WaitForOperationOptions) => waitForOperation(ctx, id, options),
  };
  const internals: ClientInternals = {
    clock: resolved.clock,
    random: resolved.random,
    scrub,
    sleep: (ms, signal) => sleepFor(resolved.clock, ms, signal),
    check: checkOptions,
  };
  Object.defineProperty(client, INTERNALS, { value: internals });
  for (const method of METHODS) {
    client[method] = (path: string, init?: Record<string, unknown>) => call(method, path, init);
  }
  return client as unknown as AkuaClient;
}

/**
 * openapi-fetch parses a 2xx body itself: a SyntaxError there (it quotes the body)
 * becomes an AkuaError with the call's outcome, key and status, never the body.
 */
function notJson(error: unknown, response: Response | undefined): unknown {
  const meta = response && akuaMeta(response);
  if (!(error instanceof SyntaxError) || !meta || !response.ok) return error;
  return new AkuaError(`${meta.method} ${meta.path}: the ${response.status} answer is not valid JSON`, {
    ...meta,
    status: response.status,
  });
}
