import { describe, expect, it } from "vitest";
import { punctuationProblems, sentenceProblems } from "../src/summarize/punctuation";

describe("punctuationProblems", () => {
  it("passes clean text, including an abbreviation's dot before a comma", () => {
    expect(punctuationProblems("5+ years of experience with Go (gRPC, Kafka)")).toEqual([]);
    expect(punctuationProblems("Magic Leap, Inc., has a job opening")).toEqual([]);
    expect(punctuationProblems('a "hands-on" lead')).toEqual([]);
  });

  it("finds doubled punctuation", () => {
    expect(punctuationProblems("experience with Go,, Rust")).toEqual(["doubled punctuation"]);
    expect(punctuationProblems("Check out this job post!.")).toEqual(["doubled punctuation"]);
    expect(punctuationProblems("an engineer..")).toEqual(["doubled punctuation"]);
  });

  it("finds a space before a mark", () => {
    expect(punctuationProblems("experience with Go , Rust")).toEqual(["space before punctuation"]);
  });

  it("finds unbalanced brackets and quotes", () => {
    expect(punctuationProblems("experience with Go (gRPC, Kafka")).toEqual(["unbalanced brackets"]);
    expect(punctuationProblems("experience with Go gRPC)")).toEqual(["unbalanced brackets"]);
    expect(punctuationProblems("a (mismatched] pair")).toEqual(["unbalanced brackets"]);
    expect(punctuationProblems('a "hands-on lead')).toEqual(["unbalanced quotes"]);
    expect(punctuationProblems("a “hands-on lead")).toEqual(["unbalanced quotes"]);
  });

  it("finds a dangling conjunction or comma", () => {
    expect(punctuationProblems("experience with Go and")).toEqual(["dangling conjunction"]);
    expect(punctuationProblems("experience with Go or, Rust")).toEqual(["dangling conjunction"]);
    expect(punctuationProblems("experience with Go,")).toEqual(["dangling conjunction"]);
    expect(punctuationProblems("experience with Go and/or Rust")).toEqual([]);
  });
});

describe("sentenceProblems", () => {
  it("wants exactly one closing mark", () => {
    expect(sentenceProblems("Acme is hiring a QA engineer.")).toEqual([]);
    expect(sentenceProblems("Love #golang? Acme is hiring!")).toEqual([]);
    expect(sentenceProblems("Acme is hiring a QA engineer")).toEqual(["bad sentence end"]);
    expect(sentenceProblems("Acme is hiring a QA engineer ?")).toEqual([
      "space before punctuation",
      "bad sentence end",
    ]);
  });

  it("accepts an abbreviation's dot before a closing '!' or '?'", () => {
    expect(sentenceProblems("Check out this job at Acme Inc.!")).toEqual([]);
  });
});
