/**
 * Recorded snippet runs (`POST /snippets/{id}/runs`, derived): the run gets
 * the canned outcome of its snippet's code (snippet-outcome.ts; the fake
 * never evaluates code) and is terminal at once: `state`, `stats`,
 * `duration_ms`, and `output` (legacy: the returned value with null
 * `result_*`; result contract v1: the `scalar` result) or `error`. `source`,
 * `dashboard_id`, `widget_id` and `agent_turn_id` come from `context`
 * (`manual` without one); `snippet_name` and `snippet_etag` from the snippet.
 * An archived snippet cannot run (409). Internal to the fake server.
 */
import type { HandlerContext } from "../context.js";
import type { ResourceRecord } from "../resource-table.js";
import { snippetOutcome } from "../snippet-outcome.js";
import { liveSnippet } from "./snippets.js";

interface RunBody {
  inputs?: Record<string, unknown>;
  agent_turn_id?: string;
  context?: { source: string; dashboard_id?: string; widget_id?: string; agent_turn_id?: string };
}

/** Before a run is recorded: the snippet must not be archived. */
export function beforeRunCreate(ctx: HandlerContext): void {
  liveSnippet(ctx, ctx.params["id"]!);
}

/** After a run was recorded: its canned, terminal outcome. */
export function afterRunCreate(ctx: HandlerContext, run: ResourceRecord): void {
  const snippet = liveSnippet(ctx, ctx.params["id"]!);
  const body = (ctx.body ?? {}) as RunBody;
  const context = body.context;
  const outcome = snippetOutcome(String(snippet.value["code"]), body.inputs);
  const value = run.value;
  Object.assign(value, {
    source: context?.source ?? "manual",
    snippet_name: snippet.value["name"],
    snippet_etag: snippet.value["etag"],
    dashboard_id: context?.dashboard_id ?? null,
    dashboard_name: null,
    widget_id: context?.widget_id ?? null,
    widget_title: null,
    agent_session_id: null,
    agent_turn_id: body.agent_turn_id ?? context?.agent_turn_id ?? null,
    inputs: structuredClone(body.inputs ?? {}),
    state: outcome.state,
    stats: outcome.stats,
    duration_ms: Math.round(outcome.stats.wall_time_ms),
    result_contract_version: outcome.v1 ? 1 : null,
    result_type: outcome.v1 ? "scalar" : null,
    default_visualization: outcome.v1 ? "stat" : null,
  });
  delete value["output"];
  delete value["error"];
  if (outcome.result !== undefined) value["output"] = outcome.result;
  if (outcome.error !== undefined) value["error"] = { ...outcome.error };
}
