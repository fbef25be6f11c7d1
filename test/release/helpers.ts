import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixtures = path.join(repoRoot, "test/fixtures/release");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion (bounded by `timeoutMs`) and resolves with its exit code and output. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1", ...options.env },
        timeout: options.timeoutMs ?? 60_000,
        killSignal: "SIGKILL",
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const ms = performance.now() - started;
        if (!error) resolve({ code: 0, stdout, stderr, ms });
        else if (error.killed) reject(new Error(`${command} ${args.join(" ")} timed out:\n${stdout}\n${stderr}`));
        else if (typeof error.code === "number") resolve({ code: error.code, stdout, stderr, ms });
        else reject(error);
      },
    );
  });
}

/** `node <script> ...args` with the Node running the tests. */
export function runNode(script: string, args: string[], options: { cwd: string; timeoutMs?: number }) {
  return run(process.execPath, [script, ...args], options);
}

/** git with a fixed identity and no signing, whatever the machine's configuration says. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await run(
    "git",
    ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main", ...args],
    {
      cwd,
      env: {
        GIT_AUTHOR_NAME: "Release Test",
        GIT_AUTHOR_EMAIL: "release-test@example.test",
        GIT_COMMITTER_NAME: "Release Test",
        GIT_COMMITTER_EMAIL: "release-test@example.test",
        GIT_CONFIG_NOSYSTEM: "1",
      },
      timeoutMs: 30_000,
    },
  );
  if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed (${result.code}):\n${result.stderr}`);
  return result.stdout;
}
