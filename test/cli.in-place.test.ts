import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { yamlScalar } from "../src/formats/yaml-scalar";
import { jsonLines, runCli, SUMMARY } from "./helpers/cli";
import { distReady } from "./setup/build";

/** A board file with the quirks in-place editing must keep: comments, odd quoting, CRLF-free tabs. */
const BOARD_FILE = `---
title: 'Senior Backend Engineer: "Go" & Rust'
location: "Remote, EU"
host: "https://tidewell.example/careers"
companyName: "Tidewell Freight"
url: "https://tidewell.example/careers/42"
applyUrl: "https://tidewell.example/careers/42/apply"
timestamp: 1715299200000
hashtags: "#go"
jobType: ""
# logo checked by hand on 2024-05-10
logoUrl: "https://logos.example/tidewell.png"
companyWebsite:   https://tidewell.example
summary: ""
summaryBackup: ""
featured: 20
archived: false
---

## What you will do

We build our platform in Go and Rust on Kubernetes.\tTabs stay.
---
More body after a rule.
`;

const OTHER_FILE =
  "---\ntitle: Account Executive\ncompanyName: Mossgrove\n---\nSell our software to mid-market companies. Keep Salesforce current.\n";

let dir: string;
const path = () => join(dir, "senior-backend-tidewell.md");
const otherPath = () => join(dir, "account-executive-mossgrove.md");

beforeAll(async () => {
  await distReady();
  dir = mkdtempSync(join(tmpdir(), "jobtags-cli-inplace-"));
});
beforeEach(() => {
  writeFileSync(path(), BOARD_FILE);
  writeFileSync(otherPath(), OTHER_FILE);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const GENERATED =
  /^(hashtags|jobType|summary|summaryBackup|category|seniority|employmentType|remote|yearsExperience|salaryMin|salaryMax|salaryCurrency|salaryPeriod):/;

describe("jobtags tag --in-place", () => {
  it("rewrites only the generated fields and keeps every other line and the body byte for byte", async () => {
    const expected = jsonLines((await runCli(["tag", path()])).stdout)[0] as Record<
      string,
      unknown
    > & {
      hashtags: string[];
    };
    const run = await runCli(["tag", "--in-place", path()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const after = readFileSync(path(), "utf8");

    const keptBefore = BOARD_FILE.split("\n").filter((line) => !GENERATED.test(line));
    const keptAfter = after.split("\n").filter((line) => !GENERATED.test(line));
    expect(keptAfter).toEqual(keptBefore);
    const body = BOARD_FILE.slice(BOARD_FILE.indexOf("\n---\n") + 5);
    expect(after.endsWith(`\n---\n${body}`)).toBe(true);

    expect(after).toContain(`\nhashtags: ${yamlScalar(expected.hashtags.join(","))}\n`);
    expect(after).toContain(`\njobType: ${yamlScalar(expected.jobType)}\n`);
    expect(after).toContain(`\nsummary: ${yamlScalar(expected.summary)}\n`);
    expect(after).toContain(`\ncategory: ${yamlScalar(expected.category)}\n`);
    expect(after.indexOf("\ncategory:")).toBeGreaterThan(after.indexOf("\narchived: false"));
    expect(run.stderr).toMatch(/^changed 1 files, 0 unchanged$/m);
  });

  it("leaves a file it already tagged unchanged, down to its modification time", async () => {
    await runCli(["tag", "--in-place", path()]);
    const once = readFileSync(path(), "utf8");
    const mtime = statSync(path()).mtimeMs;
    const again = await runCli(["tag", "--in-place", path()]);
    expect(again.stderr).toMatch(/^changed 0 files, 1 unchanged$/m);
    expect(readFileSync(path(), "utf8")).toBe(once);
    expect(statSync(path()).mtimeMs).toBe(mtime);
  });

  it("rewrites every markdown file of a directory", async () => {
    const run = await runCli(["tag", "--in-place", dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^changed 2 files, 0 unchanged$/m);
    expect(readFileSync(otherPath(), "utf8")).toMatch(
      /^---\ntitle: Account Executive\ncompanyName: Mossgrove\nhashtags: "[^"]*"\njobType: "other"\n/,
    );
  });

  it("refuses inputs that are not markdown, in place, and goes on", async () => {
    const feed = join(dir, "feed.jsonl");
    writeFileSync(feed, '{"title":"Go Developer","body":"Go."}\n');
    try {
      const run = await runCli(["tag", "--in-place", feed, path()]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `jobtags: ${feed}: unsupported-format: --in-place rewrites markdown (.md) files only`,
      );
      expect(run.stderr).toMatch(/^changed 1 files, 0 unchanged$/m);
      expect(SUMMARY.exec(run.stderr)?.slice(1, 3)).toEqual(["2", "1"]);
    } finally {
      rmSync(feed);
    }
  });
});

describe("jobtags tag --in-place --dry-run", () => {
  it("prints the diff of the generated fields and writes nothing", async () => {
    const run = await runCli(["tag", "--in-place", "--dry-run", path(), otherPath()]);
    expect(run.code).toBe(0);
    expect(readFileSync(path(), "utf8")).toBe(BOARD_FILE);
    expect(readFileSync(otherPath(), "utf8")).toBe(OTHER_FILE);
    expect(
      run.stdout.startsWith(
        `--- ${path()}\n+++ ${path()}\n@@ -9,2 +9,2 @@\n-hashtags: "#go"\n-jobType: ""\n+hashtags: `,
      ),
    ).toBe(true);
    expect(run.stdout).toContain(`--- ${otherPath()}\n+++ ${otherPath()}\n@@ -3,0 +4,`);
    for (const line of run.stdout.split("\n").filter((line) => /^[-+][^-+]/.test(line))) {
      expect(line.slice(1)).toMatch(GENERATED);
    }
    expect(run.stderr).toMatch(/^would change 2 files, 0 unchanged$/m);
  });

  it("prints the diff that --in-place then applies", async () => {
    const { execFileSync } = await import("node:child_process");
    const dry = await runCli(["tag", "--in-place", "--dry-run", path()]);
    const copy = join(dir, "patched.md");
    writeFileSync(copy, BOARD_FILE);
    execFileSync("patch", ["-s", copy], { input: dry.stdout });
    await runCli(["tag", "--in-place", path()]);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(path(), "utf8"));
    rmSync(copy);
  });
});
