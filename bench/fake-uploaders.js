/**
 * Uploaders for bench/fake.js, in their own process so that their I/O does not
 * slow the process that times the small requests. On `{ start: { url, token,
 * clients, bytes } }` each client POSTs a body of `bytes` to `/secrets` in a
 * loop, every other one without a token (refused 401) and the rest with it
 * (refused 413 past `maxBodyBytes`); on `{ stop: true }` it answers, once the
 * uploads in flight have ended, `{ uploads, byStatus, errors, firstError }`.
 * Sends `{ ready: true }` at start; exits when the parent goes away.
 */
import { exitWithParent } from "./harness.js";

exitWithParent();

let stopping = false;
/** @type {Promise<void>[]} */
let loops = [];
let uploads = 0;
let errors = 0;
/** @type {string | undefined} */
let firstError;
/** @type {Record<string, number>} */
let byStatus = {};

/**
 * @param {string} url
 * @param {string | undefined} token
 * @param {Uint8Array<ArrayBuffer>} body
 */
async function uploadLoop(url, token, body) {
  /** @type {Record<string, string>} */
  const headers = { "content-type": "application/json" };
  if (token !== undefined) headers["authorization"] = `Bearer ${token}`;
  while (!stopping) {
    try {
      const res = await fetch(`${url}/secrets`, { method: "POST", headers, body });
      await res.arrayBuffer();
      byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
    } catch (error) {
      errors++;
      firstError ??= String(/** @type {any} */ (error)?.cause?.code ?? error);
    }
    uploads++;
  }
}

process.on("message", async (/** @type {any} */ message) => {
  if (message?.start) {
    const { url, token, clients, bytes } = message.start;
    const body = new Uint8Array(bytes).fill(0x20);
    stopping = false;
    uploads = 0;
    errors = 0;
    firstError = undefined;
    byStatus = {};
    loops = Array.from({ length: clients }, (_, i) => uploadLoop(url, i % 2 ? token : undefined, body));
    process.send?.({ started: true });
  } else if (message?.stop) {
    stopping = true;
    await Promise.all(loops);
    process.send?.({ uploads, byStatus, errors, firstError });
  }
});
process.send?.({ ready: true });
