import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { csvRowToPosting } from "./csv";
import { MAX_LINE_BYTES, MAX_WHOLE_FILE_BYTES, stemOf } from "./kinds";
import { splitLines } from "./lines";
import type { InputSource, RawRecord, RecordError } from "./types";

/** How a reader reports progress and where standard input comes from. */
export interface ReadContext {
  stdin: NodeJS.ReadableStream;
  /** Called with the size of each chunk or file as it is read. */
  onBytes?: (bytes: number) => void;
}

/** Bytes inspected for NUL to tell a binary file from text, as git and grep do. */
const BINARY_SNIFF_BYTES = 8000;

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message.replace(/^\w+: /, "")}` : error.message;
  }
  return String(error);
}

function unreadable(file: string, id: string | null, error: RecordError): RawRecord {
  return { kind: "unreadable", source: { file }, id, error };
}

function readFailed(file: string, id: string | null, message: string): RawRecord {
  return unreadable(file, id, { code: "read-failed", message });
}

/** Reads a whole file as text, or explains why it cannot be (too large, binary, I/O error). */
async function readWholeText(
  path: string,
  bytes: number,
  id: string | null,
): Promise<string | RawRecord> {
  if (bytes > MAX_WHOLE_FILE_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    return readFailed(
      path,
      id,
      `${megabytes} MB is over the ${MAX_WHOLE_FILE_BYTES / 1024 / 1024} MB limit for a file read whole (use JSON Lines to stream large inputs)`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    return readFailed(path, id, `cannot read: ${reason(error)}`);
  }
  if (looksBinary(buffer)) return readFailed(path, id, "binary file (contains NUL bytes)");
  const text = buffer.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function* jsonLines(
  chunks: AsyncIterable<Buffer | string>,
  file: string | undefined,
  context: ReadContext,
): AsyncGenerator<RawRecord> {
  let first = true;
  for await (const line of splitLines(chunks, MAX_LINE_BYTES, context.onBytes)) {
    const source = file === undefined ? { line: line.line } : { file, line: line.line };
    if (first) {
      first = false;
      if (line.text.includes("\u0000")) {
        yield unreadable(file ?? "<stdin>", null, {
          code: "read-failed",
          message: "binary input (contains NUL bytes)",
        });
        return;
      }
    }
    if (line.tooLong) {
      yield {
        kind: "unreadable",
        source,
        id: null,
        error: {
          code: "read-failed",
          message: `line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`,
        },
      };
    } else if (line.text.trim() !== "") {
      yield { kind: "json-text", source, text: line.text };
    }
  }
}

async function* fileLines(path: string, context: ReadContext): AsyncGenerator<RawRecord> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  try {
    yield* jsonLines(stream, path, context);
  } catch (error) {
    yield readFailed(path, null, `cannot read: ${reason(error)}`);
  } finally {
    stream.destroy();
  }
}

async function* jsonFile(
  path: string,
  bytes: number,
  context: ReadContext,
): AsyncGenerator<RawRecord> {
  const text = await readWholeText(path, bytes, null);
  context.onBytes?.(bytes);
  if (typeof text !== "string") {
    yield text;
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield unreadable(path, null, {
      code: "invalid-json",
      message: `not valid JSON: ${reason(error)}`,
    });
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      yield { kind: "value", source: { file: path, index }, value: value[index] };
    }
  } else {
    yield { kind: "value", source: { file: path }, value };
  }
}

async function* csvFile(path: string, context: ReadContext): AsyncGenerator<RawRecord> {
  const { default: Papa } = await import("papaparse");
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (context.onBytes) {
    const onBytes = context.onBytes;
    file.on("data", (chunk) => onBytes(chunk.length));
  }
  const rows = file.pipe(
    Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: "greedy" }),
  );
  file.on("error", (error) => rows.destroy(error));
  let row = 0;
  try {
    for await (const cells of rows as AsyncIterable<Record<string, unknown>>) {
      row += 1;
      yield { kind: "value", source: { file: path, row }, value: csvRowToPosting(cells) };
    }
  } catch (error) {
    yield readFailed(path, null, `cannot read: ${reason(error)}`);
  } finally {
    file.destroy();
  }
}

/**
 * The records of one input, read lazily: JSON Lines and CSV are streamed (memory stays bounded
 * whatever the size), the other kinds are read whole up to a size limit. Problems become
 * `unreadable` records in place; this never throws for a bad file.
 */
export async function* readRecords(
  input: InputSource,
  context: ReadContext,
): AsyncGenerator<RawRecord> {
  if (input.kind === "stdin") {
    yield* jsonLines(context.stdin as AsyncIterable<Buffer | string>, undefined, context);
    return;
  }
  if (input.kind === "unreadable") {
    yield unreadable(input.path, null, input.error);
    return;
  }
  const { path, bytes } = input;
  switch (input.fileKind) {
    case "jsonl":
      yield* fileLines(path, context);
      return;
    case "csv":
      yield* csvFile(path, context);
      return;
    case "json":
      yield* jsonFile(path, bytes, context);
      return;
    case "markdown":
    case "html":
    case "text": {
      const id = stemOf(path);
      const text = await readWholeText(path, bytes, id);
      context.onBytes?.(bytes);
      yield typeof text === "string"
        ? { kind: input.fileKind, source: { file: path }, id, text }
        : text;
      return;
    }
  }
}

/** The records of every input in order. */
export async function* readAllRecords(
  inputs: readonly InputSource[],
  context: ReadContext,
): AsyncGenerator<RawRecord> {
  for (const input of inputs) yield* readRecords(input, context);
}
