/**
 * An incremental Server-Sent Events parser (the WHATWG event-stream format) in
 * bounded memory: it holds at most one unfinished line and one event's data, each
 * at most `maxLineBytes`; anything longer throws instead of growing a buffer.
 * Lines end with CRLF, LF or CR, split across chunks anywhere (a CRLF too); a
 * leading UTF-8 BOM is skipped; comments (`:`) are ignored; several `data:` lines
 * join with "\n"; `id` and `retry` are ignored. Pure: no I/O.
 * @internal
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `"message"` when none was given. */
  event: string;
  /** The `data:` lines joined with "\n". */
  data: string;
}

/** Thrown for a line or an event's data longer than `maxLineBytes`. */
export class SseLineTooLongError extends Error {
  constructor(
    readonly maxLineBytes: number,
    /** The events the same chunk completed before the long line: deliver them first. */
    readonly events: SseEvent[],
  ) {
    super(`an event-stream line longer than maxLineBytes (${maxLineBytes} bytes)`);
  }
}

/** The parser: `push` each chunk, then `end` once. */
export interface SseParser {
  /** The events completed by this chunk, in order. */
  push(chunk: Uint8Array): SseEvent[];
  /** Ends the stream: an event not followed by a blank line is dropped (as the format says). */
  end(): void;
}

const LF = 0x0a;
const CR = 0x0d;

/** Makes a parser; `maxLineBytes` bounds one line and one event's data (UTF-8 bytes). */
export function createSseParser(maxLineBytes: number): SseParser {
  const decoder = new TextDecoder();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let afterCR = false;
  let first = true;
  let eventName = "";
  let data = "";
  let dataBytes = 0;
  let hasData = false;

  let out: SseEvent[] = [];
  const tooLong = () => new SseLineTooLongError(maxLineBytes, out);

  const line = (bytes: Uint8Array) => {
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (bytes.length === 0) {
      if (hasData) out.push({ event: eventName || "message", data });
      eventName = "";
      data = "";
      dataBytes = 0;
      hasData = false;
      return;
    }
    if (bytes[0] === 0x3a) return; // ":" comment
    const text = decoder.decode(bytes);
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") eventName = value;
    else if (field === "data") {
      dataBytes += bytes.length + 1;
      if (dataBytes > maxLineBytes + 1) throw tooLong();
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
    }
  };

  return {
    push(chunk) {
      out = [];
      let start = 0;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte !== LF && byte !== CR) continue;
        if (byte === LF && afterCR && i === start && pendingBytes === 0) {
          // the LF of a CRLF whose CR ended the previous line
          afterCR = false;
          start = i + 1;
          continue;
        }
        afterCR = byte === CR;
        let bytes = chunk.subarray(start, i);
        if (pendingBytes > 0) {
          if (pendingBytes + bytes.length > maxLineBytes) throw tooLong();
          const joined = new Uint8Array(pendingBytes + bytes.length);
          let at = 0;
          for (const piece of pending) {
            joined.set(piece, at);
            at += piece.length;
          }
          joined.set(bytes, at);
          bytes = joined;
          pending = [];
          pendingBytes = 0;
        }
        if (bytes.length > maxLineBytes) throw tooLong();
        line(bytes);
        start = i + 1;
      }
      if (start < chunk.length) {
        afterCR = false;
        const rest = chunk.subarray(start);
        if (pendingBytes + rest.length > maxLineBytes) throw tooLong();
        pending.push(rest.slice()); // a copy: never pin the caller's whole chunk
        pendingBytes += rest.length;
      }
      return out;
    },
    end() {
      pending = [];
      pendingBytes = 0;
      data = "";
      hasData = false;
    },
  };
}
