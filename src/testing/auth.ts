/**
 * Bearer authentication and workspace selection.
 *
 * - No `Authorization` header, a scheme other than `Bearer`, or an empty token: 401.
 * - A token the fake does not know: 401.
 * - An `akua-context` header naming a workspace the token does not reach: 403.
 * - Otherwise the request acts in the `akua-context` workspace, or in the
 *   token's first workspace when the header is absent.
 * Internal to the fake server.
 */
import { ApiError } from "./envelope.js";

/** Who is calling and where they act. */
export interface Caller {
  /** The workspace the request acts in. */
  workspace: string;
  /** Every workspace the token reaches. */
  reachable: readonly string[];
  /** Whether the request named its workspace with `akua-context`. */
  explicitContext: boolean;
}

/** Resolves the caller from the request headers, or throws a 401/403 `ApiError`. */
export function authenticate(
  tokens: ReadonlyMap<string, readonly string[]>,
  authorization: string | undefined,
  context: string | undefined,
): Caller {
  const challenge = { "www-authenticate": 'Bearer realm="akua"' };
  if (!authorization) throw new ApiError(401, "Missing bearer token.", { headers: challenge });
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  if (!match)
    throw new ApiError(401, "Malformed Authorization header; expected `Bearer <token>`.", { headers: challenge });
  const reachable = tokens.get(match[1]!);
  if (!reachable || reachable.length === 0) {
    throw new ApiError(401, "The bearer token is invalid or expired.", { headers: challenge });
  }
  if (context !== undefined) {
    if (!reachable.includes(context)) {
      throw new ApiError(403, `The token cannot act in workspace ${context}.`, {
        metadata: { reason: "WORKSPACE_NOT_REACHABLE" },
      });
    }
    return { workspace: context, reachable, explicitContext: true };
  }
  return { workspace: reachable[0]!, reachable, explicitContext: false };
}
