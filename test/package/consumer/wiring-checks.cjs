// What test/package/install.test.ts checks from the installed package, in ESM (wiring.mjs)
// and CJS (wiring.cjs): the two module systems pass in their own `akua-sdk` and `akua-sdk/testing`.
/** @param {{ sdk: typeof import("akua-sdk"), testing: typeof import("akua-sdk/testing") }} modules */
module.exports = async function checks({ sdk, testing }) {
  const { AkuaApiError, AkuaError, akuaMeta, createAkuaClient, isAkuaApiError, isAkuaError, unwrap } = sdk;
  const clock = testing.createTestClock({ autoAdvance: true });
  const fake = await testing.startFakeAkua({ clock, provisioning: { autoComplete: false } });
  /** @type {Record<string, unknown>} */
  const out = {};
  try {
    const akua = fake.client();
    out.meta = akuaMeta((await akua.GET("/clusters")).response)?.attempts;

    // An error thrown inside the client (not by the caller's unwrap) is the caller's akua-sdk class.
    const missing = await akua.waitForOperation("op_missing").catch((/** @type {any} */ e) => e);
    out.notFound = {
      instanceOfApiError: missing instanceof AkuaApiError,
      instanceOfError: missing instanceof AkuaError,
      isAkuaApiError: isAkuaApiError(missing),
      isAkuaError: isAkuaError(missing),
      status: missing.status,
    };

    // A client on the system clock against an auto-advancing fake fails fast.
    const op = unwrap(await akua.POST("/clusters", { body: { name: "stuck", region_id: "reg_eu" } }));
    const wrong = createAkuaClient({ baseUrl: fake.url, token: fake.token });
    const mismatch = await wrong.waitForOperation(op, { deadlineMs: 20_000 }).catch((/** @type {any} */ e) => e);
    out.mismatch = {
      instanceOfApiError: mismatch instanceof AkuaApiError,
      status: mismatch.status,
      saysHow: /clock: fake\.clock.*fake\.client\(\)/.test(mismatch.message),
    };

    // Validation without ajv installed: an invalid request is refused, naming the fields...
    const bad = await fetch(`${fake.url}/clusters`, {
      method: "POST",
      headers: { authorization: `Bearer ${fake.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "", region_id: "reg_eu", network_profle: "linux_cilium" }),
    });
    out.invalidRequest = {
      status: bad.status,
      messages: (await bad.json()).errors.map((/** @type {{ message: string }} */ e) => e.message),
    };
    // ...and an answer that breaks the spec is flagged.
    fake.operations.complete(op.id, /** @type {any} */ ({ type: "cluster.create" }));
    await akua.GET("/operations/{id}", { params: { path: { id: op.id } } });
    out.violations = fake.violations.map((v) => v.message);
    try {
      fake.assertNoViolations();
      out.assertNoViolations = "did not throw";
    } catch (error) {
      out.assertNoViolations = String(/** @type {Error} */ (error).message).split("\n")[0];
    }
    out.found = fake.operations.list({ type: "cluster.create" }).map((o) => o.id === op.id);
  } finally {
    await fake.close();
  }
  return out;
};
