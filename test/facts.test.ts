import { describe, expect, it } from "vitest";
import { buildFacts, sensitivePaths, sensitiveWalker } from "../scripts/facts.js";

/**
 * The walk as it was before it was memoized (every path anew, cycles cut where they close):
 * the reference the memoized walker must agree with.
 */
function referencePaths(doc: any, schema: any): string[] {
  const resolve = (node: any): any => {
    let current = node;
    for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce((at: any, key: string) => at?.[key], doc);
    }
    return current;
  };
  const found = new Set<string>();
  const active = new Set<any>();
  const visit = (raw: any, prefix: string) => {
    const node = resolve(raw);
    if (!node || typeof node !== "object" || active.has(node)) return;
    active.add(node);
    for (const [name, property] of Object.entries<any>(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (property?.["x-akua-sensitive"] === true) found.add(path);
      else visit(property, path);
    }
    if (node.items) visit(node.items, `${prefix}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === "object") {
      visit(node.additionalProperties, prefix ? `${prefix}.*` : "*");
    }
    for (const combiner of ["allOf", "oneOf", "anyOf"]) {
      for (const member of node[combiner] ?? []) visit(member, prefix);
    }
    active.delete(node);
  };
  visit(schema, "");
  return [...found].sort();
}

/** A small seeded PRNG (mulberry32), so the random graphs are the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A document of `n` schemas linked at random (cycles included), some fields marked. */
function randomDoc(seed: number, n: number) {
  const random = prng(seed);
  const pick = () => ({ $ref: `#/components/schemas/S${Math.floor(random() * n)}` });
  const schemas: Record<string, any> = {};
  for (let i = 0; i < n; i++) {
    const schema: any = { type: "object", properties: {} };
    const links = Math.floor(random() * 4);
    for (let k = 0; k < links; k++) {
      const kind = random();
      if (kind < 0.4) schema.properties[`p${k}`] = pick();
      else if (kind < 0.55) schema.items = pick();
      else if (kind < 0.7) schema.additionalProperties = pick();
      else (schema[["allOf", "oneOf", "anyOf"][k % 3]!] ??= []).push(pick());
    }
    if (random() < 0.25) schema.properties.secret = { type: "string", "x-akua-sensitive": true };
    schemas[`S${i}`] = schema;
  }
  return { components: { schemas } };
}

describe("the sensitive-field walk", () => {
  it("agrees with walking every path anew on 200 random graphs with cycles", () => {
    let withPaths = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const doc = randomDoc(seed, 8);
      const walk = sensitiveWalker(doc);
      // one walker across all roots, in two orders: memoized answers must not depend on order
      const roots = Object.keys(doc.components.schemas).map((name) => ({ $ref: `#/components/schemas/${name}` }));
      for (const root of [...roots, ...roots.reverse()]) {
        const expected = referencePaths(doc, root);
        expect(walk(root), `seed ${seed}, ${root.$ref}`).toEqual(expected);
        if (expected.length > 0) withPaths++;
      }
    }
    expect(withPaths).toBeGreaterThan(200); // the graphs do reach marked fields
  });

  it("walks each schema once in a densely linked description (2^40 paths reach the mark)", () => {
    const n = 40;
    const schemas: Record<string, any> = {};
    for (let i = 0; i < n; i++) {
      const next = { $ref: `#/components/schemas/S${i + 1}` };
      schemas[`S${i}`] = { anyOf: [next, { allOf: [next] }], properties: { [`f${i}`]: { type: "string" } } };
    }
    schemas[`S${n}`] = { properties: { token: { type: "string", "x-akua-sensitive": true } } };
    const doc = { components: { schemas } };
    // the walk before: 2^40 visits, never finishes; memoized: each schema once
    expect(sensitivePaths(doc, { $ref: "#/components/schemas/S0" })).toEqual(["token"]);
  });

  it("ignores the schemas that lead to no marked field", () => {
    const doc = randomDoc(7, 8);
    for (const schema of Object.values<any>(doc.components.schemas)) delete schema.properties.secret;
    const facts = buildFacts({
      ...doc,
      paths: {
        "/x": {
          post: {
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/S0" } } } },
            responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/S1" } } } } },
          },
        },
      },
    });
    expect(facts["POST /x"]).toMatchObject({ sensitiveRequest: [], sensitiveResponse: {} });
  });
});
