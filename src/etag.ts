/**
 * Optimistic concurrency (AIP-154, like Kubernetes' RetryOnConflict):
 * `update` reads, applies a mutator, writes with `if-match`, and on a stale etag
 * reads again and reapplies; `retryOnConflict` is the general form for other
 * conditional writes; `etagOf` finds the etag of a resource or response.
 */
import type { Clock } from "./clock.js";
import { AkuaApiError, isStaleEtagError } from "./errors.js";
import { checkOptions } from "./limits.js";
import { sleepFor } from "./operations.js";
import type { Exact, GetData, PatchBody, PatchData, UpdatablePath } from "./helper-types.js";
import { apiErrorFrom, unwrap } from "./unwrap.js";

/** Options of `update` and `retryOnConflict`. */
export interface ConflictRetryOptions {
  /**
   * Writes to try before giving up on an etag that keeps changing (an integer from 1 to 1000).
   * @default 5
   */
  maxAttempts?: number;
  /** Stops between attempts at once, with an {@link AkuaAbortError}. */
  signal?: AbortSignal;
}

/** Backoff between conflict retries: 10 ms doubling, capped at 1 s, full jitter. */
export function conflictDelay(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(1000, 10 * 2 ** Math.max(0, attempt - 1)));
}

/**
 * The etag of a resource body (its `etag` field), of a Response (its `ETag`
 * header), or of an openapi-fetch result (its data's, else its response's),
 * with any `W/` prefix and surrounding quotes stripped; undefined when there is
 * none. Pass it as the `if-match` header of a conditional write.
 *
 * @example
 * ```ts
 * import { createAkuaClient, etagOf, unwrap } from "akua-sdk";
 *
 * const akua = createAkuaClient();
 * const secret = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id } } }));
 * await akua.PATCH("/secrets/{id}", {
 *   params: { path: { id }, header: { "if-match": etagOf(secret)! } },
 *   body: { name: "hcloud-prod" },
 * });
 * ```
 */
export function etagOf(source: unknown): string | undefined {
  if (typeof Response !== "undefined" && source instanceof Response) return clean(source.headers.get("etag"));
  if (!source || typeof source !== "object") return undefined;
  const record = source as { etag?: unknown; data?: unknown; response?: unknown };
  if (typeof record.etag === "string") return clean(record.etag);
  if ("response" in record) return etagOf(record.data) ?? etagOf(record.response);
  return undefined;
}

function clean(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return value.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}

interface ConflictContext {
  clock: Clock;
  random: () => number;
}

/**
 * Runs `fn`, and again whenever it throws (or returns an openapi-fetch result
 * holding) a stale-etag 409, up to `maxAttempts`. An error of unknown outcome
 * is never retried: the write may already be in.
 */
export async function retryOnConflict<T>(
  ctx: ConflictContext,
  fn: (attempt: number) => Promise<T>,
  options: ConflictRetryOptions = {},
): Promise<T> {
  checkOptions(options);
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    let stale: AkuaApiError | undefined;
    let result: T | undefined;
    try {
      result = await fn(attempt);
      stale = staleIn(result);
    } catch (error) {
      if (!isStaleEtagError(error)) throw error;
      stale = error;
    }
    if (!stale) return result as T;
    if (attempt >= maxAttempts) throw keptChanging(stale, attempt);
    await sleepFor(ctx.clock, conflictDelay(attempt, ctx.random), options.signal);
  }
}

/** A stale-etag error held by an openapi-fetch result `{ error, response }`, if any. */
function staleIn(result: unknown): AkuaApiError | undefined {
  const r = result as { error?: unknown; response?: unknown } | undefined;
  if (!r || typeof r !== "object" || !(typeof Response !== "undefined" && r.response instanceof Response))
    return undefined;
  if (r.response.status !== 409) return undefined;
  const error = apiErrorFrom(r.error, r.response);
  return isStaleEtagError(error) ? error : undefined;
}

function keptChanging(last: AkuaApiError, attempts: number): AkuaApiError {
  return new AkuaApiError(
    `${last.method ?? ""} ${last.path ?? ""}: the etag kept changing; gave up after ${attempts} conflicting writes`.trim(),
    {
      status: last.status,
      errors: last.errors,
      requestId: last.requestId,
      outcome: "not-applied",
      method: last.method,
      path: last.path,
      attempts,
      idempotencyKey: last.idempotencyKey,
    },
  );
}

/** The slice of the client `update` needs. */
interface UpdateClient {
  GET(path: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  PATCH(path: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/**
 * A mutator: the current resource in, the PATCH body out (or `undefined`: nothing to
 * write). `B` is the body it returns, inferred: a key the PATCH body does not have
 * is a compile error.
 */
export type Mutator<P extends UpdatablePath, B extends PatchBody<P> = PatchBody<P>> = (
  current: GetData<P>,
) => (B & Exact<PatchBody<P>, B>) | undefined | Promise<(B & Exact<PatchBody<P>, B>) | undefined>;

/**
 * Read-modify-write with `if-match`. Each write is its own logical call with a
 * fresh idempotency key, so a caller's `idempotency-key` is refused here.
 * @returns the updated resource (or the current one when the mutator returned undefined)
 * @throws AkuaApiError when the etag kept changing for `maxAttempts` writes, or at
 *   once for any other error (a plain 409, an error of unknown outcome, ...)
 */
export async function update<P extends UpdatablePath>(
  ctx: ConflictContext & { client: UpdateClient },
  path: P,
  init: { params?: { path?: unknown; header?: Record<string, unknown> } } & Record<string, unknown>,
  mutate: Mutator<P>,
  options: ConflictRetryOptions = {},
): Promise<PatchData<P> | GetData<P>> {
  if (init.params?.header?.["idempotency-key"] !== undefined) {
    throw new TypeError("akua-sdk: update() gives each write a fresh idempotency key; pass none");
  }
  const { params, ...rest } = init;
  return retryOnConflict(
    ctx,
    async () => {
      const current = unwrap(await ctx.client.GET(path, { ...rest, params })) as GetData<P>;
      const body = await mutate(current);
      if (body === undefined) return current;
      const etag = etagOf(current);
      if (etag === undefined) throw new TypeError(`akua-sdk: update(): GET ${path} returned no etag`);
      const result = await ctx.client.PATCH(path, {
        ...rest,
        params: { ...params, header: { ...params?.header, "if-match": etag } },
        body,
      });
      if (result.response.ok) return result.data as PatchData<P>;
      throw apiErrorFrom(result.error, result.response);
    },
    options,
  );
}
