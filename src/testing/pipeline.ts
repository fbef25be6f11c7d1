/**
 * The life of one request, top to bottom:
 *
 *   CORS preflight -> route (404 / 405) -> auth (401 / 403) -> faults ->
 *   JSON parse (400) -> validation (400, one entry per issue) -> idempotency
 *   (replay / 422 / 409 in flight) -> delay fault -> handler (preconditions
 *   inside, synchronously with the write) -> store the idempotent answer ->
 *   response check -> answer (or drop).
 *
 * Every answer carries `x-request-id`, the CORS headers and a JSON
 * `content-type`; every answer of a routed operation, errors included, is
 * checked against the spec. The clock is held from arrival until the answer
 * is written, except while the request is parked (`:wait`, delay faults).
 * Internal to the fake server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { operationFacts } from "../../generated/facts.js";
import type { Clock } from "../clock.js";
import { authenticate, type Caller } from "./auth.js";
import type { HandlerContext, Provisioning, Reply } from "./context.js";
import { corsHeaders, preflightHeaders } from "./cors.js";
import { ApiError, envelope, statusText } from "./envelope.js";
import type { FaultHit, FaultRegistry } from "./faults.js";
import { handlers } from "./handlers/index.js";
import { fingerprint, type IdempotencyStore, type StoredAnswer } from "./idempotency.js";
import type { OperationsEngine } from "./operations-engine.js";
import { logBody, logHeaders } from "./request-log.js";
import type { Router } from "./router.js";
import { declaresParameter, hasRequestBody } from "./spec.js";
import type { Store } from "./store.js";
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
  readonly clock: Clock;
  readonly provisioning: Provisioning;
  readonly tokens: ReadonlyMap<string, readonly string[]>;
  readonly validate: boolean;
  /** The request log keeps at most this many entries, dropping the oldest. */
  readonly logLimit: number;
  readonly log: RequestLogEntry[];
  readonly violations: Violation[];
  /** Aborts when the fake closes. */
  readonly lifetime: AbortSignal;
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

    run(deps, req, { method, pathname, search, entry, hold, takesContext, signal: clientGone.signal })
      .catch((error: unknown) => internalError(error))
      .then((answer) => {
        if (answer.drop) {
          entry.status = "dropped";
          req.socket.destroy();
          return;
        }
        entry.status = answer.status;
        if (res.destroyed) return;
        const body = answer.body;
        res.writeHead(answer.status, {
          ...answer.headers,
          ...common,
          "content-type": answer.headers["content-type"] ?? JSON_TYPE,
          "content-length": String(Buffer.byteLength(body)),
        });
        res.end(body);
      })
      .catch(() => req.socket.destroy())
      .finally(() => hold.release());
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
}

async function run(deps: PipelineDeps, req: IncomingMessage, state: RequestState): Promise<Answer> {
  const { method, pathname, search, entry } = state;
  if (method === "OPTIONS") {
    await drain(req);
    return { status: 204, headers: preflightHeaders(single(req.headers["access-control-request-headers"])), body: "" };
  }
  if (!pathname.startsWith(`${BASE_PATH}/`)) {
    await drain(req);
    return errorAnswer(new ApiError(404, `No route for ${method} ${pathname}.`));
  }
  const path = pathname.slice(BASE_PATH.length);
  const route = deps.router.match(method, path);
  if (route.kind === "not-found") {
    await drain(req);
    return errorAnswer(new ApiError(404, `No route for ${method} ${pathname}.`));
  }
  if (route.kind === "method-not-allowed") {
    await drain(req);
    return errorAnswer(
      new ApiError(405, `${method} is not allowed on ${BASE_PATH}${route.template}.`, {
        headers: { allow: route.allow.join(", ") },
      }),
    );
  }
  const operation = route.operation;
  entry.operation = operation;
  const check = (answer: Answer): Answer => checkAnswer(deps, operation, answer);

  const raw = await readBody(req);
  const headers = lowerHeaders(req);
  let caller: Caller;
  try {
    caller = authenticate(deps.tokens, headers["authorization"], headers["akua-context"]);
  } catch (error) {
    return check(errorAnswer(error));
  }

  // Parsed before the faults so the log shows what was sent; a parse error is answered after them.
  let body: unknown;
  let parsed = true;
  const text = raw.toString("utf8");
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      parsed = false;
    }
  }
  entry.body = logBody(operation, body, parsed);

  const fault = deps.faults.pick(method, route.template, path);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === "drop-before-commit") return { status: 0, headers: {}, body: "", drop: true };
  if (fault?.kind === "status") return statusFault(deps, operation, fault);

  if (!parsed) return check(errorAnswer(new ApiError(400, "The request body is not valid JSON.", { path: ["body"] })));

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
      const found = deps.idempotency.claim(caller.workspace, key, fingerprint(method, path, body), deps.clock.now());
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
  const signal = linkSignals(state.signal, deps.lifetime);
  try {
    if (fault?.kind === "delay") {
      state.hold.release();
      try {
        await deps.clock.sleep(fault.spec.delayMs ?? 1000, deps.lifetime);
      } finally {
        state.hold.take();
      }
    }
    const ctx: HandlerContext = {
      store: deps.store,
      engine: deps.engine,
      clock: deps.clock,
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
  } catch (error) {
    if (deps.lifetime.aborted) {
      if (claim !== undefined) deps.idempotency.settle(caller.workspace, key!, claim, undefined);
      return { status: 0, headers: {}, body: "", drop: true };
    }
    answer = error instanceof ApiError ? errorAnswer(error) : internalError(error);
  } finally {
    signal.dispose();
  }
  if (claim !== undefined) deps.idempotency.settle(caller.workspace, key!, claim, answer);
  const checked = check(answer);
  return fault?.kind === "drop-after-commit" ? { ...checked, drop: true } : checked;
}

/** Turns a handler's reply into an answer. */
function replyAnswer(reply: Reply): Answer {
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
      return { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" }, body: fault.spec.body };
    }
    return { status, headers, body: JSON.stringify(fault.spec.body) };
  }
  const error = new ApiError(status, `Injected fault: ${status} ${statusText(status)}.`, {
    metadata: { reason: "INJECTED_FAULT" },
    headers,
  });
  return checkAnswer(deps, operation, errorAnswer(error));
}

/** Checks an answer against the spec (when validating) and records a violation. */
function checkAnswer(deps: PipelineDeps, operation: string, answer: Answer): Answer {
  if (!deps.validate) return answer;
  const body = answer.value ?? (answer.body === "" ? undefined : JSON.parse(answer.body));
  const message = deps.validator.response(operation, answer.status, body);
  if (message !== undefined) {
    const violation: Violation = { operation, status: answer.status, message, at: deps.clock.now() };
    deps.violations.push(violation);
    recordViolation(violation);
  }
  return answer;
}

/** The fake's clock hold, taken and released any number of times. */
interface ClockHold {
  take(): void;
  release(): void;
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => resolve(Buffer.concat(chunks)));
    req.on("aborted", () => resolve(Buffer.concat(chunks)));
    req.on("close", () => resolve(Buffer.concat(chunks)));
  });
}

async function drain(req: IncomingMessage): Promise<void> {
  await readBody(req);
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
