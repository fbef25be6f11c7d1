import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, lintSpec } from "../scripts/lint.js";
import { openSpec } from "../scripts/spec-config.js";
import { minimalSpec } from "./fixtures/minimal-spec.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-lint-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Lints `doc` (written as JSON to a temp file) with the project's redocly.yaml. */
async function lintDoc(doc: unknown, name: string) {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  return lintSpec(await openSpec({ root: file }));
}

describe("project lint rules", () => {
  it("a spec that follows every convention lints clean", async () => {
    const problems = await lintDoc(minimalSpec(), "clean");
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const cases: { rule: string; name: string; mutate: (s: any) => void; at: RegExp }[] = [
    {
      rule: "rule/operation-id-resource-verb",
      name: "operationId not resource.verb",
      mutate: (s) => (s.paths["/widgets"].post.operationId = "createWidget"),
      at: /\/paths\/~1widgets\/post\/operationId/,
    },
    {
      rule: "operation-operationId-unique",
      name: "duplicate operationId",
      mutate: (s) => (s.paths["/widgets/{id}"].patch.operationId = "widgets.get"),
      at: /\/paths\/~1widgets~1\{id\}\/patch\//,
    },
    {
      rule: "akua/operation-bearer-auth",
      name: "operation without security",
      mutate: (s) => delete s.paths["/widgets"].post.security,
      at: /\/paths\/~1widgets\/post/,
    },
    {
      rule: "akua/operation-bearer-auth",
      name: "optional auth ({} requirement)",
      mutate: (s) => (s.paths["/widgets/{id}"].get.security = [{ BearerAuth: [] }, {}]),
      at: /\/paths\/~1widgets~1\{id\}\/get/,
    },
    {
      rule: "akua/operation-bearer-auth",
      name: "non-bearer scheme",
      mutate: (s) => (s.components.securitySchemes.BearerAuth = { type: "apiKey", in: "header", name: "x-key" }),
      at: /\/paths\//,
    },
    {
      rule: "akua/operation-context-header",
      name: "operation without akua-context",
      mutate: (s) => (s.paths["/widgets/{id}"].get.parameters = []),
      at: /\/paths\/~1widgets~1\{id\}\/get\/parameters/,
    },
    {
      rule: "akua/operation-idempotency-key",
      name: "POST without idempotency-key",
      mutate: (s) => s.paths["/widgets"].post.parameters.pop(),
      at: /\/paths\/~1widgets\/post\/parameters/,
    },
    {
      rule: "akua/operation-idempotency-key",
      name: "read-only POST not marked retry-safe",
      mutate: (s) => delete s.paths["/widgets/{id}:peek"].post["x-akua-retry-safe"],
      at: /\/paths\/~1widgets~1\{id\}:peek\/post\/parameters/,
    },
    {
      rule: "akua/operation-if-match",
      name: "PATCH without if-match",
      mutate: (s) => s.paths["/widgets/{id}"].patch.parameters.pop(),
      at: /\/paths\/~1widgets~1\{id\}\/patch\/parameters/,
    },
    {
      rule: "akua/operation-if-match",
      name: "optional if-match",
      mutate: (s) => (s.components.parameters.IfMatch.required = false),
      at: /\/paths\/~1widgets~1\{id\}\/patch\/parameters/,
    },
    {
      rule: "akua/error-envelope",
      name: "error response that is not the envelope",
      mutate: (s) =>
        (s.paths["/widgets/{id}"].get.responses["404"].content["application/json"].schema = { type: "string" }),
      at: /\/paths\/~1widgets~1\{id\}\/get\/responses\/404/,
    },
    {
      rule: "akua/sensitive-fields",
      name: "credential not marked sensitive",
      mutate: (s) => delete s.components.schemas.Widget.properties.token["x-akua-sensitive"],
      at: /\/components\/schemas\/Widget\/properties\/token/,
    },
    {
      rule: "akua/sensitive-fields",
      name: "x-akua-sensitive that is not true",
      mutate: (s) => (s.components.schemas.Widget.properties.id["x-akua-sensitive"] = "yes"),
      at: /\/components\/schemas\/Widget\/properties\/id\/x-akua-sensitive/,
    },
    {
      rule: "akua/timestamp-seconds",
      name: "timestamp as a string",
      mutate: (s) => (s.components.schemas.Widget.properties.created_at = { type: "string", format: "date-time" }),
      at: /\/components\/schemas\/Widget\/properties\/created_at/,
    },
    {
      rule: "akua/timestamp-seconds",
      name: "timestamp that may be negative",
      mutate: (s) => delete s.components.schemas.Widget.properties.created_at.minimum,
      at: /\/components\/schemas\/Widget\/properties\/created_at/,
    },
  ];

  it.each(cases)("$rule fires on: $name", async ({ rule, name, mutate, at }) => {
    const doc = minimalSpec();
    mutate(doc);
    const problems = await lintDoc(doc, name.replace(/\W+/g, "-"));
    const hits = problems.filter((p) => p.ruleId === rule);
    expect(hits.length, problems.map(formatProblem).join("\n")).toBeGreaterThan(0);
    const hit = hits[0]!;
    expect(hit.severity).toBe("error");
    expect(hit.pointer).toMatch(at);
    // file:line:col points into the written file, and the formatted line names the rule.
    expect(hit.line).toBeGreaterThan(1);
    expect(formatProblem(hit)).toMatch(
      new RegExp(`\\.json:${hit.line}:${hit.col}  error  ${rule.replace("/", "\\/")}  `),
    );
  });
});
