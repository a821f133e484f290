import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { CSV_NEWLINE, csvHeader } from "../formats/csv";
import type { OutputFormat } from "../formats/types";
import { temporaryPathFor, writeFileAtomic } from "./atomic-write";
import type { Outcome } from "./process";

/** Where outcomes go, in input order. */
export interface Sink {
  write(outcomes: readonly Outcome[]): Promise<void>;
  /** Completes the output (closing bracket, rename into place). Called once, at the end. */
  close(): Promise<void>;
  /** Gives up: removes anything half-written. */
  abort(): Promise<void>;
}

async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length === 0 || stream.write(chunk)) return;
  await once(stream, "drain");
}

/** Most UTF-8 bytes one UTF-16 unit can take (a surrogate pair takes 4 for its 2 units). */
const MAX_UTF8_BYTES_PER_UNIT = 3;
const EXACT_SIZE_ABOVE = 4 * 1024 * 1024;

/**
 * `parts` joined, as UTF-8. Each part is encoded straight into one buffer: joining the
 * strings first built a rope of the whole batch that had to be copied flat before encoding.
 */
function utf8Of(parts: readonly string[]): Buffer {
  let units = 0;
  for (const part of parts) units += part.length;
  let size = units * MAX_UTF8_BYTES_PER_UNIT;
  // A batch of huge records is measured rather than given three times its size.
  if (size > EXACT_SIZE_ABOVE) {
    size = 0;
    for (const part of parts) size += Buffer.byteLength(part);
  }
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const part of parts) at += bytes.write(part, at);
  return bytes.subarray(0, at);
}

/**
 * One output stream in a format: JSON Lines (a line per record), a JSON array, CSV with a
 * header row, or markdown files one after another. Failed records write their error in place
 * (not in markdown, which has no place for it).
 */
export class StreamSink implements Sink {
  private count = 0;
  private started = false;
  private failure: Error | undefined;

  constructor(
    private readonly format: OutputFormat,
    private readonly stream: Writable,
    private readonly endStream: boolean,
  ) {
    // A file stream reports open and write failures as events; keep them for the next write.
    if (endStream) stream.on("error", (error) => (this.failure ??= error));
  }

  async write(outcomes: readonly Outcome[]): Promise<void> {
    const parts: string[] = [this.start()];
    for (const outcome of outcomes) {
      if (outcome.status === "skipped" || outcome.output === undefined) continue;
      switch (this.format) {
        case "jsonl":
          parts.push(outcome.output, "\n");
          break;
        case "json":
          parts.push(this.count === 0 ? "\n" : ",\n", outcome.output);
          break;
        case "csv":
          parts.push(outcome.output, CSV_NEWLINE);
          break;
        case "md":
          parts.push(outcome.output);
          break;
      }
      this.count += 1;
    }
    if (this.failure) throw this.failure;
    await writeChunk(this.stream, utf8Of(parts));
  }

  async close(): Promise<void> {
    let chunk = this.start();
    if (this.format === "json") chunk += this.count === 0 ? "]\n" : "\n]\n";
    if (this.failure) throw this.failure;
    await writeChunk(this.stream, chunk);
    if (this.endStream) {
      const finished = once(this.stream, "finish");
      this.stream.end();
      await finished;
    }
  }

  async abort(): Promise<void> {
    if (this.endStream) this.stream.destroy();
  }

  private start(): string {
    if (this.started) return "";
    this.started = true;
    if (this.format === "json") return "[";
    if (this.format === "csv") return csvHeader() + CSV_NEWLINE;
    return "";
  }
}

/** A `StreamSink` into a temporary file renamed over `path` when complete. */
export class FileSink implements Sink {
  private readonly temporary: string;
  private readonly inner: StreamSink;

  constructor(
    format: OutputFormat,
    private readonly path: string,
  ) {
    this.temporary = temporaryPathFor(path);
    this.inner = new StreamSink(format, createWriteStream(this.temporary), true);
  }

  write(outcomes: readonly Outcome[]): Promise<void> {
    return this.inner.write(outcomes);
  }

  async close(): Promise<void> {
    await this.inner.close();
    await rename(this.temporary, this.path);
  }

  async abort(): Promise<void> {
    await this.inner.abort();
    await rm(this.temporary, { force: true });
  }
}

const UNSAFE_NAME = /[^\w.-]+/g;

/** A file name from a record id: letters, digits, `.`, `_` and `-` only, at most 200 characters. */
export function fileNameFor(id: string | null, position: number): string {
  const safe = (id ?? "")
    .replace(UNSAFE_NAME, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 200);
  return safe === "" ? `record-${position}` : safe;
}

/** One markdown file per record in a directory, named after the record id. */
export class DirectorySink implements Sink {
  private position = 0;
  private readonly used = new Set<string>();
  private ready: Promise<unknown> | undefined;

  constructor(private readonly directory: string) {}

  async write(outcomes: readonly Outcome[]): Promise<void> {
    this.ready ??= mkdir(this.directory, { recursive: true });
    await this.ready;
    for (const outcome of outcomes) {
      if (outcome.status === "skipped") continue;
      this.position += 1;
      if (outcome.output === undefined) continue;
      const base = fileNameFor(outcome.id, this.position);
      let name = base;
      for (let copy = 2; this.used.has(name); copy += 1) name = `${base}-${copy}`;
      this.used.add(name);
      await writeFileAtomic(join(this.directory, `${name}.md`), outcome.output);
    }
  }

  async close(): Promise<void> {}

  async abort(): Promise<void> {}
}

/** Rewrites markdown inputs in place, or prints the diffs that would be applied (`--dry-run`). */
export class InPlaceSink implements Sink {
  changed = 0;
  unchanged = 0;

  constructor(
    private readonly dryRun: boolean,
    private readonly stdout: Writable,
  ) {}

  async write(outcomes: readonly Outcome[]): Promise<void> {
    for (const outcome of outcomes) {
      if (outcome.status !== "ok" || outcome.edit === undefined) continue;
      const edit = outcome.edit;
      if (edit.text === null) {
        this.unchanged += 1;
        continue;
      }
      this.changed += 1;
      if (this.dryRun) await writeChunk(this.stdout, edit.diff);
      else await writeFileAtomic(edit.file, edit.text);
    }
  }

  async close(): Promise<void> {}

  async abort(): Promise<void> {}
}
