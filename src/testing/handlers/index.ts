/**
 * The handler of each operation the fake models, keyed `METHOD /template` as
 * in the spec and the facts table: the hand-written ones (the 32 operations of
 * the first scope and the custom methods of the expanded scope), then the standard methods the derived engine serves
 * (derived.ts, from resource-model.ts) for every operation without one. An
 * operation in neither answers 501 (pipeline.ts). Internal to the fake server.
 */
import type { Handler } from "../context.js";
import { deriveOperations, type DerivedOperation } from "../resource-model.js";
import { spec } from "../spec.js";
import * as capabilities from "./capabilities.js";
import * as changeRequests from "./change-requests.js";
import * as clusters from "./clusters.js";
import * as computeSettings from "./compute-settings.js";
import { derivedHandler } from "./derived.js";
import * as installLogs from "./install-logs.js";
import * as installStatus from "./install-status.js";
import * as installs from "./installs.js";
import * as machines from "./machines.js";
import * as operations from "./operations.js";
import * as packages from "./packages.js";
import * as previewHostnames from "./preview-hostnames.js";
import * as providerTokens from "./provider-tokens.js";
import * as regions from "./regions.js";
import * as versions from "./secret-versions.js";
import * as secrets from "./secrets.js";
import * as snippets from "./snippets.js";
import * as bootstraps from "./worker-bootstraps.js";

/** The hand-written handlers, by operation. */
export const handWritten: Readonly<Record<string, Handler>> = {
  "GET /clusters": clusters.listClusters,
  "POST /clusters": clusters.createCluster,
  "POST /clusters:import": clusters.importCluster,
  "GET /clusters/{id}": clusters.getCluster,
  "PATCH /clusters/{id}": clusters.updateCluster,
  "DELETE /clusters/{id}": clusters.deleteCluster,
  "POST /clusters/{id}:suspend": clusters.suspendCluster,
  "POST /clusters/{id}:resume": clusters.resumeCluster,
  "GET /clusters/{id}/kubeconfig": clusters.getKubeconfig,
  "GET /clusters/{id}/worker_bootstraps": bootstraps.listWorkerBootstraps,
  "POST /clusters/{id}/worker_bootstraps": bootstraps.createWorkerBootstrap,
  "GET /clusters/{id}/worker_bootstraps/{wbs_id}": bootstraps.getWorkerBootstrap,
  "POST /clusters/{id}/worker_bootstraps/{wbs_id}:revoke": bootstraps.revokeWorkerBootstrap,
  "GET /secrets": secrets.listSecrets,
  "POST /secrets": secrets.createSecret,
  "GET /secrets/{id}": secrets.getSecret,
  "PATCH /secrets/{id}": secrets.updateSecret,
  "DELETE /secrets/{id}": secrets.deleteSecret,
  "POST /secrets/{id}:undelete": secrets.undeleteSecret,
  "GET /secrets/{id}/versions": versions.listVersions,
  "POST /secrets/{id}/versions": versions.createVersion,
  "GET /secrets/{id}/versions/{vid}": versions.getVersion,
  "POST /secrets/{id}/versions/{vid}:enable": versions.enableVersion,
  "POST /secrets/{id}/versions/{vid}:disable": versions.disableVersion,
  "POST /secrets/{id}/versions/{vid}:destroy": versions.destroyVersion,
  "POST /secrets/{id}/versions/{vid}:access": versions.accessVersion,
  "GET /operations": operations.listOperations,
  "GET /operations/{id}": operations.getOperation,
  "POST /operations/{id}:wait": operations.waitOperation,
  "POST /operations/{id}:cancel": operations.cancelOperation,
  "GET /regions": regions.listRegions,
  "POST /regions": regions.createRegion,
  "POST /machines/{id}:suspend": machines.suspendMachine,
  "POST /machines/{id}:resume": machines.resumeMachine,
  "GET /clusters/{id}/compute_settings": computeSettings.getComputeSettings,
  "PATCH /clusters/{id}/compute_settings": computeSettings.updateComputeSettings,
  "GET /clusters/{id}/capabilities": capabilities.getCapabilities,
  "POST /clusters/{id}/capabilities:refresh": capabilities.refreshCapabilities,
  "POST /secrets/validate_token": providerTokens.validateToken,
  "POST /repository_change_requests/{id}:createToken": changeRequests.createToken,
  "POST /repository_change_requests/{id}:accept": changeRequests.acceptChangeRequest,
  "POST /repository_change_requests/{id}:reject": changeRequests.rejectChangeRequest,
  "POST /repository_change_requests/{id}:withdraw": changeRequests.withdrawChangeRequest,
  "GET /installs/{id}/status": installStatus.getInstallStatus,
  "GET /installs/{id}/pods": installStatus.listInstallPods,
  "POST /packages:import": packages.importPackage,
  "GET /packages/{id}/versions/{version_id}/inputs": packages.getVersionInputs,
  "GET /packages/artifacthub/{package_id}/versions/{version}/values_schema": packages.getArtifactHubValuesSchema,
  "POST /installs/{id}/preview_hostnames:bindPinned": previewHostnames.bindPinned,
  "POST /installs/{id}/preview_hostnames:bindFloating": previewHostnames.bindFloating,
  "GET /snippets:usage": snippets.listSnippetUsage,
  "GET /snippets/{id}:usage": snippets.getSnippetUsage,
  "POST /snippets:execute": snippets.executeSnippet,
  "POST /snippets/{id}:execute": snippets.executeStoredSnippet,
  "POST /installs/{id}:update": installs.updateInstallVersion,
  "POST /installs/{id}:restore": installs.restoreInstall,
  "PATCH /installs/{id}/automatic_updates": installs.setAutomaticUpdates,
  "POST /installs/{id}/renders": installs.createInstallRender,
  "GET /installs/{id}/logs": installLogs.streamInstallLogs,
};

const derived = deriveOperations(spec).filter((op) => !handWritten[op.operation]);

/** The operations the derived engine serves (those without a hand-written handler). */
export const derivedOperations: readonly string[] = derived.map((op) => op.operation);

/** Handlers by operation. */
export const handlers: Readonly<Record<string, Handler>> = {
  ...Object.fromEntries(derived.map((op) => [op.operation, derivedHandler(op)])),
  ...handWritten,
};

/**
 * Per resource schema served by the derived engine, the operation whose
 * collection seeding places it in: its create, else the one with the most
 * parents (a `SnippetRun` under `/snippets/{id}/runs` shows in `/snippet_runs` too).
 */
export const derivedResources: ReadonlyMap<string, DerivedOperation> = (() => {
  const out = new Map<string, DerivedOperation>();
  for (const op of derived) {
    const known = out.get(op.resource.name);
    if (!known || op.parents.length > known.parents.length) out.set(op.resource.name, op);
  }
  return out;
})();
