/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the
 * same sequence, so ids and fault rates are reproducible from run to run.
 * Internal to the fake server.
 */

/** Returns numbers in [0, 1), deterministic for a given seed. */
export type Prng = () => number;

/** Creates a generator from a 32-bit seed (any number; non-integers are folded in). */
export function createPrng(seed: number): Prng {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Folds any number (and an optional stream name) into a 32-bit state. */
export function hashSeed(seed: number, stream = ""): number {
  let h = 2166136261 ^ Math.trunc(seed * 1000003);
  const text = `${seed}/${stream}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A deterministic hex string of `length` characters derived from `text` (FNV-1a
 * blocks, not cryptographic): request fingerprints, canned git revisions. Keeps
 * the testing entry free of `node:crypto`.
 */
export function hexDigest(text: string, length: number): string {
  let out = "";
  for (let block = 0; out.length < length; block++) out += hashSeed(block, text).toString(16).padStart(8, "0");
  return out.slice(0, length);
}
