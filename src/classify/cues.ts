/**
 * One pass over a posting's text that finds the lines each extractor needs to read.
 *
 * Scanning a 4 KB text costs about as much per regular-expression alternative as the whole
 * extraction should, so the extractors do not each run a dozen regexes over the full text.
 * Instead one trie-shaped expression of all cue stems runs once, each line is marked with the
 * extractors its stems serve, and each extractor runs its detailed patterns over its few
 * lines. The last scan is kept, so the extractors of one posting share it.
 */

import { trieAlternation } from "./trie";

/** Which extractor a stem serves; a stem may serve several. */
export const CUE_EMPLOYMENT = 1;
export const CUE_REMOTE = 2;
export const CUE_SALARY = 4;
export const CUE_YEARS = 8;
export const CUE_LEVEL = 16;
export const CUE_REGION = 32;
export const CUE_TIME_ZONE = 64;

/**
 * Stems matched at the start of a word, lower case, with the extractors they serve. A stem
 * ending in "=" must also end its word ("est=" is the time zone, not "estimate"). Matches do
 * not overlap, so a multi-word stem carries the cues of the stems inside it ("working hours"
 * also serves "hours").
 */
const WORD_STEMS: Array<[string, number]> = [
  // employment type
  ["full-time", CUE_EMPLOYMENT],
  ["full time", CUE_EMPLOYMENT],
  ["fulltime", CUE_EMPLOYMENT],
  ["part-time", CUE_EMPLOYMENT],
  ["part time", CUE_EMPLOYMENT],
  ["parttime", CUE_EMPLOYMENT],
  ["contract", CUE_EMPLOYMENT],
  ["freelanc", CUE_EMPLOYMENT],
  ["intern", CUE_EMPLOYMENT],
  ["trainee", CUE_EMPLOYMENT],
  ["apprentic", CUE_EMPLOYMENT],
  ["tempor", CUE_EMPLOYMENT],
  ["seasonal", CUE_EMPLOYMENT],
  ["permanent", CUE_EMPLOYMENT],
  ["fixed-term", CUE_EMPLOYMENT],
  ["fixed term", CUE_EMPLOYMENT],
  ["b2b", CUE_EMPLOYMENT],
  ["1099", CUE_EMPLOYMENT],
  ["duration", CUE_EMPLOYMENT],
  ["start date", CUE_EMPLOYMENT],
  ["days a week", CUE_EMPLOYMENT],
  ["days per week", CUE_EMPLOYMENT],
  ["hours", CUE_EMPLOYMENT],
  ["hrs", CUE_EMPLOYMENT],
  // remote policy and regions
  ["remote", CUE_REMOTE],
  ["hybrid", CUE_REMOTE],
  ["on-site", CUE_REMOTE],
  ["onsite", CUE_REMOTE],
  ["on site", CUE_REMOTE],
  ["office", CUE_REMOTE],
  ["anywhere", CUE_REMOTE | CUE_REGION],
  ["everywhere", CUE_REMOTE | CUE_REGION],
  ["worldwide", CUE_REMOTE | CUE_REGION],
  ["distributed", CUE_REMOTE],
  ["home", CUE_REMOTE],
  ["telecommut", CUE_REMOTE],
  ["wfh=", CUE_REMOTE],
  ["based", CUE_REGION],
  ["locat", CUE_REGION],
  ["resid", CUE_REGION],
  ["live", CUE_REGION],
  ["living", CUE_REGION],
  ["only=", CUE_REGION],
  ["open to", CUE_REGION],
  ["hire", CUE_REGION],
  ["hiring", CUE_REGION],
  ["accept", CUE_REGION],
  ["consider", CUE_REGION],
  ["authori", CUE_REGION],
  ["eligible", CUE_REGION],
  ["right to work", CUE_REGION],
  ["time zone", CUE_TIME_ZONE],
  ["timezone", CUE_TIME_ZONE],
  ["time-zone", CUE_TIME_ZONE],
  ["utc=", CUE_TIME_ZONE],
  ["gmt=", CUE_TIME_ZONE],
  ["cet=", CUE_TIME_ZONE],
  ["cest=", CUE_TIME_ZONE],
  ["eet=", CUE_TIME_ZONE],
  ["bst=", CUE_TIME_ZONE],
  ["est=", CUE_TIME_ZONE],
  ["edt=", CUE_TIME_ZONE],
  ["pst=", CUE_TIME_ZONE],
  ["pdt=", CUE_TIME_ZONE],
  ["business hours", CUE_TIME_ZONE | CUE_EMPLOYMENT],
  ["working hours", CUE_TIME_ZONE | CUE_EMPLOYMENT],
  ["et=", CUE_TIME_ZONE],
  ["pt=", CUE_TIME_ZONE],
  ["pacific", CUE_TIME_ZONE],
  ["eastern", CUE_TIME_ZONE],
  ["mountain", CUE_TIME_ZONE],
  ["central", CUE_TIME_ZONE],
  ["overlap", CUE_TIME_ZONE],
  // pay
  ["salar", CUE_SALARY],
  ["compens", CUE_SALARY],
  ["pay=", CUE_SALARY],
  ["rate", CUE_SALARY],
  ["hourly", CUE_SALARY],
  ["wage", CUE_SALARY],
  ["remunerat", CUE_SALARY],
  ["earning", CUE_SALARY],
  ["ote=", CUE_SALARY],
  ["on-target", CUE_SALARY],
  ["base=", CUE_SALARY],
  ["usd=", CUE_SALARY],
  ["eur=", CUE_SALARY],
  ["gbp=", CUE_SALARY],
  ["pln=", CUE_SALARY],
  ["cad=", CUE_SALARY],
  ["aud=", CUE_SALARY],
  ["chf=", CUE_SALARY],
  ["sek=", CUE_SALARY],
  ["nok=", CUE_SALARY],
  ["dkk=", CUE_SALARY],
  ["inr=", CUE_SALARY],
  ["us$", CUE_SALARY],
  // years of experience
  ["year", CUE_YEARS],
  ["yrs", CUE_YEARS],
  // seniority stated in the body
  ["senior", CUE_LEVEL],
  ["sr=", CUE_LEVEL],
  ["junior", CUE_LEVEL],
  ["jr=", CUE_LEVEL],
  ["mid=", CUE_LEVEL],
  ["intermediate", CUE_LEVEL],
  ["regular", CUE_LEVEL],
  ["lead", CUE_LEVEL],
  ["principal", CUE_LEVEL],
  ["staff", CUE_LEVEL],
  ["entry", CUE_LEVEL],
];

/**
 * Stems found anywhere, case-sensitively, not only at a word start: symbols, and words that
 * markup removal glued to their neighbours ("a**full-time**remote").
 */
const ANYWHERE_STEMS: Array<[string, number]> = [
  ["full-time", CUE_EMPLOYMENT],
  ["$", CUE_SALARY],
  ["€", CUE_SALARY],
  ["£", CUE_SALARY],
  ["₹", CUE_SALARY],
  ["zł", CUE_SALARY],
  ["y exp", CUE_YEARS],
];

/** The cue bits of every stem, by its lower-case text. */
const CUE_OF_STEM = new Map<string, number>();

function buildCueRegExp(): RegExp {
  const words: string[] = [];
  for (const [written, cue] of WORD_STEMS) {
    const stem = written.endsWith("=") ? written.slice(0, -1) : written;
    CUE_OF_STEM.set(stem, (CUE_OF_STEM.get(stem) ?? 0) | cue);
    words.push(written);
  }
  return new RegExp(`\\b${trieAlternation(words)}`, "gi");
}

const CUE_RE = buildCueRegExp();

/** The lines of a text that hold cues, as a bit set of the extractors each line serves. */
export interface CueScan {
  text: string;
  /** Start offset of every line of `text`. */
  lineStarts: number[];
  /** For each line, the CUE_* bits of the stems found in it. */
  lineCues: Uint8Array;
}

let lastScan: CueScan | undefined;

/** The cue scan of `text`, computed once for consecutive calls with the same text. */
export function scanCues(text: string): CueScan {
  if (lastScan && lastScan.text === text) return lastScan;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineCues = new Uint8Array(lineStarts.length);
  let line = 0;
  CUE_RE.lastIndex = 0;
  for (let match = CUE_RE.exec(text); match !== null; match = CUE_RE.exec(text)) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= match.index) line++;
    const cue = CUE_OF_STEM.get(match[0].toLowerCase()) ?? 0;
    lineCues[line] = (lineCues[line] as number) | cue;
  }
  // indexOf is far cheaper than one more alternative in the expression above.
  for (const [stem, cue] of ANYWHERE_STEMS) {
    for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + stem.length)) {
      const index = lineIndexOf(lineStarts, at);
      lineCues[index] = (lineCues[index] as number) | cue;
    }
  }
  lastScan = { text, lineStarts, lineCues };
  return lastScan;
}

/** The index of the line holding `offset`. */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A line of the scanned text: its index, offset and content. */
export interface CueLine {
  index: number;
  start: number;
  text: string;
}

/** The lines holding a cue for `cue`, in order. */
export function linesWithCue(scan: CueScan, cue: number): CueLine[] {
  const lines: CueLine[] = [];
  const { text, lineStarts, lineCues } = scan;
  for (let index = 0; index < lineCues.length; index++) {
    if (((lineCues[index] as number) & cue) === 0) continue;
    const start = lineStarts[index] as number;
    const next = lineStarts[index + 1];
    lines.push({
      index,
      start,
      text: text.slice(start, next === undefined ? text.length : next - 1),
    });
  }
  return lines;
}

/** The text of the lines holding a cue for `cue`, joined by newlines. */
export function textWithCue(scan: CueScan, cue: number): string {
  let joined = "";
  for (const line of linesWithCue(scan, cue))
    joined = joined ? `${joined}\n${line.text}` : line.text;
  return joined;
}
