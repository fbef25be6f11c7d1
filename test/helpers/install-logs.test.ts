/** installLogs over real HTTP against a small event-stream server of this test's own (node:http on 127.0.0.1). */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AkuaAbortError,
  AkuaApiError,
  AkuaConnectionError,
  AkuaError,
  AkuaTimeoutError,
  createAkuaClient,
  systemClock,
  type Clock,
} from "../../src/index.js";
import { installLogs, type InstallLogLine, type InstallLogsOptions } from "../../src/logs.js";
import { MAX_BOUNDARY_LINES } from "../../src/logs-resume.js";

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let handler: Handler;
let requests: URL[];
let acceptHeaders: (string | undefined)[];
/** Resolves each answer's close: true when the client hung up before the server ended it. */
let closes: Promise<boolean>[];
let url: string;
const server = createServer((req, res) => {
  requests.push(new URL(req.url ?? "/", "http://x"));
  acceptHeaders.push(req.headers.accept);
  closes.push(new Promise((resolve) => res.on("close", () => resolve(!res.writableFinished))));
  handler(req, res, requests.length);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
  acceptHeaders = [];
  closes = [];
});

const line = (content: string, timestamp: string, podName = "web-1"): InstallLogLine => ({
  content,
  podName,
  containerName: "web",
  timestamp,
  last: false,
});
const message = (l: InstallLogLine) => `event: message\ndata: ${JSON.stringify(l)}\n\n`;
const END = "event: end\ndata: {}\n\n";
const open = (res: ServerResponse) => res.writeHead(200, { "content-type": "text/event-stream" });

const client = (clock: Clock = systemClock) =>
  createAkuaClient({ token: "sk_akua_logs_test", baseUrl: url, clock, maxRetries: 0 });
async function collect(options: InstallLogsOptions = {}, akua = client(), into: InstallLogLine[] = []) {
  for await (const l of installLogs(akua, "ins_1", options)) into.push(l);
  return into;
}
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}
const ts = (second: number) => `2026-05-14T09:30:${String(second).padStart(2, "0")}Z`;

describe("installLogs", () => {
  it("yields typed lines across chunk splits and ends at the end event (cancelling the body)", async () => {
    const lines = [line("GET /healthz 200", ts(10)), line("caf\u00e9 \u2603", ts(11)), line("multi", ts(11), "web-2")];
    const wire = Buffer.from(`: keep-alive\r\n${lines.map(message).join("").replace(/\n/g, "\r\n")}${END}`);
    handler = (_req, res) => {
      open(res);
      // Mid-line and mid-character cuts, written apart; the answer stays open after `end`.
      const cuts = [0, 5, 31, 60, 61, 99, wire.indexOf(0xc3) + 1, wire.length - 3, wire.length];
      let i = 0;
      const next = () => {
        if (i + 1 >= cuts.length) return;
        res.write(wire.subarray(cuts[i], cuts[i + 1]), () => setImmediate(next));
        i++;
      };
      next();
    };
    expect(await collect({ follow: false, tail: 2, pod: "web-1", container: "web" })).toEqual(lines);
    const query = Object.fromEntries(requests[0]!.searchParams);
    expect(requests[0]!.pathname).toBe("/v1/installs/ins_1/logs");
    expect(query).toEqual({ follow: "false", tail: "2", pod: "web-1", container: "web" });
    expect(acceptHeaders[0]).toBe("text/event-stream");
    expect(await closes[0]).toBe(true); // the client hung up: the body was cancelled
  });

  it("fails with an AkuaError for a line longer than maxLineBytes and hangs up", async () => {
    handler = (_req, res) => {
      open(res);
      res.write(message(line("short", ts(1))));
      res.write(`data: ${"x".repeat(5000)}`); // never ends its line: the parser must not keep growing
    };
    const seen: InstallLogLine[] = [];
    const error = await failure(collect({ maxLineBytes: 4096 }, client(), seen));
    expect(error).toBeInstanceOf(AkuaError);
    expect(String(error)).toMatch(/longer than maxLineBytes \(4096 bytes\)/);
    expect(seen.map((l) => l.content)).toEqual(["short"]);
    expect(await closes[0]).toBe(true);
  });

  it("stops at once on abort with AkuaAbortError, cancelling the stream", async () => {
    handler = (_req, res) => {
      open(res);
      res.write(message(line("one", ts(1)))); // then nothing more, the answer held open
    };
    const controller = new AbortController();
    const reason = new Error("caller left");
    const error = await failure(
      (async () => {
        for await (const l of installLogs(client(), "ins_1", { signal: controller.signal })) {
          expect(l.content).toBe("one");
          setTimeout(() => controller.abort(reason), 5); // while the next read waits
        }
      })(),
    );
    expect(error).toBeInstanceOf(AkuaAbortError);
    expect((error as Error).cause).toBe(reason);
    expect(await closes[0]).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("never waits past deadlineMs (AkuaTimeoutError), cancelling the stream", async () => {
    handler = (_req, res) => {
      open(res);
      res.write(message(line("one", ts(1))));
    };
    const seen: InstallLogLine[] = [];
    const error = await failure(collect({ deadlineMs: 30 }, client(), seen));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(seen).toHaveLength(1);
    expect(await closes[0]).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it("the deadline covers the wait for the headers too", async () => {
    handler = () => {}; // never answers
    const error = await failure(collect({ deadlineMs: 30 }));
    expect(error).toBeInstanceOf(AkuaTimeoutError);
    expect(await closes[0]).toBe(true);
  });

  it("a consumer that breaks out of the loop cancels the stream", async () => {
    handler = (_req, res) => {
      open(res);
      res.write(message(line("one", ts(1))) + message(line("two", ts(1)))); // then held open
    };
    for await (const l of installLogs(client(), "ins_1")) {
      expect(l.content).toBe("one");
      break;
    }
    expect(await closes[0]).toBe(true);
  });

  it("resumes after a drop with since_seconds from the last timestamp, no tail, dropping lines already yielded", async () => {
    const now = Date.parse(ts(14)) + 200; // the client's clock when it reconnects
    const clock: Clock = { now: () => now, sleep: systemClock.sleep };
    const [a, b, c, d, e] = [
      line("a", ts(10)),
      line("b", ts(11)),
      line("c", ts(11)),
      line("d", ts(11)),
      line("e", ts(12)),
    ] as const;
    handler = (_req, res, n) => {
      open(res);
      if (n === 1) {
        res.write([a, b, c].map(message).join(""), () => setTimeout(() => res.destroy(), 5)); // dropped mid-stream
      } else {
        res.end([a, b, c, d, e].map(message).join("") + END); // the server resends from its window
      }
    };
    const seen = await collect({ tail: 50, follow: true, pod: "web-1" }, client(clock));
    expect(seen).toEqual([a, b, c, d, e]);
    expect(requests).toHaveLength(2);
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ follow: "true", tail: "50", pod: "web-1" });
    // 3.2 s since the last line (09:30:11): ceil(3.2) + 1 s of slack, and no tail.
    expect(Object.fromEntries(requests[1]!.searchParams)).toEqual({
      follow: "true",
      pod: "web-1",
      since_seconds: "5",
    });
  });

  it("resumes after a stream that ends without its end event, not re-sending sinceSeconds or tail", async () => {
    handler = (_req, res, n) => {
      open(res);
      res.end(n === 1 ? message(line("a", ts(10))) : message(line("a", ts(10))) + message(line("b", ts(10))) + END);
    };
    const clock: Clock = { now: () => Date.parse(ts(10)), sleep: systemClock.sleep };
    const seen = await collect({ sinceSeconds: 600, tail: 5 }, client(clock));
    expect(seen.map((l) => l.content)).toEqual(["a", "b"]);
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ since_seconds: "600", tail: "5" });
    expect(Object.fromEntries(requests[1]!.searchParams)).toEqual({ since_seconds: "1" });
  });

  it("documented: a line identical to one yielded in the same second, not sent before the drop, is missed", async () => {
    handler = (_req, res, n) => {
      open(res);
      if (n === 1) res.end(message(line("ping", ts(11))));
      else res.end([line("ping", ts(11)), line("ping", ts(11)), line("pong", ts(12))].map(message).join("") + END);
    };
    const seen = await collect({}, client({ now: () => Date.parse(ts(12)), sleep: systemClock.sleep }));
    // The log had two pings at 09:30:11; the one after the drop is taken for the one already yielded.
    expect(seen.map((l) => l.content)).toEqual(["ping", "pong"]);
  });

  it(`documented: beyond ${MAX_BOUNDARY_LINES} lines sharing the last timestamp, lines repeat after a drop`, async () => {
    const same = Array.from({ length: MAX_BOUNDARY_LINES + 1 }, (_, i) => line(`l${i}`, ts(20)));
    handler = (_req, res, n) => {
      open(res);
      res.end(same.map(message).join("") + (n === 1 ? "" : END));
    };
    const seen = await collect({}, client({ now: () => Date.parse(ts(21)), sleep: systemClock.sleep }));
    expect(seen).toHaveLength(same.length + 1);
    expect(seen.at(-1)).toEqual(same.at(-1)); // the one line past the bound, yielded twice
  });

  it("fails with an AkuaError at the stream's failure event, without resuming, and ignores other events", async () => {
    handler = (_req, res) => {
      open(res);
      res.write("event: progress\ndata: 50%\n\n" + message(line("one", ts(1))));
      res.write('event: effect/httpapi/stream/failure\ndata: {"error":"pod evicted"}\n\n');
    };
    const seen: InstallLogLine[] = [];
    const error = await failure(collect({}, client(), seen));
    expect(error).toBeInstanceOf(AkuaError);
    expect(String(error)).toMatch(/the stream reported a failure: \{"error":"pod evicted"\}/);
    expect(seen.map((l) => l.content)).toEqual(["one"]);
    expect(requests).toHaveLength(1);
    expect(await closes[0]).toBe(true);
  });

  it("fails with an AkuaError for a message that is not a log line", async () => {
    handler = (_req, res) => {
      open(res);
      res.end("data: not json\n\n");
    };
    expect(String(await failure(collect()))).toMatch(/an event that is not a log line: not json/);
  });

  it("after maxResumes reconnects without a new line, fails with AkuaConnectionError", async () => {
    handler = (_req, res) => {
      open(res);
      res.end(": nothing\n\n");
    };
    const error = await failure(collect({ maxResumes: 2 }));
    expect(error).toBeInstanceOf(AkuaConnectionError);
    expect(String(error)).toMatch(/closed before its end event, 2 reconnects without a new line/);
    expect(requests).toHaveLength(3);
  });

  it("an error before the stream opens is an AkuaApiError from the JSON envelope, without the token", async () => {
    handler = (_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: false, errors: [{ code: 1004, message: "install not found" }], result: {} }));
    };
    const error = await failure(collect());
    expect(error).toBeInstanceOf(AkuaApiError);
    expect(error).toMatchObject({ status: 404 });
    expect(String((error as Error).message)).toMatch(/install not found/);
    expect(JSON.stringify(error)).not.toContain("sk_akua_logs_test");
    expect(requests).toHaveLength(1);
  });

  it("rejects bad numeric options with a TypeError on the first iteration", async () => {
    await expect(collect({ maxLineBytes: 0 })).rejects.toThrow(/maxLineBytes must be an integer >= 1, got 0/);
    await expect(collect({ tail: -1 })).rejects.toThrow(/tail must be an integer >= 0, got -1/);
    await expect(collect({ deadlineMs: Number.NaN })).rejects.toThrow(/deadlineMs must be a finite number >= 0/);
    expect(requests).toHaveLength(0);
  });
});
