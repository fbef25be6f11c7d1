/**
 * Regions: list (oldest first) and create (201; 422 when the workspace
 * already has a region of that name). Cluster create and import accept any
 * `region_id`; regions are not checked there. Internal to the fake server.
 */
import type { components } from "../../../generated/openapi.js";
import type { Handler, HandlerContext } from "../context.js";
import { ApiError } from "../envelope.js";
import { readPage, renderPage } from "../pagination.js";
import type { RegionRecord } from "../records.js";
import { renderRegion } from "../render.js";
import { pageQuery } from "./clusters.js";

/** `GET /regions` */
export const listRegions: Handler = (ctx) => {
  const items = ctx.store.regionsByWorkspace.get(ctx.workspace)?.items ?? [];
  return {
    status: 200,
    body: renderPage(readPage(items, { list: "regions", ...pageQuery(ctx), order: "asc" }), renderRegion),
  };
};

/** `POST /regions` */
export const createRegion: Handler = (ctx) => {
  const body = ctx.body as components["schemas"]["CreateRegionBody"];
  const existing = ctx.store.regionsByWorkspace.get(ctx.workspace)?.items ?? [];
  if (existing.some((r) => r.name === body.name)) {
    throw new ApiError(422, `A region named ${JSON.stringify(body.name)} already exists in the workspace.`, {
      path: ["body", "name"],
      metadata: { reason: "ALREADY_EXISTS" },
    });
  }
  const region = newRegion(ctx, body.name, body.icon ?? null);
  ctx.store.addRegion(region);
  return { status: 201, body: renderRegion(region) };
};

/** A new region record (not yet stored). */
export function newRegion(
  ctx: Pick<HandlerContext, "store" | "now" | "workspace">,
  name: string,
  icon: string | null,
): RegionRecord {
  return {
    seq: ctx.store.nextSeq(),
    id: ctx.store.ids.next("reg"),
    workspace: ctx.workspace,
    name,
    icon,
    createdAt: ctx.now,
  };
}
