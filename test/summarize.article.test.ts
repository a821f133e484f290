import { describe, expect, it } from "vitest";
import { indefiniteArticle } from "../src/summarize/article";

describe("indefiniteArticle", () => {
  it.each([
    ["SRE", "an"],
    ["iOS engineer", "an"],
    ["MLOps engineer", "an"],
    ["HR partner", "an"],
    ["FAQ", "an"],
    ["SDET", "an"],
    ["HTML email developer", "an"],
    ["AWS architect", "an"],
    ["R developer", "an"],
    ["F# developer", "an"],
    ["e-commerce manager", "an"],
    ["EMEA sales lead", "an"],
    ["engineer", "an"],
    ["hour", "an"],
    ["honest answer", "an"],
    ["umbrella", "an"],
    ["uninstall script", "an"],
    ["8-year track record", "an"],
    ["11-month contract", "an"],
    ["18,000-user platform", "an"],
    ["80% remote team", "an"],
  ])("says 'an' before a vowel sound: %s", (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it.each([
    ["UX designer", "a"],
    ["UI/UX designer", "a"],
    ["URL", "a"],
    ["QA engineer", "a"],
    ["PHP developer", "a"],
    ["SaaS company", "a"],
    ["LATAM marketing manager", "a"],
    ["REST API", "a"],
    [".NET developer", "a"],
    ["C++ developer", "a"],
    ["unicorn", "a"],
    ["user researcher", "a"],
    ["Unity developer", "a"],
    ["European team", "a"],
    ["one-off project", "a"],
    ["1-year contract", "a"],
    ["100-person company", "a"],
    ["3D artist", "a"],
    ["senior engineer", "a"],
    ["hotel", "a"],
  ])("says 'a' before a consonant sound: %s", (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  it("judges the first word only, past quotes and brackets", () => {
    expect(indefiniteArticle("“honest” review")).toBe("an");
    expect(indefiniteArticle("(senior) engineer")).toBe("a");
  });
});
