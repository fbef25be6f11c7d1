/**
 * `fake.operations.list(filter)` / `latest(filter)`: the fake's operations, as
 * `GET /operations/{id}` shows them, filtered, across workspaces, in creation
 * order. Internal to the fake server.
 */
import type { components } from "akua-sdk";
import type { OperationRecord } from "./records.js";
import { renderOperation } from "./render.js";
import type { Store } from "./store.js";

type Operation = components["schemas"]["Operation"];

/** Which operations `fake.operations.list()` / `latest()` return; every field given must match. */
export interface OperationFilter {
  /** The resource it acts on, e.g. a cluster id (`owner_id`). */
  ownerId?: string;
  /** The kind of resource it acts on (`owner_type`), e.g. `"cluster"`. */
  ownerType?: Operation["owner_type"];
  /** Its kind (`metadata.type`), e.g. `"cluster.create"`. */
  type?: Operation["metadata"]["type"];
  /** Its state, e.g. `"RUNNING"`. */
  state?: Operation["state"];
  /** The workspace it runs in. */
  workspace?: string;
}

/** Whether a record matches every field given. */
export function matches(op: OperationRecord, filter: OperationFilter): boolean {
  return (
    (filter.ownerId === undefined || op.ownerId === filter.ownerId) &&
    (filter.ownerType === undefined || op.ownerType === filter.ownerType) &&
    (filter.type === undefined || op.metadata.type === filter.type) &&
    (filter.state === undefined || op.state === filter.state) &&
    (filter.workspace === undefined || op.workspace === filter.workspace)
  );
}

/** Matching operations, oldest first. */
export function listOperations(store: Store, filter: OperationFilter = {}): Operation[] {
  return [...store.operations.values()]
    .filter((op) => matches(op, filter))
    .sort((a, b) => a.seq - b.seq)
    .map(renderOperation);
}

/** The most recently started matching operation, or undefined. */
export function latestOperation(store: Store, filter: OperationFilter = {}): Operation | undefined {
  let latest: OperationRecord | undefined;
  for (const op of store.operations.values()) {
    if (matches(op, filter) && (latest === undefined || op.seq > latest.seq)) latest = op;
  }
  return latest === undefined ? undefined : renderOperation(latest);
}
