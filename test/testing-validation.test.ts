import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { precompiledValidators } from "../src/testing/precompile.js";
import {
  createSpecValidator,
  type CompilerFactory,
  type RequestParts,
  type SpecValidator,
} from "../src/testing/validation.js";

// Read (not imported) so this file owns a fresh spec object: the first
// validator for it is built here, which the timing test below measures.
const spec = JSON.parse(readFileSync(new URL("../generated/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { example?: unknown }> };
};

let validator: SpecValidator;

/** The validator's issues without `segments`, after checking they spell the same location as `path`. */
function requestIssues(operation: string, request: RequestParts) {
  return validator.request(operation, request).map(({ segments, ...issue }) => {
    expect(segments.join(".")).toBe(issue.path);
    return issue;
  });
}
let firstRequestMs = 0;

beforeAll(() => {
  const started = performance.now();
  validator = createSpecValidator(spec);
  const issues = requestIssues("POST /clusters:import", parts({ body: importBody() }));
  firstRequestMs = performance.now() - started;
  expect(issues).toEqual([]);
});

function parts(overrides: Partial<RequestParts> = {}): RequestParts {
  return { path: {}, query: new URLSearchParams(), headers: {}, body: undefined, ...overrides };
}

function importBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: "edge-berlin", region_id: "reg_4n8p2x6v", kubeconfig: "apiVersion: v1\nkind: Config\n", ...overrides };
}

const cluster = {
  id: "clu_2f7d9c1a4b8e",
  html_url: "https://akua.dev/clusters/clu_2f7d9c1a4b8e",
  name: "prod-eu",
  workspace_id: "ws_7hq3k2m9",
  state: "active",
  provider: "imported_byoc",
  reconciling: false,
  created_at: 1778140800,
  updated_at: 1778141220,
  etag: "17",
};

const envelope = { success: false, errors: [{ code: 1000, message: "try again later" }], result: {} };

describe("createSpecValidator", () => {
  it("builds the validator and checks a first request quickly", () => {
    console.info(`createSpecValidator + first request: ${firstRequestMs.toFixed(1)} ms`);
    expect(firstRequestMs).toBeLessThan(1_000);
  });

  it("returns the same validator for the same spec object", () => {
    expect(createSpecValidator(spec)).toBe(validator);
  });

  it("refuses something that is not an OpenAPI document, and unknown operations", () => {
    expect(() => createSpecValidator({})).toThrow(TypeError);
    expect(() => requestIssues("GET /nope", parts())).toThrow(/no operation "GET \/nope"/);
    expect(() => requestIssues("FETCH /clusters", parts())).toThrow(/no operation/);
    expect(() => validator.response("PUT /clusters", 200, {})).toThrow(/no operation/);
  });
});

/**
 * The built `akua-sdk/testing` validates with ajv standalone code compiled at build
 * time (precompile.ts, by tsup.config.ts): the same module, made here from the same
 * spec and loaded as the bundle would, must answer exactly as live ajv does.
 */
function precompiled(): CompilerFactory {
  const built = JSON.parse(readFileSync(new URL("../generated/openapi.json", import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;
  const source = precompiledValidators(built).replace(/^export function createCompiler/m, "function createCompiler");
  const load = new Function("require", `${source}\nreturn createCompiler;`) as (
    require: NodeRequire,
  ) => CompilerFactory;
  return load(createRequire(import.meta.url));
}

const backends: [string, () => SpecValidator][] = [
  ["live ajv (the repository)", () => createSpecValidator(spec)],
  ["precompiled (the built package)", () => createSpecValidator(spec, precompiled())],
];

describe.each(backends)("validators: %s", (_name, make) => {
  beforeAll(() => {
    validator = make();
  }, 30_000);

  it("compiles the request and every declared response of all operations", () => {
    const started = performance.now();
    let operations = 0;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        expect(() => requestIssues(key, parts())).not.toThrow();
        for (const status of Object.keys(operation.responses)) {
          expect(() => validator.response(key, Number(status), {})).not.toThrow();
        }
        operations++;
      }
    }
    console.info(`compiled ${operations} operations in ${(performance.now() - started).toFixed(1)} ms`);
    expect(operations).toBe(111);
  });

  describe("request: body", () => {
    it("accepts a valid import body", () => {
      const headers = { "idempotency-key": "5b0e6a0c-1f0e-4c55-9d1b-7f3f0b6e2c11", "akua-context": "ws_7hq3k2m9" };
      expect(requestIssues("POST /clusters:import", parts({ headers, body: importBody() }))).toEqual([]);
    });

    it("names a too-long field", () => {
      const issues = requestIssues("POST /clusters:import", parts({ body: importBody({ name: "x".repeat(101) }) }));
      expect(issues).toEqual([{ path: "body.name", message: "must be <= 100 characters" }]);
    });

    it("names an empty field", () => {
      const issues = requestIssues("POST /clusters:import", parts({ body: importBody({ kubeconfig: "" }) }));
      expect(issues).toEqual([{ path: "body.kubeconfig", message: "must not be empty" }]);
    });

    it("names a missing required field", () => {
      const { region_id: _, ...body } = importBody();
      const issues = requestIssues("POST /clusters:import", parts({ body }));
      expect(issues).toEqual([{ path: "body.region_id", message: "is required" }]);
    });

    it("names an extra property", () => {
      const issues = requestIssues("POST /clusters:import", parts({ body: importBody({ bogus: true }) }));
      expect(issues).toEqual([{ path: "body.bogus", message: "is not allowed" }]);
    });

    it("lists the allowed values of an enum", () => {
      const body = { name: "prod-eu", region_id: "reg_1", network_profile: "windows_only" };
      expect(requestIssues("POST /clusters", parts({ body }))).toEqual([
        { path: "body.network_profile", message: "must be one of: linux_cilium, mixed_os_calico" },
      ]);
    });

    it("names the wrong type, with nested paths into maps", () => {
      expect(requestIssues("POST /clusters:import", parts({ body: importBody({ name: 7 }) }))).toEqual([
        { path: "body.name", message: "must be string" },
      ]);
      const body = { labels: { env: "x".repeat(201), "app.kubernetes.io/name": 3 } };
      expect(
        requestIssues("PATCH /secrets/{id}", parts({ path: { id: "sec_1" }, headers: { "if-match": "3" }, body })),
      ).toEqual([
        { path: "body.labels.env", message: "must be <= 200 characters" },
        { path: "body.labels.app.kubernetes.io/name", message: "must be string" },
      ]);
    });

    it("reports a body that is not an object as the whole body", () => {
      expect(requestIssues("POST /clusters:import", parts({ body: "hello" }))).toEqual([
        { path: "body", message: "must be object" },
      ]);
      expect(requestIssues("POST /secrets", parts({ body: [] }))).toEqual([
        { path: "body", message: "must be object" },
      ]);
    });

    it("reports every problem at once", () => {
      const body = { name: "", kubeconfig: "k", bogus: 1 };
      expect(requestIssues("POST /clusters:import", parts({ body }))).toEqual([
        { path: "body.region_id", message: "is required" },
        { path: "body.bogus", message: "is not allowed" },
        { path: "body.name", message: "must not be empty" },
      ]);
    });

    it("leaves an absent body alone, and ignores a body sent to an operation without one", () => {
      expect(requestIssues("POST /clusters:import", parts())).toEqual([]);
      const suspend = parts({ path: { id: "clu_1" }, headers: { "if-match": "3" }, body: { anything: 1 } });
      expect(requestIssues("POST /clusters/{id}:suspend", suspend)).toEqual([]);
    });

    it("checks formats", () => {
      expect(requestIssues("POST /regions", parts({ body: { name: "edge", icon: "not a uri" } }))).toEqual([
        { path: "body.icon", message: "must be a valid uri" },
      ]);
      expect(requestIssues("POST /regions", parts({ body: { name: "edge", icon: "https://x.test/i.png" } }))).toEqual(
        [],
      );
    });
  });

  describe("request: oneOf bodies (CreateSecretBody)", () => {
    it("accepts each kind", () => {
      const body = { name: "aws-prod", kind: "cloud_provider/aws", value: "s3cr3t", aws_access_key_id: "AKIA123" };
      expect(requestIssues("POST /secrets", parts({ body }))).toEqual([]);
      expect(requestIssues("POST /secrets", parts({ body: { name: "g", kind: "generic", value: "v" } }))).toEqual([]);
    });

    it("reports the errors of the variant `kind` selects, not oneOf noise", () => {
      const body = { name: "aws-prod", kind: "cloud_provider/aws" };
      expect(requestIssues("POST /secrets", parts({ body }))).toEqual([{ path: "body.value", message: "is required" }]);
    });

    it("reports a property the selected variant does not allow", () => {
      const body = { name: "h", kind: "cloud_provider/hcloud", value: "v", aws_access_key_id: "AKIA123" };
      expect(requestIssues("POST /secrets", parts({ body }))).toEqual([
        { path: "body.aws_access_key_id", message: "is not allowed" },
      ]);
    });

    it("reports several errors within the selected variant, nested ones included", () => {
      const body = { name: "x".repeat(201), kind: "generic", value: "v", labels: { a: "x".repeat(201) } };
      expect(requestIssues("POST /secrets", parts({ body }))).toEqual([
        { path: "body.name", message: "must be <= 200 characters" },
        { path: "body.labels.a", message: "must be <= 200 characters" },
      ]);
    });

    it("reports a missing or unknown kind on the kind", () => {
      expect(requestIssues("POST /secrets", parts({ body: { name: "s", value: "v" } }))).toEqual([
        { path: "body.kind", message: "is required" },
      ]);
      const [issue, ...rest] = requestIssues("POST /secrets", parts({ body: { name: "s", kind: "nope", value: "v" } }));
      expect(rest).toEqual([]);
      expect(issue?.path).toBe("body.kind");
      expect(issue?.message).toMatch(/^must be one of: cloud_provider\/hcloud, cloud_provider\/aws, .*generic$/);
    });
  });

  describe("request: parameters", () => {
    it("checks limit after coercion: 0, 101 and abc", () => {
      const query = (q: string) => requestIssues("GET /clusters", parts({ query: new URLSearchParams(q) }));
      expect(query("limit=0")).toEqual([{ path: "query.limit", message: "must be >= 1" }]);
      expect(query("limit=101")).toEqual([{ path: "query.limit", message: "must be <= 100" }]);
      expect(query("limit=abc")).toEqual([{ path: "query.limit", message: "must be integer" }]);
      expect(query("limit=1.5")).toEqual([{ path: "query.limit", message: "must be integer" }]);
      expect(query("limit=100&cursor=abc")).toEqual([]);
    });

    it("ignores unknown query parameters", () => {
      expect(requestIssues("GET /clusters", parts({ query: new URLSearchParams("utm_source=x&limit=5") }))).toEqual([]);
    });

    it("checks enum and boolean/null query parameters", () => {
      const versions = parts({ path: { id: "sec_1" }, query: new URLSearchParams("state=gone") });
      expect(requestIssues("GET /secrets/{id}/versions", versions)).toEqual([
        { path: "query.state", message: "must be one of: enabled, disabled, destroyed" },
      ]);
      const del = (q: string) =>
        requestIssues(
          "DELETE /secrets/{id}",
          parts({ path: { id: "sec_1" }, headers: { "if-match": "2" }, query: new URLSearchParams(q) }),
        );
      expect(del("force=true")).toEqual([]);
      expect(del("force=null")).toEqual([]);
      expect(del("force=yes")).toEqual([{ path: "query.force", message: "must be boolean or null" }]);
    });

    it("requires if-match where the spec does", () => {
      const patch = parts({ path: { id: "clu_1" }, body: { name: "prod" } });
      expect(requestIssues("PATCH /clusters/{id}", patch)).toEqual([
        { path: "header.if-match", message: "is required" },
      ]);
      expect(requestIssues("PATCH /clusters/{id}", { ...patch, headers: { "if-match": "17" } })).toEqual([]);
      // :cancel declares an optional if-match.
      expect(requestIssues("POST /operations/{id}:cancel", parts({ path: { id: "op_1" } }))).toEqual([]);
    });

    it("matches header names case-insensitively", () => {
      const patch = parts({ path: { id: "clu_1" }, headers: { "If-Match": "17" }, body: { name: "prod" } });
      expect(requestIssues("PATCH /clusters/{id}", patch)).toEqual([]);
    });

    it("checks the idempotency-key length (1..64)", () => {
      const create = (key: string) =>
        requestIssues(
          "POST /clusters",
          parts({ headers: { "idempotency-key": key }, body: { name: "a", region_id: "r" } }),
        );
      expect(create("k".repeat(64))).toEqual([]);
      expect(create("k".repeat(65))).toEqual([{ path: "header.idempotency-key", message: "must be <= 64 characters" }]);
      expect(create("")).toEqual([{ path: "header.idempotency-key", message: "must not be empty" }]);
    });

    it("checks path parameters", () => {
      expect(requestIssues("GET /clusters/{id}", parts({ path: { id: "c".repeat(55) } }))).toEqual([
        { path: "path.id", message: "must be <= 54 characters" },
      ]);
      expect(requestIssues("GET /clusters/{id}", parts())).toEqual([{ path: "path.id", message: "is required" }]);
      const version = parts({ path: { id: "sec_1", vid: "secv_1" }, headers: { "if-match": "1" } });
      expect(requestIssues("POST /secrets/{id}/versions/{vid}:enable", version)).toEqual([]);
    });

    it("orders issues path, query, header, body", () => {
      const issues = requestIssues(
        "PATCH /clusters/{id}",
        parts({ path: { id: "c".repeat(55) }, headers: { "idempotency-key": "k".repeat(65) }, body: { nope: 1 } }),
      );
      expect(issues.map((i) => i.path)).toEqual(["path.id", "header.if-match", "header.idempotency-key", "body.nope"]);
    });
  });

  describe("coerceQuery", () => {
    it("coerces declared parameters to their schema types and drops the rest", () => {
      expect(validator.coerceQuery("GET /clusters", new URLSearchParams("limit=20&cursor=abc&other=1"))).toEqual({
        limit: 20,
        cursor: "abc",
      });
      expect(validator.coerceQuery("GET /clusters", new URLSearchParams(""))).toEqual({});
      expect(validator.coerceQuery("DELETE /secrets/{id}", new URLSearchParams("force=true"))).toEqual({ force: true });
      expect(validator.coerceQuery("DELETE /secrets/{id}", new URLSearchParams("force=false"))).toEqual({
        force: false,
      });
      expect(validator.coerceQuery("DELETE /secrets/{id}", new URLSearchParams("force=null"))).toEqual({ force: null });
      expect(validator.coerceQuery("POST /operations/{id}:wait", new URLSearchParams("timeout=60"))).toEqual({
        timeout: 60,
      });
    });

    it("leaves values that do not fit as strings", () => {
      expect(validator.coerceQuery("GET /clusters", new URLSearchParams("limit=abc"))).toEqual({ limit: "abc" });
      expect(validator.coerceQuery("DELETE /secrets/{id}", new URLSearchParams("force=1"))).toEqual({ force: "1" });
      // A string parameter stays a string even when it looks like a number.
      expect(validator.coerceQuery("GET /clusters", new URLSearchParams("cursor=12"))).toEqual({ cursor: "12" });
    });
  });

  describe("response", () => {
    it("accepts a declared status whose body matches", () => {
      expect(validator.response("POST /clusters:import", 200, cluster)).toBeUndefined();
      expect(validator.response("GET /clusters/{id}", 200, cluster)).toBeUndefined();
      expect(validator.response("GET /clusters/{id}", 404, envelope)).toBeUndefined();
    });

    it("rejects a body that breaks the declared schema, naming the operation, status and field", () => {
      const { etag: _, ...withoutEtag } = cluster;
      expect(validator.response("POST /clusters:import", 200, withoutEtag)).toBe(
        "POST /clusters:import -> 200: body.etag is required",
      );
      expect(validator.response("POST /clusters:import", 200, { ...cluster, state: "ready" })).toBe(
        "POST /clusters:import -> 200: body.state must be one of: pending, provisioning, active, suspended, deleting",
      );
      expect(validator.response("GET /clusters/{id}", 200, undefined)).toBe(
        "GET /clusters/{id} -> 200: body is missing",
      );
    });

    it("checks a declared error status against its envelope", () => {
      expect(validator.response("GET /clusters/{id}", 404, { message: "not found" })).toMatch(
        /^GET \/clusters\/\{id\} -> 404: body\.success is required; body\.errors is required/,
      );
    });

    it("allows an undeclared error status that carries the envelope", () => {
      expect(validator.response("POST /clusters:import", 503, envelope)).toBeUndefined();
      for (const status of [400, 404, 408, 409, 422, 429, 500, 502, 504]) {
        expect(validator.response("GET /clusters", status, envelope)).toBeUndefined();
      }
    });

    it("rejects an undeclared error status without the envelope", () => {
      expect(validator.response("POST /clusters:import", 503, { error: "oops" })).toBe(
        "POST /clusters:import -> 503: an undeclared error status must carry the error envelope: body.success is required; body.errors is required; body.result is required",
      );
      expect(validator.response("POST /clusters:import", 503, undefined)).toMatch(
        /^POST \/clusters:import -> 503: .*got no body/,
      );
    });

    it("rejects an undeclared 2xx or 3xx", () => {
      expect(validator.response("POST /clusters:import", 201, cluster)).toBe(
        "POST /clusters:import -> 201: status 201 is not declared for this operation (declared: 200, 401, 403)",
      );
      expect(validator.response("GET /clusters/{id}", 302, undefined)).toMatch(/-> 302: status 302 is not declared/);
      expect(validator.response("GET /clusters/{id}", 204, undefined)).toMatch(/-> 204: status 204 is not declared/);
    });

    it("requires no body on a 204", () => {
      expect(validator.response("DELETE /secrets/{id}", 204, undefined)).toBeUndefined();
      expect(validator.response("DELETE /secrets/{id}", 204, {})).toBe(
        "DELETE /secrets/{id} -> 204: body must be empty (the response declares no content)",
      );
    });

    it("reports the selected variant of nested oneOf/anyOf in an Operation", () => {
      const operation = spec.components.schemas["Operation"]?.example as Record<string, unknown>;
      expect(validator.response("GET /operations/{id}", 200, operation)).toBeUndefined();

      const badMetadata = {
        ...operation,
        metadata: { type: "cluster.create", workspace_id: "ws_1", region_id: "r", name: 5 },
      };
      expect(validator.response("GET /operations/{id}", 200, badMetadata)).toBe(
        "GET /operations/{id} -> 200: body.metadata.name must be string",
      );
      const badResponse = { ...operation, state: "SUCCEEDED", done: true, response: { type: "cluster.create" } };
      expect(validator.response("GET /operations/{id}", 200, badResponse)).toBe(
        "GET /operations/{id} -> 200: body.response.cluster_id is required",
      );
      const wrongKind = { ...operation, response: 5 };
      expect(validator.response("GET /operations/{id}", 200, wrongKind)).toBe(
        "GET /operations/{id} -> 200: body.response must be object or null",
      );
    });

    it("checks each event of an event stream against the declared event schema", () => {
      const op = "GET /installs/{id}/logs";
      const line = JSON.stringify({ content: "up", podName: "p", containerName: "c", timestamp: "t", last: false });
      expect(validator.streamEvent(op, 200, { event: "message", data: line })).toBeUndefined();
      expect(validator.streamEvent(op, 200, { event: "end", data: "{}" })).toBeUndefined();
      expect(validator.streamEvent(op, 200, { event: "end", data: "[]" })).toMatch(
        /^GET \/installs\/\{id\}\/logs -> 200: event/,
      );
      expect(validator.streamEvent(op, 200, { event: "progress", data: "{}" })).toMatch(/-> 200: event\.event/);
      expect(validator.streamEvent(op, 404, { event: "end", data: "{}" })).toBe(
        "GET /installs/{id}/logs -> 404: status 404 declares no event stream",
      );
      expect(validator.streamEvent("GET /clusters", 200, { event: "end", data: "{}" })).toMatch(
        /declares no event stream/,
      );
    });

    it("caps long messages", () => {
      expect(validator.response("GET /operations/{id}", 200, { id: "op_1" })).toMatch(/; and \d+ more$/);
    });
  });
});
