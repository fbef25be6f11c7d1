import { readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { PROSE_ONLY, rateSpecs } from "../../scripts/release/rate.js";
import { structureOf, withReachableComponents } from "../../scripts/release/structure.js";
import { repoRoot } from "../../scripts/spec-config.js";
import {
  acceptsEverything,
  alternatives,
  ENUM_POLICY,
  locateChange,
  patternWidened,
  rateChanges,
  requiredBump,
  specFileFor,
  type Verdict,
} from "../../scripts/release/verdicts.js";
import { fixtures } from "./helpers.js";

type Impact = "major" | "minor" | "patch";
const load = (file: string): any => parseYaml(readFileSync(path.join(fixtures, "verdicts", file), "utf8"));

/**
 * Every verdict the gate relies on, one case per path of the fixture pair
 * (test/fixtures/release/verdicts/): the gate's rating, redocly's, and the rule that decided
 * (a redocly rule, a project rule `akua/...`, or "" when no rule fired and the change kind's
 * default applies: added = minor, modified/removed = patch).
 */
const PINNED: Record<string, { impact: Impact; redocly: Impact; rule: string }> = {
  // Breaking: redocly and the gate agree.
  "/cases/path-removed": { impact: "major", redocly: "major", rule: "path-removed" },
  "DELETE /cases/operation-removed": { impact: "major", redocly: "major", rule: "operation-removed" },
  "GET /cases/operation-id-changed": { impact: "major", redocly: "major", rule: "operation-id-changed" },
  "GET /cases/security-changed": { impact: "major", redocly: "major", rule: "security-requirement-changed" },
  "GET /cases/required-parameter-added": { impact: "major", redocly: "major", rule: "parameter-became-required" },
  "GET /cases/parameter-became-required": { impact: "major", redocly: "major", rule: "parameter-became-required" },
  "GET /cases/parameter-removed": { impact: "major", redocly: "major", rule: "parameter-removed" },
  "GET /cases/parameter-narrowed": { impact: "major", redocly: "major", rule: "schema-constraint-changed" },
  "POST /cases/request-body-became-required": {
    impact: "major",
    redocly: "major",
    rule: "request-body-became-required",
  },
  "POST /cases/request-field-became-required": {
    impact: "major",
    redocly: "major",
    rule: "required-properties-added",
  },
  "POST /cases/request-max-length-narrowed": { impact: "major", redocly: "major", rule: "schema-constraint-changed" },
  "POST /cases/request-pattern-added": { impact: "major", redocly: "major", rule: "schema-constraint-changed" },
  "POST /cases/request-type-changed": { impact: "major", redocly: "major", rule: "schema-type-changed" },
  "POST /cases/request-enum-lost-value": { impact: "major", redocly: "major", rule: "enum-values-removed" },
  "POST /cases/shared-enum-lost-value": { impact: "major", redocly: "major", rule: "enum-values-removed" },
  "POST /cases/media-type-removed": { impact: "major", redocly: "major", rule: "media-type-removed" },
  "GET /cases/response-property-removed": { impact: "major", redocly: "major", rule: "property-removed" },
  "GET /cases/response-property-no-longer-required": {
    impact: "major",
    redocly: "major",
    rule: "required-properties-removed",
  },
  "GET /cases/response-type-changed": { impact: "major", redocly: "major", rule: "schema-type-changed" },
  "GET /cases/response-status-removed": { impact: "major", redocly: "major", rule: "response-removed" },
  "GET /cases/response-header-removed": { impact: "major", redocly: "major", rule: "response-header-removed" },
  "GET /cases/response-enum-dropped": { impact: "major", redocly: "major", rule: "enum-values-added" },
  // Breaking for TypeScript users, rated patch by redocly: the project's rules.
  "GET /cases/response-enum-lost-value": { impact: "major", redocly: "patch", rule: "akua/enum-value-removed" },
  "GET /cases/component-enum-lost-value": { impact: "major", redocly: "patch", rule: "akua/enum-value-removed" },
  "POST /cases/request-field-removed": { impact: "major", redocly: "patch", rule: "akua/request-property-removed" },
  // Issue 15: breaking for TypeScript users although redocly rates them lower.
  "POST /cases/required-request-body-added": {
    impact: "major",
    redocly: "minor",
    rule: "akua/required-request-body-added",
  },
  "GET /cases/response-header-no-longer-required": {
    impact: "major",
    redocly: "patch",
    rule: "akua/response-header-no-longer-required",
  },
  "GET /cases/response-header-required-dropped": {
    impact: "major",
    redocly: "patch",
    rule: "akua/response-header-no-longer-required",
  },
  "POST /cases/request-allof-member-removed": {
    impact: "major",
    redocly: "patch",
    rule: "akua/request-property-removed",
  },
  "POST /cases/request-allof-member-narrowed": {
    impact: "major",
    redocly: "patch",
    rule: "akua/request-property-removed",
  },
  // An enum that lost one value and gained another: major, and the message says both.
  "GET /cases/response-enum-replaced-value": { impact: "major", redocly: "major", rule: "enum-values-added" },
  // A request pattern: narrowing or a change that cannot be judged stays major; widening is not breaking.
  "POST /cases/request-pattern-changed": { impact: "major", redocly: "major", rule: "schema-constraint-changed" },
  "POST /cases/request-pattern-widened": { impact: "patch", redocly: "major", rule: "akua/request-pattern-widened" },
  "POST /cases/request-pattern-emptied": { impact: "patch", redocly: "major", rule: "akua/request-pattern-widened" },
  "POST /cases/request-pattern-removed": { impact: "patch", redocly: "patch", rule: "" },
  // A new or changed default of an optional input: minor (callers that omit it get other behaviour).
  "POST /cases/request-default-changed": { impact: "minor", redocly: "patch", rule: "akua/request-default-changed" },
  "POST /cases/request-default-added": { impact: "minor", redocly: "patch", rule: "akua/request-default-changed" },
  "GET /cases/parameter-default-changed": { impact: "minor", redocly: "patch", rule: "akua/request-default-changed" },
  "POST /cases/required-request-default-changed": { impact: "patch", redocly: "patch", rule: "" },
  // `servers`: the SDK never reads them.
  document: { impact: "patch", redocly: "major", rule: "akua/servers-changed" },
  // Not breaking: the properties of the removed member are still offered by another one.
  "POST /cases/request-allof-member-merged": { impact: "patch", redocly: "patch", rule: "" },
  "GET /cases/parameter-deprecated": { impact: "patch", redocly: "patch", rule: "" },
  "GET /cases/parameter-no-longer-required": { impact: "patch", redocly: "patch", rule: "" },
  "GET /cases/response-header-became-required": { impact: "patch", redocly: "patch", rule: "" },
  "POST /cases/optional-request-body-added": { impact: "minor", redocly: "minor", rule: "" },
  // Additions: minor.
  "/widgets/{widget_id}/attachments-added-in-this-revision": { impact: "minor", redocly: "minor", rule: "" },
  "GET /cases/optional-parameter-added": { impact: "minor", redocly: "minor", rule: "" },
  "POST /cases/optional-request-field-added": { impact: "minor", redocly: "minor", rule: "" },
  "GET /cases/response-property-added": { impact: "minor", redocly: "minor", rule: "" },
  "GET /cases/response-status-added": { impact: "minor", redocly: "minor", rule: "" },
  // The enum policy: a gained value is minor in both directions (redocly: major / patch).
  "GET /cases/response-enum-gained-value": { impact: "minor", redocly: "major", rule: "akua/enum-value-added" },
  "POST /cases/request-enum-gained-value": { impact: "minor", redocly: "patch", rule: "akua/enum-value-added" },
  // A wider request constraint changes no type: patch.
  "POST /cases/request-max-length-widened": { impact: "patch", redocly: "patch", rule: "" },
};

describe("verdicts on the fixture pair (one redocly diff run)", () => {
  let verdicts: Verdict[];
  beforeAll(async () => {
    ({ verdicts } = await rateSpecs(load("base.yaml"), load("revision.yaml")));
  }, 60_000);

  const worst = (op: string) => verdicts.filter((v) => v.operation === op).sort(byImpact)[0];

  it.each(Object.entries(PINNED))("%s", (op, pinned) => {
    const v = worst(op);
    expect(v, `no verdict for ${op}`).toBeDefined();
    expect({ impact: v!.impact, redocly: v!.redocly, rule: v!.rules.at(-1) ?? "" }).toEqual(pinned);
  });

  it("pins every change of the pair (a new case needs a row above)", () => {
    const unpinned = verdicts.filter((v) => !(v.operation in PINNED)).map((v) => `${v.operation}: ${v.message}`);
    expect(unpinned).toEqual([]);
  });

  it("rates a security requirement swap as removed (major) plus added (minor)", () => {
    expect(verdicts.filter((v) => v.operation === "GET /cases/security-changed").map((v) => v.impact)).toEqual([
      "major",
      "minor",
    ]);
  });

  it("says why it departs from redocly, and the pair needs a major bump", () => {
    const gained = worst("GET /cases/response-enum-gained-value")!;
    expect(gained.policy).toBe(ENUM_POLICY);
    expect(gained.message).toContain("'deleting'");
    expect(worst("GET /cases/response-enum-lost-value")!.message).toContain("lost values: 'failed'");
    expect(requiredBump(verdicts)).toBe("major");
  });

  it("says what changed, in words (issue 15)", () => {
    const message = (op: string) => worst(op)!.message;
    expect(message("GET /cases/parameter-deprecated")).toBe(
      "Parameter `filter` query: `deprecated` changed from (absent) to true.",
    );
    expect(message("GET /cases/parameter-no-longer-required")).toBe(
      "Parameter `filter` query: `required` changed from true to false.",
    );
    expect(verdicts.map((v) => v.message).join("\n")).not.toMatch(/undefined/);
    expect(message("GET /cases/response-enum-replaced-value")).toBe(
      "Enum of `state` lost values: 'failed' and gained values: 'errored' (code comparing against them stops compiling).",
    );
    expect(message("POST /cases/request-allof-member-removed")).toMatch(
      /Request properties `labels`, `note` were removed with an `allOf` member/,
    );
    expect(message("POST /cases/request-allof-member-narrowed")).toMatch(/Request property `labels` was removed/);
    expect(message("POST /cases/required-request-body-added")).toMatch(/required request body was added/);
    expect(message("GET /cases/parameter-default-changed")).toBe(
      "Optional request input `limit` (query): default changed from 20 to 50. Callers that omit it get the new behaviour.",
    );
    expect(message("POST /cases/request-default-added")).toMatch(/`size`: now defaults to 10\. Callers that omit it/);
    expect(message("document")).toMatch(/`servers`: `url` changed from .* \(the SDK never reads them\)/);
    expect(worst("document")!.policy).toMatch(/DEFAULT_BASE_URL/);
  });

  it("ignores prose and x-* changes structurally (description-changed, extension-changed)", () => {
    expect(verdicts.some((v) => /description-changed|extension-changed/.test(v.operation))).toBe(false);
  });
});

describe("ratings without a redocly run", () => {
  it("rates a prose-only or x-* change as one patch, and no change as none", async () => {
    const base = load("base.yaml");
    const reworded = structuredClone(base);
    reworded.paths["/cases/parameter-removed"].get.parameters[0].description = "A much longer text ".repeat(20);
    reworded.paths["/cases/description-changed"].get["x-akua-retry-safe"] = true;
    const prose = await rateSpecs(base, reworded);
    expect(prose.verdicts).toEqual([PROSE_ONLY]);
    expect(prose.ms).toBe(0); // structure equal: redocly was not run
    expect(requiredBump(prose.verdicts)).toBe("patch");
    const same = await rateSpecs(base, structuredClone(base));
    expect(same.verdicts).toEqual([]);
    expect(requiredBump(same.verdicts)).toBe("none");
  });

  it("keeps names that look like prose keys (a property called `description`)", () => {
    const doc = {
      paths: { "/x": { get: { description: "prose", "x-a": 1, responses: { "200": { description: "ok" } } } } },
      components: {
        schemas: {
          S: {
            title: "t",
            properties: { description: { type: "string", description: "p" }, "x-b": { type: "string" } },
          },
        },
      },
    };
    expect(structureOf(doc)).toEqual({
      paths: { "/x": { get: { responses: { "200": {} } } } },
      components: { schemas: { S: { properties: { description: { type: "string" }, "x-b": { type: "string" } } } } },
    });
  });

  it("keeps only the components the paths reach", () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const doc = {
      paths: { "/a": { get: { responses: { "200": { content: { "application/json": { schema: ref("A") } } } } } } },
      components: {
        schemas: { A: { properties: { b: ref("B") } }, B: { type: "string" }, Unused: { type: "integer" } },
      },
    };
    expect(Object.keys(withReachableComponents(doc).components.schemas)).toEqual(["A", "B"]);
  });

  it("locates changes and the spec files that hold them", () => {
    expect(locateChange("#/paths/~1clusters~1{id}:suspend/post/responses/202")).toEqual({
      operation: "POST /clusters/{id}:suspend",
      where: "responses/202",
      direction: "response",
    });
    expect(locateChange("#/paths/~1secrets/post/requestBody/content/application~1json").direction).toBe("request");
    expect(locateChange("#/components/schemas/X").operation).toBe("document");
    expect(specFileFor("#/components/schemas/Cluster/properties/name")).toBe("openapi/components/schemas/Cluster.yaml");
    expect(specFileFor("#/paths/~1clusters~1{id}:suspend/post")).toBe("openapi/paths/clusters_{id}@suspend.yaml");
  });

  it("rates `servers` of the document, a path item or an operation as patch, not a property called servers", () => {
    const change = (path: string) => ({
      path,
      typeName: "Server",
      kind: "removed" as const,
      impact: "major" as const,
      verdicts: [{ ruleId: "server-removed", impact: "major" as const, message: "m" }],
    });
    for (const path of ["#/servers/0", "#/paths/~1x/servers/0", "#/paths/~1x/get/servers/0"]) {
      expect(rateChanges([change(path)])[0]!.impact, path).toBe("patch");
    }
    const property = { ...change("#/paths/~1x/post/requestBody/content/application~1json/schema/properties/servers") };
    expect(rateChanges([{ ...property, typeName: "Schema" }])[0]!.impact).toBe("major");
  });

  it("applies the enum rules to redocly changes by their values", () => {
    const change = (before: string[], after: string[], impact: Impact, ruleId?: string) => ({
      path: "#/paths/~1x/get/responses/200/content/application~1json/schema/properties/state",
      typeName: "Schema",
      kind: "modified" as const,
      property: "enum",
      impact,
      verdicts: ruleId ? [{ ruleId, impact, message: "m" }] : [],
      base: { pointer: "#/a", value: before },
      revision: { pointer: "#/a", value: after },
    });
    const [replaced] = rateChanges([change(["a", "b"], ["a", "c"], "major", "enum-values-added")]);
    expect(replaced!.impact).toBe("major"); // lost `b`: breaking even though `c` was gained
    expect(replaced!.message).toMatch(/lost values: 'b' and gained values: 'c'/);
    const [reordered] = rateChanges([change(["a", "b"], ["b", "a"], "patch")]);
    expect(reordered!.impact).toBe("patch");
  });
});

describe("request patterns", () => {
  it("judges a widening only where it is sure", () => {
    expect(patternWidened("^[a-z]+$", undefined)).toBe(true); // removed
    expect(patternWidened("^[a-z]+$", "")).toBe(true);
    expect(patternWidened("^[a-z]+$", ".*")).toBe(true);
    expect(patternWidened("^[a-z]+$", "[\\s\\S]*")).toBe(true);
    expect(patternWidened("^[a-z]+$", "^[a-z]+$|^[0-9]+$")).toBe(true); // the old one is an alternative
    expect(patternWidened("^a$|^b$", "^b$|^a$|^c$")).toBe(true);
    expect(patternWidened("^[a-z]+$", "^[a-z0-9]+$")).toBe(false); // wider, but not judged: stays major
    expect(patternWidened("^[a-z]+$", "^[a-z]{1,8}$")).toBe(false); // narrower
    expect(patternWidened("^[a-z]+$", "^.*$")).toBe(false); // anchored: not judged
    expect(patternWidened("^[a-z]+$", "(?!x).*")).toBe(false); // lookaround: not judged
    expect(patternWidened("^[a-z]+$", "\\B")).toBe(false); // matches "" but not "a"
    expect(patternWidened("^(a|b)$", "^(a|b)$|c")).toBe(true);
    expect(alternatives("a|(b|c)|[|]|\\|")).toEqual(["a", "(b|c)", "[|]", "\\|"]); // an escaped | does not split
    expect(alternatives("(a")).toBeUndefined();
    expect(acceptsEverything("x*")).toBe(true);
    expect(acceptsEverything("x+")).toBe(false);
  });
});

describe("servers", () => {
  it("the spec's first server is the SDK's DEFAULT_BASE_URL (src/options.ts), so changing servers alone is patch", async () => {
    const spec = parseYaml(readFileSync(path.join(repoRoot, "openapi", "openapi.yaml"), "utf8")) as any;
    const options = readFileSync(path.join(repoRoot, "src", "options.ts"), "utf8");
    const match = /export const DEFAULT_BASE_URL = "([^"]+)"/.exec(options);
    expect(match, "src/options.ts declares DEFAULT_BASE_URL as a string literal").not.toBeNull();
    expect(spec.servers?.[0]?.url).toBe(match![1]);
  });
});

const ORDER = { major: 0, minor: 1, patch: 2 } as const;
function byImpact(a: Verdict, b: Verdict) {
  return ORDER[a.impact] - ORDER[b.impact];
}
