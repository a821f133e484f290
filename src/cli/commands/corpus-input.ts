import { JobtagsError } from "../../errors";
import { describeSource, readPostings } from "../../read/index";
import { parsePosting } from "../../tagger";
import type { CommandIo } from "./types";

/** What a corpus command read: how many postings were usable and how many were not. */
export interface CorpusTally {
  read: number;
  failed: number;
}

/**
 * The valid postings named by the arguments, for commands that learn from a corpus (`fit`,
 * `discover`). A record that cannot be read or fails the schema is named on stderr and
 * counted, never dropped silently.
 */
export async function* corpusPostings(
  inputs: readonly string[],
  io: CommandIo,
  tally: CorpusTally,
): AsyncGenerator<{ title: string; body: string }> {
  for await (const record of readPostings(inputs.length === 0 ? ["-"] : inputs, {
    stdin: io.stdin,
  })) {
    const where = describeSource(record.source);
    if (record.error) {
      tally.failed += 1;
      io.stderr.write(`jobtags: ${where}: ${record.error.message}\n`);
      continue;
    }
    try {
      const posting = parsePosting(record.posting);
      tally.read += 1;
      yield posting;
    } catch (error) {
      tally.failed += 1;
      const message =
        error instanceof JobtagsError || error instanceof Error ? error.message : String(error);
      io.stderr.write(`jobtags: ${where}: ${message}\n`);
    }
  }
}
