/**
 * One call of bench/memory.js in a fresh process, so its peak RSS is its own:
 * `akua-sdk` (a GET through the built client, default maxResponseBytes) or `fetch`
 * (bare fetch reading the whole body, as code without a limit does), or `idle`
 * (nothing: the process's own baseline). A bare fetch of an endless body is cut
 * after `cutMs`. Prints `{ rssMiB, result, ms }` as JSON.
 *
 *   node bench/memory-child.js <akua-sdk|fetch|idle> <url> <answer> <cutMs>
 */
import { importBuilt } from "./harness.js";

const [contender, url, answer, cut] = process.argv.slice(2);
const cutMs = Number(cut ?? 10_000);
const sdk = await importBuilt();
const started = performance.now();
let result = "";
try {
  if (contender === "akua-sdk") {
    const akua = sdk.createAkuaClient({ baseUrl: url, token: "sk_akua_bench", maxRetries: 0 });
    const query = /** @type {{ limit?: number }} */ (/** @type {unknown} */ ({ answer }));
    const { response } = await akua.GET("/regions", { params: { query } });
    result = `${response.status}`;
  } else if (contender === "fetch") {
    const response = await fetch(`${url}/regions?answer=${answer}`, { signal: AbortSignal.timeout(cutMs) });
    const bytes = await response.arrayBuffer();
    result = `${bytes.byteLength} bytes read`;
  } else result = "idle";
} catch (error) {
  const e = /** @type {Error} */ (error);
  result = e.name === "TimeoutError" ? `cut after ${cutMs} ms` : `${e.name}: ${e.message.slice(0, 80)}`;
}
const ms = performance.now() - started;
const rssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ rssMiB, result, ms }));
