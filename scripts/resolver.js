/**
 * The resolver the pipeline reads the spec through: Redocly's, except that `.json` files are
 * parsed with JSON.parse, which is 10 to 20 times faster than the YAML parser Redocly uses
 * for every file (about 0.13 s saved on the 1 MB public description, 0.3 s on GitHub's 13 MB).
 * A file that is not valid JSON goes to the YAML parser, which reports the error with its
 * position. Line and column of lint problems still come from the file's text.
 */
import { BaseResolver } from "@redocly/openapi-core";

export class SpecResolver extends BaseResolver {
  /**
   * @param {import("@redocly/openapi-core").Source} source
   * @param {boolean} [isRoot]
   * @returns {any}
   */
  parseDocument(source, isRoot = false) {
    if (/\.json$/i.test(source.absoluteRef)) {
      try {
        return { source, parsed: JSON.parse(source.body) };
      } catch {
        // not JSON after all: the YAML parser says where
      }
    }
    return super.parseDocument(source, isRoot);
  }
}
