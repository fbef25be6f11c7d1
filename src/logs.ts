/**
 * `akua-sdk/logs`: an install's log stream (`GET /installs/{id}/logs`, Server-Sent
 * Events) as an async iterator of typed lines. Opens the stream with the client's own
 * GET (its token, retries and timeouts apply until the headers arrive), parses it
 * incrementally in bounded memory, ends at the `end` event, and resumes best-effort
 * after a dropped connection. A subpath entry of its own (the main entry has a size
 * budget); its errors are the main entry's classes (imported from `akua-sdk`).
 *
 * @module akua-sdk/logs
 */
import { AkuaAbortError, AkuaConnectionError, AkuaError, AkuaTimeoutError, unwrap, type AkuaClient } from "akua-sdk";
import { INTERNALS, type ClientInternals } from "./internals.js";
import { createSseParser, SseLineTooLongError, type SseEvent } from "./sse.js";
import { createResumeState } from "./logs-resume.js";

/** One log line of an install. */
export interface InstallLogLine {
  /** The log text. */
  content: string;
  /** The pod that wrote it. */
  podName: string;
  /** The container (in that pod) that wrote it. */
  containerName: string;
  /** When the line was written (ISO 8601). */
  timestamp: string;
  /** Sent by the API; its meaning is not documented. */
  last: boolean;
}

/** Options of `installLogs`. */
export interface InstallLogsOptions {
  /** Keep the stream open for new lines (the API's default, true); false ends after the existing lines. */
  follow?: boolean;
  /** Start with at most this many of the most recent lines (first request only). */
  tail?: number;
  /** Only lines newer than this many seconds (first request only). */
  sinceSeconds?: number;
  /** Only this pod's lines (a name from `GET /installs/{id}/pods`). */
  pod?: string;
  /** Only this container's lines. */
  container?: string;
  /** Stops the iteration at once with an `AkuaAbortError`, cancelling the stream. */
  signal?: AbortSignal;
  /** Stops the iteration with an `AkuaTimeoutError` after this many ms in all (reconnects included). */
  deadlineMs?: number;
  /**
   * The longest event-stream line, and the most data one event may carry, in bytes;
   * longer is an `AkuaError` (the buffer never grows past it).
   * @default 1048576 (1 MiB)
   */
  maxLineBytes?: number;
  /**
   * Reconnects in a row without a new line before a dropped stream is an
   * `AkuaConnectionError` (0: never resume).
   * @default 5
   */
  maxResumes?: number;
}

/** What `installLogs` needs of the client: its GET (a client made by `createAkuaClient`). */
export type LogsClient = Pick<AkuaClient, "GET">;

const PATH = "/installs/{id}/logs";
const DEADLINE = Symbol("deadline");
/** The in-stream failure event the API's description names. */
const FAILURE = "effect/httpapi/stream/failure";

/**
 * Iterates an install's log lines. Ends after the stream's `end` event.
 *
 * After the connection drops (the body fails or ends without `end`), it asks again
 * with `since_seconds` counted from the last line's timestamp (and without `tail`),
 * then skips lines older than that timestamp and those at it it already yielded
 * (same pod, container and content). Best-effort: lines within that same second can
 * repeat (beyond 1,000 lines sharing the timestamp) or, rarely, be missed (a line
 * identical to one yielded in that second, not yet sent before the drop; or a
 * slower pod's line older than the last one seen).
 *
 * Throws `AkuaApiError` for an error answer before the stream opens (404 when the
 * install does not exist), `AkuaAbortError` on `signal`, `AkuaTimeoutError` past
 * `deadlineMs`, `AkuaConnectionError` after `maxResumes` fruitless reconnects, and
 * `AkuaError` for a line longer than `maxLineBytes`, one that is not a JSON log line, or
 * the stream's own failure event (`effect/httpapi/stream/failure`, not resumed).
 *
 * @param akua - a client made by `createAkuaClient`
 * @param id - the install's id
 * @throws TypeError (on the first iteration) for a bad numeric option
 *
 * @example
 * ```ts
 * import { createAkuaClient } from "akua-sdk";
 * import { installLogs } from "akua-sdk/logs";
 *
 * const akua = createAkuaClient();
 * for await (const line of installLogs(akua, "ins_123", { tail: 100 })) {
 *   console.log(`${line.podName}/${line.containerName} ${line.content}`);
 * }
 * ```
 */
export async function* installLogs(
  akua: LogsClient,
  id: string,
  options: InstallLogsOptions = {},
): AsyncGenerator<InstallLogLine, void, undefined> {
  const { follow, tail, sinceSeconds, pod, container, signal, deadlineMs, maxLineBytes = 2 ** 20 } = options;
  const maxResumes = options.maxResumes ?? 5;
  for (const [name, value] of Object.entries({ tail, sinceSeconds, maxLineBytes, maxResumes })) {
    if (value !== undefined && !(Number.isInteger(value) && value >= (name === "maxLineBytes" ? 1 : 0))) {
      throw new TypeError(`akua-sdk: ${name} must be an integer >= ${name === "maxLineBytes" ? 1 : 0}, got ${value}`);
    }
  }
  if (deadlineMs !== undefined && !(deadlineMs >= 0 && Number.isFinite(deadlineMs))) {
    throw new TypeError(`akua-sdk: deadlineMs must be a finite number >= 0, got ${deadlineMs}`);
  }
  const internals = (akua as { [INTERNALS]?: ClientInternals })[INTERNALS];
  const clock = internals?.clock ?? { now: Date.now, sleep: (ms: number) => new Promise((r) => setTimeout(r, ms)) };
  const scrub = internals?.scrub ?? ((text: string) => text);
  const details = { method: "GET", path: PATH };
  const get = akua.GET as unknown as (
    path: string,
    init: unknown,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  // One signal for both ends: the caller's abort and the deadline.
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const startedAt = clock.now();
  const timer = new AbortController();
  if (deadlineMs !== undefined) {
    clock.sleep(deadlineMs, timer.signal).then(
      () => stop.abort(DEADLINE),
      () => {},
    );
  }
  const stopped = () =>
    stop.signal.reason === DEADLINE
      ? new AkuaTimeoutError(`GET ${PATH}: deadline of ${deadlineMs} ms passed`, { outcome: "not-applied", ...details })
      : new AkuaAbortError(`GET ${PATH}: aborted`, {
          outcome: "not-applied",
          ...details,
          cause: stop.signal.reason,
        });
  const whenStopped = new Promise<never>((_, reject) => {
    const fire = () => reject(stopped());
    if (stop.signal.aborted) fire();
    else stop.signal.addEventListener("abort", fire, { once: true });
  });
  whenStopped.catch(() => {});
  // A stop cancels the stream being read: its pending read then ends at once. (Not a
  // Promise.race per read against one long-lived promise: each race would leave a
  // reaction on it until the iteration ends, memory growing with every chunk.)
  let reading: ReadableStreamDefaultReader<Uint8Array> | undefined;
  stop.signal.addEventListener("abort", () => void reading?.cancel().catch(() => {}), { once: true });

  const resume = createResumeState();
  let resumes = 0;
  try {
    for (;;) {
      if (stop.signal.aborted) throw stopped();
      const since = resume.sinceSeconds(clock.now());
      const query: Record<string, unknown> = { follow, pod, container };
      if (since === undefined) Object.assign(query, { tail, since_seconds: sinceSeconds });
      else query["since_seconds"] = since;
      for (const key of Object.keys(query)) if (query[key] === undefined) delete query[key];
      let body: ReadableStream<Uint8Array>;
      try {
        body = unwrap(
          await Promise.race([
            get(PATH, {
              params: { path: { id }, query },
              headers: { accept: "text/event-stream" },
              parseAs: "stream",
              signal: stop.signal,
              ...(deadlineMs === undefined ? {} : { deadlineMs: Math.max(0, startedAt + deadlineMs - clock.now()) }),
            }),
            whenStopped,
          ]),
        ) as ReadableStream<Uint8Array>;
      } catch (error) {
        if (stop.signal.aborted) throw stopped();
        throw error;
      }
      const reader = (reading = body.getReader());
      const parser = createSseParser(maxLineBytes);
      let dropped: unknown;
      try {
        if (stop.signal.aborted) throw stopped();
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (error) {
            if (stop.signal.aborted) throw stopped();
            dropped = error;
            break;
          }
          if (stop.signal.aborted) throw stopped();
          if (chunk.done) break;
          let events: SseEvent[];
          let tooLong: SseLineTooLongError | undefined;
          try {
            events = parser.push(chunk.value);
          } catch (error) {
            if (!(error instanceof SseLineTooLongError)) throw error;
            tooLong = error;
            events = error.events; // the lines before the long one still count
          }
          for (const event of events) {
            if (event.event === "end") return;
            if (event.event === FAILURE) {
              // Described by the API (carrying `{error}`) though not declared: the server gave up.
              throw new AkuaError(`GET ${PATH}: the stream reported a failure: ${scrub(event.data.slice(0, 500))}`, {
                outcome: "not-applied",
                ...details,
              });
            }
            if (event.event !== "message") continue; // another event: not a log line
            const line = parseLine(event.data);
            if (!line) {
              throw new AkuaError(`GET ${PATH}: an event that is not a log line: ${scrub(event.data.slice(0, 200))}`, {
                outcome: "not-applied",
                ...details,
              });
            }
            if (!resume.fresh(line)) continue;
            resumes = 0;
            yield line;
            if (stop.signal.aborted) throw stopped();
          }
          if (tooLong) throw new AkuaError(`GET ${PATH}: ${tooLong.message}`, { outcome: "not-applied", ...details });
        }
      } finally {
        reader.cancel().catch(() => {});
      }
      // The stream ended or failed without `end`: resume.
      if (++resumes > maxResumes) {
        throw new AkuaConnectionError(
          `GET ${PATH}: the stream closed before its end event${dropped ? ` (${scrub(String(dropped))})` : ""}` +
            (maxResumes > 0 ? `, ${maxResumes} reconnects without a new line` : ""),
          { outcome: "not-applied", ...details, cause: dropped },
        );
      }
      resume.reconnecting();
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    timer.abort();
  }
}

/** A `message` event's data as a log line, or undefined when it is not one. */
export function parseLine(data: string): InstallLogLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  const line = value as Partial<InstallLogLine> | null;
  if (
    !line ||
    typeof line !== "object" ||
    typeof line.content !== "string" ||
    typeof line.timestamp !== "string" ||
    typeof line.podName !== "string" ||
    typeof line.containerName !== "string"
  ) {
    return undefined;
  }
  return {
    content: line.content,
    podName: line.podName,
    containerName: line.containerName,
    timestamp: line.timestamp,
    last: line.last === true,
  };
}
