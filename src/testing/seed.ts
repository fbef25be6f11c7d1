/**
 * Bulk creation straight into the store, bypassing HTTP: no validation, no
 * operations, no idempotency. Fast enough for `clusters(100_000)` in a
 * fraction of a second (one record and one array push per item).
 * Internal to the fake server; the API is `FakeAkuaSeed`.
 */
import type { Clock } from "../clock.js";
import { newCluster } from "./handlers/clusters.js";
import { buildResource, resourceBase } from "./handlers/derived.js";
import { derivedResources } from "./handlers/index.js";
import { newRegion } from "./handlers/regions.js";
import { newSecret, newVersion, touchSecret } from "./handlers/secrets.js";
import type { WorkerBootstrapRecord } from "./records.js";
import type { Store } from "./store.js";
import type { FakeAkuaSeed, SeedOverrides, SeedResourceOptions } from "./types.js";

/** Creates the `seed` member of a fake. */
export function createSeed(store: Store, clock: Clock, defaultWorkspace: string): FakeAkuaSeed {
  const at = (workspace: string | undefined) => ({ store, now: clock.now(), workspace: workspace ?? defaultWorkspace });
  const times = <T>(count: number, make: (index: number) => T): T[] => {
    if (!Number.isInteger(count) || count < 0) throw new TypeError("seed: count must be an integer >= 0");
    const out: T[] = new Array<T>(count);
    for (let i = 0; i < count; i++) out[i] = make(i);
    return out;
  };

  const resources = (schema: string, count: number, options: SeedResourceOptions = {}): string[] => {
    const op = derivedResources.get(schema);
    if (!op) {
      throw new TypeError(
        `seed.resources: ${schema} is not a resource of the derived engine (${[...derivedResources.keys()].join(", ")})`,
      );
    }
    const parents: Record<string, string> = {};
    const parent = op.parents.at(-1);
    if (parent) {
      if (options.parent === undefined)
        throw new TypeError(`seed.resources: a ${schema} needs \`parent\` (its ${parent.collection} id)`);
      parents[parent.collection] = options.parent;
    }
    const ctx = at(options.workspace);
    const base = resourceBase(op.resource);
    return times(count, (i) => {
      const record = buildResource(ctx, op, ctx.workspace, parents, undefined, base);
      Object.assign(record.value, pick(options.fields, i));
      store.resources.add(record);
      return record.id;
    });
  };

  return {
    resources,
    machines: (count, options) => resources("Machine", count, options),
    installs: (count, options) => resources("Install", count, options),

    clusters(count, overrides) {
      return times(count, (i) => {
        const o = pick(overrides, i);
        const cluster = newCluster(at(o.workspace), {
          name: o.name ?? `cluster-${i + 1}`,
          regionId: o.region_id ?? "reg_seeded",
          provider: o.provider ?? "managed_kaas",
          state: o.state ?? "active",
          kubeconfig: o.kubeconfig,
        });
        store.addCluster(cluster);
        return cluster.id;
      });
    },

    secrets(count, overrides) {
      const next = new Map<string, number>();
      const taken = (workspace: string, name: string) => {
        const id = store.secretIdByName(workspace, name);
        return id !== undefined && store.secrets.has(id);
      };
      return times(count, (i) => {
        const o = pick(overrides, i);
        const ctx = at(o.workspace);
        let name = o.name;
        if (name === undefined) {
          let n = next.get(ctx.workspace) ?? (store.secretsByWorkspace.get(ctx.workspace)?.size ?? 0) + 1;
          while (taken(ctx.workspace, `secret-${n}`)) n++;
          next.set(ctx.workspace, n + 1);
          name = `secret-${n}`;
        } else if (taken(ctx.workspace, name)) {
          throw new Error(`seed.secrets: the name ${name} is taken in ${ctx.workspace}`);
        }
        const secret = newSecret(ctx, {
          name,
          kind: o.kind ?? "generic",
          labels: o.labels ?? {},
          value: o.value ?? `value-${i + 1}`,
        });
        store.addSecret(secret);
        return secret.id;
      });
    },

    versions(secretId, count, overrides) {
      const secret = store.secrets.get(secretId);
      if (!secret) throw new Error(`seed.versions: no secret ${secretId}`);
      const ctx = at(secret.workspace);
      const ids = times(count, (i) => {
        const o = pick(overrides, i);
        const version = newVersion(ctx, secret, o.value ?? "", o.comment);
        if (o.value === undefined) version.value = `value-${version.number}`;
        if (o.state === "disabled") version.state = "disabled";
        if (o.state === "destroyed") {
          version.state = "destroyed";
          version.destroyedAt = ctx.now;
          version.value = undefined;
        }
        store.addVersion(secret, version);
        return version.id;
      });
      if (count > 0) touchSecret(ctx, secret);
      return ids;
    },

    regions(count, overrides) {
      return times(count, (i) => {
        const o = pick(overrides, i);
        const region = newRegion(at(o.workspace), o.name ?? `region-${i + 1}`, o.icon ?? null);
        store.addRegion(region);
        return region.id;
      });
    },

    workerBootstraps(clusterId, count, overrides) {
      const cluster = store.clusters.get(clusterId);
      if (!cluster) throw new Error(`seed.workerBootstraps: no cluster ${clusterId}`);
      return times(count, (i) => {
        const o = pick(overrides, i);
        const now = clock.now();
        const bootstrap: WorkerBootstrapRecord = {
          seq: store.nextSeq(),
          id: store.ids.next("wbs"),
          workspace: cluster.workspace,
          clusterId,
          revoked: o.revoked ?? false,
          createdAt: now,
          updatedAt: now,
          expiresAt: now + (o.ttl_seconds ?? 3600) * 1000,
          etag: store.etags.next(),
          reconciling: false,
          activeOperation: null,
          token: store.ids.next("wbt"),
        };
        store.addBootstrap(bootstrap);
        return bootstrap.id;
      });
    },
  };
}

function pick<T>(overrides: SeedOverrides<T> | undefined, index: number): Partial<T> {
  if (overrides === undefined) return {};
  return typeof overrides === "function" ? overrides(index) : overrides;
}
