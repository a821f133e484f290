import { z } from "zod";

/** The line written in place of a record that could not be read or tagged. */
export const ErrorRecordSchema = z
  .object({
    id: z.string().nullable().describe("The record's id when it could be read, else null."),
    file: z.string().optional().describe("The input file; absent for stdin."),
    line: z.number().int().optional().describe("1-based line of a JSON Lines record."),
    index: z.number().int().optional().describe("0-based position in a JSON array."),
    row: z.number().int().optional().describe("1-based data row of a CSV file."),
    error: z.object({
      code: z
        .string()
        .describe(
          "A stable code, e.g. `invalid-json`, `invalid-input`, `empty-body`, `read-failed`.",
        ),
      message: z.string(),
    }),
  })
  .describe("A record jobtags could not tag, written where its result would be.");
