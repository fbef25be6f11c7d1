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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
         * @description Request body of `POST /clusters/{id}/worker_bootstraps`. May be empty.
         * @example {
         *       "ttl_seconds": 3600
         *     }
         */
        CreateWorkerBootstrapBody: {
            /** @description Lifetime of the token in seconds, from 60 (one minute) to 86400 (one day). When omitted the API applies its default lifetime. */
            ttl_seconds?: number;
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
         * @description Cluster id (`clu_...`).
         * @example clu_2f7d9c1a4b8e
         */
        ClusterId: string;
        /**
         * @description Opaque cursor from the previous page's `next_cursor`. Omit it to get the first page.
         * @example Y2x1XzJmN2Q5YzFhNGI4ZQ
         */
        Cursor: string;
        /**
         * @description A unique key for this logical request, 1-64 characters (a UUID works well). Repeating a request with the same key returns the first answer instead of doing the work again, so a request that timed out or was interrupted can be retried safely. Use a new key for each distinct change.
         * @example 5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11
         */
        IdempotencyKey: string;
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
         * @description Maximum number of items on the page, 1-100 (default 50).
         * @example 20
         */
        Limit: number;
        /**
         * @description Operation id (`op_...`).
         * @example op_9d3k7m2q5x
         */
        OperationId: string;
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
}
