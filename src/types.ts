/** Friendly names for the API's main resources (from generated/openapi.ts). */
import type { components } from "../generated/openapi.js";

/** The generated schema types. */
type Schemas = components["schemas"];
/** A Kubernetes cluster. */
export type Cluster = Schemas["Cluster"];
/** A worker-bootstrap token (its secrets appear only in the create answer). */
export type WorkerBootstrap = Schemas["WorkerBootstrap"];
/** A secret's metadata (never its value). */
export type Secret = Schemas["Secret"];
/** One immutable version of a secret. */
export type SecretVersion = Schemas["SecretVersion"];
/** A long-running operation. */
export type Operation = Schemas["Operation"];
/** A region of the workspace. */
export type Region = Schemas["Region"];
/** The error envelope of every non-2xx answer. */
export type ApiErrorResponse = Schemas["ApiErrorResponse"];
