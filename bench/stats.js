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
