/**
 * How every example connects: to an embedded fake Akua server by default, and to
 * the real API only when asked explicitly (`--live` or AKUA_EXAMPLES_LIVE=1, with
 * AKUA_TOKEN) — never merely because a token happens to be in the environment.
 */
import { createAkuaClient } from "akua-sdk";
import { paginate } from "akua-sdk/paginate";

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function isLive(argv, env) {
  return argv.includes("--live") || env["AKUA_EXAMPLES_LIVE"] === "1";
}

/**
 * @typedef {object} Connection
 * @property {import("akua-sdk").AkuaClient} akua
 * @property {boolean} live
 * @property {() => Promise<void>} close
 */

/**
 * @param {{ argv?: string[], env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<Connection>}
 */
export async function connect(options = {}) {
  const argv = options.argv ?? process.argv.slice(2);
  const env = options.env ?? process.env;
  if (isLive(argv, env)) {
    const token = env["AKUA_TOKEN"];
    if (!token) throw new Error("--live needs AKUA_TOKEN");
    return { akua: createAkuaClient({ token, baseUrl: env["AKUA_BASE_URL"] }), live: true, close: async () => {} };
  }
  const { startFakeAkua } = await import("akua-sdk/testing");
  const fake = await startFakeAkua({ provisioning: { startMs: 300, readyMs: 1200 } });
  return { akua: createAkuaClient({ baseUrl: fake.url, token: fake.token }), live: false, close: () => fake.close() };
}

/**
 * Runs an example's body and turns its outcome into an exit code: 0 on success,
 * 1 with a one-line error (never a credential: SDK errors do not carry them).
 * @param {(log: (line: string) => void) => Promise<void>} body
 * @param {{ log?: (line: string) => void, error?: (line: string) => void }} [io]
 * @returns {Promise<number>}
 */
export async function runExample(body, io = {}) {
  const log = io.log ?? ((line) => console.log(line));
  const error = io.error ?? ((line) => console.error(line));
  try {
    await body(log);
    return 0;
  } catch (e) {
    error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/**
 * The value after `name` on the command line (`--out file` -> "file"), else `fallback`.
 * @template {string | undefined} F
 * @param {string} name
 * @param {F} fallback
 * @param {string[]} [argv]
 * @returns {string | F}
 */
export function flag(name, fallback, argv = process.argv.slice(2)) {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : undefined;
  return value && !value.startsWith("--") ? value : fallback;
}

/**
 * True when `moduleUrl` is the program node was started with.
 * @param {string} moduleUrl
 */
export function isMain(moduleUrl) {
  return process.argv[1] !== undefined && moduleUrl === new URL(`file://${process.argv[1]}`).href;
}

/**
 * A region to create clusters in: the first one listed, else a new one.
 * @param {import("akua-sdk").AkuaClient} akua
 * @param {() => import("akua-sdk").AkuaCallOptions} [within] per-call options (e.g. what is left of a deadline)
 */
export async function someRegion(akua, within = () => ({})) {
  for await (const region of paginate(akua, "/regions", { maxItems: 1, ...within() })) return region.id;
  const { unwrap } = await import("akua-sdk");
  return unwrap(await akua.POST("/regions", { body: { name: "examples" }, ...within() })).id;
}
