import { describe, expect, it } from "vitest";
import { evaluateSummaries, type SummaryRow } from "../scripts/eval/summaries";

const posting = {
  id: "backend-northwind",
  title: "Senior Backend Engineer (Remote - EU)",
  companyName: "Northwind Labs",
  body: "## Requirements\n\n- You have 5+ years of experience building distributed systems in Go.\n",
};
const clean = {
  summary:
    "If you have 5+ years of experience building distributed systems in Go, Northwind Labs has a job opening for a senior backend engineer.",
  summaryBackup:
    "Into #golang, #postgresql and #kafka? Northwind Labs is hiring a senior backend engineer.",
};

function figuresOf(rows: SummaryRow[]) {
  return evaluateSummaries(rows).figures;
}

describe("evaluateSummaries", () => {
  it("passes a clean posting on every check, reading the phrase back from the template", () => {
    const report = evaluateSummaries([{ posting, result: clean }]);
    expect(Object.values(report.figures)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(report.lines[0]).toBe(
      "1 postings; 1 summaries built on an experience phrase, 1 read back from a built-in template",
    );
  });

  it("fails a phrase that is not in the body", () => {
    const result = { ...clean, summary: clean.summary.replace("in Go", "in Rust") };
    expect(figuresOf([{ posting, result }]).summaryPhraseVerbatim).toBe(0);
  });

  it("fails a wrong article outside the phrase", () => {
    const result = {
      ...clean,
      summaryBackup: clean.summaryBackup.replace("a senior", "an senior"),
    };
    expect(figuresOf([{ posting, result }]).summaryArticles).toBe(0);
  });

  it("fails a line over the length, a missing company or role, broken punctuation and equal lines", () => {
    const long = { ...clean, summary: `${clean.summary.slice(0, -1)}${" and more".repeat(20)}.` };
    expect(figuresOf([{ posting, result: long }]).summaryWithinLength).toBe(0);
    const noCompany = {
      ...clean,
      summaryBackup: "Into #golang? Check out this opening for a senior backend engineer.",
    };
    expect(figuresOf([{ posting, result: noCompany }]).summaryNamesCompany).toBe(0);
    const noRole = { ...clean, summaryBackup: "Into #golang? Northwind Labs is hiring." };
    expect(figuresOf([{ posting, result: noRole }]).summaryNamesRole).toBe(0);
    const broken = {
      ...clean,
      summaryBackup: "Into #golang,, #kafka? Northwind Labs is hiring a senior backend engineer.",
    };
    expect(figuresOf([{ posting, result: broken }]).summaryPunctuation).toBe(0);
    expect(
      figuresOf([{ posting, result: { ...clean, summaryBackup: clean.summary } }])
        .summaryBackupDiffers,
    ).toBe(0);
  });

  it("lists the pairs beside the board's", () => {
    const board = {
      summary: "If you have Go, Northwind has a job opening",
      summaryBackup: "Love #golang? Check out this job post!",
    };
    const { lines } = evaluateSummaries([{ posting: { ...posting, board }, result: clean }]);
    expect(lines.slice(-5)).toEqual([
      "- Senior Backend Engineer (Remote - EU) (Northwind Labs)",
      `  ours:  ${clean.summary}`,
      `         ${clean.summaryBackup}`,
      `  board: ${board.summary}`,
      `         ${board.summaryBackup}`,
    ]);
  });
});
