import type { FileKind, RecordSource } from "./types";

/** File extensions jobtags reads, and the reader each one gets. */
export const FILE_KINDS: Readonly<Record<string, FileKind>> = {
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  txt: "text",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  csv: "csv",
};

/** Extensions a directory is searched for, as a fast-glob brace list. */
export const GLOB_EXTENSIONS = `{${Object.keys(FILE_KINDS).join(",")}}`;

/** Largest file read whole (every kind but the streamed JSON Lines and CSV). */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;

/** Longest JSON Lines line accepted; longer lines become an error record and are skipped. */
export const MAX_LINE_BYTES = 50 * 1024 * 1024;

/** The lower-case extension of a path without the dot ("" when it has none). */
export function extensionOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? path.slice(dot + 1).toLowerCase() : "";
}

/** The reader for a path, or undefined when jobtags does not read that extension. */
export function fileKindOf(path: string): FileKind | undefined {
  return FILE_KINDS[extensionOf(path)];
}

/** The file name without directory and extension: the id of a one-posting file. */
export function stemOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/** "file:line" (or "<stdin>:line", "file[3]", "file row 2") for messages. */
export function describeSource(source: RecordSource): string {
  const file = source.file ?? "<stdin>";
  if (source.line !== undefined) return `${file}:${source.line}`;
  if (source.index !== undefined) return `${file}[${source.index}]`;
  if (source.row !== undefined) return `${file} row ${source.row}`;
  return file;
}
