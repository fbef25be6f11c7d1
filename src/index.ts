/**
 * akua-sdk: the public entry. Explicit named exports only.
 *
 * Until the client lands this exports the generated types of the Akua API and
 * the per-operation facts table the runtime is built on.
 */
export type { components, operations, paths } from "../generated/openapi.js";
export { operationFacts } from "../generated/facts.js";
export type { OperationFacts } from "../generated/facts.js";
