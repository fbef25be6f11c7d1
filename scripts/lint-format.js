/**
 * How lint problems are counted and printed (one line each), shared by `npm run lint`,
 * `generate` and its watch mode. No Redocly import: cheap to load.
 */

/**
 * @typedef {object} LintProblem
 * @property {string} ruleId
 * @property {"error" | "warn"} severity
 * @property {string} message
 * @property {string} file path relative to the repository (or absolute outside it)
 * @property {number} line
 * @property {number} col
 * @property {string} pointer JSON pointer inside that file
 */

/**
 * One line a problem: `file:line:col  severity  rule  message`.
 * @param {LintProblem} p
 */
export function formatProblem(p) {
  return `${p.file}:${p.line}:${p.col}  ${p.severity}  ${p.ruleId}  ${p.message}`;
}

/**
 * @param {LintProblem[]} problems
 */
export function summarize(problems) {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
