/**
 * Writes the pipeline's outputs so that no reader ever sees a half-written file: every
 * changed file goes to a temporary name in the same folder first, and only when all of
 * them are on disk are they renamed over the old ones (a rename within one folder is
 * atomic). A failure before the renames removes the temporary files and leaves the
 * folder as it was.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Names the files in `dir` whose contents differ from `files` (or are missing).
 * @param {Map<string, string>} files
 * @param {string} dir
 */
export async function staleFiles(files, dir) {
  const stale = [];
  for (const [name, contents] of files) {
    const current = await readFile(path.join(dir, name), "utf8").catch(() => undefined);
    if (current !== contents) stale.push(name);
  }
  return stale;
}

/**
 * Writes the files of `files` that differ from what `dir` holds.
 * @param {Map<string, string>} files file name -> contents
 * @param {string} dir
 * @returns {Promise<string[]>} the names written
 */
export async function writeOutputs(files, dir) {
  const stale = await staleFiles(files, dir);
  if (stale.length === 0) return stale;
  await mkdir(dir, { recursive: true });
  const temp = (/** @type {string} */ name) => path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    for (const name of stale) await writeFile(temp(name), /** @type {string} */ (files.get(name)));
  } catch (error) {
    await Promise.all(stale.map((name) => rm(temp(name), { force: true })));
    throw error;
  }
  for (const name of stale) await rename(temp(name), path.join(dir, name));
  return stale;
}
