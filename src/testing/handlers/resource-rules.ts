/**
 * The prose rules of the expanded scope that the spec's structure does not
 * carry (../shared/akua-api/README.md, "Behaviour of the expanded scope"),
 * per resource, for the derived engine (derived.ts) to apply around its
 * standard methods:
 * - references in create bodies must name an existing resource of the
 *   caller's workspace (404 naming the field: references.ts);
 * - side effects of a create or delete (a package's first version and
 *   repository, `latest_version_id`, a snippet run's canned outcome, a
 *   package's versions deleted with it) and refusals (a package in use);
 * - newest-first lists (package versions, snippet runs, installs of a product);
 * - `view=basic` (the default) hiding fields that `view=full` shows, on the
 *   operations that take `view`;
 * - the install lifecycle (install-lifecycle.ts): an install's create runs
 *   rollouts on the clock instead of one step to a ready state, and its
 *   deletion is told to the install's log; a new package version starts the
 *   automatic updates of the installs of its package that have them on.
 * Internal to the fake server.
 */
import type { HandlerContext } from "../context.js";
import { installLifecycleRules, startAutomaticUpdates } from "../install-lifecycle.js";
import type { DerivedOperation } from "../resource-model.js";
import type { ResourceRecord } from "../resource-table.js";
import { declaresParameter } from "../spec.js";
import type { OperationEffects } from "./derived.js";
import * as packages from "./packages.js";
import { checkReferences } from "./references.js";
import * as snippetRuns from "./snippet-runs.js";

/** What the derived engine does beyond the standard method, for one resource. */
export interface ResourceRules {
  /** Before a create builds the record: checks the body (throws ApiError); returns fields to set on the record. */
  beforeCreate?(ctx: HandlerContext): Record<string, unknown> | void;
  /** After a create stored the record; returns facts for its operation's metadata and result. */
  afterCreate?(ctx: HandlerContext, record: ResourceRecord): Record<string, unknown> | void;
  /** Before a delete (after if-match): throws ApiError to refuse it. */
  beforeDelete?(ctx: HandlerContext, record: ResourceRecord): void;
  /** After a hard delete removed the record. */
  afterDelete?(ctx: HandlerContext, record: ResourceRecord): void;
  /** Whether a list answers newest first (else oldest first). */
  newestFirst?(ctx: HandlerContext): boolean;
  /** Top-level fields that `view=basic` (the default) leaves out, where the operation takes `view`. */
  basicHides?: readonly string[];
  /** Further changes to a listed item (after the view), e.g. fields a support view leaves out. */
  listed?(ctx: HandlerContext, value: Record<string, unknown>): Record<string, unknown>;
  /** The effects of a create's Operation, instead of "the state moves to a ready-like value at `startMs`". */
  createOperation?(ctx: HandlerContext, record: ResourceRecord): OperationEffects;
  /** After a delete's Operation succeeded and set the state `deleted`. */
  deleted?(ctx: HandlerContext, record: ResourceRecord): void;
}

const RULES: Readonly<Record<string, ResourceRules>> = {
  Package: {
    afterCreate: packages.afterPackageCreate,
    beforeDelete: packages.refuseDeleteInUse,
    afterDelete: packages.deleteVersions,
    basicHides: ["composed_from_sources"],
  },
  PackageVersion: {
    beforeCreate: packages.beforeVersionCreate,
    afterCreate: (ctx, record) => {
      packages.afterVersionCreate(ctx, record);
      startAutomaticUpdates(ctx, record);
    },
    newestFirst: () => true,
  },
  Install: {
    createOperation: (ctx, record) => installLifecycleRules.createOperation(ctx, record),
    deleted: (ctx, record) => installLifecycleRules.deleted(ctx, record),
    beforeCreate: (ctx) => checkReferences(ctx, "POST /installs"),
    // With `product_id`: the product owner's support view, newest first, `cluster_id` left out for customers' installs.
    newestFirst: (ctx) => ctx.query["product_id"] !== undefined,
    listed: (ctx, value) => {
      if (ctx.query["product_id"] === undefined) return value;
      const customer = (value["customer_workspace"] as { id?: unknown } | undefined)?.id;
      if (customer !== undefined && customer !== value["workspace_id"]) delete value["cluster_id"];
      return value;
    },
  },
  Machine: { beforeCreate: (ctx) => checkReferences(ctx, "POST /machines") },
  RepositoryChangeRequest: { beforeCreate: (ctx) => checkReferences(ctx, "POST /repository_change_requests") },
  Repository: { basicHides: ["last_deploy_sha", "last_render_hash"] },
  SnippetRun: {
    beforeCreate: snippetRuns.beforeRunCreate,
    afterCreate: snippetRuns.afterRunCreate,
    newestFirst: () => true,
    basicHides: ["output", "error"],
  },
};

const NONE: ResourceRules = {};

/** The rules of a resource (none for most). */
export function rulesOf(resource: string): ResourceRules {
  return RULES[resource] ?? NONE;
}

/**
 * What a read of `op` shows of each stored object: every field, less those
 * `view=basic` hides when the operation takes `view` and it is not `full`,
 * then the resource's `listed` changes for a list. Works on a copy.
 */
export function view(
  ctx: HandlerContext,
  op: DerivedOperation,
): (value: Record<string, unknown>) => Record<string, unknown> {
  const rules = rulesOf(op.resource.name);
  const hides =
    rules.basicHides && ctx.query["view"] !== "full" && declaresParameter(op.operation, "view") ? rules.basicHides : [];
  const listed = op.method === "list" ? rules.listed : undefined;
  return (value) => {
    for (const field of hides) delete value[field];
    return listed ? listed(ctx, value) : value;
  };
}
