import { describe, expect, it } from "vitest";
import { compileDictionary, findMentions, parseConcepts } from "../src/dictionary/index";
import { JobtagsError } from "../src/errors";

const concepts = parseConcepts([
  {
    id: "c",
    hashtag: "#c",
    label: "C",
    kind: "technology",
    group: "language",
    aliases: [{ text: "C", caseSensitive: true, context: "techWord" }],
  },
  {
    id: "cplusplus",
    hashtag: "#cplusplus",
    label: "C++",
    kind: "technology",
    group: "language",
    aliases: ["c++"],
  },
  {
    id: "csharp",
    hashtag: "#csharp",
    label: "C#",
    kind: "technology",
    group: "language",
    aliases: ["c#"],
  },
  {
    id: "dotnet",
    hashtag: "#dotnet",
    label: ".NET",
    kind: "technology",
    group: "framework",
    aliases: [".net", "asp.net core", ".net 6"],
  },
  {
    id: "rubylang",
    hashtag: "#rubylang",
    label: "Ruby",
    kind: "technology",
    group: "language",
    aliases: ["ruby"],
  },
  {
    id: "rails",
    hashtag: "#rails",
    label: "Ruby on Rails",
    kind: "technology",
    group: "framework",
    aliases: ["ruby on rails", "rails"],
    implies: ["rubylang"],
  },
  {
    id: "nodejs",
    hashtag: "#nodejs",
    label: "Node.js",
    kind: "technology",
    group: "runtime",
    aliases: ["node.js", "nodejs"],
  },
  {
    id: "javascript",
    hashtag: "#javascript",
    label: "JavaScript",
    kind: "technology",
    group: "language",
    aliases: ["javascript", "js"],
  },
  {
    id: "golang",
    hashtag: "#golang",
    label: "Go",
    kind: "technology",
    group: "language",
    aliases: ["golang", { text: "Go", caseSensitive: true, context: "techWord" }],
  },
  {
    id: "rustlang",
    hashtag: "#rustlang",
    label: "Rust",
    kind: "technology",
    group: "language",
    aliases: [{ text: "Rust", caseSensitive: true, context: "techWord" }],
  },
  {
    id: "python",
    hashtag: "#python",
    label: "Python",
    kind: "technology",
    group: "language",
    aliases: ["python"],
  },
]);
const dictionary = compileDictionary(concepts);

function found(text: string): string[] {
  return findMentions(dictionary, text).map(
    (mention) =>
      `${dictionary.concepts[mention.concept]?.id}:${text.slice(mention.start, mention.end)}`,
  );
}

describe("findMentions", () => {
  it("prefers the longest alias at a position", () => {
    expect(found("We run Ruby on Rails and plain Ruby scripts.")).toEqual([
      "rails:Ruby on Rails",
      "rubylang:Ruby",
    ]);
  });

  it("keeps C apart from C++ and C#", () => {
    expect(found("Strong skills in C, C++ and C# are needed.")).toEqual([
      "c:C",
      "cplusplus:C++",
      "csharp:C#",
    ]);
  });

  it("does not read a C-level title or a grade as the C language", () => {
    expect(found("You will report to C-level executives.")).toEqual([]);
    expect(found("The project got a C from the reviewers.")).toEqual([]);
  });

  it("matches dot-led names alone and inside longer names", () => {
    expect(found("We moved from .NET 6 to ASP.NET Core last year; .NET is here to stay.")).toEqual([
      "dotnet:.NET 6",
      "dotnet:ASP.NET Core",
      "dotnet:.NET",
    ]);
  });

  it("does not find a short alias inside a dotted name", () => {
    expect(found("Our API runs on Node.js.")).toEqual(["nodejs:Node.js"]);
  });

  it("matches case-insensitive aliases in any case", () => {
    expect(found("GOLANG and PYTHON")).toEqual(["golang:GOLANG", "python:PYTHON"]);
  });

  it("accepts an ambiguous alias inside a list of technologies", () => {
    expect(found("Python/Go/Rust")).toEqual(["python:Python", "golang:Go", "rustlang:Rust"]);
    expect(found("You know Python, Go or Rust.")).toEqual([
      "python:Python",
      "golang:Go",
      "rustlang:Rust",
    ]);
  });

  it("rejects an ambiguous alias that stands alone in ordinary prose", () => {
    expect(found("Rust never sleeps, and we Go home at five.")).toEqual([]);
  });

  it("accepts an ambiguous alias from a technology cue", () => {
    expect(found("You have written production services in Rust.")).toEqual(["rustlang:Rust"]);
  });

  it("returns offsets that point at the matched text", () => {
    const text = "Backend in Golang.";
    const [mention] = findMentions(dictionary, text);
    expect(mention && text.slice(mention.start, mention.end)).toBe("Golang");
  });

  it("keeps offsets right when lowercasing would change the length", () => {
    const text = "İstanbul team, Python.";
    expect(found(text)).toEqual(["python:Python"]);
  });

  it("reads each text on its own, whatever text it read before", () => {
    expect(found("Pythonistas and Ruby on Rails fans welcome")).toEqual(["rails:Ruby on Rails"]);
    expect(found("Python")).toEqual(["python:Python"]);
  });
});

describe("compileDictionary", () => {
  it("rejects a concept that implies an unknown one, naming both", () => {
    const bad = parseConcepts([
      {
        id: "rails",
        hashtag: "#rails",
        label: "Rails",
        kind: "technology",
        group: "framework",
        aliases: ["rails"],
        implies: ["ruby"],
      },
    ]);
    expect(() => compileDictionary(bad)).toThrow(/concept "rails" implies unknown concept "ruby"/);
  });

  it("rejects an alias claimed by two concepts", () => {
    const bad = parseConcepts([
      { id: "a", hashtag: "#a", label: "A", kind: "technology", group: "x", aliases: ["same"] },
      { id: "b", hashtag: "#b", label: "B", kind: "technology", group: "x", aliases: ["Same"] },
    ]);
    expect(() => compileDictionary(bad)).toThrow(/alias "Same" belongs to both "a" and "b"/);
  });

  it("names the invalid entry and field when validating", () => {
    let error: unknown;
    try {
      parseConcepts([
        {
          id: "vue",
          hashtag: "#Vue.js",
          label: "Vue",
          kind: "technology",
          group: "framework",
          aliases: ["vue"],
        },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JobtagsError);
    expect((error as JobtagsError).code).toBe("invalid-dictionary");
    expect((error as JobtagsError).message).toMatch(/concept "vue" is invalid at "hashtag"/);
  });

  it("rejects an unknown shared rule by name", () => {
    const bad = parseConcepts([
      {
        id: "x",
        hashtag: "#x",
        label: "X",
        kind: "technology",
        group: "x",
        aliases: [{ text: "X", context: "noSuchRule" }],
      },
    ]);
    expect(() => compileDictionary(bad)).toThrow(/unknown context rule "noSuchRule"/);
  });
});

describe("findMentions, where lists and addresses end", () => {
  it("does not carry a list across a line break", () => {
    expect(found("Python\nRust belts are made of steel.")).toEqual(["python:Python"]);
  });

  it("skips names inside web and e-mail addresses", () => {
    expect(
      found("See https://example.com/python-guide or write to python@example.com, in Golang."),
    ).toEqual(["golang:Golang"]);
    expect(found("Visit www.golang-jobs.example today.")).toEqual([]);
  });
});

describe("findMentions, a rule of several patterns", () => {
  const beam = compileDictionary(
    parseConcepts([
      {
        id: "apachebeam",
        hashtag: "#apachebeam",
        label: "Apache Beam",
        kind: "technology",
        group: "data",
        aliases: [
          {
            text: "Beam",
            caseSensitive: true,
            context: {
              reject: [
                { before: "\\b(?:sun|laser)\\s+$" },
                { before: "\\bbalance\\s+$" },
                { after: "^\\s+me\\s+up\\b" },
                // Case-sensitive: "HIGH Beam" in a spec sheet, not "high Beam".
                { before: "\\bHIGH\\s+$", caseSensitive: true },
                // A doubled word before the name: "Beam, Beam" in a slogan.
                { before: "\\b(\\w+),\\s+\\1,\\s+$" },
              ],
              accept: [{ before: "\\b(?:apache|with)\\s+$" }, { after: "^\\s+pipelines?\\b" }],
              list: false,
              otherwise: "reject",
            },
          },
        ],
      },
    ]),
  );
  const beams = (text: string) => findMentions(beam, text).length;

  it("rejects when any one reject pattern matches, before or after the name", () => {
    expect(beams("Sun Beam panels on the roof.")).toBe(0);
    expect(beams("A balance Beam in the gym.")).toBe(0);
    expect(beams("Apache Beam me up, Scotty.")).toBe(0);
  });

  it("accepts when any one accept pattern matches and no reject pattern does", () => {
    expect(beams("Pipelines in Apache Beam.")).toBe(1);
    expect(beams("Our Beam pipelines run nightly.")).toBe(1);
    expect(beams("Our Beam is fast.")).toBe(0);
  });

  it("keeps each pattern's own case rule and backreference", () => {
    expect(beams("HIGH Beam pipelines.")).toBe(0);
    expect(beams("high Beam pipelines.")).toBe(1);
    // The third name follows a doubled word; the pipelines after it do not save it.
    expect(beams("Beam, Beam, Beam pipelines.")).toBe(0);
    expect(beams("Flink, Spark, Beam pipelines.")).toBe(1);
  });
});
