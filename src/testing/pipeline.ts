/**
 * The life of one request, top to bottom:
 *
 *   CORS preflight -> route (404 / 405) -> auth (401 / 403) -> body size
 *   (413 from Content-Length) -> read the body (413 past `maxBodyBytes`) ->
 *   faults -> JSON (400: UTF-8, nesting, syntax) -> validation (400, one entry
 *   per issue) -> idempotency (replay / 422 / 409 in flight) -> delay fault ->
 *   handler (preconditions inside, synchronously with the write) -> store the
 *   idempotent answer -> response check -> answer (or drop).
 *
 * A handler may answer a stream (`Reply.events`, the install log's
 * `text/event-stream`): everything above happens the same way, errors before
 * it are the JSON envelope, and then the events are written one by one
 * without `content-length` (stream-writer.ts), each checked against the
 * spec's event schema, waiting for `drain` when the socket's buffer is full
 * (nothing else is buffered). A `drop-mid-stream` fault destroys the
 * connection after its `afterEvents` message events (or instead of the final
 * event); the request log then says `dropped`. The request's signal stays live until the stream
 * ends, so a client leaving or `fake.close()` ends it.
 *
 * Everything up to the body is decided from the request line and headers:
 * those answers go out at once, and the unread body is discarded (body.ts).
 * Every answer carries `x-request-id`, the CORS headers and a JSON
 * `content-type`; every answer of a routed operation, errors included, is
 * checked against the spec, and with validation on any 5xx that no fault
 * injected is a violation. `HEAD` runs the `GET` operation and answers
 * without a body. The clock is held from arrival until the answer is written,
 * except while the request is parked (`:wait`, delay faults).
 * Internal to the fake server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { operationFacts } from "../../generated/facts.js";
import type { Clock } from "../clock.js";
import { authenticate, type Caller } from "./auth.js";
import type { ClockGuard } from "./clock-guard.js";
import { declaredLength, discardRest, leftoverPlan, readBody } from "./body.js";
import type { HandlerContext, Provisioning, Reply, StreamEvent } from "./context.js";
import { corsHeaders, preflightHeaders } from "./cors.js";
import { ApiError, envelope, statusText } from "./envelope.js";
import type { FaultHit, FaultRegistry } from "./faults.js";
import { handlers } from "./handlers/index.js";
import { fingerprint, type IdempotencyStore, type StoredAnswer } from "./idempotency.js";
import { parseJsonBody } from "./json-body.js";
import type { Lifetime } from "./lifetime.js";
import type { OperationsEngine } from "./operations-engine.js";
import { logBody, logHeaders } from "./request-log.js";
import type { Router } from "./router.js";
import { declaresParameter, hasRequestBody } from "./spec.js";
import type { Store } from "./store.js";
import { writeStream, type ClockHold } from "./stream-writer.js";
import type { RequestLogEntry } from "./types.js";
import type { SpecValidator } from "./validation.js";
import { recordViolation, type Violation } from "./violations.js";

/** The base path of the API. */
export const BASE_PATH = "/v1";

/** What the pipeline works with; owned by the server. */
export interface PipelineDeps {
  readonly store: Store;
  readonly engine: OperationsEngine;
  readonly faults: FaultRegistry;
  readonly idempotency: IdempotencyStore;
  readonly router: Router;
  readonly validator: SpecValidator;
  /** The clock the fake sleeps on (its own sleeps counted, see clock-guard.ts). */
  readonly clock: Clock;
  readonly clockGuard: ClockGuard;
  readonly provisioning: Provisioning;
  readonly tokens: ReadonlyMap<string, readonly string[]>;
  readonly validate: boolean;
  /** The request log keeps at most this many entries, dropping the oldest. */
  readonly logLimit: number;
  readonly log: RequestLogEntry[];
  readonly violations: Violation[];
  /** Aborts requests in flight when the fake closes. */
  readonly lifetime: Lifetime;
  /** Bodies larger than this are answered 413; also the bound of what is drained after an early answer. */
  readonly maxBodyBytes: number;
}

/** A finished answer, ready to write. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The value `body` was serialized from, when known (saves parsing it again for the response check). */
  value?: unknown;
  /** Drop the connection instead of writing. */
  drop?: boolean;
  /** Set by a `status` fault: a 5xx it answers is not the fake's own. */
  injected?: boolean;
  /** The documented 501 of an operation the fake does not model yet: no violation. */
  notModelled?: boolean;
  /** A streamed answer's events, written instead of `body`. */
  events?: AsyncIterable<StreamEvent>;
  /** Set by a `drop-mid-stream` fault: destroy the connection after this many message events. */
  dropAfter?: number;
  /** Releases what a streamed answer holds until it ends (its request signal). */
  done?: () => void;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** Creates the `request` listener of the fake's HTTP server. */
export function createPipeline(deps: PipelineDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const scopes = new Map<string, boolean>();
  const takesContext = (operation: string): boolean => {
    let known = scopes.get(operation);
    if (known === undefined) scopes.set(operation, (known = declaresParameter(operation, "akua-context")));
    return known;
  };

  return (req, res) => {
    const hold = clockHold(deps.clock);
    hold.take();
    res.on("error", () => undefined);
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const pathname = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? "" : target.slice(q);
    const requestId = deps.store.ids.request();
    const method = (req.method ?? "GET").toUpperCase();
    const entry: RequestLogEntry = {
      at: deps.clock.now(),
      method,
      path: pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : pathname,
      query: search,
      operation: null,
      status: 0,
      requestId,
      idempotencyKey: single(req.headers["idempotency-key"]),
      headers: logHeaders(req.headers),
      body: undefined,
    };
    deps.log.push(entry);
    if (deps.log.length > deps.logLimit) deps.log.splice(0, deps.log.length - deps.logLimit);
    const common = { "x-request-id": requestId, ...corsHeaders(single(req.headers["origin"])) };

    const clientGone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) clientGone.abort();
    });
    const life = deps.lifetime.track();

    run(deps, req, res, {
      method,
      pathname,
      search,
      entry,
      hold,
      takesContext,
      signal: clientGone.signal,
      life: life.signal,
    })
      .catch((error: unknown): Answer => internalError(error))
      .then(async (answer) => {
        try {
          await write(answer);
        } finally {
          answer.done?.();
        }
      })
      .catch(() => req.socket.destroy())
      .finally(() => {
        life.dispose();
        hold.release();
      });

    async function write(answer: Answer): Promise<void> {
      if (answer.drop) {
        entry.status = "dropped";
        req.socket.destroy();
        return;
      }
      entry.status = answer.status;
      if (deps.validate && answer.status >= 500 && !answer.injected && !answer.notModelled) {
        const operation = entry.operation ?? `${method} ${entry.path}`;
        record(deps, operation, answer.status, `${operation} -> ${answer.status}: ${uninjected(answer)}`);
      }
      if (res.destroyed) return;
      // An answer decided before the body was read (or past its limit): discard the rest.
      discardRest(req, res, leftoverPlan(req.complete, declaredLength(req), deps.maxBodyBytes), deps.maxBodyBytes);
      if (answer.events) {
        const operation = entry.operation;
        const ended = await writeStream({
          req,
          res,
          hold,
          status: answer.status,
          headers: { ...answer.headers, ...common },
          events: answer.events,
          dropAfter: answer.dropAfter,
          check: (event) => {
            if (!deps.validate || operation === null) return;
            const message = deps.validator.streamEvent(operation, answer.status, event);
            if (message !== undefined) record(deps, operation, answer.status, message);
          },
        });
        if (ended === "dropped") entry.status = "dropped";
        return;
      }
      const body = answer.body;
      res.writeHead(answer.status, {
        ...answer.headers,
        ...common,
        "content-type": answer.headers["content-type"] ?? JSON_TYPE,
        "content-length": String(Buffer.byteLength(body)),
      });
      res.end(body); // Node sends no body to a HEAD request
    }
  };
}

interface RequestState {
  method: string;
  pathname: string;
  search: string;
  entry: RequestLogEntry;
  hold: ClockHold;
  takesContext: (operation: string) => boolean;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
  /** Aborts when the fake closes. */
  life: AbortSignal;
}

async function run(
  deps: PipelineDeps,
  req: IncomingMessage,
  res: ServerResponse,
  state: RequestState,
): Promise<Answer> {
  const { method, pathname, search, entry } = state;
  if (method === "OPTIONS") {
    return { status: 204, headers: preflightHeaders(single(req.headers["access-control-request-headers"])), body: "" };
  }
  if (!pathname.startsWith(`${BASE_PATH}/`)) {
    return errorAnswer(new ApiError(404, `No route for ${method} ${pathname} (the API is served under ${BASE_PATH}).`));
  }
  const path = pathname.slice(BASE_PATH.length);
  const route = deps.router.match(method, path);
  if (route.kind === "not-found") {
    return errorAnswer(new ApiError(404, `No route for ${method} ${pathname}.`));
  }
  if (route.kind === "method-not-allowed") {
    return errorAnswer(
      new ApiError(405, `${method} is not allowed on ${BASE_PATH}${route.template}.`, {
        headers: { allow: route.allow.join(", ") },
      }),
    );
  }
  const operation = route.operation;
  entry.operation = operation;
  const check = (answer: Answer): Answer => checkAnswer(deps, operation, answer);

  const headers = lowerHeaders(req);
  let caller: Caller;
  try {
    caller = authenticate(deps.tokens, headers["authorization"], headers["akua-context"]);
  } catch (error) {
    return check(errorAnswer(error));
  }

  // An operation of the spec that the fake does not model yet: a clear 501 (a documented,
  // temporary gap), decided before the body is read, never a 404 or a crash.
  if (!handlers[operation]) return notModelled(operation);

  const declared = declaredLength(req);
  if (declared !== undefined && declared > deps.maxBodyBytes) return check(tooLarge(deps.maxBodyBytes));
  if (/100-continue/i.test(headers["expect"] ?? "")) res.writeContinue();
  const read = await readBody(req, deps.maxBodyBytes);
  if (read.kind === "too-large") return check(tooLarge(deps.maxBodyBytes));
  if (read.kind === "gone") return { status: 0, headers: {}, body: "", drop: true };

  // Parsed before the faults so the log shows what was sent; a bad body is answered after them.
  const parsed = parseJsonBody(read.bytes);
  const body = parsed.kind === "json" ? parsed.value : undefined;
  entry.body = logBody(operation, body, read.bytes.length);

  // Faults and idempotency go by the operation's method: HEAD is GET's.
  const opMethod = operation.slice(0, operation.indexOf(" "));
  const fault = deps.faults.pick(opMethod, route.template, path);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === "drop-before-commit") return { status: 0, headers: {}, body: "", drop: true };
  if (fault?.kind === "status") return statusFault(deps, operation, fault);

  if (parsed.kind === "invalid") return check(errorAnswer(new ApiError(400, parsed.message, { path: ["body"] })));

  const query = new URLSearchParams(search);
  if (deps.validate) {
    const issues = deps.validator.request(operation, {
      path: route.params,
      query,
      headers,
      body: body === undefined && hasRequestBody(operation) ? {} : body,
    });
    if (issues.length > 0) {
      return check(
        errorAnswer(
          ApiError.many(
            400,
            issues.map((issue) => ({
              code: 400,
              message: `${issue.path} ${issue.message}`,
              path: [...issue.segments],
            })),
          ),
        ),
      );
    }
  }

  const facts = operationFacts[operation];
  const key = facts?.idempotencyKey ? headers["idempotency-key"] : undefined;
  let claim: symbol | undefined;
  if (key !== undefined) {
    try {
      const found = deps.idempotency.claim(caller.workspace, key, fingerprint(opMethod, path, body), deps.clock.now());
      if (found.kind === "replay") {
        entry.replayed = true;
        return replay(found.answer);
      }
      claim = found.token;
    } catch (error) {
      return check(errorAnswer(error));
    }
  }

  let answer: Answer;
  const signal = linkSignals(state.signal, state.life);
  let streaming = false;
  try {
    if (fault?.kind === "delay") {
      state.hold.release();
      try {
        await deps.clock.sleep(fault.spec.delayMs ?? 1000, state.life);
      } finally {
        state.hold.take();
      }
    }
    const ctx: HandlerContext = {
      store: deps.store,
      engine: deps.engine,
      clock: deps.clock,
      clockGuard: deps.clockGuard,
      provisioning: deps.provisioning,
      now: deps.clock.now(),
      caller,
      workspace: caller.workspace,
      scope: !state.takesContext(operation) && !caller.explicitContext ? caller.reachable : [caller.workspace],
      params: route.params,
      query: deps.validator.coerceQuery(operation, query),
      headers,
      body: body === undefined && hasRequestBody(operation) ? {} : body,
      signal: signal.signal,
      park: async (promise) => {
        state.hold.release();
        try {
          return await promise;
        } finally {
          state.hold.take();
        }
      },
    };
    const handler = handlers[operation];
    if (!handler) throw new Error(`no handler for ${operation}`);
    answer = replyAnswer(await handler(ctx));
    if (answer.events) {
      // The stream reads the request's signal until it ends: released by the writer.
      if (claim !== undefined)
        throw new Error(`${operation}: a streamed answer cannot be stored for idempotent replay`);
      streaming = true;
      answer.done = signal.dispose;
    }
  } catch (error) {
    if (deps.lifetime.closed) {
      if (claim !== undefined) deps.idempotency.settle(caller.workspace, key!, claim, undefined);
      return { status: 0, headers: {}, body: "", drop: true };
    }
    answer = error instanceof ApiError ? errorAnswer(error) : internalError(error);
  } finally {
    if (!streaming) signal.dispose();
  }
  if (claim !== undefined) deps.idempotency.settle(caller.workspace, key!, claim, answer);
  const checked = check(answer);
  if (fault?.kind === "drop-mid-stream") {
    // Not a stream: the answer is lost like drop-after-commit's.
    if (!checked.events) return { ...checked, drop: true };
    return { ...checked, dropAfter: fault.spec.afterEvents ?? 0 };
  }
  return fault?.kind === "drop-after-commit" ? { ...checked, drop: true } : checked;
}

/** The 501 of an operation of the spec that the fake does not model yet (not checked: it is no answer of the API). */
function notModelled(operation: string): Answer {
  const answer = errorAnswer(
    new ApiError(
      501,
      `${operation} is in the API description but not modelled by akua-sdk/testing yet: the fake answers it 501 until it does (see the testing docs for what it covers)`,
    ),
  );
  return { ...answer, notModelled: true };
}

/** Turns a handler's reply into an answer. */
function replyAnswer(reply: Reply): Answer {
  if (reply.events) return { status: reply.status, headers: { ...reply.headers }, body: "", events: reply.events };
  return {
    status: reply.status,
    headers: { ...reply.headers },
    body: reply.body === undefined ? "" : JSON.stringify(reply.body),
    value: reply.body,
  };
}

/** The envelope answer of an `ApiError` (anything else is a 500). */
function errorAnswer(error: unknown): Answer {
  if (!(error instanceof ApiError)) return internalError(error);
  const value = error.toBody();
  return { status: error.status, headers: { ...error.headers }, body: JSON.stringify(value), value };
}

function internalError(error: unknown): Answer {
  const message = error instanceof Error ? error.message : String(error);
  return errorAnswer(new ApiError(500, `Internal error in the fake server: ${message}`));
}

/** A stored answer, replayed byte for byte. */
function replay(stored: StoredAnswer): Answer {
  // `value` is left out on purpose: a replay is not checked again.
  return { status: stored.status, headers: { ...stored.headers, "idempotent-replayed": "true" }, body: stored.body };
}

/** The answer of a `status` fault: the envelope (or the fault's own body) and `Retry-After`. */
function statusFault(deps: PipelineDeps, operation: string, fault: FaultHit): Answer {
  const status = fault.spec.status ?? 503;
  const headers: Record<string, string> = {};
  if (fault.spec.retryAfter !== undefined) headers["retry-after"] = String(fault.spec.retryAfter);
  if (fault.spec.body !== undefined) {
    if (typeof fault.spec.body === "string") {
      return {
        status,
        headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
        body: fault.spec.body,
        injected: true,
      };
    }
    return { status, headers, body: JSON.stringify(fault.spec.body), injected: true };
  }
  const error = new ApiError(status, `Injected fault: ${status} ${statusText(status)}.`, {
    metadata: { reason: "INJECTED_FAULT" },
    headers,
  });
  return { ...checkAnswer(deps, operation, errorAnswer(error)), injected: true };
}

/** The 413 envelope. */
function tooLarge(limit: number): Answer {
  return errorAnswer(new ApiError(413, `The request body is larger than ${limit} bytes, the fake's maxBodyBytes.`));
}

/** The violation message of a 5xx that no fault injected: the answer's own message, if any. */
function uninjected(answer: Answer): string {
  const value = answer.value as { errors?: { message?: unknown }[] } | undefined;
  const message = value?.errors?.[0]?.message;
  return `a 5xx that no fault injected${typeof message === "string" ? `: ${message}` : ""}`;
}

/** Records a violation in the fake's list and the process-wide registry. */
function record(deps: PipelineDeps, operation: string, status: number, message: string): void {
  const violation: Violation = { operation, status, message, at: deps.clock.now() };
  deps.violations.push(violation);
  recordViolation(violation);
}

/** Checks an answer against the spec (when validating) and records a violation. */
function checkAnswer(deps: PipelineDeps, operation: string, answer: Answer): Answer {
  if (!deps.validate) return answer;
  const body = answer.value ?? (answer.body === "" ? undefined : JSON.parse(answer.body));
  const message = deps.validator.response(operation, answer.status, body);
  if (message !== undefined) record(deps, operation, answer.status, message);
  return answer;
}

function clockHold(clock: Clock): ClockHold {
  const hold = (clock as { hold?: () => () => void }).hold;
  let release: (() => void) | undefined;
  return {
    take() {
      if (typeof hold === "function" && release === undefined) release = hold.call(clock);
    },
    release() {
      const r = release;
      release = undefined;
      r?.();
    },
  };
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) out[name] = single(value);
  return out;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** A signal that aborts when either does; `dispose` detaches it (the fake's lifetime signal outlives every request). */
function linkSignals(a: AbortSignal, b: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener("abort", abort, { once: true });
  b.addEventListener("abort", abort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      a.removeEventListener("abort", abort);
      b.removeEventListener("abort", abort);
    },
  };
}
