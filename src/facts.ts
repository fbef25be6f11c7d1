/**
 * What the transport needs to know of an operation, read from the generated compact
 * facts (generated/facts.ts): does it take an `idempotency-key`, may a non-GET be
 * retried like a GET, which request fields are sensitive. Operations are keyed by the
 * FNV-1a hash of `METHOD /path`, so the table grows by a few bytes per operation.
 */
import { compactFacts } from "../generated/facts.js";

/** FNV-1a (32-bit) of `METHOD /path`, base 36 (scripts/facts.js hashes the same way). */
export function factKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** hash -> [flags, sensitive fields] */
const table = new Map(
  compactFacts.split(" ").map((entry) => {
    const [key, flags, fields] = entry.split(":") as [string, string, string?];
    return [key, [flags, fields?.split("|")]] as const;
  }),
);

/** The runtime facts of `method path` (a path template, e.g. `/clusters/{id}`). */
export function factsOf(method: string, path: string) {
  const [flags = "", sensitive] = table.get(factKey(`${method} ${path}`)) ?? [];
  return {
    idempotencyKey: flags.includes("k"),
    retrySafe: method === "GET" || method === "HEAD" || flags.includes("s"),
    sensitive,
  };
}
