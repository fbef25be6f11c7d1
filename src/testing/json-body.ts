/**
 * A request body's bytes to a JSON value, strictly: the bytes must be UTF-8
 * (a stray byte is a 400, never silently replaced by U+FFFD), nest no deeper
 * than {@link MAX_JSON_DEPTH} (checked before parsing) and parse as JSON.
 * Pure; internal to the fake server.
 */
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.js";

/** A body as the pipeline sees it. */
export type JsonBody =
  /** No body, or only whitespace. */
  | { kind: "empty" }
  | { kind: "json"; value: unknown }
  /** Not acceptable; `message` says why (for a 400 naming `body`). */
  | { kind: "invalid"; message: string };

// `fatal`: invalid UTF-8 throws instead of becoming U+FFFD. `ignoreBOM`: a BOM stays in the
// text, where JSON.parse rejects it, as it did before the body was decoded strictly.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes and parses a request body. */
export function parseJsonBody(bytes: Uint8Array): JsonBody {
  if (bytes.length === 0) return { kind: "empty" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: "invalid", message: "The request body is not valid UTF-8." };
  }
  if (text.trim() === "") return { kind: "empty" };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return {
      kind: "invalid",
      message: `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels, the limit.`,
    };
  }
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "invalid", message: "The request body is not valid JSON." };
  }
}
