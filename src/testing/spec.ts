/**
 * The bundled OpenAPI description the fake routes and validates by. The JSON
 * import (with an import attribute, which Node's ESM loader requires) is
 * inlined by tsup into the testing bundle, so `akua-sdk/testing` needs no
 * file at run time. Internal to the fake server.
 */
import bundled from "../../generated/openapi.json" with { type: "json" };
import { resolve } from "./schema-values.js";

/** The bundled spec (`generated/openapi.json`). */
export const spec: { paths: Record<string, Record<string, unknown>> } & Record<string, unknown> = bundled as never;

/** Whether an operation (`METHOD /template`) declares a parameter. */
export function declaresParameter(operation: string, name: string): boolean {
  const op = operationObject(operation);
  const parameters = Array.isArray(op?.["parameters"]) ? (op["parameters"] as unknown[]) : [];
  return parameters.some((p) => {
    const resolved = resolveRef(p);
    return resolved !== null && typeof resolved === "object" && (resolved as { name?: unknown }).name === name;
  });
}

/** Whether an operation declares a JSON request body. */
export function hasRequestBody(operation: string): boolean {
  return operationObject(operation)?.["requestBody"] !== undefined;
}

function operationObject(operation: string): Record<string, unknown> | undefined {
  const space = operation.indexOf(" ");
  const item = spec.paths[operation.slice(space + 1)];
  const op = item?.[operation.slice(0, space).toLowerCase()];
  return op !== null && typeof op === "object" ? (op as Record<string, unknown>) : undefined;
}

/** Follows local `$ref`s within the bundled spec (schema-values.ts does the walk). */
function resolveRef(value: unknown): unknown {
  return value !== null && typeof value === "object" ? (resolve(spec, value) ?? value) : value;
}
