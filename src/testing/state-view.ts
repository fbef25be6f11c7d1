/**
 * The read-only `state` view of a fake, for assertions: counts and snapshots
 * rendered exactly as the API would answer them (the derived engine's
 * resources as stored: every field, as a read with `view=full` shows them). Internal to the fake server;
 * the API is `FakeAkuaState`.
 */
import type { Clock } from "../clock.js";
import type { IdempotencyStore } from "./idempotency.js";
import { renderCluster, renderOperation, renderSecret } from "./render.js";
import type { Store } from "./store.js";
import type { FakeAkuaState } from "./types.js";

/** Creates the `state` member of a fake. */
export function createStateView(
  store: Store,
  idempotency: IdempotencyStore,
  clock: Clock,
  defaultWorkspace: string,
): FakeAkuaState {
  const visibleSecret = (id: string) => {
    const s = store.secrets.get(id);
    return s && (s.purgeAt === undefined || clock.now() < s.purgeAt) ? s : undefined;
  };
  const countResources = (schema: string, workspace = defaultWorkspace) => store.resources.count(schema, workspace);
  const resource = <T = Record<string, unknown>>(id: string, schema?: string): T | undefined => {
    const r = store.resources.get(id);
    return r && (schema === undefined || r.resource === schema) ? (structuredClone(r.value) as T) : undefined;
  };
  return {
    countResources,
    resource: (id) => resource(id),
    countPackages: (workspace) => countResources("Package", workspace),
    countInstalls: (workspace) => countResources("Install", workspace),
    countMachines: (workspace) => countResources("Machine", workspace),
    countSnippets: (workspace) => countResources("Snippet", workspace),
    package: (id) => resource(id, "Package"),
    packageVersion: (id) => resource(id, "PackageVersion"),
    install: (id) => resource(id, "Install"),
    machine: (id) => resource(id, "Machine"),
    snippet: (id) => resource(id, "Snippet"),
    countClusters: (workspace = defaultWorkspace) => store.clustersByWorkspace.get(workspace)?.size ?? 0,
    countSecrets: (workspace = defaultWorkspace) =>
      (store.secretsByWorkspace.get(workspace)?.items ?? []).filter((s) => visibleSecret(s.id)).length,
    countOperations: (workspace = defaultWorkspace) => store.operationsByWorkspace.get(workspace)?.size ?? 0,
    countIdempotencyKeys: () => idempotency.size(),
    cluster: (id) => {
      const c = store.clusters.get(id);
      return c && renderCluster(c);
    },
    operation: (id) => {
      const o = store.operations.get(id);
      return o && renderOperation(o);
    },
    secret: (id) => {
      const s = visibleSecret(id);
      return s && renderSecret(s);
    },
  };
}
