/**
 * The request log: one entry per request, with every credential redacted
 * before it is stored. `authorization` goes through `redactAuthorization`;
 * the body loses the operation's `sensitiveRequest` fields (facts table) and,
 * belt and braces, any field named like a credential at any depth, so a
 * secret sent in the wrong place (an unknown field, a mistyped path) never
 * lands in the log either. Bodies of unrouted requests and bodies that are not
 * JSON are not kept at all. Internal to the fake server.
 */
import type { IncomingHttpHeaders } from "node:http";
import { operationFacts } from "../../generated/facts.js";
import { REDACTED, redactAuthorization, redactFields } from "../redact.js";

/** Field names redacted wherever they appear in a logged body. */
const CREDENTIAL_FIELDS = new Set(["value", "kubeconfig", "token", "command", "cloud_init", "artifacts", "password"]);
/** Headers that carry credentials besides `authorization`. */
const CREDENTIAL_HEADERS = new Set(["proxy-authorization", "cookie"]);

/** Request headers as logged: lower-case names, joined values, credentials redacted. */
export function logHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    if (name === "authorization") out[name] = redactAuthorization(text);
    else if (CREDENTIAL_HEADERS.has(name)) out[name] = REDACTED;
    else out[name] = text;
  }
  return out;
}

/** A request body as logged: undefined when absent, unparsed or unrouted; else redacted. */
export function logBody(operation: string | null, body: unknown, parsed: boolean): unknown {
  if (operation === null || !parsed || body === undefined) return undefined;
  const sensitive = operationFacts[operation]?.sensitiveRequest ?? [];
  return redactCredentialNames(redactFields(body, sensitive));
}

function redactCredentialNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactCredentialNames);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = CREDENTIAL_FIELDS.has(key) ? REDACTED : redactCredentialNames(field);
  }
  return out;
}
