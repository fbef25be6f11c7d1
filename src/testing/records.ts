/**
 * The fake's internal records: what the store keeps per resource, including
 * what the API never shows (kubeconfigs, secret payloads, bootstrap tokens)
 * and the creation sequence number that orders lists. Times are milliseconds
 * on the fake's clock; rendering turns them into Unix seconds.
 * Internal to the fake server.
 */
import type { components } from "../../generated/openapi.js";

type Schemas = components["schemas"];

/** Cluster lifecycle state. */
export type ClusterState = Schemas["Cluster"]["state"];

/** A cluster. */
export interface ClusterRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  name: string;
  regionId: string;
  state: ClusterState;
  provider: Schemas["Cluster"]["provider"];
  reconciling: boolean;
  readonly createdAt: number;
  updatedAt: number;
  etag: string;
  /** The stored kubeconfig (imported clusters, or one set with PATCH); never rendered. */
  kubeconfig: string | undefined;
}

/** A worker bootstrap. */
export interface WorkerBootstrapRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  readonly clusterId: string;
  revoked: boolean;
  readonly createdAt: number;
  updatedAt: number;
  readonly expiresAt: number;
  etag: string;
  reconciling: boolean;
  activeOperation: { id: string; type: string; startedAt: number } | null;
  /** The join token; shown once, in the create answer. */
  readonly token: string;
}

/** A secret version. */
export interface SecretVersionRecord {
  readonly seq: number;
  readonly id: string;
  readonly secretId: string;
  readonly number: number;
  state: "enabled" | "disabled" | "destroyed";
  readonly comment: string | undefined;
  readonly createdAt: number;
  destroyedAt: number | undefined;
  etag: string;
  /** The payload; erased (undefined) once destroyed. */
  value: string | undefined;
}

/** A secret with its versions. */
export interface SecretRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  name: string;
  readonly kind: string;
  labels: Record<string, string>;
  mimeType: string | undefined;
  versionAliases: Record<string, number>;
  validation: Schemas["SecretValidation"];
  readonly createdAt: number;
  updatedAt: number;
  deletedAt: number | undefined;
  purgeAt: number | undefined;
  etag: string;
  /** Versions, ascending by number. */
  readonly versions: SecretVersionRecord[];
}

/** A region. */
export interface RegionRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  readonly name: string;
  readonly icon: string | null;
  readonly createdAt: number;
}

/** One step of an operation. */
export interface OperationStepRecord {
  readonly name: string;
  status: Schemas["OperationStep"]["status"];
  startedAt: number;
  completedAt: number | null;
  errorMessage: string | null;
}

/** A long-running operation. */
export interface OperationRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  readonly ownerType: Schemas["Operation"]["owner_type"];
  readonly ownerId: string;
  state: Schemas["Operation"]["state"];
  readonly metadata: Schemas["OperationMetadata"];
  response: Schemas["OperationResponse"];
  error: { message: string } | null;
  readonly startedAt: number;
  completedAt: number | null;
  readonly steps: OperationStepRecord[];
  /** Not in the body (operations have no `etag` field); sent as the `ETag` header and compared by `:cancel`'s optional `if-match`. */
  etag: string;
}

/** A cluster's compute settings, made on first read with the schema example's values (autoscaling active, at most 10 machines). */
export interface ComputeSettingsRecord {
  autoScaling: Schemas["ClusterComputeSettings"]["auto_scaling"];
  maxMachines: number;
  updatedAt: number;
  etag: string;
}

/** What the fake knows of a cluster's capabilities: the last successful snapshot's time and the latest refresh's outcome. */
export interface CapabilitiesRecord {
  /** When the last refresh succeeded (ms), or undefined: no snapshot yet (`missing`). */
  observedAt: number | undefined;
  lastStatus: "SUCCESS" | "FAILED" | "RUNNING" | null;
  lastError: string | null;
}

/** A package version as the install lifecycle shows it (`PackageVersionSummary`). */
export interface VersionRef {
  readonly id: string;
  readonly semver: string;
}

/** A lifecycle phase an install's log records: the `Install.state` it entered. */
export type InstallPhase = Schemas["Install"]["state"];

/** One step of an install's lifecycle, as its log tells it (install-logs.ts makes the lines). */
export interface InstallLogEvent {
  /** When it happened, ms on the fake's clock. */
  readonly at: number;
  readonly phase: InstallPhase;
  /** The version being rolled out (or running). */
  readonly version: VersionRef;
  /** The render carrying it, if any. */
  readonly renderId: string | null;
  /** Why a rollout failed. */
  readonly message?: string;
}

/** A rollout in progress: the Operation moving the install to `version` through `renderId`. */
export interface RolloutRecord {
  readonly kind: "create" | "update" | "restore" | "render";
  readonly operationId: string;
  readonly renderId: string;
  readonly version: VersionRef;
  /** The state the install returns to when an update or restore fails. */
  readonly before: InstallPhase;
}

/** What the fake keeps of an install beyond its wire object (install-lifecycle.ts). */
export interface InstallLifecycleRecord {
  readonly installId: string;
  /** The package its versions must belong to, when the fake knows it. */
  packageId: string | undefined;
  /** The version deployed now; null until its first render deployed. */
  current: VersionRef | null;
  /** The version asked for and not (yet) deployed; null when it equals `current`. */
  desired: VersionRef | null;
  automaticUpdates: boolean;
  rollout: RolloutRecord | undefined;
  /** A version registered while the install was being created, its automatic update started once that ends. */
  queued?: VersionRef;
  /** Its lifecycle so far, oldest first (append-only): the log stream's source. */
  readonly history: InstallLogEvent[];
  /** Wake-ups of the log streams following it; called on every new event. */
  readonly watchers: Set<() => void>;
}
