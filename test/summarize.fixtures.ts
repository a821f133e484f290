/**
 * Builders for the summarize tests: a NormalizedText made from lines written here, so the
 * tests do not depend on the text stage. The original body is the lines joined by "\n"; with
 * `markup`, matches of that pattern stay in the original but are left out of the normalized
 * text, and the offset maps point back across them, as the real normalizer's do.
 */
import type { Section } from "../src/schema/enums";
import type { NormalizedText, TextLine } from "../src/text/types";

export interface LineSpec {
  text: string;
  section?: Section;
  heading?: boolean;
  bullet?: boolean;
}

export function normalizedText(
  lines: Array<string | LineSpec>,
  options: { section?: Section; markup?: RegExp } = {},
): NormalizedText {
  const specs = lines.map((line) => (typeof line === "string" ? { text: line } : line));
  const original = specs.map((spec) => spec.text).join("\n");
  let text = "";
  const startOf: number[] = [];
  const endOf: number[] = [];
  const textLines: TextLine[] = [];
  let offset = 0;
  for (const spec of specs) {
    const lineStart = text.length;
    const dropped = new Set<number>();
    if (options.markup) {
      const markup = new RegExp(options.markup.source, "g");
      for (const match of spec.text.matchAll(markup)) {
        for (let i = 0; i < match[0].length; i++) dropped.add((match.index ?? 0) + i);
      }
    }
    for (let i = 0; i < spec.text.length; i++) {
      if (dropped.has(i)) continue;
      text += spec.text.charAt(i);
      startOf.push(offset + i);
      endOf.push(offset + i + 1);
    }
    textLines.push({
      start: lineStart,
      end: text.length,
      section: spec.section ?? options.section ?? "requirements",
      heading: spec.heading ?? false,
      bullet: spec.bullet ?? false,
    });
    text += "\n";
    startOf.push(offset + spec.text.length);
    endOf.push(offset + spec.text.length + 1);
    offset += spec.text.length + 1;
  }
  return {
    original,
    format: "text",
    text,
    startOf: Int32Array.from(startOf),
    endOf: Int32Array.from(endOf),
    lines: textLines,
  };
}

/** A posting for a backend role, written for these tests. */
export const BACKEND_POSTING: LineSpec[] = [
  { text: "About Northwind Labs", section: "about", heading: true },
  { text: "We build routing software that plans deliveries for city couriers.", section: "about" },
  { text: "What you'll do", section: "responsibilities", heading: true },
  {
    text: "Design and build services that plan thousands of deliveries a day.",
    section: "responsibilities",
    bullet: true,
  },
  { text: "What we're looking for", section: "requirements", heading: true },
  {
    text: "You have 5+ years of experience building distributed systems in Go.",
    section: "requirements",
    bullet: true,
  },
  { text: "Experience with PostgreSQL and Kafka.", section: "requirements", bullet: true },
  { text: "Fluent English, written and spoken.", section: "requirements", bullet: true },
  { text: "Nice to have", section: "nice-to-have", heading: true },
  { text: "Experience with Kubernetes is a plus.", section: "nice-to-have", bullet: true },
];
