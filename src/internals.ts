/**
 * What a subpath entry (e.g. `akua-sdk/wait-for-cluster`) needs from the client that
 * is not public API: its clock, jitter, credential scrubber, abort-aware sleep and
 * option checks. Kept on the client under a registered symbol, so a subpath entry
 * finds it whichever copy (ESM or CJS) of the main entry made the client.
 * @internal
 */
import type { Clock } from "./clock.js";
import type { Scrub } from "./scrub.js";

export const INTERNALS = Symbol.for("akua-sdk/internals");

/** @internal */
export interface ClientInternals {
  clock: Clock;
  random: () => number;
  scrub: Scrub;
  /** `clock.sleep` whose abort is an AkuaAbortError. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Validates numeric options (TypeError naming the option). */
  check(options: object | undefined): void;
}

/** The client's internals; throws for an object that createAkuaClient did not make. */
export function internalsOf(client: object): ClientInternals {
  const internals = (client as { [INTERNALS]?: ClientInternals })[INTERNALS];
  if (!internals) throw new TypeError("akua-sdk: expected a client made by createAkuaClient");
  return internals;
}
