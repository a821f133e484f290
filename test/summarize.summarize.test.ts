import { describe, expect, it } from "vitest";
import { JobtagsError } from "../src/errors";
import { sentenceProblems } from "../src/summarize/punctuation";
import { summarize } from "../src/summarize/summarize";
import type { SummaryInput } from "../src/summarize/types";
import { BACKEND_POSTING, normalizedText } from "./summarize.fixtures";

const backend: SummaryInput = {
  title: "Senior Backend Engineer (Remote - EU)",
  companyName: "Northwind Labs",
  text: normalizedText(BACKEND_POSTING),
  hashtags: ["#golang", "#postgresql", "#kafka", "#kubernetes"],
  category: "engineering",
  yearsExperience: 5,
};
const withoutPhrase = normalizedText([
  "We build routing software for couriers.",
  "Design services in Go.",
]);

describe("summarize", () => {
  it("builds the summary on the experience phrase and the backup on the top hashtags", () => {
    expect(summarize(backend)).toEqual({
      summary:
        "Have 5+ years of experience building distributed systems in Go? Northwind Labs has an opening for a senior backend engineer.",
      summaryBackup:
        "Into #golang, #postgresql and #kafka? Northwind Labs is hiring a senior backend engineer.",
    });
  });

  it("picks the template deterministically; the seed changes the pick", () => {
    expect(summarize(backend)).toEqual(summarize({ ...backend }));
    expect(summarize(backend, { seed: 1 }).summary).toBe(
      "If you have 5+ years of experience building distributed systems in Go, Northwind Labs has a job opening for a senior backend engineer.",
    );
    expect(summarize(backend, { seed: 5 }).summary).toBe(
      "Interested in a new challenge and have 5+ years of experience building distributed systems in Go? Northwind Labs is looking for a senior backend engineer.",
    );
    expect(summarize(backend, { seed: "5" }).summary).toBe(summarize(backend, { seed: 5 }).summary);
  });

  it("returns n distinct variants, the summary first", () => {
    const { summary, variants } = summarize(backend, { variants: 6 });
    expect(variants).toHaveLength(6);
    expect(new Set(variants).size).toBe(6);
    expect(variants?.[0]).toBe(summary);
    expect(summarize(backend).variants).toBeUndefined();
  });

  it("leaves the company out gracefully when it is not known", () => {
    expect(summarize({ ...backend, companyName: undefined })).toEqual({
      summary:
        "Have 5+ years of experience building distributed systems in Go? Take a look at this job opening for a senior backend engineer.",
      summaryBackup:
        "Into #golang, #postgresql and #kafka? Check out this opening for a senior backend engineer.",
    });
  });

  it("falls back to the top hashtags without a phrase, then to the category, then to the role", () => {
    expect(summarize({ ...backend, text: withoutPhrase }).summary).toBe(
      "Love #golang, #postgresql and #kafka? Northwind Labs has a job opening for a senior backend engineer.",
    );
    expect(
      summarize({
        ...backend,
        title: "UX Designer",
        text: withoutPhrase,
        hashtags: [],
        category: "design",
      }),
    ).toEqual({
      summary: "Northwind Labs has a job opening for a UX designer.",
      summaryBackup: "Looking for a design job? Northwind Labs is hiring a UX designer.",
    });
    expect(
      summarize({
        ...backend,
        text: withoutPhrase,
        hashtags: [],
        category: "other",
        companyName: undefined,
      }),
    ).toEqual({
      summary: "Check out this job opening for a senior backend engineer.",
      summaryBackup: "Take a look at this new opening for a senior backend engineer.",
    });
  });

  it("cleans the hashtags it is given", () => {
    expect(
      summarize(
        {
          ...backend,
          title: "UX Designer",
          text: withoutPhrase,
          hashtags: ["ui/ux", "#figma", "", "#figma"],
        },
        { seed: 1 },
      ).summary,
    ).toBe("Love #ui/ux and #figma? Northwind Labs has a job opening for a UX designer.");
  });

  it("chooses articles by sound", () => {
    const sre = normalizedText(["Experience with Prometheus and Grafana."]);
    expect(summarize({ ...backend, title: "SRE", text: sre }, { seed: 1 })).toEqual({
      summary:
        "If you have experience with Prometheus and Grafana, Northwind Labs has a job opening for an SRE.",
      summaryBackup: "Looking for an engineering job? Northwind Labs is hiring an SRE.",
    });
  });

  it("lower-cases the phrase's sentence-initial capital but keeps names", () => {
    const kotlin = normalizedText(["Kotlin experience on production Android apps"]);
    expect(
      summarize({ ...backend, title: "Android Developer", text: kotlin }, { seed: 1 }).summary,
    ).toBe(
      "Interested in a new challenge and have Kotlin experience on production Android apps? Northwind Labs is looking for an Android developer.",
    );
    const article = normalizedText(["A proven track record of shipping mobile games"]);
    expect(
      summarize({ ...backend, title: "Game Developer", text: article }, { seed: 1 }).summary,
    ).toBe(
      "Have a proven track record of shipping mobile games? Northwind Labs has an opening for a game developer.",
    );
    const webflow = normalizedText([
      "Webflow experience on client projects",
      "Our marketing site runs on Webflow today.",
    ]);
    expect(
      summarize({ ...backend, title: "Web Designer", text: webflow }, { seed: 1 }).summary,
    ).toBe(
      "If you have Webflow experience on client projects, Northwind Labs has a job opening for a web designer.",
    );
  });

  it("keeps the company as given, with one period after 'Inc.'", () => {
    const result = summarize(
      { ...backend, companyName: "Magic Leap, Inc.", text: withoutPhrase, hashtags: [] },
      { seed: 2 },
    );
    expect(result.summary).toBe(
      "Magic Leap, Inc. has a job opening for a senior backend engineer.",
    );
    expect(result.summaryBackup).toBe(
      "Looking for an engineering job? Magic Leap, Inc. is hiring a senior backend engineer.",
    );
    const atEnd = summarize(
      { ...backend, companyName: "Magic Leap, Inc." },
      { templates: { summary: ["If you have {phrase}, apply at {company}."] } },
    );
    expect(atEnd.summary).toBe(
      "If you have 5+ years of experience building distributed systems in Go, apply at Magic Leap, Inc.",
    );
  });

  it("removes only what an applicant-tracking system wrapped around the company name", () => {
    const plain = { ...backend, text: withoutPhrase, hashtags: [] };
    expect(summarize({ ...plain, companyName: "Current Job Openings at Netlify" }).summary).toBe(
      "Netlify has a job opening for a senior backend engineer.",
    );
    expect(summarize({ ...plain, companyName: "FRISS | fraud, risk & compliance" }).summary).toBe(
      "FRISS is hiring a senior backend engineer. Check out this job post!",
    );
    expect(summarize({ ...plain, companyName: "   " }).summary).toBe(
      "Check out this job opening for a senior backend engineer.",
    );
  });

  it("does not open a line with a lower-case brand, and prefers it not to open any sentence", () => {
    for (const seed of [0, 1, 2, 3, 4, 5, 6]) {
      const { summary, summaryBackup } = summarize({ ...backend, companyName: "komoot" }, { seed });
      expect(summary).toBe(
        "If you have 5+ years of experience building distributed systems in Go, komoot has a job opening for a senior backend engineer.",
      );
      expect(summaryBackup.startsWith("komoot")).toBe(false);
    }
  });

  it("shortens by choosing a shorter phrase or template, never by cutting words", () => {
    expect(summarize(backend, { maxLength: 110 }).summary).toBe(
      "Have experience with PostgreSQL and Kafka? Northwind Labs has an opening for a senior backend engineer.",
    );
    expect(summarize(backend, { maxLength: 80 })).toEqual({
      summary: "Love #golang? Northwind Labs has a job opening for a senior backend engineer.",
      summaryBackup: "Into #golang? Northwind Labs is hiring a senior backend engineer.",
    });
    expect(summarize(backend, { maxLength: 30 })).toEqual({
      summary: "Take a look at this job post!",
      summaryBackup: "Check out this new job.",
    });
  });

  it("never repeats the summary as the backup, even with identical caller templates", () => {
    const same = ["{company} needs a {role} with {phrase}."];
    expect(summarize(backend, { templates: { summary: same, backup: same } })).toEqual({
      summary:
        "Northwind Labs needs a senior backend engineer with 5+ years of experience building distributed systems in Go.",
      summaryBackup:
        "Northwind Labs needs a senior backend engineer with experience with PostgreSQL and Kafka.",
    });
  });

  it("skips caller templates whose placeholder has no value, then uses the built-in fallbacks", () => {
    const templates = {
      summary: [
        "{company} needs a {role} with {phrase}.",
        "Fans of {hashtags}: {company} needs a {role}.",
      ],
    };
    expect(summarize({ ...backend, text: withoutPhrase }, { templates }).summary).toBe(
      "Fans of #golang, #postgresql and #kafka: Northwind Labs needs a senior backend engineer.",
    );
    expect(
      summarize(
        { ...backend, text: withoutPhrase },
        { templates: { summary: ["{company} needs a {role} with {phrase}."] } },
      ).summary,
    ).toBe(
      "Love #golang, #postgresql and #kafka? Northwind Labs has a job opening for a senior backend engineer.",
    );
  });

  it("refuses an unknown placeholder, naming it", () => {
    const call = () =>
      summarize(backend, { templates: { summary: ["{company} hires a {title}."] } });
    expect(call).toThrow(JobtagsError);
    expect(call).toThrow(/\{title\}/);
    try {
      call();
    } catch (error) {
      expect((error as JobtagsError).code).toBe("invalid-template");
      expect((error as JobtagsError).field).toBe("templates.summary.0");
    }
    expect(() => summarize(backend, { templates: { backup: ["{company is hiring"] } })).toThrow(
      /unmatched "\{"/,
    );
  });

  it("refuses options it cannot honour", () => {
    expect(() => summarize(backend, { maxLength: 20 })).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
    expect(() => summarize(backend, { variants: -1 })).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
    expect(() => summarize(backend, { variants: 1.5 })).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
  });

  it("keeps every line clean whatever the input", () => {
    const titles = [
      "Sr. iOS Developer (m/f/d)",
      "Remote (m/f/d)",
      "HR Partner, EMEA",
      "Ruby Engineer (Security)",
    ];
    const companies = [undefined, "komoot", "Magic Leap, Inc.", "Yahoo!"];
    for (const title of titles) {
      for (const companyName of companies) {
        for (const text of [backend.text, withoutPhrase]) {
          const { summary, summaryBackup, variants } = summarize(
            { ...backend, title, companyName, text },
            { variants: 5, maxLength: 140 },
          );
          for (const line of [summary, summaryBackup, ...(variants ?? [])]) {
            expect(sentenceProblems(line), line).toEqual([]);
            expect(line.length, line).toBeLessThanOrEqual(140);
            expect(line, line).not.toMatch(/undefined| {2}/);
          }
          expect(summaryBackup).not.toBe(summary);
        }
      }
    }
  });
});
