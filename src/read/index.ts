import { JobtagsError } from "../errors";
import { resolveInputs } from "./inputs";
import { parseRecord } from "./parse";
import { type ReadContext, readAllRecords } from "./sources";
import type { RecordError, RecordSource } from "./types";

export { resolveInputs } from "./inputs";
export { describeSource, fileKindOf, stemOf } from "./kinds";
export { parseRecord } from "./parse";
export { type ReadContext, readAllRecords, readRecords } from "./sources";
export type {
  FileKind,
  InputSource,
  ParsedRecord,
  RawRecord,
  RecordError,
  RecordSource,
} from "./types";

/** A posting read from the inputs (not yet validated by the tagger), or why it could not be. */
export type ReadPosting =
  | { source: RecordSource; id: string | null; posting: unknown; error?: undefined }
  | { source: RecordSource; id: string | null; posting?: undefined; error: RecordError };

/**
 * Every posting named by command-line style arguments (files, directories, globs, `-`), in
 * order, parsed on this thread: the input side of `jobtags tag`, for commands such as `fit`
 * that consume postings without tagging them.
 */
export async function* readPostings(
  args: readonly string[],
  context: ReadContext,
): AsyncGenerator<ReadPosting> {
  for await (const raw of readAllRecords(await resolveInputs(args), context)) {
    try {
      const parsed = parseRecord(raw);
      yield { source: raw.source, id: parsed.id, posting: parsed.posting };
    } catch (error) {
      const id =
        raw.kind === "unreadable"
          ? raw.id
          : raw.kind === "json-text" || raw.kind === "value"
            ? null
            : raw.id;
      const recordError =
        error instanceof JobtagsError
          ? { code: error.code, message: error.message }
          : {
              code: "internal-error",
              message: error instanceof Error ? error.message : String(error),
            };
      yield { source: raw.source, id, error: recordError };
    }
  }
}
