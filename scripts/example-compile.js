/**
 * Compiles the example-validating lint rules' validators without ajv's code optimizer.
 *
 * Redocly's example rules (`no-invalid-schema-examples`, `no-invalid-parameter-examples`,
 * `no-invalid-media-type-examples`) compile an ajv validator per schema; compiling is most of
 * what lint costs. ajv generates each validator's code and then runs an optimizer over it
 * (`code.optimize`, one pass by default) that drops unused names and folds constant branches:
 * the same validator with less code, which pays off for a validator run many times, not for
 * one that checks a handful of examples once. Without it, lint of our spec takes about 0.28 s
 * less CPU (of ~0.8 s compiling). The verdicts are the same: the optimizer only removes code
 * that cannot run (checked over the problems of our spec, the public description, Stripe, Box,
 * Twilio, Kubernetes and both GitHub descriptions, 2,500 invalid examples among them, and by
 * test/example-compile.test.ts).
 *
 * Redocly makes its ajv instances inside its AjvValidator class with fixed options; the class
 * is not exported by the package, so it is loaded from the pinned version's file. If that file
 * or method is not there, nothing is patched (lint just compiles as shipped).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

let installed = false;

/**
 * @returns {Promise<boolean>} whether the rules' ajv instances now skip the optimizer
 */
export async function skipValidatorCodeOptimizer() {
  if (installed) return true;
  try {
    const entry = createRequire(import.meta.url).resolve("@redocly/openapi-core");
    const { AjvValidator } = await import(pathToFileURL(path.join(path.dirname(entry), "rules", "ajv.js")).href);
    const original = AjvValidator?.prototype?.getAjv;
    if (typeof original !== "function") return false;
    /** @this {any} @param {unknown[]} args */
    AjvValidator.prototype.getAjv = function (...args) {
      const ajv = original.apply(this, args);
      if (ajv?.opts?.code) ajv.opts.code.optimize = 0;
      return ajv;
    };
    installed = true;
    return true;
  } catch {
    return false;
  }
}
