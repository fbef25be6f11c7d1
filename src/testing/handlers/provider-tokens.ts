/**
 * `POST /secrets/validate_token`: the fake never calls a provider. Its answer
 * is canned and deterministic: a token containing `invalid` (any case) is
 * rejected, `{ valid: false, error }` with the spec example's reason; any other
 * is accepted, `{ valid: true }`. The token is never stored, and the request
 * log redacts it (`value` is a sensitive field of the request).
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";

type Body = components["schemas"]["ValidateProviderTokenBody"];
type Result = components["schemas"]["ValidateProviderTokenResult"];

/** The reason given for a rejected token (the spec's example). */
export const REJECTED = "The token was rejected by Hetzner Cloud (401 unauthorized).";

/** Whether the fake's provider accepts `token`. */
export function tokenResult(token: string): Result {
  return /invalid/i.test(token) ? { valid: false, error: REJECTED } : { valid: true };
}

/** `POST /secrets/validate_token`. */
export function validateToken(ctx: HandlerContext): Reply {
  return { status: 200, body: tokenResult((ctx.body as Body).value) };
}
