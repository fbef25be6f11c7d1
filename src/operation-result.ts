/**
 * operationResult: the `response` of a done operation, narrowed to the kind the
 * caller expects (the generated `response` is a union keyed by `type`).
 */
import { AkuaError } from "./errors.js";
import type { Operation } from "./types.js";

/** The kinds of operation result, e.g. `"cluster.create"` (`Operation.response.type`). */
export type OperationKind = NonNullable<Operation["response"]>["type"];

/** The `response` of a SUCCEEDED operation of kind `K`, e.g. `{ type: "cluster.create"; cluster_id: string }`. */
export type OperationResult<K extends OperationKind> = Extract<
  NonNullable<Operation["response"]>,
  {
    /** The kind of operation. */
    type: K;
  }
>;

/**
 * The typed result of a SUCCEEDED operation of the kind given, read without a cast:
 * a kind that does not exist, or a field its result does not have, fails to compile.
 *
 * @param operation - a done operation, e.g. what `waitForOperation` returned
 * @param kind - the kind expected (`Operation.metadata.type`), e.g. `"cluster.create"`
 * @returns its `response`, typed for that kind
 * @throws AkuaError (outcome `"unknown"`) when the operation is not SUCCEEDED or its result is of another kind
 *
 * @example
 * ```ts
 * import { createAkuaClient, operationResult, unwrap } from "akua-sdk";
 *
 * const akua = createAkuaClient();
 * const started = unwrap(await akua.POST("/clusters", { body: { name: "prod", region_id: "reg_1" } }));
 * const done = await akua.waitForOperation(started);
 * const { cluster_id } = operationResult(done, "cluster.create");
 * ```
 */
export function operationResult<K extends OperationKind>(operation: Operation, kind: K): OperationResult<K> {
  const response = operation.response;
  if (operation.state !== "SUCCEEDED" || response?.type !== kind) {
    const got = response ? `${operation.state} ${response.type}` : operation.state;
    throw new AkuaError(`operation ${operation.id}: expected a SUCCEEDED ${kind}, got ${got}`, { outcome: "unknown" });
  }
  return response as OperationResult<K>;
}
