/**
 * Step 1 of the pipeline: lint the spec with redocly.yaml (Redocly's
 * `recommended`, the configurable rules and the local `akua` plugin),
 * honouring .redocly.lint-ignore.yaml. Run alone with `npm run lint`. The example
 * rules' validators are compiled without ajv's code optimizer (scripts/example-compile.js).
 */
import path from "node:path";
import { getLineColLocation, lint } from "@redocly/openapi-core";
import { skipValidatorCodeOptimizer } from "./example-compile.js";
import { formatProblem, summarize } from "./lint-format.js";
import { openSpec, repoRoot } from "./spec-config.js";

export { formatProblem, summarize };

/** @typedef {import("./lint-format.js").LintProblem} LintProblem */

/**
 * Lints the spec and returns the problems that the ignore file does not list.
 * @param {import("./spec-config.js").SpecSession} session
 * @returns {Promise<LintProblem[]>}
 */
export async function lintSpec({ root, resolver, config }) {
  await skipValidatorCodeOptimizer();
  const raw = await lint({ ref: root, config, externalRefResolver: resolver });
  return raw
    .map((problem) => config.addProblemToIgnore(problem))
    .filter((problem) => !problem.ignored)
    .map(toLintProblem)
    .sort((a, b) => a.file.localeCompare(b.file)); // stable: walk order within a file
}

/**
 * Line and column are computed on first read: finding them means parsing the file's
 * YAML AST, which dominated the lint step on large descriptions with many problems
 * (most of which `generate --lint=report` never prints).
 * @param {import("@redocly/openapi-core").NormalizedProblem} problem
 * @returns {LintProblem}
 */
function toLintProblem(problem) {
  const location = problem.location[0];
  /** @type {{ line: number, col: number } | undefined} */
  let start;
  const position = () => {
    if (start) return start;
    start = { line: 1, col: 1 };
    if (location) {
      try {
        start = getLineColLocation(location).start;
      } catch {
        // a location without a position in its source: report the file only
      }
    }
    return start;
  };
  const absolute = location?.source.absoluteRef ?? "";
  const relative = path.relative(repoRoot, absolute);
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    file: relative.startsWith("..") ? absolute : relative,
    get line() {
      return position().line;
    },
    get col() {
      return position().col;
    },
    pointer: location?.pointer ?? "",
  };
}

async function main() {
  const rootArg = process.argv.indexOf("--root");
  const session = await openSpec({ root: rootArg > 0 ? process.argv[rootArg + 1] : undefined });
  const problems = await lintSpec(session);
  for (const p of problems) console.log(formatProblem(p));
  const { errors, warnings } = summarize(problems);
  console.log(`lint: ${errors} error(s), ${warnings} warning(s) in ${path.relative(repoRoot, session.root)}`);
  process.exitCode = errors > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
