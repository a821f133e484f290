import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A temporary name beside `path`, so the final rename stays on one file system. */
export function temporaryPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/**
 * Replaces a file's content all at once: readers see the old file or the new one, never half
 * of it, and a crash leaves the original in place. An existing file keeps its permissions.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const mode = await stat(path).then(
    (stats) => stats.mode & 0o7777,
    () => undefined,
  );
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, text, mode === undefined ? {} : { mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
