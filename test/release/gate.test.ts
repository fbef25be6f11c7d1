import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changelogMarksBreaking, parseChangeset, readPendingChangesets } from "../../scripts/release/changesets.js";
import { checkGate, type Declaration } from "../../scripts/release/gate.js";
import { bumpBetween, compareVersions, maxBump } from "../../scripts/release/semver.js";

const changeset = (bump: Declaration["bump"], breaking = false): Declaration => ({
  source: ".changeset/x.md",
  bump,
  breaking,
});

describe("the gate's mapping", () => {
  // [needed, package version, declared, passes]
  const cases: [string, string, Declaration[], boolean][] = [
    ["none", "0.3.0", [], true],
    ["patch", "0.3.0", [], false],
    ["patch", "0.3.0", [changeset("patch")], true],
    ["minor", "0.3.0", [changeset("patch")], false],
    ["minor", "0.3.0", [changeset("minor")], true],
    ["minor", "1.2.0", [changeset("major")], true],
    // Below 1.0.0 a breaking change is a minor with a BREAKING: line (or a major, which releases 1.0.0).
    ["major", "0.3.0", [], false],
    ["major", "0.3.0", [changeset("patch", true)], false],
    ["major", "0.3.0", [changeset("minor")], false],
    ["major", "0.3.0", [changeset("minor", true)], true],
    ["major", "0.3.0", [changeset("minor"), changeset("patch", true)], false],
    ["major", "0.3.0", [changeset("major")], true],
    // From 1.0.0 only a major will do, BREAKING: line or not.
    ["major", "1.0.0", [changeset("minor", true)], false],
    ["major", "1.0.0", [changeset("major")], true],
    ["major", "2.4.1", [changeset("minor", true), changeset("major")], true],
  ];
  it.each(cases)("needs %s at %s, declared %j: passes %s", (required, fromVersion, declarations, ok) => {
    const result = checkGate({ required: required as any, fromVersion, declarations });
    expect(result.ok).toBe(ok);
  });

  it("says what is needed in changeset terms", () => {
    expect(checkGate({ required: "major", fromVersion: "0.3.0", declarations: [] }).need).toMatch(
      /`minor` changeset whose summary has a line starting `BREAKING:`.*below 1\.0\.0/,
    );
    expect(checkGate({ required: "major", fromVersion: "1.0.0", declarations: [] }).need).toMatch(/`major` changeset/);
  });
});

describe("changesets", () => {
  it("parses the frontmatter and finds a BREAKING: line", () => {
    const parsed = parseChangeset(
      '---\n"akua-sdk": minor\nother-pkg: patch\n---\n\nDrop `name`.\n\nBREAKING: `Widget.name` is gone; use `label`.\n',
      "x.md",
    );
    expect([...parsed.releases]).toEqual([
      ["akua-sdk", "minor"],
      ["other-pkg", "patch"],
    ]);
    expect(parsed.summary).toMatch(/^Drop/);
  });

  it("rejects a changeset without frontmatter or with an unknown bump", () => {
    expect(() => parseChangeset("no frontmatter\n", "a.md")).toThrow(/a\.md: a changeset starts with/);
    expect(() => parseChangeset("---\nakua-sdk: huge\n---\nx\n", "b.md")).toThrow(/b\.md: "akua-sdk" has bump "huge"/);
  });

  it("reads pending changesets for the package only, skipping README.md and empty ones", async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), "akua-changesets-"));
    try {
      await mkdir(path.join(repo, ".changeset"));
      const write = (name: string, text: string) => writeFile(path.join(repo, ".changeset", name), text);
      await write("README.md", "# Changesets\n");
      await write("config.json", "{}");
      await write("a-break.md", "---\n'akua-sdk': minor\n---\n\nRename.\nBREAKING: `x` is now `y`.\n");
      await write("b-other.md", "---\nother: major\n---\n\nNot ours.\n");
      await write("c-empty.md", "---\n---\n\nNothing to release.\n");
      await write("d-fix.md", "---\nakua-sdk: patch\n---\n\nFix. Not BREAKING: in the middle of a line.\n");
      const found = await readPendingChangesets(repo, "akua-sdk");
      expect(found.map(({ file, bump, breaking }) => ({ file, bump, breaking }))).toEqual([
        { file: ".changeset/a-break.md", bump: "minor", breaking: true },
        { file: ".changeset/d-fix.md", bump: "patch", breaking: false },
      ]);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it("finds BREAKING: lines in CHANGELOG.md sections after a version, as changeset version writes them", () => {
    const changelog = [
      "# akua-sdk",
      "",
      "## 0.3.0",
      "",
      "### Minor Changes",
      "",
      "- 1a2b3c4: Drop `name`.",
      "",
      "  BREAKING: `Widget.name` is gone.",
      "",
      "## 0.2.1",
      "",
      "- 5d6e7f8: BREAKING: an old one",
      "",
    ].join("\n");
    expect(changelogMarksBreaking(changelog, "0.2.1", "0.3.0")).toBe(true);
    expect(changelogMarksBreaking(changelog, "0.3.0", "0.3.0")).toBe(false);
    expect(changelogMarksBreaking(changelog, "0.2.0", "0.2.1")).toBe(true); // first-line form
    expect(changelogMarksBreaking("## 0.3.0\n\n- abc1234: Not breaking.\n", "0.2.0", "0.3.0")).toBe(false);
  });
});

describe("semver", () => {
  it("names the bump between versions and orders them", () => {
    expect(bumpBetween("0.1.0", "0.2.0")).toBe("minor");
    expect(bumpBetween("0.9.3", "1.0.0")).toBe("major");
    expect(bumpBetween("1.2.3", "1.2.4")).toBe("patch");
    expect(bumpBetween("1.2.3", "1.2.3")).toBe("none");
    expect(bumpBetween("1.2.3", "1.0.0")).toBe("none");
    expect(compareVersions("1.0.0-beta.1", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("0.10.0", "0.9.0")).toBeGreaterThan(0);
    expect(maxBump(["patch", "none", "minor"])).toBe("minor");
  });
});
