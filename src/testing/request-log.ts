/**
 * The request log: one entry per request, with every credential redacted
 * before it is stored. `authorization` goes through `redactAuthorization`;
 * the body loses the operation's `sensitiveRequest` fields (facts table) and,
 * belt and braces, any field named like a credential at any depth, so a
 * secret sent in the wrong place (an unknown field, a mistyped path) never
 * lands in the log either. Bodies of unrouted requests and bodies that are not
 * JSON are not kept at all.
 *
 * Bytes are bounded per entry: a body whose redacted JSON is at most
 * {@link LOG_BODY_BYTES} is kept as the redacted value; a larger one becomes
 * `{ truncated: true, bytes, preview }`, the preview cut from the redacted text
 * (redaction runs on the whole body first, so a cut can never expose a value
 * the redaction would have hidden). The recursion below is bounded: bodies are
 * checked against `MAX_JSON_DEPTH` before they reach the log. Internal to the
 * fake server.
 */
import type { IncomingHttpHeaders } from "node:http";
import { operationFacts } from "../../generated/facts.js";
import { REDACTED, redactAuthorization, redactFields } from "../redact.js";

/** A logged body whose redacted JSON is larger than this (UTF-8 bytes) is truncated. */
export const LOG_BODY_BYTES = 4096;
/** Characters of redacted JSON a truncated body keeps as its preview. */
export const LOG_PREVIEW_CHARS = 1024;

/** A body too large to keep in the log. */
export interface TruncatedLogBody {
  truncated: true;
  /** Size of the body as received, bytes. */
  bytes: number;
  /** The start of its redacted JSON, at most {@link LOG_PREVIEW_CHARS} characters. */
  preview: string;
}

/**
 * Field names redacted wherever they appear in a logged body: these, and the
 * last name of every field the spec marks sensitive in any request or answer
 * (`api_token`, `client_secret`, `fork_write_token`, ...), so the list keeps
 * up with the spec.
 */
const CREDENTIAL_FIELDS = new Set([
  "value",
  "kubeconfig",
  "token",
  "command",
  "cloud_init",
  "artifacts",
  "password",
  ...Object.values(operationFacts).flatMap((facts) =>
    [...facts.sensitiveRequest, ...Object.values(facts.sensitiveResponse).flat()].map(lastName),
  ),
]);

/** The last field name of a facts path (`credentials.password` -> `password`, `data[].token` -> `token`). */
function lastName(path: string): string {
  return path
    .replace(/(\[\]|\.\*)+$/, "")
    .split(/[.\]]/)
    .at(-1)!
    .replace(/\[$/, "");
}
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

/**
 * A request body as logged: undefined when absent, unparsed or unrouted; else
 * redacted, and truncated beyond {@link LOG_BODY_BYTES}.
 *
 * @param receivedBytes - the size of the body as received
 */
export function logBody(operation: string | null, body: unknown, receivedBytes: number): unknown {
  if (operation === null || body === undefined) return undefined;
  const sensitive = operationFacts[operation]?.sensitiveRequest ?? [];
  const redacted = redactCredentialNames(redactFields(body, sensitive));
  const text = JSON.stringify(redacted);
  // A UTF-16 unit takes at most 3 UTF-8 bytes: short texts skip the count.
  if (text.length * 3 <= LOG_BODY_BYTES || Buffer.byteLength(text) <= LOG_BODY_BYTES) return redacted;
  const truncated: TruncatedLogBody = {
    truncated: true,
    bytes: receivedBytes,
    preview: prefix(text, LOG_PREVIEW_CHARS),
  };
  return truncated;
}

/** The first `chars` UTF-16 units of `text`, never ending in half a surrogate pair. */
function prefix(text: string, chars: number): string {
  const cut = text.slice(0, chars);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
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
