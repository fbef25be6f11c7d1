/**
 * The install lifecycle, on the fake's clock and the operations engine
 * (operations-engine.ts): no timers of its own.
 *
 * A rollout moves an install to one package version through one render
 * (an `InstallRender` of the derived engine, listed by
 * `GET /installs/{id}/renders`), driven by one Operation whose steps complete
 * at the `provisioning` times:
 *
 * | time after the start          | install `state` | render     |
 * | ----------------------------- | --------------- | ---------- |
 * | 0                             | (create) `pending`; (update, restore, render) unchanged, `reconciling` | `running` |
 * | `startMs`                     | `rendering`     | `running`  |
 * | (`startMs` + `readyMs`) / 2   | `syncing`       | `running`  |
 * | `readyMs`: success            | `healthy`       | `deployed` |
 * | failed or cancelled           | create: `failed`; update, restore, render: the state before it | `failed` |
 *
 * - `POST /installs` (derived create, through the Install rules of handlers/resource-rules.ts) starts the first
 *   rollout; its `install.create` Operation is the rollout's. Its version is
 *   the body's: a `PackageVersion` the fake holds under `package_id` (the
 *   `pinned` semver, or the package's `latest_version_id`, else its newest),
 *   else the install keeps the example's `package_version_id`.
 * - `:update`, `:restore` and `POST /installs/{id}/renders` start an
 *   `install.render` Operation (owner the install). A rollout still running is
 *   superseded (CANCELLED, its render `failed`), except the creation's: that
 *   is a 409. On a deleted install each is a 409 (handlers/installs.ts).
 * - `POST .../renders` renders the version the install is set to: the running
 *   rollout's, else `desired_version` (a failed update's is retried), else
 *   `current_version`. With `skip_unchanged` (true when absent or null) and
 *   nothing to change (no rollout running, no `desired_version`) its render is
 *   `skipped` at once: no Operation, `render_hash` the version's (the output
 *   would not change), `commit_sha` null, the install, its etag and its
 *   history untouched. A deployed render's `render_hash` is a digest of the
 *   install and the version (the same output), its `commit_sha` its own.
 * - Automatic updates: a version registered by `POST /packages/{id}/versions`
 *   (the derived create, through the PackageVersion rules) moves every install
 *   of that package in its workspace that has `automatic_updates` on and is
 *   not deleted, as `:update` would (render message `Automatic update to
 *   <semver>`; a running update, restore or render superseded). An install
 *   still being created cannot be superseded: the version is queued (the
 *   newest wins) and its update starts when the creation ends, succeeded or
 *   failed, if the flag is still on and the install not deleted. Turning the
 *   flag on starts nothing by itself; `:import` makes a new package (no
 *   installs yet) and `fake.seed` bypasses the rules, so neither moves one.
 * - Versions: `package_version_id` is the version deployed, or for an install
 *   not deployed yet the version asked for. `current_version` is the version
 *   the last successful rollout deployed (null before the first);
 *   `desired_version` the one a running or failed rollout asked for, null when
 *   it equals `current_version` (a successful rollout clears it). A version's
 *   semver is its `PackageVersion` record's, else the pinned semver it was
 *   installed with, else the `PackageVersionSummary` example's (`1.4.0`).
 * - The lifecycle state's `etag` and `updated_at` are the install's: one etag
 *   for both, which the lifecycle calls' `if-match` checks; every change of the
 *   install (each state above, each lifecycle call) takes a new one.
 * - A deleted install (`state` `deleted`, derived delete) cancels its rollout.
 * - Each state change is an event of the install's history, the source of its
 *   log stream (install-logs.ts); an install the lifecycle never saw (seeded)
 *   gets the history of the way to its state, stamped at its `updated_at`.
 *
 * Internal to the fake server.
 */
import type { components } from "../../generated/openapi.js";
import type { HandlerContext } from "./context.js";
import { conflict } from "./envelope.js";
import { buildResource, operationVariant, type OperationEffects } from "./handlers/derived.js";
import { hexDigest } from "./prng.js";
import type { InstallLifecycleRecord, InstallLogEvent, InstallPhase, RolloutRecord, VersionRef } from "./records.js";
import { seconds } from "./render.js";
import { deriveOperations, type DerivedOperation } from "./resource-model.js";
import type { ResourceRecord } from "./resource-table.js";
import { exampleOf, resolve } from "./schema-values.js";
import { spec } from "./spec.js";
import type { Store } from "./store.js";

type Schemas = components["schemas"];
type Ctx = Pick<HandlerContext, "store" | "clock" | "engine" | "provisioning" | "workspace" | "now">;

/** The steps of a rollout's Operation: the install is `rendering`, `syncing`, then `healthy` as each completes. */
const STEPS = ["queue", "render", "sync"] as const;

/** The state an install seeded in `state` went through, for its history. */
const PATHS: Record<InstallPhase, readonly InstallPhase[]> = {
  pending: ["pending"],
  rendering: ["pending", "rendering"],
  syncing: ["pending", "rendering", "syncing"],
  healthy: ["pending", "rendering", "syncing", "healthy"],
  degraded: ["pending", "rendering", "syncing", "degraded"],
  failed: ["pending", "rendering", "failed"],
  deleted: ["pending", "rendering", "syncing", "healthy", "deleted"],
};

let renderCreate: DerivedOperation | undefined;
/** The derived engine's create of `InstallRender` (renders are its records). */
function renderOperation(): DerivedOperation {
  renderCreate ??= deriveOperations(spec).find((op) => op.resource.name === "InstallRender" && op.method === "create");
  if (!renderCreate) throw new Error("the spec has no create of InstallRender");
  return renderCreate;
}

let fallbackSemver: string | undefined;
function exampleSemver(): string {
  fallbackSemver ??= (exampleOf(resolve(spec, { $ref: "#/components/schemas/PackageVersionSummary" })) as VersionRef)
    .semver;
  return fallbackSemver;
}

/** The `PackageVersion` record `id` of the workspace, if the fake holds it. */
export function versionRecord(store: Store, workspace: string, id: unknown): ResourceRecord | undefined {
  const record = typeof id === "string" ? store.resources.get(id) : undefined;
  return record && record.resource === "PackageVersion" && record.workspace === workspace ? record : undefined;
}

/** A version as the lifecycle shows it: the record's semver, else `semver`, else the example's. */
export function versionRef(store: Store, workspace: string, id: string, semver?: string): VersionRef {
  const known = versionRecord(store, workspace, id)?.value["semver"];
  return { id, semver: typeof known === "string" ? known : (semver ?? exampleSemver()) };
}

/** The install's lifecycle record, made on first use for an install the lifecycle never saw (seeded). */
export function lifecycleOf(store: Store, install: ResourceRecord): InstallLifecycleRecord {
  let lifecycle = store.installLifecycles.get(install.id);
  if (!lifecycle) {
    lifecycle = seededLifecycle(store, install);
    store.installLifecycles.set(install.id, lifecycle);
  }
  return lifecycle;
}

function seededLifecycle(store: Store, install: ResourceRecord): InstallLifecycleRecord {
  const state = install.value["state"] as InstallPhase;
  const version = versionRef(store, install.workspace, String(install.value["package_version_id"]));
  const deployed = PATHS[state].includes("healthy") || state === "degraded";
  const at = Number(install.value["updated_at"]) * 1000;
  const packageId = versionRecord(store, install.workspace, version.id)?.value["package_id"];
  return {
    installId: install.id,
    packageId: typeof packageId === "string" ? packageId : undefined,
    current: deployed ? version : null,
    desired: deployed ? null : version,
    automaticUpdates: false,
    rollout: undefined,
    history: PATHS[state].map((phase) => ({
      at,
      phase,
      version,
      renderId: null,
      ...(phase === "failed" ? { message: "the install was seeded failed" } : {}),
    })),
    watchers: new Set(),
  };
}

/** The install's version state (`InstallLifecycleState`). */
export function lifecycleState(
  install: ResourceRecord,
  lifecycle: InstallLifecycleRecord,
): Schemas["InstallLifecycleState"] {
  return {
    id: install.id,
    current_version: lifecycle.current && { ...lifecycle.current },
    desired_version: lifecycle.desired && { ...lifecycle.desired },
    automatic_updates_enabled: lifecycle.automaticUpdates,
    updated_at: install.value["updated_at"] as number,
    etag: String(install.value["etag"]),
  };
}

/** Marks a write of the install: `updated_at` now, a new etag. */
export function touchInstall(ctx: Pick<Ctx, "store" | "clock">, install: ResourceRecord): void {
  install.value["updated_at"] = seconds(ctx.clock.now());
  install.value["etag"] = ctx.store.etags.next();
}

/** Appends an event to the install's history and wakes the log streams following it. */
function tell(lifecycle: InstallLifecycleRecord, event: InstallLogEvent): void {
  lifecycle.history.push(event);
  const watchers = [...lifecycle.watchers];
  lifecycle.watchers.clear();
  for (const wake of watchers) wake();
}

/** Resolves at the install's next event, or when `signal` aborts. */
export function nextEvent(lifecycle: InstallLifecycleRecord, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const wake = () => {
      signal.removeEventListener("abort", wake);
      lifecycle.watchers.delete(wake);
      resolve();
    };
    lifecycle.watchers.add(wake);
    signal.addEventListener("abort", wake, { once: true });
  });
}

/**
 * Refuses a write to an install that is deleted, or being deleted (its
 * `install.delete` Operation still running): 409 naming which.
 */
export function refuseIfDeleting(ctx: Pick<Ctx, "engine">, install: ResourceRecord): void {
  if (install.value["state"] === "deleted") throw conflict(`Install ${install.id} is deleted.`);
  const deletion = ctx.engine.runningOf(install.id, "install.delete");
  if (deletion) throw conflict(`Install ${install.id} is being deleted (operation ${deletion}).`);
}

/** Whether the install is still the stored one and not deleted. */
function alive(ctx: Pick<Ctx, "store">, install: ResourceRecord, lifecycle: InstallLifecycleRecord): boolean {
  return (
    ctx.store.resources.get(install.id) === install &&
    ctx.store.installLifecycles.get(install.id) === lifecycle &&
    install.value["state"] !== "deleted"
  );
}

/** A new render of the install (stored, `running`), as the derived engine's records are. */
function newRender(
  ctx: Ctx,
  install: ResourceRecord,
  version: VersionRef,
  message: string | null,
  restoredFrom: string | null,
): ResourceRecord {
  const render = buildResource(ctx, renderOperation(), install.workspace, { "/installs": install.id }, undefined);
  Object.assign(render.value, {
    message,
    operation_id: null,
    repository_change_request_id: null,
    render_hash: null,
    commit_sha: null,
    package_version_id: version.id,
    restored_from_render_id: restoredFrom,
    state: "running",
  });
  ctx.store.resources.add(render);
  return render;
}

/** The output's content hash: the same for every render of one version of one install. */
function renderHash(installId: string, versionId: string): string {
  return hexDigest(`render ${installId} ${versionId}`, 16);
}

function settleRender(ctx: Ctx, render: ResourceRecord, state: "deployed" | "failed"): void {
  if (state === "deployed") {
    render.value["render_hash"] = renderHash(
      String(render.value["install_id"]),
      String(render.value["package_version_id"]),
    );
    render.value["commit_sha"] = hexDigest(`commit ${render.id}`, 40);
  }
  render.value["state"] = state;
  render.value["updated_at"] = seconds(ctx.clock.now());
}

/** The effects of a rollout's Operation (the table above). */
function rolloutEffects(
  ctx: Ctx,
  install: ResourceRecord,
  lifecycle: InstallLifecycleRecord,
  rollout: Omit<RolloutRecord, "operationId">,
  render: ResourceRecord,
): OperationEffects {
  const { startMs, readyMs } = ctx.provisioning;
  const mine = () => lifecycle.rollout?.renderId === render.id;
  const enter = (phase: InstallPhase, now: number, extra: Partial<InstallLogEvent> = {}) => {
    tell(lifecycle, { at: now, phase, version: rollout.version, renderId: render.id, ...extra });
  };
  const setState = (state: InstallPhase, reconciling: boolean) => {
    install.value["state"] = state;
    install.value["reconciling"] = reconciling;
    touchInstall(ctx, install);
  };
  return {
    steps: [...STEPS],
    timeline: [startMs, Math.round((startMs + readyMs) / 2), readyMs],
    onStep: (index, now) => {
      if (!mine() || !alive(ctx, install, lifecycle)) return;
      const phase = index === 0 ? "rendering" : "syncing";
      setState(phase, true);
      enter(phase, now);
    },
    onSuccess: (now) => {
      settleRender(ctx, render, "deployed");
      if (!mine()) return;
      lifecycle.rollout = undefined;
      if (!alive(ctx, install, lifecycle)) return;
      lifecycle.current = rollout.version;
      lifecycle.desired = null;
      install.value["package_version_id"] = rollout.version.id;
      setState("healthy", false);
      enter("healthy", now);
      if (rollout.kind === "create") startQueued({ ...ctx, now }, install, lifecycle);
    },
    onStop: (now, _outcome, message) => {
      settleRender(ctx, render, "failed");
      if (!mine()) return;
      lifecycle.rollout = undefined;
      if (!alive(ctx, install, lifecycle)) return;
      setState(rollout.kind === "create" ? "failed" : rollout.before, false);
      enter("failed", now, { message });
      if (rollout.kind === "create") startQueued({ ...ctx, now }, install, lifecycle);
    },
    started: (operation) => {
      render.value["operation_id"] = operation.id;
      lifecycle.rollout = { ...rollout, operationId: operation.id };
    },
  };
}

/** The body fields of `POST /installs` the lifecycle reads. */
interface CreateBody {
  package_id?: string;
  package_version_pin?: { kind: "latest" } | { kind: "pinned"; version: string };
}

/** The version a create asks for, and its package when the body names one. */
function requestedVersion(
  ctx: Ctx,
  install: ResourceRecord,
  body: CreateBody,
): { version: VersionRef; packageId?: string } {
  // `package_version_id` is already the version the body asks for (resolved by references.ts, or the example's).
  const pinned = body.package_version_pin?.kind === "pinned" ? body.package_version_pin.version : undefined;
  const version = versionRef(ctx.store, install.workspace, String(install.value["package_version_id"]), pinned);
  const owner = body.package_id ?? versionRecord(ctx.store, install.workspace, version.id)?.value["package_id"];
  return { version, ...(typeof owner === "string" ? { packageId: owner } : {}) };
}

/** What the install lifecycle adds to the derived engine's installs (wired in handlers/resource-rules.ts). */
export const installLifecycleRules = {
  createOperation(ctx: HandlerContext, install: ResourceRecord): OperationEffects {
    const { version, packageId } = requestedVersion(ctx, install, (ctx.body ?? {}) as CreateBody);
    install.value["package_version_id"] = version.id;
    install.value["reconciling"] = true;
    const lifecycle: InstallLifecycleRecord = {
      installId: install.id,
      packageId,
      current: null,
      desired: version,
      automaticUpdates: false,
      rollout: undefined,
      history: [],
      watchers: new Set(),
    };
    ctx.store.installLifecycles.set(install.id, lifecycle);
    const render = newRender(ctx, install, version, `Install version ${version.semver}`, null);
    tell(lifecycle, { at: ctx.now, phase: "pending", version, renderId: render.id });
    return rolloutEffects(
      ctx,
      install,
      lifecycle,
      { kind: "create", renderId: render.id, version, before: "pending" },
      render,
    );
  },

  deleted(ctx: HandlerContext, install: ResourceRecord): void {
    // An install the lifecycle never saw gets its history now: it already ends with the deletion.
    if (!ctx.store.installLifecycles.has(install.id)) return void lifecycleOf(ctx.store, install);
    const lifecycle = lifecycleOf(ctx.store, install);
    // A second delete (run at the same time, or of a deleted install) tells nothing new.
    if (lifecycle.history.at(-1)?.phase === "deleted") return;
    if (lifecycle.rollout) ctx.engine.cancel(lifecycle.rollout.operationId, "Cancelled: the install was deleted.");
    install.value["reconciling"] = false; // nothing rolls out on a deleted install
    const version =
      lifecycle.current ??
      lifecycle.desired ??
      versionRef(ctx.store, install.workspace, String(install.value["package_version_id"]));
    tell(lifecycle, { at: ctx.clock.now(), phase: "deleted", version, renderId: null });
  },
};

/** The call starting each kind of rollout, for messages. */
const CALLS = { update: ":update", restore: ":restore", render: "POST .../renders" } as const;

/**
 * Starts an `:update`, `:restore` or render rollout to `version` and returns
 * its render. A running update, restore or render is superseded; a running
 * creation is a 409.
 */
export function startRollout(
  ctx: Ctx,
  install: ResourceRecord,
  lifecycle: InstallLifecycleRecord,
  kind: "update" | "restore" | "render",
  version: VersionRef,
  options: { message: string | null; restoredFrom?: string },
): ResourceRecord {
  let before = install.value["state"] as InstallPhase;
  const running = lifecycle.rollout;
  if (running?.kind === "create") {
    throw conflict(
      `Install ${install.id} is still being created (operation ${running.operationId}): wait for it before ${CALLS[kind]}.`,
    );
  }
  const render = newRender(ctx, install, version, options.message, options.restoredFrom ?? null);
  if (running) {
    before = running.before;
    ctx.engine.cancel(running.operationId, `Superseded by render ${render.id} of install ${install.id}.`);
  }
  lifecycle.desired = lifecycle.current?.id === version.id ? null : version;
  install.value["reconciling"] = true;
  touchInstall(ctx, install);
  const effects = rolloutEffects(ctx, install, lifecycle, { kind, renderId: render.id, version, before }, render);
  const facts = { install_id: install.id };
  const operation = ctx.engine.start({
    workspace: install.workspace,
    ownerType: "install",
    ownerId: install.id,
    metadata: operationVariant("OperationMetadata", "install.render", facts) as Schemas["OperationMetadata"],
    steps: STEPS,
    timeline: effects.timeline!,
    onStep: effects.onStep,
    onSuccess: (now) => {
      effects.onSuccess(now);
      return operationVariant("OperationResponse", "install.render", {
        install_render_id: render.id,
        repository_id: `repo_${hexDigest(`repository ${install.id}`, 16)}`,
        render_hash: render.value["render_hash"],
        commit_sha: render.value["commit_sha"],
        skipped: false,
      }) as Schemas["OperationResponse"];
    },
    onStop: effects.onStop,
  });
  effects.started!(operation);
  return render;
}

/** What `POST /installs/{id}/renders` does (pure): the version it renders, and whether it is `skipped` at once. */
export function renderPlan(
  lifecycle: Pick<InstallLifecycleRecord, "current" | "desired" | "rollout">,
  skipUnchanged: boolean,
): { version: VersionRef; skip: boolean } {
  // The version the install is set to: the running rollout's, else the one asked for and not deployed, else the deployed one.
  const version = lifecycle.rollout?.version ?? lifecycle.desired ?? lifecycle.current;
  if (!version) throw new Error("an install's lifecycle has a current or a desired version");
  const unchanged =
    lifecycle.rollout === undefined && lifecycle.desired === null && lifecycle.current?.id === version.id;
  return { version, skip: skipUnchanged && unchanged };
}

/**
 * `POST /installs/{id}/renders` on an install not deleted: a render `skipped`
 * at once when `renderPlan` says so (no Operation, the install unchanged), else
 * a render rollout of the install's version (`startRollout`: 409 during the
 * creation, a running rollout superseded). Returns the render.
 */
export function requestRender(
  ctx: Ctx,
  install: ResourceRecord,
  lifecycle: InstallLifecycleRecord,
  options: { message: string | null; skipUnchanged: boolean },
): ResourceRecord {
  const { version, skip } = renderPlan(lifecycle, options.skipUnchanged);
  if (!skip) return startRollout(ctx, install, lifecycle, "render", version, { message: options.message });
  const render = newRender(ctx, install, version, options.message, null);
  render.value["state"] = "skipped";
  render.value["render_hash"] = renderHash(install.id, version.id);
  return render;
}

function automaticMessage(version: VersionRef): string {
  return `Automatic update to ${version.semver}`;
}

/**
 * After a new version of a package was registered (`POST /packages/{id}/versions`):
 * every install of that package in its workspace, not deleted, with automatic
 * updates on, starts an update rollout to it as `:update` would (superseding a
 * running update, restore or render); one still being created gets it queued,
 * started when the creation ends. Returns the installs it moved or queued.
 */
export function startAutomaticUpdates(ctx: Ctx, version: ResourceRecord): string[] {
  const packageId = version.parents["/packages"];
  const ref = versionRef(ctx.store, version.workspace, version.id);
  const moved: string[] = [];
  for (const lifecycle of [...ctx.store.installLifecycles.values()]) {
    if (!lifecycle.automaticUpdates || packageId === undefined || lifecycle.packageId !== packageId) continue;
    const install = ctx.store.resources.get(lifecycle.installId);
    if (!install || install.workspace !== version.workspace || !alive(ctx, install, lifecycle)) continue;
    if (ctx.engine.runningOf(install.id, "install.delete")) continue;
    moved.push(install.id);
    if (lifecycle.rollout?.kind === "create") lifecycle.queued = ref;
    else startRollout(ctx, install, lifecycle, "update", ref, { message: automaticMessage(ref) });
  }
  return moved;
}

/** Starts the automatic update queued while the install was being created (see `startAutomaticUpdates`). */
function startQueued(ctx: Ctx, install: ResourceRecord, lifecycle: InstallLifecycleRecord): void {
  const version = lifecycle.queued;
  if (!version) return;
  lifecycle.queued = undefined;
  if (!lifecycle.automaticUpdates) return;
  startRollout(ctx, install, lifecycle, "update", version, { message: automaticMessage(version) });
}
