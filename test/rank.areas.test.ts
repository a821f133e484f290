import { describe, expect, it } from "vitest";
import { areasFromTitle } from "../src/rank/areas";

describe("areas named by a job title", () => {
  it("finds each rule's areas, in rule order, with the whole words that name them", () => {
    expect(areasFromTitle("Senior Backend Engineer (Go)")).toEqual([
      { area: "backend", start: 7, end: 14 },
    ]);
    expect(areasFromTitle("Recruiter / Talent Acquisition")).toEqual([
      { area: "recruiting", start: 0, end: 9 },
      { area: "hr", start: 0, end: 9 },
      { area: "marketing", start: 19, end: 30 },
    ]);
    expect(areasFromTitle("Office Assistant")).toEqual([]);
  });

  it("starts words where a regular expression's word boundary does", () => {
    expect(areasFromTitle("Sr-Backend Engineer")).toEqual([{ area: "backend", start: 3, end: 10 }]);
    expect(areasFromTitle("Sr_Backend Engineer")).toEqual([]);
  });
});
