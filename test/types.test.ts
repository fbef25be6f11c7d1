/**
 * The types step hands the bundle straight to openapi-typescript's transform, skipping the
 * Redocly v1 lint and bundle of its openapiTS() entry, and loads openapi-typescript's
 * CommonJS build: the output must be what bare openapi-typescript's ES module build makes.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { minimalSpec } from "./fixtures/minimal-spec.js";
import { bundleSpec } from "../scripts/bundle.js";
import { openSpec, repoRoot } from "../scripts/spec-config.js";
import { startTypesWorker, typesOfOwnCopy, typesViaOpenapiTS } from "../scripts/types.js";

/** What bare openapi-typescript's command line runs: the ES module build through openapiTS(). */
async function bare(document: unknown) {
  return typesViaOpenapiTS(document, await import("openapi-typescript"));
}

const publicSpec = path.resolve(repoRoot, "../shared/akua-api/public-structure.json");
if (!existsSync(publicSpec)) {
  console.warn(`types: skipping the public description's comparison: ${publicSpec} is not beside this checkout`);
}

async function bundled(root?: string) {
  return (await bundleSpec(await openSpec({ root }))).document;
}

/** A document with what the transform treats specially: discriminators, unions, enums, nullables. */
function unusualSpec(): any {
  const spec = minimalSpec();
  spec.components.schemas.Pet = {
    oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
    discriminator: {
      propertyName: "kind",
      mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" },
    },
  };
  spec.components.schemas.Cat = {
    type: "object",
    required: ["kind"],
    properties: { kind: { type: "string", enum: ["cat"] }, lives: { type: ["integer", "null"], default: 9 } },
  };
  spec.components.schemas.Dog = {
    allOf: [
      { $ref: "#/components/schemas/Cat" },
      { type: "object", properties: { good: { type: "boolean", deprecated: true } } },
    ],
  };
  return spec;
}

describe("types straight from openapi-typescript's transform", () => {
  it("equal openapiTS()'s for our spec", async () => {
    const document = await bundled();
    expect(await typesOfOwnCopy(structuredClone(document))).toBe(await bare(document));
  });

  it.skipIf(!existsSync(publicSpec))("equal openapiTS()'s for the public description (../shared)", async () => {
    const document = await bundled(publicSpec);
    expect(await typesOfOwnCopy(structuredClone(document))).toBe(await bare(document));
  });

  it("equal openapiTS()'s for discriminators, unions, enums and defaults", async () => {
    const document = unusualSpec();
    const types = await typesOfOwnCopy(structuredClone(document));
    expect(types).toMatch(/kind: "cat"/);
    expect(types).toBe(await bare(document));
  });

  it("refuse what openapiTS() refuses for its version, with its messages", async () => {
    for (const version of [{ swagger: "2.0" }, { openapi: "4.0.0" }, { openapi: "x" }, {}]) {
      const document = { ...version, info: { title: "t", version: "1" }, paths: {} };
      const ours = await typesOfOwnCopy(structuredClone(document)).catch((e: Error) => e.message);
      const theirs = await bare(document).catch((e: Error) => e.message);
      expect(ours).toMatch(/^Unsupported/);
      expect(ours).toBe(theirs);
    }
  });
});

describe("the types worker", () => {
  const worker = startTypesWorker();
  afterAll(() => worker.close());

  it("fails like bare openapi-typescript with `full` where its own lint finds an error", async () => {
    const document = minimalSpec();
    document.paths["/widgets"].post.requestBody.content["application/json"].schema = {
      $ref: "#/components/schemas/Missing",
    };
    await expect(worker.generate(document)).resolves.toMatch(/export interface paths/);
    await expect(worker.generate(document, { full: true })).rejects.toThrow(/Can't resolve \$ref/);
  });
});
