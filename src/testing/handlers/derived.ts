/**
 * The derived resource engine: one handler factory for every standard
 * method the spec describes (resource-model.ts), instead of a file per
 * resource. Records live in `store.resources` (resource-table.ts) as their
 * wire objects.
 *
 * - Create builds the object from the schema's example (else a minimal valid
 *   value), puts in the request body's fields the resource also has (by name,
 *   when their JSON type fits), then the server's fields: id with the
 *   resource's prefix, `workspace_id`, `created_at` / `updated_at`, `etag`,
 *   `html_url`, the parent ids, the soft-delete stamp cleared, and the initial
 *   state (the schema's `default`, else a pending-like value, else the first).
 *   It answers what the operation declares: the resource, no body, another
 *   object filled from the resource's fields (`{ snippet_id }`), or an
 *   Operation that completes on the fake's clock (operations-engine.ts),
 *   moving the state to a ready-like value, with `metadata` and `response`
 *   of the spec's variant for `<kind>.create`.
 * - Get and List read the records (404 outside the workspace or the parent;
 *   lists page by cursor and filter by the query parameters naming a field).
 * - Update replaces the top-level fields named in the body.
 * - Delete soft-deletes (stamps `deleted_at` / `archived_at`) where the schema
 *   has such a field, answers the deleted resource where the spec says 200,
 *   runs an Operation where it says 202 (state `deleted` kept, else removed
 *   on success), else removes it.
 * - Writes check `if-match` when the resource has an `etag` (409 ABORTED with
 *   `current_etag` on a stale one) and change the etag.
 * - Per resource, the prose rules of resource-rules.ts run around these
 *   methods (references, side effects, refusals, orders, views), and may
 *   replace a create's Operation effects or follow a delete's (the install
 *   lifecycle: install-lifecycle.ts).
 *
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler, HandlerContext, Reply } from "../context.js";
import type { OperationRecord } from "../records.js";
import { notFound } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import { DASHBOARD_URL, renderOperation, seconds } from "../render.js";
import type { DerivedOperation, ResourceModel } from "../resource-model.js";
import type { ResourceRecord } from "../resource-table.js";
import { exampleOf, fits, minimalValue, nullable, properties, resolve, type Schema } from "../schema-values.js";
import { spec } from "../spec.js";
import { pageQuery } from "./clusters.js";
import { findCluster, findSecret } from "./lookup.js";
import { rulesOf, view } from "./resource-rules.js";

type Schemas = components["schemas"];

/** Fields only the server sets: a body never overwrites them. */
const SERVER_FIELDS = new Set(["id", "workspace_id", "created_at", "updated_at", "etag", "html_url"]);
const PENDING = /^(pending|provisioning|creating|awaiting_changes|running|in_progress)$/i;
const READY = /^(active|ready|healthy|deployed|succeeded|completed|in_sync)$/i;
const DELETING = /^(deleting|releasing)$/i;

/** What a create's or delete's Operation does besides its own step (see `startOperation`). */
export interface OperationEffects {
  /** Step names (default: the operation's type, one step). */
  steps?: readonly [string, ...string[]];
  /** When each step completes, ms after the start (default: `[provisioning.startMs]`). */
  timeline?: readonly number[];
  onStep?: (index: number, now: number) => void;
  onSuccess: (now: number) => void;
  onStop: (now: number, outcome: "FAILED" | "CANCELLED", message: string) => void;
  /** Called once the operation exists (its id known), before the answer is written. */
  started?: (operation: OperationRecord) => void;
}

/** The handler of one derived operation. */
export function derivedHandler(op: DerivedOperation): Handler {
  switch (op.method) {
    case "list":
      return (ctx) => list(ctx, op);
    case "get":
      return (ctx) => resourceReply(op.resource, 200, find(ctx, op), view(ctx, op));
    case "create":
      return (ctx) => create(ctx, op);
    case "update":
      return (ctx) => update(ctx, op);
    case "delete":
      return (ctx) => remove(ctx, op);
  }
}

function list(ctx: HandlerContext, op: DerivedOperation): Reply {
  const parentId = checkParents(ctx, op);
  const name = op.resource.name;
  const items =
    parentId === undefined
      ? ctx.store.resources.list(name, { workspace: ctx.workspace })
      : ctx.store.resources.list(name, { parent: parentId });
  const filters = op.filters.filter((f) => ctx.query[f.param] !== undefined);
  const segment = op.collection.slice(op.collection.lastIndexOf("/") + 1);
  const rules = rulesOf(name);
  const page = readPage(items, {
    list: parentId === undefined ? segment : `${segment}/${parentId}`,
    ...pageQuery(ctx),
    order: rules.newestFirst?.(ctx) ? "desc" : "asc",
    filter: filters.length === 0 ? undefined : (r) => filters.every((f) => r.value[f.field] === ctx.query[f.param]),
  });
  const shown = view(ctx, op);
  return { status: 200, body: renderPage(page, (r) => shown(structuredClone(r.value))) };
}

function create(ctx: HandlerContext, op: DerivedOperation): Reply {
  checkParents(ctx, op);
  const parents: Record<string, string> = {};
  for (const parent of op.parents) parents[parent.collection] = ctx.params[parent.param]!;
  const rules = rulesOf(op.resource.name);
  const fields = rules.beforeCreate?.(ctx);
  const record = buildResource(ctx, op, ctx.workspace, parents, ctx.body);
  Object.assign(record.value, fields);
  ctx.store.resources.add(record);
  const facts = rules.afterCreate?.(ctx, record);
  const model = op.resource;
  if (op.answer.kind === "operation") {
    const ready = model.state?.values.find((v) => READY.test(v));
    const effects = rules.createOperation?.(ctx, record) ?? {
      onSuccess: () => {
        if (ready && model.state) setState(ctx, model, record, ready);
      },
      onStop: () => undefined,
    };
    return startOperation(ctx, op, record, facts, effects);
  }
  return answer(ctx, op, record);
}

/** The object a new resource starts from: a fresh copy of the schema's example, else a minimal valid value. */
export function resourceBase(model: ResourceModel): Record<string, unknown> {
  return (exampleOf(model.schema) ?? minimalValue(spec, model.schema)) as Record<string, unknown>;
}

/**
 * A new record of `op`'s resource (not yet stored), as a create builds it: a
 * shallow copy of `base` (see `resourceBase`; seeding shares one base's nested
 * objects between records, which is safe as writes replace top-level fields
 * and never mutate nested ones), the fields of `body` the resource has, then
 * the server's fields. Used by create and by `fake.seed`.
 */
export function buildResource(
  ctx: Pick<HandlerContext, "store" | "now">,
  op: Pick<DerivedOperation, "resource" | "parents">,
  workspace: string,
  parents: Readonly<Record<string, string>>,
  body: unknown,
  base: Readonly<Record<string, unknown>> = resourceBase(op.resource),
): ResourceRecord {
  const model = op.resource;
  const id = ctx.store.ids.next(model.prefix);
  const value: Record<string, unknown> = { ...base };
  overlay(model, value, body);
  for (const parent of op.parents) {
    if (parent.field && parents[parent.collection] !== undefined) value[parent.field] = parents[parent.collection];
  }
  const has = (field: string) => field in model.fields;
  value["id"] = id;
  if (has("workspace_id")) value["workspace_id"] = workspace;
  if (has("html_url")) value["html_url"] = `${DASHBOARD_URL}/${model.segment}/${id}`;
  if (has("created_at")) value["created_at"] = seconds(ctx.now);
  if (has("updated_at")) value["updated_at"] = seconds(ctx.now);
  if (model.etag) value["etag"] = ctx.store.etags.next();
  if (model.softDelete) clearField(model, value, model.softDelete);
  if (model.state) value[model.state.field] = initialState(model);
  return { seq: ctx.store.nextSeq(), id, workspace, resource: model.name, parents: { ...parents }, value };
}

function update(ctx: HandlerContext, op: DerivedOperation): Reply {
  const record = find(ctx, op);
  const model = op.resource;
  if (model.etag) checkIfMatch(ctx.headers["if-match"], String(record.value["etag"]), kindOf(model));
  overlay(model, record.value, ctx.body);
  touch(ctx, model, record);
  return answer(ctx, op, record);
}

function remove(ctx: HandlerContext, op: DerivedOperation): Reply {
  const record = find(ctx, op);
  const model = op.resource;
  if (model.etag) checkIfMatch(ctx.headers["if-match"], String(record.value["etag"]), kindOf(model));
  const rules = rulesOf(model.name);
  rules.beforeDelete?.(ctx, record);
  if (op.answer.kind === "operation") {
    const state = model.state;
    const before = state ? record.value[state.field] : undefined;
    const deleting = state?.values.find((v) => DELETING.test(v));
    if (state && deleting) setState(ctx, model, record, deleting);
    return startOperation(ctx, op, record, undefined, {
      onSuccess: () => {
        if (state?.values.includes("deleted")) {
          setState(ctx, model, record, "deleted");
          rules.deleted?.(ctx, record);
        } else ctx.store.resources.remove(record);
      },
      onStop: () => {
        if (state && before !== undefined) setState(ctx, model, record, before as string);
      },
    });
  }
  if (op.answer.kind === "resource") {
    ctx.store.resources.remove(record);
    return resourceReply(model, op.status, record);
  }
  if (model.softDelete) {
    if (record.value[model.softDelete] == null) {
      record.value[model.softDelete] = seconds(ctx.now);
      touch(ctx, model, record);
    }
  } else {
    ctx.store.resources.remove(record);
    rules.afterDelete?.(ctx, record);
  }
  return answer(ctx, op, record);
}

/** The declared answer of a write that starts no operation. */
function answer(ctx: HandlerContext, op: DerivedOperation, record: ResourceRecord): Reply {
  switch (op.answer.kind) {
    case "resource":
      return resourceReply(op.resource, op.status, record);
    case "empty":
      return { status: op.status };
    case "other":
      return { status: op.status, body: fill(op.answer.schema, known(op, record)) };
    case "operation":
      throw new Error(`${op.operation}: an Operation answer needs startOperation`);
  }
}

function resourceReply(
  model: ResourceModel,
  status: number,
  record: ResourceRecord,
  shown: (value: Record<string, unknown>) => Record<string, unknown> = (v) => v,
): Reply {
  const headers: Record<string, string> = {};
  if (model.etag && typeof record.value["etag"] === "string") headers["etag"] = etagHeader(record.value["etag"]);
  return { status, body: shown(structuredClone(record.value)), headers };
}

/** Starts the operation of a 202 write, typed `<kind>.create` / `<kind>.delete` as the spec's variants say. */
function startOperation(
  ctx: HandlerContext,
  op: DerivedOperation,
  record: ResourceRecord,
  extraFacts: Readonly<Record<string, unknown>> | void,
  effects: OperationEffects,
): Reply {
  const owner = op.owner;
  if (!owner || op.answer.kind !== "operation") throw new Error(`${op.operation}: no operation owner in the spec`);
  const facts = {
    ...known(op, record),
    ...extraFacts,
    workspace_id: ctx.workspace,
    idempotency_key: ctx.headers["idempotency-key"],
  };
  const ownerId =
    owner.type === owner.opType.split(".")[0] ? record.id : (Object.values(record.parents).at(-1) ?? record.id);
  const started = ctx.engine.start({
    workspace: ctx.workspace,
    ownerType: owner.type as Schemas["Operation"]["owner_type"],
    ownerId,
    metadata: fill(variant("OperationMetadata", owner.opType), facts) as Schemas["OperationMetadata"],
    steps: effects.steps ?? [owner.opType],
    timeline: effects.timeline ?? [ctx.provisioning.startMs],
    onStep: effects.onStep,
    onSuccess: (now) => {
      effects.onSuccess(now);
      return fill(variant("OperationResponse", owner.opType), facts) as Schemas["OperationResponse"];
    },
    onStop: effects.onStop,
  });
  effects.started?.(started);
  const body: Record<string, unknown> = { ...renderOperation(started) };
  if ("operation_id" in properties(spec, op.answer.schema)) body["operation_id"] = started.id;
  return { status: op.status, body, headers: { etag: etagHeader(started.etag) } };
}

/** What is known to fill an answer, metadata or result: the resource's fields and `<kind>_id`. */
function known(op: DerivedOperation, record: ResourceRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record.value, [op.idField]: record.id };
  if (op.owner) out[op.owner.idField] = record.id;
  for (const parent of op.parents) if (parent.field) out[parent.field] = record.parents[parent.collection];
  return out;
}

/** The `oneOf` / `anyOf` variant of `OperationMetadata` or `OperationResponse` whose `type` is `type`. */
function variant(schemaName: string, type: string): Schema {
  const schema = resolve(spec, { $ref: `#/components/schemas/${schemaName}` });
  const list = [...((schema?.["oneOf"] as unknown[]) ?? []), ...((schema?.["anyOf"] as unknown[]) ?? [])];
  for (const item of list) {
    const v = resolve(spec, item);
    const t = properties(spec, v)["type"];
    if (v && Array.isArray(t?.["enum"]) && t["enum"].includes(type)) return v;
  }
  throw new Error(`${schemaName} has no variant of type ${type}`);
}

/** The `type` variant of `OperationMetadata` or `OperationResponse`, filled from `facts` (see `fill`). */
export function operationVariant(
  schemaName: "OperationMetadata" | "OperationResponse",
  type: string,
  facts: Record<string, unknown>,
): Record<string, unknown> {
  return fill(variant(schemaName, type), facts);
}

/** A minimal valid object of `schema`, with every property `facts` knows (whose JSON type fits) filled in. */
function fill(schema: Schema, facts: Record<string, unknown>): Record<string, unknown> {
  const out = minimalValue(spec, schema) as Record<string, unknown>;
  const props = properties(spec, schema);
  for (const [name, prop] of Object.entries(props)) {
    const value = facts[name];
    if (value !== undefined && fits(spec, prop, value)) out[name] = structuredClone(value);
  }
  const type = props["type"];
  if (Array.isArray(type?.["enum"]) && type["enum"].length === 1) out["type"] = type["enum"][0];
  return out;
}

/** Puts the body's fields the resource has (and fit their type) into `value`; server fields are never taken. */
function overlay(model: ResourceModel, value: Record<string, unknown>, body: unknown): void {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return;
  for (const [name, field] of Object.entries(body as Record<string, unknown>)) {
    const schema = model.fields[name];
    if (!schema || SERVER_FIELDS.has(name) || name === model.softDelete || name === model.state?.field) continue;
    if (fits(spec, schema, field)) value[name] = structuredClone(field);
  }
}

function clearField(model: ResourceModel, value: Record<string, unknown>, field: string): void {
  const schema = model.fields[field];
  const required = Array.isArray(model.schema["required"]) && model.schema["required"].includes(field);
  if (schema && nullable(schema)) value[field] = null;
  else if (!required) delete value[field];
}

function initialState(model: ResourceModel): string {
  const state = model.state!;
  const schema = model.fields[state.field]!;
  if (typeof schema["default"] === "string") return schema["default"];
  return state.values.find((v) => PENDING.test(v)) ?? state.values[0]!;
}

function setState(ctx: HandlerContext, model: ResourceModel, record: ResourceRecord, state: string): void {
  record.value[model.state!.field] = state;
  touch(ctx, model, record);
}

/** Marks a write: `updated_at` on the fake's clock (now), a new etag. */
export function touch(
  ctx: Pick<HandlerContext, "store" | "clock">,
  model: ResourceModel,
  record: ResourceRecord,
): void {
  if ("updated_at" in model.fields) record.value["updated_at"] = seconds(ctx.clock.now());
  if (model.etag) record.value["etag"] = ctx.store.etags.next();
}

/** Checks that every parent in the path exists in the caller's workspace (404); returns the innermost parent's id. */
function checkParents(ctx: HandlerContext, op: DerivedOperation): string | undefined {
  let last: string | undefined;
  for (const parent of op.parents) {
    const id = ctx.params[parent.param]!;
    if (parent.collection === "/clusters") findCluster(ctx, id);
    else if (parent.collection === "/secrets") findSecret(ctx, id);
    else {
      const record = ctx.store.resources.get(id);
      if (!record || record.resource !== parent.resource || record.workspace !== ctx.workspace) {
        throw notFound(parent.resource ?? "Resource", id);
      }
    }
    last = id;
  }
  return last;
}

/** The record the item path names, in the caller's workspace and under the path's parents, or 404. */
function find(ctx: HandlerContext, op: DerivedOperation): ResourceRecord {
  checkParents(ctx, op);
  const id = ctx.params[op.idParam!]!;
  const record = ctx.store.resources.get(id);
  const underParents = op.parents.every((p) => record?.parents[p.collection] === ctx.params[p.param]);
  if (!record || record.resource !== op.resource.name || record.workspace !== ctx.workspace || !underParents) {
    throw notFound(op.resource.name, id);
  }
  return record;
}

function kindOf(model: ResourceModel): string {
  return model.name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
