/**
 * Watch mode: which of the files a Redocly resolver has parsed changed on disk since.
 */
import { readFile, stat as statFile } from "node:fs/promises";

/** @type {WeakMap<object, Map<string, string>>} resolver -> file -> stat of its last confirmed text */
const confirmed = new WeakMap();

/**
 * Drops from the resolver's cache every file whose text on disk is no longer the text it
 * parsed (or that is gone), so that only those are parsed again. The events' file names
 * are not enough: an editor that saves through a temporary file and a rename may report
 * only the temporary name. A file whose inode, size, mtime and ctime (nanoseconds) are
 * those of its last confirmed text is not read again; the others are read in parallel.
 * @param {import("@redocly/openapi-core").BaseResolver} resolver
 * @returns {Promise<string[]>} the files dropped
 */
export async function dropChanged(resolver) {
  let stats = confirmed.get(resolver);
  if (!stats) confirmed.set(resolver, (stats = new Map()));
  const known = /** @type {Map<string, string>} */ (stats);
  const entries = [...resolver.cache];
  const changed = await Promise.all(
    entries.map(async ([file, entry]) => {
      const stat = await statFile(file, { bigint: true }).catch(() => undefined);
      const id = stat && `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
      if (id !== undefined && known.get(file) === id) return false;
      const parsed = await Promise.resolve(entry).catch(() => undefined);
      const before = /** @type {any} */ (parsed)?.source?.body;
      const now = await readFile(file, "utf8").catch(() => undefined);
      const same = typeof before === "string" && now !== undefined && now.replace(/\r\n/g, "\n") === before;
      if (same && id !== undefined) known.set(file, id);
      else known.delete(file);
      return !same;
    }),
  );
  const dropped = entries.filter((_, i) => changed[i]).map(([file]) => file);
  for (const file of dropped) resolver.cache.delete(file);
  return dropped;
}
