/**
 * A walk over the whole spec: for every operation, a valid request built from
 * the spec (path ids from resources the walk created earlier, required query
 * parameters and bodies from the spec's examples), sent through the SDK's
 * client (`fake.client()`) to the fake. It fails on any 5xx (a 501 included:
 * every operation is modelled), any contract violation, any operation the fake
 * does not route, and any operation of the derived engine (or a listed
 * hand-written one) that does not answer 2xx.
 * A second pass sends each create that takes an idempotency key twice with one
 * key and checks the second answer is the first, replayed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationFacts } from "../../generated/facts.js";
import { derivedOperations, derivedResources, handlers } from "../../src/testing/handlers/index.js";
import { createTestClock, startFakeAkua, type FakeAkua } from "../../src/testing/index.js";
import { deriveOperations } from "../../src/testing/resource-model.js";
import { resolve } from "../../src/testing/schema-values.js";
import { spec } from "../../src/testing/spec.js";

/** Hand-written operations the walk's requests must succeed on (their 404/409 cases are tested elsewhere). */
const HAND_WRITTEN_2XX = [
  "POST /installs/{id}/renders",
  "POST /installs/{id}:update",
  "POST /installs/{id}:restore",
  "PATCH /installs/{id}/automatic_updates",
  "GET /installs/{id}/logs",
  "POST /packages:import",
  "GET /packages/{id}/versions/{version_id}/inputs",
  "GET /packages/artifacthub/{package_id}/versions/{version}/values_schema",
  "POST /installs/{id}/preview_hostnames:bindPinned",
  "POST /installs/{id}/preview_hostnames:bindFloating",
  "GET /snippets:usage",
  "GET /snippets/{id}:usage",
  "POST /snippets:execute",
  "POST /snippets/{id}:execute",
];

type Method = "GET" | "POST" | "PATCH" | "DELETE";
interface Sent {
  operation: string;
  status: number;
  body: unknown;
  replayed: string | null;
}

let fake: FakeAkua;
beforeAll(async () => {
  // An auto-advancing clock: `:wait` on a running operation answers at its timeout without real waiting.
  fake = await startFakeAkua({ clock: createTestClock({ autoAdvance: true }), provisioning: { autoComplete: false } });
});
afterAll(() => fake.close());

const operations = Object.keys(operationFacts);
const paths = spec.paths as Record<string, Record<string, Record<string, unknown>>>;

function split(operation: string): [Method, string] {
  const space = operation.indexOf(" ");
  return [operation.slice(0, space) as Method, operation.slice(space + 1)];
}

function opObject(operation: string): Record<string, unknown> {
  const [method, template] = split(operation);
  return paths[template]![method.toLowerCase()]!;
}

/** A collection path: ends in a literal segment, no `:verb`. */
function isCollection(template: string): boolean {
  const last = template.slice(template.lastIndexOf("/") + 1);
  return !template.includes(":") && !last.startsWith("{");
}

/** The collection a create adds to: a POST on a collection, or its `:import` (`POST /packages:import`). */
function createdCollection(operation: string): string | undefined {
  const [method, template] = split(operation);
  if (method !== "POST") return undefined;
  if (isCollection(template)) return template;
  return template.endsWith(":import") ? template.slice(0, -":import".length) : undefined;
}

/** The top-level fields of an operation's example body that name another resource (`package_id`). */
function bodyReferences(operation: string): string[] {
  const body = exampleBody(operation);
  return body && typeof body === "object" ? Object.keys(body).filter((k) => k.endsWith("_id")) : [];
}

/**
 * Creates first (parents before children; a create whose body names other
 * resources after those at its depth), then reads and updates, custom methods
 * (and a render's create, which needs the deployed install), and deletes
 * (children first).
 */
function phase(operation: string): number {
  const [method, template] = split(operation);
  // A render needs a deployed install (during the creation it is a 409, as `:update` is): with the custom methods.
  if (operation === "POST /installs/{id}/renders") return 100;
  const depth = template.split("/").length;
  const created = createdCollection(operation);
  if (created) return created.split("/").length + (bodyReferences(operation).length > 0 ? 0.5 : 0);
  if (method === "DELETE") return 300 - depth;
  if (template.includes(":")) return 100;
  return 50;
}

function parameters(operation: string): Record<string, unknown>[] {
  const list = (opObject(operation)["parameters"] as unknown[] | undefined) ?? [];
  return list.map((p) => resolve(spec, p)!);
}

function exampleOfParam(param: Record<string, unknown>): unknown {
  if ("example" in param) return param["example"];
  const schema = resolve(spec, param["schema"]);
  return schema?.["example"] ?? schema?.["default"] ?? (schema?.["enum"] as unknown[] | undefined)?.[0];
}

/** The id for each `{param}`: the resource the walk created in the collection before it, else the parameter's example. */
function pathParams(operation: string, ids: Map<string, string>): Record<string, unknown> {
  const [, template] = split(operation);
  const out: Record<string, unknown> = {};
  const params = parameters(operation).filter((p) => p["in"] === "path");
  for (const match of template.matchAll(/\{([^}]+)\}/g)) {
    const collection = template.slice(0, match.index! - 1);
    const param = params.find((p) => p["name"] === match[1]);
    out[match[1]!] = ids.get(collection) ?? (param ? exampleOfParam(param) : "x_1");
  }
  return out;
}

/** Bodies the spec's examples cannot give (ids of this run's resources), by operation: see `prepareLifecycle`. */
const bodies = new Map<string, unknown>();

function exampleBody(operation: string): unknown {
  const media = (opObject(operation)["requestBody"] as { content?: Record<string, { schema?: unknown }> } | undefined)
    ?.content?.["application/json"];
  return media ? structuredClone(resolve(spec, media.schema)?.["example"] ?? {}) : undefined;
}

/** The collection the walk knows whose resources a body field names: `render_id` -> `/installs/{id}/renders`. */
function referencedCollection(field: string, ids: Map<string, string>): string | undefined {
  const words = field.replace(/_id$/, "").split("_");
  for (let i = 0; i < words.length; i++) {
    const base = words.slice(i).join("_");
    const plurals = [`${base}s`, base.replace(/y$/, "ies")];
    const found = [...ids.keys()].find((c) => plurals.includes(c.slice(c.lastIndexOf("/") + 1)));
    if (found) return found;
  }
  return undefined;
}

/**
 * The example body, its references replaced by the resources the walk made
 * (the fake checks them), and an install's version pin made `latest` (the
 * example pins a semver the walk's package does not have).
 */
function requestBody(operation: string, ids: Map<string, string>): unknown {
  if (bodies.has(operation)) return structuredClone(bodies.get(operation));
  const body = exampleBody(operation);
  if (!body || typeof body !== "object") return body;
  const fields = body as Record<string, unknown>;
  for (const field of bodyReferences(operation)) {
    const collection = referencedCollection(field, ids);
    if (collection) fields[field] = ids.get(collection);
  }
  if ("package_version_pin" in fields) fields["package_version_pin"] = { kind: "latest" };
  return fields;
}

function requestInit(operation: string, ids: Map<string, string>, key?: string): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const header: Record<string, unknown> = {};
  for (const p of parameters(operation)) {
    if (p["in"] === "query" && p["required"] === true) query[p["name"] as string] = exampleOfParam(p);
    if (p["in"] === "header" && p["name"] === "if-match") header["if-match"] = "*";
  }
  if (key !== undefined) header["idempotency-key"] = key;
  const init: Record<string, unknown> = { params: { path: pathParams(operation, ids), query, header } };
  const body = requestBody(operation, ids);
  if (body !== undefined) init["body"] = body;
  if (operation === "GET /installs/{id}/logs") {
    // An event stream, read whole: the lines so far and `end` (a follow would wait for the lifecycle).
    init["parseAs"] = "text";
    query["follow"] = false;
  }
  return init;
}

async function send(operation: string, ids: Map<string, string>, key?: string): Promise<Sent> {
  const [method, template] = split(operation);
  const akua = fake.client({ maxRetries: 0 }) as unknown as Record<
    Method,
    (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>
  >;
  const result = await akua[method](template, requestInit(operation, ids, key));
  return {
    operation,
    status: result.response.status,
    body: result.data ?? result.error,
    replayed: result.response.headers.get("idempotent-replayed"),
  };
}

/** The id a create answered: the resource's, an Operation's owner, `{ <kind>_id }`, or the newest listed. */
async function createdId(sent: Sent, template: string, ids: Map<string, string>): Promise<string | undefined> {
  const body = sent.body as Record<string, unknown> | undefined;
  if (body && typeof body === "object") {
    if ("owner_type" in body && typeof body["owner_id"] === "string") return body["owner_id"];
    if (typeof body["id"] === "string") return body["id"];
    const idField = Object.entries(body).find(([k, v]) => k.endsWith("_id") && typeof v === "string");
    if (idField) return idField[1] as string;
  }
  const listOp = `GET ${template}`;
  if (!operationFacts[listOp as keyof typeof operationFacts]) return undefined;
  const page = (await send(listOp, ids)).body as { data?: { id?: string }[] } | undefined;
  return page?.data?.at(-1)?.id;
}

/** Collections sharing one resource schema (`/snippet_runs`, `/snippets/{id}/runs`). */
const siblings = new Map<string, string[]>();
const derived = deriveOperations(spec);
for (const op of derived) {
  const same = derived.filter((o) => o.resource.name === op.resource.name).map((o) => o.collection);
  siblings.set(op.collection, [...new Set(same)]);
}

/** Records a created id for its collection and every other collection of the same resource not yet known. */
function remember(ids: Map<string, string>, collection: string, id: string): void {
  ids.set(collection, id);
  for (const other of siblings.get(collection) ?? []) if (!ids.has(other)) ids.set(other, id);
}

/** The install lifecycle's calls (a render's create too): sent to the install the walk created, once it is deployed. */
const LIFECYCLE = [
  "POST /installs/{id}/renders",
  "POST /installs/{id}:update",
  "POST /installs/{id}:restore",
  "PATCH /installs/{id}/automatic_updates",
  "GET /installs/{id}/logs",
];

/**
 * Deploys the install the walk created (completes its create Operation) and gives
 * the lifecycle calls their bodies: `:update` a new version of the install's
 * package (seeded), `:restore` the deployed render. Returns the walk's ids with
 * `/installs` naming that install (by then the walk's `/installs` may name a
 * seeded one whose version no package holds).
 */
async function prepareLifecycle(ids: Map<string, string>): Promise<Map<string, string>> {
  const created = fake.operations.latest({ type: "install.create" })!;
  fake.operations.complete(created.id);
  const lifecycleIds = new Map(ids).set("/installs", created.owner_id);
  const install = fake.state.install(created.owner_id)!;
  const packageId = fake.state.packageVersion(install.package_version_id)!.package_id;
  const [version] = fake.seed.resources("PackageVersion", 1, { parent: packageId, fields: { semver: "1.5.0" } });
  bodies.set("POST /installs/{id}:update", { package_version_id: version });
  const renders = (await send("GET /installs/{id}/renders", lifecycleIds)).body as {
    data: { id: string; state: string }[];
  };
  bodies.set("POST /installs/{id}:restore", { render_id: renders.data.find((r) => r.state === "deployed")!.id });
  return lifecycleIds;
}

/**
 * Resources no operation creates (repositories, preview hostnames, suspension
 * events: the API makes them itself) come from `fake.seed.resources`: the
 * top-level ones first (a change request names its parent repository), those
 * under a parent once the walk created the parents; every collection serving
 * them gets the id.
 */
function seedUncreatable(ids: Map<string, string>, nested: boolean): void {
  for (const [schema, op] of derivedResources) {
    if (op.method === "create" || op.parents.length > 0 !== nested) continue;
    const parent = op.parents.at(-1);
    const [id] = fake.seed.resources(schema, 1, parent ? { parent: ids.get(parent.collection)! } : {});
    remember(ids, op.collection, id!);
  }
}

describe("a walk over the whole spec", () => {
  const sent: Sent[] = [];
  const ids = new Map<string, string>();

  it("sends a valid request for every operation, in create -> read -> custom -> delete order", async () => {
    const ordered = [...operations].sort((a, b) => phase(a) - phase(b) || a.localeCompare(b));
    seedUncreatable(ids, false);
    let seeded = false;
    let lifecycleIds = ids;
    for (const operation of ordered) {
      const [method] = split(operation);
      if (!seeded && phase(operation) >= 50) {
        seeded = true;
        seedUncreatable(ids, true);
        lifecycleIds = await prepareLifecycle(ids);
      }
      const answer = await send(operation, LIFECYCLE.includes(operation) ? lifecycleIds : ids);
      sent.push(answer);
      const created = createdCollection(operation);
      if (created && answer.status < 300) {
        const id = await createdId(answer, created, ids);
        if (id !== undefined) remember(ids, created, id);
      }
      // A client waits for a delete to finish before deleting what it used (a package its install ran).
      const body = answer.body as { id?: string; owner_type?: string; done?: boolean } | undefined;
      if (method === "DELETE" && answer.status === 202 && body?.owner_type && body.done === false) {
        fake.operations.complete(body.id!);
      }
    }
    expect(sent).toHaveLength(111);
  });

  it("routes every operation, answers no 5xx (no 501 either), and records no violation", () => {
    const unrouted = fake.requests.filter((r) => r.operation === null).map((r) => `${r.method} ${r.path}`);
    expect(unrouted).toEqual([]);
    const fiveHundreds = sent.filter((s) => s.status >= 500);
    expect(fiveHundreds.map((s) => `${s.operation} -> ${s.status}`)).toEqual([]);
    expect(operations.filter((op) => !handlers[op])).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("reads the install log stream to its end", () => {
    const logs = sent.find((s) => s.operation === "GET /installs/{id}/logs")!.body as string;
    expect(logs).toMatch(/^event: message\ndata: \{"content":/);
    expect(logs.endsWith("event: end\ndata: {}\n\n")).toBe(true);
  });

  it("answers 2xx to every operation of the derived engine, and to the listed hand-written ones", () => {
    const failed = sent
      .filter((s) => derivedOperations.includes(s.operation) && s.status >= 300)
      .map((s) => `${s.operation} -> ${s.status}: ${JSON.stringify(s.body)}`);
    expect(failed).toEqual([]);
    expect(derivedOperations.length).toBeGreaterThan(0);
    const handWritten = sent
      .filter((s) => HAND_WRITTEN_2XX.includes(s.operation) && s.status >= 300)
      .map((s) => `${s.operation} -> ${s.status}: ${JSON.stringify(s.body)}`);
    expect(handWritten).toEqual([]);
  });

  it("lets an injected fault hit every operation (a status fault answers instead of the handler)", async () => {
    const missed: string[] = [];
    for (const operation of operations) {
      const [method, template] = split(operation);
      const fault = fake.inject({ method, path: template, fault: "status", status: 503, retryAfter: 1 });
      const answer = await send(operation, ids);
      fault.remove();
      if (answer.status !== 503 || fault.hits !== 1)
        missed.push(`${operation} -> ${answer.status}, ${fault.hits} hit(s)`);
    }
    expect(missed).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("replays each create sent twice with one idempotency key", async () => {
    const creates = operations.filter((op) => {
      const [method, template] = split(op);
      return (
        method === "POST" &&
        isCollection(template) &&
        operationFacts[op as keyof typeof operationFacts]?.idempotencyKey === true
      );
    });
    const replays: string[] = [];
    for (const [i, operation] of creates.entries()) {
      const key = `walk-replay-${i}`;
      const first = await send(operation, ids, key);
      const second = await send(operation, ids, key);
      expect(second.status, operation).toBe(first.status);
      expect(second.body, operation).toEqual(first.body);
      if (first.status !== 501) {
        expect(second.replayed, operation).toBe("true");
        replays.push(operation);
      }
    }
    expect(replays.length).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
    const routed = new Set(fake.requests.map((r) => r.operation));
    console.info(
      `spec walk: ${operations.length} operations (${routed.size} routed), ${fake.requests.length} requests, ` +
        `${derivedOperations.length} served by the derived engine, ` +
        `${replays.length} creates replayed, ${fake.violations.length} violations`,
    );
  });
});
