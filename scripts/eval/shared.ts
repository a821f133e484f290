import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** A gold label row of dev-gold.jsonl (see ../shared/LABELING.md). */
export interface GoldRow {
  id: string;
  mentioned: string[];
  spoken: string[];
  areas: string[];
  core: string[];
  jobType: "software" | "other";
  category: string;
  seniority: string;
  employmentType: string;
  remote: string;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  yearsExperience: number | null;
  experiencePhrase: string | null;
  role: string;
}

/** A posting of remotecrocodile.jsonl with what the board published. */
export interface BoardPosting {
  id: string;
  title: string;
  companyName: string;
  location?: string;
  url?: string;
  timestamp?: number;
  body: string;
  board: { hashtags: string[]; jobType: string; summary: string; summaryBackup: string };
}

/** One figure's report: figures are checked against the floors, lines are printed. */
export interface Report {
  title: string;
  figures: Record<string, number>;
  lines: string[];
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** The shared corpus folder: $JOBTAGS_CORPUS, else ../shared/corpus beside the checkout. */
export function sharedCorpusDir(): string | undefined {
  const candidates = [process.env.JOBTAGS_CORPUS, resolve(process.cwd(), "../shared/corpus")];
  return candidates.find(
    (dir): dir is string => dir !== undefined && existsSync(resolve(dir, "remotecrocodile.jsonl")),
  );
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function formatFigure(value: number): string {
  return Number.isInteger(value) && value > 1 ? String(value) : value.toFixed(3);
}
