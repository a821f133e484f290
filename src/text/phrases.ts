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
   * `first << 7 | second` (second 0 for a one-letter word). Tested for words after leading
   * punctuation; tokens starting with a letter go by `heads4`.
   */
  readonly pairs: Int32Array;
  /**
   * For tokens starting with an ASCII letter, whether some phrase may start there, by the
   * token's first four units (see `heads4Bit`, which ignores the case of letters): set for
   * the first four units of each phrase's literal head. One read dismisses three words in
   * four, before the word is lowercased and keyed.
   */
  readonly heads4: Int32Array;
  /** Bit per ASCII unit: tokens starting with it skip `heads4` (a phrase head is shorter). */
  readonly shortHeadStarts: Int32Array;
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
  /**
   * The literal ASCII beginnings of the group's phrases, one of which the text must start
   * with for the regex to match: `[length, ...lowercase units]` per phrase, or empty when a
   * phrase has no such beginning. Most words filed under a slot fail here, before the regex.
   */
  heads: Uint16Array;
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
/** `PhraseIndex.heads4` has 2^HEADS4_BITS bits: 4 KB. */
const HEADS4_BITS = 15;
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
      assertLiteralPair(phrase);
      const pair = phrasePairIndex(phrase);
      pairs[pair >>> 5] = (pairs[pair >>> 5] as number) | (1 << (pair & 31));
    }
  }
  const heads = new Map<string, string>();
  for (const [, phrases] of groups)
    for (const phrase of phrases) heads.set(phrase, literalHead(phrase));
  const { heads4, shortHeadStarts } = headTables(heads);
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
        heads: packHeads(phrases.map((phrase) => heads.get(phrase) as string)),
      });
    }
  }
  return { pairs, heads4, shortHeadStarts, slots, groups: slotGroups };
}

/**
 * ORs into `bits[line]` the bit of each phrase group that matches at a token start of the
 * line (after a little leading punctuation); for `countBit`, counts matches in `counts[line]`
 * instead. Scans the tokens `[fromToken, toToken)`, the first of which is on line `firstLine`
 * or a later one. Token starts come from the text writer, so the text is not read twice;
 * `units` are the text's UTF-16 units (the writer's buffer), faster to read than the string.
 */
export function scanPhrases(
  text: string,
  units: Uint16Array,
  lines: TextLine[],
  tokenStarts: Int32Array,
  index: PhraseIndex,
  bits: Uint8Array,
  countBit: number,
  counts: Uint8Array,
  fromToken = 0,
  toToken = tokenStarts.length,
  firstLine = 0,
): void {
  const { pairs, heads4, shortHeadStarts, slots, groups: slotGroups } = index;
  // Local names for the tables: reading an imported binding in the loop costs a load more.
  const kinds = CHAR_KIND;
  const lowercase = LOWERCASE;
  const length = text.length;
  let line = firstLine;
  for (let t = fromToken; t < toToken; t++) {
    let i = tokenStarts[t] as number;
    let code = units[i] as number;
    let start = i;
    let key: number;
    if (((code | 0x20) - 0x61) >>> 0 < 26) {
      // An ASCII letter: no literal head of three or more units matches unless `heads4` has
      // the bit of the first four units; a match implies the word's pair (see
      // `assertLiteralPair`), so the pair test can be skipped.
      const second = i + 1 < length ? (units[i + 1] as number) : 0;
      const third = i + 2 < length ? (units[i + 2] as number) : 0;
      const fourth = i + 3 < length ? (units[i + 3] as number) : 0;
      const head = heads4Bit(code, second, third, fourth);
      if (
        ((heads4[head >>> 5] as number) & (1 << (head & 31))) === 0 &&
        ((shortHeadStarts[code >>> 5] as number) & (1 << (code & 31))) === 0
      ) {
        continue;
      }
      key = wordKey(units, start, length, kinds, lowercase);
    } else {
      if (!isWordIn(kinds, code) || code === 0x27) {
        // A little leading punctuation: "(nice to have)".
        let lead = 0;
        do {
          if (code === 0x20 || code === 0x0a || ++lead > MAX_LEADING_PUNCTUATION || ++i >= length)
            break;
          code = units[i] as number;
        } while (!isWordIn(kinds, code) || code === 0x27);
        if (lead > MAX_LEADING_PUNCTUATION || i >= length || !isWordIn(kinds, code)) continue;
      }
      start = i;
      if (kinds[code] === DIGIT) {
        key = DIGIT_KEY;
      } else {
        if (code < 0x80) {
          const pair = pairIndex(units, start, length, kinds, lowercase);
          if (((pairs[pair >>> 5] as number) & (1 << (pair & 31))) === 0) continue;
        }
        key = wordKey(units, start, length, kinds, lowercase);
      }
    }
    const slot = slots[key & SLOT_MASK] as number;
    if (slot === 0) continue;
    line = matchGroups(
      text,
      units,
      start,
      slotGroups[slot - 1] as PhraseGroup[],
      lines,
      line,
      bits,
      countBit,
      counts,
    );
  }
}

/**
 * Tests the phrase groups of a slot at the word starting at `start`, on the line `line` or a
 * later one; returns the word's line once it was needed, else `line`.
 */
function matchGroups(
  text: string,
  units: Uint16Array,
  start: number,
  groups: PhraseGroup[],
  lines: TextLine[],
  line: number,
  bits: Uint8Array,
  countBit: number,
  counts: Uint8Array,
): number {
  const length = units.length;
  // The word's end, its line and what follows it are read once a group's head matches.
  let follow = -1;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as PhraseGroup;
    if (!headMatches(group.heads, units, start, length)) continue;
    if (follow < 0) {
      let end = start + 1;
      while (end < length && isWordUnit(units[end] as number)) end++;
      while ((lines[line] as TextLine).end < start) line++;
      follow = followBit(units, end, (lines[line] as TextLine).end);
    }
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
  return line;
}

/** The index key of the word at `units[start]`: only its first letters and their count. */
function wordKey(
  units: Uint16Array,
  start: number,
  length: number,
  kinds: Uint8Array,
  lowercase: Uint16Array,
): number {
  let key = lowercase[units[start] as number] as number;
  let i = start + 1;
  while (i < length && i - start < KEY_LENGTH) {
    const code = units[i] as number;
    if (!isWordIn(kinds, code)) break;
    key = (Math.imul(key, 31) + (lowercase[code] as number)) | 0;
    i++;
  }
  return (Math.imul(key, 31) + (i - start)) | 0;
}

/** Whether `units` at `at` start with one of `heads` (see `PhraseGroup.heads`), ASCII caseless. */
function headMatches(heads: Uint16Array, units: Uint16Array, at: number, length: number): boolean {
  const size = heads.length;
  if (size === 0) return true;
  let k = 0;
  while (k < size) {
    const headLength = heads[k] as number;
    const from = k + 1;
    k = from + headLength;
    if (at + headLength > length) continue;
    let j = 0;
    while (j < headLength) {
      const want = heads[from + j] as number;
      const unit = units[at + j] as number;
      // `want` is lowercase; under the `i` flag without `u` only ASCII matches ASCII.
      if (unit !== want && (unit !== want - 0x20 || want < 0x61 || want > 0x7a)) break;
      j++;
    }
    if (j === headLength) return true;
  }
  return false;
}

/** Index in `PhraseIndex.pairs` of the word starting at `units[at]` (an ASCII letter). */
function pairIndex(
  units: Uint16Array,
  at: number,
  length: number,
  kinds: Uint8Array,
  lowercase: Uint16Array,
): number {
  const second = at + 1 < length ? (units[at + 1] as number) : -1;
  return pairOf(units[at] as number, second, kinds, lowercase);
}

/** `pairIndex` of a word starting with `first`, `second` (-1 for none). */
function pairOf(first: number, second: number, kinds: Uint8Array, lowercase: Uint16Array): number {
  const lower = lowercase[first] as number;
  if (second < 0) return lower << 7;
  if (second >= 0x80) return (lower << 7) | 0x7f;
  return isWordIn(kinds, second) ? (lower << 7) | (lowercase[second] as number) : lower << 7;
}

/**
 * A phrase starting with an ASCII letter must spell its second unit literally, so that a
 * match implies the word's pair and the scan can skip the pair test for such words.
 */
function assertLiteralPair(phrase: string): void {
  const first = phrase.charCodeAt(0);
  if (((first | 0x20) - 0x61) >>> 0 >= 26) return;
  if (
    phrase.length < 2 ||
    "\\[().?*+{|^$".includes(phrase.charAt(1)) ||
    (phrase.length > 2 && "?*{".includes(phrase.charAt(2)))
  ) {
    throw new Error(`phrase "${phrase}" must spell its first two units literally`);
  }
}

/** `pairIndex` of a phrase's first letters. */
function phrasePairIndex(phrase: string): number {
  const second = phrase.length > 1 ? phrase.charCodeAt(1) : -1;
  return pairOf(phrase.charCodeAt(0), second, CHAR_KIND, LOWERCASE);
}

/**
 * `PhraseIndex.heads4` and `shortHeadStarts` of phrases and their literal heads (see
 * `literalHead`). A phrase without a literal head
 * must not match at an ASCII letter (it starts with `\d` or a letter beyond ASCII, which the
 * `i` flag without `u` keeps apart from ASCII); any other makes every token pass.
 */
function headTables(heads: Map<string, string>): {
  heads4: Int32Array;
  shortHeadStarts: Int32Array;
} {
  const heads4 = new Int32Array(1 << (HEADS4_BITS - 5));
  const shortHeadStarts = new Int32Array(4);
  const set = (table: Int32Array, bit: number) => {
    table[bit >>> 5] = (table[bit >>> 5] as number) | (1 << (bit & 31));
  };
  for (const [phrase, head] of heads) {
    if (head.length === 0) {
      if (phrase.startsWith("\\d") || phrase.charCodeAt(0) >= 0x80) continue;
      heads4.fill(-1);
      shortHeadStarts.fill(-1);
      break;
    }
    const first = head.charCodeAt(0);
    if (head.length < 3) {
      set(shortHeadStarts, first);
      set(shortHeadStarts, first ^ 0x20);
      continue;
    }
    const second = head.charCodeAt(1);
    const third = head.charCodeAt(2);
    // A head of three units matches whatever follows it.
    const fourths = head.length === 3 ? 32 : 1;
    for (let fourth = 0; fourth < fourths; fourth++) {
      set(heads4, heads4Bit(first, second, third, head.length === 3 ? fourth : head.charCodeAt(3)));
    }
  }
  return { heads4, shortHeadStarts };
}

/**
 * The `PhraseIndex.heads4` bit of four units: `& 31` folds the case of letters (other units
 * may share a bit with them, and hashing makes more share, which only lets more words by).
 */
function heads4Bit(first: number, second: number, third: number, fourth: number): number {
  const folded = ((first & 31) << 15) | ((second & 31) << 10) | ((third & 31) << 5) | (fourth & 31);
  return Math.imul(folded, 0x9e3779b1) >>> (32 - HEADS4_BITS);
}

/** `PhraseGroup.heads` of the literal heads of a group's phrases: empty when one is "". */
function packHeads(heads: string[]): Uint16Array {
  if (heads.includes("")) return new Uint16Array(0);
  let size = 0;
  for (const head of heads) size += 1 + head.length;
  const packed = new Uint16Array(size);
  let at = 0;
  for (const head of heads) {
    packed[at++] = head.length;
    for (let i = 0; i < head.length; i++) packed[at++] = head.charCodeAt(i);
  }
  return packed;
}

/**
 * The lowercase ASCII units every match of `phrase` starts with: its letters, digits, spaces,
 * apostrophes and dashes up to the first other character (a unit before a quantifier is
 * optional, so not part of it); "" for a phrase with a top-level alternative.
 */
function literalHead(phrase: string): string {
  if (phrase.includes("|") && splitTopLevel(phrase).length > 1) return "";
  let end = 0;
  while (end < phrase.length && isLiteralAscii(phrase.charCodeAt(end))) end++;
  const next = phrase.charAt(end);
  if (next === "?" || next === "*" || next === "+" || next === "{") end--;
  return end <= 0 ? "" : phrase.slice(0, end).toLowerCase();
}

function isLiteralAscii(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x20 ||
    code === 0x27 ||
    code === 0x2d
  );
}

/** What follows the word ending at `at`, as a bit for `PhraseGroup.follow`. */
function followBit(units: Uint16Array, at: number, end: number): number {
  if (at + 1 >= end || units[at] !== 0x20) return FOLLOW_NO_SPACE;
  const lower = LOWERCASE[units[at + 1] as number] as number;
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
  return isWordIn(CHAR_KIND, code);
}

/** `isWordUnit` with the kind table passed in, for the hot loop. */
function isWordIn(kinds: Uint8Array, code: number): boolean {
  return code === 0x27 || isWordKind(kinds[code] as number);
}
