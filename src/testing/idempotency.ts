/**
 * The idempotency-key store (IETF Idempotency-Key draft, as DESIGN.md assumes).
 *
 * A keyed request is identified by its key within its workspace; its
 * fingerprint is method + concrete path + canonical JSON body. The first
 * request claims the key (in flight), and its final answer is stored for a
 * 2xx or 4xx; a 5xx releases the key so a retry runs again. Afterwards:
 * same fingerprint -> the stored answer is replayed (before any precondition
 * is checked); other fingerprint -> 422; still in flight -> 409
 * `IDEMPOTENCY_KEY_IN_USE`. Keys expire 24 hours after the first request, on
 * the fake's clock. Every check-then-claim is synchronous. Internal to the fake server.
 */
import { ApiError } from "./envelope.js";

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** An answer as it was sent, kept for replay byte for byte. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  /** The exact body bytes (empty for 204). */
  body: string;
}

type Entry =
  | { state: "in-flight"; fingerprint: string; expiresAt: number }
  | { state: "done"; fingerprint: string; expiresAt: number; answer: StoredAnswer };

/** The outcome of looking a key up. */
export type Claim = { kind: "claimed"; token: symbol } | { kind: "replay"; answer: StoredAnswer };

/** Keys per workspace. */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry & { token?: symbol }>();

  /**
   * Claims `key` for a new request, or returns the stored answer to replay.
   * Throws 422 for another request under the same key and 409 while the first is still running.
   */
  claim(workspace: string, key: string, fingerprint: string, now: number): Claim {
    const id = `${workspace}\u0000${key}`;
    const existing = this.entries.get(id);
    if (existing && existing.expiresAt <= now) this.entries.delete(id);
    const entry = this.entries.get(id);
    if (entry) {
      if (entry.fingerprint !== fingerprint) {
        throw new ApiError(422, "The idempotency key was already used for a different request.", {
          metadata: { reason: "IDEMPOTENCY_KEY_REUSED" },
        });
      }
      if (entry.state === "in-flight") {
        throw new ApiError(409, "A request with the same idempotency key is still being processed; retry later.", {
          metadata: { reason: "IDEMPOTENCY_KEY_IN_USE" },
        });
      }
      return { kind: "replay", answer: entry.answer };
    }
    const token = Symbol(key);
    this.entries.set(id, { state: "in-flight", fingerprint, expiresAt: now + IDEMPOTENCY_TTL_MS, token });
    return { kind: "claimed", token };
  }

  /** Stores the final answer of a claimed key (2xx/4xx), or releases the key (5xx, or no answer at all). */
  settle(workspace: string, key: string, token: symbol, answer: StoredAnswer | undefined): void {
    const id = `${workspace}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry || entry.token !== token) return;
    if (!answer || answer.status >= 500) {
      this.entries.delete(id);
      return;
    }
    const stored: StoredAnswer = { status: answer.status, headers: { ...answer.headers }, body: answer.body };
    this.entries.set(id, { state: "done", fingerprint: entry.fingerprint, expiresAt: entry.expiresAt, answer: stored });
  }

  /** Number of remembered keys (for assertions). */
  size(): number {
    return this.entries.size;
  }

  /** Forgets every key. */
  clear(): void {
    this.entries.clear();
  }
}

/** method + concrete path + canonical JSON body (object keys sorted). */
export function fingerprint(method: string, path: string, body: unknown): string {
  return `${method.toUpperCase()} ${path}\n${body === undefined ? "" : canonicalJson(body)}`;
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
    .join(",")}}`;
}
