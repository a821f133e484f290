import { describe, expect, it } from "vitest";
import { normalizeBody, splitSentences } from "../src/text";

function sentencesOf(body: string): string[] {
  const nt = normalizeBody(body, { format: "text" });
  return splitSentences(nt).map((sentence) => nt.text.slice(sentence.start, sentence.end));
}

describe("splitSentences", () => {
  it("splits at a full stop, question or exclamation mark before a capitalized word", () => {
    expect(sentencesOf("We ship daily. Are you in? Join us! It is fun.")).toEqual([
      "We ship daily.",
      "Are you in?",
      "Join us!",
      "It is fun.",
    ]);
  });

  it("does not split inside words and numbers", () => {
    expect(
      sentencesOf("You know Node.js and Vue.js well. You have 3.5 years of experience."),
    ).toEqual(["You know Node.js and Vue.js well.", "You have 3.5 years of experience."]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(
      sentencesOf(
        "Cloud tools, e.g. Terraform or Pulumi, i.e. IaC. Work with Dr. Smith and J. Doe in the U.S. Team.",
      ),
    ).toEqual([
      "Cloud tools, e.g. Terraform or Pulumi, i.e. IaC.",
      "Work with Dr. Smith and J. Doe in the U.S. Team.",
    ]);
  });

  it("splits after 'etc.' before a capital and not before a lowercase word", () => {
    expect(
      sentencesOf("We use Go, Rust, etc. and more. We use Jira, Slack, etc. Notion too."),
    ).toEqual(["We use Go, Rust, etc. and more.", "We use Jira, Slack, etc.", "Notion too."]);
  });

  it("keeps closing quotes, brackets and repeated marks with their sentence", () => {
    expect(sentencesOf('He said "ship it." (We did.) Wow!! Next... Done')).toEqual([
      'He said "ship it."',
      "(We did.)",
      "Wow!!",
      "Next...",
      "Done",
    ]);
  });

  it("ends a sentence at every line end and reports its line", () => {
    const nt = normalizeBody("Requirements\n- 5 years of Go. Kubernetes\n- Docker", {
      format: "text",
    });
    expect(nt.text).toBe("Requirements\n5 years of Go. Kubernetes\nDocker");
    expect(splitSentences(nt)).toEqual([
      { start: 0, end: 12, line: 0 },
      { start: 13, end: 27, line: 1 },
      { start: 28, end: 38, line: 1 },
      { start: 39, end: 45, line: 2 },
    ]);
  });
});
