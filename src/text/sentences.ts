import type { NormalizedText, TextLine } from "./types";

/** A sentence of `NormalizedText.text`: `[start, end)` within line number `line`. */
export interface SentenceSpan {
  start: number;
  end: number;
  line: number;
}

/**
 * Abbreviations (lowercase, without their last dot) after which a capitalized word does not
 * start a new sentence: "e.g. Python", "Dr. Smith". "etc." is not here: it often ends one.
 */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "eg",
  "ie",
  "vs",
  "cf",
  "approx",
  "incl",
  "esp",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "no",
  "nr",
  "ca",
  "resp",
  "min",
  "max",
  "dept",
  "z.b",
  "bzw",
  "d.h",
  "u.a",
  "ggf",
  "usw",
  "bspw",
  "evtl",
  "p.ex",
  "p.e",
]);

/**
 * Splits every line into sentences. A sentence ends at `.`, `!`, `?` or `…` followed by a
 * space and a word that does not start in lowercase, unless the dot closes an abbreviation
 * ("e.g.", "U.S.", "Dr.") or an initial. Dots inside words ("Node.js", "3.5") never split.
 * Lines always end a sentence.
 */
export function splitSentences(nt: NormalizedText): SentenceSpan[] {
  const { text, lines } = nt;
  const sentences: SentenceSpan[] = [];
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex] as TextLine;
    const end = line.end;
    let sentenceStart = line.start;
    for (let i = line.start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
      let after = i + 1;
      while (after < end && isClosing(text.charCodeAt(after))) after++;
      if (after >= end - 1 || text.charCodeAt(after) !== 0x20) {
        i = after - 1;
        continue;
      }
      const next = text.charCodeAt(after + 1);
      if (isLowercase(next) || (code === 0x2e && endsAbbreviation(text, sentenceStart, i))) {
        i = after - 1;
        continue;
      }
      sentences.push({ start: sentenceStart, end: after, line: lineIndex });
      sentenceStart = after + 1;
      i = after;
    }
    if (sentenceStart < end) sentences.push({ start: sentenceStart, end, line: lineIndex });
  }
  return sentences;
}

/** Closing marks that stay with the sentence before them: more terminators, quotes, brackets. */
function isClosing(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d
  );
}

function isLowercase(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0xdf) return false;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** True when the word ending at the dot `text[dot]` is an abbreviation or an initial. */
function endsAbbreviation(text: string, from: number, dot: number): boolean {
  let start = dot;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x20 || code === 0x28 || code === 0x22 || code === 0x27) break;
    start--;
  }
  const length = dot - start;
  if (length === 0) return false;
  if (length === 1) {
    const code = text.charCodeAt(start);
    return code >= 0x41 && code <= 0x5a;
  }
  const word = text.slice(start, dot);
  // Dotted initials: "U.S", "Ph.D", "B.Sc".
  if (word.indexOf(".") > 0 && length <= 6) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
