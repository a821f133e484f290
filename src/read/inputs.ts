import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FILE_KINDS, fileKindOf, GLOB_EXTENSIONS } from "./kinds";
import type { InputSource } from "./types";

const SUPPORTED = Object.keys(FILE_KINDS)
  .map((extension) => `.${extension}`)
  .join(", ");

function fileSource(path: string, bytes: number): InputSource {
  const fileKind = fileKindOf(path);
  if (fileKind === undefined) {
    return {
      kind: "unreadable",
      path,
      error: {
        code: "unsupported-format",
        message: `not a format jobtags reads (${SUPPORTED})`,
      },
    };
  }
  return { kind: "file", path, fileKind, bytes };
}

async function globFiles(
  pattern: string,
  cwd?: string,
): Promise<{ path: string; bytes: number }[]> {
  // Loaded on demand: most runs name files or read stdin.
  const { default: fg } = await import("fast-glob");
  const entries = await fg(pattern, {
    ...(cwd === undefined ? {} : { cwd }),
    onlyFiles: true,
    stats: true,
    ignore: ["**/node_modules/**"],
  });
  return entries
    .map((entry) => ({
      path: cwd === undefined ? entry.path : join(cwd, entry.path),
      bytes: entry.stats?.size ?? 0,
    }))
    .filter((entry) => fileKindOf(entry.path) !== undefined)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Expands command-line arguments into inputs, in argument order: `-` is standard input, a file
 * is itself, a directory is every supported file below it and a glob every supported file it
 * matches (both sorted by path). No argument means standard input. A path named twice is read
 * once. Arguments that match nothing become unreadable inputs, so they are reported in place.
 */
export async function resolveInputs(args: readonly string[]): Promise<InputSource[]> {
  if (args.length === 0) return [{ kind: "stdin" }];
  const inputs: InputSource[] = [];
  const seen = new Set<string>();
  const add = (input: InputSource) => {
    const key = input.kind === "stdin" ? "-" : resolve(input.path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };

  for (const arg of args) {
    if (arg === "-") {
      add({ kind: "stdin" });
      continue;
    }
    const stats = await stat(arg).catch(() => undefined);
    if (stats?.isFile()) {
      add(fileSource(arg, stats.size));
    } else if (stats?.isDirectory()) {
      for (const file of await globFiles(`**/*.${GLOB_EXTENSIONS}`, arg)) {
        add(fileSource(file.path, file.bytes));
      }
    } else {
      const { default: fg } = await import("fast-glob");
      if (stats === undefined && fg.isDynamicPattern(arg)) {
        const files = await globFiles(arg);
        if (files.length === 0) {
          add({
            kind: "unreadable",
            path: arg,
            error: { code: "read-failed", message: "no supported file matches this pattern" },
          });
        }
        for (const file of files) add(fileSource(file.path, file.bytes));
      } else {
        add({
          kind: "unreadable",
          path: arg,
          error: {
            code: "read-failed",
            message: stats === undefined ? "no such file or directory" : "not a file or directory",
          },
        });
      }
    }
  }
  return inputs;
}
