import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { createTagger, JobtagsError, type TagOutcome } from "../src/index";
import { parseMarkdownPosting } from "../src/read/markdown";

// A stand-in for a bug: seniority detection throws on one title, as a defect would.
vi.mock("../src/classify/seniority", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/classify/seniority")>();
  return {
    ...original,
    detectSeniority: (input: { title: string }) => {
      if (input.title === "Trips The Seniority Stage") throw new TypeError("seniority broke");
      return original.detectSeniority(input as Parameters<typeof original.detectSeniority>[0]);
    },
  };
});

/** The fixture corpus: 38 postings, more than one group of `tagMany`. */
const fixtures = readdirSync(new URL("../corpus/postings/", import.meta.url))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(`../corpus/postings/${name}`, import.meta.url), "utf8");
    return parseMarkdownPosting(text, name).posting;
  });

const tagger = createTagger();

function resultOf(outcome: TagOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

describe("tagMany", () => {
  it("gives every posting the result tag gives it, in order", () => {
    expect(fixtures.length).toBeGreaterThan(32);
    const outcomes = tagger.tagMany(fixtures);
    expect(outcomes).toHaveLength(fixtures.length);
    fixtures.forEach((posting, index) => {
      expect(resultOf(outcomes[index])).toEqual(tagger.tag(posting));
    });
  });

  it("puts an invalid posting's error in its place and tags the rest", () => {
    const outcomes = tagger.tagMany([
      {
        id: "go-1",
        title: "Backend Engineer",
        body: "We build our platform in Go and Rust on Kubernetes.",
      },
      { id: "no-body-2", title: "Frontend Engineer", body: 42 },
      { id: "empty-3", title: "Designer", body: " \n " },
      { id: "php-4", title: "PHP Developer", body: "Laravel and MySQL, 3+ years of PHP." },
    ]);
    expect(resultOf(outcomes[0]).hashtags).toEqual([
      "#rustlang",
      "#backend",
      "#golang",
      "#kubernetes",
    ]);
    const [, badType, empty] = outcomes;
    expect(badType?.ok).toBe(false);
    expect(empty?.ok).toBe(false);
    if (badType?.ok !== false || empty?.ok !== false) return;
    expect(badType.error).toBeInstanceOf(JobtagsError);
    expect((badType.error as JobtagsError).record).toBe("no-body-2");
    expect(badType.error.message).toBe(
      'posting field "body" (posting "no-body-2"): Invalid input: expected string, received number',
    );
    expect((empty.error as JobtagsError).code).toBe("empty-body");
    expect((empty.error as JobtagsError).record).toBe("empty-3");
    expect(resultOf(outcomes[3]).hashtags).toEqual(["#php", "#laravel", "#mysql"]);
    expect(resultOf(outcomes[3]).yearsExperience).toBe(3);
  });

  it("fails only the posting that trips a bug in a later stage", () => {
    const postings = [
      fixtures[0],
      { id: "bug-1", title: "Trips The Seniority Stage", body: "We write Go services." },
      fixtures[1],
    ];
    const outcomes = tagger.tagMany(postings);
    expect(resultOf(outcomes[0])).toEqual(tagger.tag(fixtures[0]));
    expect(outcomes[1]).toEqual({ ok: false, error: new TypeError("seniority broke") });
    expect(resultOf(outcomes[2])).toEqual(tagger.tag(fixtures[1]));
  });

  it("returns nothing for no postings and refuses what is not an array", () => {
    expect(tagger.tagMany([])).toEqual([]);
    expect(() => tagger.tagMany("Backend Engineer" as never)).toThrow(
      "tagMany takes an array of postings, got string",
    );
  });
});
