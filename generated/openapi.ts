/**
 * Generated from openapi/ by `npm run generate` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

export interface paths {
    "/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clusters
         * @description Lists the clusters of the workspace, managed and imported, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`).
         */
        get: operations["clusters.list"];
        put?: never;
        /**
         * Create a managed cluster
         * @description Starts provisioning a cluster managed by Akua in a region (`network_profile`
         *     defaults to `linux_cilium`). Answers 202 with the Operation that does the
         *     work (`metadata.type` `cluster.create`); the cluster goes `pending` ->
         *     `provisioning` -> `active`. Wait for the operation with
         *     `POST /operations/{id}:wait`: on success `response.cluster_id` names the new
         *     cluster.
         *
         *     An `idempotency-key` (1-64 characters) makes the call safe to retry: a
         *     repeated request with the same key returns the first answer instead of doing
         *     the work twice. Without one, a retried request may create a second cluster.
         *
         *     To register a cluster you already run, use `POST /clusters:import` instead.
         */
        post: operations["clusters.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cluster
         * @description Returns one cluster, including its `etag`: send it as `if-match` on PATCH, DELETE, `:suspend` and `:resume`. 404 when the cluster does not exist (also after it was deleted).
         */
        get: operations["clusters.get"];
        put?: never;
        post?: never;
        /**
         * Delete a cluster
         * @description Starts deleting the cluster. Answers 202 with the Operation (`metadata.type`
         *     `cluster.delete`); the cluster shows `state` `deleting` until its installs,
         *     managed workers and machine snapshots have been removed, then disappears
         *     (GET answers 404).
         *
         *     Requires `if-match` with the cluster's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     Only a workspace owner may delete a cluster (403 otherwise). 404 when the
         *     cluster does not exist. An `idempotency-key` (1-64 characters) makes the
         *     call safe to retry: a repeated request with the same key returns the first
         *     answer instead of doing the work twice.
         */
        delete: operations["clusters.delete"];
        options?: never;
        head?: never;
        /**
         * Update a cluster
         * @description Changes the cluster's `name`, `region_id`, `provider` or `kubeconfig`.
         *
         *     This is a conditional write, so `if-match` is required:
         *
         *     1. Read the cluster with `GET /clusters/{id}` and keep its `etag`.
         *     2. Send the change with `if-match: <etag>`.
         *     3. If the cluster changed in between, the answer is 409 with an error entry
         *        whose `metadata.reason` is `ABORTED` and whose `metadata.current_etag`
         *        holds the current etag. Read the cluster again, reapply your change and
         *        send it with the new etag.
         *
         *     PATCH replaces each top-level field it names and leaves the others as they
         *     are; send only the fields you want to change. `kubeconfig` replaces the
         *     stored credentials of an imported cluster and is never echoed. Answers 200
         *     with the updated cluster and its new `etag`; 404 when the cluster does not
         *     exist. An `idempotency-key` (1-64 characters) makes the call safe to retry:
         *     a repeated request with the same key returns the first answer instead of
         *     doing the work twice.
         *
         *     ```http
         *     PATCH /v1/clusters/clu_2f7d9c1a4b8e
         *     authorization: Bearer <token>
         *     if-match: 17
         *     idempotency-key: 0b6f3c1e-rename-prod-eu
         *     content-type: application/json
         *
         *     { "name": "prod-eu-2" }
         *     ```
         */
        patch: operations["clusters.update"];
        trace?: never;
    };
    "/clusters:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an existing cluster
         * @description Registers a Kubernetes cluster you already run ("bring your own cluster")
         *     with Akua, using an admin kubeconfig. Unlike `POST /clusters`, import is
         *     synchronous: it answers 200 with the new cluster (`provider`
         *     `imported_byoc`) and there is no operation to wait for.
         *
         *     The kubeconfig is a credential: it is stored and never echoed back. Get an
         *     admin kubeconfig later with `GET /clusters/{id}/kubeconfig`, and replace the
         *     stored one with `PATCH /clusters/{id}`.
         *
         *     An `idempotency-key` (1-64 characters) makes the call safe to retry: a
         *     repeated request with the same key returns the first answer instead of doing
         *     the work twice. Without one, a retried request may import the cluster twice.
         *
         *     ```http
         *     POST /v1/clusters:import
         *     authorization: Bearer <token>
         *     idempotency-key: 9a4d2f7e-import-edge-berlin
         *     content-type: application/json
         *
         *     {
         *       "name": "edge-berlin",
         *       "region_id": "reg_4n8p2x6v",
         *       "kubeconfig": "apiVersion: v1\nkind: Config\nclusters:\n  - name: edge-berlin\n ..."
         *     }
         *     ```
         */
        post: operations["clusters.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}:suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a cluster
         * @description Starts suspending the cluster. Answers 202 with the Operation
         *     (`metadata.type` `cluster.suspend`); the cluster reaches `state` `suspended`
         *     when it completes. Resume it with `:resume`.
         *
         *     Requires `if-match` with the cluster's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the cluster does not exist. An `idempotency-key` (1-64 characters)
         *     makes the call safe to retry: a repeated request with the same key returns
         *     the first answer instead of doing the work twice.
         */
        post: operations["clusters.suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}:resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a cluster
         * @description Starts resuming a suspended cluster. Answers 202 with the Operation
         *     (`metadata.type` `cluster.resume`); the cluster is `active` again when it
         *     completes.
         *
         *     Requires `if-match` with the cluster's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the cluster does not exist. An `idempotency-key` (1-64 characters)
         *     makes the call safe to retry: a repeated request with the same key returns
         *     the first answer instead of doing the work twice.
         */
        post: operations["clusters.resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/kubeconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an admin kubeconfig
         * @description Returns an admin kubeconfig for the cluster. The answer is a credential:
         *     keep it out of logs and store it like a password.
         *
         *     Every call is audited, and the call fails closed: when the audit record
         *     cannot be written it answers 500 and no kubeconfig is returned. 404 when the
         *     cluster does not exist.
         */
        get: operations["clusters.getKubeconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/worker_bootstraps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List worker bootstraps
         * @description Lists the worker bootstraps of the cluster, including revoked and expired ones, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). The secret fields (`token`, `command`, `cloud_init`, `artifacts`) are never included. 404 when the cluster does not exist.
         */
        get: operations["clusters.listWorkerBootstraps"];
        put?: never;
        /**
         * Create a worker bootstrap
         * @description Mints a worker bootstrap for the cluster: a short-lived join token (lifetime
         *     `ttl_seconds`, from 60 seconds to one day) together with ready-to-run join
         *     instructions for new worker machines.
         *
         *     Answers 201 with a `Location` header pointing at the new bootstrap. **The
         *     `token`, `command`, `cloud_init` and `artifacts` are shown once, in this
         *     response only**: GET, list and `:revoke` never return them, so hand them to
         *     the machine or store them safely right away. Revoke a token you no longer
         *     need with `:revoke`.
         *
         *     An `idempotency-key` (1-64 characters) makes the call safe to retry: a
         *     repeated request with the same key returns the first answer instead of doing
         *     the work twice. 404 when the cluster does not exist.
         *
         *     ```http
         *     POST /v1/clusters/clu_2f7d9c1a4b8e/worker_bootstraps
         *     authorization: Bearer <token>
         *     idempotency-key: 3e8c1d52-join-rack-7
         *     content-type: application/json
         *
         *     { "ttl_seconds": 3600 }
         *     ```
         */
        post: operations["clusters.createWorkerBootstrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/worker_bootstraps/{wbs_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a worker bootstrap
         * @description Returns one worker bootstrap with its `status`, expiry and `etag` (needed by `:revoke`). The secret fields (`token`, `command`, `cloud_init`, `artifacts`) are never included. 404 when the cluster or the bootstrap does not exist.
         */
        get: operations["clusters.getWorkerBootstrap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/worker_bootstraps/{wbs_id}:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a worker bootstrap
         * @description Revokes the bootstrap token. The token stops working at once (`status`
         *     `revoked`); the cleanup finishes asynchronously, so the answer is 202 with
         *     an Operation (`metadata.type` `cluster.worker_bootstrap.revoke`).
         *
         *     Requires `if-match` with the bootstrap's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the cluster or the bootstrap does not exist. An `idempotency-key`
         *     (1-64 characters) makes the call safe to retry: a repeated request with the
         *     same key returns the first answer instead of doing the work twice.
         */
        post: operations["clusters.revokeWorkerBootstrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secrets
         * @description Lists the secrets of the workspace (metadata only, never values), cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). Filter by `kind`. Needs the `secrets:read` scope.
         */
        get: operations["secrets.list"];
        put?: never;
        /**
         * Create a secret
         * @description Creates a secret and stores `value` as its version 1. Needs the
         *     `secrets:write` scope.
         *
         *     **The value is never returned**: the 201 answer holds the secret's metadata
         *     only (`version_count` 1), and no call echoes it except
         *     `POST /secrets/{id}/versions/{vid}:access`. Pick the body variant by `kind`.
         *     Where the kind supports it, the credential is checked with its provider and
         *     the outcome shows in `validation`.
         *
         *     400 when the body matches no variant (for example a `webhook_signing` value
         *     shorter than 16 characters); 409 when the request conflicts with the current
         *     state of the workspace. An `idempotency-key` (1-64 characters) makes the
         *     call safe to retry: a repeated request with the same key returns the first
         *     answer instead of doing the work twice.
         *
         *     ```http
         *     POST /v1/secrets
         *     authorization: Bearer <token>
         *     idempotency-key: 7f21c9a0-hcloud-prod
         *     content-type: application/json
         *
         *     {
         *       "name": "hcloud-prod",
         *       "kind": "cloud_provider/hcloud",
         *       "labels": { "team": "platform" },
         *       "value": "<hetzner-api-token>"
         *     }
         *     ```
         */
        post: operations["secrets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a secret
         * @description Returns the secret's metadata, including its `etag` (needed by PATCH, DELETE and `:undelete`). The value is never included; read it with `:access`. Needs the `secrets:read` scope. 404 when the secret does not exist.
         */
        get: operations["secrets.get"];
        put?: never;
        post?: never;
        /**
         * Delete a secret
         * @description Soft-deletes the secret: it moves to `state` `soft_deleted`, can no longer
         *     be accessed, and is destroyed for good at `purge_at`; until then `:undelete`
         *     restores it. With `force=true` the secret and all version payloads are
         *     destroyed at once, irreversibly.
         *
         *     Requires `if-match` with the secret's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the secret does not exist. This call takes no `idempotency-key`.
         *     Needs the `secrets:write` scope.
         */
        delete: operations["secrets.delete"];
        options?: never;
        head?: never;
        /**
         * Update a secret's metadata
         * @description Changes the secret's metadata: `name`, `labels`, `mime_type` and
         *     `version_aliases`. Each field you send replaces the stored value as a whole
         *     (maps are replaced, not merged). The payload cannot be changed here: rotate
         *     it by adding a version with `POST /secrets/{id}/versions`.
         *
         *     Requires `if-match` with the secret's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     400 when the body is invalid; 404 when the secret does not exist. This call
         *     takes no `idempotency-key`. Needs the `secrets:write` scope.
         */
        patch: operations["secrets.update"];
        trace?: never;
    };
    "/secrets/{id}:undelete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted secret
         * @description Restores a soft-deleted secret before its `purge_at`; it becomes `active`
         *     again with its versions. 404 once the secret has been purged or was deleted
         *     with `force=true`.
         *
         *     Requires `if-match` with the secret's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     An `idempotency-key` (1-64 characters) makes the call safe to retry: a
         *     repeated request with the same key returns the first answer instead of doing
         *     the work twice. Needs the `secrets:write` scope.
         */
        post: operations["secrets.undelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secret versions
         * @description Lists the versions of the secret (metadata only), cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). Filter by `state`. Needs the `secrets:read` scope. 404 when the secret does not exist.
         */
        get: operations["secrets.listVersions"];
        put?: never;
        /**
         * Add a secret version
         * @description Rotates the secret: appends a new, immutable version holding `value` and
         *     answers 201 with the version's metadata. The value is never echoed. Point an
         *     alias at the new version with PATCH `version_aliases` when callers read it
         *     by alias.
         *
         *     400 when the body is invalid; 404 when the secret does not exist. An
         *     `idempotency-key` (1-64 characters) makes the call safe to retry: a repeated
         *     request with the same key returns the first answer instead of doing the work
         *     twice. Needs the `secrets:write` scope.
         */
        post: operations["secrets.createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions/{vid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a secret version
         * @description Returns one version's metadata, including its `etag` (needed by `:enable`, `:disable` and `:destroy`). The payload is never included; read it with `:access`. Needs the `secrets:read` scope. 404 when the secret or the version does not exist.
         */
        get: operations["secrets.getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions/{vid}:enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a secret version
         * @description Makes a disabled version readable with `:access` again. Idempotent: enabling
         *     an enabled version succeeds and changes nothing. 409 when the version is
         *     destroyed, which cannot be undone.
         *
         *     Requires `if-match` with the version's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the secret or the version does not exist. An `idempotency-key`
         *     (1-64 characters) makes the call safe to retry: a repeated request with the
         *     same key returns the first answer instead of doing the work twice. Needs the
         *     `secrets:write` scope.
         */
        post: operations["secrets.enableVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions/{vid}:disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a secret version
         * @description Makes the version unreadable with `:access` while keeping its payload;
         *     `:enable` reverses it.
         *
         *     Requires `if-match` with the version's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the secret or the version does not exist. This call takes no
         *     `idempotency-key`. Needs the `secrets:write` scope.
         */
        post: operations["secrets.disableVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions/{vid}:destroy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Destroy a secret version
         * @description Erases the version's payload for good. Irreversible: the version keeps its
         *     metadata with `state` `destroyed` and `destroyed_at`, and can never be
         *     enabled or accessed again.
         *
         *     Requires `if-match` with the version's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the secret or the version does not exist. This call takes no
         *     `idempotency-key`. Needs the `secrets:write` scope.
         */
        post: operations["secrets.destroyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}/versions/{vid}:access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a secret value
         * @description Returns the plaintext `value` of an enabled version. `vid` is a version id
         *     (`secv_...`), `latest`, or an alias from the secret's `version_aliases` such
         *     as `current`. Every access is audited. Needs the `secrets:access` scope.
         *
         *     404 when the secret or the version does not exist, and also when the secret
         *     is soft-deleted. Only enabled versions can be read: a version that is not
         *     enabled is refused with 409 or 410.
         *
         *     The call only reads (and audits), so although it is a POST it is safe to
         *     repeat without an idempotency key (`x-akua-retry-safe`). The answer carries
         *     a secret: keep it out of logs.
         */
        post: operations["secrets.accessVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List operations
         * @description Lists the operations of the workspace, newest first, cursor-paginated
         *     (`limit`, `cursor`; follow `next_cursor` while `has_more`).
         *
         *     Filter by the resource an operation works on with `owner_type` together with
         *     `owner_id`; `owner_id` is required when `owner_type` is set, and a request
         *     with one but not the other answers 400. The list can include operations on
         *     resources outside this SDK's scope. In-flight state may lag by a few
         *     seconds; a done operation never changes.
         */
        get: operations["operations.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operation
         * @description Returns one operation with its per-step progress (`steps`).
         *
         *     While `done` is false the operation is `RUNNING`. Once `done` is true its
         *     `state` is final: `response` holds the typed result of a `SUCCEEDED`
         *     operation, and `error.message` says why a `FAILED` or `CANCELLED` one did
         *     not succeed. In-flight state may lag by a few seconds. Prefer
         *     `POST /operations/{id}:wait` to repeated polling. 404 when no such operation
         *     is visible to the caller.
         */
        get: operations["operations.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}:wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait for an operation
         * @description Long-polls an operation: the server holds the request until the operation
         *     reaches a terminal state (`SUCCEEDED`, `FAILED` or `CANCELLED`) or until
         *     `timeout` seconds have passed (default 30, maximum 60), then answers 200
         *     with the latest Operation either way. Check `done`: when it is still false,
         *     call again. Give the HTTP request a client timeout longer than `timeout`.
         *
         *     The call only reads, so although it is a POST it is safe to repeat without
         *     an idempotency key (`x-akua-retry-safe`). 404 when the operation does not
         *     exist.
         */
        post: operations["operations.wait"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/{id}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an operation
         * @description Asks for a running operation to be cancelled. Cancellation is asynchronous:
         *     the answer is 202 with the operation as it is now, usually still `RUNNING`;
         *     wait for it with `:wait` to see it end. It ends `CANCELLED`, or in its own
         *     terminal state when it finishes first.
         *
         *     Replayable: repeating the request with the same `idempotency-key` returns
         *     the first answer. `if-match` is optional on this call (up to 64 characters).
         *     422 when the operation is already terminal (`done`); 404 when it does not
         *     exist.
         */
        post: operations["operations.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description Lists the regions of the workspace, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). A region's `id` is the `region_id` of cluster create and import.
         */
        get: operations["regions.list"];
        put?: never;
        /**
         * Create a region
         * @description Creates a named region in the workspace, for example to file imported
         *     clusters under. Answers 201 with the region; 422 when the region cannot be
         *     created as requested.
         *
         *     This call takes no `idempotency-key` and no precondition: a retry after an
         *     uncertain failure may create a second region, so list the regions before
         *     retrying.
         */
        post: operations["regions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List packages
         * @description Lists the workspace's packages, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). With the default `view=basic` each package's `composed_from_sources` is left out; pass `view=full` to include it.
         */
        get: operations["packages.list"];
        put?: never;
        /**
         * Create a package from a Helm chart
         * @description Creates a package hosted by Akua from exactly one Helm chart stored in an
         *     OCI registry (`repo_url` must start with `oci://`). Answers 202 with the
         *     Operation that does the work (`metadata.type` `package.create`); wait for
         *     it with `POST /operations/{id}:wait`. On success its `response` gives
         *     `package_id`, the first `package_version_id` and the `repository_id` that
         *     hosts the package. 422 when the request cannot be processed; the causes
         *     are not documented.
         *
         *     An `idempotency-key` (1-64 characters) is optional and makes the call safe
         *     to retry: a repeated request with the same key returns the first answer
         *     instead of creating a second package.
         *
         *     To register an Akua package that is already published to a registry, use
         *     `POST /packages:import` instead.
         */
        post: operations["packages.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a package
         * @description Returns one package, including `latest_version_id` (the workspace's newest version of it) and its `etag` (needed by DELETE). With the default `view=basic` `composed_from_sources` is left out; pass `view=full` to include it. 404 when the package does not exist.
         */
        get: operations["packages.get"];
        put?: never;
        post?: never;
        /**
         * Delete a package
         * @description Permanently deletes the package and every one of its versions; answers 204
         *     with no body. Refused with 409 while any product points at the package or
         *     any install runs one of its versions: delete or move those first.
         *
         *     Requires `if-match` with the package's current `etag`. A stale `if-match`
         *     also answers 409, with an error entry whose `metadata.reason` is `ABORTED`
         *     and whose `metadata.current_etag` holds the current etag: read again and
         *     retry. An `idempotency-key` (1-64 characters) is optional and makes the
         *     call safe to retry. 404 when the package does not exist.
         */
        delete: operations["packages.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a package's versions
         * @description Lists the versions of a package, newest first, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). 404 when the package does not exist.
         */
        get: operations["packages.listVersions"];
        put?: never;
        /**
         * Add a version to an OCI-sourced package
         * @description Adds an immutable version to a package whose `source.kind` is `oci`
         *     (registered with `POST /packages:import`). Hosted packages get new versions
         *     only through their creation workflow, not through this call. `ref` (usually
         *     the digest printed by `akua publish`) and `input_schema` must match what
         *     was actually published; Akua checks them before accepting the version.
         *     Answers 201 with the new version.
         *
         *     Needs permission to import published packages. 404 when the package does
         *     not exist; 409 and 422 are listed but their causes are not documented.
         *     This call takes no `idempotency-key`: if a request times out, check the
         *     versions list before sending it again.
         */
        post: operations["packages.createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{id}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a package version
         * @description Returns one version of a package: its semantic version, artifact `ref` and input JSON Schema. 404 when the package or the version does not exist.
         */
        get: operations["packages.getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/{id}/versions/{version_id}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a package version's input schema
         * @description Returns the JSON Schema of the values an install of this version accepts: the document the install wizard renders as a form. Use it to build or check `initial_values` for `POST /installs`. 404 when the package or the version does not exist.
         */
        get: operations["packages.getVersionInputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages/artifacthub/{package_id}/versions/{version}/values_schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an Artifact Hub chart's values and schema
         * @description Looks up a Helm chart version on Artifact Hub and returns its default values twice, parsed (`values`) and raw (`values_yaml`), with a JSON Schema derived from them (`schema`). With `include_schema=true` the derived schema is overlaid with the chart's own values schema when the chart publishes one. `schema` is null when the values cannot be parsed. Useful to prepare the `values` of a Helm source for `POST /packages`. Only 401 is listed among the errors; what an unknown chart answers is not documented. This call takes no `akua-context`.
         */
        get: operations["packages.getArtifacthubValuesSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/packages:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a published Akua package
         * @description Registers an Akua package that is already published to an OCI registry
         *     (`oci_ref`, starting `oci://`) together with its first immutable version,
         *     and answers 201 with the new Package (`source.kind` `oci`). `version.ref`
         *     and `version.input_schema` must match what was published; Akua checks them
         *     before accepting. When the workspace has an active registry connection for
         *     the host of `oci_ref`, Akua reads the artifact with that connection's
         *     credential. Add later versions with `POST /packages/{id}/versions`.
         *
         *     Needs permission to import published packages. 409 and 422 are listed but
         *     their causes are not documented. An `idempotency-key` (1-64 characters) is
         *     optional and makes the call safe to retry: a repeated request with the
         *     same key returns the first answer instead of importing twice.
         */
        post: operations["packages.importPublished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List installs
         * @description Lists the workspace's installs, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). With `product_id` it lists instead the installs credited to that product, newest first: a support view for the product's owner, in which `cluster_id` is left out for installs owned by customers.
         */
        get: operations["installs.list"];
        put?: never;
        /**
         * Install a product or a package
         * @description Installs a product (`product_id`) or, directly, a package (`package_id`
         *     with `package_version_pin`: `latest` or one `pinned` semantic version) in
         *     a region (`region_id`, required either way). The work runs in the
         *     background: the call answers 202 with an Operation (`metadata.type`
         *     `install.create`); wait for it with `POST /operations/{id}:wait`. On
         *     success its `response` gives `install_id` plus the Argo CD application's
         *     name and namespace, or `install_id` with `sandbox_skipped: true`.
         *
         *     An `idempotency-key` (1-64 characters) is optional and makes the call safe
         *     to retry: a repeated request with the same key returns the first answer
         *     instead of creating a second install.
         */
        post: operations["installs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an install
         * @description Returns one install, including its `state`, exposed `urls` and `etag` (needed by DELETE). 404 when the install does not exist.
         */
        get: operations["installs.get"];
        put?: never;
        post?: never;
        /**
         * Delete an install
         * @description Deletes the install. Answers 202 with an Operation (`metadata.type`
         *     `install.delete`); the clean-up of the install's resources continues
         *     asynchronously. On success the operation's `response` says whether the
         *     Argo CD application was deleted (`argo_app_deleted`) and the install's
         *     repository purged (`repo_purged`). The install's `state` becomes
         *     `deleted`; how long it stays readable is not documented.
         *
         *     Requires `if-match` with the install's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     An `idempotency-key` (1-64 characters) is optional and makes the call safe
         *     to retry. No 404 is listed for this call.
         */
        delete: operations["installs.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}:update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an install to another package version
         * @description Moves the install to another version of the same package
         *     (`package_version_id`). Akua starts a fresh git-backed render of that
         *     version; the install's `current_version` changes only once that render
         *     has been deployed. Until then, or if it fails, the requested version shows
         *     as `desired_version` (null again once both match).
         *
         *     Answers 202 with `{install, render}`: the install's version state and the
         *     render that was started (or null). This is not an Operation: follow the
         *     render with `GET /installs/{id}/renders/{render_id}`.
         *
         *     Requires `if-match` and an `idempotency-key` (1-64 characters; a repeated
         *     request with the same key returns the first answer). Which etag `if-match`
         *     expects, the install's or its version state's, is not documented. A stale
         *     `if-match` answers 409 with `metadata.reason` `ABORTED` and the current
         *     etag in `metadata.current_etag`. 404 when the install does not exist.
         */
        post: operations["installs.updateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}:restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an earlier render of an install
         * @description Re-applies an earlier successful render (`render_id`) of the same install
         *     and package: Akua commits a copy of that render's git tree on top of the
         *     install's history. No existing commit is rewritten. The new render's
         *     `restored_from_render_id` names the render it copies.
         *
         *     Answers 202 with `{install, render}`: the install's version state and the
         *     render that was started (or null). This is not an Operation: follow the
         *     render with `GET /installs/{id}/renders/{render_id}`.
         *
         *     Requires `if-match` and an `idempotency-key` (1-64 characters; a repeated
         *     request with the same key returns the first answer). Which etag `if-match`
         *     expects, the install's or its version state's, is not documented. A stale
         *     `if-match` answers 409 with `metadata.reason` `ABORTED` and the current
         *     etag in `metadata.current_etag`. 404 when the install does not exist.
         */
        post: operations["installs.restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/automatic_updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn automatic updates on or off for an install
         * @description Enables or disables automatic version updates for this one install
         *     (`automatic_updates_enabled`). Answers 200 with `{install, render}`: the
         *     install's version state (whose `automatic_updates_enabled` reflects the
         *     change) and a render, or null. When a render is returned is not documented.
         *
         *     Requires `if-match` and an `idempotency-key` (1-64 characters; a repeated
         *     request with the same key returns the first answer). Which etag `if-match`
         *     expects, the install's or its version state's, is not documented. A stale
         *     `if-match` answers 409 with `metadata.reason` `ABORTED` and the current
         *     etag in `metadata.current_etag`. 404 when the install does not exist.
         */
        patch: operations["installs.setAutomaticUpdates"];
        trace?: never;
    };
    "/installs/{id}/renders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an install's renders
         * @description Lists the install's renders, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`); the order is not documented. Use a `deployed` render's id with `:restore` or to bind a preview hostname. 404 when the install does not exist.
         */
        get: operations["installs.listRenders"];
        put?: never;
        /**
         * Render an install
         * @description Starts a new render of the install with its current version and values,
         *     and answers 201 with the render, usually still `running`; it ends
         *     `deployed`, `skipped` or `failed`. Follow it with
         *     `GET /installs/{id}/renders/{render_id}`. With `skip_unchanged` (true by
         *     default) a render whose output would not change ends as `skipped`.
         *
         *     An `idempotency-key` (1-64 characters) is optional and makes the call safe
         *     to retry: a repeated request with the same key returns the first answer
         *     instead of starting a second render. 404 when the install does not exist;
         *     409 is listed but its cause is not documented.
         */
        post: operations["installs.createRender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/renders/{render_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a render of an install
         * @description Returns one render of the install, with its `state` (`running`, `deployed`, `skipped` or `failed`), commit and render hash. Poll it to follow a render started by `POST .../renders`, `:update` or `:restore`. 404 when the install or the render does not exist.
         */
        get: operations["installs.getRender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an install's live deploy status
         * @description Returns the install's live deploy status, meant for dashboards and health checks: Argo CD-style `health`, `sync`, deployed `revision`, per-resource status and the phase of the last sync (each null when not known), plus the install's `state` and `reconciling`. 404 when the install does not exist.
         */
        get: operations["installs.getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/pods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an install's pods
         * @description Returns the install's current pods with the names of their containers, all at once (not paginated). Use a pod and container name to narrow `GET /installs/{id}/logs`. 404 when the install does not exist.
         */
        get: operations["installs.listPods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream an install's logs
         * @description Streams the install's container logs as Server-Sent Events
         *     (`text/event-stream`); send `Accept: text/event-stream`. This is the only
         *     call in the SDK's scope whose success body is not JSON.
         *
         *     Each log line arrives as an event named `message` whose `data` is a JSON
         *     object encoded as a string, with `content` (the log text), `podName`,
         *     `containerName`, `timestamp` (an ISO 8601 string) and a boolean `last`
         *     (its meaning is not documented). The stream ends with one event named
         *     `end` whose `data` is exactly `{}`. With `follow` (the default) the stream
         *     stays open and carries new lines as they are written; with `follow=false`
         *     it sends what is there and ends.
         *
         *     Errors detected before the stream opens are ordinary JSON error answers
         *     (401, 403, 404 when the install does not exist). A failure after it opened
         *     is reported inside the stream: the public description names an event
         *     `effect/httpapi/stream/failure` carrying `{error}`, which the structure
         *     does not declare.
         *
         *     Narrow the stream with `pod` and `container` (names from
         *     `GET /installs/{id}/pods`), `tail` and `since_seconds`.
         */
        get: operations["installs.getLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/preview_hostnames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an install's preview hostnames
         * @description Lists the preview hostnames of the install, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`), optionally filtered by `binding_kind`, `track` and `state`. Note that the `state` filter matches the hostname's `status` field. No 404 is listed for this call.
         */
        get: operations["previewHostnames.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/preview_hostnames/{preview_hostname_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a preview hostname
         * @description Returns one preview hostname of the install: its `hostname`, binding (pinned render, or track and current render), `status` and `etag` (needed by DELETE). 404 when it does not exist.
         */
        get: operations["previewHostnames.get"];
        put?: never;
        post?: never;
        /**
         * Release a preview hostname
         * @description Releases the preview hostname. Answers 202 with the workflow Operation
         *     (`metadata.type` `preview_hostname.delete`); wait for it with
         *     `POST /operations/{id}:wait`. On success its `response` gives
         *     `install_id`, `preview_hostname_id` and `hostname`.
         *
         *     Requires `if-match` with the hostname's current `etag` and an
         *     `idempotency-key` (1-64 characters; a repeated request with the same key
         *     returns the first answer). A stale `if-match` answers 409 with
         *     `metadata.reason` `ABORTED` and the current etag in
         *     `metadata.current_etag`. No 404 is listed for this call.
         */
        delete: operations["previewHostnames.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/preview_hostnames:bindPinned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a render an immutable preview hostname
         * @description Binds a new preview hostname to one render of the install (`render_id`);
         *     the hostname always serves that render. `protocol` defaults to `http` and
         *     `routing_mode` to `through_dispatcher`.
         *
         *     Answers 202 with the workflow Operation (`metadata.type`
         *     `preview_hostname.bind_pinned`); wait for it with
         *     `POST /operations/{id}:wait`. On success its `response` gives
         *     `install_id`, `preview_hostname_id` and the assigned `hostname`.
         *
         *     Requires an `idempotency-key` (1-64 characters; a repeated request with
         *     the same key returns the first answer instead of binding a second
         *     hostname). No 404 is listed for this call.
         */
        post: operations["previewHostnames.bindPinned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/installs/{id}/preview_hostnames:bindFloating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind or re-point a track's preview hostname
         * @description Gives a track of the install (`track`) a stable preview hostname serving
         *     `render_id`, or, when the track already has one, re-points it at that
         *     render. `protocol` defaults to `http` and `routing_mode` to
         *     `through_dispatcher`.
         *
         *     Answers 202 with the workflow Operation (`metadata.type`
         *     `preview_hostname.bind_floating`); wait for it with
         *     `POST /operations/{id}:wait`. On success its `response` gives
         *     `install_id`, `preview_hostname_id` and the `hostname`.
         *
         *     Requires an `idempotency-key` (1-64 characters; a repeated request with
         *     the same key returns the first answer). No 404 is listed for this call.
         */
        post: operations["previewHostnames.bindFloating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snippets
         * @description Lists the workspace's snippets, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). Each item is a whole snippet, legacy or result contract v1, with its `code` and `etag`. Whether archived snippets are listed is not documented.
         */
        get: operations["snippets.list"];
        put?: never;
        /**
         * Create a snippet
         * @description Stores a snippet: the body of an async JavaScript function that runs in a
         *     sandbox and can call the Akua API through `platform.request()`. The body is
         *     exactly one of two shapes: legacy (`name`, `code`, `display_type`) or result
         *     contract v1 (the same plus `result_contract_version` 1, `result_type` and
         *     `default_visualization`).
         *
         *     Answers 201 with the new snippet's id only (`snippet_id`); read the snippet
         *     with `GET /snippets/{id}`. 422 when the request is refused (the causes are
         *     not documented). This call takes no `idempotency-key`: a request retried
         *     after a timeout may store a second snippet.
         */
        post: operations["snippets.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets:usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List where snippets are used
         * @description Lists, per snippet of the workspace, the dashboards that reference it and their number. The answer has the list envelope (`data`, `has_more`, `next_cursor`), but this call takes no `cursor` or `limit`. Check it before archiving: DELETE answers 409 while a live dashboard uses the snippet.
         */
        get: operations["snippets.listUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets/{id}:usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get where a snippet is used
         * @description Returns the dashboards that reference the snippet, and how many there are. DELETE answers 409 while a live dashboard uses the snippet. 404 when the snippet does not exist.
         */
        get: operations["snippets.getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a snippet
         * @description Returns the snippet with its `code`, declared `inputs` and `etag` (needed by PATCH and DELETE); `archived_at` is set once it is archived. 404 when the snippet does not exist.
         */
        get: operations["snippets.get"];
        put?: never;
        post?: never;
        /**
         * Archive a snippet
         * @description Archives the snippet, a soft delete: `archived_at` is set, and its runs and
         *     dashboard revisions are kept. Answers 204, also when the snippet was already
         *     archived. 409 while a live dashboard uses the snippet (see `GET
         *     /snippets/{id}:usage`).
         *
         *     Requires `if-match` with the snippet's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the snippet does not exist. This call takes no `idempotency-key`.
         */
        delete: operations["snippets.delete"];
        options?: never;
        head?: never;
        /**
         * Update a snippet
         * @description Changes the snippet; only the fields you send change. The body is exactly
         *     one of two shapes: legacy, or result contract v1 (with
         *     `result_contract_version` 1, `result_type` and `default_visualization`).
         *     Dashboards pick up new code on their next run. Answers 200 with the
         *     snippet's id only (`snippet_id`); read the snippet again for its new `etag`.
         *
         *     Requires `if-match` with the snippet's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     404 when the snippet does not exist. This call takes no `idempotency-key`.
         */
        patch: operations["snippets.update"];
        trace?: never;
    };
    "/snippets:execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run code once
         * @description Runs ad-hoc `code` (the body of an async JavaScript function) in the sandbox
         *     with the given `inputs`, and answers 200 when it finishes with the outcome:
         *     what the code returned or why it failed, plus the resources it used
         *     (`stats`). Nothing is stored, neither a snippet nor a run; use it to try
         *     code before saving it. 422 when the request is refused (the causes are not
         *     documented).
         *
         *     This call takes no `idempotency-key`. A retry runs the code again, including
         *     any API calls it makes through `platform.request()`.
         */
        post: operations["snippets.execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets/{id}:execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a stored snippet once
         * @description Runs the stored snippet's code with the given `inputs`, like `POST
         *     /snippets:execute`, and answers 200 with the outcome. No run is recorded; to
         *     record one use `POST /snippets/{id}/runs`. The body may be omitted. 404 when
         *     the snippet does not exist; the causes of 409 and 422 are not documented.
         *
         *     This call takes no `idempotency-key`. A retry runs the code again, including
         *     any API calls it makes through `platform.request()`.
         */
        post: operations["snippets.executeStored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a snippet's runs
         * @description Lists the recorded runs of one snippet, cursor-paginated, optionally only those in one `state`. With `view` `basic` (the default) returns compact runs; `full` adds `output` and `error` details. No 404 is listed for an unknown snippet.
         */
        get: operations["snippets.listRuns"];
        put?: never;
        /**
         * Run a snippet and record the run
         * @description Records a run of the snippet and starts it, with the given `inputs` and the
         *     run's origin in `context` (stored as the run's `source`). Answers 201 with
         *     the run; a run's `state` is always terminal (`succeeded`, `failed` or
         *     `timed_out`). The documentation also mentions a `Location` header naming the
         *     new run, which the response does not declare. `overrides` is a legacy field
         *     and is never applied as input.
         *
         *     An `idempotency-key` (1-64 characters) makes the call safe to retry: a
         *     repeated request with the same key returns the first answer instead of doing
         *     the work again. Without one, a retried request may run the snippet twice.
         *     The causes of 409 and 422 are not documented, and no 404 is listed for an
         *     unknown snippet.
         */
        post: operations["snippets.createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippets/{id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a run of a snippet
         * @description Returns one recorded run of the snippet. 404 when the snippet or the run does not exist. `GET /snippet_runs/{id}` returns a run by its id alone.
         */
        get: operations["snippets.getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippet_runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snippet runs
         * @description Lists the workspace's run history, newest first, cursor-paginated. Narrow it with `state`, `source`, `snippet` and `dashboard`. With `view` `basic` (the default) returns compact runs; `full` adds `output` and `error` details.
         */
        get: operations["snippetRuns.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snippet_runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a snippet run
         * @description Returns one run of the workspace with its terminal payload: the output, or the error when it failed or timed out. 404 when the run does not exist.
         */
        get: operations["snippetRuns.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List repositories
         * @description Lists the git repositories Akua manages for the workspace (cluster deploy repositories, package repositories and change-request forks), cursor-paginated. Repositories are read-only through the API. Filter with `purpose`; `view=full` adds implementation detail.
         */
        get: operations["repositories.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repositories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a repository
         * @description Returns one repository. Its shape depends on `purpose`: `deploy` carries `cluster_id`, `package` carries `package_id`, `repository_change_request` carries `repository_change_request_id`. `view=full` adds implementation detail. Repositories are read-only: no call changes them. 404 when the repository does not exist.
         */
        get: operations["repositories.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List repository change requests
         * @description Lists the workspace's change requests, cursor-paginated. Filter by `state`, by `agent`, and by at most one of `parent_repository` and `fork_repository`: sending both answers 400.
         */
        get: operations["repositoryChangeRequests.list"];
        put?: never;
        /**
         * Open a repository change request
         * @description Opens a change request on `parent_repository_id`: Akua forks the repository,
         *     and the proposed changes are pushed to the fork (`fork_repository_id`) with
         *     a credential from `:createToken`. `kind` says who opens it: `user`,
         *     `wizard`, or `agent`, which also needs `agent_id` and
         *     `remediation_evidence`. `expires_at_seconds` sets when it expires. Answers
         *     201 with the change request.
         *
         *     Requires an `idempotency-key` (1-64 characters): a repeated request with the
         *     same key returns the change request it opened instead of opening another.
         *     400 when the body is invalid. 404 is listed without a documented cause (most
         *     likely an unknown parent repository).
         */
        post: operations["repositoryChangeRequests.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests/{id}:createToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a push credential for a change request's fork
         * @description Mints a short-lived credential for the change request's fork:
         *     `fork_write_token`, to use with `fork_remote_url` until `expires_at`.
         *     `scope` is `write` unless you ask for `read`; `expires_in_seconds` is at
         *     most 3600. Answers 201. The token is revealed only in this response and no
         *     read returns it, so mint a new one when it expires; the SDK treats it as a
         *     credential and keeps it out of logs and errors.
         *
         *     Requires an `idempotency-key` (1-64 characters): a repeated request with the
         *     same key returns the first answer. 400 when the body is invalid; 404 when
         *     the change request does not exist; the causes of 409 are not documented.
         */
        post: operations["repositoryChangeRequests.createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a repository change request
         * @description Returns the change request with its `state` and `etag` (needed by `:accept`, `:reject` and `:withdraw`). Push credentials are never part of it; mint one with `:createToken`. 404 when the change request does not exist.
         */
        get: operations["repositoryChangeRequests.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests/{id}:accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a repository change request
         * @description Validates the change request and merges the fork's changes into the parent
         *     repository. Answers 200 with `accepted_at` and an `operation_id` (what that
         *     operation tracks is not documented).
         *
         *     Requires `if-match` with the change request's current `etag` and an
         *     `idempotency-key` (1-64 characters). A stale `if-match` answers 409 with an
         *     error entry whose `metadata.reason` is `ABORTED` and whose
         *     `metadata.current_etag` holds the current etag: read again and retry. Other
         *     causes of 409 are not documented. 404 when the change request does not
         *     exist.
         */
        post: operations["repositoryChangeRequests.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests/{id}:reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a repository change request
         * @description Rejects the change request. `rejection_reason` is required; it is shown in
         *     the review UI and recorded in the audit log. Answers 200 with `rejected_at`.
         *
         *     Requires `if-match` with the change request's current `etag` and an
         *     `idempotency-key` (1-64 characters). A stale `if-match` answers 409 with an
         *     error entry whose `metadata.reason` is `ABORTED` and whose
         *     `metadata.current_etag` holds the current etag: read again and retry. Other
         *     causes of 409 are not documented. 404 when the change request does not
         *     exist.
         */
        post: operations["repositoryChangeRequests.reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repository_change_requests/{id}:withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a repository change request
         * @description Withdraws the change request and purges its fork. Only possible while the
         *     change request is still editable (which states count as editable is not
         *     documented). Answers 200 with `withdrawn_at`.
         *
         *     Requires `if-match` with the change request's current `etag` and an
         *     `idempotency-key` (1-64 characters). A stale `if-match` answers 409 with an
         *     error entry whose `metadata.reason` is `ABORTED` and whose
         *     `metadata.current_etag` holds the current etag: read again and retry. Other
         *     causes of 409 are not documented. 404 when the change request does not
         *     exist.
         */
        post: operations["repositoryChangeRequests.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/compute_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cluster's compute settings
         * @description Returns the cluster's compute settings: whether autoscaling is `active` or `paused`, how many machines it uses, the `max_machines` cap and the `etag` a PATCH needs. 404 when the cluster does not exist.
         */
        get: operations["clusters.getComputeSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a cluster's compute settings
         * @description Switches autoscaling on or off (`auto_scaling_enabled`, a boolean, unlike
         *     the `auto_scaling` string it reads back as) and/or sets the `max_machines`
         *     cap (0-100). Send at least one of the two. Answers 200 with the updated
         *     settings.
         *
         *     Requires `if-match` with the `etag` of your latest read of the settings. A
         *     stale `if-match` answers 409 with an error entry whose `metadata.reason` is
         *     `ABORTED` and whose `metadata.current_etag` holds the current etag: read
         *     again and retry. This call takes no `idempotency-key`. 404 when the cluster
         *     does not exist; 400, 422, 429 and 503 are listed by the API without further
         *     detail (429 and 503: wait, honouring `Retry-After`, and try again).
         */
        patch: operations["clusters.updateComputeSettings"];
        trace?: never;
    };
    "/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List machines
         * @description Lists the machines of the workspace, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). Narrow the list with `cluster_id` and `state`. The order is not documented.
         */
        get: operations["machines.list"];
        put?: never;
        /**
         * Create a machine
         * @description Starts creating a machine at the infrastructure provider from a compute
         *     config and adding it to a cluster as a worker. Answers 202 with the
         *     Operation that does the work (`metadata.type` `machine.create`; its id is
         *     repeated as `operation_id`). Wait for it with
         *     `POST /operations/{id}:wait`: once it SUCCEEDED, `response.machine_id`
         *     names the new machine and `response.provider_id` its identity at the
         *     provider.
         *
         *     An `idempotency-key` (optional, 1-64 characters) makes the call safe to
         *     retry: a repeated request with the same key returns the first answer
         *     instead of creating a second machine. Without one, a retried request may
         *     create a second machine.
         *
         *     404, 409 and 503 are listed by the API without further detail (503: try
         *     again later).
         */
        post: operations["machines.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a machine
         * @description Returns the machine, including its lifecycle `state`, its provider-side identity and addresses, the suspension in effect (if any) and its `etag` (needed by PATCH, DELETE, `:suspend` and `:resume`). 404 when the machine does not exist.
         */
        get: operations["machines.get"];
        put?: never;
        post?: never;
        /**
         * Delete a machine
         * @description Starts removing the machine from its cluster and deleting it at the
         *     provider. Answers 202 with the Operation that does the work
         *     (`metadata.type` `machine.delete`; its id is repeated as `operation_id`);
         *     once it SUCCEEDED, `response.machine_id` names the deleted machine.
         *
         *     Requires both `if-match` with the machine's current `etag` (a stale one
         *     answers 409 with `metadata.reason` `ABORTED` and the current etag in
         *     `metadata.current_etag`) and an `idempotency-key`: the API refuses the call
         *     without one, and repeating it with the same key returns the first answer.
         *     404 when the machine does not exist; 503 when a service the call depends on
         *     is unavailable (try again later).
         */
        delete: operations["machines.delete"];
        options?: never;
        head?: never;
        /**
         * Rename a machine
         * @description Edits the machine's metadata; only `name` can be changed (send null to
         *     clear it). Answers 200 with the updated machine.
         *
         *     Requires `if-match` with the machine's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     An `idempotency-key` is accepted but optional. 404 when the machine does not
         *     exist.
         */
        patch: operations["machines.update"];
        trace?: never;
    };
    "/machines/{id}:suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a machine
         * @description Starts suspending the machine. While it is suspended (`state`
         *     `SUSPENDED`), its `current_suspension` names the provider snapshot taken
         *     for it, when the suspension expires and what it costs. Answers 202 with the
         *     Operation that does the work (`metadata.type` `machine.suspend`; its id is
         *     repeated as `operation_id`); once it SUCCEEDED, `response.suspension_id`
         *     identifies the suspension. An optional `reason` (`manual` or `downgrade`)
         *     is recorded with it.
         *
         *     With providers that recycle servers while suspended, the machine keeps its
         *     id but usually comes back with a different
         *     `provider_resource.public_ip`, unless a floating IP is attached.
         *
         *     Requires both `if-match` with the machine's current `etag` (a stale one
         *     answers 409 with `metadata.reason` `ABORTED` and the current etag in
         *     `metadata.current_etag`) and an `idempotency-key`: the API refuses the call
         *     without one, and repeating it with the same key returns the first answer.
         *     404 when the machine does not exist; 503 when a service the call depends on
         *     is unavailable (try again later).
         */
        post: operations["machines.suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}:resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a suspended machine
         * @description Starts bringing a suspended machine back into service. Answers 202 with the Operation that does the work
         *     (`metadata.type` `machine.resume`; its id is repeated as `operation_id`);
         *     once it SUCCEEDED, `response.machine_id` names the machine. The body is an
         *     empty object.
         *
         *     The machine keeps its id, but with providers that recycle servers while
         *     suspended its `provider_resource.public_ip` is usually different afterwards,
         *     unless a floating IP is attached: read the machine again once the operation
         *     is done.
         *
         *     Requires both `if-match` with the machine's current `etag` (a stale one
         *     answers 409 with `metadata.reason` `ABORTED` and the current etag in
         *     `metadata.current_etag`) and an `idempotency-key`: the API refuses the call
         *     without one, and repeating it with the same key returns the first answer.
         *     404 when the machine does not exist. The answer for a machine that is not
         *     suspended is not documented (409 is listed without detail). 503 when a
         *     service the call depends on is unavailable (try again later).
         */
        post: operations["machines.resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}/drift_reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a machine's drift reports (unsupported)
         * @deprecated
         * @description Lists the drift reports of the machine, cursor-paginated (`limit`,
         *     `cursor`; follow `next_cursor` while `has_more`), optionally only those in
         *     one `state`. The order is not documented.
         *
         *     Deprecated and declared unsupported by the API: scaffolding with no
         *     production handler. Do not call it in production. 404 when the machine
         *     does not exist.
         */
        get: operations["machines.listDriftReports"];
        put?: never;
        /**
         * Create a drift report (unsupported)
         * @deprecated
         * @description Asks for a new comparison of the machine with what its provider reports and
         *     answers 201 with the report and its URL in `Location`.
         *
         *     Deprecated and declared unsupported by the API: scaffolding with no
         *     production handler. Do not call it in production. An `idempotency-key`
         *     is accepted but optional. 404 when the machine does not exist.
         */
        post: operations["machines.createDriftReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}/drift_reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a drift report (unsupported)
         * @deprecated
         * @description Returns one drift report of the machine.
         *
         *     Deprecated and declared unsupported by the API: scaffolding with no
         *     production handler. Do not call it in production. 404 when the machine
         *     or the report does not exist.
         */
        get: operations["machines.getDriftReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}/suspension_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a machine's suspension events (unsupported)
         * @deprecated
         * @description Lists the suspension events of the machine, cursor-paginated (`limit`,
         *     `cursor`; follow `next_cursor` while `has_more`), optionally only those
         *     with one `reason`. The order is not documented.
         *
         *     Deprecated and declared unsupported by the API: scaffolding with no
         *     production handler. Do not call it in production; read a suspended
         *     machine's `current_suspension` instead. 404 when the machine does not
         *     exist.
         */
        get: operations["machines.listSuspensionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machines/{id}/suspension_events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a suspension event (unsupported)
         * @deprecated
         * @description Returns one suspension event of the machine.
         *
         *     Deprecated and declared unsupported by the API: scaffolding with no
         *     production handler. Do not call it in production. 404 when the machine
         *     or the event does not exist.
         */
        get: operations["machines.getSuspensionEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute_configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List compute configs
         * @description Lists the compute configs of the workspace, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). The order is not documented.
         */
        get: operations["computeConfigs.list"];
        put?: never;
        /**
         * Create a compute config
         * @description Creates a compute config: the provider (`hcloud` only), the region and
         *     image servers are created with, and whose credentials to use
         *     (`credential_scope`: `system` for the platform's, `byom` with a `secret_id`
         *     for your own). Answers 201 with the new config, including its `etag`.
         *
         *     An `idempotency-key` (optional, 1-64 characters) makes the call safe to
         *     retry: a repeated request with the same key returns the config created the
         *     first time instead of a duplicate.
         */
        post: operations["computeConfigs.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compute_configs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a compute config
         * @description Returns the compute config, including its `etag` (needed by PATCH and DELETE). 404 when the config does not exist.
         */
        get: operations["computeConfigs.get"];
        put?: never;
        post?: never;
        /**
         * Delete a compute config
         * @description Deletes the compute config and answers 200 with the deleted config (not
         *     204).
         *
         *     Requires `if-match` with the config's current `etag`; a stale one answers
         *     409 with `metadata.reason` `ABORTED` and the current etag in
         *     `metadata.current_etag`. Other causes of 409 are not documented. An
         *     `idempotency-key` is accepted but optional. 404 when the config does not
         *     exist.
         */
        delete: operations["computeConfigs.delete"];
        options?: never;
        head?: never;
        /**
         * Update a compute config
         * @description Changes the config's `name`, `provider_config` or `credential_scope`; the
         *     provider cannot be changed. Answers 200 with the updated config. Whether
         *     `provider_config` is merged or replaced as a whole is not documented, so
         *     send it complete.
         *
         *     Requires `if-match` with the config's current `etag`. A stale `if-match`
         *     answers 409 with an error entry whose `metadata.reason` is `ABORTED` and
         *     whose `metadata.current_etag` holds the current etag: read again and retry.
         *     An `idempotency-key` is accepted but optional. 404 when the config does not
         *     exist.
         */
        patch: operations["computeConfigs.update"];
        trace?: never;
    };
    "/clusters/{id}/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cluster's capabilities
         * @description Returns the last observed snapshot of the cluster's capabilities: API groups, storage, gateway and ingress classes, gateways and nodes, with `freshness` (`missing`, `fresh` or `stale`, the snapshot's age and the status and error of the latest refresh). It does not inspect the cluster; when the snapshot is missing or stale, start a refresh with `POST /clusters/{id}/capabilities:refresh`. 404 when the cluster does not exist.
         */
        get: operations["clusters.getCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clusters/{id}/capabilities:refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a cluster's capabilities
         * @description Starts inspecting the cluster again to update its capabilities snapshot.
         *     Answers 202 with the Operation that does the work (`metadata.type`
         *     `cluster.capabilities.refresh`); once it SUCCEEDED, `response.cluster_id`
         *     names the cluster and `GET /clusters/{id}/capabilities` returns the new
         *     snapshot.
         *
         *     An `idempotency-key` (optional, 1-64 characters) makes the call safe to
         *     retry: a repeated request with the same key returns the first answer
         *     instead of starting another refresh. 404 when the cluster does not exist;
         *     409 is listed by the API without further detail.
         */
        post: operations["clusters.refreshCapabilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/validate_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a provider token
         * @description Checks whether a cloud provider token works before you store it, for
         *     example ahead of creating a `cloud_provider/hcloud` secret. The API makes
         *     one cheap, read-only call to the provider with the token and does not store
         *     it. Only `hcloud` tokens can be checked.
         *
         *     Answers 200 either way: `valid` says whether the provider accepted the
         *     token, and when it did not, `error` gives a readable reason. 400 when the
         *     body is invalid. Needs the `secrets:write` scope.
         *
         *     Nothing is created or changed, so although it is a POST the call is safe
         *     to repeat without an idempotency key (`x-akua-retry-safe`); it takes no
         *     `idempotency-key`.
         */
        post: operations["secrets.validateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry_connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List registry connections
         * @description Lists the workspace's registry connections, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). The stored secrets (password, token, client secret) never appear in the list. The order is not documented.
         */
        get: operations["registry.listCredentials"];
        put?: never;
        /**
         * Create a registry connection
         * @description Stores credentials the Akua OCI proxy uses to pull from an upstream
         *     container registry. Send the `credentials` fields that match `type`:
         *     `basic` needs `username` and `password`; `token` needs `token`; `oauth`
         *     needs `client_id`, `client_secret` and `token_url`. The schema does not
         *     enforce this pairing, so check it yourself before sending.
         *
         *     Answers 201 with no body: the new connection's id is not returned, so find
         *     it with `GET /registry_connections`. The secrets are never returned.
         *
         *     An `idempotency-key` (optional, 1-64 characters) makes the call safe to
         *     retry: a repeated request with the same key does not create a second
         *     connection. 400 when the body is invalid; 409 and 422 are listed by the API
         *     without further detail.
         */
        post: operations["registry.createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry_connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a registry connection
         * @description Deletes the registry connection for good; it cannot be restored. Installs
         *     that pull images through it may no longer be able to pull. Answers 204 with
         *     no body; 404 when the connection does not exist.
         *
         *     This call takes neither `if-match` nor `idempotency-key`.
         */
        delete: operations["registry.deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cloudflare_connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cloudflare connections
         * @description Lists the workspace's Cloudflare connections, cursor-paginated (`limit`, `cursor`; follow `next_cursor` while `has_more`). API tokens never appear in the list. The order is not documented.
         */
        get: operations["cloudflare.listCredentials"];
        put?: never;
        /**
         * Create a Cloudflare connection
         * @description Connects a Cloudflare account for Access-protected origin hostnames: give
         *     the account id, the origin zone id, the hostname suffix and an API token.
         *     The token is stored in a platform secret and never returned.
         *
         *     Answers 201 with no body: the new connection's id is not returned, so find
         *     it with `GET /cloudflare_connections`. This call takes no
         *     `idempotency-key`, so a retry after a timeout may create a second
         *     connection: list the connections before retrying. 400 when the body is
         *     invalid; 409 and 422 are listed by the API without further detail.
         */
        post: operations["cloudflare.createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cloudflare_connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a Cloudflare connection
         * @description Deletes the Cloudflare connection for good; it cannot be restored. It is
         *     only allowed once every gateway that still uses the connection has been
         *     deleted: otherwise the answer is 409. Answers 204 with no body; 404 when
         *     the connection does not exist.
         *
         *     This call takes neither `if-match` nor `idempotency-key`.
         */
        delete: operations["cloudflare.deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The accepted change request.
         * @example {
         *       "repository_change_request_id": "rcr_3v8k1m6p",
         *       "operation_id": "op_5n9b3v7c",
         *       "accepted_at": 1778227200
         *     }
         */
        AcceptRepositoryChangeRequestResponse: {
            /** @description The change request (`rcr_...`). */
            repository_change_request_id: string;
            /** @description Id of an operation returned by the accept (`op_...`); what it tracks is not documented. */
            operation_id: string;
            /** @description When the change request was accepted, in Unix seconds. */
            accepted_at: number;
        };
        /**
         * @description One error of an error envelope.
         * @example {
         *       "code": 1001,
         *       "message": "region_id must not be empty",
         *       "path": [
         *         "body",
         *         "region_id"
         *       ]
         *     }
         */
        ApiErrorEntry: {
            /** @description Numeric error code. Values are not enumerated here; branch on the HTTP status and `metadata` instead. */
            code: number;
            /** @description Human-readable description of the error. */
            message: string;
            /** @description Location of the offending input, for validation errors (for example `["body", "region_id"]`). */
            path?: string[];
            /** @description Machine-readable details as string pairs. A stale `if-match` answers 409 with `reason` `ABORTED` and the current etag in `current_etag`. */
            metadata?: {
                [key: string]: string;
            };
        };
        /**
         * @description The error envelope every 4xx and 5xx answer uses.
         * @example {
         *       "success": false,
         *       "errors": [
         *         {
         *           "code": 1009,
         *           "message": "The cluster was modified since it was read.",
         *           "metadata": {
         *             "reason": "ABORTED",
         *             "current_etag": "18"
         *           }
         *         }
         *       ],
         *       "result": {}
         *     }
         */
        ApiErrorResponse: {
            /**
             * @description Always false on errors.
             * @enum {boolean}
             */
            success: false;
            /** @description One or more errors; the first is the main one. */
            errors: components["schemas"]["ApiErrorEntry"][];
            /** @description Always an empty object on errors. */
            result: Record<string, never>;
        };
        /**
         * @description The track whose stable preview hostname to bind (or re-point) and the render it should serve.
         * @example {
         *       "track": "main",
         *       "render_id": "rnd_3m8x1q5z9b4t"
         *     }
         */
        BindFloatingPreviewHostnameBody: {
            /** @description Name of the track (for example `main` or a branch name); one hostname per track. */
            track: string;
            /** @description The install's render (`rnd_...`) the track should serve. */
            render_id: string;
            /**
             * @description Protocol to serve (`http` by default, `websocket` or `grpc`).
             * @default http
             * @enum {string}
             */
            protocol?: "http" | "websocket" | "grpc";
            /**
             * @description Route traffic through Akua's dispatcher (`through_dispatcher`, the default) or bypass it (`bypass_dispatcher`).
             * @default through_dispatcher
             * @enum {string}
             */
            routing_mode?: "through_dispatcher" | "bypass_dispatcher";
        };
        /**
         * @description The render to give an immutable preview hostname.
         * @example {
         *       "render_id": "rnd_3m8x1q5z9b4t",
         *       "protocol": "http",
         *       "routing_mode": "through_dispatcher"
         *     }
         */
        BindPinnedPreviewHostnameBody: {
            /** @description The install's render (`rnd_...`) to expose. */
            render_id: string;
            /**
             * @description Protocol to serve (`http` by default, `websocket` or `grpc`).
             * @default http
             * @enum {string}
             */
            protocol?: "http" | "websocket" | "grpc";
            /**
             * @description Route traffic through Akua's dispatcher (`through_dispatcher`, the default) or bypass it (`bypass_dispatcher`).
             * @default through_dispatcher
             * @enum {string}
             */
            routing_mode?: "through_dispatcher" | "bypass_dispatcher";
        };
        /**
         * @description A Cloudflare connection: the Cloudflare account and origin zone Akua uses for Access-protected origin hostnames. The API token is kept in a platform secret and never returned.
         * @example {
         *       "id": "cfcon_2q7v5n9s",
         *       "name": "Production Cloudflare account",
         *       "account_id": "9a7c3e1f5b2d4c6e8a0b1c2d3e4f5a6b",
         *       "origin_zone_id": "1f3e5d7c9b0a2c4e6f8a1b3c5d7e9f0a",
         *       "origin_hostname_suffix": "origin.example.com",
         *       "is_active": true,
         *       "created_at": 1778054400,
         *       "last_used_at": null
         *     }
         */
        CloudflareCredential: {
            /** @description Cloudflare connection id (`cfcon_` prefix). Output only. */
            id: string;
            /** @description Display name of the connection. */
            name: string;
            /** @description Cloudflare account id. */
            account_id: string;
            /** @description Cloudflare zone id of the origin hostnames, or null. */
            origin_zone_id: string | null;
            /** @description Domain suffix under which origin hostnames are created, or null. */
            origin_hostname_suffix: string | null;
            /** @description Whether the connection is active. What makes a connection inactive is not documented. Output only. */
            is_active: boolean;
            /** @description When the connection was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the connection was last used, in Unix seconds, or null if it never has been. Output only. */
            last_used_at: number | null;
        };
        /**
         * @description A page of Cloudflare connections, without their API tokens. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "cfcon_2q7v5n9s",
         *           "name": "Production Cloudflare account",
         *           "account_id": "9a7c3e1f5b2d4c6e8a0b1c2d3e4f5a6b",
         *           "origin_zone_id": "1f3e5d7c9b0a2c4e6f8a1b3c5d7e9f0a",
         *           "origin_hostname_suffix": "origin.example.com",
         *           "is_active": true,
         *           "created_at": 1778054400,
         *           "last_used_at": null
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        CloudflareCredentialList: {
            /** @description The Cloudflare connections on this page. */
            data: components["schemas"]["CloudflareCredential"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A Kubernetes cluster in a workspace: either managed by Akua (`managed_kaas`, created with `POST /clusters`) or brought by you (`imported_byoc`, registered with `POST /clusters:import`).
         * @example {
         *       "id": "clu_2f7d9c1a4b8e",
         *       "html_url": "https://akua.dev/clusters/clu_2f7d9c1a4b8e",
         *       "name": "prod-eu",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "state": "active",
         *       "provider": "managed_kaas",
         *       "reconciling": false,
         *       "created_at": 1778140800,
         *       "updated_at": 1778141220,
         *       "etag": "17"
         *     }
         */
        Cluster: {
            /** @description Cluster id (`clu_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the cluster in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Display name of the cluster. */
            name: string;
            /** @description Workspace that owns the cluster. Output only. */
            workspace_id: string;
            /**
             * @description Lifecycle state. A managed cluster goes `pending` -> `provisioning` -> `active`; `suspended` after `:suspend`, `deleting` while a delete runs. Output only.
             * @enum {string}
             */
            state: "pending" | "provisioning" | "active" | "suspended" | "deleting";
            /**
             * @description How the cluster is run: `managed_kaas` (provisioned and operated by Akua) or `imported_byoc` (your own cluster, imported with a kubeconfig).
             * @enum {string}
             */
            provider: "managed_kaas" | "imported_byoc";
            /** @description True while an operation is changing the cluster (for example a suspend or resume in progress). Output only. */
            reconciling: boolean;
            /** @description When the cluster was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the cluster last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the cluster; changes on every write. Send it as `if-match` on PATCH, DELETE, `:suspend` and `:resume`. Output only. */
            etag: string;
        };
        /**
         * @description The last observed snapshot of what a cluster offers to workloads: API groups, storage, gateway and ingress classes, Gateway API gateways and nodes, with `freshness` saying how old the snapshot is and how the latest refresh went. Reading it does not inspect the cluster; ask for a new observation with `POST /clusters/{id}/capabilities:refresh`.
         * @example {
         *       "api_groups": [
         *         "apps",
         *         "batch",
         *         "gateway.networking.k8s.io"
         *       ],
         *       "storage_classes": [
         *         {
         *           "name": "hcloud-volumes",
         *           "provisioner": "csi.hetzner.cloud",
         *           "is_default": true,
         *           "reclaim_policy": "Delete",
         *           "volume_binding_mode": "WaitForFirstConsumer"
         *         }
         *       ],
         *       "gateway_classes": [
         *         "cilium"
         *       ],
         *       "gateways": [
         *         {
         *           "namespace": "gateway-system",
         *           "name": "public",
         *           "gateway_class_name": "cilium",
         *           "listeners": [
         *             {
         *               "name": "https",
         *               "protocol": "HTTPS",
         *               "port": 443,
         *               "hostname": "*.apps.example.com"
         *             }
         *           ],
         *           "addresses": [
         *             {
         *               "type": "IPAddress",
         *               "value": "203.0.113.50"
         *             }
         *           ],
         *           "status": "Ready"
         *         }
         *       ],
         *       "default_gateway": {
         *         "namespace": "gateway-system",
         *         "name": "public"
         *       },
         *       "ingress_classes": [],
         *       "nodes": [
         *         {
         *           "name": "worker-fsn1-a",
         *           "ready": true,
         *           "worker_capacity": true,
         *           "schedulable": true,
         *           "roles": [
         *             "worker"
         *           ],
         *           "version": "v1.32.4",
         *           "cpu_capacity": "4",
         *           "memory_capacity": "7901Mi",
         *           "os_image": "Ubuntu 24.04.2 LTS",
         *           "architecture": "amd64"
         *         }
         *       ],
         *       "freshness": {
         *         "state": "fresh",
         *         "max_age_seconds": 3600,
         *         "age_seconds": 420,
         *         "last_successful_at": 1778140380,
         *         "last_refresh_status": "SUCCESS",
         *         "last_refresh_error": null
         *       }
         *     }
         */
        ClusterCapabilities: {
            /** @description Kubernetes API groups the cluster serves, such as `apps`. */
            api_groups: string[];
            /** @description Storage classes of the cluster. */
            storage_classes: {
                /** @description Storage class name. */
                name: string;
                /** @description Provisioner that creates its volumes. */
                provisioner: string;
                /** @description Whether it is the cluster's default storage class. */
                is_default: boolean;
                /** @description What happens to a volume when its claim is deleted, such as `Delete`. */
                reclaim_policy: string;
                /** @description When volumes are bound, such as `WaitForFirstConsumer`. */
                volume_binding_mode: string;
            }[];
            /** @description Names of the Gateway API gateway classes of the cluster. */
            gateway_classes: string[];
            /** @description Gateway API gateways found in the cluster. */
            gateways: {
                /** @description Namespace of the gateway. */
                namespace: string;
                /** @description Name of the gateway. */
                name: string;
                /** @description Gateway class the gateway belongs to. */
                gateway_class_name: string;
                /** @description The gateway's listeners. */
                listeners: {
                    /** @description Listener name. */
                    name: string;
                    /** @description Protocol, such as `HTTP` or `HTTPS`. */
                    protocol: string;
                    /** @description Port the listener accepts traffic on. */
                    port: number;
                    /** @description Host name the listener is restricted to, if any. */
                    hostname?: string;
                }[];
                /** @description Addresses assigned to the gateway. */
                addresses?: {
                    /** @description Kind of address, such as `IPAddress` or `Hostname`. */
                    type: string;
                    /** @description The address itself (an IP address or a host name). */
                    value: string;
                }[];
                /**
                 * @description Summary of the gateway's condition: `Ready`, `Accepted`, `Pending`, `Error` or `Unknown`.
                 * @enum {string}
                 */
                status?: "Ready" | "Accepted" | "Pending" | "Error" | "Unknown";
                /** @description Explanation of the status, when there is one. */
                status_message?: string;
            }[];
            /** @description The gateway treated as the cluster's default, when one is designated; how it is chosen is not documented. */
            default_gateway?: {
                /** @description Namespace of the default gateway. */
                namespace: string;
                /** @description Name of the default gateway. */
                name: string;
            };
            /** @description Names of the ingress classes of the cluster. */
            ingress_classes: string[];
            /** @description The cluster's nodes. */
            nodes: components["schemas"]["ClusterNode"][];
            /** @description How old the snapshot is and how the latest refresh went. */
            freshness: components["schemas"]["ClusterCapabilitiesFreshness"];
        };
        /**
         * @description How current the capabilities snapshot is. `missing` when no snapshot has been taken yet (ages and times are null); `fresh` or `stale` otherwise, with the snapshot's age. Start a new observation with `POST /clusters/{id}/capabilities:refresh`.
         * @example {
         *       "state": "fresh",
         *       "max_age_seconds": 3600,
         *       "age_seconds": 420,
         *       "last_successful_at": 1778140380,
         *       "last_refresh_status": "SUCCESS",
         *       "last_refresh_error": null
         *     }
         */
        ClusterCapabilitiesFreshness: {
            /**
             * @description `missing`: the cluster has not been observed successfully yet.
             * @enum {string}
             */
            state: "missing";
            /** @description Maximum age, in seconds, of a snapshot still reported as `fresh`. */
            max_age_seconds: number;
            /** @description Always null here; there is no snapshot. */
            age_seconds: null;
            /** @description Always null here; no refresh has succeeded. */
            last_successful_at: null;
            /**
             * @description `RUNNING` while a refresh is under way, `FAILED` when the last one failed, null when none was attempted.
             * @enum {string|null}
             */
            last_refresh_status: "FAILED" | "RUNNING" | null;
            /** @description Why the last refresh failed, or null. */
            last_refresh_error: string | null;
        } | {
            /**
             * @description `fresh` while the snapshot is younger than `max_age_seconds`, `stale` once it is older.
             * @enum {string}
             */
            state: "fresh" | "stale";
            /** @description Maximum age, in seconds, of a snapshot still reported as `fresh`. */
            max_age_seconds: number;
            /** @description Age of the snapshot, in seconds. */
            age_seconds: number;
            /** @description When the snapshot was taken, in Unix seconds. */
            last_successful_at: number;
            /**
             * @description Outcome of the latest refresh: `SUCCESS`, `FAILED` (the snapshot is from an earlier success) or `RUNNING`.
             * @enum {string}
             */
            last_refresh_status: "SUCCESS" | "FAILED" | "RUNNING";
            /** @description Why the latest refresh failed, or null. */
            last_refresh_error: string | null;
        };
        /**
         * @description How a cluster's machines are scaled: whether autoscaling is active, how many machines are in use and the most it may have. Read it before a PATCH: the update needs its `etag`.
         * @example {
         *       "auto_scaling": "active",
         *       "machines": 3,
         *       "max_machines": 10,
         *       "updated_at": 1778140800,
         *       "etag": "8"
         *     }
         */
        ClusterComputeSettings: {
            /**
             * @description `active` when the cluster's machines are scaled automatically, `paused` when autoscaling is switched off. (The update body sets this with the boolean `auto_scaling_enabled`.)
             * @enum {string}
             */
            auto_scaling: "active" | "paused";
            /** @description Number of machines the cluster currently uses. Output only. */
            machines: number;
            /** @description Upper limit on the number of machines of the cluster. */
            max_machines: number;
            /** @description When the settings last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the settings; changes on every write. Send it as `if-match` on PATCH. Output only. */
            etag: string;
        };
        /** @description One page of clusters. Follow `next_cursor` while `has_more` is true to read the rest. */
        ClusterList: {
            /** @description The clusters on this page. */
            data: components["schemas"]["Cluster"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
        /**
         * @description One Kubernetes node of the cluster as last observed by a capabilities refresh.
         * @example {
         *       "name": "worker-fsn1-a",
         *       "ready": true,
         *       "worker_capacity": true,
         *       "schedulable": true,
         *       "addresses": [
         *         {
         *           "type": "InternalIP",
         *           "value": "10.0.1.4"
         *         },
         *         {
         *           "type": "ExternalIP",
         *           "value": "203.0.113.24"
         *         }
         *       ],
         *       "roles": [
         *         "worker"
         *       ],
         *       "created_at": "2026-05-07T08:12:44Z",
         *       "version": "v1.32.4",
         *       "cpu_capacity": "4",
         *       "memory_capacity": "7901Mi",
         *       "os_image": "Ubuntu 24.04.2 LTS",
         *       "operating_system": "linux",
         *       "architecture": "amd64"
         *     }
         */
        ClusterNode: {
            /** @description Kubernetes node name. */
            name: string;
            /** @description Whether the node reported itself ready. */
            ready?: boolean;
            /** @description Whether the node counts as capacity for workloads (as opposed to, for example, a control-plane-only node); the exact rule is not documented. */
            worker_capacity?: boolean;
            /** @description Whether new pods may be scheduled on the node (not cordoned). */
            schedulable?: boolean;
            /** @description The node's addresses as Kubernetes reports them. */
            addresses?: {
                /** @description Kind of address, such as `InternalIP` or `Hostname`. */
                type: string;
                /** @description The address itself (an IP address or a host name). */
                value: string;
            }[];
            /** @description Explanation of the node's condition when it is not ready. */
            status_message?: string;
            /** @description Roles of the node, such as `control-plane` or `worker`. */
            roles: string[];
            /** @description When the node was created, as a timestamp string (not Unix seconds; the format is not documented). */
            created_at?: string;
            /** @description Kubernetes (kubelet) version of the node. */
            version: string;
            /** @description CPU capacity as a Kubernetes quantity, such as `4`. */
            cpu_capacity: string;
            /** @description Memory capacity as a Kubernetes quantity, such as `7901Mi`. */
            memory_capacity: string;
            /** @description Operating system image the node runs. */
            os_image: string;
            /** @description Operating system family, such as `linux`. */
            operating_system?: string;
            /** @description CPU architecture, such as `amd64` or `arm64`. */
            architecture: string;
        };
        /**
         * @description A reusable recipe for machines: the provider (only `hcloud` for now), the region and image to create servers with, and whose credentials to use. Machines name it with `compute_config_id`.
         * @example {
         *       "id": "cfg_9r4t2b6w",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "name": "hcloud-fsn1",
         *       "provider": "hcloud",
         *       "provider_config": {
         *         "region": "fsn1",
         *         "image": "ubuntu-24.04"
         *       },
         *       "credential_scope": {
         *         "kind": "system"
         *       },
         *       "created_at": 1778054400,
         *       "updated_at": 1778054400,
         *       "etag": "1"
         *     }
         */
        ComputeConfig: {
            /** @description Compute config id. Output only. */
            id: string;
            /** @description Workspace that owns the config. Output only. */
            workspace_id: string;
            /** @description Name of the config (1-100 characters). */
            name: string;
            /**
             * @description Infrastructure provider; `hcloud` (Hetzner Cloud) is the only one.
             * @enum {string}
             */
            provider: "hcloud";
            /** @description Provider-specific settings for the servers to create. */
            provider_config: {
                /** @description Provider region or location to create servers in. */
                region: string;
                /** @description Provider image to create servers from. */
                image: string;
                /** @description Restricts which provider machine types may be used; its syntax is not documented. */
                machine_type_filter?: string;
            };
            /** @description Whose provider credentials to use: the platform's (`system`) or those in one of your secrets (`byom`). */
            credential_scope: components["schemas"]["CredentialScope"];
            /** @description When the config was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the config last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the config; changes on every write. Send it as `if-match` on PATCH and DELETE. Output only. */
            etag: string;
        };
        /**
         * @description A page of compute configs. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "cfg_9r4t2b6w",
         *           "workspace_id": "ws_7hq3k2m9",
         *           "name": "hcloud-fsn1",
         *           "provider": "hcloud",
         *           "provider_config": {
         *             "region": "fsn1",
         *             "image": "ubuntu-24.04"
         *           },
         *           "credential_scope": {
         *             "kind": "byom",
         *             "secret_id": "sec_3m8q1z7w"
         *           },
         *           "created_at": 1778054400,
         *           "updated_at": 1778054400,
         *           "etag": "1"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        ComputeConfigList: {
            /** @description The compute configs on this page. */
            data: components["schemas"]["ComputeConfig"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A new Cloudflare connection: the account, the origin zone and hostname suffix for Access-protected origin hostnames, and an API token.
         * @example {
         *       "name": "Production Cloudflare account",
         *       "account_id": "9a7c3e1f5b2d4c6e8a0b1c2d3e4f5a6b",
         *       "origin_zone_id": "1f3e5d7c9b0a2c4e6f8a1b3c5d7e9f0a",
         *       "origin_hostname_suffix": "origin.example.com",
         *       "api_token": "cf-api-token-example-not-real"
         *     }
         */
        CreateCloudflareCredentialBody: {
            /** @description Display name of the connection (1-100 characters). */
            name: string;
            /** @description Cloudflare account id (letters, digits, `_` and `-`). */
            account_id: string;
            /** @description Cloudflare zone id that holds the origin hostnames (letters, digits, `_` and `-`). */
            origin_zone_id: string;
            /** @description Domain suffix under which origin hostnames are created, inside the origin zone (up to 253 characters). */
            origin_hostname_suffix: string;
            /** @description Cloudflare API token Akua uses for the account. It is stored in a platform secret and never returned, neither in the create answer nor in the list. */
            api_token: string;
        };
        /**
         * @description Request body of `POST /clusters`: a managed cluster to provision.
         * @example {
         *       "name": "prod-eu",
         *       "region_id": "reg_4n8p2x6v",
         *       "network_profile": "linux_cilium"
         *     }
         */
        CreateClusterBody: {
            /** @description Display name of the new cluster (1-100 characters). */
            name: string;
            /** @description Region to provision the cluster in (see `GET /regions`). */
            region_id: string;
            /**
             * @description Networking stack of the cluster: `linux_cilium` (Linux nodes with Cilium networking; the default) or `mixed_os_calico` (Linux and Windows nodes with Calico networking).
             * @default linux_cilium
             * @enum {string}
             */
            network_profile?: "linux_cilium" | "mixed_os_calico";
        };
        /**
         * @description A new install, in one of two shapes: product-based (`product_id`) or a direct install of a package (`package_id` with `package_version_pin`). `region_id` is required either way.
         * @example {
         *       "package_id": "pkg_4c7q2m9x8d1f",
         *       "package_version_pin": {
         *         "kind": "pinned",
         *         "version": "1.4.0"
         *       },
         *       "region_id": "reg_4n8p2x6v",
         *       "cluster_id": "clu_2f7d9c1a4b8e",
         *       "initial_values": {
         *         "hostname": "grafana.example.com"
         *       }
         *     }
         */
        CreateInstallBody: {
            /** @description Product to install. */
            product_id: string;
            /** @description Region (`reg_...`) to install into. */
            region_id: string;
            /** @description Cluster (`clu_...`) to install on. How a cluster is chosen when it is left out is not documented. */
            cluster_id?: string;
            /** @description Initial values for the package's inputs (see the version's `input_schema`). */
            initial_values?: {
                [key: string]: unknown;
            };
        } | {
            /** @description Package (`pkg_...`) to install. */
            package_id: string;
            /** @description Which version of the package to install. */
            package_version_pin: components["schemas"]["InstallPackageVersionPin"];
            /** @description Region (`reg_...`) to install into. */
            region_id: string;
            /** @description Cluster (`clu_...`) to install on. How a cluster is chosen when it is left out is not documented. */
            cluster_id?: string;
            /** @description Initial values for the package's inputs (see the version's `input_schema`). */
            initial_values?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Options for a new render of an install.
         * @example {
         *       "message": "Bump replicas to 3",
         *       "skip_unchanged": true,
         *       "extra_annotations": {
         *         "team": "platform"
         *       }
         *     }
         */
        CreateInstallRenderBody: {
            /** @description Free-text note to record with the render, up to 255 characters. */
            message?: string;
            /**
             * @description When true (the default), a render whose output would not change is recorded as `skipped` instead of being deployed again.
             * @default true
             */
            skip_unchanged?: boolean | null;
            /** @description Extra string annotations to attach; where they are applied is not documented. */
            extra_annotations?: {
                [key: string]: string;
            };
        };
        /**
         * @description A new hosted package, built from exactly one Helm chart stored in an OCI registry.
         * @example {
         *       "name": "grafana",
         *       "display_image_url": "https://cdn.example.com/logos/grafana.png",
         *       "sources": [
         *         {
         *           "kind": "helm",
         *           "repo_url": "oci://registry-1.docker.io/bitnamicharts",
         *           "chart": "grafana",
         *           "target_revision": "11.3.2",
         *           "values": {
         *             "replicaCount": 2
         *           }
         *         }
         *       ]
         *     }
         */
        CreatePackageBody: {
            /** @description Display name of the package, 1-120 characters. */
            name: string;
            /**
             * Format: uri
             * @description Image (logo) to show for the package.
             */
            display_image_url?: string;
            /** @description The chart the package is built from; exactly one entry. */
            sources: components["schemas"]["CreatePackageHelmSource"][];
        };
        /**
         * @description A Helm chart in an OCI registry to build a package from.
         * @example {
         *       "kind": "helm",
         *       "repo_url": "oci://registry-1.docker.io/bitnamicharts",
         *       "chart": "grafana",
         *       "target_revision": "11.3.2",
         *       "values": {
         *         "replicaCount": 2
         *       }
         *     }
         */
        CreatePackageHelmSource: {
            /**
             * @description Source kind; only `helm` is accepted.
             * @enum {string}
             */
            kind: "helm";
            /** @description OCI registry location of the chart; must start with `oci://`. */
            repo_url: string;
            /** @description Chart name within `repo_url`. */
            chart?: string;
            /** @description Chart version (or other revision) to use. */
            target_revision: string;
            /** @description Path within the source. How it is used for an OCI chart is not documented. */
            path?: string;
            /** @description Helm values to apply to the chart, as a JSON object. */
            values?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A new immutable version of an OCI-sourced package. `ref` and `input_schema` must match what was actually published; Akua verifies them before accepting the version.
         * @example {
         *       "semver": "1.2.3",
         *       "ref": "sha256:4b1d7e9a2c3f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
         *       "input_schema": {
         *         "type": "object",
         *         "properties": {
         *           "hostname": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "hostname"
         *         ]
         *       },
         *       "compatibility": {
         *         "clusterTypes": [
         *           "managed_kaas"
         *         ],
         *         "kubernetes": {
         *           "minVersion": "1.29"
         *         },
         *         "placement": {
         *           "providers": "any",
         *           "regions": "any"
         *         }
         *       }
         *     }
         */
        CreatePackageVersionBody: {
            /** @description Semantic version of the new version (for example `1.2.3`). */
            semver: string;
            /** @description Reference of the published artifact, usually the digest printed by `akua publish`. */
            ref: string;
            /** @description JSON Schema of the version's inputs, exactly as published with the artifact. */
            input_schema: components["schemas"]["PackageVersionInputs"] & unknown;
            /** @description Where the version can run. How Akua enforces it is not documented. */
            compatibility?: {
                /** @description Kinds of cluster the version supports; the accepted values are not documented. */
                clusterTypes: string[];
                /** @description Supported Kubernetes version range. */
                kubernetes: {
                    /** @description Lowest supported Kubernetes version. */
                    minVersion?: string;
                    /** @description Highest supported Kubernetes version. */
                    maxVersion?: string;
                };
                /** @description Providers and regions the version may be placed in. */
                placement: {
                    /** @description `any`, or the list of allowed providers. */
                    providers: "any" | string[];
                    /** @description `any`, or the list of allowed regions. */
                    regions: "any" | string[];
                };
                /** @description Requirements on Akua-managed clusters. */
                kaas?: {
                    /**
                     * @description Network profile a managed cluster must have (`linux_cilium` or `mixed_os_calico`).
                     * @enum {string}
                     */
                    networkProfile: "linux_cilium" | "mixed_os_calico";
                };
            };
        };
        /**
         * @description Request body of `POST /regions`.
         * @example {
         *       "name": "eu-central"
         *     }
         */
        CreateRegionBody: {
            /** @description Name of the region (1-100 characters). */
            name: string;
            /**
             * Format: uri
             * @description Optional icon URL (up to 256 characters).
             */
            icon?: string;
        };
        /**
         * @description The change request to open, by `kind`: `user`, `wizard`, or `agent` (which also names the agent and the evidence for the change).
         * @example {
         *       "parent_repository_id": "repo_9w4e2r7t",
         *       "kind": "agent",
         *       "agent_id": "agt_7y2u5i8o",
         *       "expires_at_seconds": 1778745600,
         *       "remediation_evidence": {
         *         "summary": "The web install crash-loops after the last upgrade.",
         *         "likely_fix": "Raise the memory limit of the web container from 256Mi to 512Mi.",
         *         "resource_refs": [
         *           {
         *             "resource": "install",
         *             "id": "inst_4h8j2k6l"
         *           }
         *         ]
         *       }
         *     }
         */
        CreateRepositoryChangeRequestBody: {
            /** @description Repository to propose changes to (`repo_...`). Akua forks it; an accepted change request is merged back into it. */
            parent_repository_id: string;
            /** @description When the change request expires, in Unix seconds. This sets its lifetime; the default when omitted is not documented. */
            expires_at_seconds?: number;
            /**
             * @description Who opens the change request. `user`: opened by a person.
             * @enum {string}
             */
            kind: "user";
        } | {
            /** @description Repository to propose changes to (`repo_...`). Akua forks it; an accepted change request is merged back into it. */
            parent_repository_id: string;
            /** @description When the change request expires, in Unix seconds. This sets its lifetime; the default when omitted is not documented. */
            expires_at_seconds?: number;
            /**
             * @description Who opens the change request. `wizard`: opened by a guided flow of the Akua dashboard.
             * @enum {string}
             */
            kind: "wizard";
        } | {
            /** @description Repository to propose changes to (`repo_...`). Akua forks it; an accepted change request is merged back into it. */
            parent_repository_id: string;
            /** @description When the change request expires, in Unix seconds. This sets its lifetime; the default when omitted is not documented. */
            expires_at_seconds?: number;
            /**
             * @description Who opens the change request. `agent`: opened by an agent; `agent_id` and `remediation_evidence` are required.
             * @enum {string}
             */
            kind: "agent";
            /** @description Agent that proposes the change (`agt_...`). */
            agent_id: string;
            /** @description Why the agent proposes the change: a summary, the likely fix and the resources concerned. Shown to reviewers. */
            remediation_evidence: {
                /** @description Short statement of the problem the change addresses. */
                summary: string;
                /** @description What the agent believes fixes the problem (1-2,000 characters). */
                likely_fix: string;
                /** @description The resources the evidence is about (1-20). */
                resource_refs: {
                    /** @description Kind of resource referred to, for example `install` (1-120 characters). */
                    resource: string;
                    /** @description Id of the resource referred to (1-200 characters). */
                    id: string;
                }[];
            };
        };
        /**
         * @description The change request that was opened.
         * @example {
         *       "id": "rcr_3v8k1m6p",
         *       "html_url": "https://akua.dev/repository-change-requests/rcr_3v8k1m6p",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "parent_repository_id": "repo_9w4e2r7t",
         *       "fork_repository_id": "repo_1c5j8h3d",
         *       "state": "AWAITING_CHANGES",
         *       "change_type": "unknown",
         *       "created_by_type": "user",
         *       "created_by_id": "usr_5t2w8c1n",
         *       "remediation_evidence": null,
         *       "created_at": 1778140800,
         *       "updated_at": 1778140800,
         *       "expires_at": 1778745600,
         *       "rejection_reason": null,
         *       "etag": "1"
         *     }
         */
        CreateRepositoryChangeRequestResponse: {
            /** @description Change request id (`rcr_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the change request in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Workspace that owns the change request. Output only. */
            workspace_id: string;
            /** @description Repository the changes are proposed to and merged into on accept (`repo_...`). */
            parent_repository_id: string;
            /** @description Fork that holds the proposed changes (`repo_...`). Push to it with a credential from `:createToken`. Output only. */
            fork_repository_id: string;
            /**
             * @description State of the change request: `AWAITING_CHANGES`, `VALIDATING`, `READY`, `ACCEPTING`, `ACCEPTED`, `REJECTED`, `WITHDRAWN`, `EXPIRED` or `FAILED` (the transitions between them are not documented). Output only.
             * @enum {string}
             */
            state: "AWAITING_CHANGES" | "VALIDATING" | "READY" | "ACCEPTING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN" | "EXPIRED" | "FAILED";
            /**
             * @description What the change touches: `manifest_patch`, `inputs_change`, `package_change` or `unknown` (how it is determined is not documented). Output only.
             * @enum {string}
             */
            change_type: "manifest_patch" | "inputs_change" | "package_change" | "unknown";
            /**
             * @description Who opened the change request: `user`, `wizard` or `agent` (the `kind` given on create). Output only.
             * @enum {string}
             */
            created_by_type: "user" | "wizard" | "agent";
            /** @description Id of whoever opened the change request. Output only. */
            created_by_id: string;
            /** @description Why the agent proposed the change (given on create with `kind` `agent`), or null. Output only. */
            remediation_evidence: {
                /** @description Short statement of the problem the change addresses. */
                summary: string;
                /** @description What the agent believes fixes the problem (1-2,000 characters). */
                likely_fix: string;
                /** @description The resources the evidence is about (1-20). */
                resource_refs: {
                    /** @description Kind of resource referred to, for example `install` (1-120 characters). */
                    resource: string;
                    /** @description Id of the resource referred to (1-200 characters). */
                    id: string;
                }[];
            } | null;
            /** @description When the change request was opened, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the change request last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the change request expires, in Unix seconds. Output only. */
            expires_at: number;
            /** @description Reason given when the change request was rejected; null otherwise. Output only. */
            rejection_reason: string | null;
            /** @description Version tag of the change request; changes on every write. Send it as `if-match` on `:accept`, `:reject` and `:withdraw`. Output only. */
            etag: string;
        };
        /**
         * @description The push credential to mint: its scope and lifetime.
         * @example {
         *       "scope": "write",
         *       "expires_in_seconds": 900
         *     }
         */
        CreateRepositoryChangeRequestTokenBody: {
            /**
             * @description What the credential allows: `write` (the default) to push to the fork, or `read` to fetch from it only.
             * @default write
             * @enum {string}
             */
            scope?: "read" | "write";
            /** @description Lifetime of the credential in seconds, at most 3600 (one hour). The default is not documented. */
            expires_in_seconds?: number;
        };
        /**
         * @description A short-lived credential for the change request's fork. Revealed only in this response: no read returns the token again.
         * @example {
         *       "repository_change_request_id": "rcr_3v8k1m6p",
         *       "fork_remote_url": "https://git.example.com/akua/repo_1c5j8h3d.git",
         *       "fork_write_token": "example-fork-token-not-real",
         *       "expires_at": 1778141700
         *     }
         */
        CreateRepositoryChangeRequestTokenResponse: {
            /** @description The change request (`rcr_...`). */
            repository_change_request_id: string;
            /**
             * Format: uri
             * @description Git remote URL of the fork, to push to or fetch from.
             */
            fork_remote_url: string;
            /** @description Credential for the fork, valid until `expires_at`. Revealed only in this response; no read returns it. */
            fork_write_token: string;
            /** @description When the credential stops working, in Unix seconds. */
            expires_at: number;
        };
        /**
         * @description Request body of `POST /secrets`. One variant per `kind`; the `value` becomes version 1 and is never returned by the API.
         * @example {
         *       "name": "hcloud-prod",
         *       "kind": "cloud_provider/hcloud",
         *       "labels": {
         *         "team": "platform"
         *       },
         *       "value": "hcloud-token-for-docs-only"
         *     }
         */
        CreateSecretBody: {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "cloud_provider/hcloud";
            /** @description The Hetzner Cloud API token, stored as version 1. Write-only: never returned. */
            value: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "cloud_provider/aws";
            /** @description The AWS secret access key, stored as version 1. Write-only: never returned. */
            value: string;
            /** @description The AWS access key id that goes with the secret access key in `value`. */
            aws_access_key_id?: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "cloud_provider/gcp";
            /** @description The service account key (JSON text), stored as version 1. Write-only: never returned. */
            value: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "cloud_provider/azure";
            /** @description The Azure credentials, stored as version 1. Write-only: never returned. */
            value: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "oci_registry";
            /** @description Registry password or access token, stored as version 1. Write-only: never returned. */
            value: string;
            /** @description Registry user name. */
            username?: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "cloudflare_api";
            /** @description The Cloudflare API token, stored as version 1. Write-only: never returned. */
            value: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "webhook_signing";
            /** @description The signing secret, at least 16 characters, stored as version 1. Write-only: never returned. */
            value: string;
        } | {
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description What the secret holds; selects this variant.
             * @enum {string}
             */
            kind: "generic";
            /** @description The secret payload, stored as version 1. Write-only: never returned. */
            value: string;
        };
        /**
         * @description Request body of `POST /secrets/{id}/versions`: a new payload for the secret.
         * @example {
         *       "value": "rotated-token-for-docs-only",
         *       "comment": "Rotated after the May audit"
         *     }
         */
        CreateSecretVersionBody: {
            /** @description The new payload. Write-only: never returned. */
            value: string;
            /** @description Optional note, for example why the secret was rotated. */
            comment?: string;
        };
        /**
         * @description The snippet to store: exactly one of two shapes, the legacy one (`name`, `code`, `display_type`) or result contract v1 (the same plus `result_contract_version` 1, `result_type` and `default_visualization`).
         * @example {
         *       "name": "Active clusters",
         *       "code": "return { contract_version: 1, type: \"scalar\", value: 3, unit: \"clusters\" };",
         *       "display_type": "stat",
         *       "purpose": "widget",
         *       "result_contract_version": 1,
         *       "result_type": "scalar",
         *       "default_visualization": "stat"
         *     }
         */
        CreateSnippetBody: {
            /** @description Name of the snippet (1-100 characters). */
            name: string;
            /** @description Body of an async JavaScript function (1-50,000 characters). It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs?: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility?: "workspace" | "session";
            /**
             * @description Who made the snippet: `user`, `agent` or `system`.
             * @enum {string}
             */
            origin?: "user" | "agent" | "system";
            /** @description Agent session that makes the snippet, when an agent creates it. */
            agent_session_id?: string;
            /** @description Agent turn that makes the snippet, when an agent creates it. */
            agent_turn_id?: string;
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose?: "general" | "prepared_action" | "reactive_read" | "widget";
        } | {
            /** @description Name of the snippet (1-100 characters). */
            name: string;
            /** @description Body of an async JavaScript function (1-50,000 characters). It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs?: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility?: "workspace" | "session";
            /**
             * @description Who made the snippet: `user`, `agent` or `system`.
             * @enum {string}
             */
            origin?: "user" | "agent" | "system";
            /** @description Agent session that makes the snippet, when an agent creates it. */
            agent_session_id?: string;
            /** @description Agent turn that makes the snippet, when an agent creates it. */
            agent_turn_id?: string;
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose?: "general" | "prepared_action" | "reactive_read" | "widget";
            /**
             * @description Version of the result contract the code follows: `1`.
             * @enum {number}
             */
            result_contract_version: 1;
            /**
             * @description Type of result the code returns: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
        };
        /**
         * @description The run to record: input values and where the run comes from (`context`).
         * @example {
         *       "inputs": {
         *         "window": {
         *           "from": 1778137200,
         *           "to": 1778140800
         *         }
         *       },
         *       "context": {
         *         "source": "dashboard_open",
         *         "dashboard_id": "dash_6p3x9v2k",
         *         "widget_id": "wdg_8n1r4t6y"
         *       }
         *     }
         */
        CreateSnippetRunBody: {
            /** @description Input values for the run, by input `key`. */
            inputs?: {
                [key: string]: unknown;
            };
            /** @description Legacy field, never applied as input. Use `inputs`. */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Agent turn the run belongs to, when an agent runs it. */
            agent_turn_id?: string;
            /** @description Where the run comes from: by hand (`manual`), an agent (`agent`), or opening or refreshing a dashboard (`dashboard_open`, `dashboard_refresh`, with the dashboard and widget). Recorded as the run's `source`. */
            context?: {
                /**
                 * @description What started the run. `manual`: started by hand.
                 * @enum {string}
                 */
                source: "manual";
            } | {
                /**
                 * @description What started the run. `agent`: started by an agent.
                 * @enum {string}
                 */
                source: "agent";
                /** @description Agent turn that started the run. */
                agent_turn_id?: string;
            } | {
                /**
                 * @description What started the run. `dashboard_open`: started by opening a dashboard.
                 * @enum {string}
                 */
                source: "dashboard_open";
                /** @description Dashboard whose widget started the run (`dash_...`). */
                dashboard_id: string;
                /** @description Widget of that dashboard that shows the snippet. */
                widget_id: string;
            } | {
                /**
                 * @description What started the run. `dashboard_refresh`: started by refreshing a dashboard.
                 * @enum {string}
                 */
                source: "dashboard_refresh";
                /** @description Dashboard whose widget started the run (`dash_...`). */
                dashboard_id: string;
                /** @description Widget of that dashboard that shows the snippet. */
                widget_id: string;
            };
        };
        /**
         * @description Request body of `POST /clusters/{id}/worker_bootstraps`. May be empty.
         * @example {
         *       "ttl_seconds": 3600
         *     }
         */
        CreateWorkerBootstrapBody: {
            /** @description Lifetime of the token in seconds, from 60 (one minute) to 86400 (one day). When omitted the API applies its default lifetime. */
            ttl_seconds?: number;
        };
        /**
         * @description Whose provider credentials machines created from the config use: the platform's (`system`) or your own, stored in a secret (`byom`).
         * @example {
         *       "kind": "byom",
         *       "secret_id": "sec_3m8q1z7w"
         *     }
         */
        CredentialScope: {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "system";
        } | {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "byom";
            /** @description Secret that holds the provider credentials (`sec_...`). */
            secret_id: string;
            /** @description Version of the secret to use (`secv_...`). Optional; which version is used without it is not documented. */
            secret_version_id?: string;
        };
        /** @description Summary of a running operation, or null when none is running. */
        DashboardClusterActiveOperation: {
            /** @description Operation id (`op_` prefix); read it with `GET /operations/{id}`. */
            id: string;
            /** @description Kind of operation, as in `Operation.metadata.type` (for example `cluster.worker_bootstrap.revoke`). */
            type: string;
            /** @description When the operation started, in Unix seconds. */
            started_at: number;
        } | null;
        /**
         * @description A comparison of a machine's recorded state with what its provider reports. Drift reports are declared unsupported by the API (scaffolding without a production handler): do not rely on them in production.
         * @example {
         *       "id": "drf_7c2m9q4z",
         *       "machine_id": "mch_5w8k2n4t",
         *       "state": "drifted",
         *       "delta": {
         *         "server_type": {
         *           "recorded": "cpx31",
         *           "observed": "cpx41"
         *         }
         *       },
         *       "provider_snapshot": {
         *         "provider": "hcloud",
         *         "raw_attrs": {
         *           "server_type": "cpx41",
         *           "status": "running"
         *         }
         *       },
         *       "etag": "1",
         *       "created_at": 1778313600,
         *       "started_at": 1778313600,
         *       "expires_at": 1778918400
         *     }
         */
        DriftReport: {
            /** @description Drift report id. Output only. */
            id: string;
            /** @description Machine the report is about. Output only. */
            machine_id: string;
            /**
             * @description `in_sync` when the provider matches the recorded state, `drifted` when it does not. Output only.
             * @enum {string}
             */
            state: "in_sync" | "drifted";
            /** @description The differences found, as a free-form object; its shape is not documented. Output only. */
            delta?: {
                [key: string]: unknown;
            };
            /** @description What the provider reported when the report was made. Output only. */
            provider_snapshot?: {
                /** @description Provider that was asked (for example `hcloud`). */
                provider: string;
                /** @description The provider's attributes of the server, as returned; the shape depends on the provider. */
                raw_attrs: {
                    [key: string]: unknown;
                };
            };
            /** @description Version tag of the report. Output only. */
            etag: string;
            /** @description When the report was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the comparison started, in Unix seconds. Output only. */
            started_at: number;
            /** @description When the report expires, in Unix seconds. What expiry means is not documented. Output only. */
            expires_at: number;
        };
        /**
         * @description A page of drift reports of one machine. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "drf_7c2m9q4z",
         *           "machine_id": "mch_5w8k2n4t",
         *           "state": "in_sync",
         *           "delta": {},
         *           "etag": "1",
         *           "created_at": 1778313600,
         *           "started_at": 1778313600,
         *           "expires_at": 1778918400
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        DriftReportList: {
            /** @description The drift reports on this page. */
            data: components["schemas"]["DriftReport"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Code to run once, with its input values. Nothing is stored.
         * @example {
         *       "code": "return { contract_version: 1, type: \"scalar\", value: 42, unit: \"ms\" };",
         *       "inputs": {
         *         "limit": 5
         *       }
         *     }
         */
        ExecuteSnippetBody: {
            /** @description Body of an async JavaScript function to run (1-50,000 characters). It can call the Akua API through `platform.request()`. */
            code: string;
            /** @description Input values by input `key`, passed to the code. */
            inputs?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Outcome of a synchronous run. Legacy shape: `result` holds whatever the code returned, or `error` why it failed. Result contract v1 shape: `result` is a typed value tagged by `type`. Both report resource use in `stats`.
         * @example {
         *       "result_contract_version": 1,
         *       "result_type": "scalar",
         *       "default_visualization": "stat",
         *       "result": {
         *         "contract_version": 1,
         *         "type": "scalar",
         *         "value": 3,
         *         "unit": "clusters"
         *       },
         *       "stats": {
         *         "cpu_time_ms": 4.2,
         *         "wall_time_ms": 38.5,
         *         "heap_used_bytes": 1843200
         *       }
         *     }
         */
        ExecuteSnippetResponse: {
            /** @description Whatever the code returned, as JSON. */
            result?: unknown;
            /** @description Why the run failed, when it did. */
            error?: string;
            /** @description Resources the run used in the sandbox. */
            stats: {
                /** @description CPU time the run used, in milliseconds. */
                cpu_time_ms: number;
                /** @description Elapsed time of the run, in milliseconds. */
                wall_time_ms: number;
                /** @description JavaScript heap used by the run, in bytes. */
                heap_used_bytes: number;
            };
        } | {
            /**
             * @description Version of the result contract the code follows: `1`.
             * @enum {number}
             */
            result_contract_version: 1;
            /**
             * @description Type of result the code returns: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
            /** @description The typed result, tagged by `type`. */
            result?: {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `scalar`: one value, optionally with a unit and a short history.
                 * @enum {string}
                 */
                type: "scalar";
                /** @description The value: a string (up to 16,384 characters), a number, a boolean or null. Computed output. */
                value: string | number | boolean | null;
                /** @description Unit of the value, for display (for example `ms` or `%`). */
                unit?: string;
                /** @description Short explanation of what the value measures, for display (up to 500 characters). */
                definition?: string;
                /** @description When the value was observed, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                timestamp?: number;
                /** @description Earlier values for a sparkline, up to 2,000 points (their order is not documented). */
                history?: {
                    /** @description Time of the data point, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp: number;
                    /** @description The value at that time, or null when there was none. */
                    value: number | null;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `timeseries`: up to 8 series of values over time.
                 * @enum {string}
                 */
                type: "timeseries";
                /** @description The series, 1-8. Values elsewhere in the result are given in this order. */
                series: {
                    /** @description Identifier of the series, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the series, for display (up to 200 characters). */
                    label: string;
                    /** @description Unit of the series's values, for display. */
                    unit?: string;
                    /** @description Short explanation of what the series shows (up to 500 characters). */
                    definition?: string;
                }[];
                /** @description Data points, up to 2,000; each holds one value per series. */
                points: {
                    /** @description Time of the data point, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp: number;
                    /** @description One value per series, in `series` order (at most 8); null for a gap. */
                    values: (number | null)[];
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `categorical`: up to 8 series of values over named categories.
                 * @enum {string}
                 */
                type: "categorical";
                /** @description The series, 1-8. Values elsewhere in the result are given in this order. */
                series: {
                    /** @description Identifier of the series, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the series, for display (up to 200 characters). */
                    label: string;
                    /** @description Unit of the series's values, for display. */
                    unit?: string;
                    /** @description Short explanation of what the series shows (up to 500 characters). */
                    definition?: string;
                }[];
                /** @description The categories, up to 100. */
                categories: {
                    /** @description Identifier of the category, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the category, for display (up to 200 characters). */
                    label: string;
                }[];
                /** @description One entry per category (in `categories` order), each holding one value per series (in `series` order); null where a value is missing. */
                values: (number | null)[][];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `table`: typed columns and rows of cells.
                 * @enum {string}
                 */
                type: "table";
                /** @description The columns (1-32), in display order; each says how its cells are typed. */
                columns: ({
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `text`: cells are strings.
                     * @enum {string}
                     */
                    kind: "text";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `number`: cells are numbers, optionally with a `unit`.
                     * @enum {string}
                     */
                    kind: "number";
                    /** @description Unit of the column's values, for display. */
                    unit?: string;
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `boolean`: cells are true or false.
                     * @enum {string}
                     */
                    kind: "boolean";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `timestamp`: cells are points in time.
                     * @enum {string}
                     */
                    kind: "timestamp";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `link`: cells are links.
                     * @enum {string}
                     */
                    kind: "link";
                })[];
                /** @description The rows, up to 500; each row holds one cell per column, in column order (a string, a number, a boolean or null). */
                rows: (string | number | boolean | null)[][];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `status_list`: a list of items, each with a severity.
                 * @enum {string}
                 */
                type: "status_list";
                /** @description The status items, up to 200. */
                items: {
                    /** @description Identifier of the item, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the item, for display (up to 200 characters). */
                    label: string;
                    /**
                     * @description Severity of the item: `info`, `success`, `warning`, `critical` or `unknown`.
                     * @enum {string}
                     */
                    severity: "info" | "success" | "warning" | "critical" | "unknown";
                    /** @description Longer explanation of the item (up to 16,384 characters). */
                    detail?: string;
                    /** @description When the item's status was observed, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp?: number;
                    /** @description Link to more detail about the item (up to 2,048 characters). */
                    link?: string;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `logs`: log entries with optional timestamp and level.
                 * @enum {string}
                 */
                type: "logs";
                /** @description The log entries, up to 1,000. */
                entries: {
                    /** @description The log line (1-4,096 characters). */
                    message: string;
                    /** @description When the line was logged, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp?: number;
                    /** @description Level of the line as free text, for example `info` or `error` (up to 32 characters). */
                    level?: string;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `json`: any JSON value, shown as is.
                 * @enum {string}
                 */
                type: "json";
                /** @description The JSON value the code returned. Computed output. */
                value: unknown;
            };
            /** @description Why the run failed, when it did. */
            error?: string;
            /** @description Resources the run used in the sandbox. */
            stats: {
                /** @description CPU time the run used, in milliseconds. */
                cpu_time_ms: number;
                /** @description Elapsed time of the run, in milliseconds. */
                wall_time_ms: number;
                /** @description JavaScript heap used by the run, in bytes. */
                heap_used_bytes: number;
            };
        };
        /**
         * @description Input values for a run of a stored snippet.
         * @example {
         *       "inputs": {
         *         "window": {
         *           "from": 1778137200,
         *           "to": 1778140800
         *         }
         *       }
         *     }
         */
        ExecuteStoredSnippetBody: {
            /** @description Input values by input `key`, passed to the code. */
            inputs?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Request body of `POST /clusters:import`: an existing Kubernetes cluster to register, with the kubeconfig Akua uses to reach it.
         * @example {
         *       "name": "edge-berlin",
         *       "region_id": "reg_4n8p2x6v",
         *       "kubeconfig": "apiVersion: v1\nkind: Config\nclusters:\n  - name: edge-berlin\n    cluster:\n      server: https://203.0.113.10:6443\n      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\nusers:\n  - name: admin\n    user:\n      token: <admin-service-account-token>\ncontexts:\n  - name: edge-berlin\n    context:\n      cluster: edge-berlin\n      user: admin\ncurrent-context: edge-berlin\n"
         *     }
         */
        ImportClusterBody: {
            /** @description Display name of the imported cluster (1-100 characters). */
            name: string;
            /** @description Region to file the cluster under (see `GET /regions`; create one with `POST /regions` for your own infrastructure). */
            region_id: string;
            /** @description Admin kubeconfig of the cluster, as YAML text; Akua reaches the cluster's API server through its current context. Write-only: stored as a credential and never echoed. */
            kubeconfig: string;
        };
        /**
         * @description An Akua package already published to an OCI registry, to register together with its first immutable version.
         * @example {
         *       "name": "billing",
         *       "oci_ref": "oci://registry.example.com/apps/billing",
         *       "version": {
         *         "semver": "1.0.0",
         *         "ref": "sha256:4b1d7e9a2c3f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
         *         "input_schema": {
         *           "type": "object",
         *           "properties": {
         *             "hostname": {
         *               "type": "string"
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        ImportPackageBody: {
            /** @description Display name of the package, 1-120 characters. */
            name: string;
            /**
             * Format: uri
             * @description Image (logo) to show for the package.
             */
            display_image_url?: string;
            /** @description OCI reference of the published package; must start with `oci://`. When the workspace has an active registry connection for this host, Akua reads the artifact with that connection's credential. */
            oci_ref: string;
            /** @description The package's first version, as published. */
            version: components["schemas"]["CreatePackageVersionBody"];
        };
        /**
         * @description A package version deployed to a cluster: created with `POST /installs` from a product or directly from a package, rendered into git and synced by Argo CD.
         * @example {
         *       "id": "inst_6h2k9p4v7c3m",
         *       "html_url": "https://akua.dev/installs/inst_6h2k9p4v7c3m",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "customer_workspace": {
         *         "id": "ws_3p8r1t6y4u",
         *         "name": "Acme Corp"
         *       },
         *       "cluster_id": "clu_2f7d9c1a4b8e",
         *       "package_version_id": "pkgv_8r3n5t1w6y2k",
         *       "state": "healthy",
         *       "reconciling": false,
         *       "urls": [
         *         {
         *           "route_key": "web",
         *           "hostname": "grafana-acme.apps.akua.dev",
         *           "url": "https://grafana-acme.apps.akua.dev",
         *           "protocol": "http",
         *           "routing_mode": "through_dispatcher",
         *           "status": "active",
         *           "last_observed_at": 1778141500,
         *           "updated_at": 1778141200
         *         }
         *       ],
         *       "created_at": 1778140800,
         *       "updated_at": 1778141200,
         *       "etag": "9"
         *     }
         */
        Install: {
            /** @description Install id (`inst_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the install in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Workspace that owns the install. Output only. */
            workspace_id: string;
            /** @description The customer workspace associated with the install (id and name). Its exact role is not documented. Output only. */
            customer_workspace: components["schemas"]["InstallCustomerWorkspace"];
            /** @description Cluster (`clu_...`) the install runs on. Left out of `GET /installs?product_id=...` answers for installs owned by a customer. */
            cluster_id?: string;
            /** @description Product the install was created from, for a product-based install. */
            product_id?: string;
            /** @description Package version the install runs. */
            package_version_id: string;
            /**
             * @description Lifecycle state: `pending`, `rendering`, `syncing`, `healthy`, `degraded`, `failed`, or `deleted` after a delete (how long a deleted install stays readable is not documented; neither are the transitions). Output only.
             * @enum {string}
             */
            state: "pending" | "rendering" | "syncing" | "healthy" | "degraded" | "failed" | "deleted";
            /** @description True while work is changing the install. Output only. */
            reconciling: boolean;
            /** @description Endpoints the install exposes, with their provisioning status. Output only. */
            urls: components["schemas"]["InstallUrl"][];
            /** @description Present when the install is a demo scheduled for clean-up (or already removed). Output only. */
            demo_cleanup?: components["schemas"]["InstallDemoCleanup"];
            /** @description When the install was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the install last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the install; changes on every write. Send it as `if-match` on DELETE. Output only. */
            etag: string;
        };
        /**
         * @description A workspace named by id and display name.
         * @example {
         *       "id": "ws_3p8r1t6y4u",
         *       "name": "Acme Corp"
         *     }
         */
        InstallCustomerWorkspace: {
            /** @description Workspace id (`ws_...`). */
            id: string;
            /** @description Display name of the workspace. */
            name: string;
        };
        /**
         * @description Clean-up state of a demo install, selected by `kind`: `scheduled` (the install will be removed at `cleanup_at` unless converted) or `removed`. The rules behind it are not documented.
         * @example {
         *       "kind": "scheduled",
         *       "cleanup_at": 1778745600,
         *       "removable_by": "platform_policy",
         *       "conversion_required": "paid_order",
         *       "delivery_status": "pending"
         *     }
         */
        InstallDemoCleanup: {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "scheduled";
            /** @description When the install is due to be removed, in Unix seconds. */
            cleanup_at: number;
            /**
             * @description What may remove the install: platform policy (`platform_policy`) or a platform administrator (`platform_admin`).
             * @enum {string}
             */
            removable_by: "platform_policy" | "platform_admin";
            /**
             * @description What keeps the install from being removed: a paid order (`paid_order`) or platform approval (`platform_approval`).
             * @enum {string}
             */
            conversion_required: "paid_order" | "platform_approval";
            /**
             * @description Status of the clean-up's delivery: `pending`, `running`, `succeeded` or `failed`.
             * @enum {string}
             */
            delivery_status: "pending" | "running" | "succeeded" | "failed";
        } | {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "removed";
            /**
             * @description Status of the clean-up's delivery: `pending`, `running`, `succeeded` or `failed`.
             * @enum {string}
             */
            delivery_status: "pending" | "running" | "succeeded" | "failed";
        };
        /**
         * @description Answer of the install lifecycle calls (`:update`, `:restore`, `PATCH .../automatic_updates`): the install's version state and the render the call started. Not an Operation.
         * @example {
         *       "install": {
         *         "id": "inst_6h2k9p4v7c3m",
         *         "current_version": {
         *           "id": "pkgv_8r3n5t1w6y2k",
         *           "semver": "1.4.0"
         *         },
         *         "desired_version": {
         *           "id": "pkgv_1j6m3q8s2v5x",
         *           "semver": "1.5.0"
         *         },
         *         "automatic_updates_enabled": false,
         *         "updated_at": 1778227200,
         *         "etag": "10"
         *       },
         *       "render": {
         *         "id": "rnd_7c2v9b4n1m6k",
         *         "workspace_id": "ws_7hq3k2m9",
         *         "install_id": "inst_6h2k9p4v7c3m",
         *         "operation_id": "op_2x7c4v9b1n3m",
         *         "repository_change_request_id": null,
         *         "render_hash": null,
         *         "commit_sha": null,
         *         "package_version_id": "pkgv_1j6m3q8s2v5x",
         *         "restored_from_render_id": null,
         *         "state": "running",
         *         "message": "Update to 1.5.0",
         *         "created_at": 1778227200,
         *         "updated_at": 1778227200
         *       }
         *     }
         */
        InstallLifecycleMutation: {
            /** @description The install's version state after the call. */
            install: components["schemas"]["InstallLifecycleState"];
            /** @description The render the call started, or null (when no render is returned is not documented). */
            render: components["schemas"]["InstallRender"] | null;
        };
        /**
         * @description Version state of an install: the version deployed now, the version it is moving to, and whether automatic updates are on.
         * @example {
         *       "id": "inst_6h2k9p4v7c3m",
         *       "current_version": {
         *         "id": "pkgv_8r3n5t1w6y2k",
         *         "semver": "1.4.0"
         *       },
         *       "desired_version": {
         *         "id": "pkgv_1j6m3q8s2v5x",
         *         "semver": "1.5.0"
         *       },
         *       "automatic_updates_enabled": false,
         *       "updated_at": 1778227200,
         *       "etag": "10"
         *     }
         */
        InstallLifecycleState: {
            /** @description Install id (`inst_...`). Output only. */
            id: string;
            /** @description Version deployed now, or null (when it is null is not documented). It changes only once a fresh git-backed render of a new version has been deployed. Output only. */
            current_version: components["schemas"]["PackageVersionSummary"] | null;
            /** @description Version requested but not (yet) deployed: shown while the render is in progress or after it failed. Null when it equals `current_version`. Output only. */
            desired_version: components["schemas"]["PackageVersionSummary"] | null;
            /** @description Whether the install follows new package versions automatically. */
            automatic_updates_enabled: boolean;
            /** @description When this state last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of this state. Whether `if-match` on the lifecycle calls expects this etag or the install's is not documented. Output only. */
            etag: string;
        };
        /** @description A page of installs. */
        InstallList: {
            /** @description The installs on this page. */
            data: components["schemas"]["Install"][];
            /** @description True when more installs follow; fetch them with `next_cursor`. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Which version of a package an install runs, selected by `kind`: `latest` (the package's newest version) or `pinned` (one semantic version).
         * @example {
         *       "kind": "pinned",
         *       "version": "1.2.3"
         *     }
         */
        InstallPackageVersionPin: {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "latest";
        } | {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "pinned";
            /** @description Semantic version to install (for example `1.2.3`). */
            version: string;
        };
        /**
         * @description One rendering of an install: the package's manifests produced for the install's values, committed to git and deployed. Renders are started by `POST /installs/{id}/renders` and by the lifecycle calls (`:update`, `:restore`, automatic updates).
         * @example {
         *       "id": "rnd_3m8x1q5z9b4t",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "install_id": "inst_6h2k9p4v7c3m",
         *       "operation_id": "op_4k9m2x7c1v5b",
         *       "repository_change_request_id": null,
         *       "render_hash": "7f3a9c2e5b8d1f4a",
         *       "commit_sha": "3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a",
         *       "package_version_id": "pkgv_8r3n5t1w6y2k",
         *       "restored_from_render_id": null,
         *       "state": "deployed",
         *       "message": "Bump replicas to 3",
         *       "created_at": 1778141000,
         *       "updated_at": 1778141090
         *     }
         */
        InstallRender: {
            /** @description Render id (`rnd_` prefix). Output only. */
            id: string;
            /** @description Workspace that owns the install. Output only. */
            workspace_id: string;
            /** @description Install (`inst_...`) the render belongs to. Output only. */
            install_id: string;
            /** @description Operation (`op_...`) doing the render's work, or null when there is none. Output only. */
            operation_id?: string | null;
            /** @description Repository change request (`rcr_...`) the render came from, or null. Output only. */
            repository_change_request_id?: string | null;
            /** @description Content hash of the rendered output, or null while it is not known yet. Output only. */
            render_hash: string | null;
            /** @description Git commit that holds the rendered output, or null while there is none. Output only. */
            commit_sha?: string | null;
            /** @description Package version that was rendered, or null. Output only. */
            package_version_id?: string | null;
            /** @description For a render created by `:restore`, the earlier render it re-applies; null otherwise. Output only. */
            restored_from_render_id?: string | null;
            /**
             * @description `running` while the render is in progress; then `deployed`, `skipped` (nothing changed and `skip_unchanged` was on) or `failed`. Output only.
             * @enum {string}
             */
            state: "running" | "deployed" | "skipped" | "failed";
            /** @description Free-text message given when the render was started, or null. Output only. */
            message?: string | null;
            /** @description When the render was started, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the render last changed, in Unix seconds. Output only. */
            updated_at: number;
        };
        /** @description A page of an install's renders. */
        InstallRenderList: {
            /** @description The renders on this page. */
            data: components["schemas"]["InstallRender"][];
            /** @description True when more renders follow; fetch them with `next_cursor`. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Live deploy status of an install, for dashboards and health checks: the Argo CD-style health, sync state, revision and per-resource status, plus the install's `state`. The Argo fields are null when not known.
         * @example {
         *       "install_id": "inst_6h2k9p4v7c3m",
         *       "health": "Healthy",
         *       "sync": "Synced",
         *       "revision": "3e5a7c9b1d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a",
         *       "resources": [
         *         {
         *           "group": "apps",
         *           "version": "v1",
         *           "kind": "Deployment",
         *           "namespace": "grafana",
         *           "name": "grafana",
         *           "status": "Synced",
         *           "health": {
         *             "status": "Healthy"
         *           }
         *         }
         *       ],
         *       "operation_phase": "Succeeded",
         *       "updated_at": 1778141500,
         *       "state": "healthy",
         *       "reconciling": false
         *     }
         */
        InstallStatus: {
            /** @description Install (`inst_...`) the status is about. */
            install_id: string;
            /** @description Overall health as Argo CD reports it (for example `Healthy`, `Progressing`, `Degraded`), or null. */
            health: string | null;
            /** @description Sync status as Argo CD reports it (for example `Synced`, `OutOfSync`), or null. */
            sync: string | null;
            /** @description Git revision currently deployed, or null. */
            revision: string | null;
            /** @description Status of each Kubernetes resource of the install, or null. */
            resources: components["schemas"]["ResourceStatus"][] | null;
            /** @description Phase of the current or last sync operation as Argo CD reports it (for example `Running`, `Succeeded`), or null. */
            operation_phase: string | null;
            /** @description When this status was last observed, in Unix seconds, or null. */
            updated_at: number | null;
            /**
             * @description The install's lifecycle state (as in `Install.state`): `pending`, `rendering`, `syncing`, `healthy`, `degraded`, `failed` or `deleted`.
             * @enum {string}
             */
            state: "pending" | "rendering" | "syncing" | "healthy" | "degraded" | "failed" | "deleted";
            /** @description True while work is changing the install. */
            reconciling: boolean;
        };
        /**
         * @description An endpoint an install exposes, and its provisioning status.
         * @example {
         *       "route_key": "web",
         *       "hostname": "grafana-acme.apps.akua.dev",
         *       "url": "https://grafana-acme.apps.akua.dev",
         *       "protocol": "http",
         *       "routing_mode": "through_dispatcher",
         *       "status": "active",
         *       "last_observed_at": 1778141500,
         *       "updated_at": 1778141200
         *     }
         */
        InstallUrl: {
            /** @description Key of the route within the install. */
            route_key: string;
            /** @description Host name of the endpoint. */
            hostname: string;
            /**
             * Format: uri
             * @description Full URL of the endpoint.
             */
            url: string;
            /**
             * @description Protocol served (`http`, `websocket` or `grpc`).
             * @enum {string}
             */
            protocol: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through Akua's dispatcher (`through_dispatcher`) or bypasses it (`bypass_dispatcher`).
             * @enum {string}
             */
            routing_mode: "through_dispatcher" | "bypass_dispatcher";
            /**
             * @description Provisioning status: `pending`, `provisioning`, `active`, `not_ready` or `failed`.
             * @enum {string}
             */
            status: "pending" | "provisioning" | "active" | "not_ready" | "failed";
            /** @description Why the endpoint is not working, when known. */
            error?: string;
            /** @description When the endpoint's state was last observed, in Unix seconds. */
            last_observed_at?: number;
            /** @description When the entry last changed, in Unix seconds. */
            updated_at: number;
        };
        /**
         * @description An admin kubeconfig for a cluster.
         * @example {
         *       "kubeconfig": "apiVersion: v1\nkind: Config\nclusters:\n  - name: edge-berlin\n    cluster:\n      server: https://203.0.113.10:6443\n      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\nusers:\n  - name: admin\n    user:\n      token: <admin-service-account-token>\ncontexts:\n  - name: edge-berlin\n    context:\n      cluster: edge-berlin\n      user: admin\ncurrent-context: edge-berlin\n"
         *     }
         */
        Kubeconfig: {
            /** @description Kubeconfig document (YAML text) with admin credentials for the cluster. Treat it like a password: anyone holding it controls the cluster. */
            kubeconfig: string;
        };
        /**
         * @description A server at an infrastructure provider that Akua runs as a worker node of one of your clusters, created from a compute config. Its lifecycle calls (`POST /machines`, `DELETE`, `:suspend`, `:resume`) are asynchronous and answer with an Operation.
         * @example {
         *       "id": "mch_5w8k2n4t",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "cluster_id": "clu_2f7d9c1a4b8e",
         *       "compute_config_id": "cfg_9r4t2b6w",
         *       "provider_id": "compute://hcloud/server-48213907",
         *       "provider_resource": {
         *         "identity_kind": "recyclable",
         *         "public_ip": "203.0.113.24"
         *       },
         *       "name": "worker-fsn1-a",
         *       "node_name": "worker-fsn1-a",
         *       "state": "ACTIVE",
         *       "reconciling": false,
         *       "created_at": 1778140800,
         *       "updated_at": 1778141460,
         *       "etag": "4"
         *     }
         */
        Machine: {
            /** @description Machine id. Output only. */
            id: string;
            /** @description Workspace that owns the machine. Output only. */
            workspace_id: string;
            /** @description Cluster the machine serves as a worker node of. Output only. */
            cluster_id: string;
            /** @description Compute config the machine was created from. Output only. */
            compute_config_id: string;
            /** @description The machine's identity at the infrastructure provider, as a `compute://<provider>/...` reference. Output only. */
            provider_id: string;
            /** @description How the provider-side server is identified and reached. Output only. */
            provider_resource: {
                /**
                 * @description `recyclable` when the provider may replace the server behind the machine (for example while it is suspended), `persistent` when the same server is kept.
                 * @enum {string}
                 */
                identity_kind: "recyclable" | "persistent";
                /** @description Current public IP address of the server, or null when it has none. With a recyclable identity it usually changes across a suspend and resume, unless a floating IP is attached. */
                public_ip: string | null;
                /** @description Floating IP attached to the server, which keeps its address across a suspend and resume; absent when none is attached. */
                floating_ip?: {
                    /** @description Id of the floating IP at the provider. */
                    id: string;
                    /** @description IPv4 address of the floating IP. */
                    ipv4: string;
                };
            };
            /** @description Display name of the machine (up to 120 characters); change it with `PATCH /machines/{id}`. */
            name?: string;
            /** @description Name of the Kubernetes node the machine runs as, or null when no node is known for it. Output only. */
            node_name: string | null;
            /**
             * @description Lifecycle state: `PROVISIONING`, `ACTIVE`, `SUSPENDING`, `SUSPENDED`, `RESUMING` or `DELETING`. The transitions between them are not documented beyond what the names say. Output only.
             * @enum {string}
             */
            state: "ACTIVE" | "PROVISIONING" | "SUSPENDING" | "SUSPENDED" | "RESUMING" | "DELETING";
            /** @description True while a lifecycle operation is changing the machine. Output only. */
            reconciling: boolean;
            /** @description The suspension in effect, present while the machine is suspended. Output only. */
            current_suspension?: {
                /** @description Suspension event that records this suspension (see `GET /machines/{id}/suspension_events/{event_id}`). */
                event_id: string;
                /** @description Provider snapshot that holds the suspended machine's disk. */
                snapshot_ref: {
                    /**
                     * @description Provider that stores the snapshot.
                     * @enum {string}
                     */
                    provider: "hcloud";
                    /** @description Id of the snapshot at the provider. */
                    snapshot_id: number;
                    /** @description Size of the snapshot, in gigabytes. */
                    size_gb: number;
                };
                /** @description When the suspension expires, in Unix seconds. What happens to the machine at that point is not documented. */
                expires_at: number;
                /** @description Monthly cost of keeping the machine suspended, in cents (the currency is not documented). */
                monthly_cost_cents: number;
                /**
                 * @description Why the machine was suspended: `manual` (on request) or `downgrade`.
                 * @enum {string}
                 */
                reason: "manual" | "downgrade";
            };
            /** @description When the machine was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the machine last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the machine; changes on every write. Send it as `if-match` on PATCH, DELETE, `:suspend` and `:resume`. Output only. */
            etag: string;
        };
        /**
         * @description A page of machines. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "mch_5w8k2n4t",
         *           "workspace_id": "ws_7hq3k2m9",
         *           "cluster_id": "clu_2f7d9c1a4b8e",
         *           "compute_config_id": "cfg_9r4t2b6w",
         *           "provider_id": "compute://hcloud/server-48213907",
         *           "provider_resource": {
         *             "identity_kind": "recyclable",
         *             "public_ip": "203.0.113.24"
         *           },
         *           "name": "worker-fsn1-a",
         *           "node_name": "worker-fsn1-a",
         *           "state": "ACTIVE",
         *           "reconciling": false,
         *           "created_at": 1778140800,
         *           "updated_at": 1778141460,
         *           "etag": "4"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        MachineList: {
            /** @description The machines on this page. */
            data: components["schemas"]["Machine"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The Operation that carries out a machine lifecycle call (create, delete, suspend, resume), with its id repeated as `operation_id`. Wait for it with `POST /operations/{id}:wait`; once it SUCCEEDED, `response` holds the typed result (`machine.create`, `machine.delete`, `machine.suspend` or `machine.resume`).
         * @example {
         *       "id": "op_6v1n8c3k",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "organization_id": "org_8c4v1b6n",
         *       "owner_type": "machine",
         *       "owner_id": "mch_5w8k2n4t",
         *       "parent_operation_id": null,
         *       "state": "RUNNING",
         *       "done": false,
         *       "html_url": "https://akua.dev/machines/mch_5w8k2n4t?tab=operations",
         *       "metadata": {
         *         "type": "machine.suspend",
         *         "workspace_id": "ws_7hq3k2m9",
         *         "machine_id": "mch_5w8k2n4t",
         *         "request_fingerprint": "9f2c4e7a1b"
         *       },
         *       "response": null,
         *       "error": null,
         *       "last_error": null,
         *       "started_at": 1778227200,
         *       "completed_at": null,
         *       "steps": [],
         *       "operation_id": "op_6v1n8c3k"
         *     }
         */
        MachineOperation: {
            /** @description Operation id (`op_` prefix). */
            id: string;
            /** @description Workspace the operation runs in, or null for work outside a workspace. */
            workspace_id: string | null;
            /** @description Organization the operation belongs to, or null. */
            organization_id: string | null;
            /**
             * @description Kind of resource the operation works on.
             * @enum {string}
             */
            owner_type: "install" | "repository_change_request" | "repository" | "workspace" | "machine" | "cluster" | "package";
            /** @description Id of the resource the operation works on. */
            owner_id: string;
            /** @description Operation that started this one, or null for a top-level operation. */
            parent_operation_id: string | null;
            /**
             * @description `RUNNING` until the operation ends; then `SUCCEEDED`, `FAILED` or `CANCELLED`, which are final.
             * @enum {string}
             */
            state: "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
            /** @description True once `state` is terminal. Check this (not the HTTP status) to know whether to keep waiting. */
            done: boolean;
            /**
             * Format: uri
             * @description Link to the operation in the Akua dashboard.
             */
            html_url: string;
            /** @description What the operation does, typed by `metadata.type`. */
            metadata: components["schemas"]["OperationMetadata"];
            /** @description Typed result, set when the operation SUCCEEDED (its `type` matches `metadata.type`); null otherwise. */
            response: components["schemas"]["OperationResponse"];
            /** @description Why the operation did not succeed, once it is done; null while it runs and after success. */
            error: {
                /** @description Human-readable reason. */
                message: string;
            } | null;
            /** @description Most recent error reported by a step, even while the operation is still running or retrying; null when none occurred. */
            last_error: {
                /** @description Human-readable error. */
                message: string;
                /** @description Step that reported the error. */
                step_name?: string;
            } | null;
            /** @description When the operation started, in Unix seconds. */
            started_at: number;
            /** @description When the operation ended, in Unix seconds; null while it runs. */
            completed_at: number | null;
            /** @description Per-step progress, in execution order. */
            steps?: components["schemas"]["OperationStep"][];
            /** @description The operation's id again, equal to `id`. */
            operation_id: string;
        };
        /**
         * @description A long-running operation tracking asynchronous work such as creating, deleting, suspending or resuming a cluster. Poll it with `GET /operations/{id}` or long-poll with `POST /operations/{id}:wait` until `done` is true. A done operation never changes again.
         * @example {
         *       "id": "op_9d3k7m2q5x",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "organization_id": "org_8c4v1b6n",
         *       "owner_type": "cluster",
         *       "owner_id": "clu_2f7d9c1a4b8e",
         *       "parent_operation_id": null,
         *       "state": "RUNNING",
         *       "done": false,
         *       "html_url": "https://akua.dev/clusters/clu_2f7d9c1a4b8e?tab=operations",
         *       "metadata": {
         *         "type": "cluster.create",
         *         "workspace_id": "ws_7hq3k2m9",
         *         "region_id": "reg_4n8p2x6v",
         *         "name": "prod-eu"
         *       },
         *       "response": null,
         *       "error": null,
         *       "last_error": null,
         *       "started_at": 1778140800,
         *       "completed_at": null,
         *       "steps": [
         *         {
         *           "name": "provision_control_plane",
         *           "status": "completed",
         *           "execution_type": "system",
         *           "started_at": 1778140800,
         *           "completed_at": 1778140895,
         *           "error_message": null,
         *           "retryable": false,
         *           "skippable": false
         *         },
         *         {
         *           "name": "join_workers",
         *           "status": "running",
         *           "execution_type": "system",
         *           "started_at": 1778140895,
         *           "completed_at": null,
         *           "error_message": null,
         *           "retryable": true,
         *           "skippable": false
         *         }
         *       ]
         *     }
         */
        Operation: {
            /** @description Operation id (`op_` prefix). */
            id: string;
            /** @description Workspace the operation runs in, or null for work outside a workspace. */
            workspace_id: string | null;
            /** @description Organization the operation belongs to, or null. */
            organization_id: string | null;
            /**
             * @description Kind of resource the operation works on.
             * @enum {string}
             */
            owner_type: "install" | "repository_change_request" | "repository" | "workspace" | "machine" | "cluster" | "package";
            /** @description Id of the resource the operation works on (for example the cluster id). */
            owner_id: string;
            /** @description Operation that started this one, or null for a top-level operation. */
            parent_operation_id: string | null;
            /**
             * @description `RUNNING` until the operation ends; then `SUCCEEDED`, `FAILED` or `CANCELLED`, which are final.
             * @enum {string}
             */
            state: "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
            /** @description True once `state` is terminal. Check this (not the HTTP status) to know whether to keep waiting. */
            done: boolean;
            /**
             * Format: uri
             * @description Link to the operation in the Akua dashboard.
             */
            html_url: string;
            /** @description What the operation does, typed by `metadata.type`. */
            metadata: components["schemas"]["OperationMetadata"];
            /** @description Typed result, set when the operation SUCCEEDED (its `type` matches `metadata.type`); null otherwise. */
            response: components["schemas"]["OperationResponse"];
            /** @description Why the operation did not succeed, once it is done; null while it runs and after success. */
            error: {
                /** @description Human-readable reason. */
                message: string;
            } | null;
            /** @description Most recent error reported by a step, even while the operation is still running or retrying; null when none occurred. */
            last_error: {
                /** @description Human-readable error. */
                message: string;
                /** @description Step that reported the error. */
                step_name?: string;
            } | null;
            /** @description When the operation started, in Unix seconds. */
            started_at: number;
            /** @description When the operation ended, in Unix seconds; null while it runs. */
            completed_at: number | null;
            /** @description Per-step progress, in execution order. */
            steps?: components["schemas"]["OperationStep"][];
        };
        /** @description One page of operations. Follow `next_cursor` while `has_more` is true to read the rest. */
        OperationList: {
            /** @description The operations on this page, newest first. */
            data: components["schemas"]["Operation"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
        /** @description What an operation does: the parameters it was started with. One variant per operation kind, selected by `type`. Operations on resources outside this SDK's scope (installs, repositories, domains, ...) can appear in `GET /operations` and are listed for completeness. */
        OperationMetadata: {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "machine.create";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Cluster the machine joins. */
            cluster_id: string;
            /** @description Compute configuration the machine is created from. */
            compute_config_id?: string;
            /** @description Provider instance type of the machine. */
            instance_type: string;
            /** @description Whether Akua manages the machine's lifecycle. */
            managed: boolean;
            /** @description Fingerprint of the request that started the operation, used to detect duplicates. */
            request_fingerprint: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "machine.delete";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Machine the operation acts on. */
            machine_id: string;
            /** @description Fingerprint of the request that started the operation, used to detect duplicates. */
            request_fingerprint: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "machine.suspend";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Machine the operation acts on. */
            machine_id: string;
            /** @description Fingerprint of the request that started the operation, used to detect duplicates. */
            request_fingerprint: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "machine.resume";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Machine the operation acts on. */
            machine_id: string;
            /** @description Fingerprint of the request that started the operation, used to detect duplicates. */
            request_fingerprint: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.delete";
            /** @description Cluster the operation acts on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.create";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Region the cluster is provisioned in. */
            region_id: string;
            /** @description Name of the new cluster. */
            name: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.suspend";
            /** @description Cluster the operation acts on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.resume";
            /** @description Cluster the operation acts on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.capabilities.refresh";
            /** @description Cluster the operation acts on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.capability.ensure";
            /** @description Cluster the operation acts on. */
            cluster_id: string;
            /** @description Name of the capability to ensure. */
            capability: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cluster.worker_bootstrap.revoke";
            /** @description Cluster the bootstrap belongs to. */
            cluster_id: string;
            /** @description Worker bootstrap being revoked. */
            worker_bootstrap_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "install.create";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Product the install is created from. */
            product_id?: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "install.render";
            /** @description Install the operation acts on. */
            install_id: string;
            /** @description Commit that triggered the render. */
            trigger_commit_sha?: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "install.delete";
            /** @description Install the operation acts on. */
            install_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.bind_pinned";
            /** @description Install the operation acts on. */
            install_id: string;
            /** @description Render the hostname points to. */
            render_id: string;
            /**
             * @description Protocol served on the hostname.
             * @enum {string}
             */
            protocol: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through the Akua dispatcher or bypasses it.
             * @enum {string}
             */
            routing_mode: "through_dispatcher" | "bypass_dispatcher";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.bind_floating";
            /** @description Install the operation acts on. */
            install_id: string;
            /** @description Track the floating hostname follows. */
            track: string;
            /** @description Render the hostname points to. */
            render_id: string;
            /**
             * @description Protocol served on the hostname.
             * @enum {string}
             */
            protocol: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through the Akua dispatcher or bypasses it.
             * @enum {string}
             */
            routing_mode: "through_dispatcher" | "bypass_dispatcher";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.delete";
            /** @description Install the operation acts on. */
            install_id: string;
            /** @description Preview hostname the operation acts on. */
            preview_hostname_id: string;
            /** @description Etag precondition of the request that started the operation. */
            if_match: string;
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "workspace.delete";
            /** @description Workspace being deleted. */
            workspace_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "workspace.subscription.cancel";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /**
             * @description When the cancellation takes effect (`period_end`: at the end of the billing period).
             * @enum {string}
             */
            mode: "period_end";
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "workspace.subdomain.set_name";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description New subdomain label (1-63 characters). */
            name: string;
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.create";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Host name of the new domain. */
            hostname: string;
            /** @description Where the domain sends traffic. */
            target: {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "install";
                /** @description Install that receives the traffic. */
                install_id: string;
            } | {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "cluster";
                /** @description Cluster that receives the traffic. */
                cluster_id: string;
            } | {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "external";
                /**
                 * Format: uri
                 * @description URL of the external endpoint.
                 */
                endpoint: string;
                /** @description Secret holding the client certificate for mutual TLS to the endpoint. */
                mtls_secret_id?: string;
            };
            /**
             * @description Protocol served on the hostname.
             * @enum {string}
             */
            protocol: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through the Akua dispatcher or bypasses it.
             * @enum {string}
             */
            routing_mode: "through_dispatcher" | "bypass_dispatcher";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.update";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Custom domain the operation acts on. */
            custom_domain_id: string;
            /** @description Where the domain sends traffic. */
            target?: {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "install";
                /** @description Install that receives the traffic. */
                install_id: string;
            } | {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "cluster";
                /** @description Cluster that receives the traffic. */
                cluster_id: string;
            } | {
                /**
                 * @description Target kind; selects this variant.
                 * @enum {string}
                 */
                kind: "external";
                /**
                 * Format: uri
                 * @description URL of the external endpoint.
                 */
                endpoint: string;
                /** @description Secret holding the client certificate for mutual TLS to the endpoint. */
                mtls_secret_id?: string;
            };
            /**
             * @description Protocol served on the hostname.
             * @enum {string}
             */
            protocol?: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through the Akua dispatcher or bypasses it.
             * @enum {string}
             */
            routing_mode?: "through_dispatcher" | "bypass_dispatcher";
            /** @description Etag precondition of the request that started the operation. */
            if_match: string;
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.delete";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Custom domain the operation acts on. */
            custom_domain_id: string;
            /** @description Etag precondition of the request that started the operation. */
            if_match: string;
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cloudflare.private_origin_route.prepare";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Cluster the route leads to. */
            cluster_id: string;
            /** @description Route intent the operation acts on. */
            route_intent_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "cloudflare.private_origin_route.release";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Route intent the operation acts on. */
            route_intent_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "package.create";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Name of the new package. */
            name: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.create";
            /** @description Workspace the operation acts in. */
            workspace_id: string;
            /** @description Repository the change request is opened against. */
            parent_repository_id: string;
            /**
             * @description Who opened the change request.
             * @enum {string}
             */
            created_by_kind: "agent" | "wizard" | "user";
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.accept";
            /** @description Change request the operation acts on. */
            repository_change_request_id: string;
            /** @description User who performed the action. */
            user_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.reject";
            /** @description Change request the operation acts on. */
            repository_change_request_id: string;
            /** @description User who performed the action. */
            user_id: string;
            /** @description Reason given for the rejection. */
            reason: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.withdraw";
            /** @description Change request the operation acts on. */
            repository_change_request_id: string;
            /** @description User who performed the action. */
            user_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.expire";
            /** @description Change request the operation acts on. */
            repository_change_request_id: string;
        } | {
            /**
             * @description Kind of operation; selects this variant.
             * @enum {string}
             */
            type: "repository.delete";
            /** @description Repository the operation acts on. */
            repository_id: string;
        };
        /** @description Typed result of a succeeded operation, selected by `type` (equal to `metadata.type`), or null while the operation runs or when it did not succeed. */
        OperationResponse: {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "machine.create";
            /** @description Id of the new machine. */
            machine_id: string;
            /** @description Id of the machine at the infrastructure provider. */
            provider_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "machine.delete";
            /** @description Machine the operation acted on. */
            machine_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "machine.suspend";
            /** @description Machine the operation acted on. */
            machine_id: string;
            /** @description Id of the suspension record, used to resume the machine. */
            suspension_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "machine.resume";
            /** @description Machine the operation acted on. */
            machine_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.delete";
            /** @description Cluster the operation acted on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.create";
            /** @description Id of the new cluster. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.suspend";
            /** @description Cluster the operation acted on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.resume";
            /** @description Cluster the operation acted on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.capabilities.refresh";
            /** @description Cluster the operation acted on. */
            cluster_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.capability.ensure";
            /** @description Cluster the operation acted on. */
            cluster_id: string;
            /** @description Capability that was ensured. */
            capability: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cluster.worker_bootstrap.revoke";
            /** @description Additional information about the revocation. */
            note?: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "install.create";
            /** @description Id of the new install. */
            install_id: string;
            /** @description Name of the Argo CD application of the install. */
            argo_app_name: string;
            /** @description Namespace of the Argo CD application of the install. */
            argo_app_namespace: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "install.create";
            /** @description Id of the new install. */
            install_id: string;
            /**
             * @description True when sandbox provisioning was skipped.
             * @enum {boolean}
             */
            sandbox_skipped: true;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "install.render";
            /** @description Id of the render that was produced. */
            install_render_id: string;
            /** @description Repository the operation acted on. */
            repository_id: string;
            /** @description Commit the render was produced from. */
            commit_sha?: string;
            /** @description Content hash of the rendered output. */
            render_hash: string;
            /** @description True when the render was skipped because nothing changed. */
            skipped: boolean;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "install.delete";
            /** @description Whether the Argo CD application was deleted. */
            argo_app_deleted: boolean;
            /** @description Whether the install's repository was purged. */
            repo_purged: boolean;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.bind_pinned";
            /** @description Install the operation acted on. */
            install_id: string;
            /** @description Preview hostname the operation acted on. */
            preview_hostname_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.bind_floating";
            /** @description Install the operation acted on. */
            install_id: string;
            /** @description Preview hostname the operation acted on. */
            preview_hostname_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "preview_hostname.delete";
            /** @description Install the operation acted on. */
            install_id: string;
            /** @description Preview hostname the operation acted on. */
            preview_hostname_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "workspace.delete";
            /** @description Workspace the operation acted on. */
            workspace_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "workspace.subscription.cancel";
            /** @description Subscription that was cancelled. */
            subscription_id: string;
            /** @description When the cancellation takes effect, in Unix seconds. */
            cancel_at: number;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "workspace.subdomain.set_name";
            /** @description Workspace the operation acted on. */
            workspace_id: string;
            /** @description Id of the workspace subdomain. */
            workspace_subdomain_id: string;
            /** @description Fully qualified domain name of the subdomain. */
            fqdn: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.create";
            /** @description Workspace the operation acted on. */
            workspace_id: string;
            /** @description Custom domain the operation acted on. */
            custom_domain_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.update";
            /** @description Workspace the operation acted on. */
            workspace_id: string;
            /** @description Custom domain the operation acted on. */
            custom_domain_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "custom_domain.delete";
            /** @description Workspace the operation acted on. */
            workspace_id: string;
            /** @description Custom domain the operation acted on. */
            custom_domain_id: string;
            /** @description Fully qualified host name. */
            hostname: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cloudflare.private_origin_route.prepare";
            /** @description Private origin route that was prepared. */
            origin_route_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "cloudflare.private_origin_route.release";
            /** @description Route intent that was released. */
            route_intent_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "package.create";
            /** @description Id of the new package. */
            package_id: string;
            /** @description Id of the package's first version. */
            package_version_id: string;
            /** @description Repository the operation acted on. */
            repository_id: string;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.create";
            /** @description Id of the new change request. */
            repository_change_request_id: string;
            /** @description Fork repository that holds the proposed changes. */
            fork_repository_id: string;
            /** @description When the change request expires, in Unix seconds. */
            expires_at: number;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.accept";
            /** @description When the change was merged, in Unix seconds. */
            merged_at: number;
            /** @description Whether merging triggered a new install render. */
            triggered_install_render: boolean;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.reject";
            /** @description When the change request was rejected, in Unix seconds. */
            rejected_at: number;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.withdraw";
            /** @description When the change request was withdrawn, in Unix seconds. */
            withdrawn_at: number;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository_change_request.expire";
            /** @description Whether the change request was expired. */
            expired: boolean;
        } | {
            /**
             * @description Kind of operation, equal to `metadata.type`; selects this variant.
             * @enum {string}
             */
            type: "repository.delete";
            /** @description When the repository was purged, in Unix seconds. */
            purged_at: number;
        } | null;
        /**
         * @description Progress of one step of an operation.
         * @example {
         *       "name": "join_workers",
         *       "status": "running",
         *       "execution_type": "system",
         *       "started_at": 1778140895,
         *       "completed_at": null,
         *       "error_message": null,
         *       "retryable": true,
         *       "skippable": false
         *     }
         */
        OperationStep: {
            /** @description Step name, stable for a given operation type. */
            name: string;
            /**
             * @description Progress of the step.
             * @enum {string}
             */
            status: "pending" | "running" | "completed" | "failed" | "skipped";
            /**
             * @description Who carries the step out: the `system`, a `user` action, an `approval`, or `skipped`.
             * @enum {string}
             */
            execution_type: "system" | "user" | "approval" | "skipped";
            /** @description When the step started, in Unix seconds. */
            started_at: number;
            /** @description When the step ended, in Unix seconds; null while it runs. */
            completed_at: number | null;
            /** @description Why the step failed, or null. */
            error_message: string | null;
            /** @description Whether a failed step may be retried. */
            retryable: boolean;
            /** @description Whether the step may be skipped. */
            skippable: boolean;
        };
        /**
         * @description A deployable application in a workspace: either hosted by Akua (created from a Helm chart with `POST /packages`) or an OCI-published Akua package registered with `POST /packages:import`. A package has immutable versions; installs run one of them.
         * @example {
         *       "id": "pkg_4c7q2m9x8d1f",
         *       "html_url": "https://akua.dev/packages/pkg_4c7q2m9x8d1f",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "name": "grafana",
         *       "description": "Dashboards for the team's metrics.",
         *       "latest_version_id": "pkgv_8r3n5t1w6y2k",
         *       "display_image_url": "https://cdn.example.com/logos/grafana.png",
         *       "source": {
         *         "kind": "hosted",
         *         "repository_id": "repo_2b9f6k3s8n1p"
         *       },
         *       "created_at": 1778140800,
         *       "etag": "3"
         *     }
         */
        Package: {
            /** @description Package id (`pkg_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the package in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Workspace that owns the package. Output only. */
            workspace_id: string;
            /** @description Display name of the package. */
            name: string;
            /** @description Free-text description of the package, or null when it has none. */
            description: string | null;
            /** @description Id of the newest version of the package in this workspace; use it as `version_id` to read that version. Output only. */
            latest_version_id: string;
            /**
             * Format: uri
             * @description Image (logo) shown for the package, or null when none is set.
             */
            display_image_url: string | null;
            /** @description Where the package's content comes from (`hosted` or `oci`). */
            source: components["schemas"]["PackageSource"];
            /** @description Provenance of the package's content (chart URLs, OCI references, git details). Considered sensitive: only returned with `view=full`; absent or null with the default `view=basic`. The shape of each entry is not documented. Output only. */
            composed_from_sources?: {
                [key: string]: unknown;
            }[] | null;
            /** @description When the package was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description Version tag of the package; changes on every write. Send it as `if-match` on DELETE. Output only. */
            etag?: string;
        };
        /**
         * @description The default values of a Helm chart published on Artifact Hub, raw and parsed, with a JSON Schema derived from them.
         * @example {
         *       "values": {
         *         "replicaCount": 1,
         *         "service": {
         *           "port": 80
         *         }
         *       },
         *       "schema": {
         *         "type": "object",
         *         "properties": {
         *           "replicaCount": {
         *             "type": "integer"
         *           },
         *           "service": {
         *             "type": "object",
         *             "properties": {
         *               "port": {
         *                 "type": "integer"
         *               }
         *             }
         *           }
         *         }
         *       },
         *       "values_yaml": "replicaCount: 1\nservice:\n  port: 80\n"
         *     }
         */
        PackageArtifacthubValuesSchema: {
            /** @description The chart's default values, parsed into a JSON object. */
            values: {
                [key: string]: unknown;
            };
            /** @description JSON Schema derived from `values`; with `include_schema=true` it is overlaid with the chart's own values schema when the chart ships one. Null when the values could not be parsed. */
            schema: {
                [key: string]: unknown;
            } | null;
            /** @description The chart's default values file, as published (YAML text). */
            values_yaml: string;
        };
        /** @description A page of packages. */
        PackageList: {
            /** @description The packages on this page. */
            data: components["schemas"]["Package"][];
            /** @description True when more packages follow; fetch them with `next_cursor`. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The Operation that creates a package (`metadata.type` `package.create`). It has the shape of every Operation, with `metadata`, `response` and `steps` typed for packages. Poll it with `GET /operations/{id}` or long-poll with `POST /operations/{id}:wait` until `done` is true.
         * @example {
         *       "id": "op_6t1v8b3n5m2q",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "organization_id": "org_8c4v1b6n",
         *       "owner_type": "package",
         *       "owner_id": "pkg_4c7q2m9x8d1f",
         *       "parent_operation_id": null,
         *       "state": "RUNNING",
         *       "done": false,
         *       "html_url": "https://akua.dev/packages/pkg_4c7q2m9x8d1f?tab=operations",
         *       "metadata": {
         *         "type": "package.create",
         *         "idempotency_key": "5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11",
         *         "workspace_id": "ws_7hq3k2m9",
         *         "name": "grafana"
         *       },
         *       "response": null,
         *       "error": null,
         *       "last_error": null,
         *       "started_at": 1778140800,
         *       "completed_at": null,
         *       "steps": [
         *         {
         *           "name": "render_chart",
         *           "status": "running",
         *           "execution_type": "system",
         *           "started_at": 1778140805,
         *           "completed_at": null,
         *           "error_message": null,
         *           "retryable": true,
         *           "skippable": false
         *         }
         *       ]
         *     }
         */
        PackageOperationEnvelope: {
            /** @description Operation id (`op_` prefix). */
            id: string;
            /** @description Workspace the operation runs in, or null for work outside a workspace. */
            workspace_id: string | null;
            /** @description Organization the operation belongs to, or null. */
            organization_id: string | null;
            /**
             * @description Kind of resource the operation works on (`package` here).
             * @enum {string}
             */
            owner_type: "install" | "repository_change_request" | "repository" | "workspace" | "machine" | "cluster" | "package";
            /** @description Id of the resource the operation works on. */
            owner_id: string;
            /** @description Operation that started this one, or null for a top-level operation. */
            parent_operation_id: string | null;
            /**
             * @description `RUNNING` until the operation ends; then `SUCCEEDED`, `FAILED` or `CANCELLED`, which are final.
             * @enum {string}
             */
            state: "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
            /** @description True once `state` is terminal. Check this (not the HTTP status) to know whether to keep waiting. */
            done: boolean;
            /**
             * Format: uri
             * @description Link to the operation in the Akua dashboard.
             */
            html_url: string;
            /** @description What the operation does. */
            metadata: components["schemas"]["PackageOperationMetadata"];
            /** @description The new package's ids, set when the operation SUCCEEDED; null otherwise. */
            response: components["schemas"]["PackageOperationResponse"];
            /** @description Why the operation did not succeed, once it is done; null while it runs and after success. */
            error: {
                /** @description Human-readable reason. */
                message: string;
            } | null;
            /** @description Most recent error reported by a step, even while the operation is still running or retrying; null when none occurred. */
            last_error: {
                /** @description Human-readable error. */
                message: string;
                /** @description Step that reported the error. */
                step_name?: string;
            } | null;
            /** @description When the operation started, in Unix seconds. */
            started_at: number;
            /** @description When the operation ended, in Unix seconds; null while it runs. */
            completed_at: number | null;
            /** @description Per-step progress, in execution order. */
            steps?: components["schemas"]["PackageOperationStep"][];
        };
        /**
         * @description What a package operation does; `type` is `package.create`.
         * @example {
         *       "type": "package.create",
         *       "idempotency_key": "5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "name": "grafana"
         *     }
         */
        PackageOperationMetadata: {
            /**
             * @description Kind of operation.
             * @enum {string}
             */
            type: "package.create";
            /** @description Idempotency key of the request that started the operation. */
            idempotency_key: string;
            /** @description Workspace the package is created in. */
            workspace_id: string;
            /** @description Name of the package being created. */
            name: string;
        };
        /**
         * @description Result of a `package.create` operation: set once the operation SUCCEEDED, null before that and on failure.
         * @example {
         *       "type": "package.create",
         *       "package_id": "pkg_4c7q2m9x8d1f",
         *       "package_version_id": "pkgv_8r3n5t1w6y2k",
         *       "repository_id": "repo_2b9f6k3s8n1p"
         *     }
         */
        PackageOperationResponse: {
            /**
             * @description Kind of operation, equal to `metadata.type`.
             * @enum {string}
             */
            type: "package.create";
            /** @description Id of the new package. */
            package_id: string;
            /** @description Id of the package's first version. */
            package_version_id: string;
            /** @description Repository (`repo_...`) that hosts the package's content. */
            repository_id: string;
        } | null;
        /**
         * @description Progress of one step of a package operation.
         * @example {
         *       "name": "render_chart",
         *       "status": "running",
         *       "execution_type": "system",
         *       "started_at": 1778140805,
         *       "completed_at": null,
         *       "error_message": null,
         *       "retryable": true,
         *       "skippable": false
         *     }
         */
        PackageOperationStep: {
            /** @description Step name. */
            name: string;
            /**
             * @description Where the step stands: `pending`, `running`, then `completed`, `failed` or `skipped`.
             * @enum {string}
             */
            status: "pending" | "running" | "completed" | "failed" | "skipped";
            /**
             * @description Who performs the step: the platform (`system`), a user (`user`), an approver (`approval`), or nobody (`skipped`).
             * @enum {string}
             */
            execution_type: "system" | "user" | "approval" | "skipped";
            /** @description When the step started, in Unix seconds. */
            started_at: number;
            /** @description When the step ended, in Unix seconds; null while it runs. */
            completed_at: number | null;
            /** @description Why the step failed, or null. */
            error_message: string | null;
            /** @description Whether the step can be retried after a failure. */
            retryable: boolean;
            /** @description Whether the step can be skipped. */
            skippable: boolean;
        };
        /**
         * @description Where a package's content comes from, selected by `kind`: `hosted` (Akua keeps the package in one of its repositories) or `oci` (an Akua package published to an OCI registry and imported).
         * @example {
         *       "kind": "oci",
         *       "oci_ref": "oci://registry.example.com/apps/billing"
         *     }
         */
        PackageSource: {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "hosted";
            /** @description Repository (`repo_...`) that holds the package's content. */
            repository_id: string;
        } | {
            /**
             * @description Selects this variant.
             * @enum {string}
             */
            kind: "oci";
            /** @description OCI reference (`oci://...`) the package was imported from. */
            oci_ref: string;
        };
        /**
         * @description An immutable version of a package: a semantic version, the artifact it points at and the JSON Schema of the inputs an install of it accepts.
         * @example {
         *       "id": "pkgv_8r3n5t1w6y2k",
         *       "package_id": "pkg_4c7q2m9x8d1f",
         *       "semver": "1.4.0",
         *       "ref": "sha256:9f2c4e7a1b3d5f6089a1c2e3d4b5a6978c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
         *       "input_schema": {
         *         "type": "object",
         *         "properties": {
         *           "hostname": {
         *             "type": "string"
         *           }
         *         },
         *         "required": [
         *           "hostname"
         *         ]
         *       },
         *       "published_at": 1778140700,
         *       "created_at": 1778140800,
         *       "etag": "1"
         *     }
         */
        PackageVersion: {
            /** @description Package version id. Output only. */
            id: string;
            /** @description Package (`pkg_...`) the version belongs to. Output only. */
            package_id: string;
            /** @description Semantic version of this version (for example `1.4.0`). */
            semver: string;
            /** @description Reference of the published artifact the version points at, usually the digest printed by `akua publish`. */
            ref: string;
            /** @description JSON Schema of the values an install of this version accepts (the same document `GET .../inputs` returns). */
            input_schema: {
                [key: string]: unknown;
            };
            /** @description When the version was published, in Unix seconds. Output only. */
            published_at: number;
            /** @description When the version record was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description Version tag of the package version. Output only. */
            etag?: string;
        };
        /**
         * @description JSON Schema of a package version's inputs: the values an install of this version accepts, as the install wizard renders them.
         * @example {
         *       "$schema": "https://json-schema.org/draft/2020-12/schema",
         *       "type": "object",
         *       "properties": {
         *         "replicas": {
         *           "type": "integer",
         *           "minimum": 1,
         *           "default": 2
         *         },
         *         "hostname": {
         *           "type": "string"
         *         }
         *       },
         *       "required": [
         *         "hostname"
         *       ]
         *     }
         */
        PackageVersionInputs: {
            [key: string]: unknown;
        };
        /** @description A page of package versions, newest first. */
        PackageVersionList: {
            /** @description The versions on this page. */
            data: components["schemas"]["PackageVersion"][];
            /** @description True when more versions follow; fetch them with `next_cursor`. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A package version named by id and semantic version.
         * @example {
         *       "id": "pkgv_8r3n5t1w6y2k",
         *       "semver": "1.4.0"
         *     }
         */
        PackageVersionSummary: {
            /** @description Package version id. */
            id: string;
            /** @description Semantic version of the package version (for example `1.4.0`). */
            semver: string;
        };
        /**
         * @description A pod of an install and the names of its containers.
         * @example {
         *       "name": "web-7c9f8d6b5-x2k4p",
         *       "containers": [
         *         "web",
         *         "metrics-sidecar"
         *       ]
         *     }
         */
        Pod: {
            /** @description Pod name; pass it as `pod` to `GET /installs/{id}/logs`. */
            name: string;
            /** @description Names of the pod's containers; pass one as `container` to `GET /installs/{id}/logs`. */
            containers: string[];
        };
        /**
         * @description The install's current pods. Not paginated: every pod is in `data`.
         * @example {
         *       "data": [
         *         {
         *           "name": "web-7c9f8d6b5-x2k4p",
         *           "containers": [
         *             "web",
         *             "metrics-sidecar"
         *           ]
         *         },
         *         {
         *           "name": "worker-5d8b7c6f4-q9m1n",
         *           "containers": [
         *             "worker"
         *           ]
         *         }
         *       ]
         *     }
         */
        PodList: {
            /** @description The pods, each with its container names. */
            data: components["schemas"]["Pod"][];
        };
        /**
         * @description A hostname that exposes one render of an install for preview. A `pinned` binding always serves the same render; a `floating` binding is a stable hostname for a track that can be re-pointed at newer renders.
         * @example {
         *       "id": "phn_5w2d7g9j1l6s",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "install_id": "inst_6h2k9p4v7c3m",
         *       "hostname": "main-grafana-acme.preview.akua.dev",
         *       "protocol": "http",
         *       "routing_mode": "through_dispatcher",
         *       "binding": {
         *         "kind": "floating",
         *         "track": "main",
         *         "render_id": "rnd_3m8x1q5z9b4t"
         *       },
         *       "status": "active",
         *       "last_seen_at": 1778142000,
         *       "created_at": 1778141100,
         *       "updated_at": 1778141160,
         *       "etag": "4"
         *     }
         */
        PreviewHostname: {
            /** @description Preview hostname id. Output only. */
            id: string;
            /** @description Workspace that owns the install. Output only. */
            workspace_id: string;
            /** @description Install (`inst_...`) the hostname belongs to. Output only. */
            install_id: string;
            /** @description Fully qualified host name assigned by Akua. Output only. */
            hostname: string;
            /**
             * @description Protocol served (`http`, `websocket` or `grpc`).
             * @enum {string}
             */
            protocol: "http" | "websocket" | "grpc";
            /**
             * @description Whether traffic goes through Akua's dispatcher (`through_dispatcher`) or bypasses it (`bypass_dispatcher`).
             * @enum {string}
             */
            routing_mode: "through_dispatcher" | "bypass_dispatcher";
            /** @description What the hostname serves, selected by `kind`. */
            binding: {
                /**
                 * @description Selects this variant.
                 * @enum {string}
                 */
                kind: "pinned";
                /** @description The render (`rnd_...`) the hostname serves. */
                render_id: string;
            } | {
                /**
                 * @description Selects this variant.
                 * @enum {string}
                 */
                kind: "floating";
                /** @description Name of the track (for example `main` or a branch name). */
                track: string;
                /** @description The render (`rnd_...`) the track currently serves. */
                render_id: string;
            };
            /**
             * @description `provisioning`, `active`, `evicted` or `releasing` (transitions are not documented). Filter on it with the list's `state` parameter. Output only.
             * @enum {string}
             */
            status: "provisioning" | "active" | "evicted" | "releasing";
            /** @description When the hostname was last seen in use, in Unix seconds, or null. Output only. */
            last_seen_at: number | null;
            /** @description When the hostname was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the hostname last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the preview hostname; changes on every write. Send it as `if-match` on DELETE. Output only. */
            etag: string;
        };
        /** @description A page of an install's preview hostnames. */
        PreviewHostnameList: {
            /** @description The preview hostnames on this page. */
            data: components["schemas"]["PreviewHostname"][];
            /** @description True when more preview hostnames follow; fetch them with `next_cursor`. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A named region of the workspace that clusters are placed in.
         * @example {
         *       "id": "reg_4n8p2x6v",
         *       "name": "eu-central",
         *       "icon": null,
         *       "workspace_id": "ws_7hq3k2m9",
         *       "created_at": 1778140800
         *     }
         */
        Region: {
            /** @description Region id. Use it as `region_id` when creating or importing a cluster. */
            id: string;
            /** @description Region name. */
            name: string;
            /** @description URL of an icon shown for the region, or null. */
            icon: string | null;
            /** @description Workspace the region belongs to. */
            workspace_id: string;
            /** @description When the region was created, in Unix seconds. */
            created_at: number;
        };
        /** @description One page of regions. Follow `next_cursor` while `has_more` is true to read the rest. */
        RegionList: {
            /** @description The regions on this page. */
            data: components["schemas"]["Region"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
        /**
         * @description A registry connection: credentials the Akua OCI proxy uses when it pulls from an upstream container registry on your behalf. The stored secrets (password, token or client secret) are never returned.
         * @example {
         *       "id": "rcon_4d8f1k6m",
         *       "name": "GHCR (platform team)",
         *       "registry_url": "ghcr.io",
         *       "type": "basic",
         *       "is_active": true,
         *       "created_at": 1778054400,
         *       "last_used_at": 1778140912
         *     }
         */
        RegistryCredential: {
            /** @description Registry connection id (`rcon_` prefix). Output only. */
            id: string;
            /** @description Display name of the connection. */
            name: string;
            /** @description Registry the credentials are for, such as `ghcr.io`. */
            registry_url: string;
            /**
             * @description How the proxy authenticates upstream: `basic` (username and password), `token`, or `oauth` (client credentials against a token URL).
             * @enum {string}
             */
            type: "basic" | "token" | "oauth";
            /** @description Whether the connection is active. What makes a connection inactive is not documented. Output only. */
            is_active: boolean;
            /** @description When the connection was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the proxy last used the connection, in Unix seconds, or null if it never has. Output only. */
            last_used_at: number | null;
        };
        /**
         * @description A page of registry connections, without their secrets. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "rcon_4d8f1k6m",
         *           "name": "GHCR (platform team)",
         *           "registry_url": "ghcr.io",
         *           "type": "basic",
         *           "is_active": true,
         *           "created_at": 1778054400,
         *           "last_used_at": 1778140912
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        RegistryCredentialList: {
            /** @description The registry connections on this page. */
            data: components["schemas"]["RegistryCredential"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Why the change request is rejected.
         * @example {
         *       "rejection_reason": "The change removes the readiness probe; keep it and resubmit."
         *     }
         */
        RejectRepositoryChangeRequestBody: {
            /** @description Why the change request is rejected (1-2,000 characters). Shown in the review UI and recorded in the audit log. */
            rejection_reason: string;
        };
        /**
         * @description The rejected change request.
         * @example {
         *       "repository_change_request_id": "rcr_3v8k1m6p",
         *       "rejected_at": 1778227200
         *     }
         */
        RejectRepositoryChangeRequestResponse: {
            /** @description The change request (`rcr_...`). */
            repository_change_request_id: string;
            /** @description When the change request was rejected, in Unix seconds. */
            rejected_at: number;
        };
        /**
         * @description A git repository Akua manages for the workspace (read-only through the API). Its shape depends on `purpose`: the deploy repository of a cluster, the repository of a package, or the fork of a repository change request.
         * @example {
         *       "id": "repo_9w4e2r7t",
         *       "name": "deploy-prod-eu",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "created_at": 1778140800,
         *       "updated_at": 1778227200,
         *       "etag": "12",
         *       "reconciling": false,
         *       "purpose": "deploy",
         *       "cluster_id": "clu_2f7d9c1a4b8e"
         *     }
         */
        Repository: {
            /** @description Repository id (`repo_` prefix). Output only. */
            id: string;
            /** @description Name of the repository. Output only. */
            name: string;
            /** @description Workspace that owns the repository. Output only. */
            workspace_id: string;
            /** @description When the repository was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the repository last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the repository; changes when it changes. Output only. */
            etag: string;
            /** @description Whether Akua is still bringing the repository up to date (what exactly this covers is not documented). Output only. */
            reconciling: boolean;
            /**
             * @description What the repository is for. `deploy`: the deploy repository of a cluster (`cluster_id`). Output only.
             * @enum {string}
             */
            purpose: "deploy";
            /** @description Cluster the deploy repository belongs to (`clu_...`). Output only. */
            cluster_id: string;
            /** @description Git commit last deployed, or null. Implementation detail, included with `view=full`. Output only. */
            last_deploy_sha?: string | null;
            /** @description Hash of the last render, or null. Implementation detail, included with `view=full`. Output only. */
            last_render_hash?: string | null;
        } | {
            /** @description Repository id (`repo_` prefix). Output only. */
            id: string;
            /** @description Name of the repository. Output only. */
            name: string;
            /** @description Workspace that owns the repository. Output only. */
            workspace_id: string;
            /** @description When the repository was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the repository last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the repository; changes when it changes. Output only. */
            etag: string;
            /** @description Whether Akua is still bringing the repository up to date (what exactly this covers is not documented). Output only. */
            reconciling: boolean;
            /**
             * @description What the repository is for. `package`: the repository of a package. Output only.
             * @enum {string}
             */
            purpose: "package";
            /** @description Package the repository belongs to (`pkg_...`). Output only. */
            package_id: string;
        } | {
            /** @description Repository id (`repo_` prefix). Output only. */
            id: string;
            /** @description Name of the repository. Output only. */
            name: string;
            /** @description Workspace that owns the repository. Output only. */
            workspace_id: string;
            /** @description When the repository was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the repository last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description Version tag of the repository; changes when it changes. Output only. */
            etag: string;
            /** @description Whether Akua is still bringing the repository up to date (what exactly this covers is not documented). Output only. */
            reconciling: boolean;
            /**
             * @description What the repository is for. `repository_change_request`: the fork behind a repository change request. Output only.
             * @enum {string}
             */
            purpose: "repository_change_request";
            /** @description Change request the fork belongs to (`rcr_...`). Output only. */
            repository_change_request_id: string;
        };
        /**
         * @description A proposed change to a repository, made in a fork of it (`fork_repository_id`) and merged into the parent (`parent_repository_id`) when accepted.
         * @example {
         *       "id": "rcr_3v8k1m6p",
         *       "html_url": "https://akua.dev/repository-change-requests/rcr_3v8k1m6p",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "parent_repository_id": "repo_9w4e2r7t",
         *       "fork_repository_id": "repo_1c5j8h3d",
         *       "state": "AWAITING_CHANGES",
         *       "change_type": "unknown",
         *       "created_by_type": "user",
         *       "created_by_id": "usr_5t2w8c1n",
         *       "remediation_evidence": null,
         *       "created_at": 1778140800,
         *       "updated_at": 1778140800,
         *       "expires_at": 1778745600,
         *       "rejection_reason": null,
         *       "etag": "1"
         *     }
         */
        RepositoryChangeRequest: {
            /** @description Change request id (`rcr_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the change request in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Workspace that owns the change request. Output only. */
            workspace_id: string;
            /** @description Repository the changes are proposed to and merged into on accept (`repo_...`). */
            parent_repository_id: string;
            /** @description Fork that holds the proposed changes (`repo_...`). Push to it with a credential from `:createToken`. Output only. */
            fork_repository_id: string;
            /**
             * @description State of the change request: `AWAITING_CHANGES`, `VALIDATING`, `READY`, `ACCEPTING`, `ACCEPTED`, `REJECTED`, `WITHDRAWN`, `EXPIRED` or `FAILED` (the transitions between them are not documented). Output only.
             * @enum {string}
             */
            state: "AWAITING_CHANGES" | "VALIDATING" | "READY" | "ACCEPTING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN" | "EXPIRED" | "FAILED";
            /**
             * @description What the change touches: `manifest_patch`, `inputs_change`, `package_change` or `unknown` (how it is determined is not documented). Output only.
             * @enum {string}
             */
            change_type: "manifest_patch" | "inputs_change" | "package_change" | "unknown";
            /**
             * @description Who opened the change request: `user`, `wizard` or `agent` (the `kind` given on create). Output only.
             * @enum {string}
             */
            created_by_type: "user" | "wizard" | "agent";
            /** @description Id of whoever opened the change request. Output only. */
            created_by_id: string;
            /** @description Why the agent proposed the change (given on create with `kind` `agent`), or null. Output only. */
            remediation_evidence: {
                /** @description Short statement of the problem the change addresses. */
                summary: string;
                /** @description What the agent believes fixes the problem (1-2,000 characters). */
                likely_fix: string;
                /** @description The resources the evidence is about (1-20). */
                resource_refs: {
                    /** @description Kind of resource referred to, for example `install` (1-120 characters). */
                    resource: string;
                    /** @description Id of the resource referred to (1-200 characters). */
                    id: string;
                }[];
            } | null;
            /** @description When the change request was opened, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the change request last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the change request expires, in Unix seconds. Output only. */
            expires_at: number;
            /** @description Reason given when the change request was rejected; null otherwise. Output only. */
            rejection_reason: string | null;
            /** @description Version tag of the change request; changes on every write. Send it as `if-match` on `:accept`, `:reject` and `:withdraw`. Output only. */
            etag: string;
        };
        /** @description A page of repository change requests. */
        RepositoryChangeRequestList: {
            /** @description The items of this page. */
            data: components["schemas"]["RepositoryChangeRequest"][];
            /** @description Whether more items follow; pass `next_cursor` as `cursor` to get them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. */
            next_cursor: string | null;
        };
        /** @description A page of repositories. */
        RepositoryList: {
            /** @description The items of this page. */
            data: components["schemas"]["Repository"][];
            /** @description Whether more items follow; pass `next_cursor` as `cursor` to get them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Status of one Kubernetes resource of an install, in the style of an Argo CD application's resource list. More properties may be present.
         * @example {
         *       "group": "apps",
         *       "version": "v1",
         *       "kind": "Deployment",
         *       "namespace": "grafana",
         *       "name": "grafana",
         *       "status": "Synced",
         *       "health": {
         *         "status": "Healthy"
         *       }
         *     }
         */
        ResourceStatus: {
            /** @description API group of the resource (empty or absent for the core group). */
            group?: string;
            /** @description Kind of the resource (for example `Deployment`). */
            kind: string;
            /** @description Name of the resource. */
            name: string;
            /** @description Human-readable detail about the resource's state. */
            message?: string;
            /** @description Namespace of the resource; absent for cluster-scoped resources. */
            namespace?: string;
            /** @description API version of the resource (for example `v1`). */
            version?: string;
            /** @description Sync status of the resource (for example `Synced`). */
            status?: string;
            /** @description Health of the resource, when it is assessed. */
            health?: {
                /** @description Health status (for example `Healthy`, `Progressing`). */
                status: string;
                /** @description Human-readable detail about the health status. */
                message?: string;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The earlier render to restore.
         * @example {
         *       "render_id": "rnd_3m8x1q5z9b4t"
         *     }
         */
        RestoreInstallBody: {
            /** @description A previous successful render (`rnd_...`) of the same install and package to re-apply. */
            render_id: string;
        };
        /**
         * @description Resuming takes no options: send an empty object (or no body).
         * @example {}
         */
        ResumeMachineBody: Record<string, never>;
        /**
         * @description A named, versioned secret in a workspace. The payload lives in versions (`/secrets/{id}/versions`) and is never part of this object; read it with `POST /secrets/{id}/versions/{vid}:access`.
         * @example {
         *       "id": "sec_3m8q1z7w",
         *       "html_url": "https://akua.dev/secrets/sec_3m8q1z7w",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "name": "hcloud-prod",
         *       "kind": "cloud_provider/hcloud",
         *       "labels": {
         *         "team": "platform"
         *       },
         *       "state": "active",
         *       "validation": {
         *         "state": "valid",
         *         "validated_at": 1778140805
         *       },
         *       "version_aliases": {
         *         "current": 2
         *       },
         *       "version_count": 2,
         *       "enabled_version_count": 1,
         *       "created_at": 1778140800,
         *       "updated_at": 1778227200,
         *       "etag": "5"
         *     }
         */
        Secret: {
            /** @description Secret id (`sec_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the secret in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Workspace that owns the secret. Output only. */
            workspace_id: string;
            /** @description Name of the secret (1-200 characters). */
            name: string;
            /** @description What the secret holds, fixed at creation: `generic`, `cloud_provider/hcloud`, `cloud_provider/aws`, `cloud_provider/gcp`, `cloud_provider/azure`, `oci_registry`, `cloudflare_api` or `webhook_signing`. */
            kind: string;
            /** @description Free-form key/value labels. */
            labels?: {
                [key: string]: string;
            };
            /**
             * @description `active`, or `soft_deleted` after DELETE until `purge_at` (restore with `:undelete`). Output only.
             * @enum {string}
             */
            state: "active" | "soft_deleted";
            /** @description Result of checking the credential with its provider, or null when the kind is not validated. Output only. */
            validation: components["schemas"]["SecretValidation"];
            /** @description Media type of the payload, for your own bookkeeping. */
            mime_type?: string;
            /** @description Named pointers to version numbers (for example `current` -> 2). An alias can be used as the `vid` of `:access`. */
            version_aliases?: {
                [key: string]: number;
            };
            /** @description Number of versions, in any state. Output only. */
            version_count: number;
            /** @description Number of enabled versions. Output only. */
            enabled_version_count: number;
            /** @description When the secret was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the secret last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the secret was soft-deleted, in Unix seconds; absent unless `state` is `soft_deleted`. Output only. */
            deleted_at?: number;
            /** @description When a soft-deleted secret will be destroyed for good, in Unix seconds; `:undelete` works until then. Output only. */
            purge_at?: number;
            /** @description When the secret expires, in Unix seconds, if it has an expiry. Output only. */
            expire_time?: number;
            /** @description Version tag of the secret; changes on every write. Send it as `if-match` on PATCH, DELETE and `:undelete`. Output only. */
            etag: string;
        };
        /** @description One page of secrets. Follow `next_cursor` while `has_more` is true to read the rest. */
        SecretList: {
            /** @description The secrets on this page (metadata only, never values). */
            data: components["schemas"]["Secret"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
        /**
         * @description The plaintext payload of a secret version, as returned by `:access`.
         * @example {
         *       "value": "hcloud-token-for-docs-only"
         *     }
         */
        SecretPlaintext: {
            /** @description The secret payload. Keep it out of logs. */
            value: string;
        };
        /** @description Outcome of the provider check of a credential, or null. */
        SecretValidation: {
            /**
             * @description `valid` or `invalid` once checked; `unspecified` when no verdict is available.
             * @enum {string}
             */
            state: "unspecified" | "valid" | "invalid";
            /** @description When the check ran, in Unix seconds. */
            validated_at: number;
            /** @description Why the credential was rejected, when `state` is `invalid`. */
            error?: string;
        } | null;
        /**
         * @description One immutable version of a secret's payload. The payload itself is never included; read it with `:access`.
         * @example {
         *       "id": "secv_5p9x2c7n",
         *       "secret_id": "sec_3m8q1z7w",
         *       "version_number": 2,
         *       "state": "enabled",
         *       "comment": "Rotated after the May audit",
         *       "created_at": 1778227200,
         *       "etag": "3"
         *     }
         */
        SecretVersion: {
            /** @description Version id (`secv_` prefix); use it as `vid`. */
            id: string;
            /** @description Secret the version belongs to. */
            secret_id: string;
            /** @description Sequence number of the version, starting at 1. */
            version_number: number;
            /**
             * @description `enabled` (readable with `:access`), `disabled` (kept but unreadable until enabled again) or `destroyed` (payload erased for good; metadata kept).
             * @enum {string}
             */
            state: "enabled" | "disabled" | "destroyed";
            /** @description Free-form note given when the version was added. */
            comment?: string;
            /** @description When the version was added, in Unix seconds. */
            created_at: number;
            /** @description When the payload was destroyed, in Unix seconds; absent unless `state` is `destroyed`. */
            destroyed_at?: number;
            /** @description Version tag of this version; send it as `if-match` on `:enable`, `:disable` and `:destroy`. */
            etag: string;
        };
        /** @description One page of versions. Follow `next_cursor` while `has_more` is true to read the rest. */
        SecretVersionList: {
            /** @description The versions on this page, newest first. */
            data: components["schemas"]["SecretVersion"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
        /**
         * @description Turns automatic version updates on or off for one install.
         * @example {
         *       "automatic_updates_enabled": true
         *     }
         */
        SetInstallAutomaticUpdatesBody: {
            /** @description True to enable automatic version updates, false to disable them. */
            automatic_updates_enabled: boolean;
        };
        /**
         * @description A stored snippet: the body of an async JavaScript function that runs in a sandbox and can call the Akua API through `platform.request()`. A snippet is either legacy (`display_type` drives the presentation; `result_contract_version`, `result_type` and `default_visualization` are null) or follows result contract v1 (`result_contract_version` 1, with a typed result).
         * @example {
         *       "id": "snp_4k9d2m7q",
         *       "html_url": "https://akua.dev/dashboards/snippets/snp_4k9d2m7q",
         *       "name": "Active clusters",
         *       "description": "Number of clusters in the workspace.",
         *       "code": "return { contract_version: 1, type: \"scalar\", value: 3, unit: \"clusters\" };",
         *       "display_type": "stat",
         *       "inputs": [
         *         {
         *           "key": "window",
         *           "label": "Time window",
         *           "required": false,
         *           "kind": "time_range"
         *         }
         *       ],
         *       "visibility": "workspace",
         *       "origin": "user",
         *       "agent_session_id": null,
         *       "agent_turn_id": null,
         *       "purpose": "widget",
         *       "workspace_id": "ws_7hq3k2m9",
         *       "created_by": "usr_5t2w8c1n",
         *       "created_at": 1778140800,
         *       "updated_at": 1778144400,
         *       "archived_at": null,
         *       "etag": "3",
         *       "result_contract_version": 1,
         *       "result_type": "scalar",
         *       "default_visualization": "stat"
         *     }
         */
        Snippet: {
            /** @description Snippet id (`snp_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the snippet in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Name of the snippet. */
            name: string;
            /** @description Free-text description of the snippet, or null. */
            description: string | null;
            /** @description Body of an async JavaScript function. It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility: "workspace" | "session";
            /**
             * @description Who made the snippet: `user`, `agent` or `system`.
             * @enum {string}
             */
            origin: "user" | "agent" | "system";
            /** @description Agent session that made the snippet, or null. */
            agent_session_id: string | null;
            /** @description Agent turn that made the snippet, or null. */
            agent_turn_id: string | null;
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose: "general" | "prepared_action" | "reactive_read" | "widget";
            /** @description Workspace that owns the snippet. Output only. */
            workspace_id: string;
            /** @description Who created the snippet. Output only. */
            created_by: string;
            /** @description When the snippet was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the snippet last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the snippet was archived (by DELETE), in Unix seconds; null while it is active. Output only. */
            archived_at: number | null;
            /** @description Version tag of the snippet; changes on every write. Send it as `if-match` on PATCH and DELETE. Output only. */
            etag: string;
            /** @description Null: a legacy snippet follows no result contract. */
            result_contract_version: null;
            /** @description Null for a legacy snippet. */
            result_type: null;
            /** @description Null for a legacy snippet. */
            default_visualization: null;
        } | {
            /** @description Snippet id (`snp_` prefix). Output only. */
            id: string;
            /**
             * Format: uri
             * @description Link to the snippet in the Akua dashboard. Output only.
             */
            html_url: string;
            /** @description Name of the snippet. */
            name: string;
            /** @description Free-text description of the snippet, or null. */
            description: string | null;
            /** @description Body of an async JavaScript function. It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility: "workspace" | "session";
            /**
             * @description Who made the snippet: `user`, `agent` or `system`.
             * @enum {string}
             */
            origin: "user" | "agent" | "system";
            /** @description Agent session that made the snippet, or null. */
            agent_session_id: string | null;
            /** @description Agent turn that made the snippet, or null. */
            agent_turn_id: string | null;
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose: "general" | "prepared_action" | "reactive_read" | "widget";
            /** @description Workspace that owns the snippet. Output only. */
            workspace_id: string;
            /** @description Who created the snippet. Output only. */
            created_by: string;
            /** @description When the snippet was created, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the snippet last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the snippet was archived (by DELETE), in Unix seconds; null while it is active. Output only. */
            archived_at: number | null;
            /** @description Version tag of the snippet; changes on every write. Send it as `if-match` on PATCH and DELETE. Output only. */
            etag: string;
            /**
             * @description Version of the result contract the code follows: `1`.
             * @enum {number}
             */
            result_contract_version: 1;
            /**
             * @description Type of result the code returns: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
        };
        /** @description A page of snippets. */
        SnippetList: {
            /** @description The items of this page. */
            data: components["schemas"]["Snippet"][];
            /** @description Whether more items follow; pass `next_cursor` as `cursor` to get them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description A recorded run of a snippet. Its `state` is always terminal (`succeeded`, `failed` or `timed_out`). With `view=basic` (the default) the run is compact; `view=full` adds `output` and `error`.
         * @example {
         *       "id": "run_2b7m5q9x",
         *       "snippet_id": "snp_4k9d2m7q",
         *       "source": "dashboard_open",
         *       "snippet_name": "Active clusters",
         *       "snippet_etag": "3",
         *       "dashboard_id": "dash_6p3x9v2k",
         *       "dashboard_name": "Platform overview",
         *       "widget_id": "wdg_8n1r4t6y",
         *       "widget_title": "Clusters",
         *       "run_by": "usr_5t2w8c1n",
         *       "agent_session_id": null,
         *       "agent_turn_id": null,
         *       "state": "succeeded",
         *       "inputs": {},
         *       "duration_ms": 41,
         *       "stats": {
         *         "cpu_time_ms": 4.2,
         *         "wall_time_ms": 38.5,
         *         "heap_used_bytes": 1843200
         *       },
         *       "created_at": 1778144460,
         *       "etag": "1",
         *       "result_contract_version": 1,
         *       "result_type": "scalar",
         *       "default_visualization": "stat",
         *       "output": {
         *         "contract_version": 1,
         *         "type": "scalar",
         *         "value": 3,
         *         "unit": "clusters"
         *       }
         *     }
         */
        SnippetRun: {
            /** @description Run id. Output only. */
            id: string;
            /** @description The snippet that ran (`snp_...`). */
            snippet_id: string;
            /**
             * @description What started the run: `manual`, `dashboard_open`, `dashboard_refresh` or `agent`.
             * @enum {string}
             */
            source: "manual" | "dashboard_open" | "dashboard_refresh" | "agent";
            /** @description Name of the snippet when it ran. */
            snippet_name: string;
            /** @description The snippet's `etag` when it ran: which version of the code ran. */
            snippet_etag: string;
            /** @description Dashboard that started the run (`dash_...`), or null. */
            dashboard_id: string | null;
            /** @description Name of that dashboard, or null. */
            dashboard_name: string | null;
            /** @description Widget of that dashboard that shows the snippet, or null. */
            widget_id: string | null;
            /** @description Title of that widget, or null. */
            widget_title: string | null;
            /** @description Who started the run. */
            run_by: string;
            /** @description Agent session that started the run, or null. */
            agent_session_id: string | null;
            /** @description Agent turn that started the run, or null. */
            agent_turn_id: string | null;
            /**
             * @description Outcome of the run, always terminal: `succeeded`, `failed` or `timed_out`.
             * @enum {string}
             */
            state: "succeeded" | "failed" | "timed_out";
            /** @description Input values the run used, by input `key`. */
            inputs: {
                [key: string]: unknown;
            };
            /** @description Legacy field, never applied as input. */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Why the run failed or timed out. Included with `view=full`. */
            error?: components["schemas"]["SnippetRunError"];
            /** @description How long the run took, in milliseconds. */
            duration_ms: number;
            /** @description Resources the run used in the sandbox. */
            stats: {
                /** @description CPU time the run used, in milliseconds. */
                cpu_time_ms: number;
                /** @description Elapsed time of the run, in milliseconds. */
                wall_time_ms: number;
                /** @description JavaScript heap used by the run, in bytes. */
                heap_used_bytes: number;
            };
            /** @description When the run was recorded, in Unix seconds. Output only. */
            created_at: number;
            /** @description Version tag of the run record. Output only. */
            etag: string;
            /** @description Null: the run is of a legacy snippet. */
            result_contract_version: null;
            /** @description Null for a legacy snippet. */
            result_type: null;
            /** @description Null for a legacy snippet. */
            default_visualization: null;
            /** @description Whatever the code returned, as JSON. Included with `view=full`. */
            output?: unknown;
        } | {
            /** @description Run id. Output only. */
            id: string;
            /** @description The snippet that ran (`snp_...`). */
            snippet_id: string;
            /**
             * @description What started the run: `manual`, `dashboard_open`, `dashboard_refresh` or `agent`.
             * @enum {string}
             */
            source: "manual" | "dashboard_open" | "dashboard_refresh" | "agent";
            /** @description Name of the snippet when it ran. */
            snippet_name: string;
            /** @description The snippet's `etag` when it ran: which version of the code ran. */
            snippet_etag: string;
            /** @description Dashboard that started the run (`dash_...`), or null. */
            dashboard_id: string | null;
            /** @description Name of that dashboard, or null. */
            dashboard_name: string | null;
            /** @description Widget of that dashboard that shows the snippet, or null. */
            widget_id: string | null;
            /** @description Title of that widget, or null. */
            widget_title: string | null;
            /** @description Who started the run. */
            run_by: string;
            /** @description Agent session that started the run, or null. */
            agent_session_id: string | null;
            /** @description Agent turn that started the run, or null. */
            agent_turn_id: string | null;
            /**
             * @description Outcome of the run, always terminal: `succeeded`, `failed` or `timed_out`.
             * @enum {string}
             */
            state: "succeeded" | "failed" | "timed_out";
            /** @description Input values the run used, by input `key`. */
            inputs: {
                [key: string]: unknown;
            };
            /** @description Legacy field, never applied as input. */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Why the run failed or timed out. Included with `view=full`. */
            error?: components["schemas"]["SnippetRunError"];
            /** @description How long the run took, in milliseconds. */
            duration_ms: number;
            /** @description Resources the run used in the sandbox. */
            stats: {
                /** @description CPU time the run used, in milliseconds. */
                cpu_time_ms: number;
                /** @description Elapsed time of the run, in milliseconds. */
                wall_time_ms: number;
                /** @description JavaScript heap used by the run, in bytes. */
                heap_used_bytes: number;
            };
            /** @description When the run was recorded, in Unix seconds. Output only. */
            created_at: number;
            /** @description Version tag of the run record. Output only. */
            etag: string;
            /**
             * @description Result contract of the snippet's code: `1`.
             * @enum {number}
             */
            result_contract_version: 1;
            /**
             * @description Type of the result: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
            /** @description The typed result, tagged by `type`. Included with `view=full`. */
            output?: {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `scalar`: one value, optionally with a unit and a short history.
                 * @enum {string}
                 */
                type: "scalar";
                /** @description The value: a string (up to 16,384 characters), a number, a boolean or null. Computed output. */
                value: string | number | boolean | null;
                /** @description Unit of the value, for display (for example `ms` or `%`). */
                unit?: string;
                /** @description Short explanation of what the value measures, for display (up to 500 characters). */
                definition?: string;
                /** @description When the value was observed, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                timestamp?: number;
                /** @description Earlier values for a sparkline, up to 2,000 points (their order is not documented). */
                history?: {
                    /** @description Time of the data point, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp: number;
                    /** @description The value at that time, or null when there was none. */
                    value: number | null;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `timeseries`: up to 8 series of values over time.
                 * @enum {string}
                 */
                type: "timeseries";
                /** @description The series, 1-8. Values elsewhere in the result are given in this order. */
                series: {
                    /** @description Identifier of the series, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the series, for display (up to 200 characters). */
                    label: string;
                    /** @description Unit of the series's values, for display. */
                    unit?: string;
                    /** @description Short explanation of what the series shows (up to 500 characters). */
                    definition?: string;
                }[];
                /** @description Data points, up to 2,000; each holds one value per series. */
                points: {
                    /** @description Time of the data point, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp: number;
                    /** @description One value per series, in `series` order (at most 8); null for a gap. */
                    values: (number | null)[];
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `categorical`: up to 8 series of values over named categories.
                 * @enum {string}
                 */
                type: "categorical";
                /** @description The series, 1-8. Values elsewhere in the result are given in this order. */
                series: {
                    /** @description Identifier of the series, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the series, for display (up to 200 characters). */
                    label: string;
                    /** @description Unit of the series's values, for display. */
                    unit?: string;
                    /** @description Short explanation of what the series shows (up to 500 characters). */
                    definition?: string;
                }[];
                /** @description The categories, up to 100. */
                categories: {
                    /** @description Identifier of the category, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the category, for display (up to 200 characters). */
                    label: string;
                }[];
                /** @description One entry per category (in `categories` order), each holding one value per series (in `series` order); null where a value is missing. */
                values: (number | null)[][];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `table`: typed columns and rows of cells.
                 * @enum {string}
                 */
                type: "table";
                /** @description The columns (1-32), in display order; each says how its cells are typed. */
                columns: ({
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `text`: cells are strings.
                     * @enum {string}
                     */
                    kind: "text";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `number`: cells are numbers, optionally with a `unit`.
                     * @enum {string}
                     */
                    kind: "number";
                    /** @description Unit of the column's values, for display. */
                    unit?: string;
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `boolean`: cells are true or false.
                     * @enum {string}
                     */
                    kind: "boolean";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `timestamp`: cells are points in time.
                     * @enum {string}
                     */
                    kind: "timestamp";
                } | {
                    /** @description Identifier of the column, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the column, for display (up to 200 characters). */
                    label: string;
                    /** @description Short explanation of what the column shows (up to 500 characters). */
                    definition?: string;
                    /**
                     * @description Type of the cells in this column. `link`: cells are links.
                     * @enum {string}
                     */
                    kind: "link";
                })[];
                /** @description The rows, up to 500; each row holds one cell per column, in column order (a string, a number, a boolean or null). */
                rows: (string | number | boolean | null)[][];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `status_list`: a list of items, each with a severity.
                 * @enum {string}
                 */
                type: "status_list";
                /** @description The status items, up to 200. */
                items: {
                    /** @description Identifier of the item, unique within the result: lower-case words joined by underscores, up to 64 characters. */
                    key: string;
                    /** @description Label of the item, for display (up to 200 characters). */
                    label: string;
                    /**
                     * @description Severity of the item: `info`, `success`, `warning`, `critical` or `unknown`.
                     * @enum {string}
                     */
                    severity: "info" | "success" | "warning" | "critical" | "unknown";
                    /** @description Longer explanation of the item (up to 16,384 characters). */
                    detail?: string;
                    /** @description When the item's status was observed, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp?: number;
                    /** @description Link to more detail about the item (up to 2,048 characters). */
                    link?: string;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `logs`: log entries with optional timestamp and level.
                 * @enum {string}
                 */
                type: "logs";
                /** @description The log entries, up to 1,000. */
                entries: {
                    /** @description The log line (1-4,096 characters). */
                    message: string;
                    /** @description When the line was logged, an integer timestamp (the API uses Unix seconds elsewhere; the unit here is not documented). */
                    timestamp?: number;
                    /** @description Level of the line as free text, for example `info` or `error` (up to 32 characters). */
                    level?: string;
                }[];
            } | {
                /**
                 * @description Version of the result contract: always `1`.
                 * @enum {number}
                 */
                contract_version: 1;
                /**
                 * @description Type of the result. `json`: any JSON value, shown as is.
                 * @enum {string}
                 */
                type: "json";
                /** @description The JSON value the code returned. Computed output. */
                value: unknown;
            };
        };
        /**
         * @description Why a run failed or timed out.
         * @example {
         *       "code": "runtime_error",
         *       "message": "TypeError: Cannot read properties of undefined (reading 'length')"
         *     }
         */
        SnippetRunError: {
            /** @description Machine-readable error code. */
            code: string;
            /** @description Human-readable explanation. */
            message: string;
            /** @description More detail, any JSON (its shape is not documented). */
            details?: unknown;
        };
        /** @description A page of snippet runs, newest first. */
        SnippetRunList: {
            /** @description The items of this page. */
            data: components["schemas"]["SnippetRun"][];
            /** @description Whether more items follow; pass `next_cursor` as `cursor` to get them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description The dashboards that reference one snippet.
         * @example {
         *       "snippet_id": "snp_4k9d2m7q",
         *       "dashboard_count": 1,
         *       "dashboards": [
         *         {
         *           "id": "dash_6p3x9v2k",
         *           "name": "Platform overview",
         *           "description": null,
         *           "workspace_id": "ws_7hq3k2m9"
         *         }
         *       ]
         *     }
         */
        SnippetUsage: {
            /** @description The snippet (`snp_...`). */
            snippet_id: string;
            /** @description Number of dashboards that reference the snippet. */
            dashboard_count: number;
            /** @description The dashboards that reference the snippet. */
            dashboards: components["schemas"]["SnippetUsageDashboard"][];
        };
        /**
         * @description A dashboard that references a snippet.
         * @example {
         *       "id": "dash_6p3x9v2k",
         *       "name": "Platform overview",
         *       "description": "Health of clusters and installs.",
         *       "workspace_id": "ws_7hq3k2m9"
         *     }
         */
        SnippetUsageDashboard: {
            /** @description Dashboard id (`dash_` prefix). */
            id: string;
            /** @description Name of the dashboard. */
            name: string;
            /** @description Description of the dashboard, or null. */
            description: string | null;
            /** @description Workspace that owns the dashboard. */
            workspace_id: string;
        };
        /** @description Which dashboards reference each snippet of the workspace. This list takes no `cursor` or `limit`. */
        SnippetUsageList: {
            /** @description The items of this page. */
            data: components["schemas"]["SnippetUsage"][];
            /** @description Whether more entries exist than this answer holds (the call takes no cursor; how to get the rest is not documented). */
            has_more: boolean;
            /** @description Cursor of the next page, or null; this call accepts no `cursor` parameter. */
            next_cursor: string | null;
        };
        /**
         * @description Options for suspending a machine; the body may be empty.
         * @example {
         *       "reason": "manual"
         *     }
         */
        SuspendMachineBody: {
            /**
             * @description Why the machine is suspended: `manual` (on request) or `downgrade`. Optional.
             * @enum {string}
             */
            reason?: "manual" | "downgrade";
        };
        /**
         * @description The record of one suspension of a machine: when it started, the provider snapshot taken for it, what it costs and how it ended. Suspension events are declared unsupported by the API (scaffolding without a production handler): do not rely on them in production; a suspended machine's `current_suspension` carries the same essentials.
         * @example {
         *       "id": "sus_3h6p1x8d",
         *       "machine_id": "mch_5w8k2n4t",
         *       "state": "resumed",
         *       "started_at": 1778227200,
         *       "resumed_at": 1778400000,
         *       "expires_at": 1780819200,
         *       "snapshot_ref": {
         *         "provider": "hcloud",
         *         "snapshot_id": 187340211,
         *         "size_gb": 4.82
         *       },
         *       "monthly_cost_cents": 6,
         *       "total_cost_cents": 1,
         *       "reason": "manual",
         *       "etag": "3"
         *     }
         */
        SuspensionEvent: {
            /** @description Suspension event id. Output only. */
            id: string;
            /** @description Machine that was suspended. Output only. */
            machine_id: string;
            /**
             * @description `in_progress` while the suspension is being carried out, `completed` once the machine is suspended, `resumed` after it was resumed, `expired` after the suspension expired (the API does not define the states further). Output only.
             * @enum {string}
             */
            state: "in_progress" | "completed" | "resumed" | "expired";
            /** @description When the suspension started, in Unix seconds. Output only. */
            started_at: number;
            /** @description When the machine was resumed, in Unix seconds; absent until then. Output only. */
            resumed_at?: number;
            /** @description When the suspension expires, in Unix seconds. Output only. */
            expires_at: number;
            /** @description Provider snapshot taken for the suspension. Output only. */
            snapshot_ref: {
                /**
                 * @description Provider that stores the snapshot.
                 * @enum {string}
                 */
                provider: "hcloud";
                /** @description Id of the snapshot at the provider. */
                snapshot_id: number;
                /** @description Size of the snapshot, in gigabytes. */
                size_gb: number;
            };
            /** @description Monthly cost of keeping the suspension, in cents (the currency is not documented). Output only. */
            monthly_cost_cents: number;
            /** @description Cost accumulated by the suspension so far, in cents; absent when not reported. Output only. */
            total_cost_cents?: number;
            /**
             * @description Why the machine was suspended: `manual` (on request) or `downgrade`. Output only.
             * @enum {string}
             */
            reason: "manual" | "downgrade";
            /** @description Version tag of the event. Output only. */
            etag: string;
        };
        /**
         * @description A page of suspension events of one machine. Follow `next_cursor` while `has_more` is true.
         * @example {
         *       "data": [
         *         {
         *           "id": "sus_3h6p1x8d",
         *           "machine_id": "mch_5w8k2n4t",
         *           "state": "completed",
         *           "started_at": 1778227200,
         *           "expires_at": 1780819200,
         *           "snapshot_ref": {
         *             "provider": "hcloud",
         *             "snapshot_id": 187340211,
         *             "size_gb": 4.82
         *           },
         *           "monthly_cost_cents": 6,
         *           "reason": "manual",
         *           "etag": "2"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        SuspensionEventList: {
            /** @description The suspension events on this page. */
            data: components["schemas"]["SuspensionEvent"][];
            /** @description True when another page follows. */
            has_more: boolean;
            /** @description Cursor for the next page (pass it as `cursor`), or null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Request body of `PATCH /clusters/{id}`. Every field is optional; each field you send replaces the stored value as a whole and fields you leave out are unchanged. Unknown fields are rejected.
         * @example {
         *       "name": "prod-eu-2"
         *     }
         */
        UpdateClusterBody: {
            /** @description New display name (1-100 characters). */
            name?: string;
            /** @description Region the cluster belongs to. */
            region_id?: string;
            /**
             * @description How the cluster is run (`managed_kaas` or `imported_byoc`).
             * @enum {string}
             */
            provider?: "managed_kaas" | "imported_byoc";
            /** @description Replacement admin kubeconfig (YAML text) for an imported cluster, for example after rotating its credentials. Write-only: it is never returned in the response. */
            kubeconfig?: string;
        };
        /**
         * @description The settings to change: `auto_scaling_enabled`, `max_machines`, or both. At least one of them must be present.
         * @example {
         *       "auto_scaling_enabled": true,
         *       "max_machines": 12
         *     }
         */
        UpdateClusterComputeSettingsBody: {
            /** @description True to scale the cluster's machines automatically, false to pause autoscaling (read back as `auto_scaling` `active` or `paused`). */
            auto_scaling_enabled: boolean;
            /** @description New upper limit on the cluster's machines, 0-100. */
            max_machines?: number;
        } | {
            /** @description True to scale the cluster's machines automatically, false to pause autoscaling (read back as `auto_scaling` `active` or `paused`). */
            auto_scaling_enabled?: boolean;
            /** @description New upper limit on the cluster's machines, 0-100. */
            max_machines: number;
        };
        /**
         * @description The package version to move an install to.
         * @example {
         *       "package_version_id": "pkgv_1j6m3q8s2v5x"
         *     }
         */
        UpdateInstallVersionBody: {
            /** @description Target package version; it must belong to the same package as the install's current version. */
            package_version_id: string;
        };
        /**
         * @description Request body of `PATCH /secrets/{id}`: metadata only. Each field you send replaces the stored value as a whole (`labels` and `version_aliases` are replaced, not merged). To change the payload, add a version with `POST /secrets/{id}/versions`.
         * @example {
         *       "labels": {
         *         "team": "platform",
         *         "env": "prod"
         *       },
         *       "version_aliases": {
         *         "current": 2
         *       }
         *     }
         */
        UpdateSecretBody: {
            /** @description New name (1-200 characters). */
            name?: string;
            /** @description Replacement labels. */
            labels?: {
                [key: string]: string;
            };
            /** @description Media type of the payload. */
            mime_type?: string;
            /** @description Replacement alias map, alias name -> version number. */
            version_aliases?: {
                [key: string]: number;
            };
        };
        /**
         * @description The fields to change; only the fields you send are changed. Exactly one of two shapes: legacy, or result contract v1 (with `result_contract_version` 1).
         * @example {
         *       "code": "return { contract_version: 1, type: \"scalar\", value: 4, unit: \"clusters\" };",
         *       "result_contract_version": 1,
         *       "result_type": "scalar",
         *       "default_visualization": "stat"
         *     }
         */
        UpdateSnippetBody: {
            /** @description Name of the snippet (1-100 characters). */
            name?: string;
            /** @description Body of an async JavaScript function (1-50,000 characters). It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code?: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type?: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs?: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility?: "workspace" | "session";
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose?: "general" | "prepared_action" | "reactive_read" | "widget";
            /**
             * @description Type of result the code returns: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type?: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization?: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
        } | {
            /** @description Name of the snippet (1-100 characters). */
            name?: string;
            /** @description Body of an async JavaScript function (1-50,000 characters). It runs in a sandbox and can call the Akua API through `platform.request()`; what it returns is the result. */
            code?: string;
            /**
             * @description How a legacy result is shown: `table`, `stat`, `json`, `logs` or `timeseries`.
             * @enum {string}
             */
            display_type?: "table" | "stat" | "json" | "logs" | "timeseries";
            /** @description The inputs the snippet declares (at most 16). Dashboards ask for them and pass the values to each run, keyed by `key`. */
            inputs?: ({
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `time_range`: a time window with `from` and `to`.
                 * @enum {string}
                 */
                kind: "time_range";
                /** @description Time range used when no value is given. */
                default?: {
                    /** @description Start of the default range, an integer (the unit is not documented). */
                    from: number;
                    /** @description End of the default range, an integer (the unit is not documented). */
                    to: number;
                };
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `resource`: one or more Akua resources of the kind given in `resource`.
                 * @enum {string}
                 */
                kind: "resource";
                /**
                 * @description Kind of resource to pick: `cluster`, `install`, `product`, `package` or `region`.
                 * @enum {string}
                 */
                resource: "cluster" | "install" | "product" | "package" | "region";
                /** @description Selection used when no value is given: an id, or a list of 1-100 ids when `multiple` is true. */
                default?: string | string[];
                /** @description Whether several resources can be picked; the value is then a list of ids. */
                multiple?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `enum`: one value out of `options`.
                 * @enum {string}
                 */
                kind: "enum";
                /** @description The values to choose from (1-100, each 1-100 characters). */
                options: string[];
                /** @description Option used when no value is given; one of `options`. */
                default?: string;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `boolean`: an on/off switch.
                 * @enum {string}
                 */
                kind: "boolean";
                /** @description Value used when no value is given. */
                default?: boolean;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `number`: a number, optionally bounded by `min` and `max`.
                 * @enum {string}
                 */
                kind: "number";
                /** @description Smallest accepted value. */
                min?: number;
                /** @description Largest accepted value. */
                max?: number;
                /** @description Value used when no value is given. */
                default?: number;
            } | {
                /** @description Name under which the value reaches the code: starts with a lower-case letter, then up to 31 lower-case letters, digits or underscores. Unique within the snippet. */
                key: string;
                /** @description Label of the control that asks for the value (1-100 characters). */
                label: string;
                /** @description Whether a value must be given for a run. */
                required?: boolean;
                /**
                 * @description Kind of input. `text`: free text, at most `max_length` characters.
                 * @enum {string}
                 */
                kind: "text";
                /** @description Text used when no value is given (up to 500 characters). */
                default?: string;
                /** @description Longest accepted text, 1-500 characters. */
                max_length?: number;
            })[];
            /**
             * @description Who sees the snippet: `workspace` or `session` (the exact reach of `session` is not documented).
             * @enum {string}
             */
            visibility?: "workspace" | "session";
            /**
             * @description What the snippet is for: `general`, `prepared_action`, `reactive_read` or `widget` (the meaning of each is not documented).
             * @enum {string}
             */
            purpose?: "general" | "prepared_action" | "reactive_read" | "widget";
            /**
             * @description Version of the result contract the code follows: `1`.
             * @enum {number}
             */
            result_contract_version: 1;
            /**
             * @description Type of result the code returns: `scalar`, `timeseries`, `categorical`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            result_type: "scalar" | "timeseries" | "categorical" | "table" | "status_list" | "logs" | "json";
            /**
             * @description How a dashboard shows the result unless told otherwise: `stat`, `sparkline`, `line`, `area`, `bar`, `donut`, `table`, `status_list`, `logs` or `json`.
             * @enum {string}
             */
            default_visualization: "stat" | "sparkline" | "line" | "area" | "bar" | "donut" | "table" | "status_list" | "logs" | "json";
        };
        /**
         * @description The provider token to check; it is not stored.
         * @example {
         *       "provider": "hcloud",
         *       "value": "hcloud-token-example-not-real"
         *     }
         */
        ValidateProviderTokenBody: {
            /**
             * @description Provider the token is for; only `hcloud` is accepted.
             * @enum {string}
             */
            provider: "hcloud";
            /** @description The provider API token to check. Never stored. */
            value: string;
        };
        /**
         * @description Whether the provider accepted the token.
         * @example {
         *       "valid": false,
         *       "error": "The token was rejected by Hetzner Cloud (401 unauthorized)."
         *     }
         */
        ValidateProviderTokenResult: {
            /** @description True when the provider accepted the token. */
            valid: boolean;
            /** @description Readable reason the token was rejected; present only when `valid` is false. */
            error?: string;
        };
        /**
         * @description The withdrawn change request.
         * @example {
         *       "repository_change_request_id": "rcr_3v8k1m6p",
         *       "withdrawn_at": 1778227200
         *     }
         */
        WithdrawRepositoryChangeRequestResponse: {
            /** @description The change request (`rcr_...`). */
            repository_change_request_id: string;
            /** @description When the change request was withdrawn, in Unix seconds. */
            withdrawn_at: number;
        };
        /**
         * @description A short-lived token that lets machines join a cluster as workers, with ready-made join commands. `token`, `command`, `cloud_init` and `artifacts` are revealed only in the create response; GET, list and `:revoke` never return them.
         * @example {
         *       "id": "wbs_6t2r9p4k",
         *       "cluster_id": "clu_2f7d9c1a4b8e",
         *       "status": "active",
         *       "created_at": 1778140800,
         *       "updated_at": 1778140800,
         *       "expires_at": 1778144400,
         *       "etag": "1",
         *       "reconciling": false,
         *       "active_operation": null,
         *       "token": "wbt_Zm9yLWV4YW1wbGUtb25seQ",
         *       "command": "curl -fsSL <download-url> | sudo sh -s -- --token wbt_Zm9yLWV4YW1wbGUtb25seQ",
         *       "cloud_init": "#cloud-config\nruncmd:\n  - curl -fsSL <download-url> | sh -s -- --token wbt_Zm9yLWV4YW1wbGUtb25seQ\n",
         *       "artifacts": {
         *         "linux": {
         *           "amd64": {
         *             "supported": true,
         *             "shell": "bash",
         *             "command": "curl -fsSL <download-url> | sudo sh -s -- --token wbt_Zm9yLWV4YW1wbGUtb25seQ"
         *           },
         *           "arm64": {
         *             "supported": true,
         *             "shell": "bash",
         *             "command": "curl -fsSL <download-url> | sudo sh -s -- --token wbt_Zm9yLWV4YW1wbGUtb25seQ"
         *           }
         *         },
         *         "windows": {
         *           "amd64": {
         *             "supported": false
         *           },
         *           "arm64": {
         *             "supported": false
         *           }
         *         }
         *       }
         *     }
         */
        WorkerBootstrap: {
            /** @description Worker bootstrap id (`wbs_` prefix). Output only. */
            id: string;
            /** @description Cluster the token joins machines to. Output only. */
            cluster_id: string;
            /**
             * @description `active` while the token can be used, `revoked` after `:revoke`, `expired` once `expires_at` has passed. Output only.
             * @enum {string}
             */
            status: "active" | "revoked" | "expired";
            /** @description When the token was minted, in Unix seconds. Output only. */
            created_at: number;
            /** @description When the bootstrap last changed, in Unix seconds. Output only. */
            updated_at: number;
            /** @description When the token stops working, in Unix seconds. Output only. */
            expires_at?: number;
            /** @description Version tag of the bootstrap; send it as `if-match` on `:revoke`. Output only. */
            etag: string;
            /** @description True while an operation (such as a revoke) is still being applied. Output only. */
            reconciling: boolean;
            /** @description The operation currently working on this bootstrap, or null when none is running. Output only. */
            active_operation: components["schemas"]["DashboardClusterActiveOperation"] & unknown;
            /** @description Join token. Revealed only in the create response; store it safely, it cannot be read again. */
            token?: string;
            /** @description Shell command that installs the worker agent and joins the machine with `token`. Revealed only in the create response. */
            command?: string;
            /** @description cloud-init user data that joins a new machine on first boot. Revealed only in the create response. */
            cloud_init?: string;
            /** @description Per-platform install commands and downloads. Revealed only in the create response. */
            artifacts?: components["schemas"]["WorkerBootstrapArtifacts"];
        };
        /** @description How to join one platform: either supported, with a command and optional download, or `{ "supported": false }`. */
        WorkerBootstrapArtifact: {
            /**
             * @description Always true in this variant.
             * @enum {boolean}
             */
            supported: true;
            /** @description Command that installs the agent and joins the machine with the bootstrap token. Revealed only in the create response. */
            command?: string;
            /**
             * @description Shell to run `command` in.
             * @enum {string}
             */
            shell?: "bash" | "powershell";
            /**
             * Format: uri
             * @description Direct download of the agent installer.
             */
            download_url?: string;
            /** @description cloud-init user data for this platform, including the bootstrap token. Revealed only in the create response. */
            cloud_init?: string;
        } | {
            /**
             * @description Always false in this variant.
             * @enum {boolean}
             */
            supported: false;
        };
        /** @description Join instructions per operating system and CPU architecture. */
        WorkerBootstrapArtifacts: {
            /** @description Linux machines. */
            linux?: {
                /** @description Linux on x86-64. */
                amd64?: components["schemas"]["WorkerBootstrapArtifact"];
                /** @description Linux on 64-bit ARM. */
                arm64?: components["schemas"]["WorkerBootstrapArtifact"];
            };
            /** @description Windows machines. */
            windows?: {
                /** @description Windows on x86-64. */
                amd64?: components["schemas"]["WorkerBootstrapArtifact"];
                /** @description Windows on 64-bit ARM. */
                arm64?: components["schemas"]["WorkerBootstrapArtifact"];
            };
        };
        /** @description One page of worker bootstraps. Follow `next_cursor` while `has_more` is true to read the rest. */
        WorkerBootstrapList: {
            /** @description The worker bootstraps on this page, including revoked and expired ones (without their secret fields). */
            data: components["schemas"]["WorkerBootstrap"][];
            /** @description True when more items follow this page; pass `next_cursor` as `cursor` to fetch them. */
            has_more: boolean;
            /** @description Cursor of the next page, or null on the last page. Opaque: pass it back unchanged. */
            next_cursor: string | null;
        };
    };
    responses: {
        /** @description The request is malformed or fails validation; `path` on the error entry names the offending input. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The request conflicts with the resource's current state. A stale `if-match` lands here with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The token is valid but may not perform this call (missing scope or role, or a workspace it cannot reach). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The requested data existed but is gone for good. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The server failed to complete the request. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The resource does not exist or is not visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description A service the request depends on is unavailable for now. Nothing was changed; try again later, honouring `Retry-After` when the answer has one. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Too many requests in a short time. Nothing was changed; wait as long as `Retry-After` says, then try again. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The bearer token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The request is well-formed but cannot be carried out in the resource's current state. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
         * @example ws_7hq3k2m9
         */
        AkuaContext: string;
        /**
         * @description Artifact Hub's id of the Helm chart package (a UUID assigned by Artifact Hub, not an Akua id).
         * @example 0b3f6a7e-2d4c-4e1a-9c58-7f1e2d3c4b5a
         */
        ArtifactHubPackageId: string;
        /**
         * @description Cloudflare connection id (`cfcon_...`).
         * @example cfcon_2q7v5n9s
         */
        CloudflareConnectionId: string;
        /**
         * @description Cluster id (`clu_...`).
         * @example clu_2f7d9c1a4b8e
         */
        ClusterId: string;
        /**
         * @description Compute config id, as listed by `GET /compute_configs`.
         * @example cfg_9r4t2b6w
         */
        ComputeConfigId: string;
        /**
         * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
         * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
         */
        Cursor: string;
        /**
         * @description Id of a drift report of the machine, as listed by `GET /machines/{id}/drift_reports`.
         * @example drf_7c2m9q4z
         */
        DriftReportId: string;
        /**
         * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
         * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
         */
        IdempotencyKey: string;
        /**
         * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
         * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
         */
        IdempotencyKeyRequired: string;
        /**
         * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
         * @example 17
         */
        IfMatch: string;
        /**
         * @description Optional precondition for the cancel, up to 64 characters. Unlike the other conditional writes of the API it may be omitted; operations carry no `etag` field, so most callers leave it out.
         * @example 3
         */
        IfMatchOptional: string;
        /**
         * @description Install id (`inst_...`).
         * @example inst_6h2k9p4v7c3m
         */
        InstallId: string;
        /**
         * @description Render id (`rnd_...`) of one of the install's renders.
         * @example rnd_3m8x1q5z9b4t
         */
        InstallRenderId: string;
        /**
         * @description Maximum number of items on the page, 1-100 (default 50).
         * @example 20
         */
        Limit: number;
        /**
         * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
         * @example mch_5w8k2n4t
         */
        MachineId: string;
        /**
         * @description Operation id (`op_...`).
         * @example op_9d3k7m2q5x
         */
        OperationId: string;
        /**
         * @description Package id (`pkg_...`).
         * @example pkg_4c7q2m9x8d1f
         */
        PackageId: string;
        /**
         * @description Package version id, as listed by `GET /packages/{id}/versions` or named by the package's `latest_version_id`.
         * @example pkgv_8r3n5t1w6y2k
         */
        PackageVersionId: string;
        /**
         * @description Chart version as published on Artifact Hub.
         * @example 15.4.2
         */
        ArtifactHubVersion: string;
        /**
         * @description Preview hostname id, as returned in the list or in the `preview_hostname_id` of a bind operation's result.
         * @example phn_5w2d7g9j1l6s
         */
        PreviewHostnameId: string;
        /**
         * @description Registry connection id (`rcon_...`).
         * @example rcon_4d8f1k6m
         */
        RegistryConnectionId: string;
        /**
         * @description Repository change request id (`rcr_...`).
         * @example rcr_3v8k1m6p
         */
        RepositoryChangeRequestId: string;
        /**
         * @description Repository id (`repo_...`).
         * @example repo_9w4e2r7t
         */
        RepositoryId: string;
        /**
         * @description Secret id (`sec_...`).
         * @example sec_3m8q1z7w
         */
        SecretId: string;
        /**
         * @description Secret version id (`secv_...`).
         * @example secv_5p9x2c7n
         */
        SecretVersionId: string;
        /**
         * @description Version to read: a version id (`secv_...`), `latest` for the newest version, or an alias from the secret's `version_aliases` such as `current`.
         * @example current
         */
        SecretVersionSelector: string;
        /**
         * @description Snippet id (`snp_...`).
         * @example snp_4k9d2m7q
         */
        SnippetId: string;
        /**
         * @description Id of a run of this snippet.
         * @example run_2b7m5q9x
         */
        SnippetRunRunId: string;
        /**
         * @description Snippet run id.
         * @example run_2b7m5q9x
         */
        SnippetRunId: string;
        /**
         * @description Id of a suspension event of the machine, as listed by `GET /machines/{id}/suspension_events`.
         * @example sus_3h6p1x8d
         */
        SuspensionEventId: string;
        /**
         * @description Worker bootstrap id (`wbs_...`).
         * @example wbs_6t2r9p4k
         */
        WorkerBootstrapId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "clusters.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "clusters.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The cluster to provision. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateClusterBody"];
            };
        };
        responses: {
            /** @description Provisioning started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "clusters.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /** @description The fields to change; each one replaces the stored value. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateClusterBody"];
            };
        };
        responses: {
            /** @description The updated cluster, with its new `etag`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.import": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The cluster to import and the kubeconfig that reaches it. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ImportClusterBody"];
            };
        };
        responses: {
            /** @description The imported cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "clusters.suspend": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suspension started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.resume": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resumption started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.getKubeconfig": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The admin kubeconfig. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kubeconfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    "clusters.listWorkerBootstraps": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of worker bootstraps, without their secret fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerBootstrapList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.createWorkerBootstrap": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /** @description Options for the token; may be an empty object. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateWorkerBootstrapBody"];
            };
        };
        responses: {
            /** @description The new worker bootstrap, including its `token`, `command`, `cloud_init` and `artifacts` (shown only here). */
            201: {
                headers: {
                    /** @description URL of the new worker bootstrap (`/clusters/{id}/worker_bootstraps/{wbs_id}`). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerBootstrap"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.getWorkerBootstrap": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
                /**
                 * @description Worker bootstrap id (`wbs_...`).
                 * @example wbs_6t2r9p4k
                 */
                wbs_id: components["parameters"]["WorkerBootstrapId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The worker bootstrap, without its secret fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerBootstrap"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.revokeWorkerBootstrap": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
                /**
                 * @description Worker bootstrap id (`wbs_...`).
                 * @example wbs_6t2r9p4k
                 */
                wbs_id: components["parameters"]["WorkerBootstrapId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revocation accepted; the operation that finishes it. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only list secrets of this kind (for example `generic` or `cloud_provider/aws`).
                 * @example cloud_provider/aws
                 */
                kind?: string;
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "secrets.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The secret to create; `value` becomes version 1. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSecretBody"];
            };
        };
        responses: {
            /** @description The new secret's metadata (never its value). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret's metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "secrets.delete": {
        parameters: {
            query?: {
                /**
                 * @description Destroy the secret and all version payloads at once instead of soft-deleting it. Irreversible.
                 * @example true
                 */
                force?: boolean | null;
            };
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /** @description The metadata fields to replace. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateSecretBody"];
            };
        };
        responses: {
            /** @description The updated secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.undelete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.listVersions": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only list versions in this state.
                 * @example enabled
                 */
                state?: "enabled" | "disabled" | "destroyed";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "secrets.createVersion": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /** @description The new payload. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSecretVersionBody"];
            };
        };
        responses: {
            /** @description The new version's metadata (never its value). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "secrets.getVersion": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
                /**
                 * @description Secret version id (`secv_...`).
                 * @example secv_5p9x2c7n
                 */
                vid: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "secrets.enableVersion": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
                /**
                 * @description Secret version id (`secv_...`).
                 * @example secv_5p9x2c7n
                 */
                vid: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version, now enabled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.disableVersion": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
                /**
                 * @description Secret version id (`secv_...`).
                 * @example secv_5p9x2c7n
                 */
                vid: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version, now disabled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.destroyVersion": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
                /**
                 * @description Secret version id (`secv_...`).
                 * @example secv_5p9x2c7n
                 */
                vid: components["parameters"]["SecretVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version, now destroyed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.accessVersion": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Secret id (`sec_...`).
                 * @example sec_3m8q1z7w
                 */
                id: components["parameters"]["SecretId"];
                /**
                 * @description Version to read: a version id (`secv_...`), `latest` for the newest version, or an alias from the secret's `version_aliases` such as `current`.
                 * @example current
                 */
                vid: components["parameters"]["SecretVersionSelector"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plaintext value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecretPlaintext"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
        };
    };
    "operations.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only list operations on this kind of resource. Requires `owner_id`.
                 * @example cluster
                 */
                owner_type?: "install" | "repository_change_request" | "repository" | "workspace" | "machine" | "cluster" | "package";
                /**
                 * @description Only list operations on this resource (for example a cluster id). Required when `owner_type` is set.
                 * @example clu_2f7d9c1a4b8e
                 */
                owner_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of operations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "operations.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Operation id (`op_...`).
                 * @example op_9d3k7m2q5x
                 */
                id: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "operations.wait": {
        parameters: {
            query?: {
                /**
                 * @description Longest time to hold the request, in seconds (1-60). The server waits 30 seconds when it is omitted.
                 * @example 60
                 */
                timeout?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Operation id (`op_...`).
                 * @example op_9d3k7m2q5x
                 */
                id: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation as it is when it finished or when the wait timed out; `done` tells which. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "operations.cancel": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Optional precondition for the cancel, up to 64 characters. Unlike the other conditional writes of the API it may be omitted; operations carry no `etag` field, so most callers leave it out.
                 * @example 3
                 */
                "if-match"?: components["parameters"]["IfMatchOptional"];
            };
            path: {
                /**
                 * @description Operation id (`op_...`).
                 * @example op_9d3k7m2q5x
                 */
                id: components["parameters"]["OperationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancellation requested; the operation as it is now. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "regions.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of regions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "regions.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The region to create. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateRegionBody"];
            };
        };
        responses: {
            /** @description The new region. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "packages.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description `basic` (the default) hides `composed_from_sources`, the package's sensitive provenance (chart URLs, OCI references, git details); `full` includes it.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of packages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "packages.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The package to create and the chart it is built from. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreatePackageBody"];
            };
        };
        responses: {
            /** @description Creation started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageOperationEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "packages.get": {
        parameters: {
            query?: {
                /**
                 * @description `basic` (the default) hides `composed_from_sources`, the package's sensitive provenance (chart URLs, OCI references, git details); `full` includes it.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "packages.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package and its versions were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "packages.listVersions": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "packages.createVersion": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
            };
            cookie?: never;
        };
        /** @description The version to add, as published. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreatePackageVersionBody"];
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "packages.getVersion": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
                /**
                 * @description Package version id, as listed by `GET /packages/{id}/versions` or named by the package's `latest_version_id`.
                 * @example pkgv_8r3n5t1w6y2k
                 */
                version_id: components["parameters"]["PackageVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "packages.getVersionInputs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Package id (`pkg_...`).
                 * @example pkg_4c7q2m9x8d1f
                 */
                id: components["parameters"]["PackageId"];
                /**
                 * @description Package version id, as listed by `GET /packages/{id}/versions` or named by the package's `latest_version_id`.
                 * @example pkgv_8r3n5t1w6y2k
                 */
                version_id: components["parameters"]["PackageVersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version's input JSON Schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageVersionInputs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "packages.getArtifacthubValuesSchema": {
        parameters: {
            query?: {
                /**
                 * @description `"true"` to overlay the chart's own values schema (when it has one) on the derived schema; `"false"` or absent to return the derived schema only. A string, not a boolean.
                 * @example true
                 */
                include_schema?: "true" | "false";
            };
            header?: never;
            path: {
                /**
                 * @description Artifact Hub's id of the Helm chart package (a UUID assigned by Artifact Hub, not an Akua id).
                 * @example 0b3f6a7e-2d4c-4e1a-9c58-7f1e2d3c4b5a
                 */
                package_id: components["parameters"]["ArtifactHubPackageId"];
                /**
                 * @description Chart version as published on Artifact Hub.
                 * @example 15.4.2
                 */
                version: components["parameters"]["ArtifactHubVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's values, raw and parsed, and the schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageArtifacthubValuesSchema"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    "packages.importPublished": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The published package and its first version. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ImportPackageBody"];
            };
        };
        responses: {
            /** @description The imported package. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "installs.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description List the installs credited to this product (for the product's owner) instead of the workspace's installs.
                 * @example prod_9a4c7e2g5i8k
                 */
                product_id?: string;
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of installs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "installs.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description What to install, and where. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateInstallBody"];
            };
        };
        responses: {
            /** @description The install was accepted; the `install.create` operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "installs.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The install. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Install"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "installs.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started; the `install.delete` operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    "installs.updateVersion": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description The version to move to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInstallVersionBody"];
            };
        };
        responses: {
            /** @description The update was accepted: the install's version state and the render that carries it. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallLifecycleMutation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "installs.restore": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description The render to restore. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreInstallBody"];
            };
        };
        responses: {
            /** @description The restore was accepted: the install's version state and the render that re-applies the earlier one. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallLifecycleMutation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "installs.setAutomaticUpdates": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description The new setting. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetInstallAutomaticUpdatesBody"];
            };
        };
        responses: {
            /** @description The install's version state after the change, and a render or null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallLifecycleMutation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "installs.listRenders": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of renders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallRenderList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "installs.createRender": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description Options for the render. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateInstallRenderBody"];
            };
        };
        responses: {
            /** @description The render that was started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallRender"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "installs.getRender": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
                /**
                 * @description Render id (`rnd_...`) of one of the install's renders.
                 * @example rnd_3m8x1q5z9b4t
                 */
                render_id: components["parameters"]["InstallRenderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The render. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallRender"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "installs.getStatus": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The install's deploy status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "installs.listPods": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every current pod of the install. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PodList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "installs.getLogs": {
        parameters: {
            query?: {
                /**
                 * @description Only this pod's logs (a name from `GET /installs/{id}/pods`). Every pod of the install when left out.
                 * @example web-7c9f8d6b5-x2k4p
                 */
                pod?: string;
                /**
                 * @description Only this container's logs (a name from `GET /installs/{id}/pods`). Which containers are streamed when it is left out is not documented.
                 * @example web
                 */
                container?: string;
                /**
                 * @description Keep the stream open and send new lines as they are written (true, the default); false to end after the existing lines.
                 * @example false
                 */
                follow?: boolean | null;
                /**
                 * @description Start with at most this many of the most recent lines. No default: when left out, how much history is sent is not documented.
                 * @example 100
                 */
                tail?: number | null;
                /**
                 * @description Only lines newer than this many seconds. Defaults to 0; what 0 does (presumably no age limit) is not documented.
                 * @example 600
                 */
                since_seconds?: number | null;
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Server-Sent Events stream: `message` events, one per log line, then a final `end` event. The schema describes one event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        /**
                         * @description Event name, `message` for a log line.
                         * @enum {string}
                         */
                        event: "message";
                        /**
                         * @description The log line as a JSON-encoded string: an object with `content` (string, the log text), `podName` (string), `containerName` (string), `timestamp` (string, ISO 8601) and `last` (boolean; meaning not documented). Parse it with `JSON.parse`.
                         * @example {"content":"GET /healthz 200 3ms","podName":"web-7c9f8d6b5-x2k4p","containerName":"web","timestamp":"2026-05-14T09:30:12Z","last":false}
                         */
                        data: string;
                    } | {
                        /**
                         * @description Event name, `end`.
                         * @enum {string}
                         */
                        event: "end";
                        /**
                         * @description Always exactly `{}`.
                         * @example {}
                         * @enum {string}
                         */
                        data: "{}";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "previewHostnames.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only `pinned` or only `floating` hostnames.
                 * @example floating
                 */
                binding_kind?: "pinned" | "floating";
                /**
                 * @description Only the floating hostname(s) of this track.
                 * @example main
                 */
                track?: string;
                /**
                 * @description Only hostnames whose `status` is this value (the parameter is named `state`, the field `status`).
                 * @example active
                 */
                state?: "provisioning" | "active" | "evicted" | "releasing";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of preview hostnames. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewHostnameList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "previewHostnames.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
                /**
                 * @description Preview hostname id, as returned in the list or in the `preview_hostname_id` of a bind operation's result.
                 * @example phn_5w2d7g9j1l6s
                 */
                preview_hostname_id: components["parameters"]["PreviewHostnameId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview hostname. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewHostname"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "previewHostnames.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
                /**
                 * @description Preview hostname id, as returned in the list or in the `preview_hostname_id` of a bind operation's result.
                 * @example phn_5w2d7g9j1l6s
                 */
                preview_hostname_id: components["parameters"]["PreviewHostnameId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Release started; the `preview_hostname.delete` operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    "previewHostnames.bindPinned": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description The render to expose and how to serve it. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BindPinnedPreviewHostnameBody"];
            };
        };
        responses: {
            /** @description Binding started; the `preview_hostname.bind_pinned` operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "previewHostnames.bindFloating": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Install id (`inst_...`).
                 * @example inst_6h2k9p4v7c3m
                 */
                id: components["parameters"]["InstallId"];
            };
            cookie?: never;
        };
        /** @description The track, the render it should serve and how to serve it. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BindFloatingPreviewHostnameBody"];
            };
        };
        responses: {
            /** @description Binding started; the `preview_hostname.bind_floating` operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "snippets.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snippets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "snippets.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The snippet to store. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSnippetBody"];
            };
        };
        responses: {
            /** @description The snippet was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Id of the new snippet (`snp_...`). */
                        snippet_id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "snippets.listUsage": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snippet usage in the workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetUsageList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "snippets.getUsage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboards that reference the snippet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "snippets.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snippet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snippet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "snippets.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snippet is archived. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "snippets.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateSnippetBody"];
            };
        };
        responses: {
            /** @description The snippet was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Id of the updated snippet (`snp_...`). */
                        snippet_id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "snippets.execute": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The code to run and its input values. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecuteSnippetBody"];
            };
        };
        responses: {
            /** @description The outcome of the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteSnippetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "snippets.executeStored": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        /** @description Input values for the run. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecuteStoredSnippetBody"];
            };
        };
        responses: {
            /** @description The outcome of the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteSnippetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "snippets.listRuns": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only runs that ended in this state: `succeeded`, `failed` or `timed_out`.
                 * @example failed
                 */
                state?: "succeeded" | "failed" | "timed_out";
                /**
                 * @description How much of each run to return: `basic` (the default) returns compact runs; `full` adds `output` and `error` details.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: never;
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the snippet's runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetRunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "snippets.createRun": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
            };
            cookie?: never;
        };
        /** @description The run's input values and origin. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSnippetRunBody"];
            };
        };
        responses: {
            /** @description The recorded run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "snippets.getRun": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Snippet id (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                id: components["parameters"]["SnippetId"];
                /**
                 * @description Id of a run of this snippet.
                 * @example run_2b7m5q9x
                 */
                run_id: components["parameters"]["SnippetRunRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "snippetRuns.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only runs that ended in this state: `succeeded`, `failed` or `timed_out`.
                 * @example failed
                 */
                state?: "succeeded" | "failed" | "timed_out";
                /**
                 * @description Only runs started this way: `manual`, `dashboard_open`, `dashboard_refresh` or `agent`.
                 * @example dashboard_refresh
                 */
                source?: "manual" | "dashboard_open" | "dashboard_refresh" | "agent";
                /**
                 * @description Only runs of this snippet (`snp_...`).
                 * @example snp_4k9d2m7q
                 */
                snippet?: string;
                /**
                 * @description Only runs started from this dashboard (`dash_...`).
                 * @example dash_6p3x9v2k
                 */
                dashboard?: string;
                /**
                 * @description How much of each run to return: `basic` (the default) returns compact runs; `full` adds `output` and `error` details.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetRunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "snippetRuns.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Snippet run id.
                 * @example run_2b7m5q9x
                 */
                id: components["parameters"]["SnippetRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnippetRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "repositories.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only repositories with this purpose: `deploy`, `package` or `repository_change_request`.
                 * @example deploy
                 */
                purpose?: "deploy" | "package" | "repository_change_request";
                /**
                 * @description `basic` (the default), or `full` to add implementation detail such as render hashes and git refs.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of repositories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "repositories.get": {
        parameters: {
            query?: {
                /**
                 * @description `basic` (the default), or `full` to add implementation detail such as render hashes and git refs.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Repository id (`repo_...`).
                 * @example repo_9w4e2r7t
                 */
                id: components["parameters"]["RepositoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The repository. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Repository"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "repositoryChangeRequests.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only change requests in this state.
                 * @example READY
                 */
                state?: "AWAITING_CHANGES" | "VALIDATING" | "READY" | "ACCEPTING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN" | "EXPIRED" | "FAILED";
                /**
                 * @description Only change requests on this parent repository (`repo_...`). Cannot be combined with `fork_repository`.
                 * @example repo_9w4e2r7t
                 */
                parent_repository?: string;
                /**
                 * @description Only the change requests whose fork is this repository (`repo_...`). Cannot be combined with `parent_repository`.
                 * @example repo_1c5j8h3d
                 */
                fork_repository?: string;
                /**
                 * @description Only change requests opened by this agent (`agt_...`).
                 * @example agt_7y2u5i8o
                 */
                agent?: string;
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of change requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryChangeRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "repositoryChangeRequests.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The change request to open. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateRepositoryChangeRequestBody"];
            };
        };
        responses: {
            /** @description The change request that was opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRepositoryChangeRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "repositoryChangeRequests.createToken": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Repository change request id (`rcr_...`).
                 * @example rcr_3v8k1m6p
                 */
                id: components["parameters"]["RepositoryChangeRequestId"];
            };
            cookie?: never;
        };
        /** @description The credential's scope and lifetime. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateRepositoryChangeRequestTokenBody"];
            };
        };
        responses: {
            /** @description The credential. Revealed only in this response. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRepositoryChangeRequestTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "repositoryChangeRequests.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Repository change request id (`rcr_...`).
                 * @example rcr_3v8k1m6p
                 */
                id: components["parameters"]["RepositoryChangeRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepositoryChangeRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "repositoryChangeRequests.accept": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Repository change request id (`rcr_...`).
                 * @example rcr_3v8k1m6p
                 */
                id: components["parameters"]["RepositoryChangeRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptRepositoryChangeRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "repositoryChangeRequests.reject": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Repository change request id (`rcr_...`).
                 * @example rcr_3v8k1m6p
                 */
                id: components["parameters"]["RepositoryChangeRequestId"];
            };
            cookie?: never;
        };
        /** @description Why the change request is rejected. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectRepositoryChangeRequestBody"];
            };
        };
        responses: {
            /** @description The change request was rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RejectRepositoryChangeRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "repositoryChangeRequests.withdraw": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description Repository change request id (`rcr_...`).
                 * @example rcr_3v8k1m6p
                 */
                id: components["parameters"]["RepositoryChangeRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request was withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawRepositoryChangeRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.getComputeSettings": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster's compute settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterComputeSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.updateComputeSettings": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /** @description The settings to change; at least one field. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterComputeSettingsBody"];
            };
        };
        responses: {
            /** @description The updated compute settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterComputeSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "machines.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only machines of this cluster (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                cluster_id?: string;
                /**
                 * @description Only machines in this lifecycle state.
                 * @example SUSPENDED
                 */
                state?: "ACTIVE" | "PROVISIONING" | "SUSPENDING" | "SUSPENDED" | "RESUMING" | "DELETING";
                /**
                 * @description Level of detail per machine: `basic` (the default) or `full`. Which fields differ between the two is not documented.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of machines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    "machines.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The machine to create. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Cluster the machine joins (`clu_...`). */
                    cluster_id: string;
                    /** @description Provider server type to create (for `hcloud`, a Hetzner Cloud server type name). */
                    instance_type: string;
                    /** @description Compute config that says which provider, region, image and credentials to use. */
                    compute_config_id: string;
                    /** @description Display name of the machine, up to 120 characters. */
                    name?: string;
                    /** @description Free-form node claim to create the machine for. Its fields are not documented. */
                    node_claim?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Creation started; the operation to wait for, with its id also in `operation_id`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineOperation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "machines.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The machine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Machine"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "machines.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion started; the operation to wait for, with its id also in `operation_id`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineOperation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "machines.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        /** @description The metadata to change. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description New display name (up to 120 characters), or null. */
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description The updated machine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Machine"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "machines.suspend": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        /** @description Optional reason for the suspension. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SuspendMachineBody"];
            };
        };
        responses: {
            /** @description Suspension started; the operation to wait for, with its id also in `operation_id`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineOperation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "machines.resume": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). These operations refuse a request without one. Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely; use a new key for each distinct change.
                 * @example 0d7c2f4e-9a61-4b3e-8f25-6c1a9e0b7d34
                 */
                "idempotency-key": components["parameters"]["IdempotencyKeyRequired"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        /** @description An empty object; resuming takes no options. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResumeMachineBody"];
            };
        };
        responses: {
            /** @description Resumption started; the operation to wait for, with its id also in `operation_id`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineOperation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "machines.listDriftReports": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only reports in this state (`in_sync` or `drifted`).
                 * @example drifted
                 */
                state?: "in_sync" | "drifted";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of drift reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriftReportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "machines.createDriftReport": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        /** @description Optional details of the request. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Free-form label of what prompted the report; its accepted values are not documented. */
                    trigger?: string;
                };
            };
        };
        responses: {
            /** @description The drift report that was created. */
            201: {
                headers: {
                    /** @description URL of the new drift report. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriftReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "machines.getDriftReport": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
                /**
                 * @description Id of a drift report of the machine, as listed by `GET /machines/{id}/drift_reports`.
                 * @example drf_7c2m9q4z
                 */
                report_id: components["parameters"]["DriftReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drift report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriftReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "machines.listSuspensionEvents": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only events with this reason (`manual` or `downgrade`).
                 * @example manual
                 */
                reason?: "manual" | "downgrade";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of suspension events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionEventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "machines.getSuspensionEvent": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Machine id, as listed by `GET /machines` or returned as `machine_id` in the result of a `machine.create` operation.
                 * @example mch_5w8k2n4t
                 */
                id: components["parameters"]["MachineId"];
                /**
                 * @description Id of a suspension event of the machine, as listed by `GET /machines/{id}/suspension_events`.
                 * @example sus_3h6p1x8d
                 */
                event_id: components["parameters"]["SuspensionEventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suspension event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "computeConfigs.list": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Level of detail per config: `basic` (the default) or `full`. Which fields differ between the two is not documented.
                 * @example full
                 */
                view?: "basic" | "full";
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of compute configs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeConfigList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    "computeConfigs.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The compute config to create. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Name of the config (1-100 characters). */
                    name: string;
                    /**
                     * @description Infrastructure provider; only `hcloud` is accepted.
                     * @enum {string}
                     */
                    provider: "hcloud";
                    /** @description Provider-specific settings for the servers to create. */
                    provider_config: {
                        /** @description Provider region or location to create servers in. */
                        region: string;
                        /** @description Provider image to create servers from. */
                        image: string;
                        /** @description Restricts which provider machine types may be used; its syntax is not documented. */
                        machine_type_filter?: string;
                    };
                    /** @description Whose provider credentials to use: `system` or `byom` with a `secret_id`. */
                    credential_scope: components["schemas"]["CredentialScope"];
                };
            };
        };
        responses: {
            /** @description The created compute config. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "computeConfigs.get": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Compute config id, as listed by `GET /compute_configs`.
                 * @example cfg_9r4t2b6w
                 */
                id: components["parameters"]["ComputeConfigId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compute config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "computeConfigs.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Compute config id, as listed by `GET /compute_configs`.
                 * @example cfg_9r4t2b6w
                 */
                id: components["parameters"]["ComputeConfigId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted compute config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "computeConfigs.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The `etag` you last read from the resource. The write is applied only while the resource is still at that version; otherwise the answer is 409 with `metadata.reason` `ABORTED` and the current etag in `metadata.current_etag`.
                 * @example 17
                 */
                "if-match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description Compute config id, as listed by `GET /compute_configs`.
                 * @example cfg_9r4t2b6w
                 */
                id: components["parameters"]["ComputeConfigId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description New name (1-100 characters). */
                    name?: string;
                    /** @description New provider-specific settings. */
                    provider_config?: {
                        /** @description Provider region or location to create servers in. */
                        region?: string;
                        /** @description Provider image to create servers from. */
                        image?: string;
                        /** @description Restricts which provider machine types may be used; its syntax is not documented. */
                        machine_type_filter?: string;
                    };
                    /** @description New credential scope. */
                    credential_scope?: components["schemas"]["CredentialScope"];
                };
            };
        };
        responses: {
            /** @description The updated compute config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComputeConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "clusters.getCapabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster's capabilities snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterCapabilities"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "clusters.refreshCapabilities": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description Cluster id (`clu_...`).
                 * @example clu_2f7d9c1a4b8e
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refresh started; the operation to wait for. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    "secrets.validateToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The provider and the token to check. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ValidateProviderTokenBody"];
            };
        };
        responses: {
            /** @description The outcome of the check; `valid` is false (with `error`) for a rejected token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateProviderTokenResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "registry.listCredentials": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of registry connections, without their secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryCredentialList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "registry.createCredential": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
                /**
                 * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
                 * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The connection to create, with its credentials. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Display name of the connection (1-100 characters). */
                    name: string;
                    /** @description Registry the credentials are for, such as `ghcr.io`. */
                    registry_url: string;
                    /**
                     * @description How the proxy authenticates upstream; selects which `credentials` fields are needed.
                     * @enum {string}
                     */
                    type: "basic" | "token" | "oauth";
                    /** @description The secrets for `type`: `username` + `password` (basic), `token` (token), or `client_id` + `client_secret` + `token_url` (oauth). Never returned. */
                    credentials: {
                        /** @description User name, for `basic`. */
                        username?: string;
                        /** @description Password, for `basic`. */
                        password?: string;
                        /** @description Access token, for `token`. */
                        token?: string;
                        /** @description OAuth client id, for `oauth`. */
                        client_id?: string;
                        /** @description OAuth client secret, for `oauth`. */
                        client_secret?: string;
                        /** @description OAuth token endpoint URL, for `oauth`. */
                        token_url?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The connection was created; the answer has no body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "registry.deleteCredential": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Registry connection id (`rcon_...`).
                 * @example rcon_4d8f1k6m
                 */
                id: components["parameters"]["RegistryConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    "cloudflare.listCredentials": {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
                 * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Maximum number of items on the page, 1-100 (default 50).
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Cloudflare connections, without their API tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudflareCredentialList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    "cloudflare.createCredential": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The connection to create, with its API token. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateCloudflareCredentialBody"];
            };
        };
        responses: {
            /** @description The connection was created; the answer has no body. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    "cloudflare.deleteCredential": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Workspace to act in (`ws_...`). Only needed when the token reaches more than one workspace; a token scoped to one workspace implies it.
                 * @example ws_7hq3k2m9
                 */
                "akua-context"?: components["parameters"]["AkuaContext"];
            };
            path: {
                /**
                 * @description Cloudflare connection id (`cfcon_...`).
                 * @example cfcon_2q7v5n9s
                 */
                id: components["parameters"]["CloudflareConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
}
