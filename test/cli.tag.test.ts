import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, jsonLines, runCli, SUMMARY } from "./helpers/cli";
import { POSTINGS, postingsJsonl } from "./helpers/postings";
import { distReady } from "./setup/build";

let dir: string;
beforeAll(async () => {
  await distReady();
  dir = mkdtempSync(join(tmpdir(), "jobtags-cli-tag-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("jobtags tag on JSON Lines from stdin", () => {
  it("tags the posting of the Done-when check", async () => {
    const run = await runCli(["tag"], {
      stdin:
        '{"title":"Backend Engineer","body":"We build our platform in Go and Rust on Kubernetes."}\n',
    });
    expect(run.code).toBe(0);
    const [result] = jsonLines(run.stdout);
    expect(result?.hashtags).toEqual(
      expect.arrayContaining(["#golang", "#rustlang", "#kubernetes"]),
    );
    expect(result?.jobType).toBe("software");
    expect(result?.id).toBeNull();
    expect(run.stderr).toMatch(SUMMARY);
    expect(SUMMARY.exec(run.stderr)?.slice(1, 3)).toEqual(["1", "0"]);
  });

  it("writes one line per record in input order with id first, and nothing else on stdout", async () => {
    const run = await runCli(["tag", "-"], { stdin: postingsJsonl() });
    expect(run.code).toBe(0);
    const results = jsonLines(run.stdout);
    expect(results.map((result) => result.id)).toEqual(POSTINGS.map((posting) => posting.id));
    for (const result of results) {
      expect(Object.keys(result)[0]).toBe("id");
      expect(result).toHaveProperty("hashtags");
      expect(result).toHaveProperty("summary");
    }
  });

  it("puts an error record in place of a line that is not JSON and goes on (exit 1)", async () => {
    const stdin = `${JSON.stringify(POSTINGS[0])}\n{"title": "Go Developer", "body": \n${JSON.stringify(POSTINGS[1])}\n`;
    const run = await runCli(["tag"], { stdin });
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.id).toBe(POSTINGS[0].id);
    expect(lines[1]).toEqual({
      id: null,
      line: 2,
      error: { code: "invalid-json", message: expect.stringContaining("not valid JSON") },
    });
    expect(lines[2]?.id).toBe(POSTINGS[1].id);
    expect(run.stderr).toMatch(/^jobtags: <stdin>:2: invalid-json: not valid JSON/m);
    expect(SUMMARY.exec(run.stderr)?.slice(1, 3)).toEqual(["3", "1"]);
  });

  it("puts an invalid-input error naming the field in place of a posting with wrong types", async () => {
    const stdin = '{"id":"bad-types","title":42,"body":"We use Go."}\n';
    const run = await runCli(["tag"], { stdin });
    expect(run.code).toBe(1);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({ id: "bad-types", line: 1, error: { code: "invalid-input" } });
    expect(line?.error).toMatchObject({ message: expect.stringContaining("title") });
    expect(run.stderr).toMatch(/^jobtags: <stdin>:1: invalid-input: /m);
  });

  it("reports the tagger's own code for an empty body", async () => {
    const run = await runCli(["tag"], {
      stdin: '{"id":"blank","title":"Data Analyst","body":"   "}\n',
    });
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ id: "blank", error: { code: "empty-body" } });
  });

  it("stops at the first failure with --fail-fast, after writing its error line", async () => {
    const stdin = `${JSON.stringify(POSTINGS[0])}\nnot json\n${JSON.stringify(POSTINGS[1])}\n`;
    const run = await runCli(["tag", "--fail-fast"], { stdin });
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id ?? (line.error as { code: string }).code)).toEqual([
      POSTINGS[0].id,
      "invalid-json",
    ]);
    expect(SUMMARY.exec(run.stderr)?.slice(1, 3)).toEqual(["2", "1"]);
  });

  it("ends stderr with the summary line even when there is no record", async () => {
    const run = await runCli(["tag"], { stdin: "\n\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n").at(-1)).toMatch(SUMMARY);
  });
});

describe("jobtags tag usage errors (exit 2)", () => {
  it.each([
    [["tag", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["tag", "--format", "xml"], /--format must be one of jsonl, json, csv, md/],
    [["tag", "--shard", "4/3"], /--shard expects i\/n/],
    [["tag", "--jobs", "0"], /--jobs must be between 1 and 256/],
    [["tag", "--dry-run"], /--dry-run goes with --in-place/],
    [["tag", "--in-place"], /--in-place needs \.md files/],
    [["tag", "--max-hashtags", "500"], /--max-hashtags must be between 0 and 100/],
  ])("refuses %j", async (args, message) => {
    const run = await runCli(args, { stdin: postingsJsonl() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Run "jobtags tag --help" for usage.');
  });

  it("refuses tagger options the library rejects, on the main thread and in workers", async () => {
    const config = join(dir, "bad-options.json");
    writeFileSync(config, JSON.stringify({ maxSummaryLength: 5 }));
    for (const jobs of ["1", "2"]) {
      const run = await runCli(["tag", "--config", config, "--jobs", jobs], {
        stdin: postingsJsonl(),
      });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("maxSummaryLength");
    }
  });

  it("applies options from --config and flags", async () => {
    const config = join(dir, "options.json");
    writeFileSync(config, JSON.stringify({ maxHashtags: 1 }));
    const run = await runCli(["tag", "--config", config], { stdin: postingsJsonl() });
    expect(run.code).toBe(0);
    for (const result of jsonLines(run.stdout))
      expect((result.hashtags as string[]).length).toBeLessThanOrEqual(1);
    const flagged = await runCli(["tag", "--config", config, "--max-hashtags", "2"], {
      stdin: postingsJsonl(),
    });
    expect(
      jsonLines(flagged.stdout).some((result) => (result.hashtags as string[]).length === 2),
    ).toBe(true);
  });
});

/** A larger input made from the test postings with distinct ids, plus two broken lines. */
function largeInput(count: number): string {
  let text = "";
  for (let index = 0; index < count; index += 1) {
    const posting = POSTINGS[index % POSTINGS.length] as (typeof POSTINGS)[number];
    text +=
      index === 37
        ? "{oops\n"
        : `${JSON.stringify({ ...posting, id: `${posting.id}-${index}` })}\n`;
  }
  return `${text}{"id":"no-body","title":"Go Developer"}\n`;
}

describe("jobtags tag at scale", () => {
  it("writes the same output with --jobs 2 as with --jobs 1", async () => {
    const stdin = largeInput(300);
    const single = await runCli(["tag", "--jobs", "1"], { stdin });
    const workers = await runCli(["tag", "--jobs", "2", "--batch-size", "16"], { stdin });
    expect(single.code).toBe(1);
    expect(workers.code).toBe(1);
    expect(jsonLines(single.stdout)).toHaveLength(301);
    expect(workers.stdout).toBe(single.stdout);
    expect(SUMMARY.exec(workers.stderr)?.slice(1, 3)).toEqual(["301", "2"]);
  });

  it("splits an input into shards whose outputs together are the single run's", async () => {
    const input = join(dir, "feed.jsonl");
    writeFileSync(input, largeInput(120));
    const whole = await runCli(["tag", input]);
    const shards = await Promise.all(
      [1, 2, 3].map((share) => runCli(["tag", "--shard", `${share}/3`, input])),
    );
    const wholeLines = whole.stdout.split("\n").filter(Boolean);
    const shardLines = shards.map((run) => run.stdout.split("\n").filter(Boolean));
    for (const lines of shardLines) expect(lines.length).toBeGreaterThan(10);
    expect(shardLines.flat().sort()).toEqual([...wholeLines].sort());
    const counts = shards.map((run) => Number(SUMMARY.exec(run.stderr)?.[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(121);
  });

  it("writes --out FILE atomically and leaves stdout empty", async () => {
    const out = join(dir, "results.jsonl");
    const run = await runCli(["tag", "--out", out], { stdin: postingsJsonl() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(jsonLines(readFileSync(out, "utf8")).map((line) => line.id)).toEqual(
      POSTINGS.map((posting) => posting.id),
    );
  });

  it("runs as an executable through its shebang", async () => {
    const { execFileSync } = await import("node:child_process");
    const stdout = execFileSync(cliPath(), ["tag"], {
      input: postingsJsonl([POSTINGS[0]]),
      stdio: ["pipe", "pipe", "ignore"],
    });
    expect(jsonLines(stdout.toString())[0]?.id).toBe(POSTINGS[0].id);
  });
});
