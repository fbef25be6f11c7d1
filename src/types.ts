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
/** A deployable package (a Helm chart or a published OCI artifact). */
export type Package = Schemas["Package"];
/** One immutable version of a package. */
export type PackageVersion = Schemas["PackageVersion"];
/** A package version deployed to a cluster. */
export type Install = Schemas["Install"];
/** One render of an install's manifests. */
export type InstallRender = Schemas["InstallRender"];
/** An install's live deploy status. */
export type InstallStatus = Schemas["InstallStatus"];
/** A hostname that serves one render (or one track) of an install. */
export type PreviewHostname = Schemas["PreviewHostname"];
/** A git repository Akua keeps for packages and installs (read-only). */
export type Repository = Schemas["Repository"];
/** A proposed change to a repository, through a short-lived fork. */
export type RepositoryChangeRequest = Schemas["RepositoryChangeRequest"];
/** A stored script that runs against the workspace. */
export type Snippet = Schemas["Snippet"];
/** A recorded run of a snippet. */
export type SnippetRun = Schemas["SnippetRun"];
/** A machine enrolled in a cluster. */
export type Machine = Schemas["Machine"];
/** A reusable compute configuration. */
export type ComputeConfig = Schemas["ComputeConfig"];
/** A container registry connection (its credentials are never returned). */
export type RegistryConnection = Schemas["RegistryCredential"];
/** A Cloudflare account connection (its API token is never returned). */
export type CloudflareConnection = Schemas["CloudflareCredential"];
