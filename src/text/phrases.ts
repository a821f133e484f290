import { CASELESS_LETTER, CHAR_KIND, DIGIT, LOWERCASE, UPPER } from "./chars";
import type { TextLine } from "./types";

/**
 * Finds cue phrases in normalized text without running every phrase regex over the whole
 * text: phrases are indexed by the first four letters of their first word, the text is
 * walked word by word, and only the phrases filed under a word's key are tried there, as
 * sticky regexes. Several regex passes over each posting were most of the normalizer's time.
 */
export interface PhraseIndex {
  /**
   * For ASCII words, whether some phrase's first word starts with these two letters: bit
   * `first << 7 | second` (second 0 for a one-letter word). Most words are dismissed here.
   */
  readonly pairs: Int32Array;
  /** For each slot (key & SLOT_MASK), 1 + the index of its groups in `groups`, or 0. */
  readonly slots: Uint16Array;
  /** Groups of phrases whose keys share a slot; the regex tells them apart. */
  readonly groups: PhraseGroup[][];
}

interface PhraseGroup {
  /** The bit set on the line when one of the group's phrases matches. */
  bit: number;
  pattern: RegExp;
  /** What may follow the first word (see `followBit`); a cheap test before the regex. */
  follow: number;
}

const KEY_LENGTH = 4;
const DIGIT_KEY = -1;
// A direct-address table: one typed-array read per word, where a Map lookup cost more than
// the rest of the scan.
const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
// Bits 0-25: a space and that letter; 26: a space and another character; 27: anything else.
const FOLLOW_OTHER_AFTER_SPACE = 1 << 26;
const FOLLOW_NO_SPACE = 1 << 27;
const FOLLOW_ANY = (1 << 28) - 1;
/** Tokens may start with a little punctuation: "(nice to have)", '"we are"'. */
const MAX_LEADING_PUNCTUATION = 2;

/** Compiles `[bit, phrases]` groups (see `LINE_PHRASES` for the phrase format). */
export function compilePhraseIndex(groups: Array<[number, string[]]>): PhraseIndex {
  const sources = new Map<number, Map<number, string[]>>();
  for (const [bit, phrases] of groups) {
    for (const phrase of phrases) {
      const key = phraseKey(phrase);
      let byBit = sources.get(key);
      if (!byBit) {
        byBit = new Map();
        sources.set(key, byBit);
      }
      const list = byBit.get(bit) ?? [];
      list.push(phrase);
      byBit.set(bit, list);
    }
  }
  // One bit per pair: 2 KB that stay in cache, where a byte per pair took 16 KB.
  const pairs = new Int32Array(1 << (14 - 5));
  for (const [, phrases] of groups) {
    for (const phrase of phrases) {
      if (phraseKey(phrase) === DIGIT_KEY) continue;
      const pair = pairIndex(phrase, 0, phrase.length);
      pairs[pair >>> 5] = (pairs[pair >>> 5] as number) | (1 << (pair & 31));
    }
  }
  const slots = new Uint16Array(1 << SLOT_BITS);
  const slotGroups: PhraseGroup[][] = [];
  for (const [key, byBit] of sources) {
    const slot = key & SLOT_MASK;
    if (slots[slot] === 0) {
      slotGroups.push([]);
      slots[slot] = slotGroups.length;
    }
    const groupsOfSlot = slotGroups[(slots[slot] as number) - 1] as PhraseGroup[];
    for (const [bit, phrases] of byBit) {
      groupsOfSlot.push({
        bit,
        pattern: new RegExp(`(?:${phrases.join("|")})`, "iy"),
        follow: phrases.reduce((mask, phrase) => mask | phraseFollow(phrase), 0),
      });
    }
  }
  return { pairs, slots, groups: slotGroups };
}

/**
 * ORs into `bits[line]` the bit of each phrase group that matches at a token start of the
 * line (after a little leading punctuation); for `countBit`, counts matches in `counts[line]`
 * instead. Token starts come from the text writer, so the text is not read twice.
 */
export function scanPhrases(
  text: string,
  lines: TextLine[],
  tokenStarts: Int32Array,
  index: PhraseIndex,
  bits: Uint8Array,
  countBit: number,
  counts: Uint8Array,
): void {
  const { pairs, slots, groups: slotGroups } = index;
  const length = text.length;
  let line = 0;
  for (let t = 0; t < tokenStarts.length; t++) {
    let i = tokenStarts[t] as number;
    let code = text.charCodeAt(i);
    if (!isWordUnit(code) || code === 0x27) {
      // A little leading punctuation: "(nice to have)".
      let lead = 0;
      do {
        if (code === 0x20 || code === 0x0a || ++lead > MAX_LEADING_PUNCTUATION || ++i >= length)
          break;
        code = text.charCodeAt(i);
      } while (!isWordUnit(code) || code === 0x27);
      if (lead > MAX_LEADING_PUNCTUATION || i >= length || !isWordUnit(code)) continue;
    }
    const start = i;
    let key: number;
    if (CHAR_KIND[code] === DIGIT) {
      key = DIGIT_KEY;
    } else {
      if (code < 0x80) {
        const pair = pairIndex(text, start, length);
        if (((pairs[pair >>> 5] as number) & (1 << (pair & 31))) === 0) continue;
      }
      // Only the first letters make the key; the rest of the word is read on a hit.
      key = LOWERCASE[code] as number;
      i++;
      while (i < length && i - start < KEY_LENGTH) {
        code = text.charCodeAt(i);
        if (!isWordUnit(code)) break;
        key = (Math.imul(key, 31) + (LOWERCASE[code] as number)) | 0;
        i++;
      }
      key = (Math.imul(key, 31) + (i - start)) | 0;
    }
    const slot = slots[key & SLOT_MASK] as number;
    if (slot === 0) continue;
    while (i < length && isWordUnit(text.charCodeAt(i))) i++;
    while ((lines[line] as TextLine).end < start) line++;
    const follow = followBit(text, i, (lines[line] as TextLine).end);
    for (const group of slotGroups[slot - 1] as PhraseGroup[]) {
      if ((group.follow & follow) === 0) continue;
      const pattern = group.pattern;
      pattern.lastIndex = start;
      if (!pattern.test(text)) continue;
      if (group.bit === countBit) {
        if ((counts[line] as number) < 255) counts[line] = (counts[line] as number) + 1;
      } else {
        bits[line] = (bits[line] as number) | group.bit;
      }
    }
  }
}

/** Index in `PhraseIndex.pairs` of the word starting at `text[at]` (an ASCII letter). */
function pairIndex(text: string, at: number, length: number): number {
  const first = LOWERCASE[text.charCodeAt(at)] as number;
  if (at + 1 >= length) return first << 7;
  const second = text.charCodeAt(at + 1);
  if (second >= 0x80) return (first << 7) | 0x7f;
  return isWordUnit(second) ? (first << 7) | (LOWERCASE[second] as number) : first << 7;
}

/** What follows the word ending at `at`, as a bit for `PhraseGroup.follow`. */
function followBit(text: string, at: number, end: number): number {
  if (at + 1 >= end || text.charCodeAt(at) !== 0x20) return FOLLOW_NO_SPACE;
  const lower = LOWERCASE[text.charCodeAt(at + 1)] as number;
  return lower >= 0x61 && lower <= 0x7a ? 1 << (lower - 0x61) : FOLLOW_OTHER_AFTER_SPACE;
}

/** What may follow the first word of `phrase`: a letter after a space when it is literal. */
function phraseFollow(phrase: string): number {
  let literal = 0;
  while (literal < phrase.length && isWordUnit(phrase.charCodeAt(literal))) literal++;
  if (phrase.charAt(literal) !== " ") return FOLLOW_ANY;
  const rest = phrase.slice(literal + 1);
  if (!rest.startsWith("(?:")) return letterFollow(rest);
  let depth = 0;
  let close = -1;
  for (let i = 0; i < rest.length; i++) {
    const char = rest.charAt(i);
    if (char === "\\") i++;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) {
      close = i;
      break;
    }
  }
  const quantifier = rest.charAt(close + 1);
  if (close < 0 || quantifier === "?" || quantifier === "*") return FOLLOW_ANY;
  let mask = 0;
  for (const alternative of splitTopLevel(rest.slice(3, close))) mask |= letterFollow(alternative);
  return mask;
}

function letterFollow(source: string): number {
  const code = source.charCodeAt(0);
  const next = source.charAt(1);
  if (code >= 0x61 && code <= 0x7a && next !== "?" && next !== "*") return 1 << (code - 0x61);
  return FOLLOW_ANY;
}

function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === "\\") i++;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function phraseKey(phrase: string): number {
  if (phrase.startsWith("\\d") || CHAR_KIND[phrase.charCodeAt(0)] === DIGIT) return DIGIT_KEY;
  let literal = 0;
  while (literal < phrase.length && isWordUnit(phrase.charCodeAt(literal))) literal++;
  const next = phrase.charAt(literal);
  // "master'?s": the unit before a quantifier is optional, so not part of the key.
  if (next === "?" || next === "*" || next === "{") literal--;
  const continues = next !== "" && next !== " " && !phrase.startsWith("\\b", literal);
  if (literal < KEY_LENGTH && continues && next !== "-" && next !== "[") {
    throw new Error(`phrase "${phrase}" needs a literal first word of ${KEY_LENGTH}+ letters`);
  }
  if (literal <= 0) throw new Error(`phrase "${phrase}" must start with a literal word`);
  let key = 0;
  const size = Math.min(literal, KEY_LENGTH);
  for (let k = 0; k < size; k++) {
    key = (Math.imul(key, 31) + (LOWERCASE[phrase.charCodeAt(k)] as number)) | 0;
  }
  return (Math.imul(key, 31) + size) | 0;
}

function isWordKind(kind: number): boolean {
  return kind >= UPPER && kind <= CASELESS_LETTER;
}

function isWordUnit(code: number): boolean {
  return code === 0x27 || isWordKind(CHAR_KIND[code] as number);
}
