/**
 * dropChanged (scripts/watch.js): which parsed files watch mode parses again after a change.
 */
import { mkdtemp, rename, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BaseResolver } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropChanged } from "../scripts/drop-changed.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "akua-drop-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function parsed(files: Record<string, string>) {
  const resolver = new BaseResolver();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  for (const name of Object.keys(files)) await resolver.resolveDocument(null, path.join(dir, name));
  return resolver;
}

describe("dropChanged", () => {
  it("drops exactly the files whose text changed, also when size and mtime stay the same", async () => {
    const resolver = await parsed({ "a.yaml": "type: string\n", "b.yaml": "type: number\n" });
    expect(await dropChanged(resolver)).toEqual([]); // reads both, remembers their stat

    const a = path.join(dir, "a.yaml");
    const before = new Date("2024-01-01T00:00:00Z");
    await utimes(a, before, before);
    expect(await dropChanged(resolver)).toEqual([]); // another stat: read again, same text

    await writeFile(a, "type: object\n"); // same length
    await utimes(a, before, before); // and the same mtime: the ctime still moved
    expect(await dropChanged(resolver)).toEqual([a]);
    expect([...resolver.cache.keys()]).toEqual([path.join(dir, "b.yaml")]);
  });

  it("sees a save through a temporary file and a rename, and a deleted file", async () => {
    const resolver = await parsed({ "c.yaml": "type: string\n", "d.yaml": "type: string\n" });
    await dropChanged(resolver);
    const c = path.join(dir, "c.yaml");
    const d = path.join(dir, "d.yaml");
    await writeFile(`${c}.tmp`, "type: string\n");
    await rename(`${c}.tmp`, c); // same text, new inode: read again, kept
    await rm(d);
    expect(await dropChanged(resolver)).toEqual([d]);
    await writeFile(`${c}.tmp`, "type: integer\n");
    await rename(`${c}.tmp`, c);
    expect(await dropChanged(resolver)).toEqual([c]);
  });
});
