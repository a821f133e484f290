import { describe, expect, it } from "vitest";
import * as summarizeStage from "../src/summarize/index";
import {
  BACKUP_TEMPLATES,
  compileTemplate,
  formatHashtags,
  MINIMAL_TEMPLATES,
  orderTemplates,
  renderTemplate,
  SUMMARY_FALLBACK_TEMPLATES,
  SUMMARY_TEMPLATES,
} from "../src/summarize/templates";

const BUILT_IN = [
  ...SUMMARY_TEMPLATES,
  ...SUMMARY_FALLBACK_TEMPLATES,
  ...BACKUP_TEMPLATES,
  ...MINIMAL_TEMPLATES,
];

describe("summary templates", () => {
  it("exposes the stage's public api", () => {
    expect(Object.keys(summarizeStage).sort()).toEqual([
      "BACKUP_TEMPLATES",
      "MINIMAL_TEMPLATES",
      "PLACEHOLDERS",
      "SUMMARY_FALLBACK_TEMPLATES",
      "SUMMARY_TEMPLATES",
      "cleanRole",
      "companyDisplayName",
      "compileTemplate",
      "findExperiencePhrase",
      "findExperiencePhrases",
      "formatHashtags",
      "indefiniteArticle",
      "punctuationProblems",
      "sentenceProblems",
      "summarize",
    ]);
  });

  it("are all distinct and compile", () => {
    expect(new Set(BUILT_IN).size).toBe(BUILT_IN.length);
    for (const source of BUILT_IN) expect(() => compileTemplate(source)).not.toThrow();
  });

  it("end the role's sentence right after {role}, so a role with a comma cannot run on", () => {
    for (const source of BUILT_IN) {
      if (source.includes("{role}")) expect(source, source).toMatch(/\{role\}[.?!]/);
    }
  });

  it("renders '#a', '#a and #b', '#a, #b and #c'", () => {
    expect(formatHashtags(["#golang"])).toBe("#golang");
    expect(formatHashtags(["#golang", "#kafka"])).toBe("#golang and #kafka");
    expect(formatHashtags(["#golang", "#kafka", "#aws"])).toBe("#golang, #kafka and #aws");
    expect(formatHashtags([])).toBe("");
  });

  it("fixes the article before a placeholder and capitalises a role opening a sentence", () => {
    const template = compileTemplate("A {role} is wanted. {role} at {company}? Hiring a {role}.");
    expect(renderTemplate(template, { role: "engineer", company: "Acme" })).toBe(
      "An engineer is wanted. Engineer at Acme? Hiring an engineer.",
    );
    expect(renderTemplate(template, { role: "iOS developer", company: "Acme" })).toBe(
      "An iOS developer is wanted. iOS developer at Acme? Hiring an iOS developer.",
    );
  });

  it("orders fitting templates richest first, rotated by the hash within a weight", () => {
    const templates = [
      "{company} hires a {role}.",
      "{company} wants a {role}.",
      "Hiring a {role}.",
      "{phrase}!",
    ].map((source) => compileTemplate(source));
    const values = { company: "Acme", role: "QA engineer" };
    expect(orderTemplates(templates, values, 0).map((t) => t.source)).toEqual([
      "{company} hires a {role}.",
      "{company} wants a {role}.",
      "Hiring a {role}.",
    ]);
    expect(orderTemplates(templates, values, 1).map((t) => t.source)).toEqual([
      "{company} wants a {role}.",
      "{company} hires a {role}.",
      "Hiring a {role}.",
    ]);
  });

  it("refuses unknown placeholders and stray braces", () => {
    expect(() => compileTemplate("Join {company} as a {position}.", "templates.backup.2")).toThrow(
      expect.objectContaining({
        code: "invalid-template",
        field: "templates.backup.2",
        message: expect.stringMatching(/\{position\}/),
      }),
    );
    expect(() => compileTemplate("Join {company as a {role}.")).toThrow(
      expect.objectContaining({ code: "invalid-template" }),
    );
    expect(() => compileTemplate("Join } {company}.")).toThrow(
      expect.objectContaining({ code: "invalid-template" }),
    );
  });
});
