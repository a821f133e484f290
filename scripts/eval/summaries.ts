/**
 * Checks the summaries of every posting (issue 7): the experience phrase is verbatim in the
 * body, articles fit the sound of the next word, both lines fit the length, name the company
 * and the role, have clean punctuation, and differ. The bar is 1.000 on each check. Also lists
 * 20 postings (a seeded random pick) with our lines beside the board's, to read.
 */
import { indefiniteArticle } from "../../src/summarize/article";
import { companyDisplayName } from "../../src/summarize/company";
import { sentenceProblems } from "../../src/summarize/punctuation";
import { cleanRole } from "../../src/summarize/role";
import {
  BACKUP_TEMPLATES,
  MINIMAL_TEMPLATES,
  SUMMARY_FALLBACK_TEMPLATES,
  SUMMARY_TEMPLATES,
} from "../../src/summarize/templates";
import { type Report, ratio } from "./shared";

export interface SummaryRow {
  posting: {
    id: string;
    title: string;
    companyName?: string;
    body: string;
    board?: { summary: string; summaryBackup: string };
  };
  result: { summary: string; summaryBackup: string };
  /** The phrase the summary was built on (null: none); read back from the summary when absent. */
  phrase?: string | null;
  /** The cleaned role; `cleanRole(title, companyName)` when absent. */
  role?: string;
}

const CHECKS = [
  "summaryPhraseVerbatim",
  "summaryArticles",
  "summaryWithinLength",
  "summaryNamesCompany",
  "summaryNamesRole",
  "summaryPunctuation",
  "summaryBackupDiffers",
] as const;
type Check = (typeof CHECKS)[number];

const PAIRS_SHOWN = 20;
const FAILURES_SHOWN = 5;
const ALL_TEMPLATES = [
  ...SUMMARY_TEMPLATES,
  ...SUMMARY_FALLBACK_TEMPLATES,
  ...BACKUP_TEMPLATES,
  ...MINIMAL_TEMPLATES,
];

export function evaluateSummaries(rows: SummaryRow[], maxLength = 280): Report {
  const passed = Object.fromEntries(CHECKS.map((check) => [check, 0])) as Record<Check, number>;
  const failures = new Map<Check, string[]>(CHECKS.map((check) => [check, []]));
  let withPhrase = 0;
  let parsed = 0;
  for (const row of rows) {
    const { posting, result } = row;
    const lines = [result.summary, result.summaryBackup];
    const company = companyDisplayName(posting.companyName);
    const role = row.role ?? cleanRole(posting.title, posting.companyName);
    const read = readPhrase(result.summary, company, role);
    if (read.parsed) parsed++;
    const phrase = read.parsed ? read.phrase : (row.phrase ?? null);
    if (phrase !== null) withPhrase++;

    const outcome: Record<Check, boolean> = {
      summaryPhraseVerbatim: phrase === null || inBody(phrase, posting.body),
      summaryArticles: lines.every((line) =>
        articlesFit(phrase === null ? line : line.replace(phrase, "…")),
      ),
      summaryWithinLength: lines.every((line) => line.length <= maxLength),
      summaryNamesCompany: company === undefined || lines.every((line) => line.includes(company)),
      summaryNamesRole:
        role === "" || lines.every((line) => line.toLowerCase().includes(role.toLowerCase())),
      summaryPunctuation: lines.every((line) => sentenceProblems(line).length === 0),
      summaryBackupDiffers: result.summary !== result.summaryBackup,
    };
    for (const check of CHECKS) {
      if (outcome[check]) passed[check]++;
      else failures.get(check)?.push(`${posting.id}: ${result.summary} | ${result.summaryBackup}`);
    }
  }

  const figures: Record<string, number> = {};
  for (const check of CHECKS) figures[check] = ratio(passed[check], rows.length);
  const lines = [
    `${rows.length} postings; ${withPhrase} summaries built on an experience phrase, ${parsed} read back from a built-in template`,
  ];
  for (const check of CHECKS) {
    const failed = failures.get(check) ?? [];
    if (failed.length === 0) continue;
    lines.push(`${check} failed on ${failed.length}:`);
    for (const failure of failed.slice(0, FAILURES_SHOWN)) lines.push(`  ${failure}`);
  }
  lines.push(`${PAIRS_SHOWN} postings, ours beside the board's:`);
  for (const row of seededSample(rows, PAIRS_SHOWN, 7)) {
    lines.push(`- ${row.posting.title} (${row.posting.companyName ?? "no company"})`);
    lines.push(`  ours:  ${row.result.summary}`);
    lines.push(`         ${row.result.summaryBackup}`);
    if (row.posting.board) {
      lines.push(`  board: ${row.posting.board.summary}`);
      lines.push(`         ${row.posting.board.summaryBackup}`);
    }
  }
  return { title: "Summaries (issue 7)", figures, lines };
}

/** The phrase is verbatim in the body; its first letter may have been lower-cased for the sentence. */
function inBody(phrase: string, body: string): boolean {
  if (body.includes(phrase)) return true;
  const first = phrase.charAt(0);
  return body.includes(first.toUpperCase() + phrase.slice(1));
}

const ARTICLE = /(?:^|[^\p{L}\p{N}'’-])(a|an)\s+([^\s]+)/giu;

function articlesFit(line: string): boolean {
  ARTICLE.lastIndex = 0;
  for (let match = ARTICLE.exec(line); match !== null; match = ARTICLE.exec(line)) {
    const written = (match[1] ?? "").toLowerCase();
    const next = match[2] ?? "";
    if (next === "…") continue;
    if (indefiniteArticle(next) !== written) return false;
  }
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Reads the phrase back out of a summary by matching it against the built-in templates, with
 * the known company and role filled in so only the phrase and hashtags are unknown.
 */
function readPhrase(
  summary: string,
  company: string | undefined,
  role: string,
): { parsed: boolean; phrase: string | null } {
  for (const template of ALL_TEMPLATES) {
    if (template.includes("{company}") && company === undefined) continue;
    if (template.includes("{role}") && role === "") continue;
    let pattern = "";
    let last = 0;
    const placeholder = /\{(\w+)\}/g;
    for (
      let match = placeholder.exec(template);
      match !== null;
      match = placeholder.exec(template)
    ) {
      const literal = template.slice(last, match.index);
      const article = /(?:^|\s)(a|an) $/i.exec(literal);
      pattern += article
        ? `${escapeRegExp(literal.slice(0, literal.length - (article[1] ?? "").length - 1))}an? `
        : escapeRegExp(literal);
      const name = match[1];
      if (name === "company") pattern += escapeRegExp(company ?? "");
      else if (name === "role") pattern += escapeRegExp(role);
      else pattern += `(?<${name}>.+?)`;
      last = match.index + match[0].length;
    }
    pattern += escapeRegExp(template.slice(last));
    const match = new RegExp(`^${pattern}$`, "i").exec(summary);
    if (match !== null) return { parsed: true, phrase: match.groups?.phrase ?? null };
  }
  return { parsed: false, phrase: null };
}

/** A reproducible pick of `count` rows (mulberry32). */
function seededSample<T>(rows: readonly T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...rows];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const index = Math.floor(next() * pool.length);
    picked.push(pool.splice(index, 1)[0] as T);
  }
  return picked;
}
