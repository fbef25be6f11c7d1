/**
 * Preloaded into a measured child (`node --import ./bench/report-rss.js <entry>`): on exit,
 * writes the process's peak resident set size in bytes and the CPU time it used in ms (user +
 * system; worker threads included: they share the process) as JSON to the file named by
 * AKUA_BENCH_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env["AKUA_BENCH_RSS_FILE"];
if (file) {
  process.on("exit", () => {
    try {
      const usage = process.resourceUsage(); // maxRSS in kilobytes, CPU times in microseconds
      const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
      writeFileSync(file, JSON.stringify({ rssBytes: usage.maxRSS * 1024, cpuMs }));
    } catch {
      // the figure is missing, the run still counts
    }
  });
}
