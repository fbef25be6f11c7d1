/**
 * Preloaded into a measured child (`node --import ./bench/report-rss.js <entry>`): on exit,
 * writes the process's peak resident set size in bytes (worker threads included: they share
 * the process) to the file named by AKUA_BENCH_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env["AKUA_BENCH_RSS_FILE"];
if (file) {
  process.on("exit", () => {
    try {
      // resourceUsage().maxRSS is in kilobytes
      writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
    } catch {
      // the figure is missing, the run still counts
    }
  });
}
