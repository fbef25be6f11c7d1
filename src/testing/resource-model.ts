/**
 * The standard methods (AIP-131 Get, 132 List, 133 Create, 134 Update, 135
 * Delete) derived from the spec's paths and schemas, for the derived resource
 * engine (handlers/derived.ts). Pure: spec in, descriptions out.
 *
 * - A collection is a path ending in a literal segment (`/machines`,
 *   `/installs/{id}/renders`); its item path adds one `{param}`. Paths with a
 *   `:verb` are custom methods, never derived.
 * - List: `GET` on a collection answering a page (`data` + `next_cursor`).
 *   Create: `POST` on a collection. Get / Update / Delete: `GET` / `PATCH` /
 *   `DELETE` on an item path.
 * - The resource schema is the item `GET`'s 200 schema, else the list's item
 *   schema, else the create's 201 schema; collections sharing one schema
 *   (`/snippet_runs`, `/snippets/{id}/runs`) share their records.
 * - Parents are the `{param}`s of the collection path: each names an earlier
 *   collection whose resource must exist (404 otherwise), and the child's
 *   `<singular>_id` field (`install_id`) records it when the schema has one.
 * - The id prefix comes from the resource schema's example id (`mch_...`),
 *   else from the item path parameter's example.
 *
 * Internal to the fake server.
 */
import { exampleOf, nullable, properties, refName, resolve, types, type Schema } from "./schema-values.js";

/** A standard method. */
export type StandardMethod = "list" | "get" | "create" | "update" | "delete";

/** What the engine knows of one resource (one schema of the spec). */
export interface ResourceModel {
  /** The schema's name, e.g. `Machine`. */
  readonly name: string;
  readonly schema: Schema;
  /** The id prefix without the underscore, e.g. `mch`. */
  readonly prefix: string;
  /** Top-level property schemas (over every `oneOf` variant). */
  readonly fields: Readonly<Record<string, Schema>>;
  /** Whether the resource carries an `etag` (then writes check `if-match` and change it). */
  readonly etag: boolean;
  /** The timestamp field a delete sets instead of removing the resource (`deleted_at`, `archived_at`), if any. */
  readonly softDelete: string | undefined;
  /** The lifecycle field (`state`, else `status`) and its values, if it is an enum. */
  readonly state: { readonly field: string; readonly values: readonly string[] } | undefined;
  /** The first collection serving it: its path's last segment names dashboard links (`/machines/{id}`). */
  readonly segment: string;
}

/** A parent resource named in a collection path. */
export interface ParentRef {
  /** The path parameter holding its id. */
  readonly param: string;
  /** The parent's collection path, e.g. `/installs`. */
  readonly collection: string;
  /** The child's field recording the parent id (`install_id`), if the schema has one. */
  readonly field: string | undefined;
  /** The parent's resource schema when the engine derives it, else undefined (a hand-written parent: `/clusters`). */
  readonly resource: string | undefined;
}

/** How a standard method answers its declared success status. */
export type AnswerShape =
  | { readonly kind: "resource" }
  | { readonly kind: "empty" }
  /** An `Operation` (or a schema extending it, e.g. `MachineOperation`). */
  | { readonly kind: "operation"; readonly schema: Schema }
  /** Another object, filled from the resource's same-named fields (`{ snippet_id }`). */
  | { readonly kind: "other"; readonly schema: Schema };

/** One derived operation. */
export interface DerivedOperation {
  /** `METHOD /template`. */
  readonly operation: string;
  readonly method: StandardMethod;
  readonly resource: ResourceModel;
  /** The collection path, e.g. `/installs/{id}/renders`. */
  readonly collection: string;
  /** The field naming this resource's id in other objects (`snippet_id` for `/snippets`). */
  readonly idField: string;
  /** The item path parameter (get, update, delete). */
  readonly idParam: string | undefined;
  readonly parents: readonly ParentRef[];
  /** The success status declared (the lowest 2xx). */
  readonly status: number;
  readonly answer: AnswerShape;
  /** `Operation.owner_type` of an operation it starts, and the metadata/response `type` (`machine.create`). */
  readonly owner: { readonly type: string; readonly idField: string; readonly opType: string } | undefined;
  /** Query parameters that filter a list by the field of the same name (or `<name>_id`). */
  readonly filters: readonly { readonly param: string; readonly field: string }[];
}

const HTTP_METHODS = ["get", "post", "patch", "delete"] as const;

const derivedBySpec = new WeakMap<object, readonly DerivedOperation[]>();

/** Derives every standard method of the spec (once per spec object: later calls get a copy of the first result). */
export function deriveOperations(spec: { paths: Record<string, Record<string, unknown>> }): DerivedOperation[] {
  let known = derivedBySpec.get(spec);
  if (!known) derivedBySpec.set(spec, (known = derive(spec)));
  return [...known];
}

function derive(spec: { paths: Record<string, Record<string, unknown>> }): DerivedOperation[] {
  const root = spec;
  const paths = spec.paths;
  const resources = new Map<string, ResourceModel>();
  const collectionResource = new Map<string, ResourceModel>();
  const out: DerivedOperation[] = [];
  const ownerTypes = operationOwnerTypes(root);

  const collections = Object.keys(paths).filter((p) => isCollection(p));
  // Shortest first, so a parent collection's resource is known before its children's.
  collections.sort((a, b) => a.split("/").length - b.split("/").length);
  for (const collection of collections) {
    const itemPath = Object.keys(paths).find((p) => itemOf(p) === collection);
    const resourceSchemaRef = pickResourceSchema(root, paths[collection]!, itemPath ? paths[itemPath] : undefined);
    if (!resourceSchemaRef) continue;
    const name = refName(resourceSchemaRef)!;
    let resource = resources.get(name);
    if (!resource) {
      const schema = resolve(root, resourceSchemaRef)!;
      const prefix = idPrefix(root, schema, itemPath ? paths[itemPath] : undefined);
      if (!prefix) continue;
      resource = describeResource(root, name, schema, prefix, lastSegment(collection));
      resources.set(name, resource);
    }
    collectionResource.set(collection, resource);
    const parents = parentRefs(collection, resource, collectionResource);
    const owner = ownerOf(collection, parents, ownerTypes);
    const add = (template: string, httpMethod: string, method: StandardMethod, idParam: string | undefined) => {
      const op = paths[template]?.[httpMethod] as Record<string, unknown> | undefined;
      if (!op) return;
      if (method === "list" && !isPage(root, successSchema(root, op)?.schema)) return;
      const success = successSchema(root, op);
      if (!success) return;
      out.push({
        operation: `${httpMethod.toUpperCase()} ${template}`,
        method,
        resource: resource!,
        collection,
        idField: `${singular(lastSegment(collection))}_id`,
        idParam,
        parents,
        status: success.status,
        answer: answerShape(root, success.schema, name),
        owner:
          owner && (method === "create" || method === "delete")
            ? { ...owner, opType: `${owner.opType}.${method}` }
            : undefined,
        filters: method === "list" ? listFilters(root, op, resource!) : [],
      });
    };
    add(collection, "get", "list", undefined);
    add(collection, "post", "create", undefined);
    if (itemPath) {
      const idParam = lastSegment(itemPath).slice(1, -1);
      add(itemPath, "get", "get", idParam);
      add(itemPath, "patch", "update", idParam);
      add(itemPath, "delete", "delete", idParam);
    }
  }
  return out;
}

/** A path ending in a literal segment, with no custom `:verb`. */
function isCollection(path: string): boolean {
  const last = lastSegment(path);
  return !path.includes(":") && last.length > 0 && !last.startsWith("{");
}

/** `/machines/{id}` -> `/machines`; undefined unless the path is a collection plus one parameter. */
function itemOf(path: string): string | undefined {
  if (path.includes(":")) return undefined;
  const last = lastSegment(path);
  if (!/^\{[^}]+\}$/.test(last)) return undefined;
  return path.slice(0, path.length - last.length - 1);
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** `machines` -> `machine`, `preview_hostnames` -> `preview_hostname`, `snippet_runs` -> `snippet_run`. */
export function singular(segment: string): string {
  return segment.endsWith("s") ? segment.slice(0, -1) : segment;
}

function successSchema(root: unknown, op: Record<string, unknown>): { status: number; schema: unknown } | undefined {
  const responses = (op["responses"] ?? {}) as Record<string, unknown>;
  const status = Object.keys(responses)
    .filter((s) => /^2\d\d$/.test(s))
    .map(Number)
    .sort((a, b) => a - b)[0];
  if (status === undefined) return undefined;
  const response = resolve(root, responses[String(status)]);
  const content = response?.["content"] as Record<string, { schema?: unknown }> | undefined;
  const json = content?.["application/json"];
  if (content && !json) return undefined; // e.g. a stream: not a standard method
  return { status, schema: json?.schema };
}

function isPage(root: unknown, schema: unknown): boolean {
  const fields = properties(root, resolve(root, schema));
  return "data" in fields && "next_cursor" in fields;
}

function pickResourceSchema(
  root: unknown,
  collection: Record<string, unknown>,
  item: Record<string, unknown> | undefined,
): unknown {
  const get = item?.["get"] as Record<string, unknown> | undefined;
  const fromGet = get ? successSchema(root, get)?.schema : undefined;
  if (refName(fromGet)) return fromGet;
  const list = collection["get"] as Record<string, unknown> | undefined;
  const page = list ? successSchema(root, list)?.schema : undefined;
  if (isPage(root, page)) {
    const items = resolve(root, properties(root, resolve(root, page))["data"])?.["items"];
    if (refName(items)) return items;
  }
  const create = collection["post"] as Record<string, unknown> | undefined;
  const created = create ? successSchema(root, create) : undefined;
  if (created?.status === 201 && refName(created.schema)) {
    const fields = properties(root, resolve(root, created.schema));
    if ("id" in fields && !("owner_type" in fields)) return created.schema;
  }
  return undefined;
}

/** `mch` from the schema's example id, else from the item path parameter's example. */
function idPrefix(root: unknown, schema: Schema, item: Record<string, unknown> | undefined): string | undefined {
  const example = exampleOf(schema) as { id?: unknown } | undefined;
  const fromExample = typeof example?.id === "string" ? /^([a-z]+)_/.exec(example.id)?.[1] : undefined;
  if (fromExample) return fromExample;
  for (const op of Object.values(item ?? {})) {
    const params = (op as { parameters?: unknown[] } | undefined)?.parameters ?? [];
    for (const p of params) {
      const param = resolve(root, p);
      if (param?.["in"] !== "path") continue;
      const ex = param["example"];
      const match = typeof ex === "string" ? /^([a-z]+)_/.exec(ex) : null;
      if (match) return match[1];
    }
  }
  return undefined;
}

function describeResource(root: unknown, name: string, schema: Schema, prefix: string, segment: string): ResourceModel {
  const fields = properties(root, schema);
  const softDelete = ["deleted_at", "archived_at"].find((f) => f in fields);
  const stateField = ["state", "status"].find((f) => Array.isArray(fields[f]?.["enum"]));
  return {
    name,
    schema,
    prefix,
    fields,
    etag: "etag" in fields,
    softDelete,
    state: stateField
      ? {
          field: stateField,
          values: (fields[stateField]!["enum"] as unknown[]).filter((v): v is string => typeof v === "string"),
        }
      : undefined,
    segment,
  };
}

function parentRefs(
  collection: string,
  resource: ResourceModel,
  known: ReadonlyMap<string, ResourceModel>,
): ParentRef[] {
  const segments = collection.split("/").slice(1);
  const out: ParentRef[] = [];
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!seg.startsWith("{")) continue;
    const parentCollection = `/${segments.slice(0, i).join("/")}`;
    const field = `${singular(segments[i - 1]!)}_id`;
    out.push({
      param: seg.slice(1, -1),
      collection: parentCollection,
      field: field in resource.fields ? field : undefined,
      resource: known.get(parentCollection)?.name,
    });
  }
  return out;
}

function operationOwnerTypes(root: unknown): string[] {
  const op = resolve(root, { $ref: "#/components/schemas/Operation" });
  const ownerType = properties(root, op)["owner_type"];
  return Array.isArray(ownerType?.["enum"]) ? (ownerType["enum"] as string[]) : [];
}

/** The owner of operations a collection's writes start: its own kind if `owner_type` lists it, else its nearest listed parent. */
function ownerOf(
  collection: string,
  parents: readonly ParentRef[],
  ownerTypes: readonly string[],
): { type: string; idField: string; opType: string } | undefined {
  const own = singular(lastSegment(collection));
  const parent = [...parents]
    .reverse()
    .map((p) => singular(lastSegment(p.collection)))
    .find((t) => ownerTypes.includes(t));
  const type = ownerTypes.includes(own) ? own : parent;
  if (!type) return undefined;
  return { type, idField: `${own}_id`, opType: own };
}

function answerShape(root: unknown, schema: unknown, resourceName: string): AnswerShape {
  if (schema === undefined) return { kind: "empty" };
  if (refName(schema) === resourceName) return { kind: "resource" };
  const resolved = resolve(root, schema)!;
  const fields = properties(root, resolved);
  if ("owner_type" in fields && "metadata" in fields && "done" in fields)
    return { kind: "operation", schema: resolved };
  return { kind: "other", schema: resolved };
}

function listFilters(
  root: unknown,
  op: Record<string, unknown>,
  resource: ResourceModel,
): { param: string; field: string }[] {
  const out: { param: string; field: string }[] = [];
  for (const p of (op["parameters"] as unknown[] | undefined) ?? []) {
    const param = resolve(root, p);
    const name = param?.["name"];
    if (param?.["in"] !== "query" || typeof name !== "string" || ["cursor", "limit", "view"].includes(name)) continue;
    const field = [name, `${name}_id`].find((f) => {
      const s = resource.fields[f];
      return s !== undefined && types(s).some((t) => t === "string" || t === "boolean" || t === "integer");
    });
    if (field) out.push({ param: name, field });
  }
  return out;
}

/** Whether a field of the resource may be left out of a stored object (neither required nor needed). */
export function optionalField(resource: ResourceModel, field: string): boolean {
  const required = resource.schema["required"];
  return !(Array.isArray(required) && required.includes(field));
}

/** Whether the field takes `null`. */
export function nullableField(resource: ResourceModel, field: string): boolean {
  const s = resource.fields[field];
  return s !== undefined && nullable(s);
}
