/**
 * Records to wire objects, exactly the spec's schemas: Unix seconds for
 * times, never a credential (kubeconfig, secret payload, bootstrap token).
 * The one-time bootstrap secrets are rendered by `revealWorkerBootstrap`,
 * used only by the create answer. Internal to the fake server.
 */
import type { components } from "../../generated/openapi.js";
import type {
  ClusterRecord,
  OperationRecord,
  RegionRecord,
  SecretRecord,
  SecretVersionRecord,
  WorkerBootstrapRecord,
} from "./records.js";

type Schemas = components["schemas"];

/** Dashboard links point here. */
export const DASHBOARD_URL = "https://akua.dev";
/** Where the fake's worker agent downloads pretend to live. */
export const DOWNLOAD_URL = "https://get.akua.dev/worker";

/** Milliseconds to Unix seconds. */
export function seconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/** The `Cluster` body. */
export function renderCluster(c: ClusterRecord): Schemas["Cluster"] {
  return {
    id: c.id,
    html_url: `${DASHBOARD_URL}/clusters/${c.id}`,
    name: c.name,
    workspace_id: c.workspace,
    state: c.state,
    provider: c.provider,
    reconciling: c.reconciling,
    created_at: seconds(c.createdAt),
    updated_at: seconds(c.updatedAt),
    etag: c.etag,
  };
}

/** A bootstrap's status at `now`: revoked wins, then expired. */
export function bootstrapStatus(b: WorkerBootstrapRecord, now: number): Schemas["WorkerBootstrap"]["status"] {
  if (b.revoked) return "revoked";
  return now >= b.expiresAt ? "expired" : "active";
}

/** The `WorkerBootstrap` body without its secret fields (GET, list). */
export function renderWorkerBootstrap(b: WorkerBootstrapRecord, now: number): Schemas["WorkerBootstrap"] {
  return {
    id: b.id,
    cluster_id: b.clusterId,
    status: bootstrapStatus(b, now),
    created_at: seconds(b.createdAt),
    updated_at: seconds(b.updatedAt),
    expires_at: seconds(b.expiresAt),
    etag: b.etag,
    reconciling: b.reconciling,
    active_operation: b.activeOperation
      ? { id: b.activeOperation.id, type: b.activeOperation.type, started_at: seconds(b.activeOperation.startedAt) }
      : null,
  };
}

/** The create answer: the bootstrap plus `token`, `command`, `cloud_init` and `artifacts`, shown only once. */
export function revealWorkerBootstrap(b: WorkerBootstrapRecord, now: number): Schemas["WorkerBootstrap"] {
  const unix = `curl -fsSL ${DOWNLOAD_URL}/install.sh | sudo sh -s -- --cluster ${b.clusterId} --token ${b.token}`;
  const windows = `iex "& { $(irm ${DOWNLOAD_URL}/install.ps1) } -Cluster ${b.clusterId} -Token ${b.token}"`;
  const cloudInit = `#cloud-config\nruncmd:\n  - ${unix}\n`;
  const linux = (arch: string): Schemas["WorkerBootstrapArtifact"] => ({
    supported: true,
    shell: "bash",
    command: unix,
    download_url: `${DOWNLOAD_URL}/akua-agent-linux-${arch}`,
    cloud_init: cloudInit,
  });
  return {
    ...renderWorkerBootstrap(b, now),
    token: b.token,
    command: unix,
    cloud_init: cloudInit,
    artifacts: {
      linux: { amd64: linux("amd64"), arm64: linux("arm64") },
      windows: {
        amd64: {
          supported: true,
          shell: "powershell",
          command: windows,
          download_url: `${DOWNLOAD_URL}/akua-agent-windows-amd64.exe`,
        },
        arm64: { supported: false },
      },
    },
  };
}

/** The `Secret` body (never a value). */
export function renderSecret(s: SecretRecord): Schemas["Secret"] {
  const body: Schemas["Secret"] = {
    id: s.id,
    html_url: `${DASHBOARD_URL}/secrets/${s.id}`,
    workspace_id: s.workspace,
    name: s.name,
    kind: s.kind,
    labels: { ...s.labels },
    state: s.deletedAt === undefined ? "active" : "soft_deleted",
    validation: s.validation ? { ...s.validation } : null,
    version_aliases: { ...s.versionAliases },
    version_count: s.versions.length,
    enabled_version_count: s.versions.filter((v) => v.state === "enabled").length,
    created_at: seconds(s.createdAt),
    updated_at: seconds(s.updatedAt),
    etag: s.etag,
  };
  if (s.mimeType !== undefined) body.mime_type = s.mimeType;
  if (s.deletedAt !== undefined) body.deleted_at = seconds(s.deletedAt);
  if (s.purgeAt !== undefined) body.purge_at = seconds(s.purgeAt);
  return body;
}

/** The `SecretVersion` body (never the payload). */
export function renderSecretVersion(v: SecretVersionRecord): Schemas["SecretVersion"] {
  const body: Schemas["SecretVersion"] = {
    id: v.id,
    secret_id: v.secretId,
    version_number: v.number,
    state: v.state,
    created_at: seconds(v.createdAt),
    etag: v.etag,
  };
  if (v.comment !== undefined) body.comment = v.comment;
  if (v.destroyedAt !== undefined) body.destroyed_at = seconds(v.destroyedAt);
  return body;
}

/** The `Region` body. */
export function renderRegion(r: RegionRecord): Schemas["Region"] {
  return { id: r.id, name: r.name, icon: r.icon, workspace_id: r.workspace, created_at: seconds(r.createdAt) };
}

/** The `Operation` body. */
export function renderOperation(o: OperationRecord): Schemas["Operation"] {
  const done = o.state !== "RUNNING";
  return {
    id: o.id,
    workspace_id: o.workspace,
    organization_id: null,
    owner_type: o.ownerType,
    owner_id: o.ownerId,
    parent_operation_id: null,
    state: o.state,
    done,
    html_url: `${DASHBOARD_URL}/operations/${o.id}`,
    metadata: structuredClone(o.metadata),
    response: o.response === null ? null : structuredClone(o.response),
    error: o.error ? { ...o.error } : null,
    last_error: null,
    started_at: seconds(o.startedAt),
    completed_at: o.completedAt === null ? null : seconds(o.completedAt),
    steps: o.steps.map((s) => ({
      name: s.name,
      status: s.status,
      execution_type: "system",
      started_at: seconds(s.startedAt),
      completed_at: s.completedAt === null ? null : seconds(s.completedAt),
      error_message: s.errorMessage,
      retryable: false,
      skippable: false,
    })),
  };
}
