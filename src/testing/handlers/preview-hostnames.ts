/**
 * Preview hostname binds (the hostnames' list and delete are derived):
 * - `:bindPinned` (IK R; `render_id`): a new hostname bound to that render,
 *   `provisioning` at once (listed under the install), `active` when the
 *   202 Operation (`preview_hostname.bind_pinned`, owner the install)
 *   completes on the fake's clock; a failed or cancelled bind removes it.
 * - `:bindFloating` (IK R; `track` + `render_id`): the track's hostname when
 *   the install has one (not `releasing`), re-pointed at the render when the
 *   operation succeeds; else a new one as for a pinned bind.
 * - The result (`install_id`, `preview_hostname_id`, `hostname`) names it.
 *   `protocol` / `routing_mode` default to `http` / `through_dispatcher`;
 *   hostnames are `<track or id>-<install id>.preview.akua.dev` (newHostname).
 * - The spec lists no 404: the fake answers 404 (an undeclared 4xx with the
 *   error envelope) for an unknown or deleted install, and for a `render_id`
 *   that is not one of the install's renders (`path` names it).
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { ApiError, notFound } from "../envelope.js";
import { etagHeader } from "../etag.js";
import { renderOperation } from "../render.js";
import type { ResourceRecord } from "../resource-table.js";
import { buildResource, touch } from "./derived.js";
import { derivedResources } from "./index.js";
import { refuseIfDeleting } from "../install-lifecycle.js";
import { derivedRecord } from "./references.js";

type Schemas = components["schemas"];

interface BindBody {
  render_id: string;
  track?: string;
  protocol?: "http" | "websocket" | "grpc";
  routing_mode?: "through_dispatcher" | "bypass_dispatcher";
}

/** `POST /installs/{id}/preview_hostnames:bindPinned`. */
export function bindPinned(ctx: HandlerContext): Reply {
  return bind(ctx, "pinned");
}

/** `POST /installs/{id}/preview_hostnames:bindFloating`. */
export function bindFloating(ctx: HandlerContext): Reply {
  return bind(ctx, "floating");
}

function bind(ctx: HandlerContext, kind: "pinned" | "floating"): Reply {
  const installId = ctx.params["id"]!;
  const install = derivedRecord(ctx, "Install", installId);
  if (!install || install.value["state"] === "deleted") throw notFound("Install", installId);
  refuseIfDeleting(ctx, install);
  const body = ctx.body as BindBody;
  const render = derivedRecord(ctx, "InstallRender", body.render_id);
  if (!render || render.parents["/installs"] !== installId) {
    throw new ApiError(404, `render_id: install ${installId} has no render ${body.render_id}.`, {
      path: ["body", "render_id"],
    });
  }
  const protocol = body.protocol ?? "http";
  const routingMode = body.routing_mode ?? "through_dispatcher";
  const binding =
    kind === "pinned" ? { kind, render_id: body.render_id } : { kind, track: body.track!, render_id: body.render_id };
  const existing = kind === "floating" ? trackHostname(ctx, installId, body.track!) : undefined;
  const hostname = existing ?? newHostname(ctx, installId, kind === "floating" ? body.track! : undefined);
  if (!existing) {
    Object.assign(hostname.value, { protocol, routing_mode: routingMode, binding, status: "provisioning" });
    ctx.store.resources.add(hostname);
  }
  const model = derivedResources.get("PreviewHostname")!.resource;
  const type = kind === "pinned" ? "preview_hostname.bind_pinned" : "preview_hostname.bind_floating";
  const metadata: Record<string, unknown> = {
    type,
    install_id: installId,
    render_id: body.render_id,
    protocol,
    routing_mode: routingMode,
    idempotency_key: ctx.headers["idempotency-key"] ?? "",
  };
  if (kind === "floating") metadata["track"] = body.track;
  const live = () => ctx.store.resources.get(hostname.id) === hostname;
  const op = ctx.engine.start({
    workspace: ctx.workspace,
    ownerType: "install",
    ownerId: installId,
    metadata: metadata as Schemas["OperationMetadata"],
    steps: [type],
    timeline: [ctx.provisioning.startMs],
    onSuccess: () => {
      if (live()) {
        Object.assign(hostname.value, { protocol, routing_mode: routingMode, binding, status: "active" });
        touch(ctx, model, hostname);
      }
      return {
        type,
        install_id: installId,
        preview_hostname_id: hostname.id,
        hostname: String(hostname.value["hostname"]),
      } as Schemas["OperationResponse"];
    },
    onStop: () => {
      if (!existing && live()) ctx.store.resources.remove(hostname);
    },
  });
  return { status: 202, body: renderOperation(op), headers: { etag: etagHeader(op.etag) } };
}

/** The install's floating hostname of `track`, unless it is being released. */
function trackHostname(ctx: HandlerContext, installId: string, track: string): ResourceRecord | undefined {
  return ctx.store.resources.list("PreviewHostname", { parent: installId }).find((h) => {
    const binding = h.value["binding"] as { kind?: unknown; track?: unknown } | undefined;
    return binding?.kind === "floating" && binding.track === track && h.value["status"] !== "releasing";
  });
}

/**
 * A new hostname record of the install (not stored yet). Its first label is a
 * valid DNS label (at most 63 of `a-z0-9-`, no hyphen at either end): the
 * track's slug, or the record's id; a track whose slug another hostname of the
 * install already has (`Main`, `main`), or that has none (`!!!`), gets the
 * record's id in its label too, so hostnames never repeat.
 */
function newHostname(ctx: HandlerContext, installId: string, track: string | undefined): ResourceRecord {
  const op = derivedResources.get("PreviewHostname")!;
  const record = buildResource(ctx, op, ctx.workspace, { "/installs": installId }, undefined);
  const suffix = `${installId.replace(/_/g, "-")}.preview.akua.dev`;
  const unique = slug(record.id, 40);
  const taken = (name: string) =>
    ctx.store.resources.list("PreviewHostname", { parent: installId }).some((h) => h.value["hostname"] === name);
  const wanted = track === undefined ? unique : slug(track, 40);
  let hostname = `${wanted || unique}-${suffix}`;
  if (track !== undefined && (!wanted || taken(hostname))) {
    hostname = `${[slug(track, 20), unique].filter(Boolean).join("-")}-${suffix}`;
  }
  record.value["hostname"] = hostname;
  record.value["last_seen_at"] = null;
  return record;
}

/** `text` as lower-case `a-z0-9-`, at most `max` characters, no hyphen at either end ("" when nothing is left). */
function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
