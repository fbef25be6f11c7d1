/**
 * Watch mode only: lets the example-validating lint rules (`no-invalid-schema-examples`,
 * `no-invalid-parameter-examples`, `no-invalid-media-type-examples`) keep their compiled
 * validators from one lint run to the next. Compiling them with ajv is most of a warm lint
 * of our spec (31 of its 45 validators, about two thirds of the time).
 *
 * Redocly's AjvValidator already shares one compiled validator between schemas of the same
 * shape (the schema's JSON without annotations and without `$ref`s, so it says everything
 * the validator checks), but only within one rule instance, and every lint run makes new
 * ones. Here the shape-keyed map is shared by every instance in the process, per
 * `allowAdditionalProperties` setting, so a validator is compiled once per shape. The
 * validators of schemas with a `$ref` stay per run: they are keyed by location, and the
 * file behind the location may have changed. The rules and their verdicts are unchanged.
 *
 * The class is not exported by the package, so it is loaded from the pinned version's file;
 * if that file or method is not there, nothing is patched (lint is just slower).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** @type {Map<unknown, Map<string, unknown>>} allowAdditionalProperties -> shape -> validator */
const shared = new Map();
let installed = false;

/**
 * @returns {Promise<boolean>} whether the validators are now shared
 */
export async function shareExampleValidators() {
  if (installed) return true;
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@redocly/openapi-core");
    const file = path.join(path.dirname(entry), "rules", "ajv.js");
    const { AjvValidator } = await import(pathToFileURL(file).href);
    const original = AjvValidator?.prototype?.getValidator;
    if (typeof original !== "function") return false;
    /** @this {any} @param {unknown[]} args */
    AjvValidator.prototype.getValidator = function (...args) {
      const allowAdditionalProperties = args[3];
      let validators = shared.get(allowAdditionalProperties);
      if (!validators) shared.set(allowAdditionalProperties, (validators = new Map()));
      if (this.sharedValidators !== validators) this.sharedValidators = validators;
      return original.apply(this, args);
    };
    installed = true;
    return true;
  } catch {
    return false;
  }
}

/** How many shape validators have been compiled so far (tests, benchmarks). */
export function sharedValidatorCount() {
  let count = 0;
  for (const validators of shared.values()) count += validators.size;
  return count;
}
