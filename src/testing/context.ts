/**
 * What a handler gets and returns. Handlers are synchronous (their
 * check-then-write never yields to another request); only `:wait` awaits,
 * through `park`, which lets the test clock run while the request is parked.
 * Internal to the fake server.
 */
import type { Clock } from "../clock.js";
import type { Caller } from "./auth.js";
import type { ClockGuard } from "./clock-guard.js";
import type { OperationsEngine } from "./operations-engine.js";
import type { Store } from "./store.js";

/** Lifecycle timing, resolved from the options. */
export interface Provisioning {
  /** ms after a cluster operation starts when its first step completes (create: `pending` -> `provisioning`). */
  startMs: number;
  /** ms after a cluster operation starts when it completes (create: `active`). */
  readyMs: number;
  /** Whether operations run on their own on the clock. */
  autoComplete: boolean;
}

/** One request, as a handler sees it (validated; query coerced to the spec's types). */
export interface HandlerContext {
  readonly store: Store;
  readonly engine: OperationsEngine;
  readonly clock: Clock;
  /** Notices long-polls from a client on another clock than the fake's (clock-guard.ts). */
  readonly clockGuard: ClockGuard;
  readonly provisioning: Provisioning;
  /** The clock's time when the handler started. */
  readonly now: number;
  readonly caller: Caller;
  /** The workspace the request acts in. */
  readonly workspace: string;
  /**
   * Workspaces whose resources the request may see: the selected one, or every
   * workspace the token reaches for the operations that take no `akua-context`
   * (`GET /operations`, `:wait`) when the header is absent.
   */
  readonly scope: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  /** Aborts when the client goes away or the fake closes. */
  readonly signal: AbortSignal;
  /** Awaits `promise` with the clock hold released, so an auto-advancing test clock may run meanwhile. */
  park<T>(promise: Promise<T>): Promise<T>;
}

/** One event of a streamed answer (Server-Sent Events: `event: <event>`, `data: <data>`). */
export interface StreamEvent {
  readonly event: string;
  readonly data: string;
}

/** A handler's answer. */
export interface Reply {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * A streamed answer instead of `body` (`text/event-stream`): the pipeline
   * writes each event as it comes, with backpressure, and ends the answer when
   * the iteration ends. The iterable must end once `ctx.signal` aborts (the
   * client left or the fake closes) and wait through `ctx.park`.
   */
  events?: AsyncIterable<StreamEvent>;
}

/** Handles one operation. Throws `ApiError` for error answers. */
export type Handler = (ctx: HandlerContext) => Reply | Promise<Reply>;
