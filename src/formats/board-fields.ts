import type { TagResult } from "../schema/result";

/** Front-matter fields of a board posting file, in the board's order. */
export const BOARD_FIELDS = [
  "title",
  "location",
  "host",
  "companyName",
  "url",
  "applyUrl",
  "timestamp",
  "hashtags",
  "jobType",
  "logoUrl",
  "companyWebsite",
  "summary",
  "summaryBackup",
  "featured",
  "archived",
] as const;

/** Fields jobtags adds after the board's own, in this order. */
export const ADDED_FIELDS = [
  "category",
  "seniority",
  "employmentType",
  "remote",
  "yearsExperience",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
] as const;

/** Every field a markdown file can get, in file order. */
export const FIELD_ORDER: readonly string[] = [...BOARD_FIELDS, ...ADDED_FIELDS];

/** A front-matter value jobtags writes; null means "leave the field out". */
export type FieldValue = string | number | null;

/**
 * The fields jobtags generates from a result, in file order. These are the only fields
 * `--in-place` rewrites; every other field belongs to the board.
 */
export function generatedFields(result: TagResult): Array<[string, FieldValue]> {
  const salary = result.salary;
  return [
    ["hashtags", result.hashtags.join(",")],
    ["jobType", result.jobType],
    ["summary", result.summary],
    ["summaryBackup", result.summaryBackup],
    ["category", result.category],
    ["seniority", result.seniority],
    ["employmentType", result.employmentType],
    ["remote", result.remote],
    ["yearsExperience", result.yearsExperience],
    ["salaryMin", salary?.min ?? null],
    ["salaryMax", salary?.max ?? null],
    ["salaryCurrency", salary?.currency ?? null],
    ["salaryPeriod", salary?.period ?? null],
  ];
}
