/**
 * Snippets beyond their standard methods (which are derived):
 * - `GET /snippets:usage`, `GET /snippets/{id}:usage`: the fake models no
 *   dashboards, so nothing references a snippet: the workspace variant lists
 *   each live (not archived) snippet with `dashboard_count` 0 and no
 *   dashboards, oldest first, at most `USAGE_LIMIT` of them (`has_more` when
 *   there are more; `next_cursor` is always null, the call takes no cursor);
 *   the per-snippet variant answers the same entry for any snippet of the
 *   workspace, archived included, and 404 for an unknown one.
 * - `POST /snippets:execute`, `POST /snippets/{id}:execute`: canned outcomes
 *   (snippet-outcome.ts; the fake never evaluates code), 200, nothing stored.
 *   The stored variant runs the snippet's `code`: 404 for an unknown snippet,
 *   409 for an archived one.
 * Internal to the fake server.
 */
import type { HandlerContext, Reply } from "../context.js";
import { conflict, notFound } from "../envelope.js";
import type { ResourceRecord } from "../resource-table.js";
import { executeAnswer, snippetOutcome } from "../snippet-outcome.js";
import { derivedRecord } from "./references.js";

/** The most entries `GET /snippets:usage` answers (it takes no cursor). */
export const USAGE_LIMIT = 100;

/** `GET /snippets:usage`. */
export function listSnippetUsage(ctx: HandlerContext): Reply {
  const data: Record<string, unknown>[] = [];
  let hasMore = false;
  for (const snippet of ctx.store.resources.list("Snippet", { workspace: ctx.workspace })) {
    if (snippet.value["archived_at"] != null) continue;
    if (data.length === USAGE_LIMIT) {
      hasMore = true;
      break;
    }
    data.push(usage(snippet));
  }
  return { status: 200, body: { data, has_more: hasMore, next_cursor: null } };
}

/** `GET /snippets/{id}:usage`. */
export function getSnippetUsage(ctx: HandlerContext): Reply {
  return { status: 200, body: usage(findSnippet(ctx, ctx.params["id"]!)) };
}

/** `POST /snippets:execute`. */
export function executeSnippet(ctx: HandlerContext): Reply {
  const body = ctx.body as { code: string; inputs?: Record<string, unknown> };
  return { status: 200, body: executeAnswer(snippetOutcome(body.code, body.inputs)) };
}

/** `POST /snippets/{id}:execute`. */
export function executeStoredSnippet(ctx: HandlerContext): Reply {
  const snippet = liveSnippet(ctx, ctx.params["id"]!);
  const inputs = (ctx.body as { inputs?: Record<string, unknown> } | undefined)?.inputs;
  return { status: 200, body: executeAnswer(snippetOutcome(String(snippet.value["code"]), inputs)) };
}

/** The snippet `id` of the caller's workspace (archived too), or 404. */
export function findSnippet(ctx: HandlerContext, id: string): ResourceRecord {
  const snippet = derivedRecord(ctx, "Snippet", id);
  if (!snippet) throw notFound("Snippet", id);
  return snippet;
}

/** Like `findSnippet`, but an archived snippet is a 409: it cannot run. */
export function liveSnippet(ctx: HandlerContext, id: string): ResourceRecord {
  const snippet = findSnippet(ctx, id);
  if (snippet.value["archived_at"] != null) throw conflict(`Snippet ${id} is archived; it cannot run.`);
  return snippet;
}

function usage(snippet: ResourceRecord): Record<string, unknown> {
  return { snippet_id: snippet.id, dashboard_count: 0, dashboards: [] };
}
