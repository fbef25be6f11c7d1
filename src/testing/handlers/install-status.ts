/**
 * An install's live status and pods, canned and derived from its `state`
 * (the fake runs no Argo CD and no cluster):
 *
 * | state               | health      | sync      | operation_phase | pods             |
 * | ------------------- | ----------- | --------- | --------------- | ---------------- |
 * | pending, rendering  | null        | null      | null            | none             |
 * | syncing             | Progressing | OutOfSync | Running         | the example's    |
 * | healthy             | Healthy     | Synced    | Succeeded       | the example's    |
 * | degraded            | Degraded    | Synced    | Succeeded       | the example's    |
 * | failed              | Degraded    | OutOfSync | Failed          | none             |
 * | deleted             | null        | null      | null            | none             |
 *
 * Where health is known, `revision` is a 40-hex digest of the install id and
 * `package_version_id`, `resources` the schema example's (with this health
 * and sync), `updated_at` the install's; else all null. `state` and
 * `reconciling` are the install's. Pods are not paginated. Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { hexDigest } from "../prng.js";
import type { ResourceRecord } from "../resource-table.js";
import { exampleOf, resolve } from "../schema-values.js";
import { spec } from "../spec.js";
import { findInstall } from "./lookup.js";

type Schemas = components["schemas"];
type State = Schemas["Install"]["state"];

interface Live {
  health: string;
  sync: string;
  phase: string;
  pods: boolean;
}

const LIVE: Partial<Record<State, Live>> = {
  syncing: { health: "Progressing", sync: "OutOfSync", phase: "Running", pods: true },
  healthy: { health: "Healthy", sync: "Synced", phase: "Succeeded", pods: true },
  degraded: { health: "Degraded", sync: "Synced", phase: "Succeeded", pods: true },
  failed: { health: "Degraded", sync: "OutOfSync", phase: "Failed", pods: false },
};

/** `GET /installs/{id}/status`. */
export function getInstallStatus(ctx: HandlerContext): Reply {
  return { status: 200, body: renderStatus(findInstall(ctx)) };
}

/** `GET /installs/{id}/pods`. */
export function listInstallPods(ctx: HandlerContext): Reply {
  const install = findInstall(ctx);
  const live = LIVE[install.value["state"] as State];
  const pods = live?.pods ? cannedPods() : [];
  return { status: 200, body: { data: pods } satisfies Schemas["PodList"] };
}

/** The example's pods: every install's, once deployed (the containers writing its log lines, install-logs.ts). */
export function cannedPods(): Schemas["PodList"]["data"] {
  return (example("PodList") as Schemas["PodList"]).data;
}

/** The status of an install record, as the table above says. */
export function renderStatus(install: ResourceRecord): Schemas["InstallStatus"] {
  const state = install.value["state"] as State;
  const live = LIVE[state];
  const base = { install_id: install.id, state, reconciling: install.value["reconciling"] === true };
  if (!live) {
    return {
      ...base,
      health: null,
      sync: null,
      revision: null,
      resources: null,
      operation_phase: null,
      updated_at: null,
    };
  }
  const resources = (example("InstallStatus") as Schemas["InstallStatus"]).resources ?? [];
  return {
    ...base,
    health: live.health,
    sync: live.sync,
    revision: hexDigest(`${install.id} ${String(install.value["package_version_id"])}`, 40),
    resources: resources.map((r) => ({ ...r, status: live.sync, health: { status: live.health } })),
    operation_phase: live.phase,
    updated_at: install.value["updated_at"] as number,
  };
}

function example(name: string): unknown {
  return exampleOf(resolve(spec, { $ref: `#/components/schemas/${name}` }));
}
