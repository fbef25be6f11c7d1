/**
 * Values from JSON Schemas of the bundled spec, for the derived resource
 * engine: `$ref` resolution, the schema's own example (every schema of the
 * spec carries one), a minimal valid value where there is none, and a
 * shallow check that a value may be put into a property. Pure functions.
 * Internal to the fake server.
 */

/** A JSON Schema object of the spec (OpenAPI 3.1). */
export type Schema = Record<string, unknown>;

/** Follows `$ref`s (`#/...` pointers into `root`) until a schema without one. */
export function resolve(root: unknown, schema: unknown): Schema | undefined {
  let node = schema;
  for (let hops = 0; hops < 16; hops++) {
    if (node === null || typeof node !== "object") return undefined;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref !== "string") return node as Schema;
    if (!ref.startsWith("#/")) return undefined;
    node = ref
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (at, key) => (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        root,
      );
  }
  return undefined;
}

/** `#/components/schemas/Machine` -> `Machine`; undefined for an inline schema. */
export function refName(schema: unknown): string | undefined {
  const ref = schema !== null && typeof schema === "object" ? (schema as { $ref?: unknown }).$ref : undefined;
  return typeof ref === "string" && ref.startsWith("#/components/schemas/") ? ref.slice(21) : undefined;
}

/** The property schemas of an object schema, merged over its `oneOf` / `anyOf` / `allOf` variants. */
export function properties(root: unknown, schema: Schema | undefined): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  const visit = (s: Schema | undefined, depth: number) => {
    if (!s || depth > 8) return;
    const own = s["properties"];
    if (own && typeof own === "object") {
      for (const [name, value] of Object.entries(own as Record<string, unknown>)) {
        const resolved = resolve(root, value);
        if (resolved && !(name in out)) out[name] = resolved;
      }
    }
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      const list = s[key];
      if (Array.isArray(list)) for (const item of list) visit(resolve(root, item), depth + 1);
    }
  };
  visit(schema, 0);
  return out;
}

/** The JSON types a schema allows (`type` as a string or a list); empty when unconstrained. */
export function types(schema: Schema): string[] {
  const t = schema["type"];
  if (typeof t === "string") return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** Whether the schema allows `null`. */
export function nullable(schema: Schema): boolean {
  return types(schema).includes("null") || (Array.isArray(schema["enum"]) && schema["enum"].includes(null));
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * Whether `value` may replace a property of schema `schema` as far as a
 * shallow look tells: its JSON type, and its `enum` / `const`. Nested fields
 * are not checked (the response check against the spec catches the rest).
 */
export function fits(root: unknown, schema: Schema, value: unknown): boolean {
  const variants = ["oneOf", "anyOf"].flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : []));
  if (variants.length > 0 && types(schema).length === 0) {
    return variants.some((v) => {
      const r = resolve(root, v);
      return r !== undefined && fits(root, r, value);
    });
  }
  if (Array.isArray(schema["enum"]) && !schema["enum"].some((e) => e === value)) return false;
  if ("const" in schema && schema["const"] !== value) return false;
  const allowed = types(schema);
  if (allowed.length === 0) return true;
  const actual = jsonType(value);
  return allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
}

/** A deep copy of the schema's `example`, or undefined when it has none. */
export function exampleOf(schema: Schema | undefined): unknown {
  if (!schema || !("example" in schema)) return undefined;
  return structuredClone(schema["example"]);
}

/**
 * A value valid for `schema` and as small as the schema lets it be: the
 * schema's `default`, `const`, first `enum` member or `example`, else built by
 * type (required properties only, `minItems` items, `minLength` characters,
 * `minimum`). A nullable schema gives `null`.
 */
export function minimalValue(root: unknown, schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 16) return null;
  if ("default" in schema) return structuredClone(schema["default"]);
  if ("const" in schema) return schema["const"];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  if ("example" in schema) return structuredClone(schema["example"]);
  if (nullable(schema)) return null;
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    const list = schema[key];
    if (Array.isArray(list) && list.length > 0) return minimalValue(root, resolve(root, list[0]), depth + 1);
  }
  const type = types(schema)[0];
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const props = properties(root, schema);
      const required = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
      for (const name of required) out[name] = minimalValue(root, props[name], depth + 1);
      return out;
    }
    case "array": {
      const count = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
      const item = resolve(root, schema["items"]);
      return Array.from({ length: count }, () => minimalValue(root, item, depth + 1));
    }
    case "string": {
      if (schema["format"] === "uri") return "https://akua.dev/";
      const length = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
      return "x".repeat(Math.max(length, 1));
    }
    case "integer":
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}
