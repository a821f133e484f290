import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The built bin of this test run: the global setup's snapshot of dist/, else dist/ itself. */
export function cliPath(): string {
  return join(process.env.JOBTAGS_TEST_DIST ?? join(ROOT, "dist"), "cli.js");
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `jobtags` bin with arguments and stdin; resolves when it exits. */
export function runCli(
  args: readonly string[],
  options: { stdin?: string; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath(), ...args], {
      cwd: options.cwd ?? ROOT,
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => {});
    child.stdin.end(options.stdin ?? "");
  });
}

/** Every stdout line parsed as JSON (throws if one is not JSON: stdout must be pure JSON Lines). */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split("\n");
  if (lines.pop() !== "") throw new Error("stdout does not end with a line break");
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The summary stderr always ends with: records N, failed F, S s, R records/s. */
export const SUMMARY = /^records (\d+), failed (\d+), \d+\.\d\d s, \d+ records\/s$/m;
