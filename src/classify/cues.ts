import { paddedUnits } from "../text/chars";

/**
 * One pass over a posting's text that finds the lines each extractor needs to read.
 *
 * Scanning a 4 KB text costs about as much per regular-expression alternative as the whole
 * extraction should, so the extractors do not each run a dozen regexes over the full text.
 * Instead one walk finds all cue stems at the word starts (see `stemCandidates`), each line
 * is marked with the extractors its stems serve, and each extractor runs its detailed
 * patterns over its few lines. The last scan is kept, so the extractors of one posting share
 * it.
 */

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
];

/**
 * "5y exp": found anywhere too, but its "exp" always starts a word, so the walk below finds it
 * (case-sensitively) where it looks for the stems.
 */
const YEARS_EXPERIENCE = "y exp";
const YEARS_EXPERIENCE_WORD = "exp";

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

/**
 * The stems are found by a walk over the text, not by a regex `\b(?:stem|...)` with the `gi`
 * flags, which irregexp tried at nearly every position. A first pass, without a branch that
 * depends on the text, lists the word starts (a regex word character, [A-Za-z0-9_], after a
 * non-word one) whose first three units may begin a stem; a second follows a trie of the stems,
 * ASCII case folded, from each. It finds what the regex found: the longest stem starting there
 * (a stem written with "=" only where its word ends too), and the next stem no earlier than
 * where that one ends.
 */

/** Per UTF-16 unit: its symbol in the stems' trie (0 when in no stem), plus TRIE_WORD_BIT. */
const TRIE_KIND = new Uint8Array(0x10000);
/** Set in `TRIE_KIND` for the regex word characters, [A-Za-z0-9_]. */
const TRIE_WORD_BIT = 64;
const TRIE_SYMBOL_MASK = TRIE_WORD_BIT - 1;
/**
 * Per UTF-16 unit: a coarser symbol of five bits (digits share one) for the first pass.
 * NOT_WORD_FILTER and OTHER_WORD_FILTER are the units in no stem. The symbols of non-word
 * units are the lowest, below NOT_WORD_SYMBOLS, so a unit is a non-word one exactly when its
 * symbol shifted right by NOT_WORD_SYMBOL_BITS is 0.
 */
const FILTER_KIND = new Uint8Array(0x10000);
const FILTER_BITS = 5;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
const NOT_WORD_SYMBOL_BITS = 2;
const NOT_WORD_SYMBOLS = 1 << NOT_WORD_SYMBOL_BITS;
const NOT_WORD_FILTER = 0;
const OTHER_WORD_FILTER = NOT_WORD_SYMBOLS;
/** Whether a stem (or "exp") may start with three filter symbols `a << 10 | b << 5 | c`. */
const STARTS_STEM = new Uint8Array(1 << (3 * FILTER_BITS));

interface StemTrie {
  /** Child of node `n` for symbol `s` at `n * alphabet + s`; 0 is "none" (0 is the root). */
  next: Uint16Array;
  alphabet: number;
  /** Bits of the stem ending at each node, 0 when none does. */
  bits: Int32Array;
  /** 1 when every stem ending at the node must also end its word (written with "="). */
  wholeWord: Uint8Array;
}

function buildStemTrie(): StemTrie {
  const stems = new Map<string, { bits: number; wholeWord: boolean }>();
  const add = (written: string, bits: number) => {
    const wholeWord = written.endsWith("=");
    const stem = wholeWord ? written.slice(0, -1) : written;
    const known = stems.get(stem);
    // A stem that may end mid-word makes the boundary of a whole-word twin irrelevant.
    stems.set(stem, {
      bits: (known?.bits ?? 0) | bits,
      wholeWord: (known?.wholeWord ?? true) && wholeWord,
    });
  };
  for (const [written, cue] of WORD_STEMS) add(written, cue);
  for (const [written, anchor] of ANCHOR_STEMS) add(written, anchor << ANCHOR_SHIFT);
  const filtered = [...stems.keys(), YEARS_EXPERIENCE_WORD];
  for (const stem of filtered) {
    if (!/^[a-z0-9][a-z0-9 $-]+$/.test(stem)) {
      throw new Error(`cue stem "${stem}": a lower-case word start and one more unit`);
    }
  }
  buildKinds(stems, filtered);
  const filterAt = (stem: string, k: number) =>
    (FILTER_KIND[stem.charCodeAt(k)] as number) & FILTER_MASK;
  for (const stem of filtered) {
    const head = (filterAt(stem, 0) << (2 * FILTER_BITS)) | (filterAt(stem, 1) << FILTER_BITS);
    if (stem.length > 2) STARTS_STEM[head | filterAt(stem, 2)] = 1;
    else for (let third = 0; third <= FILTER_MASK; third++) STARTS_STEM[head | third] = 1;
  }
  const trieAt = (stem: string, k: number) =>
    (TRIE_KIND[stem.charCodeAt(k)] as number) & TRIE_SYMBOL_MASK;
  const children: number[][] = [[]];
  const bits: number[] = [0];
  const wholeWord: number[] = [0];
  for (const [stem, entry] of stems) {
    let node = 0;
    for (let k = 0; k < stem.length; k++) {
      const row = children[node] as number[];
      let child = row[trieAt(stem, k)];
      if (child === undefined) {
        child = children.length;
        row[trieAt(stem, k)] = child;
        children.push([]);
        bits.push(0);
        wholeWord.push(0);
      }
      node = child;
    }
    bits[node] = entry.bits;
    wholeWord[node] = entry.wholeWord ? 1 : 0;
  }
  let alphabet = 1;
  // A loop, not Math.max(...) over a mapped copy: that cost ~10 ms of every start.
  for (let code = 0; code < TRIE_KIND.length; code++) {
    alphabet = Math.max(alphabet, ((TRIE_KIND[code] as number) & TRIE_SYMBOL_MASK) + 1);
  }
  const next = new Uint16Array(children.length * alphabet);
  children.forEach((row, node) => {
    row.forEach((child, symbol) => {
      next[node * alphabet + symbol] = child;
    });
  });
  return { next, alphabet, bits: Int32Array.from(bits), wholeWord: Uint8Array.from(wholeWord) };
}

/** Fills TRIE_KIND and FILTER_KIND for the units of `stems`. */
function buildKinds(stems: ReadonlyMap<string, unknown>, filtered: readonly string[]): void {
  for (let code = 0; code < 128; code++) {
    if (!/\w/.test(String.fromCharCode(code))) continue;
    TRIE_KIND[code] = TRIE_WORD_BIT;
    FILTER_KIND[code] = OTHER_WORD_FILTER;
  }
  let trieSymbols = 1;
  for (const stem of stems.keys()) {
    for (let k = 0; k < stem.length; k++) {
      const code = stem.charCodeAt(k);
      if (((TRIE_KIND[code] as number) & TRIE_SYMBOL_MASK) === 0) {
        TRIE_KIND[code] = (TRIE_KIND[code] as number) | trieSymbols++;
      }
    }
  }
  let notWordSymbols = NOT_WORD_FILTER + 1;
  let filterSymbols = OTHER_WORD_FILTER + 1;
  let digitSymbol = 0;
  for (const stem of filtered) {
    for (let k = 0; k < stem.length; k++) {
      const code = stem.charCodeAt(k);
      if (FILTER_KIND[code] === NOT_WORD_FILTER) {
        FILTER_KIND[code] = notWordSymbols++;
        continue;
      }
      if (FILTER_KIND[code] !== OTHER_WORD_FILTER) continue;
      const digit = code >= 0x30 && code <= 0x39;
      if (digit && digitSymbol === 0) digitSymbol = filterSymbols++;
      FILTER_KIND[code] = digit ? digitSymbol : filterSymbols++;
    }
  }
  if (
    trieSymbols > TRIE_WORD_BIT ||
    filterSymbols > FILTER_MASK + 1 ||
    notWordSymbols > NOT_WORD_SYMBOLS
  ) {
    throw new Error("cue stems: too many distinct characters");
  }
  for (let code = 0x30; code <= 0x39; code++) if (digitSymbol) FILTER_KIND[code] = digitSymbol;
  for (let code = 0x41; code <= 0x5a; code++) {
    TRIE_KIND[code] = TRIE_KIND[code + 0x20] as number;
    FILTER_KIND[code] = FILTER_KIND[code + 0x20] as number;
  }
}

const {
  next: TRIE_NEXT,
  alphabet: ALPHABET,
  bits: NODE_BITS,
  wholeWord: NODE_WHOLE_WORD,
} = buildStemTrie();

/**
 * The UTF-16 units of the text `stemCandidates` reads, then two non-word units (0); `unitPairs`
 * views the same memory two units at a time, the first in the low half (little-endian, as
 * `paddedUnits` writes). Both only grow, to the longest text scanned. The pairs are signed: from
 * a Uint32Array, a pair whose second unit is 0x8000 or more (a surrogate) reads as a number
 * above 2^31, and the loop then ran at 1.5 times its cost in some processes.
 */
let unitBuffer = new Uint16Array(8192);
let unitPairs = new Int32Array(unitBuffer.buffer);

/** Where the stem found by the last `stemAt` ends; its bits are what `stemAt` returns. */
let stemEnd = 0;

/**
 * The bits of the longest stem starting at the word start `start` of the text in `units` (see
 * `unitBuffer`: a unit 0 follows the text), with its end in `stemEnd`; 0 when no stem starts
 * there.
 */
function stemAt(units: Uint16Array, start: number): number {
  let node = 0;
  let found = 0;
  // The unit 0 after the text is in no stem, so the walk stops there.
  for (let i = start; ; ) {
    const symbol = (TRIE_KIND[units[i] as number] as number) & TRIE_SYMBOL_MASK;
    node = TRIE_NEXT[node * ALPHABET + symbol] as number;
    if (node === 0) break;
    i++;
    const bits = NODE_BITS[node] as number;
    if (
      bits !== 0 &&
      (NODE_WHOLE_WORD[node] === 0 ||
        ((TRIE_KIND[units[i] as number] as number) & TRIE_WORD_BIT) === 0)
    ) {
      found = bits;
      stemEnd = i;
    }
  }
  return found;
}

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
  const candidateCount = stemCandidates(text);
  const candidates = candidateBuffer;
  const units = unitBuffer;
  let line = 0;
  let searchFrom = 0;
  for (let c = 0; c < candidateCount; c++) {
    const at = candidates[c] as number;
    const bits = at < searchFrom ? 0 : stemAt(units, at);
    const yearsExperience = bits === 0 && isYearsExperience(text, at) ? CUE_YEARS : 0;
    if (bits === 0 && yearsExperience === 0) continue;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= at) line++;
    lineCues[line] = (lineCues[line] as number) | (bits & 0xff) | yearsExperience;
    if (bits === 0) continue;
    searchFrom = stemEnd;
    if (bits >> ANCHOR_SHIFT !== 0) {
      anchorOffsets.push(at);
      anchorKinds.push(bits >> ANCHOR_SHIFT);
    }
  }
  // indexOf is far cheaper than one more stem for the walk above.
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

/** Whether "y exp" ends at `at`, where "exp" starts (a candidate of `stemCandidates`). */
function isYearsExperience(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x65 && at >= 2 && text.startsWith(YEARS_EXPERIENCE, at - 2);
}

/** Filled by `stemCandidates`: it only grows to the longest text scanned. */
let candidateBuffer = new Int32Array(4096);

const TRIPLE_MASK = (1 << (3 * FILTER_BITS)) - 1;
/** How far to shift a window to leave the high bits of the symbol before its last three. */
const BEFORE_WORD_SHIFT = 3 * FILTER_BITS + NOT_WORD_SYMBOL_BITS;
const BEFORE_WORD_MASK = (1 << (FILTER_BITS - NOT_WORD_SYMBOL_BITS)) - 1;

/**
 * Writes the word starts of `text` whose first three units may begin a stem, in order, to the
 * start of `candidateBuffer`, and returns how many there are. Every unit is stored as a
 * candidate and kept only when it is one: a branch there would be mispredicted at most word
 * starts. The units are copied natively and read two at a time, which costs less than a
 * `charCodeAt` per unit.
 */
function stemCandidates(text: string): number {
  const length = text.length;
  if (candidateBuffer.length < length + 2) candidateBuffer = new Int32Array(length + 2);
  // A word of two units may end the text: the two non-word units after it are read too.
  const units = paddedUnits(text, unitBuffer, 0, 2);
  if (units !== unitBuffer) {
    unitBuffer = units;
    unitPairs = new Int32Array(units.buffer);
  }
  const candidates = candidateBuffer;
  const pairs = unitPairs;
  const pairCount = (length + 2) >> 1;
  let count = 0;
  // Filter symbols of the last four units read, the latest lowest; non-word before the text.
  // A word may start two units before each unit read: its three units and the one before it
  // are then the last four symbols. The STARTS_STEM bit is kept only when the high bits of
  // the symbol before the three, which are 0 only for non-word units, shift nothing out.
  let window = 0;
  for (let pair = 0; pair < pairCount; pair++) {
    const twoUnits = pairs[pair] as number;
    const firstSymbol = FILTER_KIND[twoUnits & 0xffff] as number;
    const secondSymbol = FILTER_KIND[twoUnits >>> 16] as number;
    const afterFirst = ((window << FILTER_BITS) | firstSymbol) & 0xfffff;
    window = ((afterFirst << FILTER_BITS) | secondSymbol) & 0xfffff;
    candidates[count] = 2 * pair - 2;
    count +=
      (STARTS_STEM[afterFirst & TRIPLE_MASK] as number) >>>
      ((afterFirst >>> BEFORE_WORD_SHIFT) & BEFORE_WORD_MASK);
    candidates[count] = 2 * pair - 1;
    count +=
      (STARTS_STEM[window & TRIPLE_MASK] as number) >>>
      ((window >>> BEFORE_WORD_SHIFT) & BEFORE_WORD_MASK);
  }
  return count;
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
 * The text of the lines holding a cue for `cue`, joined by newlines. Consecutive kept lines
 * are one slice of the text, newlines included; no kept line is empty (it holds its cue).
 */
export function textWithCue(scan: CueScan, cue: number): string {
  const { text, lineStarts, lineCues } = scan;
  let joined = "";
  let runStart = -1;
  for (let index = 0; index < lineCues.length; index++) {
    const kept = ((lineCues[index] as number) & cue) !== 0;
    if (kept) {
      if (runStart === -1) runStart = lineStarts[index] as number;
      continue;
    }
    if (runStart === -1) continue;
    const run = text.slice(runStart, (lineStarts[index] as number) - 1);
    joined = joined === "" ? run : `${joined}\n${run}`;
    runStart = -1;
  }
  if (runStart !== -1) {
    const run = text.slice(runStart);
    joined = joined === "" ? run : `${joined}\n${run}`;
  }
  return joined;
}
