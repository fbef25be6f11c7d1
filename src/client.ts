/**
 * createAkuaClient: options -> an openapi-fetch client typed from generated/,
 * whose every method runs through the retrying transport. openapi-fetch builds
 * the Request; the per-request `fetch` it is given is a closure over the
 * operation (method, path template, facts) and the call's own options.
 */
import createClient, { type FetchResponse, type MaybeOptionalInit, type Middleware } from "openapi-fetch";
import { operationFacts } from "../generated/facts.js";
import type { paths } from "../generated/openapi.js";
import { resolveOptions, type AkuaCallOptions, type AkuaClientOptions } from "./options.js";
import { createRetryingFetch, type TransportConfig } from "./transport/retrying-fetch.js";

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

  const client = {
    use: (...middleware: Middleware[]) => base.use(...middleware),
    eject: (...middleware: Middleware[]) => base.eject(...middleware),
  } as Partial<AkuaClient> & Pick<AkuaClient, "use" | "eject">;
  for (const method of METHODS) {
    (client as Record<string, unknown>)[method] = (path: string, init?: Record<string, unknown>) =>
      call(method, path, init);
  }
  return client as AkuaClient;
}
