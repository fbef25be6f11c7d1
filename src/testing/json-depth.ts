/**
 * The nesting limit of request bodies, checked by a flat scan of the text
 * before it is parsed, so that nothing after it (parsing, the request-log
 * redaction, `structuredClone`, validation) ever walks a deeper value. No
 * schema of the spec nests anywhere near the limit. Internal to the fake server.
 */

/** Request bodies may nest arrays and objects this deep; deeper is a 400. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether the JSON text nests arrays and objects deeper than `limit`: counts
 * the brackets outside strings, in one pass, without recursion. Works on any
 * text (for malformed JSON the answer is about its brackets; the parser then
 * rejects it).
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}
