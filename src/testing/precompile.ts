/**
 * Build time only (tsup.config.ts; never part of `akua-sdk/testing` itself):
 * the fake's validators as ajv standalone code, so the published package
 * validates every request and answer without ajv at run time.
 *
 * {@link precompiledValidators} compiles every target of
 * {@link validatorTargets} with the same ajv options as the repository's
 * `validators.ts` and returns the source of a module that stands in for it:
 * `createCompiler(spec, specId)` hands out the precompiled functions by key.
 * The schema objects the code refers to (ajv's `verbose` errors carry them as
 * `parentSchema`) are not copied into the code: each is looked up in the spec
 * given at run time by its JSON pointer, so they are the spec's own objects,
 * as with live ajv (validation.ts tells `oneOf` variants apart by them). What
 * the code needs at run time (`ucs2length`, deep equality, ajv-formats'
 * format checks) is `require`d and bundled into the entry. Internal.
 */
import { _ } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import { SPEC_ID, validatorTargets } from "./validation.js";
import { createAjv } from "./validators.js";

type StandaloneCode = (ajv: ReturnType<typeof createAjv>, refs: Record<string, string>) => string;
// CommonJS with `exports.default` (see validators.ts): `.default` under esbuild, the module itself under Node.
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ??
  (standaloneModule as unknown as StandaloneCode);

/** The spec's objects and arrays by identity, each with its JSON pointer (`/components/schemas/Cluster`). */
function pointers(spec: unknown): Map<object, string> {
  const found = new Map<object, string>();
  const walk = (node: unknown, pointer: string): void => {
    if (typeof node !== "object" || node === null || found.has(node)) return;
    found.set(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      walk(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  };
  walk(spec, "");
  return found;
}

/** One scope value of ajv's generated code (`const schema12 = ...`). */
interface ScopeName {
  value?: { ref: unknown; code?: unknown };
}

/**
 * The source of the module that replaces `validators.ts` in the build: ES
 * module syntax, with `require` calls for ajv's run-time helpers (the bundler
 * resolves them). Deterministic for a given spec and ajv version.
 */
export function precompiledValidators(spec: Record<string, unknown>): string {
  const targets = [...validatorTargets(spec)];
  const ajv = createAjv(spec, SPEC_ID, { source: true });
  const names: Record<string, string> = {};
  targets.forEach(([, schema], i) => {
    ajv.addSchema(schema, `v${i}`);
    names[`v${i}`] = `v${i}`;
  });
  for (const name of Object.keys(names)) ajv.getSchema(name); // compile, so every scope value exists

  // Schema values that are parts of the spec become look-ups into the spec passed at run time.
  const inSpec = pointers(spec);
  const scope = ajv.scope as unknown as { _values: Record<string, Map<unknown, ScopeName> | undefined> };
  let replaced = 0;
  for (const name of scope._values["schema"]?.values() ?? []) {
    const pointer = name.value && typeof name.value.ref === "object" ? inSpec.get(name.value.ref as object) : undefined;
    if (pointer === undefined || name.value === undefined) continue;
    name.value.code = _`S(${pointer})`;
    replaced++;
  }
  if (replaced === 0) throw new Error("precompiledValidators: no schema of the spec found in ajv's code");

  const code = standaloneCode(ajv, names).replace(/^"use strict";/, "");
  const table = targets.map(([key], i) => `[${JSON.stringify(key)}, exports.v${i}]`).join(",\n    ");
  return `// Generated at build time by src/testing/precompile.ts: ajv standalone code for every validator of the fake.
export function createCompiler(spec) {
  const S = (pointer) =>
    pointer
      .split("/")
      .slice(1)
      .reduce((node, segment) => node[segment.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  const exports = {};
${code}
  const table = new Map([
    ${table}
  ]);
  return (key) => {
    const validate = table.get(key);
    if (validate === undefined) throw new Error("akua-sdk/testing: no precompiled validator for " + key);
    return validate;
  };
}
`;
}
