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
  "DELETE /clusters/{id}": {
    "operationId": "clusters.delete",
    "idempotencyKey": true,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": true,
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
  "GET /regions": {
    "operationId": "regions.list",
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
  "PATCH /secrets/{id}": {
    "operationId": "secrets.update",
    "idempotencyKey": false,
    "ifMatch": "required",
    "retrySafe": false,
    "returnsOperation": false,
    "sensitiveRequest": [],
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
  "POST /regions": {
    "operationId": "regions.create",
    "idempotencyKey": false,
    "ifMatch": "none",
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
  }
};

/**
 * What the client's transport reads at run time, compact (the full table above stays out
 * of the runtime bundle): for each operation with any of these facts, the FNV-1a hash of
 * `METHOD /path` in base 36 (src/facts.ts hashes the same way), then `:` and flags
 * (`k`: accepts `idempotency-key`; `s`: a non-GET operation retried like a GET), then,
 * when it has any, `:` and its request body fields marked `x-akua-sensitive`, `|`-separated.
 */
export const compactFacts = "xtvsa6:k fi9ey3:k:kubeconfig b7d5kh:k bn42aq:k u4pyv3:k 18p8s9q:k 1rxc9cf:k 1ihbybs:k:kubeconfig uktsye:k 1i026kl:s 6a8ren:k:value jpkfrt:k:value 1sufib7:s 144hs46:k 1rbhktb:k";
