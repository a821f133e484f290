import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../src/formats/csv";
import { jsonLines, runCli } from "./helpers/cli";
import { POSTINGS, postingsJsonl } from "./helpers/postings";
import { distReady } from "./setup/build";

/** Every test posting, with a broken line in the middle. */
const INPUT = `${postingsJsonl(POSTINGS.slice(0, 2))}{"id":"broken","title":"Go Developer","body":17}\n${postingsJsonl(POSTINGS.slice(2))}`;
const IDS = [
  POSTINGS[0].id,
  POSTINGS[1].id,
  "broken",
  ...POSTINGS.slice(2).map((posting) => posting.id),
];

let dir: string;
let reference: Record<string, unknown>[];

beforeAll(async () => {
  await distReady();
  dir = mkdtempSync(join(tmpdir(), "jobtags-cli-write-"));
  reference = jsonLines((await runCli(["tag"], { stdin: INPUT })).stdout);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("--format json", () => {
  it("writes one array holding the same objects as the JSON Lines output, errors in place", async () => {
    const run = await runCli(["tag", "--format", "json"], { stdin: INPUT });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(reference);
    expect(reference.map((line) => line.id)).toEqual(IDS);
    expect(reference[2]).toMatchObject({ id: "broken", line: 3, error: { code: "invalid-input" } });
  });

  it("writes an empty array for an empty input", async () => {
    const run = await runCli(["tag", "-f", "json"], { stdin: "" });
    expect(run.stdout).toBe("[]\n");
  });
});

describe("--format csv", () => {
  it("writes a header and one properly quoted row per record, errors in the error column", async () => {
    const run = await runCli(["tag", "--format", "csv"], { stdin: INPUT });
    const parsed = Papa.parse<Record<string, string>>(run.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.id)).toEqual(IDS);
    const first = reference[0] as { hashtags: string[]; summary: string; jobType: string };
    expect(parsed.data[0]).toMatchObject({
      title: POSTINGS[0].title,
      hashtags: first.hashtags.join(","),
      jobType: first.jobType,
      summary: first.summary,
      error: "",
    });
    expect(parsed.data[2]?.error).toMatch(/^invalid-input: /);
    const account = reference[4] as { salary: { min: number; currency: string } | null };
    expect(parsed.data[4]?.salaryMin).toBe(
      account.salary === null ? "" : String(account.salary.min),
    );
  });
});

describe("--format md", () => {
  it("writes board files to stdout, front matter in board order, body untouched", async () => {
    const run = await runCli(["tag", "--format", "md"], {
      stdin: postingsJsonl(POSTINGS.slice(1, 2)),
    });
    expect(run.code).toBe(0);
    const result = reference[1] as {
      hashtags: string[];
      jobType: string;
      summary: string;
      summaryBackup: string;
    };
    const file = matter(run.stdout, {});
    expect(file.data).toMatchObject({
      title: POSTINGS[1].title,
      location: POSTINGS[1].location,
      companyName: POSTINGS[1].companyName,
      hashtags: result.hashtags.join(","),
      jobType: result.jobType,
      summary: result.summary,
      summaryBackup: result.summaryBackup,
    });
    expect(run.stdout.split("\n").slice(0, 4)).toEqual([
      "---",
      `title: "${POSTINGS[1].title}"`,
      `location: "${POSTINGS[1].location}"`,
      `companyName: "${POSTINGS[1].companyName}"`,
    ]);
    expect(run.stdout.endsWith(`---\n${POSTINGS[1].body}`)).toBe(true);
  });

  it("writes one file per record, named by id, into an --out directory", async () => {
    const out = join(dir, "site", "content");
    const run = await runCli(["tag", "--format", "md", "--out", `${out}/`], { stdin: INPUT });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const expected = IDS.filter((id) => id !== "broken").map((id) => `${id}.md`);
    expect(readdirSync(out).sort()).toEqual(expected.sort());
    const data = matter(readFileSync(join(out, `${POSTINGS[0].id}.md`), "utf8"), {}).data;
    expect(data.hashtags).toBe((reference[0] as { hashtags: string[] }).hashtags.join(","));
  });

  it("refuses an --out directory for formats that write one stream", async () => {
    const run = await runCli(["tag", "--format", "csv", "--out", `${dir}/`], { stdin: INPUT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("needs --format md");
  });
});
