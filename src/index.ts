/**
 * The typed client for the Akua cloud API: {@link createAkuaClient}, its
 * errors ({@link AkuaError} and subclasses, with guards), and the helpers
 * {@link unwrap}, {@link akuaMeta}, {@link etagOf} and {@link operationResult}.
 *
 * The generated `paths`, `components` and `operations` types are exported for
 * use in code but not rendered here, so resource types such as {@link Cluster}
 * appear as `Schemas["Cluster"]` (`components["schemas"]["Cluster"]`); an editor
 * shows their fields' documentation, which comes from the OpenAPI description.
 *
 * Explicit named exports only; fetch-based with no Node built-ins, so it runs
 * on Node, Bun, Deno, browsers and edge runtimes.
 *
 * @module akua-sdk
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
  AkuaAbortError,
  isAkuaError,
  isAkuaApiError,
  isAkuaConnectionError,
  isAkuaTimeoutError,
  isAkuaRedirectError,
  isAkuaOperationError,
  isAkuaAbortError,
  isStaleEtagError,
  isOutcomeUnknown,
} from "./errors.js";
export type { Outcome, AttemptFailure, ApiErrorEntry } from "./errors.js";
export { unwrap } from "./unwrap.js";
export { etagOf } from "./etag.js";
export type { ConflictRetryOptions, Mutator } from "./etag.js";
export type { WaitOptions, WaitForOperationOptions } from "./operations.js";
export { operationResult } from "./operation-result.js";
export type { OperationKind, OperationResult } from "./operation-result.js";
export type { GetData, PatchBody, PatchData, UpdatablePath, PaginatedPath, PageItem } from "./helper-types.js";
export { akuaMeta } from "./meta.js";
export type { AkuaMeta } from "./meta.js";
export { VERSION } from "./version.js";
export type {
  Cluster,
  WorkerBootstrap,
  Secret,
  SecretVersion,
  Operation,
  Region,
  ApiErrorResponse,
  Package,
  PackageVersion,
  Install,
  InstallRender,
  InstallStatus,
  PreviewHostname,
  Repository,
  RepositoryChangeRequest,
  Snippet,
  SnippetRun,
  Machine,
  ComputeConfig,
  RegistryConnection,
  CloudflareConnection,
} from "./types.js";
export type { components, operations, paths } from "../generated/openapi.js";
