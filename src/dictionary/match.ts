import { markUnits, paddedUnits } from "../text/chars";
import {
  ALIAS_FLAG_BITS,
  ALIAS_FLAGS,
  ALIAS_INTS,
  type CompiledAlias,
  type CompiledDictionary,
  type CompiledPattern,
  type CompiledRule,
  ENTRY_HEADER_INTS,
  entryOf,
  type PatternSet,
  pairBit,
  type WordTable,
} from "./compile";

/** A concept found in text. Offsets are into the text that was matched. */
export interface Mention {
  /** Index into the compiled dictionary's `concepts`. */
  concept: number;
  start: number;
  end: number;
}

const CONTEXT_WINDOW = 80;
/** What may stand between two items of a list: "Python/Go", "Java, Go and C++", "(Go)". */
const LIST_GAP =
  /^[ \t,;/|&+()[\]*-]*(?:\b(?:and|or|as well as|and\/or|plus)\b)?[ \t,;/|&+()[\]*-]*$/i;
const MAX_LIST_GAP = 16;

/** By char code: 1 for a letter or digit of any script (`\p{L}`, `\p{N}`), else 0. */
const WORD_UNITS = wordUnits();

function wordUnits(): Uint8Array {
  const table = new Uint8Array(0x10000);
  markUnits(/[\p{L}\p{N}]+/gu, table, 1);
  return table;
}

function isWordCode(code: number): boolean {
  return WORD_UNITS[code] === 1;
}

/** Lowercases without changing length, so offsets stay valid ("İ" would otherwise grow). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

/**
 * By char code: the lowercase of an ASCII letter or digit, 0 for any other character. (Of all
 * others, only KELVIN SIGN lowercases to one: "k".) The scanner reads the text through it
 * instead of lowercasing the whole text first.
 */
const WORD_CODES = new Uint8Array(65536);
for (let code = 48; code <= 57; code++) WORD_CODES[code] = code;
for (let code = 97; code <= 122; code++) {
  WORD_CODES[code] = code;
  WORD_CODES[code - 32] = code;
}
WORD_CODES[0x212a] = 107;

/**
 * By char code: what lowercasing adds to it if that makes it ASCII (32 for "A" to "Z", and
 * KELVIN SIGN becomes "k"), else 0.
 */
const ASCII_FOLDS = new Int16Array(65536);
for (let code = 65; code <= 90; code++) ASCII_FOLDS[code] = 32;
ASCII_FOLDS[0x212a] = 107 - 0x212a;

/**
 * `lowerSameLength(text)`, made only when two characters other than ASCII are compared, once
 * per `findMentions` call (whole-text lowercasing depends on context: a final "Σ" becomes "ς").
 */
let loweredText: string | undefined;

/**
 * Whether the character at `index` of `lowerSameLength(text)` is `want`, a character of an
 * alias's lowercase (which holds only characters that lowercase to themselves).
 */
function lowersTo(text: string, index: number, want: number): boolean {
  const code = text.charCodeAt(index);
  if (code === want) return true;
  const folded = code + (ASCII_FOLDS[code] as number);
  if (folded === want) return true;
  // Only when both are other than ASCII (the table folds KELVIN SIGN, the one of those that
  // lowercases to ASCII). A product, not `&&`, so that common texts run every operation here
  // and the optimized code holds no untried branch to deoptimize on.
  return (folded >>> 7) * (want >>> 7) !== 0 && lowersToSlowly(text, index, want);
}

function lowersToSlowly(text: string, index: number, want: number): boolean {
  loweredText ??= lowerSameLength(text);
  return loweredText.charCodeAt(index) === want;
}

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const newline = text.lastIndexOf("\n", start - 1);
  return text.slice(newline >= from ? newline + 1 : from, start);
}

function contextAfter(text: string, end: number): string {
  const newline = text.indexOf("\n", end);
  const to = Math.min(text.length, end + CONTEXT_WINDOW);
  return text.slice(end, newline !== -1 && newline < to ? newline : to);
}

/** The text on either side of a candidate, cut once and shared by all of its rule's patterns. */
interface Context {
  text: string;
  start: number;
  end: number;
  before: string | undefined;
  after: string | undefined;
}

/**
 * Whether `expression`, a `before` pattern as `compileBefore` made it, matches the text before
 * the candidate: a sticky lookbehind is tried once, at the end; any other ignores `lastIndex`.
 */
function beforeMatches(expression: RegExp, before: string): boolean {
  expression.lastIndex = before.length;
  return expression.test(before);
}

function patternMatches(pattern: CompiledPattern, context: Context): boolean {
  if (pattern.before) {
    context.before ??= contextBefore(context.text, context.start);
    if (!beforeMatches(pattern.before, context.before)) return false;
  }
  if (pattern.after) {
    context.after ??= contextAfter(context.text, context.end);
    if (!pattern.after.test(context.after)) return false;
  }
  return true;
}

type Decision = "accept" | "reject" | "list";

function anyMatches(set: PatternSet, context: Context): boolean {
  const { before, after, others } = set;
  // Indexed loops: a `for...of` loop wraps its body in a try block for the iterator, which
  // costs the optimizing compiler more than the loop itself.
  if (before.length > 0) {
    context.before ??= contextBefore(context.text, context.start);
    for (let i = 0; i < before.length; i++) {
      if (beforeMatches(before[i] as RegExp, context.before)) return true;
    }
  }
  if (after.length > 0) {
    context.after ??= contextAfter(context.text, context.end);
    for (let i = 0; i < after.length; i++) {
      if ((after[i] as RegExp).test(context.after)) return true;
    }
  }
  for (let i = 0; i < others.length; i++) {
    if (patternMatches(others[i] as CompiledPattern, context)) return true;
  }
  return false;
}

function decideLocally(rule: CompiledRule, text: string, start: number, end: number): Decision {
  const context: Context = { text, start, end, before: undefined, after: undefined };
  if (anyMatches(rule.reject, context)) return "reject";
  if (anyMatches(rule.accept, context)) return "accept";
  // A rule that accepts anyway needs no list to decide; deciding now lets it vouch for neighbours.
  return rule.list && rule.otherwise === "reject" ? "list" : rule.otherwise;
}

/**
 * Whether the alias may end at `end`. (Read from the text as given: lowercasing changes no
 * character's being a letter or digit, nor any other character into "+" or "#".)
 */
function endBoundaryHolds(text: string, endsInWordChar: boolean, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  if (isWordCode(next)) return false;
  // "C" must not match in "C++" or "C#"; "F" not in "F#".
  if (endsInWordChar && (next === 43 || next === 35)) return false;
  return true;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** `word`'s first four characters, lowercase ASCII, packed as `startsAddress` reads a word. */
function packedHead(word: string): number {
  let head = 0;
  for (let i = 3; i >= 0; i--) head = (head << 7) | (word.charCodeAt(i) || 0);
  return head;
}

const WWW_HEAD = packedHead("www");
const HTTP_HEAD = packedHead("http");

/**
 * Whether the word at hand opens a web address: `https://`, `www.`, or `name@host`. Every
 * check runs for every word it is asked about, addresses or not: a check first run on the
 * first address of a process would deoptimize `findMentions`, where this is inlined.
 */
function startsAddress(text: string, wordStart: number, wordEnd: number): boolean {
  // `wordEnd` holds ":", "." or "@", so every index read below is in the text.
  const next = text.charCodeAt(wordEnd);
  const head =
    (WORD_CODES[text.charCodeAt(wordStart)] as number) |
    ((WORD_CODES[text.charCodeAt(Math.min(wordStart + 1, wordEnd))] as number) << 7) |
    ((WORD_CODES[text.charCodeAt(Math.min(wordStart + 2, wordEnd))] as number) << 14) |
    ((WORD_CODES[text.charCodeAt(Math.min(wordStart + 3, wordEnd))] as number) << 21);
  // The two characters after `next`; near the end of the text, two that end in `next` instead.
  const secondAfter = Math.min(wordEnd + 2, text.length - 1);
  const slashes = (text.charCodeAt(secondAfter - 1) ^ 47) | (text.charCodeAt(secondAfter) ^ 47);
  const length = wordEnd - wordStart;
  // Only a length of 4 or 5 makes `(length - 4) >> 1` zero. (All values here are small ints.)
  const web = ((next ^ 58) | ((length - 4) >> 1) | (head ^ HTTP_HEAD) | slashes) === 0;
  const www = ((next ^ 46) | (length ^ 3) | (head ^ WWW_HEAD)) === 0;
  return next === 64 || web || www;
}

/** `wordHash("." + word)` for the word at `start..end`, computed in place. */
function dottedHash(text: string, start: number, end: number): number {
  let hash = 46;
  for (let position = start; position < end; position++)
    hash = (Math.imul(hash, 31) + (WORD_CODES[text.charCodeAt(position)] as number)) | 0;
  return hash;
}

/**
 * Where the web address that the word at hand opens ends (at the next space), or `wordEnd`
 * when it opens none. Its loop runs for every word, an address or not: it stops at once
 * after a word that opens none (no character at `wordEnd` is a space).
 */
function addressEnd(text: string, wordStart: number, wordEnd: number): number {
  const length = text.length;
  const isAddress = startsAddress(text, wordStart, wordEnd);
  const limit = isAddress ? length : wordEnd + 1;
  let end = wordEnd;
  while (end < limit && !isSpaceCode(text.charCodeAt(end))) end += 1;
  return isAddress ? end : wordEnd;
}

/** Whether `lowerSameLength(text)[start, end)` equals `other` from `otherStart` on. */
function sameLowerText(
  text: string,
  start: number,
  end: number,
  other: string,
  otherStart: number,
) {
  for (let i = start, j = otherStart; i < end; i++, j++) {
    if (!lowersTo(text, i, other.charCodeAt(j))) return false;
  }
  return true;
}

/**
 * Whether the two characters at `keyEnd` may continue one of the entry's aliases. (Any
 * character other than ASCII may: `firstMatch` compares it.)
 */
function pairsMayFollow(table: WordTable, entry: number, text: string, keyEnd: number): boolean {
  const length = text.length;
  const first = keyEnd < length ? text.charCodeAt(keyEnd) : -1;
  const second = keyEnd + 1 < length ? text.charCodeAt(keyEnd + 1) : -1;
  if (first > 127 || second > 127) return true;
  const bit = pairBit(asciiLower(first), asciiLower(second));
  return ((table.entries[entry + 1] as number) & bit) !== 0;
}

/** An ASCII char code lowercased; -1 stays -1. */
function asciiLower(code: number): number {
  return (code - 65) >>> 0 < 26 ? code + 32 : code;
}

/**
 * The longest alias of the table entry at `entry` that matches at `start` and that its
 * context rule allows.
 */
function firstMatch(
  table: WordTable,
  entry: number,
  text: string,
  start: number,
): Candidate | undefined {
  const { entries, texts } = table;
  const aliasesAt = entry + ENTRY_HEADER_INTS;
  const last = aliasesAt + (entries[entry] as number) * ALIAS_INTS;
  // How much of every alias is known to match: with a key they share, compared once, the key
  // and the two characters after it that each alias checks first.
  let known = 0;
  const sharedKey = entries[entry + 2] as number;
  if (sharedKey >= 0) {
    const keyLength = entries[aliasesAt] as number;
    if (start + keyLength > text.length) return undefined;
    if (!sameLowerText(text, start, start + keyLength, texts, sharedKey)) return undefined;
    known = keyLength + 2;
  }
  for (let at = aliasesAt; at < last; at += ALIAS_INTS) {
    const length = entries[at + 5] as number;
    const end = start + length;
    if (end > text.length) continue;
    // The two characters after the key first: they rule out most aliases of a common word.
    const keyEnd = start + (entries[at] as number);
    const first = entries[at + 1] as number;
    if (first >= 0 && !lowersTo(text, keyEnd, first)) continue;
    const second = entries[at + 2] as number;
    if (second >= 0 && !lowersTo(text, keyEnd + 1, second)) continue;
    const checked = Math.min(known, length);
    const textAt = (entries[at + 4] as number) + checked;
    if (!sameLowerText(text, start + checked, end, texts, textAt)) continue;
    const bits = entries[at + 3] as number;
    if (!endBoundaryHolds(text, (bits & ALIAS_FLAGS.endsInWordChar) !== 0, end)) continue;
    const concept = entries[at + 6] as number;
    if ((bits & (ALIAS_FLAGS.caseSensitive | ALIAS_FLAGS.hasRule)) === 0) {
      return { concept, start, end, rule: undefined, decision: "accept" };
    }
    const alias = table.aliases[bits >>> ALIAS_FLAG_BITS] as CompiledAlias;
    if (alias.caseSensitive && !text.startsWith(alias.exact, start)) continue;
    const decision = alias.rule ? decideLocally(alias.rule, text, start, end) : "accept";
    if (decision === "reject") continue;
    return { concept, start, end, rule: alias.rule, decision };
  }
  return undefined;
}

interface Candidate extends Mention {
  rule: CompiledRule | undefined;
  decision: Decision;
}

/** Only an accepted technology vouches for a list neighbour: "Sales, Marketing, and GTM" is no stack. */
function vouches(
  dictionary: CompiledDictionary,
  candidate: Candidate | undefined,
): candidate is Candidate {
  return (
    candidate?.decision === "accept" &&
    dictionary.concepts[candidate.concept]?.kind === "technology"
  );
}

function listNeighbourAccepted(
  dictionary: CompiledDictionary,
  text: string,
  candidates: Candidate[],
  position: number,
): boolean {
  const self = candidates[position];
  if (!self) return false;
  const previous = candidates[position - 1];
  if (
    vouches(dictionary, previous) &&
    self.start - previous.end <= MAX_LIST_GAP &&
    LIST_GAP.test(text.slice(previous.end, self.start))
  ) {
    return true;
  }
  const next = candidates[position + 1];
  return (
    vouches(dictionary, next) &&
    next.start - self.end <= MAX_LIST_GAP &&
    LIST_GAP.test(text.slice(self.end, next.start))
  );
}

/**
 * The UTF-16 units of the text being scanned, then a space (`paddedUnits`): the scanner reads
 * every character, a typed array reads faster than `charCodeAt`, and the space ends the last
 * word. The body size limit bounds its growth.
 */
let unitBuffer = new Uint16Array(1 << 13);

/**
 * Finds every concept mention in `text`: one scan over its words, read through `WORD_CODES`,
 * one table lookup per word, longest alias first. Ambiguous aliases are decided by their context
 * rules, lists last, so that "Python/Go/Rust" accepts Go beside Python.
 */
export function findMentions(dictionary: CompiledDictionary, text: string): Mention[] {
  loweredText = undefined;
  const units = paddedUnits(text, unitBuffer, 32, 1);
  unitBuffer = units;
  const words = dictionary.words;
  const candidates: Candidate[] = [];
  const length = text.length;
  let position = 0;
  // The character before `position` (a space at the start): after a word or a mention comes a
  // character that is no ASCII letter or digit, so it is always one the loop skipped.
  let previous = 32;
  while (position < length) {
    // Scanning char codes by hand: no match objects, no strings.
    let code = units[position] as number;
    let lower = WORD_CODES[code] as number;
    if (lower === 0) {
      previous = code;
      position += 1;
      continue;
    }
    const wordStart = position;
    let hash = lower;
    position += 1;
    code = units[position] as number;
    lower = WORD_CODES[code] as number;
    while (lower !== 0) {
      hash = (Math.imul(hash, 31) + lower) | 0;
      position += 1;
      code = units[position] as number;
      lower = WORD_CODES[code] as number;
    }
    // `code` is the character after the word (the space after the text, at its end)
    // and `previous` the one before it: neither is an ASCII letter or digit, but either may be
    // another script's. (Lowercasing changes no character's being a letter or digit, so the
    // text as given serves.) Both are looked up in a table, not tested only when they are not
    // ASCII: that branch, first taken after V8 optimized this function, would deoptimize it.
    if ((WORD_UNITS[previous] as number) + (WORD_UNITS[code] as number) !== 0) continue;
    if (code === 58 || code === 46 || code === 64) {
      const end = addressEnd(text, wordStart, position);
      // Names inside a URL or e-mail address ("notion.so/neo4j-notes") are not mentions.
      if (end !== position) {
        position = end;
        continue;
      }
    }
    let found: Candidate | undefined;
    if (previous === 46 && (wordStart < 2 || !isWordCode(text.charCodeAt(wordStart - 2)))) {
      const dotted = entryOf(words, dottedHash(text, wordStart, position));
      if (dotted >= 0 && pairsMayFollow(words, dotted, text, position)) {
        found = firstMatch(words, dotted, text, wordStart - 1);
      }
    }
    if (!found) {
      const entry = entryOf(words, hash);
      if (entry >= 0 && pairsMayFollow(words, entry, text, position)) {
        found = firstMatch(words, entry, text, wordStart);
      }
    }
    if (found) {
      candidates.push(found);
      if (found.end > position) position = found.end;
    }
  }
  loweredText = undefined;
  return acceptedMentions(dictionary, text, candidates);
}

/** The candidates accepted once lists are settled, as mentions. */
function acceptedMentions(
  dictionary: CompiledDictionary,
  text: string,
  candidates: Candidate[],
): Mention[] {
  // Settle list-context candidates; a newly accepted one can accept its neighbour in turn.
  let changed = true;
  while (changed) {
    changed = false;
    for (let position = 0; position < candidates.length; position++) {
      const candidate = candidates[position];
      if (candidate?.decision !== "list") continue;
      if (listNeighbourAccepted(dictionary, text, candidates, position)) {
        candidate.decision = "accept";
        changed = true;
      }
    }
  }

  const mentions: Mention[] = [];
  // Indexed, as in `anyMatches`.
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position] as Candidate;
    const accepted =
      candidate.decision === "accept" ||
      (candidate.decision === "list" && candidate.rule?.otherwise === "accept");
    if (accepted)
      mentions.push({ concept: candidate.concept, start: candidate.start, end: candidate.end });
  }
  return mentions;
}
