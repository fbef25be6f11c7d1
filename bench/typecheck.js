/**
 * Type-check cost for a consumer: `tsc --noEmit` on a file that calls 10
 * operations and the helpers against the built package's declarations, against
 * the same file typed with `any` (no import of akua-sdk at all), and against
 * the same file importing akua-sdk but holding the client as `any` (so the
 * declarations are loaded, not used). Files go to a temporary directory whose
 * tsconfig resolves `akua-sdk` to dist/index.d.ts. Runs interleave; each is
 * `node tsc.js --noEmit --extendedDiagnostics -p <tsconfig>`.
 *
 *   node bench/typecheck.js [--quick] [--rounds N]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createBudget, distDir, parseArgs, printTable, repoRoot } from "./harness.js";
import { formatMedian, formatRatio, median, pairedRatios } from "./stats.js";

const args = parseArgs();
const rounds = args.quick ? 1 : (args.rounds ?? 5);
const budget = createBudget(args.quick ? 30_000 : 90_000);
const tsc = path.join(repoRoot, "node_modules", "typescript", "lib", "tsc.js");
const declarations = path.join(distDir, "index.d.ts");
const openapiFetchTypes = path.join(repoRoot, "node_modules", "openapi-fetch", "dist", "index.d.mts");
if (!existsSync(declarations)) throw new Error(`${declarations} is missing: run \`npm run build\` first`);

/** @typedef {"typed" | "openapi-fetch" | "declared-any" | "any"} Variant */

/**
 * The consumer: 10 operations (GET, POST, PATCH, DELETE; path, query, header
 * params and bodies) and every helper, with the result types used.
 * @param {Variant} variant
 */
function consumer(variant) {
  const head = {
    typed: `import { createAkuaClient, unwrap, etagOf, akuaMeta, isStaleEtagError, isOutcomeUnknown, operationResult } from "akua-sdk";
import type { Cluster, Operation } from "akua-sdk";
import { waitForCluster } from "akua-sdk/wait-for-cluster";
import { paginate } from "akua-sdk/paginate";
const akua = createAkuaClient({ token: "sk_akua_test", baseUrl: "http://127.0.0.1:8080/v1" });`,
    "declared-any": `import * as sdk from "akua-sdk";
import * as wait from "akua-sdk/wait-for-cluster";
const { createAkuaClient, unwrap, etagOf, akuaMeta, isStaleEtagError, isOutcomeUnknown, operationResult }: any = sdk;
const { waitForCluster }: any = wait;
declare const paginate: any;
type Cluster = any;
type Operation = any;
const akua: any = createAkuaClient({ token: "sk_akua_test", baseUrl: "http://127.0.0.1:8080/v1" });`,
    "openapi-fetch": `import createClient from "openapi-fetch";
import { unwrap, etagOf, akuaMeta, isStaleEtagError, isOutcomeUnknown, operationResult } from "akua-sdk";
import type { paths, Cluster, Operation } from "akua-sdk";
const api = createClient<paths>({ baseUrl: "http://127.0.0.1:8080/v1" });
declare const createAkuaClient: any, waitForCluster: any, paginate: any;
const akua: any = createAkuaClient({ token: "sk_akua_test", baseUrl: "http://127.0.0.1:8080/v1" });`,
    any: `declare const createAkuaClient: any, waitForCluster: any, paginate: any, unwrap: any, etagOf: any, akuaMeta: any, isStaleEtagError: any, isOutcomeUnknown: any, operationResult: any;
type Cluster = any;
type Operation = any;
const akua: any = createAkuaClient({ token: "sk_akua_test", baseUrl: "http://127.0.0.1:8080/v1" });`,
  }[variant];
  // Where the typed file relies on inference, the any files say `any`.
  const inferred = variant === "typed" ? "" : ": any";
  const text = `${head}

export async function main(regionId: string): Promise<string[]> {
  const out: string[] = [];
  // 1. POST /clusters:import
  const imported = unwrap(
    await akua.POST("/clusters:import", { body: { name: "edge-1", region_id: regionId, kubeconfig: "apiVersion: v1" } }),
  );
  out.push(imported.id, imported.state);
  // 2. GET /clusters/{id}
  const got = await akua.GET("/clusters/{id}", { params: { path: { id: imported.id } } });
  if (got.error) out.push(got.error.errors[0]?.message ?? "");
  const cluster: Cluster = unwrap(got);
  out.push(akuaMeta(got.response)?.requestId ?? "");
  // 3. PATCH /clusters/{id} with if-match
  const renamed = unwrap(
    await akua.PATCH("/clusters/{id}", {
      params: { path: { id: cluster.id }, header: { "if-match": etagOf(cluster) ?? "" } },
      body: { name: "edge-1-prod" },
    }),
  );
  out.push(renamed.name);
  // 4. GET /clusters (query)
  const page = unwrap(await akua.GET("/clusters", { params: { query: { limit: 10 } } }));
  for (const c of page.data) out.push(c.name);
  // 5. POST /clusters/{id}/worker_bootstraps
  const bootstrap = unwrap(
    await akua.POST("/clusters/{id}/worker_bootstraps", { params: { path: { id: cluster.id } }, body: {} }),
  );
  out.push(bootstrap.id);
  // 6. POST /secrets
  const secret = unwrap(
    await akua.POST("/secrets", { body: { name: "hcloud", kind: "cloud_provider/hcloud", value: "token" } }),
  );
  out.push(secret.id, String(secret.version_count));
  // 7. GET /secrets/{id}/versions
  const versions = unwrap(await akua.GET("/secrets/{id}/versions", { params: { path: { id: secret.id } } }));
  for (const v of versions.data) out.push(String(v.version_number));
  // 8. POST /clusters/{id}:suspend -> an Operation
  const suspending: Operation = unwrap(
    await akua.POST("/clusters/{id}:suspend", {
      params: { path: { id: cluster.id }, header: { "if-match": etagOf(renamed) ?? "" } },
    }),
  );
  // 9. GET /operations/{id}
  const op = unwrap(await akua.GET("/operations/{id}", { params: { path: { id: suspending.id } } }));
  out.push(op.state);
  // 10. DELETE /secrets/{id}
  const deleted = await akua.DELETE("/secrets/{id}", {
    params: { path: { id: secret.id }, header: { "if-match": etagOf(secret) ?? "" } },
    ${variant === "openapi-fetch" ? "" : "deadlineMs: 10_000,"}
  });
  if (deleted.error) out.push(String(deleted.response.status));

  // Helpers
  const updated = await akua.update("/clusters/{id}", { params: { path: { id: cluster.id } } }, (current: Cluster) =>
    current.name === "prod" ? undefined : { name: "prod" },
  );
  out.push(updated.name);
  const relabeled = await akua.update("/secrets/{id}", { params: { path: { id: secret.id } } }, (current${inferred}) => ({
    labels: { ...current.labels, team: "platform" },
  }));
  out.push(Object.keys(relabeled.labels ?? {}).join(","));
  await akua.retryOnConflict(async () => {
    const s = unwrap(await akua.GET("/secrets/{id}", { params: { path: { id: secret.id } } }));
    return unwrap(
      await akua.DELETE("/secrets/{id}", { params: { path: { id: s.id }, header: { "if-match": etagOf(s) ?? "" } } }),
    );
  });
  for await (const c of paginate(akua, "/clusters", { params: { query: { limit: 100 } }, maxItems: 1000 })) {
    out.push(c.id);
  }
  for await (const p of paginate(akua, "/secrets").pages()) out.push(String(p.data.length));
  const done: Operation = await akua.waitForOperation(suspending, {
    deadlineMs: 60_000,
    onProgress: (o: Operation) => out.push(o.state),
  });
  out.push(done.state, operationResult(done, "cluster.suspend").cluster_id);
  const ready: Cluster = await waitForCluster(akua, cluster.id, { until: "active" });
  out.push(ready.state);
  await waitForCluster(akua, cluster.id, { until: "deleted" });
  try {
    unwrap(await akua.POST("/regions", { body: { name: "eu" } }));
  } catch (error) {
    if (isOutcomeUnknown(error) || isStaleEtagError(error)) out.push("retry later");
  }
  return out;
}
`;
  if (variant !== "openapi-fetch") return text;
  // The 10 operations go through bare openapi-fetch; the helpers stay on the (any) client.
  const [operations = "", helpers = ""] = text.split("  // Helpers");
  return `${operations.replaceAll("akua.", "api.")}  // Helpers${helpers.replace("const s = ", "const s: any = ")}`;
}

/** @param {string} dir @param {string} file */
function tsconfig(dir, file) {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: {
        "akua-sdk": [declarations],
        "akua-sdk/wait-for-cluster": [path.join(distDir, "wait-for-cluster.d.ts")],
        "akua-sdk/paginate": [path.join(distDir, "paginate.d.ts")],
        "openapi-fetch": [openapiFetchTypes],
      },
    },
    files: [file],
  };
  const at = path.join(dir, `tsconfig.${path.basename(file, ".ts")}.json`);
  writeFileSync(at, JSON.stringify(config, null, 2));
  return at;
}

/** @param {string} output */
function diagnostics(output) {
  /** @param {string} label */
  const num = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output)?.[1] ?? Number.NaN);
  return {
    checkS: num("Check time"),
    totalS: num("Total time"),
    types: num("Types"),
    instantiations: num("Instantiations"),
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "akua-bench-tsc-"));
try {
  /** @type {Variant[]} */
  const variants = ["typed", "openapi-fetch", "declared-any", "any"];
  /** @type {Record<string, string>} */
  const configs = {};
  for (const v of variants) {
    const file = path.join(dir, `consumer-${v}.ts`);
    writeFileSync(file, consumer(v));
    configs[v] = tsconfig(dir, file);
  }
  /** @type {Record<string, { wall: number[], check: number[], types: number, instantiations: number }>} */
  const runs = Object.fromEntries(variants.map((v) => [v, { wall: [], check: [], types: 0, instantiations: 0 }]));
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    if (round > 0 && budget.exceeded()) break;
    for (let k = 0; k < variants.length; k++) {
      const v = /** @type {Variant} */ (variants[(round + k) % variants.length]);
      const start = performance.now();
      let output;
      try {
        output = execFileSync(
          process.execPath,
          [tsc, "--noEmit", "--extendedDiagnostics", "-p", /** @type {string} */ (configs[v])],
          {
            cwd: dir,
            encoding: "utf8",
            timeout: 120_000,
          },
        );
      } catch (error) {
        const e = /** @type {{ stdout?: string }} */ (error);
        throw new Error(
          `tsc failed on the ${v} consumer:\n${(e.stdout ?? "")
            .split("\n")
            .filter((l) => l.includes("error"))
            .join("\n")}`,
        );
      }
      const wall = performance.now() - start;
      const d = diagnostics(output);
      const run = /** @type {NonNullable<typeof runs[string]>} */ (runs[v]);
      run.wall.push(wall);
      run.check.push(d.checkS * 1000);
      run.types = d.types;
      run.instantiations = d.instantiations;
    }
    done++;
  }
  const typed = /** @type {NonNullable<typeof runs[string]>} */ (runs["typed"]);
  const anyRun = /** @type {NonNullable<typeof runs[string]>} */ (runs["any"]);
  console.log(
    `type-check: tsc ${readTscVersion()} --noEmit (strict, skipLibCheck) on one consumer file, 10 operations + helpers; ` +
      `${done} interleaved round(s), median ±spread`,
  );
  console.log("");
  const label = {
    typed: "typed against akua-sdk (dist/index.d.ts)",
    "openapi-fetch": "the 10 operations via bare openapi-fetch, helpers any",
    "declared-any": "imports akua-sdk, client held as any",
    any: "same file typed with any, no import",
  };
  printTable(
    ["consumer", "tsc wall time", "check time", "types", "instantiations", "wall / any"],
    variants.map((v) => {
      const run = /** @type {NonNullable<typeof runs[string]>} */ (runs[v]);
      return [
        label[v],
        formatMedian(run.wall, "ms", 0),
        formatMedian(run.check, "ms", 0),
        String(run.types),
        String(run.instantiations),
        formatRatio(pairedRatios(run.wall, anyRun.wall)),
      ];
    }),
  );
  console.log("");
  const bare = /** @type {NonNullable<typeof runs[string]>} */ (runs["openapi-fetch"]);
  console.log(
    `typed / any: ${formatRatio(pairedRatios(typed.wall, anyRun.wall))} wall time, ` +
      `+${(median(typed.check) - median(anyRun.check)).toFixed(0)} ms check time; ` +
      `typed / bare openapi-fetch: ${formatRatio(pairedRatios(typed.wall, bare.wall))} wall time, ` +
      `${formatRatio(pairedRatios(typed.check, bare.check))} check time`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function readTscVersion() {
  try {
    return execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8", timeout: 30_000 })
      .trim()
      .replace("Version ", "");
  } catch {
    return "?";
  }
}
