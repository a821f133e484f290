import type { Section } from "../schema/enums";
import { HEADING_CUE, HEADING_MARKUP } from "./builder";
import {
  FIRST_PERSON_PLURAL,
  HEADING_RULES,
  type HeadingRule,
  headingKey,
  LINE_PHRASES,
} from "./cues";
import { compilePhraseIndex, scanPhrases } from "./phrases";
import type { NormalizedText, TextLine } from "./types";

const MAX_HEADING_LENGTH = 120;
const MAX_CUE_LINE_LENGTH = 40;
const MAX_CUE_LINE_WORDS = 5;
const MAX_LIST_INTRO_LENGTH = 100;
/** A block's phrases must agree this often before they name a block of 3+ lines. */
const MIN_BLOCK_VOTES = 2;

// Line hints, one bit each; the order of INFERRED_PRIORITY decides between several.
const HINT_LEGAL = 1;
const HINT_NICE = 2;
const HINT_REQUIREMENTS = 4;
const HINT_BENEFITS = 8;
const HINT_PROCESS = 16;
const HINT_RESPONSIBILITIES = 32;
const HINT_ABOUT = 64;

const INFERRED_PRIORITY: Array<[number, Section]> = [
  [HINT_LEGAL, "legal"],
  [HINT_NICE, "nice-to-have"],
  [HINT_REQUIREMENTS, "requirements"],
  [HINT_BENEFITS, "benefits"],
  [HINT_PROCESS, "process"],
  [HINT_RESPONSIBILITIES, "responsibilities"],
  [HINT_ABOUT, "about"],
];

/**
 * Hints strong enough to label a single line of a block without a telling heading; the
 * others only vote for the block's section ("you will" in a company blurb is not a duty).
 */
const LINE_HINTS = HINT_LEGAL | HINT_NICE | HINT_REQUIREMENTS | HINT_BENEFITS;

/** Counted rather than flagged: words like "privacy" make boilerplate only together. */
const COUNT_LEGAL_WORDS = 128;

const PHRASE_INDEX = compilePhraseIndex([
  [HINT_LEGAL, LINE_PHRASES.legal],
  [COUNT_LEGAL_WORDS, LINE_PHRASES.legalWords],
  [HINT_NICE, LINE_PHRASES.niceToHave],
  [HINT_REQUIREMENTS, LINE_PHRASES.requirements],
  [HINT_BENEFITS, LINE_PHRASES.benefits],
  [HINT_PROCESS, LINE_PHRASES.process],
  [HINT_RESPONSIBILITIES, LINE_PHRASES.responsibilities],
  [HINT_ABOUT, LINE_PHRASES.about],
]);

/**
 * The phrases of lines under a heading that names their section: such a line is only checked
 * for boilerplate and, in requirements (or "other"), for nice-to-have wording (see
 * `assignSections`), so the other phrases are not looked for there.
 */
const NICE_OR_LEGAL_PHRASE_INDEX = compilePhraseIndex([
  [HINT_LEGAL, LINE_PHRASES.legal],
  [COUNT_LEGAL_WORDS, LINE_PHRASES.legalWords],
  [HINT_NICE, LINE_PHRASES.niceToHave],
]);
const LEGAL_PHRASE_INDEX = compilePhraseIndex([
  [HINT_LEGAL, LINE_PHRASES.legal],
  [COUNT_LEGAL_WORDS, LINE_PHRASES.legalWords],
]);

/** Sections where words like "privacy" or "disability" are part of the job, not boilerplate. */
const WORK_SECTIONS = new Set<Section>(["requirements", "responsibilities", "nice-to-have"]);

/**
 * The section a heading names, or null when its words name none. Exported for tests and for
 * callers that classify headings of their own.
 */
export function classifyHeading(text: string): Section | null {
  return matchHeadingRule(text, 0, text.length)?.section ?? null;
}

// Headings repeat across postings ("Requirements", "Benefits"), so their rule is remembered:
// matching a heading against every rule was a seventh of the normalizer's time. Entries are
// found by a hash of the line's units, so that a line is not copied out to be looked up.
const MAX_CACHED_HEADINGS = 4096;
const NO_RULE = -1;
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * A class rather than an object literal: entries live long, and the literal's allocation site
 * got a pretenuring verdict that threw away `matchHeadingRule`'s optimized code.
 */
class CachedHeading {
  constructor(
    readonly heading: string,
    readonly rule: number,
  ) {}
}

const headingRuleCache = new Map<number, CachedHeading>();

/** The rule of the heading `text.slice(start, end)`. */
function matchHeadingRule(text: string, start: number, end: number): HeadingRule | undefined {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  const cached = headingRuleCache.get(hash);
  let index: number;
  if (
    cached !== undefined &&
    cached.heading.length === end - start &&
    text.startsWith(cached.heading, start)
  ) {
    index = cached.rule;
  } else {
    const heading = text.slice(start, end);
    const key = headingKey(heading);
    index = HEADING_RULES.findIndex((rule) => rule.pattern.test(key));
    if (index < 0) index = NO_RULE;
    if (headingRuleCache.size >= MAX_CACHED_HEADINGS) headingRuleCache.clear();
    headingRuleCache.set(hash, new CachedHeading(heading, index));
  }
  return index === NO_RULE ? undefined : HEADING_RULES[index];
}

// Scratch for `assignSections`, reused by every call (it is synchronous): typed arrays of more
// than a few dozen bytes are allocated outside the heap, which costs more than the labelling.
let hintsBuffer = new Uint8Array(256);
let legalWeakBuffer = new Uint8Array(256);

/**
 * Labels every line with a section. Headings that name a section switch to it and the lines
 * after inherit it; a markup heading that names none starts a block whose lines are judged by
 * their own phrases. Legal boilerplate is recognized per line wherever it sits, and a
 * nice-to-have line inside requirements is labelled as such. `units` are the text's UTF-16
 * units and `tokenStarts` the offsets where its tokens begin, ascending (the text writer
 * records both).
 */
export function assignSections(
  text: string,
  units: Uint16Array,
  lines: TextLine[],
  headingKinds: Uint8Array,
  tokenStarts: Int32Array,
): void {
  const count = lines.length;
  if (count === 0) return;
  const headingSections: Array<Section | null | undefined> = new Array(count);
  for (let i = 0; i < count; i++) {
    const line = lines[i] as TextLine;
    const length = line.end - line.start;
    if (line.heading) {
      headingSections[i] =
        length <= MAX_HEADING_LENGTH
          ? (matchHeadingRule(text, line.start, line.end)?.section ?? null)
          : null;
    } else if (!line.bullet && length <= MAX_CUE_LINE_LENGTH && mayNameSection(text, line)) {
      const rule = matchHeadingRule(text, line.start, line.end);
      if (rule?.strong && rule.section) {
        line.heading = true;
        headingKinds[i] = HEADING_CUE;
        headingSections[i] = rule.section;
      }
    } else if (!line.bullet && length <= MAX_LIST_INTRO_LENGTH && introducesList(text, lines, i)) {
      // "You've done some of these things..." before a list works as a heading.
      const section = matchHeadingRule(text, line.start, line.end)?.section ?? null;
      if (section) {
        line.heading = true;
        headingKinds[i] = HEADING_CUE;
        headingSections[i] = section;
      }
    }
  }

  if (hintsBuffer.length < count) {
    hintsBuffer = new Uint8Array(count * 2);
    legalWeakBuffer = new Uint8Array(count * 2);
  }
  const hints = hintsBuffer.subarray(0, count).fill(0);
  const legalWeak = legalWeakBuffer.subarray(0, count).fill(0);
  scanLinePhrases(text, units, lines, tokenStarts, headingKinds, headingSections, hints, legalWeak);

  let current: Section = "other";
  let named = false;
  let inferred = true;
  let blockDefault = openingSection(text, lines, hints, headingKinds, headingSections);
  for (let i = 0; i < count; i++) {
    const line = lines[i] as TextLine;
    const headingSection = headingSections[i];
    if (isCountedHeading(line)) {
      if (headingSection) {
        current = headingSection;
        named = true;
        inferred = false;
      } else if (headingKinds[i] === HEADING_MARKUP) {
        // A heading that names nothing: its lines' phrases decide, else it continues the
        // named section it sits in ("Responsibilities" > "### Collaboration").
        const voted = blockVote(lines, hints, i + 1, headingKinds, headingSections);
        if (voted || !named) {
          inferred = true;
          blockDefault = voted ?? "other";
        }
      }
      line.section = inferred ? blockDefault : current;
      continue;
    }
    const hint = hints[i] as number;
    const weak = legalWeak[i] as number;
    const base = inferred ? blockDefault : current;
    if (hint & HINT_LEGAL || weak >= 3 || (weak >= 2 && !WORK_SECTIONS.has(base))) {
      line.section = "legal";
    } else if (inferred) {
      line.section = strongestHint(hint & LINE_HINTS) ?? blockDefault;
    } else if ((current === "requirements" || current === "other") && hint & HINT_NICE) {
      line.section = "nice-to-have";
    } else {
      line.section = current;
    }
  }
}

/**
 * Whether `assignSections` takes the line as a heading: a paragraph in heading markup (a bold
 * disclaimer) is judged as a paragraph.
 */
function isCountedHeading(line: TextLine): boolean {
  return line.heading && line.end - line.start <= MAX_HEADING_LENGTH;
}

/**
 * Fills the phrase hints and legal word counts of the lines. Under a heading that names its
 * section, up to the next markup heading that names none, `assignSections` reads only a
 * line's legal phrases, and its nice-to-have ones in requirements or "other" (a line there
 * is neither inferred nor part of a block vote or the opening block), so those lines are
 * scanned for only these.
 */
function scanLinePhrases(
  text: string,
  units: Uint16Array,
  lines: TextLine[],
  tokenStarts: Int32Array,
  headingKinds: Uint8Array,
  headingSections: Array<Section | null | undefined>,
  hints: Uint8Array,
  legalWeak: Uint8Array,
): void {
  const count = lines.length;
  let regionStart = 0;
  let regionIndex = PHRASE_INDEX;
  let fromToken = 0;
  for (let i = 0; i <= count; i++) {
    let index = regionIndex;
    if (i < count) {
      const line = lines[i] as TextLine;
      // The headings `assignSections` switches at, as it switches.
      if (isCountedHeading(line)) {
        const section = headingSections[i];
        if (section) {
          index =
            section === "requirements" || section === "other"
              ? NICE_OR_LEGAL_PHRASE_INDEX
              : LEGAL_PHRASE_INDEX;
        } else if (headingKinds[i] === HEADING_MARKUP) {
          index = PHRASE_INDEX;
        }
      }
      if (index === regionIndex) continue;
    }
    if (i > regionStart) {
      const toToken =
        i < count
          ? firstTokenFrom(tokenStarts, (lines[i] as TextLine).start, fromToken)
          : tokenStarts.length;
      scanPhrases(
        text,
        units,
        lines,
        tokenStarts,
        regionIndex,
        hints,
        COUNT_LEGAL_WORDS,
        legalWeak,
        fromToken,
        toToken,
        regionStart,
      );
      fromToken = toToken;
    }
    regionStart = i;
    regionIndex = index;
  }
}

/** The index of the first of the ascending `tokenStarts` at or after `offset`, from `from` on. */
function firstTokenFrom(tokenStarts: Int32Array, offset: number, from: number): number {
  let low = from;
  let high = tokenStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokenStarts[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The section of the line at `offset` in `nt.text` (a line break belongs to the line before). */
export function sectionAt(nt: NormalizedText, offset: number): Section {
  const lines = nt.lines;
  if (lines.length === 0) return "other";
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle] as TextLine).start <= offset) low = middle;
    else high = middle - 1;
  }
  return (lines[low] as TextLine).section;
}

/** A line ending in ":", ".." or "…" right before a list item. */
function introducesList(text: string, lines: TextLine[], index: number): boolean {
  const next = lines[index + 1];
  if (!next?.bullet) return false;
  const line = lines[index] as TextLine;
  const last = text.charCodeAt(line.end - 1);
  if (last === 0x3a || last === 0x2026) return true;
  return last === 0x2e && text.charCodeAt(line.end - 2) === 0x2e;
}

/**
 * A short plain line may be an unmarked heading ("Qualifications"); sentences and values
 * ("Salary: 100k") are not.
 */
function mayNameSection(text: string, line: TextLine): boolean {
  const last = text.charCodeAt(line.end - 1);
  if (last === 0x2e || last === 0x2c || last === 0x3b) return false;
  let words = 1;
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && ++words > MAX_CUE_LINE_WORDS) return false;
    if ((code >= 0x30 && code <= 0x39) || (code === 0x3a && i < line.end - 1)) return false;
  }
  return true;
}

function strongestHint(hints: number): Section | undefined {
  if (hints === 0) return undefined;
  for (const [hint, section] of INFERRED_PRIORITY) if (hints & hint) return section;
  return undefined;
}

/** Index just after the block starting at `from`: up to the next heading that opens a block. */
function blockEnd(
  lines: TextLine[],
  from: number,
  headingKinds: Uint8Array,
  headingSections: Array<Section | null | undefined>,
): number {
  let end = from;
  while (end < lines.length) {
    const line = lines[end] as TextLine;
    if (line.heading && (headingSections[end] || headingKinds[end] === HEADING_MARKUP)) break;
    end++;
  }
  return end;
}

/**
 * The section the phrases of a block vote for (legal aside: legal lines are labelled one by
 * one), or null when they do not agree often enough.
 */
function blockVote(
  lines: TextLine[],
  hints: Uint8Array,
  from: number,
  headingKinds: Uint8Array,
  headingSections: Array<Section | null | undefined>,
): Section | null {
  const end = blockEnd(lines, from, headingKinds, headingSections);
  let best: Section | null = null;
  let bestCount = 0;
  for (const [hint, section] of INFERRED_PRIORITY) {
    if (hint === HINT_LEGAL) continue;
    let votes = 0;
    for (let i = from; i < end; i++) if ((hints[i] as number) & hint) votes++;
    if (votes > bestCount) {
      best = section;
      bestCount = votes;
    }
  }
  return bestCount >= MIN_BLOCK_VOTES || (best !== null && end - from <= 2) ? best : null;
}

/** Text before the first heading is the company blurb when it speaks as "we"/"our". */
function openingSection(
  text: string,
  lines: TextLine[],
  hints: Uint8Array,
  headingKinds: Uint8Array,
  headingSections: Array<Section | null | undefined>,
): Section {
  const end = blockEnd(lines, 0, headingKinds, headingSections);
  if (end === 0) return "other";
  for (let i = 0; i < end; i++) if ((hints[i] as number) & HINT_ABOUT) return "about";
  const last = lines[end - 1] as TextLine;
  return FIRST_PERSON_PLURAL.test(text.slice(0, last.end)) ? "about" : "other";
}
