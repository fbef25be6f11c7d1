/**
 * Redaction of credentials before anything is logged, thrown or recorded:
 * the bearer token, and the body fields the spec marks `x-akua-sensitive`
 * (listed per operation in generated/facts.ts as `a.b`, `list[]`, `map.*` paths).
 */

export const REDACTED = "[REDACTED]";

/**
 * `Bearer sk_akua_live_abc123` -> `Bearer sk_akua_…****`: keeps the scheme and the
 * token's kind prefix (up to and including the second `_`, at most 8 characters),
 * never any secret character.
 */
export function redactAuthorization(value: string | null | undefined): string {
  if (!value) return "";
  const match = /^(\S+)\s+(.*)$/.exec(value.trim());
  const scheme = match ? match[1] : "";
  const token = match ? (match[2] ?? "") : value;
  const kind = /^[a-z]+_[a-z]+_/i.exec(token)?.[0] ?? "";
  const prefix = kind.length <= 8 ? kind : "";
  return `${scheme ? `${scheme} ` : ""}${prefix}…****`;
}

/**
 * A copy of `value` with every field at one of `paths` replaced by `[REDACTED]`.
 * Paths are dotted (`token`, `artifacts`, `data[].token`, `labels.*`); `[]` walks
 * every array element and `*` every key. The input is never modified.
 */
export function redactFields<T>(value: T, paths: readonly string[]): T {
  if (paths.length === 0 || value === null || typeof value !== "object") return value;
  let copy: unknown = structuredClone(value);
  for (const path of paths) copy = redactPath(copy, parsePath(path));
  return copy as T;
}

function parsePath(path: string): string[] {
  return path
    .split(/\.|(?=\[\])/)
    .flatMap((s) => (s.startsWith("[]") ? ["[]", ...s.slice(2).split(".").filter(Boolean)] : [s]));
}

function redactPath(node: unknown, steps: string[]): unknown {
  if (steps.length === 0 || node === null || typeof node !== "object") return node;
  const [step, ...rest] = steps as [string, ...string[]];
  if (step === "[]") {
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) node[i] = redactPath(node[i], rest);
    return node;
  }
  const record = node as Record<string, unknown>;
  const keys = step === "*" ? Object.keys(record) : Object.hasOwn(record, step) ? [step] : [];
  for (const key of keys) record[key] = rest.length === 0 ? REDACTED : redactPath(record[key], rest);
  return node;
}
