/**
 * Operations: list (newest first; `owner_type` and `owner_id` together or
 * not at all, else 400), get, `:wait` (long-poll on the clock: answers as soon
 * as the operation is done, or the latest state after `timeout` seconds,
 * default 30, max 60; refused with a 400 when a client on another clock than the
 * fake's jumping one keeps polling, see clock-guard.ts) and `:cancel` (202 with the operation as it was when the
 * request arrived; it is CANCELLED right after, visible to the next read;
 * 422 when already done; optional `if-match`).
 *
 * `GET /operations` and `:wait` take no `akua-context` in the real API: without
 * the header they see every workspace the token reaches. Internal to the fake server.
 */
import type { Handler, HandlerContext, Reply } from "../context.js";
import { ApiError } from "../envelope.js";
import { checkIfMatch, etagHeader } from "../etag.js";
import { readPage, renderPage } from "../pagination.js";
import type { OperationRecord } from "../records.js";
import { renderOperation } from "../render.js";
import { pageQuery } from "./clusters.js";
import { findOperation } from "./lookup.js";

/** `:wait` holds the request this long when `timeout` is omitted. */
export const DEFAULT_WAIT_SECONDS = 30;

/** `GET /operations` */
export const listOperations: Handler = (ctx) => {
  const ownerType = ctx.query["owner_type"];
  const ownerId = ctx.query["owner_id"];
  if ((ownerType === undefined) !== (ownerId === undefined)) {
    const missing = ownerType === undefined ? "owner_type" : "owner_id";
    throw new ApiError(
      400,
      `${missing} is required when ${missing === "owner_id" ? "owner_type" : "owner_id"} is set.`,
      {
        path: ["query", missing],
      },
    );
  }
  const page = readPage(operationsInScope(ctx), {
    list: "operations",
    ...pageQuery(ctx),
    order: "desc",
    filter: ownerType === undefined ? undefined : (o) => o.ownerType === ownerType && o.ownerId === ownerId,
  });
  return { status: 200, body: renderPage(page, renderOperation) };
};

/** `GET /operations/{id}` */
export const getOperation: Handler = (ctx) => operationReply(findOperation(ctx, ctx.params["id"]!));

/** `POST /operations/{id}:wait` */
export const waitOperation: Handler = async (ctx) => {
  const id = ctx.params["id"]!;
  const op = findOperation(ctx, id);
  const timeout = typeof ctx.query["timeout"] === "number" ? ctx.query["timeout"] : DEFAULT_WAIT_SECONDS;
  if (op.state === "RUNNING") {
    const refusal = ctx.clockGuard.refusal(id);
    if (refusal !== undefined) throw new ApiError(400, refusal, { metadata: { reason: "CLOCK_MISMATCH" } });
    const timeoutMs = Math.min(60, timeout) * 1000;
    await ctx.clockGuard.watch(
      id,
      timeoutMs,
      () => ctx.park(ctx.engine.waitUntilDone(id, timeoutMs, ctx.signal)),
      () => op.state === "RUNNING" && !ctx.signal.aborted,
    );
  }
  return operationReply(findOperation(ctx, id));
};

/** `POST /operations/{id}:cancel` */
export const cancelOperation: Handler = (ctx) => {
  const op = findOperation(ctx, ctx.params["id"]!);
  checkIfMatch(ctx.headers["if-match"], op.etag, "operation");
  if (op.state !== "RUNNING") {
    throw new ApiError(422, `Operation ${op.id} is already done (${op.state}).`, {
      metadata: { reason: "ALREADY_DONE" },
    });
  }
  const snapshot = renderOperation(op);
  ctx.engine.cancel(op.id);
  return { status: 202, body: snapshot };
};

function operationReply(op: OperationRecord): Reply {
  return { status: 200, body: renderOperation(op), headers: { etag: etagHeader(op.etag) } };
}

function operationsInScope(ctx: HandlerContext): readonly OperationRecord[] {
  const lists = ctx.scope.map((ws) => ctx.store.operationsByWorkspace.get(ws)?.items ?? []);
  if (lists.length === 1) return lists[0]!;
  return lists.flat().sort((a, b) => a.seq - b.seq);
}
