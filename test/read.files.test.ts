import { describe, expect, it } from "vitest";
import { JobtagsError } from "../src/errors";
import { csvFieldName, csvRowToPosting } from "../src/read/csv";
import { parseHtmlPosting } from "../src/read/html";
import { describeSource, extensionOf, fileKindOf, stemOf } from "../src/read/kinds";
import { parseMarkdownPosting } from "../src/read/markdown";
import { parseRecord } from "../src/read/parse";
import { parseTextPosting } from "../src/read/text";

const BOARD_FILE = `---
title: "Platform Engineer: Payments"
location: "Remote, Europe"
host: "https://jobs.harbourline.example/"
companyName: "Harbourline"
url: "https://jobs.harbourline.example/platform-engineer"
timestamp: 1715299200000
hashtags: ""
featured: 20
---

## About the role

You will run our Kubernetes clusters and write Go services for card payments.
`;

describe("markdown board files", () => {
  it("takes title, company, location and url from the front matter and the body byte for byte", () => {
    const parsed = parseMarkdownPosting(BOARD_FILE, "platform-engineer-harbourline");
    expect(parsed.posting).toEqual({
      id: "platform-engineer-harbourline",
      title: "Platform Engineer: Payments",
      companyName: "Harbourline",
      location: "Remote, Europe",
      url: "https://jobs.harbourline.example/platform-engineer",
      body: "\n## About the role\n\nYou will run our Kubernetes clusters and write Go services for card payments.\n",
    });
    expect(parsed.id).toBe("platform-engineer-harbourline");
    expect(BOARD_FILE.endsWith(parsed.body ?? "missing")).toBe(true);
  });

  it("keeps every front matter field for the writers, numbers as numbers", () => {
    const { fields } = parseMarkdownPosting(BOARD_FILE, "x");
    expect(fields.host).toBe("https://jobs.harbourline.example/");
    expect(fields.timestamp).toBe(1715299200000);
    expect(fields.featured).toBe(20);
    expect(fields.hashtags).toBe("");
  });

  it("uses an id written in the front matter over the file name", () => {
    const parsed = parseMarkdownPosting(
      '---\nid: "hl-42"\ntitle: "Go Developer"\n---\nWrite Go.\n',
      "file-name",
    );
    expect(parsed.id).toBe("hl-42");
  });

  it("takes the first heading as the title when the front matter has none", () => {
    const parsed = parseMarkdownPosting(
      "Intro line\n\n# Senior Data Engineer #\n\nWe use Spark.\n",
      "stem",
    );
    expect((parsed.posting as { title: string }).title).toBe("Senior Data Engineer");
  });

  it("falls back to the file name when there is neither a title field nor a heading", () => {
    const parsed = parseMarkdownPosting("We use Spark and Airflow.\n", "data-engineer-cartwell");
    expect((parsed.posting as { title: string }).title).toBe("data-engineer-cartwell");
  });

  it("reads a numeric title as text", () => {
    const parsed = parseMarkdownPosting("---\ntitle: 2048\n---\nGame studio.\n", "x");
    expect((parsed.posting as { title: string }).title).toBe("2048");
  });

  it("refuses broken YAML with an invalid-input error naming the front matter", () => {
    expect(() => parseMarkdownPosting("---\ntitle: [Backend\n---\nBody\n", "broken")).toThrow(
      expect.objectContaining({ code: "invalid-input", field: "frontMatter", record: "broken" }),
    );
  });
});

describe("HTML pages", () => {
  const page = `<!doctype html><html><head><TITLE>Frontend Engineer &amp; Designer | Lumen</TITLE>
<style>h1 { color: red }</style></head><body class="job"><h1>Frontend Engineer</h1>
<p>React and TypeScript, every day.</p></body></html>`;

  it("takes the title from <title>, entities decoded, and the body from <body>", () => {
    const parsed = parseHtmlPosting(page, "frontend");
    expect(parsed.posting).toEqual({
      id: "frontend",
      title: "Frontend Engineer & Designer | Lumen",
      body: "<h1>Frontend Engineer</h1>\n<p>React and TypeScript, every day.</p>",
      format: "html",
    });
  });

  it("takes the first <h1> when there is no <title>, not a <header>", () => {
    const parsed = parseHtmlPosting(
      "<header>Jobs</header><h1 id=t>QA <em>Automation</em> Engineer</h1><p>Playwright.</p>",
      "qa",
    );
    expect((parsed.posting as { title: string }).title).toBe("QA Automation Engineer");
    expect((parsed.posting as { body: string }).body).toContain("<p>Playwright.</p>");
  });

  it("falls back to the file name without a title or heading", () => {
    const parsed = parseHtmlPosting("<p>We need a Rust developer.</p>", "rust-developer");
    expect((parsed.posting as { title: string }).title).toBe("rust-developer");
  });
});

describe("plain text files", () => {
  it("takes the first non-blank line as the title and the rest as the body", () => {
    const parsed = parseTextPosting(
      "\n  iOS Engineer  \nSwiftUI and Combine.\nRemote in Canada.\n",
      "ios",
    );
    expect(parsed.posting).toEqual({
      id: "ios",
      title: "iOS Engineer",
      body: "SwiftUI and Combine.\nRemote in Canada.\n",
      format: "text",
    });
  });

  it("gives an empty body for a title-only file, which the tagger refuses", () => {
    expect((parseTextPosting("Data Analyst\n", "x").posting as { body: string }).body).toBe("");
  });
});

describe("CSV rows", () => {
  it("maps header names to posting fields without regard to case, spaces or underscores", () => {
    expect(csvFieldName("Company Name")).toBe("companyName");
    expect(csvFieldName("company_name")).toBe("companyName");
    expect(csvFieldName("Job Title")).toBe("title");
    expect(csvFieldName("Description")).toBe("body");
    expect(csvFieldName("\uFEFFid")).toBe("id");
    expect(csvFieldName("timestamp")).toBe("timestamp");
  });

  it("keeps unknown columns, drops empty optional cells and the overflow column", () => {
    const row = {
      ID: "r1",
      Title: "SRE",
      Company: "",
      Description: "Terraform.",
      Team: "infra",
      __parsed_extra: ["x"],
    };
    expect(csvRowToPosting(row)).toEqual({
      id: "r1",
      title: "SRE",
      body: "Terraform.",
      Team: "infra",
    });
  });
});

describe("records", () => {
  it("parses a JSON line and keeps its id", () => {
    const parsed = parseRecord({
      kind: "json-text",
      source: { line: 3 },
      text: '{"id":"a1","title":"Go Dev","body":"Go."}',
    });
    expect(parsed.id).toBe("a1");
    expect(parsed.body).toBe("Go.");
  });

  it("gives a null id when the id is not a string (the schema reports it)", () => {
    const parsed = parseRecord({
      kind: "value",
      source: { index: 0 },
      value: { id: 7, title: "x", body: "y" },
    });
    expect(parsed.id).toBeNull();
  });

  it("refuses a line that is not JSON with invalid-json", () => {
    const read = () =>
      parseRecord({ kind: "json-text", source: { line: 2 }, text: '{"title": "Go Dev",' });
    expect(read).toThrow(JobtagsError);
    expect(read).toThrow(expect.objectContaining({ code: "invalid-json" }));
  });
});

describe("paths", () => {
  it("picks the reader by extension, case-insensitively", () => {
    expect(fileKindOf("jobs/Backend.MD")).toBe("markdown");
    expect(fileKindOf("a.ndjson")).toBe("jsonl");
    expect(fileKindOf("page.htm")).toBe("html");
    expect(fileKindOf("notes.pdf")).toBeUndefined();
    expect(fileKindOf(".hidden/README")).toBeUndefined();
    expect(extensionOf("dir.v2/file")).toBe("");
  });

  it("names the id of a one-posting file after its stem", () => {
    expect(stemOf("content/jobs/senior-go-engineer-tidewell.md")).toBe(
      "senior-go-engineer-tidewell",
    );
  });

  it("describes sources the way error messages cite them", () => {
    expect(describeSource({ file: "a.jsonl", line: 4 })).toBe("a.jsonl:4");
    expect(describeSource({ line: 2 })).toBe("<stdin>:2");
    expect(describeSource({ file: "a.json", index: 0 })).toBe("a.json[0]");
    expect(describeSource({ file: "a.csv", row: 9 })).toBe("a.csv row 9");
  });
});
