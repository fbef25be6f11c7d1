/**
 * Idempotency keys: one per logical call, made once and reused on every attempt.
 * The caller's own key (the `idempotency-key` header param) wins; it must be 1-64
 * characters, checked before anything is sent.
 */
import { AkuaError } from "../errors.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const MAX_KEY_LENGTH = 64;

/** A fresh key: a random UUID (never from the injected `random`, which is for jitter only). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The key for a call: the caller's, validated, or a new one.
 * @throws AkuaError (outcome not-applied) when the caller's key is not 1-64 characters
 */
export function resolveIdempotencyKey(callerKey: string | null, method: string, path: string): string {
  if (callerKey === null) return newIdempotencyKey();
  if (callerKey.length < 1 || callerKey.length > MAX_KEY_LENGTH) {
    throw new AkuaError(
      `${method} ${path}: idempotency-key must be 1-${MAX_KEY_LENGTH} characters, got ${callerKey.length}; nothing was sent`,
      { outcome: "not-applied", method, path, attempts: 0 },
    );
  }
  return callerKey;
}
