/**
 * One start-up sample of the built `akua-sdk/testing`, in a fresh process (for
 * bench/fake-startup.js): the time to import the entry, to start a fake, and
 * to send one request to each of the spec's operations (every one validated,
 * its answer checked against the spec: the validators' first use), then the
 * same requests again (validators warm). Prints one JSON line.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { importBuiltTesting, repoRoot } from "./harness.js";

const t0 = performance.now();
const { startFakeAkua } = await importBuiltTesting();
const t1 = performance.now();
const fake = await startFakeAkua();
const t2 = performance.now();
const spec = JSON.parse(await readFile(path.join(repoRoot, "generated", "openapi.json"), "utf8"));
/** @type {{ method: string, path: string, body: boolean }[]} */
const calls = [];
for (const [template, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
    if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
    calls.push({ method: method.toUpperCase(), path: template.replace(/\{[^}]+\}/g, "x"), body: !!op.requestBody });
  }
}
const pass = async () => {
  const start = performance.now();
  for (const call of calls) {
    const res = await fetch(`${fake.url}${call.path}`, {
      method: call.method,
      headers: { authorization: `Bearer ${fake.token}`, "content-type": "application/json" },
      ...(call.body ? { body: "{}" } : {}),
    });
    await res.arrayBuffer();
  }
  return performance.now() - start;
};
const cold = await pass();
const warm = await pass();
await fake.close();
console.log(
  JSON.stringify({
    importMs: t1 - t0,
    startMs: t2 - t1,
    coldMs: cold,
    warmMs: warm,
    operations: calls.length,
    violations: fake.violations.length,
  }),
);
