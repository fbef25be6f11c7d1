/**
 * The fake's lifetime, as seen by requests: each request in flight gets a
 * signal of its own that aborts when the fake closes. The fake keeps those
 * requests in a set and aborts them one by one on close, so no long-lived
 * signal collects a listener per request (11 of which used to raise Node's
 * MaxListenersExceededWarning). Internal to the fake server.
 */

/** A request's view of the fake's lifetime; `dispose` when the request is done. */
export interface LifetimeTicket {
  readonly signal: AbortSignal;
  dispose(): void;
}

/** Aborts the signal of every request in flight when the fake closes. */
export class Lifetime {
  private readonly inFlight = new Set<AbortController>();
  private ended = false;

  /** Whether the fake has closed. */
  get closed(): boolean {
    return this.ended;
  }

  /** A signal that aborts when the fake closes (at once if it has). */
  track(): LifetimeTicket {
    const controller = new AbortController();
    if (this.ended) controller.abort();
    else this.inFlight.add(controller);
    return { signal: controller.signal, dispose: () => this.inFlight.delete(controller) };
  }

  /** Aborts every tracked signal; later ones start aborted. */
  close(): void {
    this.ended = true;
    const all = [...this.inFlight];
    this.inFlight.clear();
    for (const controller of all) controller.abort();
  }
}
