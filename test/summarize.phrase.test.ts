import { describe, expect, it } from "vitest";
import { findExperiencePhrase, findExperiencePhrases } from "../src/summarize/phrase";
import { BACKEND_POSTING, normalizedText } from "./summarize.fixtures";

function phraseOf(lines: Parameters<typeof normalizedText>[0], yearsExperience?: number | null) {
  return findExperiencePhrase(normalizedText(lines), { yearsExperience })?.text ?? null;
}

describe("findExperiencePhrase", () => {
  it("takes the key requirement, verbatim, with offsets into the original body", () => {
    const text = normalizedText(BACKEND_POSTING);
    const phrase = findExperiencePhrase(text);
    expect(phrase?.text).toBe("5+ years of experience building distributed systems in Go");
    expect(phrase && text.original.slice(phrase.start, phrase.end)).toBe(phrase?.text);
    expect(phrase?.start).toBe(text.original.indexOf("5+ years"));
  });

  it("strips lead-ins so the phrase reads after 'If you have'", () => {
    expect(phraseOf(["You have 3+ years of experience with Django."])).toBe(
      "3+ years of experience with Django",
    );
    expect(phraseOf(["Must have: solid experience running PostgreSQL in production"])).toBe(
      "solid experience running PostgreSQL in production",
    );
    expect(phraseOf(["You've got a strong background in data engineering."])).toBe(
      "a strong background in data engineering",
    );
    expect(phraseOf(["Ideally, you have 2+ years of experience as a UX researcher"])).toBe(
      "2+ years of experience as a UX researcher",
    );
    expect(phraseOf(["- Have hands-on experience with Terraform;"])).toBe(
      "hands-on experience with Terraform",
    );
  });

  it("refuses imperatives, 'You are...' sentences and questions", () => {
    expect(phraseOf(["Build reliable services with 5 years of experience behind you."])).toBeNull();
    expect(phraseOf(["You are experienced in Go and Kubernetes."])).toBeNull();
    expect(phraseOf(["Do you have 5+ years of experience with Go?"])).toBeNull();
    expect(phraseOf(["Have 5+ years of experience with Go?"])).toBeNull();
  });

  it("prefers a requirement to a nice-to-have and to company prose", () => {
    expect(
      phraseOf([
        { text: "We have 10 years of experience serving couriers.", section: "other" },
        { text: "3+ years of experience with Kotlin is a plus", section: "nice-to-have" },
        { text: "Experience shipping Android apps to the Play Store", section: "requirements" },
      ]),
    ).toBe("Experience shipping Android apps to the Play Store");
  });

  it("prefers the phrase stating the years the posting requires", () => {
    const lines = [
      "2+ years of experience with React",
      "5+ years of experience in software development",
    ];
    expect(phraseOf(lines, 5)).toBe("5+ years of experience in software development");
    expect(phraseOf(lines, 2)).toBe("2+ years of experience with React");
  });

  it("drops a closing grade or aside but keeps a short qualifier", () => {
    expect(phraseOf(["3+ years of Python experience (Required)"])).toBe(
      "3+ years of Python experience",
    );
    expect(phraseOf(["Experience with Kubernetes is a plus."])).toBe("Experience with Kubernetes");
    expect(
      phraseOf(["3+ years of software engineering experience (prior teaching experience a plus)"]),
    ).toBe("3+ years of software engineering experience");
    expect(phraseOf(["3+ years of experience in product design (UX and visual design)"])).toBe(
      "3+ years of experience in product design (UX and visual design)",
    );
    expect(
      phraseOf([
        "4+ years of experience in analytics (as you will be the first analyst on our team)",
      ]),
    ).toBe("4+ years of experience in analytics");
  });

  it("does not offer years without what they were spent on", () => {
    expect(phraseOf(["At least 3 years."])).toBeNull();
  });

  it("leaves out an optional tail: ', ideally ...', ', preferably ...'", () => {
    expect(phraseOf(["4+ years of work experience, preferably in B2B software"])).toBe(
      "4+ years of work experience",
    );
  });

  it("shortens a long sentence at a clause boundary, never mid-word or inside brackets", () => {
    const text = normalizedText([
      "5+ years of experience designing and operating payment systems (cards, SEPA, wallets) for a regulated fintech that moves money between banks across Europe",
    ]);
    expect(findExperiencePhrase(text)?.text).toBe(
      "5+ years of experience designing and operating payment systems (cards, SEPA, wallets) for a regulated fintech",
    );
    expect(findExperiencePhrase(text, { maxLength: 70 })?.text).toBe(
      "5+ years of experience designing and operating payment systems",
    );
    expect(findExperiencePhrase(text, { maxLength: 60 })).toBeNull();
  });

  it("skips a candidate with markup inside and takes the next", () => {
    const text = normalizedText(
      ["5+ years of experience with **Go** and Kafka", "Experience with PostgreSQL at scale"],
      { markup: /\*\*/ },
    );
    expect(text.text).toContain("5+ years of experience with Go and Kafka");
    expect(findExperiencePhrase(text)?.text).toBe("Experience with PostgreSQL at scale");
  });

  it("never reads headings, benefits or legal text", () => {
    expect(
      phraseOf([
        { text: "Experience you will gain", heading: true },
        { text: "5 years of experience in our mentoring programme", section: "benefits" },
        { text: "Experience is not a factor in our equal opportunity hiring", section: "legal" },
      ]),
    ).toBeNull();
  });
});

describe("findExperiencePhrases", () => {
  it("lists distinct phrases, best first", () => {
    const phrases = findExperiencePhrases(normalizedText(BACKEND_POSTING), { limit: 3 }).map(
      (p) => p.text,
    );
    expect(phrases).toEqual([
      "5+ years of experience building distributed systems in Go",
      "Experience with PostgreSQL and Kafka",
      "Experience with Kubernetes",
    ]);
  });
});
