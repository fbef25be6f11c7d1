/**
 * The fake's in-memory state: every resource by id, per-workspace (or
 * per-parent) lists ordered by creation sequence, and the counters that make
 * ids and etags. Only plain synchronous methods, so a handler's
 * check-then-write never yields to another request. Internal to the fake server.
 */
import { SeqList } from "./collection.js";
import { EtagCounter } from "./etag.js";
import { IdGenerator } from "./ids.js";
import { ResourceTable } from "./resource-table.js";
import type {
  CapabilitiesRecord,
  ClusterRecord,
  ComputeSettingsRecord,
  InstallLifecycleRecord,
  OperationRecord,
  RegionRecord,
  SecretRecord,
  SecretVersionRecord,
  WorkerBootstrapRecord,
} from "./records.js";

/** All resources of one fake. */
export class Store {
  /** Id source. */
  readonly ids: IdGenerator;
  /** Etag source. */
  readonly etags = new EtagCounter();
  private seqCounter = 0;

  /** Clusters by id. */
  readonly clusters = new Map<string, ClusterRecord>();
  /** Clusters per workspace, in creation order. */
  readonly clustersByWorkspace = new Map<string, SeqList<ClusterRecord>>();
  /** Worker bootstraps by id. */
  readonly bootstraps = new Map<string, WorkerBootstrapRecord>();
  /** Worker bootstraps per cluster, in creation order. */
  readonly bootstrapsByCluster = new Map<string, SeqList<WorkerBootstrapRecord>>();
  /** Secrets by id (soft-deleted ones until purged). */
  readonly secrets = new Map<string, SecretRecord>();
  /** Secrets per workspace, in creation order. */
  readonly secretsByWorkspace = new Map<string, SeqList<SecretRecord>>();
  /** Secret name -> id, per workspace (names are unique within a workspace until purged). */
  readonly secretNames = new Map<string, Map<string, string>>();
  /** Secret versions by id. */
  readonly versions = new Map<string, SecretVersionRecord>();
  /** Operations by id. */
  readonly operations = new Map<string, OperationRecord>();
  /** Operations per workspace, in creation order. */
  readonly operationsByWorkspace = new Map<string, SeqList<OperationRecord>>();
  /** Regions by id. */
  readonly regions = new Map<string, RegionRecord>();
  /** Regions per workspace, in creation order. */
  readonly regionsByWorkspace = new Map<string, SeqList<RegionRecord>>();
  /** Compute settings per cluster id (made on first read). */
  readonly computeSettings = new Map<string, ComputeSettingsRecord>();
  /** Capabilities observations per cluster id (made on first read or refresh). */
  readonly capabilities = new Map<string, CapabilitiesRecord>();
  /** Resources of the derived engine (handlers/derived.ts): machines, installs, packages, ... */
  readonly resources = new ResourceTable();
  /** The install lifecycle's records per install id (install-lifecycle.ts), made on first use. */
  readonly installLifecycles = new Map<string, InstallLifecycleRecord>();

  /** A store whose ids derive from `seed`. */
  constructor(seed: number) {
    this.ids = new IdGenerator(seed);
  }

  /** The next creation sequence number. */
  nextSeq(): number {
    this.seqCounter += 1;
    return this.seqCounter;
  }

  /** Forgets every resource and restarts ids, etags and sequence numbers; log streams following an install wake (and end). */
  clear(): void {
    const lifecycles = [...this.installLifecycles.values()];
    this.installLifecycles.clear();
    for (const lifecycle of lifecycles) for (const wake of lifecycle.watchers) wake();
    for (const map of [
      this.clusters,
      this.clustersByWorkspace,
      this.bootstraps,
      this.bootstrapsByCluster,
      this.secrets,
      this.secretsByWorkspace,
      this.secretNames,
      this.versions,
      this.operations,
      this.operationsByWorkspace,
      this.regions,
      this.regionsByWorkspace,
      this.computeSettings,
      this.capabilities,
    ] as Map<string, unknown>[]) {
      map.clear();
    }
    this.resources.clear();
    this.ids.reset();
    this.etags.reset();
    this.seqCounter = 0;
  }

  /** Stores a new cluster. */
  addCluster(c: ClusterRecord): void {
    this.clusters.set(c.id, c);
    listFor(this.clustersByWorkspace, c.workspace).push(c);
  }

  /** Removes a cluster and its worker bootstraps. */
  removeCluster(c: ClusterRecord): void {
    this.clusters.delete(c.id);
    this.clustersByWorkspace.get(c.workspace)?.remove(c.seq);
    this.computeSettings.delete(c.id);
    this.capabilities.delete(c.id);
    for (const b of this.bootstrapsByCluster.get(c.id)?.items ?? []) this.bootstraps.delete(b.id);
    this.bootstrapsByCluster.delete(c.id);
  }

  /** Stores a new worker bootstrap. */
  addBootstrap(b: WorkerBootstrapRecord): void {
    this.bootstraps.set(b.id, b);
    listFor(this.bootstrapsByCluster, b.clusterId).push(b);
  }

  /** Stores a new secret with its versions and indexes its name. */
  addSecret(s: SecretRecord): void {
    this.secrets.set(s.id, s);
    listFor(this.secretsByWorkspace, s.workspace).push(s);
    namesFor(this.secretNames, s.workspace).set(s.name, s.id);
    for (const v of s.versions) this.versions.set(v.id, v);
  }

  /** Renames a secret in the name index. */
  renameSecret(s: SecretRecord, name: string): void {
    const names = namesFor(this.secretNames, s.workspace);
    names.delete(s.name);
    names.set(name, s.id);
    s.name = name;
  }

  /** The id of the secret holding `name` in the workspace, if any. */
  secretIdByName(workspace: string, name: string): string | undefined {
    return this.secretNames.get(workspace)?.get(name);
  }

  /** Destroys a secret for good (purge or `force=true`), with its versions. */
  purgeSecret(s: SecretRecord): void {
    this.secrets.delete(s.id);
    this.secretsByWorkspace.get(s.workspace)?.remove(s.seq);
    const names = this.secretNames.get(s.workspace);
    if (names?.get(s.name) === s.id) names.delete(s.name);
    for (const v of s.versions) {
      v.value = undefined;
      this.versions.delete(v.id);
    }
  }

  /** Appends a version to a stored secret. */
  addVersion(s: SecretRecord, v: SecretVersionRecord): void {
    s.versions.push(v);
    this.versions.set(v.id, v);
  }

  /** Stores a new operation. */
  addOperation(o: OperationRecord): void {
    this.operations.set(o.id, o);
    listFor(this.operationsByWorkspace, o.workspace).push(o);
  }

  /** Stores a new region. */
  addRegion(r: RegionRecord): void {
    this.regions.set(r.id, r);
    listFor(this.regionsByWorkspace, r.workspace).push(r);
  }
}

function listFor<T extends { seq: number }>(map: Map<string, SeqList<T>>, key: string): SeqList<T> {
  let list = map.get(key);
  if (!list) {
    list = new SeqList<T>();
    map.set(key, list);
  }
  return list;
}

function namesFor(map: Map<string, Map<string, string>>, workspace: string): Map<string, string> {
  let names = map.get(workspace);
  if (!names) {
    names = new Map();
    map.set(workspace, names);
  }
  return names;
}
