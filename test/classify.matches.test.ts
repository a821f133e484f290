import { describe, expect, it } from "vitest";
import { allMatches } from "../src/classify/matches";

describe("allMatches", () => {
  it("finds every match in order, with its index, like matchAll", () => {
    const pattern = /\b(?:US|EU|UK)\b/g;
    const text = "Open to candidates in the US, EU or UK; not the USSR.";
    const found = allMatches(pattern, text);
    expect(found.map((match) => [match[0], match.index])).toEqual([
      ["US", 26],
      ["EU", 30],
      ["UK", 36],
    ]);
    expect(found.map((match) => match[0])).toEqual([...text.matchAll(pattern)].map((m) => m[0]));
  });

  it("starts from the beginning whatever the pattern's lastIndex, and leaves it at 0", () => {
    const pattern = /remote/gi;
    pattern.lastIndex = 20;
    expect(allMatches(pattern, "Remote first, fully remote.")).toHaveLength(2);
    expect(pattern.lastIndex).toBe(0);
  });

  it("lets the caller reuse the pattern while reading the matches", () => {
    const pattern = /\d+/g;
    const counts = allMatches(pattern, "3 to 5 years").map(
      (match) => allMatches(pattern, match[0].repeat(2)).length,
    );
    expect(counts).toEqual([1, 1]);
  });

  it("steps past empty matches instead of looping", () => {
    expect(allMatches(/x*/g, "ab").map((match) => match.index)).toEqual([0, 1, 2]);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => allMatches(/remote/i, "remote")).toThrow(TypeError);
  });
});
