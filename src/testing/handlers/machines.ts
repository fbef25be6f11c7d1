/**
 * Machine suspend and resume (the machine's other methods are derived):
 * - `:suspend` (IM R, IK R; optional `reason`, default `manual`) on an `ACTIVE`
 *   machine: 202 `MachineOperation` (`machine.suspend`), the machine `SUSPENDING`
 *   and reconciling at once, `SUSPENDED` with `current_suspension` when the
 *   operation completes on the fake's clock; its result adds `suspension_id`
 *   (`sus_...`, the suspension's `event_id`).
 * - `:resume` (IM R, IK R) on a `SUSPENDED` machine: `RESUMING` at once, `ACTIVE`
 *   (suspension cleared) when it completes.
 * - Any other state is a 409; a failed or cancelled operation puts the machine
 *   back as it was. Every change takes a new etag. Idempotency is the pipeline's.
 * Internal to the fake server.
 */
import type { HandlerContext, Reply } from "../context.js";
import { conflict, notFound } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { hexDigest } from "../prng.js";
import { renderOperation, seconds } from "../render.js";
import type { ResourceRecord } from "../resource-table.js";
import { minimalValue, properties, resolve } from "../schema-values.js";
import { spec } from "../spec.js";

type Kind = "machine.suspend" | "machine.resume";

const SUSPEND = { from: "ACTIVE", during: "SUSPENDING", to: "SUSPENDED" } as const;
const RESUME = { from: "SUSPENDED", during: "RESUMING", to: "ACTIVE" } as const;

/** `POST /machines/{id}:suspend`. */
export function suspendMachine(ctx: HandlerContext): Reply {
  return powerChange(ctx, "machine.suspend");
}

/** `POST /machines/{id}:resume`. */
export function resumeMachine(ctx: HandlerContext): Reply {
  return powerChange(ctx, "machine.resume");
}

/** The machine `id` of the caller's workspace, or 404. */
export function findMachine(ctx: HandlerContext, id: string): ResourceRecord {
  const record = ctx.store.resources.get(id);
  if (!record || record.resource !== "Machine" || record.workspace !== ctx.workspace) throw notFound("Machine", id);
  return record;
}

function powerChange(ctx: HandlerContext, type: Kind): Reply {
  const machine = findMachine(ctx, ctx.params["id"]!);
  const value = machine.value;
  checkIfMatch(ctx.headers["if-match"], String(value["etag"]), "machine");
  const step = type === "machine.suspend" ? SUSPEND : RESUME;
  if (value["state"] !== step.from) {
    throw conflict(`Machine ${machine.id} is ${String(value["state"])}; ${type} needs it ${step.from}.`);
  }
  const before = { ...value };
  const reason = (ctx.body as { reason?: string } | undefined)?.reason ?? "manual";
  const suspensionId = type === "machine.suspend" ? ctx.store.ids.next("sus") : undefined;
  change(ctx, machine, { state: step.during, reconciling: true });
  const op = ctx.engine.start({
    workspace: machine.workspace,
    ownerType: "machine",
    ownerId: machine.id,
    metadata: {
      type,
      workspace_id: machine.workspace,
      machine_id: machine.id,
      request_fingerprint: fingerprint(type, machine.id, ctx.headers["idempotency-key"]),
    },
    steps: [type],
    timeline: [ctx.provisioning.startMs],
    onSuccess: () => {
      if (ctx.store.resources.get(machine.id) === machine) {
        const suspension = suspensionId === undefined ? undefined : currentSuspension(suspensionId, reason);
        change(ctx, machine, { state: step.to, reconciling: false, current_suspension: suspension });
      }
      return suspensionId === undefined
        ? { type: "machine.resume", machine_id: machine.id }
        : { type: "machine.suspend", machine_id: machine.id, suspension_id: suspensionId };
    },
    onStop: () => {
      if (ctx.store.resources.get(machine.id) !== machine) return;
      change(ctx, machine, {
        state: before["state"],
        reconciling: before["reconciling"],
        current_suspension: before["current_suspension"],
      });
    },
  });
  return {
    status: 202,
    body: { ...renderOperation(op), operation_id: op.id },
    headers: { etag: etagHeader(op.etag) },
  };
}

/** Sets top-level fields (an `undefined` one is removed), `updated_at` on the fake's clock and a new etag. */
function change(ctx: HandlerContext, machine: ResourceRecord, fields: Record<string, unknown>): void {
  const value = machine.value;
  for (const [name, field] of Object.entries(fields)) {
    if (field === undefined) delete value[name];
    else value[name] = field;
  }
  value["updated_at"] = seconds(ctx.clock.now());
  value["etag"] = ctx.store.etags.next();
}

/** The `current_suspension` of a suspended machine: the schema's minimal value with its event id and reason. */
function currentSuspension(eventId: string, reason: string): Record<string, unknown> {
  const machine = resolve(spec, { $ref: "#/components/schemas/Machine" });
  const schema = properties(spec, machine)["current_suspension"];
  const base = minimalValue(spec, schema) as Record<string, unknown>;
  return { ...base, event_id: eventId, reason };
}

/** A short, deterministic fingerprint of the request that started the operation. */
function fingerprint(type: Kind, machineId: string, key: string | undefined): string {
  return hexDigest(`${type} ${machineId} ${key ?? ""}`, 10);
}
