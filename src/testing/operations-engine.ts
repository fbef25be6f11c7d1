/**
 * Long-running operations: creates their records, runs their steps on the
 * fake's clock, applies each step's effect on the resource (a cluster goes
 * `pending` -> `provisioning` -> `active`), and wakes `:wait` long-polls the
 * moment an operation is done. Tests drive operations by hand with
 * `complete`, `fail` and `cancel`; with `autoComplete: false` nothing runs on
 * its own. A done operation never changes again. Internal to the fake server.
 */
import type { components } from "../../generated/openapi.js";
import type { Clock } from "../clock.js";
import type { OperationRecord } from "./records.js";
import type { Store } from "./store.js";

type Schemas = components["schemas"];

/** What an operation does, supplied by the handler that starts it. */
export interface OperationPlan {
  workspace: string;
  ownerType: Schemas["Operation"]["owner_type"];
  ownerId: string;
  metadata: Schemas["OperationMetadata"];
  /** Step names, run one after another. */
  steps: readonly [string, ...string[]];
  /** When each step completes, in ms after the start (ascending); the last one ends the operation. */
  timeline: readonly number[];
  /** Effects when step `i` (not the last) completes. */
  onStep?: (index: number, now: number) => void;
  /** The final effect of a success; returns the operation's `response`. */
  onSuccess: (now: number) => Schemas["OperationResponse"];
  /** Undoes or settles the resource when the operation fails or is cancelled (`message`: the operation's error). */
  onStop: (now: number, outcome: "FAILED" | "CANCELLED", message: string) => void;
}

/** Timing of the automatic lifecycle. */
export interface EngineTiming {
  /** Whether operations run on their own on the clock. */
  autoComplete: boolean;
}

/** Runs operations. */
export class OperationsEngine {
  private readonly plans = new Map<string, OperationPlan>();
  private readonly timers = new Map<string, AbortController>();
  private readonly waiters = new Map<string, Set<() => void>>();
  /** Wakers of `nextEnd`, per owner. */
  private readonly ownerWaiters = new Map<string, Set<() => void>>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly timing: EngineTiming,
  ) {}

  /** Creates and starts an operation (first step running). */
  start(plan: OperationPlan): OperationRecord {
    const now = this.clock.now();
    const op: OperationRecord = {
      seq: this.store.nextSeq(),
      id: this.store.ids.next("op"),
      workspace: plan.workspace,
      ownerType: plan.ownerType,
      ownerId: plan.ownerId,
      state: "RUNNING",
      metadata: plan.metadata,
      response: null,
      error: null,
      startedAt: now,
      completedAt: null,
      steps: [{ name: plan.steps[0], status: "running", startedAt: now, completedAt: null, errorMessage: null }],
      etag: this.store.etags.next(),
    };
    this.store.addOperation(op);
    this.plans.set(op.id, plan);
    if (this.timing.autoComplete) this.schedule(op, plan);
    return op;
  }

  /** Ends a running operation with SUCCEEDED, applying every remaining step; `response` overrides the plan's result. */
  complete(id: string, response?: Schemas["OperationResponse"]): boolean {
    const op = this.store.operations.get(id);
    const plan = this.plans.get(id);
    if (!op || !plan || op.state !== "RUNNING") return false;
    this.advance(op, plan, plan.steps.length - 1, response);
    return true;
  }

  /** Ends a running operation with FAILED (the plan's `onStop` settles the resource). */
  fail(id: string, message = "The operation failed."): boolean {
    return this.stop(id, "FAILED", message);
  }

  /** Ends a running operation with CANCELLED (the plan's `onStop` settles the resource). */
  cancel(id: string, message = "The operation was cancelled."): boolean {
    return this.stop(id, "CANCELLED", message);
  }

  /** Ends every running operation on `ownerId` with CANCELLED (e.g. when its cluster is being deleted). */
  cancelFor(ownerId: string, message: string): void {
    for (const [id, plan] of this.plans) if (plan.ownerId === ownerId) this.cancel(id, message);
  }

  /**
   * Resolves when the operation is done, after `timeoutMs` on the clock, or
   * when `signal` aborts, whichever comes first. Never rejects.
   */
  async waitUntilDone(id: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
    const op = this.store.operations.get(id);
    if (!op || op.state !== "RUNNING" || signal.aborted) return;
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal.addEventListener("abort", onAbort, { once: true });
    let wake!: () => void;
    const done = new Promise<void>((resolve) => (wake = resolve));
    let set = this.waiters.get(id);
    if (!set) this.waiters.set(id, (set = new Set()));
    set.add(wake);
    try {
      await Promise.race([done, this.clock.sleep(timeoutMs, stop.signal).catch(() => undefined), aborted(stop.signal)]);
    } finally {
      stop.abort();
      signal.removeEventListener("abort", onAbort);
      set.delete(wake);
      if (set.size === 0 && this.waiters.get(id) === set) this.waiters.delete(id);
    }
  }

  /** Stops every timer and wakes every waiter (reset and close). */
  stopAll(): void {
    for (const timer of this.timers.values()) timer.abort();
    this.timers.clear();
    this.plans.clear();
    for (const set of this.waiters.values()) for (const wake of set) wake();
    this.waiters.clear();
    for (const set of this.ownerWaiters.values()) for (const wake of set) wake();
    this.ownerWaiters.clear();
  }

  /**
   * Resolves when the next operation on `ownerId` ends (whatever its outcome),
   * when `signal` aborts, or at reset and close. Never rejects.
   */
  nextEnd(ownerId: string, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      let set = this.ownerWaiters.get(ownerId);
      if (!set) this.ownerWaiters.set(ownerId, (set = new Set()));
      const owners = set;
      const wake = () => {
        signal.removeEventListener("abort", wake);
        owners.delete(wake);
        if (owners.size === 0 && this.ownerWaiters.get(ownerId) === owners) this.ownerWaiters.delete(ownerId);
        resolve();
      };
      owners.add(wake);
      signal.addEventListener("abort", wake, { once: true });
    });
  }

  /** Whether an operation on `ownerId` is still running. */
  runningFor(ownerId: string): boolean {
    return this.runningOf(ownerId) !== undefined;
  }

  /** The id of an operation on `ownerId` still running (of metadata type `type`, when given). */
  runningOf(ownerId: string, type?: Schemas["OperationMetadata"]["type"]): string | undefined {
    for (const [id, plan] of this.plans) {
      if (plan.ownerId === ownerId && (type === undefined || plan.metadata.type === type)) return id;
    }
    return undefined;
  }

  /** Number of operations still running (for assertions). */
  running(): number {
    return this.plans.size;
  }

  private schedule(op: OperationRecord, plan: OperationPlan): void {
    const timer = new AbortController();
    this.timers.set(op.id, timer);
    plan.timeline.forEach((offset, index) => {
      this.clock
        .sleep(offset, timer.signal)
        .then(() => {
          if (!timer.signal.aborted && op.state === "RUNNING") this.advance(op, plan, index);
        })
        .catch(() => undefined);
    });
  }

  /** Completes steps up to and including `index`; completing the last step ends the operation. */
  private advance(
    op: OperationRecord,
    plan: OperationPlan,
    index: number,
    response?: Schemas["OperationResponse"],
  ): void {
    const now = this.clock.now();
    for (let i = op.steps.length - 1; i <= index; i++) {
      const step = op.steps[i];
      if (!step || step.status !== "running") continue;
      step.status = "completed";
      step.completedAt = now;
      const last = i === plan.steps.length - 1;
      if (!last) {
        plan.onStep?.(i, now);
        op.steps.push({
          name: plan.steps[i + 1]!,
          status: "running",
          startedAt: now,
          completedAt: null,
          errorMessage: null,
        });
        op.etag = this.store.etags.next();
        continue;
      }
      const result = plan.onSuccess(now);
      this.finish(op, "SUCCEEDED", now, response === undefined ? result : response, null);
    }
  }

  private stop(id: string, outcome: "FAILED" | "CANCELLED", message: string): boolean {
    const op = this.store.operations.get(id);
    const plan = this.plans.get(id);
    if (!op || !plan || op.state !== "RUNNING") return false;
    const now = this.clock.now();
    for (const step of op.steps) {
      if (step.status !== "running") continue;
      step.status = "failed";
      step.completedAt = now;
      step.errorMessage = message;
    }
    plan.onStop(now, outcome, message);
    this.finish(op, outcome, now, null, { message });
    return true;
  }

  private finish(
    op: OperationRecord,
    state: "SUCCEEDED" | "FAILED" | "CANCELLED",
    now: number,
    response: Schemas["OperationResponse"],
    error: { message: string } | null,
  ): void {
    op.state = state;
    op.completedAt = now;
    op.response = response;
    op.error = error;
    op.etag = this.store.etags.next();
    this.plans.delete(op.id);
    this.timers.get(op.id)?.abort();
    this.timers.delete(op.id);
    const set = this.waiters.get(op.id);
    this.waiters.delete(op.id);
    for (const wake of set ?? []) wake();
    for (const wake of [...(this.ownerWaiters.get(op.ownerId) ?? [])]) wake();
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
