import type PapaType from "papaparse";
import { lazyModule } from "../read/lazy-module";
import type { RecordError } from "../read/types";
import type { TagResult } from "../schema/result";

const papa = lazyModule<typeof PapaType>("papaparse");

/** Columns of the CSV output, in order; `error` is filled only on rows of failed records. */
export const CSV_COLUMNS = [
  "id",
  "title",
  "hashtags",
  "jobType",
  "category",
  "seniority",
  "employmentType",
  "remote",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "yearsExperience",
  "summary",
  "summaryBackup",
  "error",
] as const;

/** RFC 4180 line breaks. */
export const CSV_NEWLINE = "\r\n";

const UNPARSE_OPTIONS = { header: false, newline: CSV_NEWLINE } as const;

type Cell = string | number | null;

function row(cells: Cell[]): string {
  return papa().unparse([cells.map((cell) => (cell === null ? "" : cell))], UNPARSE_OPTIONS);
}

/** The header row, without a line break. */
export function csvHeader(): string {
  return row([...CSV_COLUMNS]);
}

/** One result as a CSV row (hashtags joined by ","), without a line break. */
export function csvResultRow(
  id: string | null,
  title: string | undefined,
  result: TagResult,
): string {
  const salary = result.salary;
  return row([
    id,
    title ?? null,
    result.hashtags.join(","),
    result.jobType,
    result.category,
    result.seniority,
    result.employmentType,
    result.remote,
    salary?.min ?? null,
    salary?.max ?? null,
    salary?.currency ?? null,
    salary?.period ?? null,
    result.yearsExperience,
    result.summary,
    result.summaryBackup,
    null,
  ]);
}

/** A failed record as a CSV row: id, title when known, and `code: message` in `error`. */
export function csvErrorRow(
  id: string | null,
  title: string | undefined,
  error: RecordError,
): string {
  const cells: Cell[] = CSV_COLUMNS.map(() => null);
  cells[0] = id;
  cells[1] = title ?? null;
  cells[CSV_COLUMNS.length - 1] = `${error.code}: ${error.message}`;
  return row(cells);
}
