import {
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  detectYearsExperience,
  parseSalary,
} from "../../src/classify/index";
import { CATEGORIES, type Section } from "../../src/schema/enums";
import type { Salary, TagResult } from "../../src/schema/result";
import { type GoldRow, type Report, ratio } from "./shared";

export interface FieldsRow {
  posting: {
    id: string;
    title: string;
    companyName?: string;
    location?: string;
    body: string;
    board?: { jobType: string };
  };
  gold: GoldRow;
  /** The normalized body the extractors read. */
  text: string;
  lineSections?: Section[];
  /**
   * The tagger's result for the posting, when the whole pipeline ran: its fields are measured
   * (classifyRole then had the ranking's areas and tags). Without it the extractors run here.
   */
  result?: TagResult;
}

interface FieldValues {
  seniority: string;
  employmentType: string;
  remote: string;
  salary: Salary | null;
  yearsExperience: number | null;
  jobType: string;
  category: string;
}

const FIELDS = [
  "seniority",
  "employmentType",
  "remote",
  "salary",
  "yearsExperience",
  "jobType",
  "category",
] as const;
type Field = (typeof FIELDS)[number];

/** How many misses of each field the report lists. */
const MISSES_SHOWN = 12;

/**
 * Accuracy of each structured field against dev-gold (issue 6): seniority, employment type,
 * remote policy, salary (min and max exact, or both null), years of experience, job type and
 * category; with the category confusion matrix, the board's published job type accuracy for
 * comparison, and the misses of each field.
 */
export function evaluateFields(rows: FieldsRow[]): Report {
  const correct: Record<Field, number> = {
    seniority: 0,
    employmentType: 0,
    remote: 0,
    salary: 0,
    yearsExperience: 0,
    jobType: 0,
    category: 0,
  };
  const misses: Record<Field, string[]> = {
    seniority: [],
    employmentType: [],
    remote: [],
    salary: [],
    yearsExperience: [],
    jobType: [],
    category: [],
  };
  const confusion = new Map<string, number>();
  let boardCorrect = 0;
  let boardCount = 0;

  for (const row of rows) {
    const got = row.result ? valuesOfResult(row.result) : extract(row);
    const { gold } = row;
    const checks: Record<Field, boolean> = {
      seniority: got.seniority === gold.seniority,
      employmentType: got.employmentType === gold.employmentType,
      remote: got.remote === gold.remote,
      salary: sameSalary(got.salary, gold.salary),
      yearsExperience: got.yearsExperience === gold.yearsExperience,
      jobType: got.jobType === gold.jobType,
      category: got.category === gold.category,
    };
    for (const field of FIELDS) {
      if (checks[field]) correct[field]++;
      else {
        misses[field].push(
          `${row.posting.id} "${row.posting.title}": gold ${show(gold[field])}, got ${show(got[field])}`,
        );
      }
    }
    const key = `${gold.category}→${got.category}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    if (row.posting.board) {
      boardCount++;
      if (row.posting.board.jobType === gold.jobType) boardCorrect++;
    }
  }

  const n = rows.length;
  const figures: Record<string, number> = {};
  for (const field of FIELDS) figures[`${field}Accuracy`] = ratio(correct[field], n);
  if (boardCount > 0) figures.boardJobTypeAccuracy = ratio(boardCorrect, boardCount);

  const lines: string[] = [];
  lines.push(...confusionLines(confusion));
  for (const field of FIELDS) {
    if (misses[field].length === 0) continue;
    lines.push(`${field} misses (${misses[field].length}):`);
    for (const miss of misses[field].slice(0, MISSES_SHOWN)) lines.push(`  ${miss}`);
  }
  return { title: "Fields (structured fields vs gold)", figures, lines };
}

function extract(row: FieldsRow): FieldValues {
  const input = {
    title: row.posting.title,
    text: row.text,
    ...(row.lineSections ? { lineSections: row.lineSections } : {}),
    ...(row.posting.location ? { location: row.posting.location } : {}),
  };
  const role = classifyRole(input);
  return {
    seniority: detectSeniority(input),
    employmentType: detectEmploymentType(input),
    remote: detectRemote(input).remote,
    salary: parseSalary(input),
    yearsExperience: detectYearsExperience(input),
    jobType: role.jobType,
    category: role.category,
  };
}

function valuesOfResult(result: TagResult): FieldValues {
  return {
    seniority: result.seniority,
    employmentType: result.employmentType,
    remote: result.remote,
    salary: result.salary,
    yearsExperience: result.yearsExperience,
    jobType: result.jobType,
    category: result.category,
  };
}

function sameSalary(got: Salary | null, gold: GoldRow["salary"]): boolean {
  if (got === null || gold === null) return got === null && gold === null;
  return got.min === gold.min && got.max === gold.max;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "object") {
    const salary = value as {
      min: number | null;
      max: number | null;
      currency: string;
      period: string;
    };
    return `${salary.min ?? "?"}-${salary.max ?? "?"} ${salary.currency}/${salary.period}`;
  }
  return String(value);
}

/** Rows are gold categories, columns the detected ones; only categories that occur are shown. */
function confusionLines(confusion: Map<string, number>): string[] {
  const used = CATEGORIES.filter((category) =>
    [...confusion.keys()].some(
      (key) => key.startsWith(`${category}→`) || key.endsWith(`→${category}`),
    ),
  );
  const short = (category: string) => category.slice(0, 6).padStart(6);
  const lines = ["category confusion (rows gold, columns detected):"];
  lines.push(`${"".padStart(18)} ${used.map(short).join(" ")}`);
  for (const gold of used) {
    const cells = used.map((detected) => {
      const count = confusion.get(`${gold}→${detected}`) ?? 0;
      return (count === 0 ? "." : String(count)).padStart(6);
    });
    if (cells.every((cell) => cell.trim() === ".")) continue;
    lines.push(`${gold.padEnd(18)} ${cells.join(" ")}`);
  }
  return lines;
}
