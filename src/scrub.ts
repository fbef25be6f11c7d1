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
 * The values (strings of {@link MIN_SENSITIVE_LENGTH} or more characters) found at
 * the sensitive field paths of a request body (`a.b`, `list[]`, `map.*`; a field
 * holding an object contributes every string inside it).
 */
export function sensitiveValues(body: unknown, paths: readonly string[] | undefined): string[] {
  const found: string[] = [];
  if (!paths?.length || typeof body !== "string") return found;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return found;
  }
  const collect = (node: unknown, depth: number) => {
    if (typeof node === "string") {
      if (node.length >= MIN_SENSITIVE_LENGTH) found.push(node);
    } else if (node && typeof node === "object" && depth < MAX_DEPTH) {
      for (const v of Object.values(node)) collect(v, depth + 1);
    }
  };
  for (const path of paths) {
    let nodes = [parsed];
    for (const step of path.split(/\.|(?=\[\])/)) {
      const next: unknown[] = [];
      for (const node of nodes) {
        if (!node || typeof node !== "object") continue;
        if (step === "[]") {
          if (Array.isArray(node)) next.push(...node);
        } else if (step === "*") next.push(...Object.values(node));
        else if (Object.hasOwn(node, step)) next.push((node as Record<string, unknown>)[step]);
      }
      nodes = next;
    }
    for (const node of nodes) collect(node, 0);
  }
  return found;
}

/** A URL for messages: without `user:password@`. */
export function displayUrl(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href;
}
