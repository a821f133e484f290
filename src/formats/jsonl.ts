import type { RecordError, RecordSource } from "../read/types";
import type { TagResult } from "../schema/result";

/** A result as one JSON line (no line break), `id` first (null when the posting has none). */
export function resultJson(id: string | null, result: TagResult): string {
  return JSON.stringify({ id, ...result });
}

/**
 * An error record as one JSON line: `{"id", "file"?, "line"?|"index"?|"row"?, "error"}`, written
 * where the record's result would have been.
 */
export function errorJson(id: string | null, source: RecordSource, error: RecordError): string {
  return JSON.stringify({ id, ...source, error: { code: error.code, message: error.message } });
}
