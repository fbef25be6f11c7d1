/**
 * Project conventions that concern whole operations (DESIGN.md, "The spec").
 * Each rule walks the document once from Root, so it can see every path
 * (the if-match rule needs the GET of a sibling path) and resolve `$ref`s
 * across the split files. Problems are reported where the operation is written.
 */
import { child, collectOperations, deref, jsonSchemaOf, propertyNames, refName } from "./walk-spec.js";

/** @typedef {import("./walk-spec.js").SpecOperation} SpecOperation */
/** @typedef {import("./walk-spec.js").Ctx} Ctx */

const WRITE_METHODS = new Set(["post", "put", "patch", "delete"]);

/** @param {SpecOperation} op */
const isRetrySafe = (op) => op.node["x-akua-retry-safe"] === true;

/**
 * Builds a rule that checks every operation with `check`.
 * @param {(op: SpecOperation, all: SpecOperation[], ctx: Ctx, root: any) => void} check
 */
function perOperation(check) {
  return () => ({
    Root: {
      /** @param {any} root @param {Ctx} ctx */
      enter(root, ctx) {
        const all = collectOperations(ctx, root);
        for (const op of all) check(op, all, ctx, root);
      },
    },
  });
}

/** Every operation requires a bearer token (an `http`/`bearer` scheme, never optional). */
export const BearerSecurity = perOperation((op, _all, ctx, root) => {
  const schemes = root.components?.securitySchemes ?? {};
  /** @param {string} name */
  const isBearer = (name) => {
    const scheme = deref(ctx, schemes[name], ctx.location.child(["components", "securitySchemes", name]));
    return scheme?.node?.type === "http" && String(scheme.node.scheme).toLowerCase() === "bearer";
  };
  const requirements = Array.isArray(op.security) ? op.security : [];
  const ok =
    requirements.length > 0 &&
    requirements.every((req) => Object.keys(req ?? {}).length > 0 && Object.keys(req).every(isBearer));
  if (!ok) {
    ctx.report({
      message: `${op.key} must require bearer authentication (security: [{ BearerAuth: [] }]).`,
      location: op.location.child(["security"]).key(),
    });
  }
});

/** Every operation accepts the `akua-context` header (workspace selection). */
export const ContextHeader = perOperation((op, _all, ctx) => {
  if (!op.parameters.has("header:akua-context")) {
    ctx.report({
      message: `${op.key} must accept the \`akua-context\` header ($ref the AkuaContext parameter).`,
      location: op.location.child(["parameters"]).key(),
    });
  }
});

/** Every mutating operation accepts `idempotency-key`, or is marked `x-akua-retry-safe`. */
export const IdempotencyKey = perOperation((op, _all, ctx) => {
  if (!WRITE_METHODS.has(op.method) || isRetrySafe(op)) return;
  if (!op.parameters.has("header:idempotency-key")) {
    ctx.report({
      message: `${op.key} mutates but accepts no \`idempotency-key\` header; add the IdempotencyKey parameter or mark a read-only POST \`x-akua-retry-safe: true\`.`,
      location: op.location.child(["parameters"]).key(),
    });
  }
});

const RESOURCE_PATH = /^(.*\/\{[^}/]+\})(:[A-Za-z][\w-]*)?$/;

/**
 * A write on `.../{p}` or `.../{p}:verb` whose `GET .../{p}` returns a schema with
 * `etag` requires an `if-match` header. Retry-safe POSTs only read and are exempt.
 */
export const IfMatchOnEtagWrites = perOperation((op, all, ctx) => {
  if (op.method === "get" || isRetrySafe(op)) return;
  const base = RESOURCE_PATH.exec(op.path)?.[1];
  const read = base && all.find((o) => o.method === "get" && o.path === base);
  if (!read) return;
  const responses = child(ctx, { node: read.node, location: read.location }, "responses");
  const ok = responses && child(ctx, responses, "200");
  if (!propertyNames(ctx, jsonSchemaOf(ctx, ok)).has("etag")) return;
  const ifMatch = op.parameters.get("header:if-match");
  if (!ifMatch) {
    ctx.report({
      message: `${op.key} writes a resource whose GET ${base} returns an etag; it must require the \`if-match\` header.`,
      location: op.location.child(["parameters"]).key(),
    });
  } else if (ifMatch.node.required !== true) {
    // Reported on the operation, not on the (shared) parameter component, so that
    // an exception for one operation never hides the same problem elsewhere.
    ctx.report({
      message: `${op.key}: \`if-match\` must be required (GET ${base} returns an etag), not optional.`,
      location: op.location.child(["parameters"]).key(),
    });
  }
});

/**
 * Every 4xx/5xx response is the shared error envelope: its JSON schema is a `$ref`
 * to the component named by the `envelope` option (default `ApiErrorResponse`).
 * @param {{ envelope?: string }} [opts]
 */
export function ErrorEnvelope(opts = {}) {
  const envelope = opts.envelope ?? "ApiErrorResponse";
  return perOperation((op, _all, ctx) => {
    const responses = child(ctx, { node: op.node, location: op.location }, "responses");
    if (!responses || typeof responses.node !== "object") return;
    for (const code of Object.keys(responses.node)) {
      if (!/^[45]/.test(code)) continue;
      const response = child(ctx, responses, code);
      const content = response && child(ctx, response, "content");
      const media = content && child(ctx, content, "application/json");
      const raw = media?.node?.schema;
      if (!raw || typeof raw.$ref !== "string" || refName(raw.$ref) !== envelope) {
        ctx.report({
          message: `${op.key} answers ${code} with something other than the shared error envelope (application/json schema $ref ${envelope}).`,
          location: responses.location.child([code]).key(),
        });
      }
    }
  })();
}
