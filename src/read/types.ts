/** Where a record came from, so errors and outputs can name it. */
export interface RecordSource {
  /** The file as the user named it (or as a glob/directory expanded it); absent for stdin. */
  file?: string;
  /** 1-based line of a JSON Lines record. */
  line?: number;
  /** 0-based position of a record in a JSON array. */
  index?: number;
  /** 1-based data row of a CSV record (the header row is not counted). */
  row?: number;
}

/** A problem with one record or file, in the shape written to outputs. */
export interface RecordError {
  code: string;
  message: string;
}

/**
 * One input record before it is parsed. Readers produce these cheaply on the main thread;
 * parsing and tagging happen wherever the record is processed (main thread or a worker),
 * so every variant is plain data that survives `postMessage`.
 */
export type RawRecord =
  /** One JSON Lines line, not yet parsed. */
  | { kind: "json-text"; source: RecordSource; text: string }
  /** An already parsed value (JSON array element, CSV row). */
  | { kind: "value"; source: RecordSource; value: unknown }
  /** A whole file holding one posting. */
  | { kind: "markdown" | "html" | "text"; source: RecordSource; id: string; text: string }
  /** A file or line that could not be read; it becomes an error record in place. */
  | { kind: "unreadable"; source: RecordSource; id: string | null; error: RecordError };

/** A record turned into something the tagger accepts (not yet validated by it). */
export interface ParsedRecord {
  /** The posting handed to the tagger; the tagger's schema validates it. */
  posting: unknown;
  /** Every field the input carried (front matter, JSON object, CSV row), for writers. */
  fields: Record<string, unknown>;
  /** The record's id: the posting's `id` when it is a string, else the file's stem, else null. */
  id: string | null;
  /** The posting body as given (for markdown output). */
  body: string | undefined;
}

/** Input kinds a path can have, chosen by its extension. */
export type FileKind = "markdown" | "html" | "text" | "json" | "jsonl" | "csv";

/**
 * A resolved input: a file with its kind, standard input (always JSON Lines), or a path that
 * cannot be read (missing, unsupported extension), which becomes an error record in place.
 */
export type InputSource =
  | { kind: "stdin" }
  | { kind: "file"; path: string; fileKind: FileKind; bytes: number }
  | { kind: "unreadable"; path: string; error: RecordError };
