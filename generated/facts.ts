// Generated from openapi/ by `npm run generate`. Do not edit: change the spec and regenerate.

/** What the runtime needs to know about one operation (see scripts/facts.js). */
export interface OperationFacts {
  readonly operationId: string;
  /** Accepts the `idempotency-key` header. */
  readonly idempotencyKey: boolean;
  /** Whether the `if-match` header is required, optional or not accepted. */
  readonly ifMatch: "required" | "optional" | "none";
  /** A read, or a POST marked `x-akua-retry-safe`: retried like a GET. */
  readonly retrySafe: boolean;
  /** A 2xx answer is a long-running Operation. */
  readonly returnsOperation: boolean;
  /** Request body fields marked `x-akua-sensitive` (`a.b`, `list[]`, `map.*`). */
  readonly sensitiveRequest: readonly string[];
  /** Per status, the answer's fields marked `x-akua-sensitive`. */
  readonly sensitiveResponse: Readonly<Record<string, readonly string[]>>;
}

/** Facts per operation, keyed `METHOD /path` as in the spec. */
export const operationFacts: Readonly<Record<string, OperationFacts>> = {
  "DELETE /cloudflare_connections/{id}": {
    "operationId": "cloudflare.deleteCredential",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /clusters/{id}": {
    "operationId": "clusters.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /compute_configs/{id}": {
    "operationId": "computeConfigs.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /installs/{id}": {
    "operationId": "installs.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /installs/{id}/preview_hostnames/{preview_hostname_id}": {
    "operationId": "previewHostnames.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /machines/{id}": {
    "operationId": "machines.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /packages/{id}": {
    "operationId": "packages.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /registry_connections/{id}": {
    "operationId": "registry.deleteCredential",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /secrets/{id}": {
    "operationId": "secrets.delete",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "DELETE /snippets/{id}": {
    "operationId": "snippets.delete",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /cloudflare_connections": {
    "operationId": "cloudflare.listCredentials",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /clusters": {
    "operationId": "clusters.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /clusters/{id}": {
    "operationId": "clusters.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /clusters/{id}/capabilities": {
    "operationId": "clusters.getCapabilities",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /clusters/{id}/compute_settings": {
    "operationId": "clusters.getComputeSettings",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /clusters/{id}/kubeconfig": {
    "operationId": "clusters.getKubeconfig",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "200": [
        "kubeconfig"
      ]
    }
  },
  "GET /clusters/{id}/worker_bootstraps": {
    "operationId": "clusters.listWorkerBootstraps",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "200": [
        "data[].artifacts",
        "data[].cloud_init",
        "data[].command",
        "data[].token"
      ]
    }
  },
  "GET /clusters/{id}/worker_bootstraps/{wbs_id}": {
    "operationId": "clusters.getWorkerBootstrap",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "200": [
        "artifacts",
        "cloud_init",
        "command",
        "token"
      ]
    }
  },
  "GET /compute_configs": {
    "operationId": "computeConfigs.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /compute_configs/{id}": {
    "operationId": "computeConfigs.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs": {
    "operationId": "installs.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}": {
    "operationId": "installs.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/logs": {
    "operationId": "installs.getLogs",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/pods": {
    "operationId": "installs.listPods",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/preview_hostnames": {
    "operationId": "previewHostnames.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/preview_hostnames/{preview_hostname_id}": {
    "operationId": "previewHostnames.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/renders": {
    "operationId": "installs.listRenders",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/renders/{render_id}": {
    "operationId": "installs.getRender",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /installs/{id}/status": {
    "operationId": "installs.getStatus",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines": {
    "operationId": "machines.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines/{id}": {
    "operationId": "machines.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines/{id}/drift_reports": {
    "operationId": "machines.listDriftReports",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines/{id}/drift_reports/{report_id}": {
    "operationId": "machines.getDriftReport",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines/{id}/suspension_events": {
    "operationId": "machines.listSuspensionEvents",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /machines/{id}/suspension_events/{event_id}": {
    "operationId": "machines.getSuspensionEvent",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /operations": {
    "operationId": "operations.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /operations/{id}": {
    "operationId": "operations.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages": {
    "operationId": "packages.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages/artifacthub/{package_id}/versions/{version}/values_schema": {
    "operationId": "packages.getArtifacthubValuesSchema",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages/{id}": {
    "operationId": "packages.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages/{id}/versions": {
    "operationId": "packages.listVersions",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages/{id}/versions/{version_id}": {
    "operationId": "packages.getVersion",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /packages/{id}/versions/{version_id}/inputs": {
    "operationId": "packages.getVersionInputs",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /regions": {
    "operationId": "regions.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /registry_connections": {
    "operationId": "registry.listCredentials",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /repositories": {
    "operationId": "repositories.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /repositories/{id}": {
    "operationId": "repositories.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /repository_change_requests": {
    "operationId": "repositoryChangeRequests.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /repository_change_requests/{id}": {
    "operationId": "repositoryChangeRequests.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /secrets": {
    "operationId": "secrets.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /secrets/{id}": {
    "operationId": "secrets.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /secrets/{id}/versions": {
    "operationId": "secrets.listVersions",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /secrets/{id}/versions/{vid}": {
    "operationId": "secrets.getVersion",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippet_runs": {
    "operationId": "snippetRuns.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippet_runs/{id}": {
    "operationId": "snippetRuns.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets": {
    "operationId": "snippets.list",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets/{id}": {
    "operationId": "snippets.get",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets/{id}/runs": {
    "operationId": "snippets.listRuns",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets/{id}/runs/{run_id}": {
    "operationId": "snippets.getRun",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets/{id}:usage": {
    "operationId": "snippets.getUsage",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "GET /snippets:usage": {
    "operationId": "snippets.listUsage",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /clusters/{id}": {
    "operationId": "clusters.update",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "kubeconfig"
    ],
    "sensitiveResponse": {}
  },
  "PATCH /clusters/{id}/compute_settings": {
    "operationId": "clusters.updateComputeSettings",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /compute_configs/{id}": {
    "operationId": "computeConfigs.update",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /installs/{id}/automatic_updates": {
    "operationId": "installs.setAutomaticUpdates",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /machines/{id}": {
    "operationId": "machines.update",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /secrets/{id}": {
    "operationId": "secrets.update",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "PATCH /snippets/{id}": {
    "operationId": "snippets.update",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /cloudflare_connections": {
    "operationId": "cloudflare.createCredential",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "api_token"
    ],
    "sensitiveResponse": {}
  },
  "POST /clusters": {
    "operationId": "clusters.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /clusters/{id}/capabilities:refresh": {
    "operationId": "clusters.refreshCapabilities",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /clusters/{id}/worker_bootstraps": {
    "operationId": "clusters.createWorkerBootstrap",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "201": [
        "artifacts",
        "cloud_init",
        "command",
        "token"
      ]
    }
  },
  "POST /clusters/{id}/worker_bootstraps/{wbs_id}:revoke": {
    "operationId": "clusters.revokeWorkerBootstrap",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /clusters/{id}:resume": {
    "operationId": "clusters.resume",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /clusters/{id}:suspend": {
    "operationId": "clusters.suspend",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /clusters:import": {
    "operationId": "clusters.import",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "kubeconfig"
    ],
    "sensitiveResponse": {}
  },
  "POST /compute_configs": {
    "operationId": "computeConfigs.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs": {
    "operationId": "installs.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs/{id}/preview_hostnames:bindFloating": {
    "operationId": "previewHostnames.bindFloating",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs/{id}/preview_hostnames:bindPinned": {
    "operationId": "previewHostnames.bindPinned",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs/{id}/renders": {
    "operationId": "installs.createRender",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs/{id}:restore": {
    "operationId": "installs.restore",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /installs/{id}:update": {
    "operationId": "installs.updateVersion",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /machines": {
    "operationId": "machines.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /machines/{id}/drift_reports": {
    "operationId": "machines.createDriftReport",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /machines/{id}:resume": {
    "operationId": "machines.resume",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /machines/{id}:suspend": {
    "operationId": "machines.suspend",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /operations/{id}:cancel": {
    "operationId": "operations.cancel",
    "idempotencyKey": true,
    "ifMatch": "optional",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /operations/{id}:wait": {
    "operationId": "operations.wait",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /packages": {
    "operationId": "packages.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": true,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /packages/{id}/versions": {
    "operationId": "packages.createVersion",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /packages:import": {
    "operationId": "packages.importPublished",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /regions": {
    "operationId": "regions.create",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /registry_connections": {
    "operationId": "registry.createCredential",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "credentials.client_secret",
      "credentials.password",
      "credentials.token"
    ],
    "sensitiveResponse": {}
  },
  "POST /repository_change_requests": {
    "operationId": "repositoryChangeRequests.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /repository_change_requests/{id}:accept": {
    "operationId": "repositoryChangeRequests.accept",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /repository_change_requests/{id}:createToken": {
    "operationId": "repositoryChangeRequests.createToken",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "201": [
        "fork_write_token"
      ]
    }
  },
  "POST /repository_change_requests/{id}:reject": {
    "operationId": "repositoryChangeRequests.reject",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /repository_change_requests/{id}:withdraw": {
    "operationId": "repositoryChangeRequests.withdraw",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /secrets": {
    "operationId": "secrets.create",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "value"
    ],
    "sensitiveResponse": {}
  },
  "POST /secrets/validate_token": {
    "operationId": "secrets.validateToken",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [
      "value"
    ],
    "sensitiveResponse": {}
  },
  "POST /secrets/{id}/versions": {
    "operationId": "secrets.createVersion",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [
      "value"
    ],
    "sensitiveResponse": {}
  },
  "POST /secrets/{id}/versions/{vid}:access": {
    "operationId": "secrets.accessVersion",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": true,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {
      "200": [
        "value"
      ]
    }
  },
  "POST /secrets/{id}/versions/{vid}:destroy": {
    "operationId": "secrets.destroyVersion",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /secrets/{id}/versions/{vid}:disable": {
    "operationId": "secrets.disableVersion",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /secrets/{id}/versions/{vid}:enable": {
    "operationId": "secrets.enableVersion",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /secrets/{id}:undelete": {
    "operationId": "secrets.undelete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /snippets": {
    "operationId": "snippets.create",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /snippets/{id}/runs": {
    "operationId": "snippets.createRun",
    "idempotencyKey": true,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /snippets/{id}:execute": {
    "operationId": "snippets.executeStored",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  },
  "POST /snippets:execute": {
    "operationId": "snippets.execute",
    "idempotencyKey": false,
    "ifMatch": "none",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
    "sensitiveResponse": {}
  }
};

/**
 * What the client's transport reads at run time, compact (the full table above stays out
 * of the runtime bundle). Each operation is a 5-character key (24 bits of the FNV-1a hash
 * of `METHOD /path`, base 36; src/facts.ts hashes the same way): `keyed` lists those that
 * accept `idempotency-key`, `retrySafe` the non-GET operations retried like a GET, and
 * `sensitive` gives `key:field|field` for request body fields marked `x-akua-sensitive`.
 */
export const compactFacts = {
  "keyed": "98wz29nvqm5zi9b38djw4ikip50slc8vqwb0mzbt007dr51mzk3te9d4s7w99kplu5xtj3125ni3xnbj3jjbc7bscz3rswy7cfl99bs094lt6u9x9p430mqz31usc6mili40vsb9gzhg22guu1bng74pkom36jib8pjsu26xsm5x2gn5ogut3112k6hozj0d9ll64906225jz3lyq1",
  "retrySafe": "68ybp885x47244z",
  "sensitive": "8vqwb:kubeconfig 4x473:api_token 3jjbc:kubeconfig 36jib:credentials.client_secret|credentials.password|credentials.token 6hozj:value 885x4:value 0d9ll:value"
};
