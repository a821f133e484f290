import { existsSync, readFileSync } from "node:fs";
import { decodeHTML } from "entities/decode";
import { describe, expect, it } from "vitest";
import { checkUnitMapping } from "../scripts/eval/text";
import { JobtagsError } from "../src/errors";
import { detectFormat, normalizeBody, toOriginalSpan } from "../src/text";
import type { NormalizedText } from "../src/text/types";

/** Each line as `[text, heading, bullet]`, for exact comparisons. */
function linesOf(nt: NormalizedText): Array<[string, boolean, boolean]> {
  return nt.lines.map((line) => [nt.text.slice(line.start, line.end), line.heading, line.bullet]);
}

/** The original text that `needle` (the n-th occurrence in the normalized text) came from. */
function sourceOf(nt: NormalizedText, needle: string, occurrence = 0): string {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = nt.text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the normalized text`);
  const span = toOriginalSpan(nt, at, at + needle.length);
  return nt.original.slice(span.start, span.end);
}

const SINGLE_QUOTES = /[\u2018\u2019]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e]/g;

/**
 * Every unit of the text (spaces and breaks aside) maps to its own source: the same unit, the
 * smart quote it replaced, a backslash escape or an entity; and spans never run backwards.
 */
function expectEveryUnitMapsToItsSource(nt: NormalizedText): void {
  let previousStart = -1;
  for (let i = 0; i < nt.text.length; i++) {
    const unit = nt.text.charAt(i);
    const start = nt.startOf[i] as number;
    const end = nt.endOf[i] as number;
    expect(start, `start of unit ${i}`).toBeGreaterThanOrEqual(previousStart);
    expect(end, `end of unit ${i}`).toBeGreaterThanOrEqual(start);
    previousStart = start;
    if (unit === " " || unit === "\n") continue;
    let source = nt.original.slice(start, end);
    if (source.length === 2 && source.startsWith("\\")) source = source.charAt(1);
    // An entity may be escaped twice in entity-escaped HTML (`&amp;amp;`).
    for (let round = 0; round < 2; round++)
      source = source.startsWith("&") ? decodeHTML(source) : source;
    source = source.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
    expect(source, `source of ${JSON.stringify(unit)} at ${i}`).toBe(unit);
  }
}

function expectJobtagsError(run: () => unknown, code: string, message: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JobtagsError);
    expect((error as JobtagsError).code).toBe(code);
    expect((error as JobtagsError).message).toMatch(message);
    return;
  }
  throw new Error(`expected a JobtagsError with code ${code}`);
}

describe("detectFormat", () => {
  it("recognizes HTML by its closing tags and line breaks", () => {
    expect(detectFormat("<p>We ship every day.</p><p>Join us.</p>")).toBe("html");
    expect(detectFormat("Line one<br>Line two<br/>Line three")).toBe("html");
  });

  it("recognizes entity-escaped HTML as Greenhouse sends it", () => {
    expect(
      detectFormat("&lt;p&gt;Our stack&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;"),
    ).toBe("html");
  });

  it("does not take prose that names a tag for HTML", () => {
    expect(detectFormat("You know when to reach for <canvas> and when for <svg>.")).toBe("text");
  });

  it("recognizes turndown markdown by headings, bullets, bold, links and escapes", () => {
    expect(detectFormat("## About us\n\nWe sell boats.")).toBe("markdown");
    expect(detectFormat("Perks\n\n*   Remote work")).toBe("markdown");
    expect(detectFormat("**Requirements**\n\nSome Go.")).toBe("markdown");
    expect(detectFormat("See [our site](https://acme.example).")).toBe("markdown");
    expect(detectFormat("Modern C\\+\\+ experience")).toBe("markdown");
  });

  it("calls everything else plain text", () => {
    expect(detectFormat("REQUIREMENTS\n- 3 years of Go\n• Docker")).toBe("text");
  });
});

describe("normalizeBody on HTML", () => {
  it("turns a Lever body (div, b, ul/li) into heading and bullet lines", () => {
    const nt = normalizeBody(
      "<div><div>Acme builds payroll software.</div><div><br></div><div><b>What you'll do</b></div>" +
        "<ul><li>Design REST APIs in Go</li><li>Own the Postgres schema</li></ul></div>",
    );
    expect(nt.format).toBe("html");
    expect(nt.text).toBe(
      "Acme builds payroll software.\nWhat you'll do\nDesign REST APIs in Go\nOwn the Postgres schema",
    );
    expect(linesOf(nt)).toEqual([
      ["Acme builds payroll software.", false, false],
      ["What you'll do", true, false],
      ["Design REST APIs in Go", false, true],
      ["Own the Postgres schema", false, true],
    ]);
    expectEveryUnitMapsToItsSource(nt);
    expect(sourceOf(nt, "What you'll do")).toBe("What you'll do");
  });

  it("decodes entity-escaped Greenhouse HTML first and maps offsets to the escaped source", () => {
    const body =
      "&lt;div class=&quot;intro&quot;&gt;&lt;p&gt;At Acme, we help clinics.&lt;/p&gt;&lt;/div&gt;" +
      "&lt;h2&gt;Responsibilities&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Build R&amp;amp;D tools&lt;/li&gt;" +
      "&lt;li&gt;Keep &lt;em&gt;Kubernetes&lt;/em&gt; healthy&lt;/li&gt;&lt;/ul&gt;";
    const nt = normalizeBody(body);
    expect(linesOf(nt)).toEqual([
      ["At Acme, we help clinics.", false, false],
      ["Responsibilities", true, false],
      ["Build R&D tools", false, true],
      ["Keep Kubernetes healthy", false, true],
    ]);
    expect(sourceOf(nt, "R&D")).toBe("R&amp;amp;D");
    expect(sourceOf(nt, "Keep Kubernetes healthy")).toBe(
      "Keep &lt;em&gt;Kubernetes&lt;/em&gt; healthy",
    );
    expectEveryUnitMapsToItsSource(nt);
  });

  it("reads Workable paragraphs with strong-only headings and nbsp", () => {
    const nt = normalizeBody(
      "<p>We are a small fintech team.</p><p><strong>Requirements</strong></p><ul>\n" +
        "<li>5+ years with Python</li>\n<li>Django&nbsp;or\u00a0Flask</li>\n</ul>",
    );
    expect(linesOf(nt)).toEqual([
      ["We are a small fintech team.", false, false],
      ["Requirements", true, false],
      ["5+ years with Python", false, true],
      ["Django or Flask", false, true],
    ]);
    expect(sourceOf(nt, "Django or Flask")).toBe("Django&nbsp;or\u00a0Flask");
  });

  it("splits BambooHR <br> lines and strips pasted bullet glyphs", () => {
    const nt = normalizeBody(
      "<p>ABOUT THE JOB<br>You will answer tickets.<br><br><strong>Skills:</strong><br>• Zendesk<br>•Written English<br></p>",
    );
    expect(linesOf(nt)).toEqual([
      ["ABOUT THE JOB", true, false],
      ["You will answer tickets.", false, false],
      ["Skills:", true, false],
      ["Zendesk", false, true],
      ["Written English", false, true],
    ]);
  });

  it("keeps nested list items and list items wrapped in paragraphs as bullets", () => {
    const nt = normalizeBody(
      "<ul><li>Backend<ul><li>Go</li><li>Rust</li></ul></li><li><p>Frontend</p></li></ul><p>Closing words.</p>",
    );
    expect(linesOf(nt)).toEqual([
      ["Backend", false, true],
      ["Go", false, true],
      ["Rust", false, true],
      ["Frontend", false, true],
      ["Closing words.", false, false],
    ]);
  });

  it("puts each table cell on its own line", () => {
    const nt = normalizeBody(
      "<table><tr><th>Stack</th><td>Go, gRPC</td></tr><tr><td>Team</td><td>Remote (EU)</td></tr></table>",
    );
    expect(nt.text).toBe("Stack\nGo, gRPC\nTeam\nRemote (EU)");
  });

  it("drops scripts, styles and comments and collapses spaces", () => {
    const nt = normalizeBody(
      '<style>.x{color:red}</style><p>Hello&nbsp;&nbsp;  world</p><script>document.write("<p>no</p>")</script><!-- <p>hidden</p> --><p>Bye</p>',
    );
    expect(nt.text).toBe("Hello world\nBye");
    expect(sourceOf(nt, " ")).toBe("&nbsp;&nbsp;  ");
  });

  it("makes smart quotes ASCII, drops zero-width characters and emoji bullets, keeps case", () => {
    const nt = normalizeBody(
      "<p>We\u2019re \u201cRemote-First\u201d\u200b and\u00a0proud\u200d.</p><p>\u2705 Flexible hours</p><p>\ud83d\ude80 Stock options</p>",
    );
    expect(linesOf(nt)).toEqual([
      ['We\'re "Remote-First" and proud.', false, false],
      ["Flexible hours", false, true],
      ["Stock options", false, true],
    ]);
    expect(sourceOf(nt, "We're")).toBe("We\u2019re");
    expectEveryUnitMapsToItsSource(nt);
  });

  it("treats a lone < that opens no tag as text", () => {
    const nt = normalizeBody("<p>Latency < 5 ms and 3<4</p><div>Done</div>");
    expect(nt.text).toBe("Latency < 5 ms and 3<4\nDone");
  });
});

describe("normalizeBody on markdown", () => {
  const body = [
    "## About us",
    "",
    "Acme\\_Corp is **fully remote** and _growing_.",
    "",
    "**Requirements**",
    "",
    "*   Modern C\\+\\+ or [Rust](https://www.rust-lang.org/)",
    "*   ![](https://img.example/logo.png)Go and `tokio`",
    "    *   Nested: 3\\. level",
    "1.  First step",
    "",
    "\\- A dash item the author typed",
    "",
    "* * *",
    "",
    "### 🕵️ What you’ll be doing?",
  ].join("\n");

  it("removes turndown markup and keeps the words", () => {
    const nt = normalizeBody(body);
    expect(nt.format).toBe("markdown");
    expect(linesOf(nt)).toEqual([
      ["About us", true, false],
      ["Acme_Corp is fully remote and growing.", false, false],
      ["Requirements", true, false],
      ["Modern C++ or Rust", false, true],
      ["Go and tokio", false, true],
      ["Nested: 3. level", false, true],
      ["First step", false, true],
      ["A dash item the author typed", false, true],
      ["What you'll be doing?", true, false],
    ]);
  });

  it("maps escapes, emphasis and links back to the markdown source", () => {
    const nt = normalizeBody(body);
    expect(sourceOf(nt, "C++")).toBe("C\\+\\+");
    expect(sourceOf(nt, "Acme_Corp")).toBe("Acme\\_Corp");
    expect(sourceOf(nt, "fully remote")).toBe("fully remote");
    expect(sourceOf(nt, "remote and")).toBe("remote** and");
    expect(sourceOf(nt, "or Rust")).toBe("or [Rust");
    expectEveryUnitMapsToItsSource(nt);
  });

  it("keeps underscores inside words and literal asterisks between spaces", () => {
    const nt = normalizeBody("Use snake_case names, and 2 * 3 is **six**.", { format: "markdown" });
    expect(nt.text).toBe("Use snake_case names, and 2 * 3 is six.");
  });

  it("marks a bold-only list item as a heading and a bold lead-in as not", () => {
    const nt = normalizeBody(
      "*   **Core Responsibilities**\n    *   Qualify leads\n*   **Note:** we are remote",
    );
    expect(linesOf(nt)).toEqual([
      ["Core Responsibilities", true, true],
      ["Qualify leads", false, true],
      ["Note: we are remote", false, true],
    ]);
  });

  it("keeps a long bold sentence as a paragraph, not a heading", () => {
    const nt = normalizeBody(
      "**This is an 8-month, part-time contract that may become permanent.**",
    );
    expect(linesOf(nt)).toEqual([
      ["This is an 8-month, part-time contract that may become permanent.", false, false],
    ]);
  });
});

describe("normalizeBody on plain text", () => {
  it("reads CRLF lines, pasted bullets, capital and colon headings", () => {
    const nt = normalizeBody(
      "ABOUT US\r\nWe build boats.\r\n\r\nRequirements:\r\n• Welding\r\n- Sailing\r\n* Knots\r\n– Rope\r\no Paint\r\n1) Tides\r\n2021 was our best year.",
    );
    expect(nt.format).toBe("text");
    expect(linesOf(nt)).toEqual([
      ["ABOUT US", true, false],
      ["We build boats.", false, false],
      ["Requirements:", true, false],
      ["Welding", false, true],
      ["Sailing", false, true],
      ["Knots", false, true],
      ["Rope", false, true],
      ["Paint", false, true],
      ["Tides", false, true],
      ["2021 was our best year.", false, false],
    ]);
    expectEveryUnitMapsToItsSource(nt);
  });

  it("does not take words that start like markers for bullets", () => {
    const nt = normalizeBody("-5 degrees is cold\nonboarding starts Monday\n3.5 years minimum", {
      format: "text",
    });
    expect(linesOf(nt)).toEqual([
      ["-5 degrees is cold", false, false],
      ["onboarding starts Monday", false, false],
      ["3.5 years minimum", false, false],
    ]);
  });

  it("trims lines and collapses every kind of space run to one space", () => {
    const nt = normalizeBody("  Senior\t\tGo \u2003 engineer  \n\n\n   Remote\u00a0only   ", {
      format: "text",
    });
    expect(nt.text).toBe("Senior Go engineer\nRemote only");
  });
});

describe("toOriginalSpan", () => {
  const nt = normalizeBody("<p>Tom &amp; Jerry</p>\n<p>Second line</p>");

  it("covers from the source of the first unit to the end of the source of the last", () => {
    expect(nt.text).toBe("Tom & Jerry\nSecond line");
    expect(toOriginalSpan(nt, 4, 5)).toEqual({ start: 7, end: 12 });
    expect(sourceOf(nt, "Jerry\nSecond")).toBe("Jerry</p>\n<p>Second");
  });

  it("gives an empty span at the source position for an empty slice", () => {
    expect(toOriginalSpan(nt, 4, 4)).toEqual({ start: 7, end: 7 });
    expect(toOriginalSpan(nt, nt.text.length, nt.text.length)).toEqual({ start: 37, end: 37 });
  });

  it("refuses spans outside the text", () => {
    expectJobtagsError(() => toOriginalSpan(nt, 3, 1), "invalid-input", /span/);
    expectJobtagsError(() => toOriginalSpan(nt, 0, 999), "invalid-input", /span/);
  });
});

describe("normalizeBody refuses bad input", () => {
  it("refuses an empty, blank or markup-only body with empty-body", () => {
    expectJobtagsError(() => normalizeBody(""), "empty-body", /body/);
    expectJobtagsError(() => normalizeBody(" \n\t "), "empty-body", /body/);
    expectJobtagsError(() => normalizeBody("<p><br></p><div>&nbsp;</div>"), "empty-body", /body/);
  });

  it("refuses NUL characters and lone surrogates with invalid-text", () => {
    expectJobtagsError(() => normalizeBody("Go\u0000developer"), "invalid-text", /body/);
    expectJobtagsError(() => normalizeBody("Go \ud800 developer"), "invalid-text", /body/);
    expect(normalizeBody("Go \ud83d\ude80 developer").text).toBe("Go \ud83d\ude80 developer");
  });

  it("refuses a body over maxBytes (UTF-8) with body-too-large", () => {
    expectJobtagsError(
      () => normalizeBody("é".repeat(6), { maxBytes: 10 }),
      "body-too-large",
      /body/,
    );
    expect(normalizeBody("é".repeat(5), { maxBytes: 10 }).text).toBe("ééééé");
    expectJobtagsError(() => normalizeBody("a".repeat(1_000_001)), "body-too-large", /body/);
  });

  it("refuses a non-string body with invalid-input", () => {
    expectJobtagsError(() => normalizeBody(42 as unknown as string), "invalid-input", /body/);
    expectJobtagsError(() => normalizeBody(null as unknown as string), "invalid-input", /body/);
  });

  it("refuses unknown options with invalid-options", () => {
    expectJobtagsError(
      () => normalizeBody("Go", { format: "pdf" as unknown as "text" }),
      "invalid-options",
      /format/,
    );
    expectJobtagsError(() => normalizeBody("Go", { maxBytes: 0 }), "invalid-options", /maxBytes/);
  });
});

describe("normalizeBody stays linear on adversarial input", () => {
  const megabyte = 1_000_000;
  const cases: Array<[string, string]> = [
    ["a million <", "<".repeat(megabyte)],
    ["<a without >", "<a ".repeat(megabyte / 3)],
    ["unterminated quoted attributes", '<a title="'.repeat(megabyte / 10)],
    ["a million **", "**".repeat(megabyte / 2)],
    ["a line of a and one (", `${"a".repeat(megabyte - 1)}(`],
    ["a million [", "[".repeat(megabyte)],
    ["links without ends", "[a](".repeat(megabyte / 4)],
    ["unbalanced link destinations", "[a](((b)".repeat(megabyte / 8)],
    ["images without ends", "![".repeat(megabyte / 2)],
    ["a million &", "&".repeat(megabyte)],
    ["entity-like runs", "&#".repeat(megabyte / 2)],
    ["a million _", "_".repeat(megabyte)],
    ["escaped tags without end", "&lt;p".repeat(megabyte / 5)],
    ["comments without end", `<p>x</p><p>y</p><!--${"-".repeat(megabyte - 30)}`],
  ];
  for (const [name, body] of cases) {
    it(`returns or refuses cleanly: ${name}`, () => {
      for (const format of [undefined, "html", "markdown", "text"] as const) {
        try {
          const nt = normalizeBody(body, format ? { format } : {});
          expect(nt.startOf.length).toBe(nt.text.length);
        } catch (error) {
          expect(error).toBeInstanceOf(JobtagsError);
        }
      }
    });
  }
});

const CORPUS = "/work/shared/corpus/remotecrocodile.jsonl";

describe("normalizeBody on the shared corpus", () => {
  it.skipIf(!existsSync(CORPUS))("maps every unit of every real posting back to its source", () => {
    let units = 0;
    let mapped = 0;
    for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const nt = normalizeBody((JSON.parse(line) as { body: string }).body);
      const mapping = checkUnitMapping(nt);
      units += mapping.units;
      mapped += mapping.mapped;
    }
    expect(units).toBeGreaterThan(1_000_000);
    expect(mapped).toBe(units);
  });
});
