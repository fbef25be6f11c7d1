/** Where the built package is, and a clear failure when it is not built. */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const distDir = path.join(repoRoot, "dist");

/** Throws with the command to run when dist/ is missing. */
export function requireDist(): void {
  if (!existsSync(path.join(distDir, "index.js")) || !existsSync(path.join(distDir, "testing", "index.js"))) {
    throw new Error("dist/ is not built: run `npm run build` (npm test does it before vitest)");
  }
}
