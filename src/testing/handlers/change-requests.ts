/**
 * The custom methods of a repository change request (create, get and list are
 * derived). The spec leaves the transitions undescribed; the fake's are:
 * - open (still editable): `AWAITING_CHANGES`, `VALIDATING`, `READY`. Every
 *   method below needs an open change request, else 409.
 * - `:createToken` (IK R): 201 `{ repository_change_request_id, fork_remote_url,
 *   fork_write_token, expires_at }`; `expires_in_seconds` (at most 3600; the
 *   fake's default is 900, the example's). The token is revealed only here: the
 *   fake keeps no copy, no read returns it, and the request log holds no
 *   response bodies (the SDK redacts `fork_write_token` as sensitive).
 * - `:accept` (IM R, IK R): `ACCEPTING` at once and an Operation
 *   `repository_change_request.accept` on the fake's clock; 200
 *   `{ repository_change_request_id, operation_id, accepted_at }`. It ends
 *   `ACCEPTED` (result `merged_at`, `triggered_install_render` false), or
 *   `FAILED` when the operation fails or is cancelled.
 * - `:reject` (IM R, IK R; `rejection_reason`): `REJECTED` with the reason; 200
 *   `{ repository_change_request_id, rejected_at }`.
 * - `:withdraw` (IM R, IK R): `WITHDRAWN`; 200 `{ repository_change_request_id,
 *   withdrawn_at }`.
 * Writes check `if-match` against the change request's etag and change it.
 * Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { HandlerContext, Reply } from "../context.js";
import { conflict, notFound } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { seconds } from "../render.js";
import type { ResourceRecord } from "../resource-table.js";

type Schemas = components["schemas"];

/** The states in which a change request can still change. */
const OPEN = new Set(["AWAITING_CHANGES", "VALIDATING", "READY"]);
/** Lifetime of a push token when the body names none, in seconds. */
export const DEFAULT_TOKEN_SECONDS = 900;
/** The user the fake acts as in operation metadata (the fake has no users). */
const USER = "usr_fake";

/** `POST /repository_change_requests/{id}:createToken`. */
export function createToken(ctx: HandlerContext): Reply {
  const rcr = findOpen(ctx);
  const body = (ctx.body ?? {}) as Schemas["CreateRepositoryChangeRequestTokenBody"];
  const fork = String(rcr.value["fork_repository_id"] ?? rcr.id);
  const answer: Schemas["CreateRepositoryChangeRequestTokenResponse"] = {
    repository_change_request_id: rcr.id,
    fork_remote_url: `https://git.example.com/akua/${fork}.git`,
    fork_write_token: `akua_fork_${body.scope ?? "write"}_${ctx.store.ids.next("tok")}`,
    expires_at: seconds(ctx.now) + (body.expires_in_seconds ?? DEFAULT_TOKEN_SECONDS),
  };
  return { status: 201, body: answer };
}

/** `POST /repository_change_requests/{id}:accept`. */
export function acceptChangeRequest(ctx: HandlerContext): Reply {
  const rcr = findOpen(ctx, true);
  const alive = () => ctx.store.resources.get(rcr.id) === rcr && rcr.value["state"] === "ACCEPTING";
  change(ctx, rcr, { state: "ACCEPTING" });
  const op = ctx.engine.start({
    workspace: rcr.workspace,
    ownerType: "repository_change_request",
    ownerId: rcr.id,
    metadata: { type: "repository_change_request.accept", repository_change_request_id: rcr.id, user_id: USER },
    steps: ["validate_and_merge"],
    timeline: [ctx.provisioning.startMs],
    onSuccess: (now) => {
      if (alive()) change(ctx, rcr, { state: "ACCEPTED" });
      return { type: "repository_change_request.accept", merged_at: seconds(now), triggered_install_render: false };
    },
    onStop: () => {
      if (alive()) change(ctx, rcr, { state: "FAILED" });
    },
  });
  const body: Schemas["AcceptRepositoryChangeRequestResponse"] = {
    repository_change_request_id: rcr.id,
    operation_id: op.id,
    accepted_at: seconds(ctx.now),
  };
  return reply(rcr, body);
}

/** `POST /repository_change_requests/{id}:reject`. */
export function rejectChangeRequest(ctx: HandlerContext): Reply {
  const rcr = findOpen(ctx, true);
  const reason = (ctx.body as Schemas["RejectRepositoryChangeRequestBody"]).rejection_reason;
  change(ctx, rcr, { state: "REJECTED", rejection_reason: reason });
  const body: Schemas["RejectRepositoryChangeRequestResponse"] = {
    repository_change_request_id: rcr.id,
    rejected_at: seconds(ctx.now),
  };
  return reply(rcr, body);
}

/** `POST /repository_change_requests/{id}:withdraw`. */
export function withdrawChangeRequest(ctx: HandlerContext): Reply {
  const rcr = findOpen(ctx, true);
  change(ctx, rcr, { state: "WITHDRAWN" });
  const body: Schemas["WithdrawRepositoryChangeRequestResponse"] = {
    repository_change_request_id: rcr.id,
    withdrawn_at: seconds(ctx.now),
  };
  return reply(rcr, body);
}

/** The change request of the path, in the caller's workspace (404), still open (409); `ifMatch`: checks the etag first. */
function findOpen(ctx: HandlerContext, ifMatch = false): ResourceRecord {
  const id = ctx.params["id"]!;
  const rcr = ctx.store.resources.get(id);
  if (!rcr || rcr.resource !== "RepositoryChangeRequest" || rcr.workspace !== ctx.workspace) {
    throw notFound("Repository change request", id);
  }
  if (ifMatch) checkIfMatch(ctx.headers["if-match"], String(rcr.value["etag"]), "repository change request");
  const state = String(rcr.value["state"]);
  if (!OPEN.has(state)) throw conflict(`Repository change request ${id} is ${state}; it can no longer change.`);
  return rcr;
}

function change(ctx: HandlerContext, rcr: ResourceRecord, fields: Record<string, unknown>): void {
  Object.assign(rcr.value, fields, { updated_at: seconds(ctx.clock.now()), etag: ctx.store.etags.next() });
}

function reply(rcr: ResourceRecord, body: unknown): Reply {
  return { status: 200, body, headers: { etag: etagHeader(String(rcr.value["etag"])) } };
}
