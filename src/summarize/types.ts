import type { Category } from "../schema/enums";
import type { NormalizedText } from "../text/types";

/** What the summarize stage needs to know about a posting. */
export interface SummaryInput {
  /** The job title as published. */
  title: string;
  /** The hiring company as it names itself; summaries leave it out when absent. */
  companyName?: string;
  /** The normalized body; the experience phrase is taken from it, verbatim from the original. */
  text: NormalizedText;
  /** Published hashtags, best first (`#golang`). */
  hashtags: string[];
  category: Category;
  /** Years of experience the posting requires; a phrase stating them is preferred. */
  yearsExperience: number | null;
}

/** How summaries are made; every field is optional. */
export interface SummaryOptions {
  /** Changes which template is chosen, deterministically. */
  seed?: number | string;
  /** Longest summary and backup, in characters (at least 20). @default 280 */
  maxLength?: number;
  /** How many distinct summaries to return in `variants`, the first being `summary`. @default 0 */
  variants?: number;
  /**
   * Templates replacing the built-in ones, with placeholders {company} {role} {phrase}
   * {hashtags} {category}. A template whose placeholder has no value for a posting is skipped;
   * when none fits, the built-in fallbacks are used.
   */
  templates?: { summary?: string[]; backup?: string[] };
}

export interface Summaries {
  /** The one-line summary boards show on cards and in social posts. */
  summary: string;
  /** A different line for where the summary cannot be shown; never equal to `summary`. */
  summaryBackup: string;
  /** Present when `variants` > 0: distinct summaries, best first. */
  variants?: string[];
}
