/**
 * Redaction by value. A server may echo what it was sent (in a status text, an
 * error message, a Location), so every string the SDK builds for a log line or
 * an error has the call's credentials replaced by `[REDACTED]`: each token value
 * it sent, and each value (6 characters or longer) of the request fields the spec
 * marks `x-akua-sensitive`. Only failure paths pay for it.
 */
import { REDACTED } from "./redact.js";

/** Replaces every known credential in a string. */
export type Scrub = (text: string) => string;

/** Sensitive request values shorter than this are not searched for (they would match everywhere). */
export const MIN_SENSITIVE_LENGTH = 6;
/** How deep `scrubDeep` and `scrubCause` go; anything deeper is dropped. */
const MAX_DEPTH = 8;

/** A Scrub for these secrets (empty strings ignored; also their percent-encoded forms). */
export function scrubber(secrets: Iterable<string>): Scrub {
  const list: string[] = [];
  for (const secret of secrets) {
    if (!secret) continue;
    list.push(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) list.push(encoded);
  }
  // Longest first, so a secret that contains another is replaced whole.
  list.sort((a, b) => b.length - a.length);
  return (text) => {
    for (const secret of list) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    return text;
  };
}

/**
 * A copy of a JSON-like value with every string scrubbed (keys included); kept as
 * is when nothing changed. Depth is bounded: deeper nodes become `[REDACTED]`.
 */
export function scrubDeep<T>(value: T, scrub: Scrub, depth = 0): T {
  if (typeof value === "string") return scrub(value) as T;
  if (!value || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[scrub(k)] = scrubDeep(v, scrub, depth + 1);
  return out as T;
}

/**
 * An error's cause, safe to keep: the same object when no message or stack in its
 * cause chain holds a secret, else a copy of the chain (name, message, stack and
 * `code` kept, scrubbed). A string is scrubbed; anything else is kept.
 */
export function scrubCause(cause: unknown, scrub: Scrub, depth = 0): unknown {
  if (typeof cause === "string") return scrub(cause);
  if (!(cause instanceof Error) || depth >= MAX_DEPTH) return cause;
  const inner = (cause as { cause?: unknown }).cause;
  const innerSafe = scrubCause(inner, scrub, depth + 1);
  const message = scrub(cause.message);
  const stack = cause.stack === undefined ? undefined : scrub(cause.stack);
  if (message === cause.message && stack === cause.stack && innerSafe === inner) return cause;
  const copy = new Error(message, innerSafe === undefined ? undefined : { cause: innerSafe });
  copy.name = cause.name;
  copy.stack = stack;
  const code = (cause as { code?: unknown }).code;
  if (code !== undefined) (copy as { code?: unknown }).code = code;
  return copy;
}

/**
 * The values (strings of {@link MIN_SENSITIVE_LENGTH} or more characters) of a request
 * body's sensitive fields, found by the last named step of each path (`value`,
 * `data[].token` -> `token`, `labels.*` -> `labels`) at any depth; a field holding an
 * object contributes every string inside it. Finding a few more than the exact paths
 * would is harmless: they are the caller's own values, only ever removed from text.
 */
export function sensitiveValues(body: unknown, paths: readonly string[] | undefined): string[] {
  const found: string[] = [];
  if (!paths?.length || typeof body !== "string") return found;
  const names = new Set(
    paths.map((path) =>
      path
        .split(/[.[\]*]+/)
        .filter(Boolean)
        .pop(),
    ),
  );
  const walk = (node: unknown, depth: number, take: boolean): void => {
    if (typeof node === "string") {
      if (take && node.length >= MIN_SENSITIVE_LENGTH) found.push(node);
    } else if (node && typeof node === "object" && depth < MAX_DEPTH) {
      for (const [key, value] of Object.entries(node)) walk(value, depth + 1, take || names.has(key));
    }
  };
  try {
    walk(JSON.parse(body), 0, false);
  } catch {
    // not JSON: nothing to find
  }
  return found;
}

/** A URL for messages: without `user:password@`. */
export const displayUrl = (url: URL): string => url.href.replace(/\/\/[^/]*@/, "//");
