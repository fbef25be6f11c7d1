/**
 * Injected faults: matched by method and path (template or concrete), hit a
 * count of times or at a seeded rate, checked in the order they were added.
 * Internal to the fake server; the kinds are described on `FaultSpec`.
 */
import { createPrng, hashSeed, type Prng } from "./prng.js";
import type { FaultHandle, FaultKind, FaultSpec } from "./types.js";

/** A fault that hit a request. */
export interface FaultHit {
  readonly kind: FaultKind;
  readonly spec: Readonly<FaultSpec>;
}

interface ActiveFault {
  readonly spec: Readonly<FaultSpec>;
  readonly method: string | undefined;
  readonly path: string;
  remaining: number;
  readonly random: Prng | undefined;
  hits: number;
}

const KINDS: readonly FaultKind[] = ["drop-before-commit", "drop-after-commit", "status", "delay", "drop-mid-stream"];

/** The faults of one fake. */
export class FaultRegistry {
  private faults: ActiveFault[] = [];

  constructor(private readonly defaultSeed: number) {}

  /** Adds a fault; throws a `TypeError` for an invalid spec. */
  add(spec: FaultSpec): FaultHandle {
    validate(spec);
    const fault: ActiveFault = {
      spec: { ...spec },
      method: spec.method?.toUpperCase(),
      path: spec.path.startsWith("/v1/") ? spec.path.slice(3) : spec.path,
      remaining: spec.times ?? (spec.rate === undefined ? 1 : Infinity),
      random: spec.rate === undefined ? undefined : createPrng(hashSeed(spec.seed ?? this.defaultSeed, "fault")),
      hits: 0,
    };
    this.faults.push(fault);
    return {
      remove: () => {
        this.faults = this.faults.filter((f) => f !== fault);
      },
      get hits() {
        return fault.hits;
      },
    };
  }

  /**
   * The fault that hits this request, if any (counted as a hit). Each rate
   * fault that matches draws one number, whether or not it hits.
   */
  pick(method: string, template: string, path: string): FaultHit | undefined {
    for (const fault of this.faults) {
      if (fault.remaining <= 0) continue;
      if (fault.method !== undefined && fault.method !== method.toUpperCase()) continue;
      if (fault.path !== template && fault.path !== path) continue;
      if (fault.random && fault.random() >= fault.spec.rate!) continue;
      fault.remaining -= 1;
      fault.hits += 1;
      return { kind: fault.spec.fault, spec: fault.spec };
    }
    return undefined;
  }

  /** Removes every fault. */
  clear(): void {
    this.faults = [];
  }
}

function validate(spec: FaultSpec): void {
  if (!spec || typeof spec.path !== "string" || !spec.path.startsWith("/")) {
    throw new TypeError("inject: `path` must be a path below /v1 starting with `/`");
  }
  if (!KINDS.includes(spec.fault)) throw new TypeError(`inject: \`fault\` must be one of ${KINDS.join(", ")}`);
  if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 0)) {
    throw new TypeError("inject: `times` must be an integer >= 0");
  }
  if (spec.rate !== undefined && !(spec.rate >= 0 && spec.rate <= 1))
    throw new TypeError("inject: `rate` must be in 0..1");
  if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) {
    throw new TypeError("inject: `status` must be an HTTP status");
  }
  if (spec.delayMs !== undefined && !(spec.delayMs >= 0 && Number.isFinite(spec.delayMs))) {
    throw new TypeError("inject: `delayMs` must be a finite number >= 0");
  }
  if (spec.afterEvents !== undefined && !(Number.isInteger(spec.afterEvents) && spec.afterEvents >= 0)) {
    throw new TypeError("inject: `afterEvents` must be an integer >= 0");
  }
  if (spec.afterEvents !== undefined && spec.fault !== "drop-mid-stream") {
    throw new TypeError("inject: `afterEvents` applies to `drop-mid-stream` faults only");
  }
}
