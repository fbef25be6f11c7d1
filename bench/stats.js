/**
 * Small statistics for benchmarks: median and spread of repeated samples.
 */

/** @param {number[]} samples */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * Half the interquartile range relative to the median, in percent (a robust "±").
 * @param {number[]} samples
 */
export function spreadPercent(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length < 2) return 0;
  const q = (/** @type {number} */ p) =>
    /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]);
  const m = median(samples);
  return m === 0 ? 0 : ((q(0.75) - q(0.25)) / 2 / m) * 100;
}

/**
 * `1234 ms ±4%` style.
 * @param {number[]} samples milliseconds
 */
export function formatMs(samples) {
  return `${median(samples).toFixed(0)} ms ±${spreadPercent(samples).toFixed(0)}%`;
}

/**
 * Half the interquartile range in the samples' own unit (a robust "±" for values
 * near zero, such as differences).
 * @param {number[]} samples
 */
export function spreadAbsolute(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length < 2) return 0;
  const q = (/** @type {number} */ p) =>
    /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]);
  return (q(0.75) - q(0.25)) / 2;
}

/**
 * `123.4 µs ±3%` style: the median with its relative spread.
 * @param {number[]} samples
 * @param {string} unit
 * @param {number} [digits]
 */
export function formatMedian(samples, unit, digits = 1) {
  return `${median(samples).toFixed(digits)} ${unit} ±${spreadPercent(samples).toFixed(0)}%`;
}

/**
 * `+12.3 µs ±1.5` style: the median with its absolute spread (for differences).
 * @param {number[]} samples
 * @param {string} unit
 * @param {number} [digits]
 */
export function formatDelta(samples, unit, digits = 1) {
  const m = median(samples);
  return `${m >= 0 ? "+" : ""}${m.toFixed(digits)} ${unit} ±${spreadAbsolute(samples).toFixed(digits)}`;
}

/**
 * Per-round ratios a[i] / b[i] of two interleaved series (drift cancels out).
 * @param {number[]} a
 * @param {number[]} b
 */
export function pairedRatios(a, b) {
  return a.map((x, i) => x / /** @type {number} */ (b[i]));
}

/**
 * Per-round differences a[i] - b[i] of two interleaved series.
 * @param {number[]} a
 * @param {number[]} b
 */
export function pairedDeltas(a, b) {
  return a.map((x, i) => x - /** @type {number} */ (b[i]));
}

/**
 * `1.04x ±2%`: the median of per-round ratios with its spread.
 * @param {number[]} ratios
 */
export function formatRatio(ratios) {
  return `${median(ratios).toFixed(2)}x ±${spreadPercent(ratios).toFixed(0)}%`;
}
