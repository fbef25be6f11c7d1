/**
 * A hostile HTTP server of the project's own, on 127.0.0.1: each test sets how it
 * answers (echo the request, lie, stall, never end, redirect). It records what
 * reached it, and how much of each answer it managed to write before the client
 * hung up, so tests can prove that the client stopped reading. Every endless
 * answer stops by itself after a bound (bytes and time).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createNetServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** What one answer wrote before it ended: `closed` without `finished` means the client hung up first. */
export interface Written {
  bytes: number;
  finished: boolean;
  closed: boolean;
}

export type Handler = (req: Received, res: ServerResponse) => void;

export interface HostileServer {
  /** Base URL with the API's `/v1`. */
  url: string;
  origin: string;
  received: Received[];
  written: Written[];
  /** Sets how the server answers from now on. */
  answer(handler: Handler): void;
  /** Writes `chunk` again and again (up to `maxBytes`, or until the client hangs up), then ends. */
  stream(res: ServerResponse, chunk: Buffer, maxBytes: number): void;
  close(): Promise<void>;
}

/** An envelope body, as the API sends it. */
export const envelope = (code: number, message: string, metadata?: Record<string, string>) =>
  JSON.stringify({ success: false, errors: [{ code, message, ...(metadata ? { metadata } : {}) }], result: {} });

export async function startHostileServer(): Promise<HostileServer> {
  let handler: Handler = (_req, res) => res.end();
  const received: Received[] = [];
  const written: Written[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const entry = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      received.push(entry);
      const record: Written = { bytes: 0, finished: false, closed: false };
      written.push(record);
      const write = res.write.bind(res);
      res.write = ((chunk: Buffer | string, ...rest: never[]) => {
        record.bytes += Buffer.byteLength(chunk);
        return write(chunk, ...rest);
      }) as typeof res.write;
      res.on("finish", () => (record.finished = true));
      res.on("close", () => (record.closed = true));
      handler(entry, res);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v1`,
    origin,
    received,
    written,
    answer(next) {
      handler = next;
    },
    stream(res, chunk, maxBytes) {
      let sent = 0;
      const started = Date.now();
      const pump = () => {
        while (sent < maxBytes && !res.destroyed && Date.now() - started < 10_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A raw TCP server that answers every request with `response(requestText)` byte for
 * byte (for status lines and headers no HTTP library would write), then closes.
 */
export async function startRawServer(response: (request: string) => string) {
  const requests: string[] = [];
  const server = createNetServer((socket) => {
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(text)?.[1] ?? 0);
      if (text.length < end + 4 + length) return;
      requests.push(text);
      socket.end(Buffer.from(response(text), "latin1"));
      text = "";
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/v1`, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Every string a thrown value exposes: message, stack, JSON, causes. */
export function exposed(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth < 5; depth++) {
    const err = e as Error & { cause?: unknown };
    parts.push(String(err), err?.stack ?? "", safeJson(err));
    e = err?.cause;
  }
  return parts.join("\n");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}
