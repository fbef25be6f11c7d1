/**
 * Step 3: TypeScript types for the bundled document with openapi-typescript.
 * The library is imported here, lazily, so that a failing lint never pays for
 * loading it. It is handed the already-bundled object: it lints with its own
 * Redocly v1 core and would abort on problems that our lint already judged.
 */

export const TYPES_BANNER = `/**
 * Generated from openapi/ by \`npm run generate\` (openapi-typescript). Do not edit:
 * change the spec and regenerate.
 */

`;

/**
 * @param {unknown} document the bundled OpenAPI document (not modified)
 * @returns {Promise<string>}
 */
export async function generateTypes(document) {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // defaultNonNullable: false, or a request field with a `default` (network_profile on
  // POST /clusters) would be typed as required although callers may omit it.
  const nodes = await openapiTS(/** @type {any} */ (structuredClone(document)), {
    silent: true,
    defaultNonNullable: false,
  });
  return TYPES_BANNER + astToString(nodes);
}
