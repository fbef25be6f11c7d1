import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bootstrapWorker } from "../examples/bootstrap-worker.js";
import { createCluster } from "../examples/create-cluster.js";
import { deployApp, type DeployOptions } from "../examples/deploy-app.js";
import { DEMO_KUBECONFIG, importAndRename } from "../examples/import-and-rename.js";
import { flag, isLive, runExample } from "../examples/lib/connect.js";
import { storeCredential } from "../examples/store-credential.js";
import { unwrap } from "../src/index.js";
import { startHarness, type Harness } from "./client/fixtures.js";

let dir: string;
let out: string[];
const io = () => ({ log: (l: string) => out.push(l), error: (l: string) => out.push(l) });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-examples-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  out = [];
});

describe("examples choose the fake unless asked for the live API", () => {
  it("a token in the environment is not enough", () => {
    expect(isLive([], { AKUA_TOKEN: "sk_akua_real" })).toBe(false);
    expect(isLive(["--live"], {})).toBe(true);
    expect(isLive([], { AKUA_EXAMPLES_LIVE: "1" })).toBe(true);
  });

  it("flag() reads the value after a flag, else the fallback (also when the value is missing or another flag)", () => {
    expect(flag("--out", "x.yaml", ["--out", "kc.yaml"])).toBe("kc.yaml");
    expect(flag("--out", "x.yaml", [])).toBe("x.yaml");
    expect(flag("--out", undefined, ["--out"])).toBeUndefined();
    expect(flag("--out", "x.yaml", ["--out", "--live"])).toBe("x.yaml");
  });
});

describe("create-cluster", () => {
  let h: Harness;
  afterEach(async () => {
    await h.fake.close();
  });

  it("creates, reports progress, waits for active and writes the kubeconfig to a private file", async () => {
    h = await startHarness();
    const file = path.join(dir, "kc.yaml");
    const code = await runExample(
      (log) => createCluster(h.client(), { name: "ex-1", kubeconfigPath: file, now: () => h.clock.now() }, log),
      io(),
    );
    expect(code, out.join("\n")).toBe(0);
    expect(out.some((l) => /operation SUCCEEDED/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/is active after .* s; kubeconfig written to/);
    const kubeconfig = await readFile(file, "utf8");
    expect(kubeconfig).toContain("apiVersion");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(out.join("\n")).not.toContain(kubeconfig.trim().split("\n").slice(-1)[0]!);
  });

  it("exits non-zero when the operation fails", async () => {
    h = await startHarness({ provisioning: { autoComplete: false } });
    const running = runExample(
      (log) =>
        createCluster(
          h.client(),
          { name: "ex-fail", kubeconfigPath: path.join(dir, "x"), now: () => h.clock.now() },
          log,
        ),
      io(),
    );
    for (let turn = 0; !out.some((l) => l.startsWith("creating")); turn++) {
      if (turn > 100_000) throw new Error("the example never created the cluster");
      await new Promise((resolve) => setImmediate(resolve));
    }
    const opId = /operation (op_\w+)/.exec(out.join("\n"))![1]!;
    h.fake.operations.fail(opId, "quota exceeded");
    expect(await running).toBe(1);
    expect(out.at(-1)).toMatch(/^error: operation op_\w+ ended FAILED: quota exceeded/);
  });

  it("exits non-zero at the deadline, on the virtual clock", async () => {
    h = await startHarness({ provisioning: { autoComplete: false } });
    const start = h.clock.now();
    const code = await runExample(
      (log) =>
        createCluster(
          h.client(),
          { name: "ex-slow", kubeconfigPath: path.join(dir, "y"), deadlineMs: 15 * 60_000, now: () => h.clock.now() },
          log,
        ),
      io(),
    );
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(/^error: operation op_\w+ was not done within/);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(15 * 60_000);
  });
});

describe("the other examples", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.fake.close();
  });

  it("import-and-rename lands both writers' renames", async () => {
    const code = await runExample((log) => importAndRename(h.client(), { kubeconfig: DEMO_KUBECONFIG }, log), io());
    expect(code, out.join("\n")).toBe(0);
    expect(out.at(-1)).toMatch(/after both writers: prod-imported-edge-racer /);
    expect(out.join("\n")).not.toContain("demo-not-a-real-token");
  });

  it("bootstrap-worker writes the join command to a 0600 file and never prints it", async () => {
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "bw" } }));
    const cluster = unwrap(
      await akua.POST("/clusters:import", { body: { name: "bw", region_id: region.id, kubeconfig: DEMO_KUBECONFIG } }),
    );
    const file = path.join(dir, "join.sh");
    const code = await runExample(
      (log) => bootstrapWorker(akua, { clusterId: cluster.id, commandPath: file }, log),
      io(),
    );
    expect(code, out.join("\n")).toBe(0);
    const command = (await readFile(file, "utf8")).trim();
    expect(command.length).toBeGreaterThan(10);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(out.join("\n")).not.toContain(command);
    expect(out.join("\n")).toContain(file);
  });

  it("store-credential stores, rotates and lists without printing a value", async () => {
    const code = await runExample(
      (log) =>
        storeCredential(h.client(), { name: "ex-hcloud", value: "EXVALUE-1-x9", rotatedValue: "EXVALUE-2-y8" }, log),
      io(),
    );
    expect(code, out.join("\n")).toBe(0);
    expect(out.join("\n")).toMatch(/rotated: version 2/);
    expect(out.join("\n")).not.toMatch(/EXVALUE/);
  });
});

describe("deploy-app", () => {
  let h: Harness;
  afterEach(async () => {
    h.fake.assertNoViolations();
    await h.fake.close();
  });

  /** A harness with an active cluster (imported) and a region; returns the cluster's id. */
  async function withCluster(fakeOptions: Parameters<typeof startHarness>[0] = {}): Promise<string> {
    h = await startHarness(fakeOptions);
    const akua = h.client();
    const region = unwrap(await akua.POST("/regions", { body: { name: "deploy" } }));
    const cluster = unwrap(
      await akua.POST("/clusters:import", {
        body: { name: "apps", region_id: region.id, kubeconfig: DEMO_KUBECONFIG },
      }),
    );
    return cluster.id;
  }

  const options = (clusterId: string, extra: Partial<DeployOptions> = {}): DeployOptions => ({
    packageName: "shop",
    ociRef: "oci://registry.example.com/apps/shop",
    semver: "1.0.0",
    ref: `sha256:${"a".repeat(64)}`,
    clusterId,
    clock: h.clock,
    ...extra,
  });

  /** The install's log lines the example printed (`[pod/container] content`). */
  const logLines = () => out.filter((l) => l.startsWith("  ["));

  it("imports the package, installs it, prints each log line once, and ends healthy", async () => {
    const clusterId = await withCluster();
    const code = await runExample((log) => deployApp(h.client(), options(clusterId), log), io());
    expect(code, out.join("\n")).toBe(0);
    expect(out[0]).toMatch(/^imported shop \(pkg_\w+\) with its first version 1\.0\.0 \(pkgv_\w+\)$/);
    expect(out.some((l) => /operation SUCCEEDED/.test(l))).toBe(true);
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(3);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.some((l) => /ready: serving version 1\.0\.0/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(
      /^install inst_\w+ is healthy after [\d.]+ s: health Healthy, sync Synced, revision \w+$/,
    );
    expect(out.join("\n")).not.toContain(h.fake.token);
  });

  it("registers a new version of a package that exists, and installs that version", async () => {
    const clusterId = await withCluster();
    expect(await runExample((log) => deployApp(h.client(), options(clusterId), log), io())).toBe(0);
    out = [];
    const code = await runExample((log) => deployApp(h.client(), options(clusterId, { semver: "1.1.0" }), log), io());
    expect(code, out.join("\n")).toBe(0);
    expect(out[0]).toMatch(/^registered shop 1\.1\.0 \(pkgv_\w+\)$/);
    const installId = /as (inst_\w+)/.exec(out.join("\n"))![1]!;
    const version = h.fake.state.packageVersion(h.fake.state.install(installId)!.package_version_id)!;
    expect(version.semver).toBe("1.1.0");
    expect(h.fake.state.countPackages()).toBe(1);
  });

  it("follows the logs across a dropped stream, printing each line once", async () => {
    const clusterId = await withCluster();
    const drop = h.fake.inject({
      method: "GET",
      path: "/installs/{id}/logs",
      fault: "drop-mid-stream",
      afterEvents: 4,
    });
    const code = await runExample((log) => deployApp(h.client(), options(clusterId), log), io());
    expect(code, out.join("\n")).toBe(0);
    expect(drop.hits).toBe(1);
    const requests = h.fake.requests.filter((r) => r.operation === "GET /installs/{id}/logs");
    expect(requests.map((r) => r.status)).toEqual(["dropped", 200]);
    const lines = logLines();
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.some((l) => /ready: serving version 1\.0\.0/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/is healthy after/);
  });

  it("exits non-zero when the install's operation fails", async () => {
    const clusterId = await withCluster({ provisioning: { autoComplete: false } });
    const running = runExample((log) => deployApp(h.client(), options(clusterId), log), io());
    for (let turn = 0; !out.some((l) => l.startsWith("installing")); turn++) {
      if (turn > 100_000) throw new Error("the example never created the install");
      await new Promise((resolve) => setImmediate(resolve));
    }
    const opId = /operation (op_\w+)/.exec(out.join("\n"))![1]!;
    h.fake.operations.fail(opId, "image pull failed");
    expect(await running).toBe(1);
    expect(out.at(-1)).toMatch(/^error: operation op_\w+ ended FAILED: image pull failed/);
  });

  it("does not wait past its deadline on a call that hangs (each call gets what is left)", async () => {
    const clusterId = await withCluster();
    // Every read of the install hangs: without the deadline the client would try it
    // (60 s per attempt, retries included) well past the example's 30 s.
    h.fake.inject({ method: "GET", path: "/installs/{id}", fault: "delay", delayMs: 60 * 60_000 });
    const start = h.clock.now();
    const code = await runExample(
      (log) => deployApp(h.client(), options(clusterId, { deadlineMs: 30_000 }), log),
      io(),
    );
    expect(code, out.join("\n")).toBe(1);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(30_000);
    expect(h.clock.now() - start).toBeLessThan(31_000);
    expect(out.at(-1)).toMatch(/^error: GET \/installs\/\{id\} stopped: .*deadline/);
  });

  it("exits non-zero at its deadline, on the virtual clock", async () => {
    const clusterId = await withCluster({ provisioning: { autoComplete: false } });
    const start = h.clock.now();
    const code = await runExample(
      (log) => deployApp(h.client(), options(clusterId, { deadlineMs: 15 * 60_000 }), log),
      io(),
    );
    expect(code).toBe(1);
    expect(out.at(-1)).toMatch(/^error: operation op_\w+ was not done within/);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(15 * 60_000);
    expect(h.clock.now() - start).toBeLessThan(16 * 60_000);
  });
});
