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
 * markup removal glued to their neighbours ("a**full-time**remote"). The number is where the
 * stem's rarest part starts: indexOf looks for that part ("-time", not the common "f").
 */
const ANYWHERE_STEMS: Array<[string, number, number]> = [
  ["full-time", CUE_EMPLOYMENT, 4],
  ["$", CUE_SALARY, 0],
  ["€", CUE_SALARY, 0],
  ["£", CUE_SALARY, 0],
  ["₹", CUE_SALARY, 0],
  ["zł", CUE_SALARY, 0],
  ["y exp", CUE_YEARS, 3],
];

const ANYWHERE_SEARCHES = ANYWHERE_STEMS.map(([stem, cue, rareFrom]) => ({
  stem,
  cue,
  rare: stem.slice(rareFrom),
  rareFrom,
}));

/** Which sticky pattern of an extractor may match where an anchor stem starts. */
export const ANCHOR_REGION_STATEMENT = 1;
export const ANCHOR_LABEL = 2;
export const ANCHOR_ONLY = 4;

/**
 * Stems whose offsets the scan keeps, so that an extractor runs its pattern only where one
 * starts instead of searching its whole text. Each pattern can only match where one of its
 * stems starts a word: see REGION_CUE_RE, LABELLED_REGION_RE, REMOTE_WITHIN_RE and ONLY_RE in
 * `remote.ts`.
 * "open" and "right" serve no line cue ("open to" and "right to work" do); the longer stems
 * still win where they match, so adding them changes no other match.
 */
const ANCHOR_STEMS: Array<[string, number]> = [
  ["based", ANCHOR_REGION_STATEMENT | ANCHOR_ONLY],
  ["locat", ANCHOR_REGION_STATEMENT | ANCHOR_LABEL],
  ["living", ANCHOR_REGION_STATEMENT],
  ["live", ANCHOR_REGION_STATEMENT],
  ["resid", ANCHOR_REGION_STATEMENT],
  ["open", ANCHOR_REGION_STATEMENT],
  ["open to", ANCHOR_REGION_STATEMENT],
  ["hire", ANCHOR_REGION_STATEMENT],
  ["hiring", ANCHOR_REGION_STATEMENT],
  ["accept", ANCHOR_REGION_STATEMENT],
  ["consider", ANCHOR_REGION_STATEMENT],
  ["anywhere", ANCHOR_REGION_STATEMENT],
  ["everywhere", ANCHOR_REGION_STATEMENT],
  ["right", ANCHOR_REGION_STATEMENT],
  ["right to work", ANCHOR_REGION_STATEMENT],
  ["authori", ANCHOR_REGION_STATEMENT],
  ["eligible", ANCHOR_REGION_STATEMENT],
  ["remote", ANCHOR_LABEL],
  ["only=", ANCHOR_ONLY],
];

/** Bits a stem stands for: its CUE_* bits, and its ANCHOR_* bits shifted past them. */
const ANCHOR_SHIFT = 8;

/** The bits of every stem, by its lower-case text. */
const BITS_OF_STEM = new Map<string, number>();

function buildCueRegExp(): RegExp {
  const words: string[] = [];
  const add = (written: string, bits: number) => {
    const stem = written.endsWith("=") ? written.slice(0, -1) : written;
    BITS_OF_STEM.set(stem, (BITS_OF_STEM.get(stem) ?? 0) | bits);
    words.push(written);
  };
  for (const [written, cue] of WORD_STEMS) add(written, cue);
  for (const [written, anchor] of ANCHOR_STEMS) add(written, anchor << ANCHOR_SHIFT);
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
  /** Offsets in `text` of the anchor stems found, in order, and their ANCHOR_* bits. */
  anchorOffsets: number[];
  anchorKinds: number[];
}

let lastScan: CueScan | undefined;

/** The cue scan of `text`, computed once for consecutive calls with the same text. */
export function scanCues(text: string): CueScan {
  if (lastScan && lastScan.text === text) return lastScan;
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineCues = new Uint8Array(lineStarts.length);
  const anchorOffsets: number[] = [];
  const anchorKinds: number[] = [];
  let line = 0;
  CUE_RE.lastIndex = 0;
  for (let match = CUE_RE.exec(text); match !== null; match = CUE_RE.exec(text)) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= match.index) line++;
    // Most matches are written in lower case already: skip the copy toLowerCase makes.
    const bits = BITS_OF_STEM.get(match[0]) ?? BITS_OF_STEM.get(match[0].toLowerCase()) ?? 0;
    lineCues[line] = (lineCues[line] as number) | (bits & 0xff);
    if (bits >> ANCHOR_SHIFT !== 0) {
      anchorOffsets.push(match.index);
      anchorKinds.push(bits >> ANCHOR_SHIFT);
    }
  }
  // indexOf is far cheaper than one more alternative in the expression above.
  for (const { stem, cue, rare, rareFrom } of ANYWHERE_SEARCHES) {
    for (let at = text.indexOf(rare); at !== -1; at = text.indexOf(rare, at + 1)) {
      if (rareFrom !== 0 && (at < rareFrom || !text.startsWith(stem, at - rareFrom))) continue;
      const index = lineIndexOf(lineStarts, at);
      lineCues[index] = (lineCues[index] as number) | cue;
    }
  }
  lastScan = { text, lineStarts, lineCues, anchorOffsets, anchorKinds };
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

/**
 * The offsets, in `textWithCue(scan, cue)`, of the anchor stems of `kind` found on the lines
 * holding a cue for `cue`.
 */
export function anchorsWithCue(scan: CueScan, cue: number, kind: number): number[] {
  const offsets: number[] = [];
  const { text, lineStarts, lineCues, anchorOffsets, anchorKinds } = scan;
  if (!anchorKinds.some((anchorKind) => (anchorKind & kind) !== 0)) return offsets;
  let joinedStart = 0;
  let anchor = 0;
  for (let index = 0; index < lineCues.length && anchor < anchorOffsets.length; index++) {
    const start = lineStarts[index] as number;
    // Where the next line starts, as if a newline followed the last one too.
    const next = lineStarts[index + 1] ?? text.length + 1;
    const kept = ((lineCues[index] as number) & cue) !== 0;
    for (; anchor < anchorOffsets.length && (anchorOffsets[anchor] as number) < next; anchor++) {
      if (kept && ((anchorKinds[anchor] as number) & kind) !== 0) {
        offsets.push(joinedStart + (anchorOffsets[anchor] as number) - start);
      }
    }
    if (kept) joinedStart += next - start;
  }
  return offsets;
}

/** The text of the lines holding a cue for `cue`, joined by newlines. */
export function textWithCue(scan: CueScan, cue: number): string {
  let joined = "";
  for (const line of linesWithCue(scan, cue))
    joined = joined ? `${joined}\n${line.text}` : line.text;
  return joined;
}
