/**
 * Vitest global setup: builds dist/ with tsup when it is missing or older than the sources,
 * so the CLI tests (test/cli.*) run the real bin (dist/cli.js) and import the real builds.
 * It builds once, before any test file runs (a rebuild during the run would wipe dist/ under
 * running tests), and tells the test files through the environment. A build failure does not
 * stop the run: only the tests that need dist/ fail, with the build's message.
 * A lock directory keeps parallel test runs from building over each other.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUTPUTS = ["dist/cli.js", "dist/worker.js", "dist/index.js", "dist/index.cjs"];
const INPUTS = ["package.json", "tsup.config.ts", "tsconfig.json"];
const LOCK = join(ROOT, ".tmp", "build.lock");
const LOCK_STALE_MS = 5 * 60_000;

function mtime(path: string): number | undefined {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestSource(): number {
  let newest = Math.max(...INPUTS.map((path) => mtime(path) ?? 0));
  for (const entry of readdirSync(join(ROOT, "src"), { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const built = OUTPUTS.map(mtime);
  if (built.some((time) => time === undefined)) return false;
  return Math.min(...(built as number[])) >= newestSource();
}

async function withLock(work: () => void): Promise<void> {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (mtime(".tmp/build.lock") ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ unless it is newer than every source; safe to call from many test files. */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  await withLock(() => {
    if (isFresh()) return;
    execFileSync(process.execPath, [join(ROOT, "node_modules", "tsup", "dist", "cli-default.js")], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
  });
}

const SNAPSHOT = "JOBTAGS_TEST_DIST";
const FAILED = "JOBTAGS_DIST_BUILD_FAILED";

/** Whether the run may include tests that need dist/ (no file filter, or one naming them). */
function runNeedsDist(): boolean {
  const filters = process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith("-") && arg !== "run" && arg !== "watch");
  return filters.length === 0 || filters.some((filter) => /cli|dist/.test(filter));
}

/**
 * Copies the fresh dist/ aside for this run: anyone may rebuild dist/ meanwhile (tsup empties
 * it first), and the CLI tests must not see it half-written. The copy stays inside the
 * repository, so its imports still resolve from node_modules.
 */
function snapshotDist(): string {
  const snapshot = join(ROOT, ".tmp", `dist-test-${process.pid}`);
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(join(ROOT, "dist"), snapshot, { recursive: true });
  return snapshot;
}

export default async function setup(): Promise<(() => void) | undefined> {
  if (!runNeedsDist()) return undefined;
  try {
    await ensureBuilt();
    const snapshot = snapshotDist();
    process.env[SNAPSHOT] = snapshot;
    return () => rmSync(snapshot, { recursive: true, force: true });
  } catch (error) {
    process.env[FAILED] = error instanceof Error ? error.message : String(error);
    return undefined;
  }
}

/**
 * For test files that run the built CLI: resolves with the directory holding this run's
 * built files. Under the global setup it only reads the setup's verdict; without it, it builds.
 */
export async function distReady(): Promise<string> {
  const failure = process.env[FAILED];
  if (failure !== undefined) throw new Error(`npm run build failed, so dist/ is stale: ${failure}`);
  const snapshot = process.env[SNAPSHOT];
  if (snapshot !== undefined) return snapshot;
  await ensureBuilt();
  return join(ROOT, "dist");
}
