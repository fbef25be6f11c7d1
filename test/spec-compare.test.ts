import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareSpecs, formatDifferences, listOperations } from "../scripts/spec-compare.js";

// Fixture documents are loose JSON; `any` keeps the mutations in the tests short.
type Json = any;

const json = (schema: Json): Json => ({ "application/json": { schema } });
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const idParam = (): Json => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", minLength: 1, maxLength: 54 },
});

/** A small but representative bundled document; every call returns a fresh copy. */
function baseDoc(): Json {
  return {
    openapi: "3.1.0",
    info: { title: "Test API", version: "1.0.0" },
    security: [{ BearerAuth: [] }],
    paths: {
      "/clusters": {
        get: {
          operationId: "clusters.list",
          parameters: [
            {
              name: "limit",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: 100, default: 50 },
            },
            { name: "akua-context", in: "header", schema: { type: "string", minLength: 1, maxLength: 53 } },
          ],
          responses: {
            "200": { description: "A page", content: json(ref("ClusterList")) },
            "401": { $ref: "#/components/responses/Error" },
          },
        },
        post: {
          operationId: "clusters.create",
          parameters: [{ name: "idempotency-key", in: "header", schema: { type: "string", maxLength: 64 } }],
          requestBody: { required: true, content: json(ref("CreateClusterBody")) },
          responses: {
            "202": { content: json(ref("Operation")) },
            "400": { $ref: "#/components/responses/Error" },
          },
        },
      },
      "/clusters/{id}": {
        parameters: [idParam()],
        get: {
          operationId: "clusters.get",
          responses: { "200": { content: json(ref("Cluster")) } },
        },
        patch: {
          operationId: "clusters.update",
          parameters: [{ name: "if-match", in: "header", required: true, schema: { type: "string" } }],
          requestBody: { content: json(ref("UpdateClusterBody")) },
          responses: { "200": { content: json(ref("Cluster")) } },
        },
      },
      "/clusters/{id}:suspend": {
        post: {
          operationId: "clusters.suspend",
          security: [{ BearerAuth: [] }],
          parameters: [idParam()],
          responses: { "202": { content: json(ref("Operation")) } },
        },
      },
      "/secrets": {
        post: {
          operationId: "secrets.create",
          requestBody: { required: true, content: json(ref("CreateSecretBody")) },
          responses: {
            "201": {
              headers: { location: { required: true, schema: { type: "string", format: "uri" } } },
              content: json(ref("Secret")),
            },
          },
        },
      },
      "/trees": {
        get: { operationId: "trees.get", responses: { "200": { content: json(ref("Tree")) } } },
      },
      "/pets": {
        get: { operationId: "pets.get", responses: { "200": { content: json(ref("Pet")) } } },
      },
    },
    components: {
      securitySchemes: { BearerAuth: { type: "http", scheme: "bearer" } },
      responses: {
        Error: { description: "An error", content: json(ref("ApiError")) },
      },
      schemas: {
        ApiError: {
          type: "object",
          required: ["error"],
          properties: {
            error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
          },
        },
        Cluster: {
          type: "object",
          required: ["id", "name", "state"],
          properties: {
            id: { type: "string", minLength: 1, maxLength: 54 },
            name: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
            state: { type: "string", enum: ["pending", "active", "deleting"] },
            labels: { type: "object", additionalProperties: { type: "string" } },
            region: { type: ["string", "null"] },
            created_at: { type: "integer", minimum: 0 },
          },
        },
        ClusterList: {
          type: "object",
          properties: {
            data: { type: "array", items: ref("Cluster") },
            next_cursor: { type: ["string", "null"] },
          },
        },
        CreateClusterBody: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 63 },
            kubeconfig: { type: "string", minLength: 1, maxLength: 65536 },
          },
        },
        UpdateClusterBody: {
          type: "object",
          properties: { name: { type: "string", minLength: 1, maxLength: 63 } },
        },
        OperationBase: {
          type: "object",
          required: ["id", "done"],
          properties: { id: { type: "string" }, done: { type: "boolean" } },
        },
        Operation: {
          allOf: [
            ref("OperationBase"),
            {
              type: "object",
              properties: { response: { oneOf: [ref("Cluster"), ref("Secret")] } },
            },
          ],
        },
        CreateSecretBody: {
          type: "object",
          required: ["name", "value"],
          properties: { name: { type: "string" }, value: { type: "string", writeOnly: true } },
        },
        Secret: {
          type: "object",
          properties: { id: { type: "string", readOnly: true }, name: { type: "string" } },
        },
        Tree: {
          type: "object",
          properties: {
            name: { type: "string" },
            children: { type: "array", items: ref("Tree") },
          },
        },
        Pet: {
          oneOf: [ref("Cat"), ref("Dog")],
          discriminator: { propertyName: "kind" },
        },
        Cat: { type: "object", properties: { kind: { const: "cat" }, lives: { type: "integer" } } },
        Dog: { type: "object", properties: { kind: { const: "dog" }, good: { type: "boolean" } } },
      },
    },
  };
}

/** Compares the base document with a copy changed by `change`. */
function diffAfter(change: (doc: Json) => void, options?: Parameters<typeof compareSpecs>[2]) {
  const actual = baseDoc();
  change(actual);
  return compareSpecs(baseDoc(), actual, options);
}

/** The `where` locators of a list of differences, for compact assertions. */
const wheres = (diffs: ReturnType<typeof compareSpecs>) => diffs.map((d) => `${d.operation} | ${d.where}`);

const schemas = (doc: Json): Json => doc.components.schemas;

describe("listOperations", () => {
  it("lists METHOD /path keys, sorted, colons kept", () => {
    expect(listOperations(baseDoc())).toEqual([
      "GET /clusters",
      "GET /clusters/{id}",
      "GET /pets",
      "GET /trees",
      "PATCH /clusters/{id}",
      "POST /clusters",
      "POST /clusters/{id}:suspend",
      "POST /secrets",
    ]);
  });

  it("ignores path-item keys that are not methods", () => {
    const doc = baseDoc();
    doc.paths["/clusters"].summary = "Clusters";
    doc.paths["/clusters"]["x-internal"] = true;
    expect(listOperations(doc)).toHaveLength(8);
  });
});

describe("compareSpecs: equal documents", () => {
  it("identical documents have no differences", () => {
    expect(compareSpecs(baseDoc(), baseDoc())).toEqual([]);
    const doc = baseDoc();
    expect(compareSpecs(doc, doc)).toEqual([]);
  });

  it("a $ref'd schema equals the same schema inline", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].get.responses["200"].content["application/json"].schema = structuredClone(
        schemas(doc).Cluster,
      );
      doc.paths["/clusters"].get.responses["401"] = structuredClone(doc.components.responses.Error);
    });
    expect(diffs).toEqual([]);
  });

  it("an escaped JSON pointer (~1) resolves to the same schema", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}:suspend"].post.parameters[0].schema = {
        $ref: "#/paths/~1clusters~1{id}/parameters/0/schema",
      };
      schemas(doc)["a/b~c"] = { type: "string" };
      schemas(doc).Secret.properties.name = { $ref: "#/components/schemas/a~1b~0c" };
    });
    expect(diffs).toEqual([]);
  });

  it("prose, examples and x-* extensions never count", () => {
    const diffs = diffAfter((doc) => {
      doc.info.description = "changed";
      const op = doc.paths["/clusters"].get;
      op.summary = "List clusters";
      op.description = "Lists clusters, newest first.";
      op.tags = ["clusters"];
      op.externalDocs = { url: "https://example.com" };
      op["x-akua-retry"] = "safe";
      op.parameters[0].description = "Page size";
      op.parameters[0].example = 10;
      op.parameters[0].schema.examples = [10, 20];
      op.parameters[0]["x-note"] = "ours";
      op.responses["200"].description = "Another description";
      op.responses["200"].content["application/json"].example = { data: [] };
      op.responses["200"].content["application/json"].examples = { one: { value: {} } };
      const cluster = schemas(doc).Cluster;
      cluster.title = "Cluster";
      cluster.description = "A Kubernetes cluster";
      cluster.example = { id: "clu_1" };
      cluster["x-akua-resource"] = "cluster";
      cluster.properties.name.description = "Name";
      cluster.properties.name.$comment = "internal";
      // A $ref with prose siblings only is the same as the plain $ref.
      schemas(doc).ClusterList.properties.data.items = { ...ref("Cluster"), description: "A cluster" };
    });
    expect(diffs).toEqual([]);
  });

  it("absent boolean flags equal false (nullable, readOnly, uniqueItems, deprecated)", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.name.nullable = false;
      schemas(doc).Cluster.properties.name.readOnly = false;
      schemas(doc).Cluster.properties.labels.uniqueItems = false;
      doc.paths["/clusters"].get.deprecated = false;
    });
    expect(diffs).toEqual([]);
  });

  it("explicit default style/explode of a parameter equals their absence", () => {
    const diffs = diffAfter((doc) => {
      Object.assign(doc.paths["/clusters"].get.parameters[0], { style: "form", explode: true });
      Object.assign(doc.paths["/clusters"].get.parameters[1], { style: "simple", explode: false });
    });
    expect(diffs).toEqual([]);
  });
});

describe("compareSpecs: operations", () => {
  it("reports missing and extra operations", () => {
    const diffs = diffAfter((doc) => {
      delete doc.paths["/trees"];
      doc.paths["/regions"] = { get: { operationId: "regions.list", responses: { "200": {} } } };
    });
    expect(diffs.map((d) => [d.kind, d.operation, d.where])).toEqual([
      ["extra-operation", "GET /regions", ""],
      ["missing-operation", "GET /trees", ""],
    ]);
  });

  it("onlyCommon suppresses missing/extra operations but still compares common ones", () => {
    const diffs = diffAfter(
      (doc) => {
        delete doc.paths["/trees"];
        doc.paths["/regions"] = { get: { operationId: "regions.list", responses: { "200": {} } } };
        doc.paths["/pets"].get.operationId = "pets.fetch";
      },
      { onlyCommon: true },
    );
    expect(wheres(diffs)).toEqual(["GET /pets | operationId"]);
  });

  it("options.operations limits the comparison to the selected keys", () => {
    const change = (doc: Json) => {
      delete doc.paths["/trees"];
      doc.paths["/pets"].get.operationId = "pets.fetch";
      doc.paths["/clusters"].get.operationId = "clusters.all";
    };
    const seen: string[] = [];
    const diffs = diffAfter(change, {
      operations: (key) => {
        seen.push(key);
        return key === "GET /clusters";
      },
    });
    expect(wheres(diffs)).toEqual(["GET /clusters | operationId"]);
    expect(seen).toContain("GET /trees");
    expect(diffAfter(change, { operations: (key) => key.startsWith("POST ") })).toEqual([]);
  });

  it("reports an operationId change", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].get.operationId = "clusters.fetch";
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /clusters/{id}",
        where: "operationId",
        expected: "clusters.get",
        actual: "clusters.fetch",
      },
    ]);
  });

  it("reports deprecated", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].get.deprecated = true;
    });
    expect(wheres(diffs)).toEqual(["GET /clusters/{id} | deprecated"]);
  });

  it("compares security requirements, operation-level falling back to document-level", () => {
    // Operation-level equal to the document-level one: no difference.
    expect(
      diffAfter((doc) => {
        doc.paths["/clusters"].get.security = [{ BearerAuth: [] }];
      }),
    ).toEqual([]);
    // A scope added.
    const scoped = diffAfter((doc) => {
      doc.paths["/clusters/{id}:suspend"].post.security = [{ BearerAuth: ["clusters:write"] }];
    });
    expect(wheres(scoped)).toEqual(["POST /clusters/{id}:suspend | security"]);
    expect(scoped[0]?.expected).toEqual(["BearerAuth[]"]);
    expect(scoped[0]?.actual).toEqual(["BearerAuth[clusters:write]"]);
    // The document-level requirement changes every operation that does not override it.
    const docLevel = diffAfter((doc) => {
      doc.security = [{ ApiKey: [] }];
    });
    expect(docLevel).toHaveLength(7);
    expect(docLevel.every((d) => d.where === "security")).toBe(true);
    expect(docLevel.map((d) => d.operation)).not.toContain("POST /clusters/{id}:suspend");
    // An operation made public.
    expect(
      wheres(
        diffAfter((doc) => {
          doc.paths["/pets"].get.security = [];
        }),
      ),
    ).toEqual(["GET /pets | security"]);
  });
});

describe("compareSpecs: parameters", () => {
  it("reports the required flag", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.parameters[0].required = true;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /clusters",
        where: "parameters[query limit].required",
        expected: false,
        actual: true,
      },
    ]);
  });

  it("treats absent required as false, and path parameters as always required", () => {
    const diffs = diffAfter((doc) => {
      delete doc.paths["/clusters"].get.parameters[0].required;
      delete doc.paths["/clusters/{id}"].parameters[0].required;
    });
    expect(diffs).toEqual([]);
  });

  it("a parameter moved from the path item to the operations is the same", () => {
    const diffs = diffAfter((doc) => {
      const item = doc.paths["/clusters/{id}"];
      delete item.parameters;
      item.get.parameters = [idParam()];
      item.patch.parameters.unshift(idParam());
    });
    expect(diffs).toEqual([]);
  });

  it("operation-level parameters override path-item ones with the same in + name", () => {
    const diffs = diffAfter((doc) => {
      const overriding = idParam();
      overriding.schema.maxLength = 10;
      doc.paths["/clusters/{id}"].patch.parameters.push(overriding);
    });
    expect(wheres(diffs)).toEqual(["PATCH /clusters/{id} | parameters[path id].schema.maxLength"]);
  });

  it("reports a parameter schema maxLength change", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].parameters[0].schema.maxLength = 64;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /clusters/{id}",
        where: "parameters[path id].schema.maxLength",
        expected: 54,
        actual: 64,
      },
      {
        kind: "changed",
        operation: "PATCH /clusters/{id}",
        where: "parameters[path id].schema.maxLength",
        expected: 54,
        actual: 64,
      },
    ]);
  });

  it("header parameter names are case-insensitive, query names are not", () => {
    expect(
      diffAfter((doc) => {
        doc.paths["/clusters/{id}"].patch.parameters[0].name = "If-Match";
        doc.paths["/clusters"].get.parameters[1].name = "Akua-Context";
      }),
    ).toEqual([]);
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.parameters[0].name = "Limit";
    });
    expect(wheres(diffs)).toEqual([
      "GET /clusters | parameters[query Limit]",
      "GET /clusters | parameters[query limit]",
    ]);
  });

  it("reports an added and a removed parameter", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.parameters.push({ name: "cursor", in: "query", schema: { type: "string" } });
      doc.paths["/clusters/{id}"].patch.parameters = [];
    });
    expect(diffs.map((d) => [d.operation, d.where, d.expected === undefined, d.actual === undefined])).toEqual([
      ["GET /clusters", "parameters[query cursor]", true, false],
      ["PATCH /clusters/{id}", "parameters[header if-match]", false, true],
    ]);
  });

  it("reports a parameter moving from query to header", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.parameters[0].in = "header";
    });
    expect(wheres(diffs)).toEqual([
      "GET /clusters | parameters[header limit]",
      "GET /clusters | parameters[query limit]",
    ]);
  });
});

describe("compareSpecs: request bodies", () => {
  it("requestBody.required absent equals false", () => {
    expect(
      diffAfter((doc) => {
        doc.paths["/clusters/{id}"].patch.requestBody.required = false;
      }),
    ).toEqual([]);
  });

  it("requestBody.required absent vs true is a difference", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].patch.requestBody.required = true;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "PATCH /clusters/{id}",
        where: "requestBody.required",
        expected: undefined,
        actual: true,
      },
    ]);
  });

  it("reports a removed request body and a changed media type", () => {
    const diffs = diffAfter((doc) => {
      delete doc.paths["/clusters/{id}"].patch.requestBody;
      const content = doc.paths["/clusters"].post.requestBody.content;
      content["application/merge-patch+json"] = content["application/json"];
      delete content["application/json"];
    });
    expect(wheres(diffs)).toEqual([
      "PATCH /clusters/{id} | requestBody",
      'POST /clusters | requestBody.content["application/json"]',
      'POST /clusters | requestBody.content["application/merge-patch+json"]',
    ]);
  });

  it("reports a change deep inside a request body schema", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).CreateClusterBody.properties.kubeconfig.minLength = 2;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "POST /clusters",
        where: 'requestBody.content["application/json"].schema.properties.kubeconfig.minLength',
        expected: 1,
        actual: 2,
      },
    ]);
  });
});

describe("compareSpecs: responses", () => {
  it("reports an added response status", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].get.responses["404"] = { $ref: "#/components/responses/Error" };
    });
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ operation: "GET /clusters/{id}", where: "responses.404", expected: undefined });
  });

  it("reports a removed default response", () => {
    const base = baseDoc();
    base.paths["/pets"].get.responses.default = { content: json(ref("ApiError")) };
    const diffs = compareSpecs(base, baseDoc());
    expect(wheres(diffs)).toEqual(["GET /pets | responses.default"]);
  });

  it("response header names are case-insensitive", () => {
    expect(
      diffAfter((doc) => {
        const headers = doc.paths["/secrets"].post.responses["201"].headers;
        headers.Location = headers.location;
        delete headers.location;
      }),
    ).toEqual([]);
  });

  it("reports response header presence, required flag and schema", () => {
    const removed = diffAfter((doc) => {
      delete doc.paths["/secrets"].post.responses["201"].headers;
    });
    expect(wheres(removed)).toEqual(["POST /secrets | responses.201.headers.location"]);

    const optional = diffAfter((doc) => {
      delete doc.paths["/secrets"].post.responses["201"].headers.location.required;
    });
    expect(optional).toEqual([
      {
        kind: "changed",
        operation: "POST /secrets",
        where: "responses.201.headers.location.required",
        expected: true,
        actual: undefined,
      },
    ]);

    const typed = diffAfter((doc) => {
      doc.paths["/secrets"].post.responses["201"].headers.location.schema.type = "integer";
    });
    expect(wheres(typed)).toEqual(["POST /secrets | responses.201.headers.location.schema.type"]);
  });

  it("reports a response media type added", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters/{id}"].get.responses["200"].content["application/yaml"] = { schema: { type: "string" } };
    });
    expect(wheres(diffs)).toEqual(['GET /clusters/{id} | responses.200.content["application/yaml"]']);
  });
});

describe("compareSpecs: schemas", () => {
  const clusterWhere = 'responses.200.content["application/json"].schema';

  it("type arrays are sets: order does not matter", () => {
    expect(
      diffAfter((doc) => {
        schemas(doc).Cluster.properties.region.type = ["null", "string"];
      }),
    ).toEqual([]);
  });

  it("reports a type change", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.created_at.type = "number";
    }).filter((d) => d.operation === "GET /clusters/{id}");
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /clusters/{id}",
        where: `${clusterWhere}.properties.created_at.type`,
        expected: "integer",
        actual: "number",
      },
    ]);
  });

  it("reports a type set change (null added)", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.name.type = ["string", "null"];
    }).filter((d) => d.operation === "GET /clusters/{id}");
    expect(wheres(diffs)).toEqual([`GET /clusters/{id} | ${clusterWhere}.properties.name.type`]);
  });

  it("reports a shared schema change in every operation that uses it, at its own locator", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.name.pattern = "^.*$";
    });
    expect(wheres(diffs)).toEqual([
      'GET /clusters | responses.200.content["application/json"].schema.properties.data.items.properties.name.pattern',
      `GET /clusters/{id} | ${clusterWhere}.properties.name.pattern`,
      `PATCH /clusters/{id} | ${clusterWhere}.properties.name.pattern`,
      'POST /clusters | responses.202.content["application/json"].schema.allOf[1].properties.response.oneOf[0].properties.name.pattern',
      'POST /clusters/{id}:suspend | responses.202.content["application/json"].schema.allOf[1].properties.response.oneOf[0].properties.name.pattern',
    ]);
  });

  it("reports a property added and a property removed", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Secret.properties.created_at = { type: "integer" };
      delete schemas(doc).Secret.properties.name;
    }).filter((d) => d.operation === "POST /secrets");
    expect(diffs.map((d) => [d.where, d.message])).toEqual([
      ['responses.201.content["application/json"].schema.properties.created_at', "property only in actual"],
      ['responses.201.content["application/json"].schema.properties.name', "property only in expected"],
    ]);
  });

  it("property names are data, even when they look like prose keywords", () => {
    const base = baseDoc();
    schemas(base).Secret.properties.description = { type: "string" };
    const diffs = compareSpecs(base, baseDoc()).filter((d) => d.operation === "POST /secrets");
    expect(wheres(diffs)).toEqual([
      'POST /secrets | responses.201.content["application/json"].schema.properties.description',
    ]);
  });

  it("a prose-named property the expected side requires but lost (a prose-stripped structure) is not a difference", () => {
    const expected = baseDoc();
    schemas(expected).Secret.required = [...(schemas(expected).Secret.required ?? []), "description"];
    const actual = baseDoc();
    schemas(actual).Secret.required = [...(schemas(actual).Secret.required ?? []), "description"];
    schemas(actual).Secret.properties.description = { type: ["string", "null"] };
    expect(compareSpecs(expected, actual)).toEqual([]);
    // ...but one it does not require is still reported.
    delete schemas(actual).Secret.properties.description;
    schemas(actual).Secret.properties.summary = { type: "string" };
    expect(wheres(compareSpecs(expected, actual).filter((d) => d.operation === "POST /secrets"))).toEqual([
      'POST /secrets | responses.201.content["application/json"].schema.properties.summary',
    ]);
  });

  it("compares required as a set", () => {
    expect(
      diffAfter((doc) => {
        schemas(doc).CreateSecretBody.required = ["value", "name"];
      }),
    ).toEqual([]);
    const diffs = diffAfter((doc) => {
      schemas(doc).CreateSecretBody.required = ["name"];
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "POST /secrets",
        where: 'requestBody.content["application/json"].schema.required',
        expected: ["name", "value"],
        actual: ["name"],
        message: 'only in expected: "value"',
      },
    ]);
    // Absent required equals an empty list.
    expect(
      diffAfter((doc) => {
        schemas(doc).Secret.required = [];
      }),
    ).toEqual([]);
  });

  it("reports an enum value added", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.state.enum.push("suspended");
    }).filter((d) => d.operation === "GET /clusters/{id}");
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /clusters/{id}",
        where: `${clusterWhere}.properties.state.enum`,
        expected: ["pending", "active", "deleting"],
        actual: ["pending", "active", "deleting", "suspended"],
        message: 'only in actual: "suspended"',
      },
    ]);
  });

  it("reports an enum order-only change distinctly", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.state.enum.reverse();
    }).filter((d) => d.operation === "GET /clusters/{id}");
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ where: `${clusterWhere}.properties.state.enum`, message: "enum order differs" });
  });

  it("additionalProperties: false vs absent is a difference", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).CreateClusterBody.additionalProperties = false;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "POST /clusters",
        where: 'requestBody.content["application/json"].schema.additionalProperties',
        expected: undefined,
        actual: false,
      },
    ]);
  });

  it("additionalProperties schemas are compared recursively", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.labels.additionalProperties = { type: "string", maxLength: 63 };
    }).filter((d) => d.operation === "GET /clusters/{id}");
    expect(wheres(diffs)).toEqual([
      `GET /clusters/{id} | ${clusterWhere}.properties.labels.additionalProperties.maxLength`,
    ]);
  });

  it("reports a union arity change (oneOf with 2 vs 3 members)", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Pet.oneOf.push({ type: "object", properties: { kind: { const: "fish" } } });
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /pets",
        where: 'responses.200.content["application/json"].schema.oneOf',
        expected: 2,
        actual: 3,
        message: "oneOf has 2 members in expected, 3 in actual",
      },
    ]);
  });

  it("compares union members in order", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Pet.oneOf.reverse();
    });
    expect(diffs.length).toBeGreaterThan(0);
    expect(diffs.every((d) => d.where.includes(".oneOf[0].") || d.where.includes(".oneOf[1]."))).toBe(true);
  });

  it("reports an allOf member changed", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).OperationBase.required = ["id"];
    }).filter((d) => d.operation === "POST /clusters");
    expect(wheres(diffs)).toEqual([
      'POST /clusters | responses.202.content["application/json"].schema.allOf[0].required',
    ]);
  });

  it("reports discriminator.propertyName", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Pet.discriminator.propertyName = "type";
    });
    expect(wheres(diffs)).toEqual([
      'GET /pets | responses.200.content["application/json"].schema.discriminator.propertyName',
    ]);
  });

  it.each([
    ["const", (s: Json) => (s.const = "x"), "const"],
    ["default", (s: Json) => (s.default = "x"), "default"],
    ["format", (s: Json) => (s.format = "hostname"), "format"],
    ["pattern", (s: Json) => (s.pattern = "^a"), "pattern"],
    ["maxLength", (s: Json) => (s.maxLength = 9), "maxLength"],
    ["readOnly", (s: Json) => (s.readOnly = true), "readOnly"],
    ["writeOnly", (s: Json) => (s.writeOnly = true), "writeOnly"],
    ["deprecated", (s: Json) => (s.deprecated = true), "deprecated"],
    ["nullable", (s: Json) => (s.nullable = true), "nullable"],
    ["not", (s: Json) => (s.not = { const: "" }), "not"],
    ["items", (s: Json) => (s.items = { type: "string" }), "items"],
    ["prefixItems", (s: Json) => (s.prefixItems = [{ type: "string" }]), "prefixItems"],
    ["an unknown keyword", (s: Json) => (s.contentMediaType = "text/plain"), "contentMediaType"],
    [
      "a keyword this module has no special case for",
      (s: Json) => (s.propertyNames = { maxLength: 3 }),
      "propertyNames",
    ],
  ])("compares %s", (_label, change, keyword) => {
    const diffs = diffAfter((doc) => {
      change(schemas(doc).Secret.properties.name);
    }).filter((d) => d.operation === "POST /secrets");
    expect(wheres(diffs)).toEqual([
      `POST /secrets | responses.201.content["application/json"].schema.properties.name.${keyword}`,
    ]);
  });

  it("compares the values of const/default/enum verbatim (prose-looking keys included)", () => {
    const base = baseDoc();
    schemas(base).Secret.properties.name.default = { description: "a" };
    const actual = baseDoc();
    schemas(actual).Secret.properties.name.default = { description: "b" };
    expect(wheres(compareSpecs(base, actual).filter((d) => d.operation === "POST /secrets"))).toEqual([
      'POST /secrets | responses.201.content["application/json"].schema.properties.name.default',
    ]);
  });
});

describe("compareSpecs: cycles and refs", () => {
  it("a cyclic schema compared against itself terminates with no differences", () => {
    const doc = baseDoc();
    expect(compareSpecs(doc, doc)).toEqual([]);
    expect(compareSpecs(baseDoc(), baseDoc())).toEqual([]);
  });

  it("a cyclic schema compared against a changed copy reports the change", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Tree.properties.name.maxLength = 10;
    });
    expect(diffs).toEqual([
      {
        kind: "changed",
        operation: "GET /trees",
        where: 'responses.200.content["application/json"].schema.properties.name.maxLength',
        expected: undefined,
        actual: 10,
      },
    ]);
  });

  it("mutually recursive schemas terminate, inline vs $ref'd", () => {
    const withCycle = (doc: Json) => {
      schemas(doc).A = { type: "object", properties: { b: ref("B"), n: { type: "integer" } } };
      schemas(doc).B = { type: "object", properties: { a: ref("A") } };
      doc.paths["/trees"].get.responses["200"].content["application/json"].schema = ref("A");
    };
    const expected = baseDoc();
    withCycle(expected);
    const actual = baseDoc();
    withCycle(actual);
    // Inline the first level of the cycle in the actual document.
    actual.paths["/trees"].get.responses["200"].content["application/json"].schema = structuredClone(schemas(actual).A);
    expect(compareSpecs(expected, actual)).toEqual([]);
    schemas(actual).A.properties.n.type = "string";
    expect(wheres(compareSpecs(expected, actual))).toEqual([
      'GET /trees | responses.200.content["application/json"].schema.properties.b.properties.a.properties.n.type',
    ]);
  });

  it("reports an unresolvable $ref instead of throwing", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Tree.properties.children.items = ref("Missing");
    });
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({
      kind: "unresolvable-ref",
      operation: "GET /trees",
      where: 'responses.200.content["application/json"].schema.properties.children.items',
      actual: "#/components/schemas/Missing",
    });
    expect(diffs[0]?.message).toContain("#/components/schemas/Missing");
  });

  it("reports unresolvable and looping $refs for responses and parameters", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.responses["401"] = { $ref: "#/components/responses/Nope" };
      doc.paths["/clusters"].get.parameters.push({ $ref: "#/components/parameters/Nope" });
      schemas(doc).Loop1 = ref("Loop2");
      schemas(doc).Loop2 = ref("Loop1");
      schemas(doc).Secret.properties.name = ref("Loop1");
    }).filter((d) => !d.operation.startsWith("POST /clusters"));
    expect(diffs.map((d) => [d.kind, d.operation, d.where])).toEqual([
      ["unresolvable-ref", "GET /clusters", "parameters[$ref #/components/parameters/Nope]"],
      ["unresolvable-ref", "GET /clusters", "responses.401"],
      ["unresolvable-ref", "POST /secrets", 'responses.201.content["application/json"].schema.properties.name'],
    ]);
  });
});

describe("compareSpecs: output", () => {
  it("returns differences sorted by operation, then where", () => {
    const diffs = diffAfter((doc) => {
      schemas(doc).Cluster.properties.id.maxLength = 1;
      schemas(doc).Cluster.properties.created_at.minimum = 1;
      doc.paths["/pets"].get.operationId = "x";
      delete doc.paths["/clusters/{id}:suspend"];
    });
    const keys = diffs.map((d) => [d.operation, d.where]);
    const sorted = [...keys].sort((a, b) =>
      a[0] === b[0] ? (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0) : a[0]! < b[0]! ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
    expect(diffs.length).toBeGreaterThan(5);
  });

  it("formatDifferences gives one line per difference naming operation and where", () => {
    const diffs = diffAfter((doc) => {
      doc.paths["/clusters"].get.parameters[0].required = true;
      schemas(doc).Cluster.properties.state.enum.reverse();
      delete doc.paths["/trees"];
      doc.paths["/regions"] = { get: { responses: {} } };
      schemas(doc).Cluster.properties.name.description = "multi\nline";
    });
    const text = formatDifferences(diffs);
    const lines = text.split("\n");
    expect(lines).toHaveLength(diffs.length);
    diffs.forEach((d, i) => {
      expect(lines[i]).toContain(d.operation);
      expect(lines[i]).toContain(d.where);
    });
    expect(text).toContain("GET /clusters parameters[query limit].required: expected false, actual true");
    expect(text).toContain("enum order differs");
    expect(text).toContain("GET /trees: missing operation");
    expect(text).toContain("GET /regions: extra operation");
    expect(formatDifferences([])).toBe("");
  });
});

// The real API's structure, beside the checkout (never copied into the repository).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const referencePath = path.resolve(repoRoot, "../shared/akua-api/reference-expanded.json");
const generatedPath = path.resolve(repoRoot, "generated/openapi.json");
const referenceExists = existsSync(referencePath);
if (!referenceExists) {
  console.warn(
    `spec-compare: skipping the reference comparison: ../shared/akua-api/reference-expanded.json is not beside the checkout (looked for ${referencePath})`,
  );
}

describe.skipIf(!referenceExists)(
  "generated/openapi.json vs the real API structure (../shared/akua-api/reference-expanded.json: all 111 operations in scope)",
  () => {
    it("has no structural differences", () => {
      expect(existsSync(generatedPath), `${generatedPath} does not exist: run npm run generate`).toBe(true);
      const reference = JSON.parse(readFileSync(referencePath, "utf8")) as object;
      const generated = JSON.parse(readFileSync(generatedPath, "utf8")) as object;
      const diffs = compareSpecs(reference, generated);
      expect(diffs, `${diffs.length} difference(s):\n${formatDifferences(diffs)}`).toEqual([]);
    });
  },
);
