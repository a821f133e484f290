import { describe, expect, it } from "vitest";
import { detectYearsExperience, findExperienceRequirement } from "../src/classify/index";
import type { Section } from "../src/schema/enums";

const years = (text: string, lineSections?: Section[]) =>
  detectYearsExperience({ title: "Engineer", text, ...(lineSections ? { lineSections } : {}) });

describe("detectYearsExperience", () => {
  it("reads the common ways of writing a requirement", () => {
    expect(years("You have 3+ years of experience with Python.")).toBe(3);
    expect(years("2-4 years of experience in a product design role")).toBe(2);
    expect(years("At least five years of professional experience in sales")).toBe(5);
    expect(years("A minimum of 3 years experience deploying distributed systems")).toBe(3);
    expect(years("5 years' experience with Kubernetes in production")).toBe(5);
    expect(years("+5 years of experience as a graphic designer")).toBe(5);
    expect(years("1-3+ years of sales operations or equivalent experience")).toBe(1);
    expect(years("2 or more years of professional experience with Ruby")).toBe(2);
    expect(years("Solid Go skills with more than 3 years of experience")).toBe(3);
    expect(years("Experience of 5+ years in data science")).toBe(5);
    expect(years("4+ years-experience in product management")).toBe(4);
  });

  it("reads years spent in a role even without the word experience", () => {
    expect(years("3-5 years in a public relations role")).toBe(3);
    expect(years("5+ years as a developer across several languages")).toBe(5);
    expect(years("Prior success in an Account Executive role for at least +2 years")).toBe(2);
    expect(years("A proven track record as a BI consultant for at least 3 years.")).toBe(3);
  });

  it("takes the first requirement that names experience, not the smallest number", () => {
    expect(
      years(
        "At least two years in an engineering leadership role.\nAt least four years experience building JavaScript applications.",
      ),
    ).toBe(4);
    expect(
      years(
        "You have 7+ years of software development experience.\n2+ years of experience with OAuth.",
      ),
    ).toBe(7);
  });

  it("does not count nice-to-haves", () => {
    expect(years("1+ year of SEO experience is a plus")).toBeNull();
    expect(years("Bonus: 2+ years of experience with Rust")).toBeNull();
    expect(years("3+ years of experience with Go", ["requirements"])).toBe(3);
    expect(years("3+ years of experience with Go", ["nice-to-have"])).toBeNull();
  });

  it("keeps a requirement whose preference is about something else", () => {
    expect(years("3+ years in a communications role, ideally in an agency", ["nice-to-have"])).toBe(
      3,
    );
    expect(years("At least 3 years of translation experience (finance industry preferred)")).toBe(
      3,
    );
  });

  it("does not take the company's history for experience", () => {
    expect(years("For 10 years we have been building tools for teachers.")).toBeNull();
    expect(years("We have been growing fast for the last 5 years.")).toBeNull();
    expect(years("In the past 3 years, we have experienced massive growth.")).toBeNull();
    expect(years("Ranked a best place to work three years in a row.")).toBeNull();
    expect(years("Our co-founder has 20 years experience designing products.")).toBeNull();
  });

  it("does not take other durations for experience", () => {
    expect(years("A custom laptop at your five year anniversary")).toBeNull();
    expect(years("25 vacation days per year")).toBeNull();
    expect(years("A paid sabbatical after four years at the company")).toBeNull();
  });

  it("returns null when no years are required", () => {
    expect(years("Deep understanding of Objective-C and Swift")).toBeNull();
  });
});

describe("findExperienceRequirement", () => {
  it("gives the phrase for a summary and the span of the figure", () => {
    const text = "About us\nYou have 5+ years of experience building APIs in Go; Kafka is a plus.";
    const found = findExperienceRequirement({ title: "Backend Engineer", text });
    expect(found?.years).toBe(5);
    expect(text.slice(found?.start, found?.end)).toBe("5+ years of experience building APIs in Go");
    expect(text.slice(found?.matchStart, found?.matchEnd)).toBe("5+ years");
  });

  it("keeps a long phrase within 140 characters around the requirement", () => {
    const text = `${"Great communication and a love of well-tested code, clear documentation and kind reviews, ".repeat(2)}with at least 3 years experience in TypeScript`;
    const found = findExperienceRequirement({ title: "Engineer", text });
    expect(found?.years).toBe(3);
    const phrase = text.slice(found?.start, found?.end);
    expect(phrase.length).toBeLessThanOrEqual(140);
    expect(phrase).toContain("3 years experience");
  });
});
