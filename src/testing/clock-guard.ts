/**
 * Notices a client that is not on the fake's clock while the fake's clock jumps
 * (an auto-advancing `TestClock`): such a client sends `:wait` long-polls that the
 * jump answers at once, operation still running, and keeps sending them until its
 * own deadline passes in real time (minutes of polling while virtual time races
 * ahead by hours). After {@link GUARD_LIMITS}`.polls` such long-polls on one
 * operation within `windowMs` of real time, the next one is refused with a 400
 * envelope saying to share the clock or use `fake.client()`.
 *
 * What tells it from a client that shares the clock (and may legitimately long-poll
 * many times, e.g. towards a long deadline on an operation that never finishes): a
 * client on the fake's clock has timers on it while it waits (the attempt timeout
 * of the long-poll, the call's deadline), so when the long-poll's own timeout
 * fires, the clock holds sleepers the fake did not start. A long-poll counts only
 * when there are none, its timeout passed on the clock, and the clock moved at
 * least {@link GUARD_LIMITS}`.speedup` times faster than real time meanwhile.
 * Clocks without `pending()` (the system clock) are never judged. Internal to the
 * fake server.
 */
import type { Clock } from "../clock.js";

/** How many suspicious long-polls on one operation, within how much real time, before refusing. */
export const GUARD_LIMITS = { polls: 8, windowMs: 5_000, speedup: 10 } as const;

/** One long-poll, measured. */
export interface LongPoll {
  /** Its timeout, ms on the clock. */
  timeoutMs: number;
  /** Time that passed on the clock while it waited. */
  virtualMs: number;
  /** Real time that passed meanwhile. */
  realMs: number;
  /** Whether the operation was still running when it answered. */
  stillRunning: boolean;
  /** Whether something other than the fake had a sleeper on the clock when it answered (undefined: cannot tell). */
  foreignSleepers: boolean | undefined;
}

/** Whether a long-poll looks like one from a client on another clock (see the module comment). */
export function isRunaway(poll: LongPoll, speedup: number = GUARD_LIMITS.speedup): boolean {
  return (
    poll.stillRunning &&
    poll.foreignSleepers === false &&
    poll.virtualMs >= poll.timeoutMs &&
    poll.realMs * speedup < poll.virtualMs
  );
}

/** A clock wrapper for the fake's own sleeps, counting those pending, so that the rest are someone else's. */
export interface OwnClock {
  /** The clock the fake itself sleeps on. */
  readonly clock: Clock;
  /** Sleepers on the underlying clock the fake did not start, or undefined when the clock cannot tell. */
  foreignSleepers(): number | undefined;
}

/**
 * Wraps `clock` for the fake's own use (its `hold()` passed on). A settled sleep
 * is forgotten in the first continuation of the clock's promise, before anything
 * awaiting it resumes.
 */
export function ownClock(clock: Clock): OwnClock {
  const { pending, hold } = clock as { pending?: () => readonly number[]; hold?: () => () => void };
  let own = 0;
  return {
    clock: {
      ...(typeof hold === "function" ? { hold: () => hold.call(clock) } : {}),
      now: () => clock.now(),
      sleep(ms, signal) {
        own++;
        const sleeping = clock.sleep(ms, signal);
        sleeping.then(
          () => own--,
          () => own--,
        );
        return sleeping;
      },
    },
    foreignSleepers: () => (typeof pending === "function" ? pending.call(clock).length - own : undefined),
  };
}

/** Keeps the suspicious long-polls per operation; answers whether to refuse the next. */
export class ClockGuard {
  private readonly streaks = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly own: OwnClock,
    private readonly realNow: () => number = () => performance.now(),
    private readonly limits: { polls: number; windowMs: number; speedup: number } = GUARD_LIMITS,
  ) {}

  /** The refusal message for a long-poll on `operationId`, or undefined to let it wait. */
  refusal(operationId: string): string | undefined {
    const streak = this.streaks.get(operationId);
    if (!streak || streak.count < this.limits.polls) return undefined;
    if (this.realNow() - streak.since > this.limits.windowMs) {
      this.streaks.delete(operationId);
      return undefined;
    }
    return (
      `The fake's clock jumps (an auto-advancing test clock), but this client is not on it: ` +
      `${streak.count} long-polls of operation ${operationId} each ended at once, the operation still running, ` +
      `and the client would keep polling until its own deadline in real time. ` +
      `Give the client the fake's clock (createAkuaClient({ ..., clock: fake.clock })) or use fake.client().`
    );
  }

  /** Runs a long-poll (`wait`), measuring it; `stillRunning` is read when it ends. */
  async watch(operationId: string, timeoutMs: number, wait: () => Promise<void>, stillRunning: () => boolean) {
    const virtualStart = this.own.clock.now();
    const realStart = this.realNow();
    await wait();
    const foreign = this.own.foreignSleepers();
    const poll: LongPoll = {
      timeoutMs,
      virtualMs: this.own.clock.now() - virtualStart,
      realMs: this.realNow() - realStart,
      stillRunning: stillRunning(),
      foreignSleepers: foreign === undefined ? undefined : foreign > 0,
    };
    if (!isRunaway(poll, this.limits.speedup)) {
      this.streaks.delete(operationId);
      return;
    }
    const streak = this.streaks.get(operationId);
    const now = this.realNow();
    if (!streak || now - streak.since > this.limits.windowMs) this.streaks.set(operationId, { count: 1, since: now });
    else streak.count++;
  }

  /** Forgets every streak (the fake's reset). */
  clear(): void {
    this.streaks.clear();
  }
}
