import { JobtagsError } from "../errors";
import { generatedFields } from "../formats/board-fields";
import { csvErrorRow, csvResultRow } from "../formats/csv";
import { unifiedDiff } from "../formats/diff";
import { editFrontMatter } from "../formats/front-matter-edit";
import { errorJson, resultJson } from "../formats/jsonl";
import { boardMarkdown } from "../formats/markdown";
import type { OutputFormat } from "../formats/types";
import { parseRecord } from "../read/parse";
import type { ParsedRecord, RawRecord, RecordError, RecordSource } from "../read/types";
import type { TagResult } from "../schema/result";
import type { TagOutcome } from "../tagger";
import { inShard, type Shard } from "./shard";

/** What to do with each record; plain data, so it can be sent to workers. */
export interface ProcessPlan {
  format: OutputFormat;
  /** Rewrite the generated fields of markdown inputs instead of formatting results. */
  inPlace: boolean;
  shard?: Shard;
}

/** The part of a tagger processing needs (the library's `Tagger` fits). */
export interface TagFunction {
  tagMany(postings: readonly unknown[]): TagOutcome[];
}

/** The new text of an input file and the diff of its generated fields. */
export interface FileEdit {
  file: string;
  /** The new text, or null when the file is already up to date. */
  text: string | null;
  diff: string;
}

/** What became of one record: a formatted output, an error in its place, or another shard's. */
export type Outcome =
  | { status: "skipped" }
  | {
      status: "ok";
      id: string | null;
      source: RecordSource;
      /** The formatted result: a JSON line, a CSV row or a markdown file. */
      output: string;
      edit?: FileEdit;
    }
  | {
      status: "failed";
      id: string | null;
      source: RecordSource;
      error: RecordError;
      /** The error as the format writes it in place (absent for markdown). */
      output?: string;
    };

/** The key `--shard` hashes: the record id, else its position in the input. */
export function shardKey(id: string | null, source: RecordSource): string {
  if (id !== null) return id;
  const position = source.line ?? source.index ?? source.row ?? 0;
  return `${source.file ?? "-"}:${position}`;
}

function titleOf(parsed: ParsedRecord | undefined): string | undefined {
  const title = parsed?.fields.title;
  return typeof title === "string" ? title : undefined;
}

function failure(
  plan: ProcessPlan,
  id: string | null,
  source: RecordSource,
  error: RecordError,
  title: string | undefined,
): Outcome {
  const output =
    plan.format === "csv"
      ? csvErrorRow(id, title, error)
      : plan.format === "md" || plan.inPlace
        ? undefined
        : errorJson(id, source, error);
  return output === undefined
    ? { status: "failed", id, source, error }
    : { status: "failed", id, source, error, output };
}

function asRecordError(error: unknown): RecordError {
  if (error instanceof JobtagsError) return { code: error.code, message: error.message };
  // A bug, not bad input: reported in place like any failure so the batch goes on.
  const message = error instanceof Error ? error.message : String(error);
  return { code: "internal-error", message };
}

function format(
  plan: ProcessPlan,
  raw: RawRecord,
  parsed: ParsedRecord,
  result: TagResult,
): Omit<Extract<Outcome, { status: "ok" }>, "status" | "id" | "source"> {
  if (plan.inPlace && raw.kind === "markdown") {
    const file = raw.source.file ?? "";
    const edit = editFrontMatter(raw.text, generatedFields(result));
    return {
      output: "",
      edit: {
        file,
        text: edit.changes.length === 0 ? null : edit.text,
        diff: unifiedDiff(file, edit.changes),
      },
    };
  }
  switch (plan.format) {
    case "jsonl":
    case "json":
      return { output: resultJson(parsed.id, result) };
    case "csv":
      return { output: csvResultRow(parsed.id, titleOf(parsed), result) };
    case "md":
      return { output: boardMarkdown(parsed.fields, result, parsed.body ?? "") };
  }
}

/** A record read and in this shard, waiting to be tagged. */
interface PendingRecord {
  raw: RawRecord;
  parsed: ParsedRecord;
  id: string | null;
}

/**
 * Parses and shards one record: what became of it when it goes no further (another shard's,
 * or an error in its place), else the record to tag.
 */
function readRecord(raw: RawRecord, plan: ProcessPlan): Outcome | PendingRecord {
  let parsed: ParsedRecord;
  let id: string | null = raw.kind === "unreadable" ? raw.id : null;
  try {
    parsed = parseRecord(raw);
    id = parsed.id;
  } catch (error) {
    if (raw.kind === "markdown" || raw.kind === "html" || raw.kind === "text") id = raw.id;
    if (plan.shard && !inShard(plan.shard, shardKey(id, raw.source))) return { status: "skipped" };
    return failure(plan, id, raw.source, asRecordError(error), undefined);
  }
  if (plan.shard && !inShard(plan.shard, shardKey(id, raw.source))) return { status: "skipped" };
  if (plan.inPlace && raw.kind !== "markdown") {
    const error = {
      code: "unsupported-format",
      message: "--in-place rewrites markdown (.md) files only",
    };
    return failure(plan, id, raw.source, error, titleOf(parsed));
  }
  return { raw, parsed, id };
}

function isOutcome(read: Outcome | PendingRecord): read is Outcome {
  return "status" in read;
}

/**
 * Parses, shards, tags and formats a batch of records, in order; the records left to tag are
 * tagged together (`tagMany`). Never throws: a record that cannot be read or tagged becomes
 * a `failed` outcome carrying the error line for its place in the output. Runs on the main
 * thread (`--jobs 1`) and in workers alike, so outputs are the same.
 */
export function processRecords(
  records: readonly RawRecord[],
  tagger: TagFunction,
  plan: ProcessPlan,
): Outcome[] {
  const outcomes: Outcome[] = new Array(records.length);
  const pending: PendingRecord[] = [];
  const positions: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const read = readRecord(records[i] as RawRecord, plan);
    if (isOutcome(read)) {
      outcomes[i] = read;
    } else {
      pending.push(read);
      positions.push(i);
    }
  }
  const tagged = tagger.tagMany(pending.map((record) => record.parsed.posting));
  for (let k = 0; k < pending.length; k++) {
    const { raw, parsed, id } = pending[k] as PendingRecord;
    const outcome = tagged[k] as TagOutcome;
    let result: Outcome;
    try {
      result = outcome.ok
        ? { status: "ok", id, source: raw.source, ...format(plan, raw, parsed, outcome.result) }
        : failure(plan, id, raw.source, asRecordError(outcome.error), titleOf(parsed));
    } catch (error) {
      result = failure(plan, id, raw.source, asRecordError(error), titleOf(parsed));
    }
    outcomes[positions[k] as number] = result;
  }
  return outcomes;
}
