import { describe, expect, it } from "vitest";
import { createSseParser, SseLineTooLongError, type SseEvent } from "../../src/sse.js";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds `input` split at the given byte offsets; returns every event and the parser's end. */
function parse(input: Uint8Array, cuts: number[], maxLineBytes = 1024): SseEvent[] {
  const parser = createSseParser(maxLineBytes);
  const events: SseEvent[] = [];
  let at = 0;
  for (const cut of [...cuts, input.length]) {
    events.push(...parser.push(input.slice(at, cut)));
    at = cut;
  }
  parser.end();
  return events;
}

// CRLF, LF and CR endings, a BOM, comments, multi-line data, a named event, a
// multi-byte character, an id/retry, an event without data, and a trailing event
// without its blank line (dropped).
const sample = bytes(
  "\uFEFF: hello\r\n" +
    'data: {"content":"a","n":1}\r\n\r\n' +
    "event: message\ndata:first\ndata: second\n\n" +
    "id: 7\rretry: 10\rdata: caf\u00e9 \u2603\r\r" +
    "event: ignored\n\n" +
    ":comment\ndata\n\n" +
    "event: end\ndata: {}\r\n\r\n" +
    "data: never dispatched",
);
const expected: SseEvent[] = [
  { event: "message", data: '{"content":"a","n":1}' },
  { event: "message", data: "first\nsecond" },
  { event: "message", data: "caf\u00e9 \u2603" },
  { event: "message", data: "" },
  { event: "end", data: "{}" },
];

describe("the event-stream parser", () => {
  it("parses the sample in one chunk", () => {
    expect(parse(sample, [])).toEqual(expected);
  });

  it("gives the same events for every split into two chunks", () => {
    for (let cut = 0; cut <= sample.length; cut++) expect(parse(sample, [cut]), `cut at ${cut}`).toEqual(expected);
  });

  it("gives the same events for every split into three chunks", () => {
    for (let a = 0; a <= sample.length; a++) {
      for (let b = a; b <= sample.length; b++) {
        const events = parse(sample, [a, b]);
        if (JSON.stringify(events) !== JSON.stringify(expected)) expect(events, `cuts at ${a}, ${b}`).toEqual(expected);
      }
    }
  });

  it("gives the same events one byte at a time", () => {
    expect(
      parse(
        sample,
        Array.from({ length: sample.length }, (_, i) => i),
      ),
    ).toEqual(expected);
  });

  it("treats CR CR as two line ends and CRLF split across chunks as one", () => {
    expect(parse(bytes("data: x\r\r"), [])).toEqual([{ event: "message", data: "x" }]);
    expect(parse(bytes("data: x\r\n\r\ndata: y\r\n\r\n"), [8, 9, 10])).toEqual([
      { event: "message", data: "x" },
      { event: "message", data: "y" },
    ]);
  });

  it("throws for a line longer than maxLineBytes, without ever holding more", () => {
    const parser = createSseParser(16);
    expect(parser.push(bytes("data: 0123456789\n\n"))).toEqual([{ event: "message", data: "0123456789" }]);
    // 17 bytes without a line end, fed in pieces: the bound holds across chunks.
    expect(parser.push(bytes("data: 0123456"))).toEqual([]);
    expect(() => parser.push(bytes("7890"))).toThrow(SseLineTooLongError);
    expect(() => createSseParser(16).push(bytes("data: 01234567890\n"))).toThrow(/maxLineBytes \(16 bytes\)/);
  });

  it("throws for an event whose data lines add up past maxLineBytes", () => {
    const parser = createSseParser(16);
    expect(() => parser.push(bytes("data: 01234\ndata: 56789\ndata: abcde\n"))).toThrow(SseLineTooLongError);
  });
});

describe("the event-stream parser's too-long error", () => {
  it("carries the events the chunk completed before the long line", () => {
    let error: unknown;
    try {
      createSseParser(16).push(bytes("data: a\n\ndata: 0123456789abcdef\n"));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SseLineTooLongError);
    expect((error as SseLineTooLongError).events).toEqual([{ event: "message", data: "a" }]);
  });
});
