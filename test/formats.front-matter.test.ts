import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { FieldValue } from "../src/formats/board-fields";
import { unifiedDiff } from "../src/formats/diff";
import { editFrontMatter } from "../src/formats/front-matter-edit";

const BOARD_FILE = `---
title: "Senior Go Engineer: Freight (Remote)"
location: "Remote, EU"
host: "https://tidewell.example/careers"
companyName: "Tidewell Freight"
timestamp: 1715299200000
hashtags: "#go,#old"
jobType: "other"
logoUrl: "https://logos.example/tidewell.png"
summary: ""
summaryBackup: ""
featured: 20
---

## What you will do

Build our routing engine in **Go**.
---
A horizontal rule above is body, not front matter.
`;

const UPDATES: Array<[string, FieldValue]> = [
  ["hashtags", "#golang,#kubernetes,#backend"],
  ["jobType", "software"],
  ["summary", 'If you have "5+ years" with Go: apply\\now'],
  ["summaryBackup", ""],
  ["category", "engineering"],
  ["seniority", "senior"],
  ["yearsExperience", 5],
  ["salaryMin", null],
];

function lines(text: string): string[] {
  return text.split("\n");
}

describe("editing front matter in place", () => {
  const edited = editFrontMatter(BOARD_FILE, UPDATES);

  it("replaces changed generated fields and adds new ones after the last board field", () => {
    expect(edited.text).toBe(`---
title: "Senior Go Engineer: Freight (Remote)"
location: "Remote, EU"
host: "https://tidewell.example/careers"
companyName: "Tidewell Freight"
timestamp: 1715299200000
hashtags: "#golang,#kubernetes,#backend"
jobType: "software"
logoUrl: "https://logos.example/tidewell.png"
summary: "If you have \\"5+ years\\" with Go: apply\\\\now"
summaryBackup: ""
featured: 20
category: "engineering"
seniority: "senior"
yearsExperience: 5
---

## What you will do

Build our routing engine in **Go**.
---
A horizontal rule above is body, not front matter.
`);
  });

  it("keeps every other line and the body byte for byte", () => {
    const before = lines(BOARD_FILE);
    const after = lines(edited.text);
    const generated = /^(hashtags|jobType|summary|category|seniority|yearsExperience):/;
    expect(after.filter((line) => !generated.test(line))).toEqual(
      before.filter((line) => !generated.test(line)),
    );
    const body = BOARD_FILE.slice(BOARD_FILE.indexOf("---\n\n## What") + 4);
    expect(edited.text.endsWith(body)).toBe(true);
  });

  it("writes YAML that reads back to the exact values", () => {
    const frontMatter = edited.text.slice(4, edited.text.indexOf("\n---\n") + 1);
    expect(parse(frontMatter)).toMatchObject({
      title: "Senior Go Engineer: Freight (Remote)",
      summary: 'If you have "5+ years" with Go: apply\\now',
      yearsExperience: 5,
    });
  });

  it("changes nothing when the values are already there, however they are quoted", () => {
    const again = editFrontMatter(edited.text, UPDATES);
    expect(again.changes).toEqual([]);
    expect(again.text).toBe(edited.text);
    const plain = editFrontMatter("---\njobType: software\nhashtags: '#golang'\n---\nGo.\n", [
      ["jobType", "software"],
      ["hashtags", "#golang"],
    ]);
    expect(plain.changes).toEqual([]);
  });

  it("removes a generated field whose new value is null, with its continuation lines", () => {
    const text =
      "---\ntitle: Data Engineer\nyearsExperience: 3\nsummary: |\n  Line one\n\n  Line two\nfeatured: 1\n---\nBody\n";
    const result = editFrontMatter(text, [
      ["yearsExperience", null],
      ["summary", "Short"],
    ]);
    expect(result.text).toBe(
      '---\ntitle: Data Engineer\nsummary: "Short"\nfeatured: 1\n---\nBody\n',
    );
  });

  it("leaves comments and blank lines between fields where they are", () => {
    const text =
      "---\ntitle: QA Engineer\n\n# written by hand\njobType: other\n\nfeatured: 3\n---\nBody\n";
    const result = editFrontMatter(text, [["jobType", "software"]]);
    expect(result.text).toBe(
      '---\ntitle: QA Engineer\n\n# written by hand\njobType: "software"\n\nfeatured: 3\n---\nBody\n',
    );
  });

  it("keeps CRLF line endings and a byte order mark", () => {
    const text = '\uFEFF---\r\ntitle: "SRE"\r\nhashtags: ""\r\n---\r\nOn call.\r\n';
    const result = editFrontMatter(text, [
      ["hashtags", "#sre"],
      ["category", "devops-sre"],
    ]);
    expect(result.text).toBe(
      '\uFEFF---\r\ntitle: "SRE"\r\nhashtags: "#sre"\r\ncategory: "devops-sre"\r\n---\r\nOn call.\r\n',
    );
  });

  it("adds a front matter block to a file without one, leaving the text after it untouched", () => {
    const text = "# iOS Engineer\n\nSwiftUI.\n";
    const result = editFrontMatter(text, [
      ["hashtags", "#ios,#swift"],
      ["yearsExperience", null],
    ]);
    expect(result.text).toBe('---\nhashtags: "#ios,#swift"\n---\n# iOS Engineer\n\nSwiftUI.\n');
  });

  it("puts a field that precedes every existing one in the board order at the top", () => {
    const result = editFrontMatter("---\nfeatured: 1\n---\nx\n", [["hashtags", "#go"]]);
    expect(result.text).toBe('---\nhashtags: "#go"\nfeatured: 1\n---\nx\n');
  });

  it("refuses front matter without a closing line", () => {
    expect(() =>
      editFrontMatter("---\ntitle: x\nbody without end\n", [["hashtags", "#x"]]),
    ).toThrow(expect.objectContaining({ code: "invalid-input" }));
  });
});

describe("the diff of an edit", () => {
  const edited = editFrontMatter(BOARD_FILE, UPDATES);

  it("lists changed lines as -U0 hunks with their line numbers", () => {
    expect(unifiedDiff("jobs/tidewell.md", edited.changes)).toBe(`--- jobs/tidewell.md
+++ jobs/tidewell.md
@@ -7,2 +7,2 @@
-hashtags: "#go,#old"
-jobType: "other"
+hashtags: "#golang,#kubernetes,#backend"
+jobType: "software"
@@ -10,1 +10,1 @@
-summary: ""
+summary: "If you have \\"5+ years\\" with Go: apply\\\\now"
@@ -12,0 +13,3 @@
+category: "engineering"
+seniority: "senior"
+yearsExperience: 5
`);
  });

  it("is empty when nothing changes", () => {
    expect(unifiedDiff("a.md", [])).toBe("");
  });

  it("is a patch that turns the old file into the new one", () => {
    const dir = mkdtempSync(join(tmpdir(), "jobtags-diff-"));
    try {
      const cases = [
        [BOARD_FILE, UPDATES],
        [
          "---\ntitle: x\nyearsExperience: 2\nsummary: >\n  a\n  b\n---\nBody\n",
          [
            ["yearsExperience", null],
            ["summary", "s"],
            ["category", "qa"],
          ],
        ],
        ["No front matter\n", [["hashtags", "#x"]]],
      ] as const;
      for (const [text, updates] of cases) {
        const result = editFrontMatter(text, updates);
        writeFileSync(join(dir, "posting.md"), text);
        writeFileSync(join(dir, "change.diff"), unifiedDiff("posting.md", result.changes));
        execFileSync("patch", ["-s", "-p0", "-i", "change.diff"], { cwd: dir });
        expect(readFileSync(join(dir, "posting.md"), "utf8")).toBe(result.text);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
