/**
 * Where the fake's validators come from in the repository: ajv compiles each
 * on first use (from devDependencies). The build replaces this module in
 * `akua-sdk/testing` with ajv's standalone code for every validator, compiled
 * once at build time (precompile.ts, tsup.config.ts), so the published
 * package needs no ajv. Both use {@link createAjv}'s options. Internal.
 */
import ajv2020Module from "ajv/dist/2020.js";
import ajvFormatsModule from "ajv-formats";
import type { CompileValidator } from "./validation.js";

// ajv and ajv-formats are CommonJS with `exports.default` set to the module
// itself: Node's ESM loader hands over `module.exports`, esbuild's CJS interop
// `exports.default`; `.default` is the constructor/plugin either way.
function defaultExport<T>(mod: { default: T }): T {
  return (mod as { default?: T }).default ?? (mod as unknown as T);
}
const Ajv2020 = defaultExport(ajv2020Module);
const addFormats = defaultExport(ajvFormatsModule);
type Ajv = InstanceType<typeof Ajv2020>;

/**
 * An ajv (JSON Schema 2020-12) with the spec registered under `specId`, as the
 * fake validates: every error (`allErrors`), with the schema it comes from
 * (`verbose`: tells `oneOf` variants apart), shared components compiled once
 * (`inlineRefs: false`). `source` keeps each validator's code for ajv's
 * standalone output (build time only).
 */
export function createAjv(spec: Record<string, unknown>, specId: string, { source = false } = {}): Ajv {
  const ajv = new Ajv2020({
    strict: false, // OpenAPI keywords (example, discriminator, x-akua-*) are annotations
    allErrors: true,
    verbose: true, // parentSchema on errors: tells oneOf variants apart
    inlineRefs: false, // compile each shared component once
    validateSchema: false, // the spec is linted; the wrappers are generated
    code: { optimize: !source ? false : 1, source }, // compiles about twice as fast; validation speed is not the bottleneck
  });
  addFormats(ajv);
  ajv.addSchema(spec, specId);
  return ajv;
}

/** Compiles each validator with ajv on first use. */
export function createCompiler(spec: Record<string, unknown>, specId: string): CompileValidator {
  const ajv = createAjv(spec, specId);
  return (_key, schema) => ajv.compile(schema);
}
