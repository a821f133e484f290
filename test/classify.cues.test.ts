import { describe, expect, it } from "vitest";
import {
  CUE_EMPLOYMENT,
  CUE_LEVEL,
  CUE_REMOTE,
  CUE_SALARY,
  CUE_TIME_ZONE,
  CUE_YEARS,
  linesWithCue,
  scanCues,
  textWithCue,
} from "../src/classify/cues";
import { trieAlternation } from "../src/classify/trie";

describe("trieAlternation", () => {
  it("shares prefixes and tries longer words first", () => {
    expect(trieAlternation(["remote", "resid", "rate"])).toBe("r(?:e(?:mote|sid)|ate)");
    const re = new RegExp(`^${trieAlternation(["live", "living"])}`);
    expect(re.exec("living in Spain")?.[0]).toBe("living");
  });

  it("makes words ending in = whole words", () => {
    const re = new RegExp(trieAlternation(["est="]), "g");
    expect("estimate the EST hours".toLowerCase().match(re)).toEqual(["est"]);
  });
});

describe("scanCues", () => {
  const text = [
    "We are hiring a Senior Engineer.",
    "Salary: $120k per year",
    "You have 5+ years of experience.",
    "This is a full-time remote role.",
    "We estimate the work in sprints.",
    "Overlap with EST business hours.",
  ].join("\n");

  it("marks each line with the extractors whose cues it holds", () => {
    const scan = scanCues(text);
    expect(linesWithCue(scan, CUE_LEVEL).map((line) => line.index)).toEqual([0]);
    expect(linesWithCue(scan, CUE_SALARY).map((line) => line.index)).toEqual([1]);
    expect(linesWithCue(scan, CUE_YEARS).map((line) => line.index)).toEqual([1, 2]);
    expect(linesWithCue(scan, CUE_EMPLOYMENT).map((line) => line.index)).toEqual([3, 5]);
    expect(linesWithCue(scan, CUE_REMOTE).map((line) => line.index)).toEqual([3]);
    expect(linesWithCue(scan, CUE_TIME_ZONE).map((line) => line.index)).toEqual([5]);
  });

  it("gives each line with its offset in the text", () => {
    const [line] = linesWithCue(scanCues(text), CUE_SALARY);
    expect(line?.text).toBe("Salary: $120k per year");
    expect(text.slice(line?.start, (line?.start ?? 0) + (line?.text.length ?? 0))).toBe(line?.text);
    expect(textWithCue(scanCues(text), CUE_LEVEL)).toBe("We are hiring a Senior Engineer.");
  });

  it("finds full-time even when markup removal glued it to its neighbours", () => {
    expect(
      linesWithCue(scanCues("this is afull-timeremote position"), CUE_EMPLOYMENT),
    ).toHaveLength(1);
  });

  it("returns the same scan for the same text", () => {
    expect(scanCues(text)).toBe(scanCues(text));
  });
});
