/**
 * The three ways bench/client.js sends the same GET and POST to the loopback
 * server: raw fetch, bare openapi-fetch (createClient with the generated
 * `paths`), and createAkuaClient from the built package (retries enabled but
 * unused: the server always answers 2xx). Each reads the whole JSON body.
 */
import createClient from "openapi-fetch";
import { importBuilt } from "./harness.js";

export const TOKEN = "sk_akua_bench";
const CLUSTER_ID = "clu_yekwrt01e867fm8a";
const IMPORT_BODY = {
  name: "edge-1",
  region_id: "reg_4n8p2x6v",
  kubeconfig: "apiVersion: v1\nkind: Config\nclusters: []\n",
};

/** @typedef {{ name: string, get: () => Promise<unknown>, post: () => Promise<unknown> }} Contender */

/** @param {string} baseUrl e.g. `http://127.0.0.1:PORT/v1` */
export async function rawFetch(baseUrl) {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const body = JSON.stringify(IMPORT_BODY);
  /** @type {Contender} */
  const contender = {
    name: "raw fetch",
    get: async () => (await fetch(`${baseUrl}/clusters/${CLUSTER_ID}`, { headers: auth })).json(),
    post: async () =>
      (
        await fetch(`${baseUrl}/clusters:import`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body,
        })
      ).json(),
  };
  return contender;
}

/** @param {string} baseUrl */
export async function bareOpenapiFetch(baseUrl) {
  /** @type {import("openapi-fetch").Client<import("../generated/openapi.js").paths>} */
  const client = createClient({ baseUrl, headers: { authorization: `Bearer ${TOKEN}` } });
  /** @type {Contender} */
  const contender = {
    name: "openapi-fetch",
    get: async () => (await client.GET("/clusters/{id}", { params: { path: { id: CLUSTER_ID } } })).data,
    post: async () => (await client.POST("/clusters:import", { body: IMPORT_BODY })).data,
  };
  return contender;
}

/** @param {string} baseUrl */
export async function akuaSdk(baseUrl) {
  const { createAkuaClient } = await importBuilt();
  const akua = createAkuaClient({ baseUrl, token: TOKEN, maxRetries: 2 });
  /** @type {Contender} */
  const contender = {
    name: "akua-sdk",
    get: async () => (await akua.GET("/clusters/{id}", { params: { path: { id: CLUSTER_ID } } })).data,
    post: async () => (await akua.POST("/clusters:import", { body: IMPORT_BODY })).data,
  };
  return contender;
}

/** @type {Record<string, (baseUrl: string) => Promise<Contender>>} */
export const contenders = { raw: rawFetch, "openapi-fetch": bareOpenapiFetch, akua: akuaSdk };

/**
 * Sends `count` requests with `concurrency` in flight and returns microseconds
 * per request (wall time / count).
 * @param {() => Promise<unknown>} send
 * @param {number} count
 * @param {number} concurrency
 */
export async function batch(send, count, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const data = await send();
      if (data === undefined || data === null) throw new Error("a request answered no data");
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return ((performance.now() - start) * 1000) / count;
}
