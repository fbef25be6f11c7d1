/**
 * akua-sdk: the public entry. Explicit named exports only; fetch-based, no
 * Node built-ins, so it runs on Node, Bun, Deno, browsers and edge runtimes.
 */
export { createAkuaClient } from "./client.js";
export type { AkuaClient, AkuaMethod, PathsWithMethod } from "./client.js";
export type { AkuaClientOptions, AkuaCallOptions } from "./options.js";
export type { Clock } from "./clock.js";
export { systemClock } from "./clock.js";
export type { AkuaLogger, AttemptLogFields } from "./logger.js";
export {
  AkuaError,
  AkuaApiError,
  AkuaConnectionError,
  AkuaTimeoutError,
  AkuaRedirectError,
  AkuaOperationError,
  isAkuaError,
  isAkuaApiError,
  isAkuaConnectionError,
  isAkuaTimeoutError,
  isAkuaRedirectError,
  isAkuaOperationError,
  isStaleEtagError,
  isOutcomeUnknown,
} from "./errors.js";
export type { Outcome, AttemptFailure, ApiErrorEntry } from "./errors.js";
export { unwrap } from "./unwrap.js";
export { etagOf } from "./etag.js";
export type { ConflictRetryOptions, Mutator } from "./etag.js";
export type { PaginateOptions, Paginator } from "./paginate.js";
export type { WaitOptions, WaitForOperationOptions } from "./operations.js";
export type { ClusterTarget, WaitForClusterOptions } from "./wait-cluster.js";
export type { GetData, PatchBody, PatchData, UpdatablePath, PaginatedPath, PageItem } from "./helper-types.js";
export { akuaMeta } from "./meta.js";
export type { AkuaMeta } from "./meta.js";
export { VERSION } from "./version.js";
export type { Cluster, WorkerBootstrap, Secret, SecretVersion, Operation, Region, ApiErrorResponse } from "./types.js";
export type { components, operations, paths } from "../generated/openapi.js";
export { operationFacts } from "../generated/facts.js";
export type { OperationFacts } from "../generated/facts.js";
