/**
 * Step 2: bundle the split spec into one JSON document (internal `$ref`s only),
 * marked as generated. Reads the files through the session's resolver, so no file
 * is parsed twice, but bundles copies: Redocly's bundler rewrites the documents it
 * is given, and lint (which runs after it, beside the types worker) and the next run
 * of watch mode must see each file as it is on disk.
 */
import { BaseResolver, bundle } from "@redocly/openapi-core";

/**
 * A resolver that hands out copies of the documents another resolver parsed.
 */
export class CopyingResolver extends BaseResolver {
  /** @param {BaseResolver} source */
  constructor(source) {
    super(/** @type {any} */ (source).config);
    this.source = source;
  }

  /**
   * @param {string | null} base
   * @param {string} ref
   * @param {boolean} [isRoot]
   * @returns {Promise<any>}
   */
  resolveDocument(base, ref, isRoot = false) {
    const absoluteRef = this.resolveExternalRef(base, ref);
    let document = this.cache.get(absoluteRef);
    if (!document) {
      document = this.source
        .resolveDocument(base, ref, isRoot)
        .then((/** @type {any} */ doc) =>
          doc && typeof doc === "object" && "parsed" in doc ? { ...doc, parsed: structuredClone(doc.parsed) } : doc,
        );
      this.cache.set(absoluteRef, document);
    }
    return document;
  }
}

export const GENERATED_MARKER = "Generated from openapi/ by `npm run generate`. Do not edit.";

/**
 * @param {import("./spec-config.js").SpecSession} session
 * @returns {Promise<{ document: any, problems: string[] }>}
 */
export async function bundleSpec({ root, resolver, config }) {
  const copies = new CopyingResolver(resolver);
  const result = await bundle({ ref: root, config, externalRefResolver: copies, dereference: false });
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
