/**
 * The canned answer of `GET /packages/artifacthub/{package_id}/versions/{version}/values_schema`:
 * the fake never calls Artifact Hub. Every chart has the same small default
 * values, with the image named after the chart id and tagged with the
 * version; `schema` is derived from them (types only), overlaid with the
 * chart's own values schema (`CHART_SCHEMA`) when `include_schema` is `"true"`.
 * A `package_id` containing `unparsable` (any case) stands for a chart whose
 * values do not parse: `values` `{}`, the raw text as published, `schema` null.
 * Pure functions. Internal to the fake server.
 */

/** The `package_id` marker of a chart whose values do not parse. */
export const UNPARSABLE_MARKER = "unparsable";

/** The raw values of the `unparsable` chart. */
export const UNPARSABLE_YAML = "replicaCount: [1\nservice: {port: 80\n";

/** What every canned chart publishes as its own values schema (overlaid with `include_schema=true`). */
export const CHART_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  required: ["image"],
  properties: {
    replicaCount: { description: "Number of pods.", minimum: 0 },
    service: { properties: { type: { enum: ["ClusterIP", "NodePort", "LoadBalancer"] } } },
  },
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The answer for one chart version. */
export function artifactHubValues(
  packageId: string,
  version: string,
  includeSchema: boolean,
): { values: Record<string, Json>; values_yaml: string; schema: Record<string, Json> | null } {
  if (packageId.toLowerCase().includes(UNPARSABLE_MARKER)) {
    return { values: {}, values_yaml: UNPARSABLE_YAML, schema: null };
  }
  const values: Record<string, Json> = {
    replicaCount: 1,
    image: { repository: `registry.example.com/charts/${packageId}`, tag: version, pullPolicy: "IfNotPresent" },
    service: { type: "ClusterIP", port: 80 },
    ingress: { enabled: false },
  };
  const derived = schemaOf(values) as Record<string, Json>;
  const schema = includeSchema ? (overlay(derived, CHART_SCHEMA as unknown as Json) as Record<string, Json>) : derived;
  return { values, values_yaml: toYaml(values), schema };
}

/** A JSON Schema describing the types of a value (objects: every property; arrays: the first item). */
export function schemaOf(value: Json): Json {
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) return { type: "array", items: value.length > 0 ? schemaOf(value[0]!) : {} };
  if (typeof value === "object") {
    const properties: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) properties[k] = schemaOf(v);
    return { type: "object", properties };
  }
  if (typeof value === "number") return { type: Number.isInteger(value) ? "integer" : "number" };
  return { type: typeof value };
}

/** Deep merge: objects merge key by key, anything else in `top` wins. */
export function overlay(base: Json, top: Json): Json {
  if (!isObject(base) || !isObject(top)) return structuredClone(top);
  const out: Record<string, Json> = { ...base };
  for (const [k, v] of Object.entries(top)) out[k] = k in base ? overlay(base[k]!, v) : structuredClone(v);
  return out;
}

/** YAML block text of nested objects of scalars (strings double-quoted as JSON, which YAML reads the same). */
export function toYaml(value: Record<string, Json>, indent = ""): string {
  let out = "";
  for (const [k, v] of Object.entries(value)) {
    if (isObject(v)) out += `${indent}${k}:\n${toYaml(v, `${indent}  `)}`;
    else out += `${indent}${k}: ${JSON.stringify(v)}\n`;
  }
  return out;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
