/**
 * What the transport needs to know of an operation, read from the generated compact
 * facts (generated/facts.ts): does it take an `idempotency-key`, may a non-GET be
 * retried like a GET, which request fields are sensitive. Operations are 5-character
 * keys (24 bits of the FNV-1a hash of `METHOD /path`), so the table grows by about
 * 3 bytes (gzipped) per operation; the pipeline refuses a description where two
 * operations share a key.
 */
import { compactFacts } from "../generated/facts.js";

/** The compact key of `METHOD /path` (scripts/facts.js computes the same). */
export function factKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash & 0xffffff).toString(36).padStart(5, "0");
}

const keys = (run: string) => new Set(run.match(/.{5}/g));
const keyed = keys(compactFacts.keyed);
const retrySafe = keys(compactFacts.retrySafe);
const sensitive = new Map(
  compactFacts.sensitive
    .split(" ")
    .filter(Boolean)
    .map((entry) => [entry.slice(0, 5), entry.slice(6).split("|")]),
);

/** The runtime facts of `method path` (a path template, e.g. `/clusters/{id}`). */
export function factsOf(method: string, path: string) {
  const key = factKey(`${method} ${path}`);
  return {
    idempotencyKey: keyed.has(key),
    retrySafe: method === "GET" || method === "HEAD" || retrySafe.has(key),
    sensitive: sensitive.get(key),
  };
}
