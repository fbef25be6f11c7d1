/**
 * Project conventions that concern schema properties: credentials are marked
 * `x-akua-sensitive`, timestamps are integer seconds >= 0. Both use the
 * Schema visitor, which reaches every schema once wherever it is written.
 */
import { deref } from "./walk-spec.js";

/** @typedef {import("./walk-spec.js").Ctx} Ctx */

const DEFAULT_SENSITIVE = [
  "token",
  "command",
  "cloud_init",
  "artifacts",
  "kubeconfig",
  "value",
  "password",
  "client_secret",
];

/**
 * Properties whose name says they carry a credential must be marked
 * `x-akua-sensitive: true` (on the property itself, beside a `$ref` if there is one).
 * @param {{ names?: string[] }} [opts]
 */
export function SensitiveFields(opts = {}) {
  const names = new Set(opts.names ?? DEFAULT_SENSITIVE);
  return {
    Schema: {
      /** @param {any} schema @param {Ctx} ctx */
      enter(schema, ctx) {
        const properties = schema?.properties;
        if (!properties || typeof properties !== "object" || "$ref" in properties) return;
        for (const [name, property] of Object.entries(properties)) {
          const marked = property?.["x-akua-sensitive"];
          const where = ctx.location.child(["properties", name]);
          if (marked !== undefined && marked !== true) {
            ctx.report({
              message: `\`x-akua-sensitive\` on \`${name}\` must be \`true\` (or absent).`,
              location: where.child(["x-akua-sensitive"]),
            });
          } else if (names.has(name) && marked !== true) {
            ctx.report({
              message: `Property \`${name}\` carries a credential and must be marked \`x-akua-sensitive: true\`.`,
              location: where.key(),
            });
          }
        }
      },
    },
  };
}

/**
 * Properties named like timestamps (default: ending in `_at`) are integer Unix
 * seconds, `type: integer` (or `[integer, "null"]`) with `minimum: 0`.
 * @param {{ pattern?: string }} [opts]
 */
export function TimestampSeconds(opts = {}) {
  const pattern = new RegExp(opts.pattern ?? "_at$");
  return {
    Schema: {
      /** @param {any} schema @param {Ctx} ctx */
      enter(schema, ctx) {
        const properties = schema?.properties;
        if (!properties || typeof properties !== "object" || "$ref" in properties) return;
        for (const [name, property] of Object.entries(properties)) {
          if (!pattern.test(name)) continue;
          const where = ctx.location.child(["properties", name]);
          const resolved = deref(ctx, property, where)?.node;
          if (!resolved || isIntegerSeconds(resolved)) continue;
          ctx.report({
            message: `Timestamp \`${name}\` must be integer Unix seconds: type integer (nullable allowed) with minimum 0.`,
            location: where.key(),
          });
        }
      },
    },
  };
}

/** @param {any} schema */
function isIntegerSeconds(schema) {
  /** @type {unknown[]} */
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const integer = types.includes("integer") && types.every((t) => t === "integer" || t === "null");
  const nonNegative =
    (typeof schema.minimum === "number" && schema.minimum >= 0) ||
    (typeof schema.exclusiveMinimum === "number" && schema.exclusiveMinimum >= 0);
  return integer && nonNegative;
}
