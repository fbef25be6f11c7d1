/**
 * Step 2: bundle the split spec into one JSON document (internal `$ref`s only),
 * marked as generated. Reuses the session's resolver, so no file is parsed twice.
 */
import { bundle } from "@redocly/openapi-core";

export const GENERATED_MARKER = "Generated from openapi/ by `npm run generate`. Do not edit.";

/**
 * @param {import("./spec-config.js").SpecSession} session
 * @returns {Promise<{ document: any, problems: string[] }>}
 */
export async function bundleSpec({ root, resolver, config }) {
  const result = await bundle({ ref: root, config, externalRefResolver: resolver, dereference: false });
  const document = /** @type {any} */ (result.bundle.parsed);
  if (!document || typeof document !== "object") throw new Error(`bundle: ${root} did not parse to a document`);
  document.info = { ...document.info, "x-generated": GENERATED_MARKER };
  const problems = result.problems
    .filter((p) => p.severity === "error")
    .map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? "?"})`);
  return { document, problems };
}

/**
 * The bundled document as it is written to generated/openapi.json: stable
 * two-space JSON with a trailing newline, never reformatted by prettier.
 * @param {unknown} document
 */
export function serializeBundle(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}
