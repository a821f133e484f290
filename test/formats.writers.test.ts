import matter from "gray-matter";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generatedFields } from "../src/formats/board-fields";
import { CSV_COLUMNS, csvErrorRow, csvHeader, csvResultRow } from "../src/formats/csv";
import { errorJson, resultJson } from "../src/formats/jsonl";
import { boardMarkdown } from "../src/formats/markdown";
import { yamlScalar } from "../src/formats/yaml-scalar";
import type { TagResult } from "../src/schema/result";

const RESULT: TagResult = {
  id: "go-engineer-tidewell",
  hashtags: ["#golang", "#kubernetes", "#backend"],
  jobType: "software",
  category: "engineering",
  summary: 'If you have "3+ years" of Go, Tidewell has a job: backend engineer',
  summaryBackup: "Love #golang, #kubernetes? Check out this job post!",
  tags: [],
  seniority: "senior",
  employmentType: "full-time",
  remote: "remote",
  remoteRegions: ["EU"],
  salary: { min: 90000, max: 120000, currency: "EUR", period: "year" },
  yearsExperience: 3,
  confidence: { jobType: 0.9, category: 0.8 },
};

describe("YAML scalars", () => {
  it("double-quotes strings and escapes quotes, backslashes and line breaks", () => {
    expect(yamlScalar('Say "hi": C:\\dev\nnext')).toBe('"Say \\"hi\\": C:\\\\dev\\nnext"');
    expect(yamlScalar("#golang,#rustlang")).toBe('"#golang,#rustlang"');
    expect(yamlScalar("")).toBe('""');
  });

  it("never folds a long string onto several lines", () => {
    const long = "word ".repeat(60).trim();
    expect(yamlScalar(long)).toBe(`"${long}"`);
  });

  it("escapes the characters YAML 1.1 parsers read as line breaks", () => {
    const text = "a\u2028b\u0085c";
    expect(yamlScalar(text)).toBe('"a\\Lb\\Nc"');
    expect(matter(`---\nt: ${yamlScalar(text)}\n---\n`, {}).data.t).toBe(text);
  });

  it("writes numbers and booleans plain and dates as quoted ISO strings", () => {
    expect(yamlScalar(1715299200000)).toBe("1715299200000");
    expect(yamlScalar(false)).toBe("false");
    expect(yamlScalar(new Date(Date.UTC(2024, 4, 10)))).toBe('"2024-05-10T00:00:00.000Z"');
    expect(yamlScalar(["a", 1])).toBe('[ "a", 1 ]');
  });

  it("reads back to the same value with both YAML parsers", () => {
    for (const value of [
      'Senior "Go" Engineer: Payments \\ Ledger',
      "tab\there",
      " padded ",
      "null",
      "123",
      "#tag",
    ]) {
      expect(parse(`v: ${yamlScalar(value)}`).v).toBe(value);
      expect(matter(`---\nv: ${yamlScalar(value)}\n---\n`, {}).data.v).toBe(value);
    }
  });
});

describe("markdown output", () => {
  it("writes the board's fields in the board's order, then the added ones, then the body", () => {
    const fields = {
      archived: false,
      title: "Backend Engineer: Go",
      companyName: "Tidewell",
      timestamp: 1715299200000,
      hashtags: "#stale",
      board: { hashtags: ["#ignored"] },
      location: "Remote, EU",
    };
    expect(boardMarkdown(fields, RESULT, "\nWe write Go.")).toBe(`---
title: "Backend Engineer: Go"
location: "Remote, EU"
companyName: "Tidewell"
timestamp: 1715299200000
hashtags: "#golang,#kubernetes,#backend"
jobType: "software"
summary: "If you have \\"3+ years\\" of Go, Tidewell has a job: backend engineer"
summaryBackup: "Love #golang, #kubernetes? Check out this job post!"
archived: false
category: "engineering"
seniority: "senior"
employmentType: "full-time"
remote: "remote"
yearsExperience: 3
salaryMin: 90000
salaryMax: 120000
salaryCurrency: "EUR"
salaryPeriod: "year"
---

We write Go.
`);
  });

  it("leaves out fields without a value and keeps a body that ends with a line break as is", () => {
    const text = boardMarkdown(
      { title: "Designer" },
      { ...RESULT, salary: null, yearsExperience: null },
      "Figma.\n",
    );
    expect(text).not.toContain("salary");
    expect(text).not.toContain("yearsExperience");
    expect(text.endsWith("---\nFigma.\n")).toBe(true);
  });

  it("lists the generated fields in file order with nulls for missing values", () => {
    expect(
      generatedFields({ ...RESULT, salary: null }).map(([key, value]) => `${key}=${value}`),
    ).toEqual([
      "hashtags=#golang,#kubernetes,#backend",
      "jobType=software",
      `summary=${RESULT.summary}`,
      `summaryBackup=${RESULT.summaryBackup}`,
      "category=engineering",
      "seniority=senior",
      "employmentType=full-time",
      "remote=remote",
      "yearsExperience=3",
      "salaryMin=null",
      "salaryMax=null",
      "salaryCurrency=null",
      "salaryPeriod=null",
    ]);
  });
});

describe("CSV output", () => {
  it("has a header naming every column", () => {
    expect(csvHeader()).toBe(CSV_COLUMNS.join(","));
  });

  it("writes a result row with hashtags joined by commas and quoting where needed", () => {
    const row = csvResultRow("go-1", "Backend Engineer, Go", RESULT);
    const [cells] = Papa.parse<string[]>(row).data;
    expect(cells).toEqual([
      "go-1",
      "Backend Engineer, Go",
      "#golang,#kubernetes,#backend",
      "software",
      "engineering",
      "senior",
      "full-time",
      "remote",
      "90000",
      "120000",
      "EUR",
      "year",
      "3",
      RESULT.summary,
      RESULT.summaryBackup,
      "",
    ]);
    expect(
      row.startsWith('go-1,"Backend Engineer, Go","#golang,#kubernetes,#backend",software'),
    ).toBe(true);
  });

  it("quotes a cell only for a quote, comma, line break, byte order mark or edge space", () => {
    const cells = (title: string) => csvErrorRow("r1", title, { code: "c", message: "m" });
    expect(cells("Head of Sales (EMEA)")).toBe("r1,Head of Sales (EMEA),,,,,,,,,,,,,,c: m");
    expect(cells('The "Fixer"')).toBe('r1,"The ""Fixer""",,,,,,,,,,,,,,c: m');
    expect(cells("Line one\r\nline two")).toBe('r1,"Line one\r\nline two",,,,,,,,,,,,,,c: m');
    expect(cells(" Designer")).toBe('r1," Designer",,,,,,,,,,,,,,c: m');
    expect(cells("Designer ")).toBe('r1,"Designer ",,,,,,,,,,,,,,c: m');
    expect(cells("\ufeffDesigner")).toBe('r1,"\ufeffDesigner",,,,,,,,,,,,,,c: m');
    expect(cells("=SUM(A1)\tx")).toBe("r1,=SUM(A1)\tx,,,,,,,,,,,,,,c: m");
    for (const title of ['The "Fixer"', "Line one\r\nline two", " Designer", "a,b"]) {
      expect(Papa.parse<string[]>(cells(title)).data[0]?.[1]).toBe(title);
    }
  });

  it("writes a failed record with its id, title and error, other cells empty", () => {
    const row = csvErrorRow("r9", "QA Lead", { code: "empty-body", message: "body is empty" });
    expect(row).toBe("r9,QA Lead,,,,,,,,,,,,,,empty-body: body is empty");
  });
});

describe("JSON Lines output", () => {
  it("puts id first, even when the result has none", () => {
    const { id: _, ...withoutId } = RESULT;
    expect(Object.keys(JSON.parse(resultJson(null, withoutId)))[0]).toBe("id");
    expect(JSON.parse(resultJson(null, withoutId)).id).toBeNull();
    expect(JSON.parse(resultJson("go-engineer-tidewell", RESULT))).toEqual(RESULT);
  });

  it("writes an error record with its source and a code", () => {
    expect(
      errorJson(
        null,
        { file: "feed.jsonl", line: 7 },
        { code: "invalid-json", message: "not valid JSON" },
      ),
    ).toBe(
      '{"id":null,"file":"feed.jsonl","line":7,"error":{"code":"invalid-json","message":"not valid JSON"}}',
    );
  });
});
