import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli, SUMMARY } from "./helpers/cli";
import { POSTINGS } from "./helpers/postings";
import { distReady } from "./setup/build";

let dir: string;

const BOARD_MD = `---
title: "Backend Engineer (Go)"
location: "Remote, EU"
companyName: "Tidewell Freight"
url: "https://tidewell.example/jobs/backend"
timestamp: 1715299200000
hashtags: ""
featured: 20
---

We build our platform in Go and Rust on Kubernetes.
`;

const HTML_PAGE = `<html><head><title>Snowflake Data Engineer</title><style>p { color: navy }</style></head>
<body><h1>Data Engineer</h1><p>Build batch pipelines with Apache Airflow and Spark.</p></body></html>`;

const TEXT_FILE = "Python Developer\nWe build services in Rust on Kubernetes.\n";

beforeAll(async () => {
  await distReady();
  dir = mkdtempSync(join(tmpdir(), "jobtags-cli-read-"));
  const jobs = join(dir, "jobs");
  mkdirSync(jobs);
  writeFileSync(join(jobs, "a-backend-tidewell.md"), BOARD_MD);
  writeFileSync(join(jobs, "b-snowflake-cartwell.html"), HTML_PAGE);
  writeFileSync(join(jobs, "c-python-developer.txt"), TEXT_FILE);
  writeFileSync(
    join(jobs, "d-array.json"),
    JSON.stringify([POSTINGS[1], { id: "no-title", body: "Go." }]),
  );
  writeFileSync(join(jobs, "e-feed.jsonl"), `${JSON.stringify(POSTINGS[3])}\n`);
  writeFileSync(join(jobs, "f-feed.ndjson"), `${JSON.stringify(POSTINGS[4])}\n`);
  writeFileSync(
    join(jobs, "g-sheet.csv"),
    'ID,Job Title,Company,Description,Location\nsheet-1,"Site Reliability Engineer, Contract",Brightkeel,"Terraform and AWS.\nOn call one week in six.",Remote\nsheet-2,Recruiter,Sunfield,,Lisbon\n',
  );
  writeFileSync(
    join(jobs, "h-logo.md"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(jobs, "notes.pdf"), "%PDF-1.7");
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("jobtags tag on a directory of every supported kind", () => {
  let lines: Record<string, unknown>[];
  let stderr: string;
  let code: number | null;

  beforeAll(async () => {
    const run = await runCli(["tag", join(dir, "jobs")]);
    lines = jsonLines(run.stdout);
    stderr = run.stderr;
    code = run.code;
  });

  it("reads the files sorted by path, one record per posting, skipping unsupported files", () => {
    expect(lines.map((line) => line.id)).toEqual([
      "a-backend-tidewell",
      "b-snowflake-cartwell",
      "c-python-developer",
      POSTINGS[1].id,
      "no-title",
      POSTINGS[3].id,
      POSTINGS[4].id,
      "sheet-1",
      "sheet-2",
      "h-logo",
    ]);
    expect(code).toBe(1);
    expect(SUMMARY.exec(stderr)?.slice(1, 3)).toEqual(["10", "3"]);
  });

  it("tags a board markdown file from its front matter title and body", () => {
    expect(lines[0]?.hashtags).toEqual(
      expect.arrayContaining(["#golang", "#rustlang", "#kubernetes"]),
    );
  });

  /** Where the tagger found each hashtag: "title" or a body section. */
  const sections = (line: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      ((line?.tags ?? []) as { hashtag: string; evidence: { section: string }[] }[]).map((tag) => [
        tag.hashtag,
        tag.evidence.map((evidence) => evidence.section === "title"),
      ]),
    );

  it("tags an HTML page with its <title> as the title and its <body> as the body", () => {
    expect(sections(lines[1])).toMatchObject({
      "#snowflake": [true],
      "#airflow": [false],
      "#spark": [false],
    });
  });

  it("tags a text file with its first line as the title and the rest as the body", () => {
    expect(sections(lines[2])).toMatchObject({
      "#python": [true],
      "#rustlang": [false],
      "#kubernetes": [false],
    });
  });

  it("names the array index of a JSON element that fails the schema", () => {
    expect(lines[4]).toEqual({
      id: "no-title",
      file: join(dir, "jobs", "d-array.json"),
      index: 1,
      error: { code: "invalid-input", message: expect.stringContaining("title") },
    });
  });

  it("reads CSV columns by header name and names the row of a failure", () => {
    expect(lines[7]).toMatchObject({ id: "sheet-1", jobType: "software" });
    expect(lines[8]).toMatchObject({
      id: "sheet-2",
      file: join(dir, "jobs", "g-sheet.csv"),
      row: 2,
      error: { code: "empty-body" },
    });
  });

  it("turns a binary file into an error record naming it, and goes on", () => {
    expect(lines[9]).toEqual({
      id: "h-logo",
      file: join(dir, "jobs", "h-logo.md"),
      error: { code: "read-failed", message: "binary file (contains NUL bytes)" },
    });
    expect(stderr).toContain(
      `jobtags: ${join(dir, "jobs", "h-logo.md")}: read-failed: binary file`,
    );
  });
});

describe("jobtags tag on paths that cannot be read", () => {
  it("reports a missing file and an unsupported one in place, between good records", async () => {
    const good = join(dir, "jobs", "e-feed.jsonl");
    const run = await runCli([
      "tag",
      join(dir, "missing.jsonl"),
      good,
      join(dir, "jobs", "notes.pdf"),
    ]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      {
        id: null,
        file: join(dir, "missing.jsonl"),
        error: { code: "read-failed", message: "no such file or directory" },
      },
      expect.objectContaining({ id: POSTINGS[3].id }),
      {
        id: null,
        file: join(dir, "jobs", "notes.pdf"),
        error: {
          code: "unsupported-format",
          message: expect.stringContaining("not a format jobtags reads"),
        },
      },
    ]);
  });

  it("expands a glob", async () => {
    const run = await runCli(["tag", `${dir}/jobs/*.{jsonl,ndjson}`]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((line) => line.id)).toEqual([POSTINGS[3].id, POSTINGS[4].id]);
  });
});
