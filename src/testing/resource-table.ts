/**
 * The records of the derived resource engine (handlers/derived.ts): every
 * resource the spec's standard methods create, by id, and per workspace and
 * per parent in creation order (collection.ts), so lists page by cursor and
 * a nested list (`/installs/{id}/renders`) reads only its parent's records.
 * The stored `value` is the wire object itself (already valid against the
 * resource's schema). Internal to the fake server.
 */
import { SeqList } from "./collection.js";

/** One resource of the derived engine. */
export interface ResourceRecord {
  readonly seq: number;
  readonly id: string;
  readonly workspace: string;
  /** The resource schema's name, e.g. `Machine`. */
  readonly resource: string;
  /** Parent ids by parent collection path (`/installs` -> `inst_...`). */
  readonly parents: Readonly<Record<string, string>>;
  /** The wire object. */
  value: Record<string, unknown>;
}

/** Derived resources of one fake. */
export class ResourceTable {
  private readonly byId = new Map<string, ResourceRecord>();
  private readonly lists = new Map<string, SeqList<ResourceRecord>>();

  /** Stores a new record. */
  add(record: ResourceRecord): void {
    this.byId.set(record.id, record);
    for (const key of listKeys(record)) {
      let list = this.lists.get(key);
      if (!list) this.lists.set(key, (list = new SeqList()));
      list.push(record);
    }
  }

  /** The record `id`, if stored. */
  get(id: string): ResourceRecord | undefined {
    return this.byId.get(id);
  }

  /** Removes a record for good. */
  remove(record: ResourceRecord): void {
    this.byId.delete(record.id);
    for (const key of listKeys(record)) this.lists.get(key)?.remove(record.seq);
  }

  /** The records of `resource` in a workspace, or under one parent, oldest first. */
  list(resource: string, scope: { workspace: string } | { parent: string }): readonly ResourceRecord[] {
    const key = "workspace" in scope ? `${resource}|ws|${scope.workspace}` : `${resource}|parent|${scope.parent}`;
    return this.lists.get(key)?.items ?? [];
  }

  /** How many records of `resource` a workspace holds. */
  count(resource: string, workspace: string): number {
    return this.list(resource, { workspace }).length;
  }

  /** Forgets everything. */
  clear(): void {
    this.byId.clear();
    this.lists.clear();
  }
}

function listKeys(record: ResourceRecord): string[] {
  return [
    `${record.resource}|ws|${record.workspace}`,
    ...Object.values(record.parents).map((id) => `${record.resource}|parent|${id}`),
  ];
}
