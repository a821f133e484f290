/**
 * Checks for the punctuation faults a careful editor would never let through. Used to refuse
 * candidate phrases, to guard finished summaries, and by the summaries evaluation. One pass
 * over the characters: it runs for every candidate phrase and rendering.
 */

export type PunctuationProblem =
  | "doubled punctuation"
  | "space before punctuation"
  | "unbalanced brackets"
  | "unbalanced quotes"
  | "dangling conjunction"
  | "bad sentence end";

const NONE: readonly PunctuationProblem[] = Object.freeze([]);

const COMMA = 44;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;

// Character classes of ASCII, looked up once per character.
const SPACE = 1;
const MARK = 2;
const WORD = 4;
const OTHER_SPECIAL = 8; // brackets and quotes
const ASCII_CLASS = (() => {
  const classes = new Uint8Array(128);
  for (const c of [9, 10, 13, 32]) classes[c] = SPACE;
  for (const c of ",.:;!?") classes[c.charCodeAt(0)] = MARK;
  for (let c = 48; c <= 57; c++) classes[c] = WORD;
  for (let c = 65; c <= 90; c++) classes[c] = WORD;
  for (let c = 97; c <= 122; c++) classes[c] = WORD;
  classes[95] = WORD;
  for (const c of '()[]{}"') classes[c.charCodeAt(0)] = OTHER_SPECIAL;
  return classes;
})();

function classOf(c: number): number {
  return c < 128 ? (ASCII_CLASS[c] as number) : wideClassOf(c);
}

function wideClassOf(c: number): number {
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return SPACE;
  if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return OTHER_SPECIAL;
  return 0;
}

function isMark(c: number): boolean {
  return c >= 0 && c < 128 && ASCII_CLASS[c] === MARK;
}

function isSpace(c: number): boolean {
  return classOf(c) === SPACE;
}

function isWordChar(c: number): boolean {
  return c >= 0 && c < 128 && ASCII_CLASS[c] === WORD;
}

/**
 * The faults found in a phrase or sentence; empty when it is clean:
 * two marks in a row (",,", ",.", "?.", ".."; an abbreviation's dot may precede "," or "!"),
 * a space before a mark, unbalanced () [] {} or quotes, and "and"/"or"/"nor" or a comma
 * left hanging before a mark or at the end.
 */
export function punctuationProblems(text: string): readonly PunctuationProblem[] {
  return problemsOf(faultsIn(text, 0, text.length));
}

/** True when `text[from, end)` has any of the faults `punctuationProblems` names. */
export function hasPunctuationProblem(text: string, from: number, end: number): boolean {
  return faultsIn(text, from, end) !== 0;
}

/** `punctuationFaults`, skipped when the cheap FAULT_HINT scan clears the range. */
function faultsIn(text: string, from: number, end: number): number {
  const range = from === 0 && end === text.length ? text : text.slice(from, end);
  return FAULT_HINT.test(range) ? punctuationFaults(text, from, end) : 0;
}

/**
 * What each fault needs somewhere in the text: two marks with only spaces between (doubled,
 * or a comma left before a mark), a space before a mark, "and"/"or"/"nor" before a mark or
 * the end, a comma at the end, a bracket or a quote. Most lines have none of it, and this one
 * scan clears them.
 */
const FAULT_HINT =
  /[,.:;!?]\s*[,.:;!?]|\s[,.:;!?]|\b(?:and|n?or)\s*(?:[,.:;!?]|$)|,\s*$|[()[\]{}"\u201c\u201d\u00ab\u00bb]/i;

const DOUBLED = 1;
const SPACE_BEFORE = 2;
const UNBALANCED_BRACKETS = 4;
const UNBALANCED_QUOTES = 8;
const DANGLING = 16;

function problemsOf(faults: number): readonly PunctuationProblem[] {
  if (faults === 0) return NONE;
  const problems: PunctuationProblem[] = [];
  if (faults & DOUBLED) problems.push("doubled punctuation");
  if (faults & SPACE_BEFORE) problems.push("space before punctuation");
  if (faults & UNBALANCED_BRACKETS) problems.push("unbalanced brackets");
  if (faults & UNBALANCED_QUOTES) problems.push("unbalanced quotes");
  if (faults & DANGLING) problems.push("dangling conjunction");
  return problems;
}

/**
 * The faults of `text[from, end)` as bits. A phrase is read as a range of the whole body
 * rather than as a slice of it: fewer kinds of strings reach this loop, which keeps it fast.
 */
function punctuationFaults(text: string, from: number, end: number): number {
  let faults = 0;
  let brackets: number[] | undefined;
  let straightQuotes = 0;
  let curlyQuotes = 0;
  let guillemets = 0;
  let previous = -1; // last non-space character
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? (ASCII_CLASS[c] as number) : wideClassOf(c);
    if (kind === SPACE) continue;
    if (kind === MARK) {
      if (previous === PERIOD ? c === PERIOD : isMark(previous) && previous !== PERIOD)
        faults |= DOUBLED;
      if (i > from && isSpace(text.charCodeAt(i - 1))) {
        const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
        if (!isWordChar(next) && !(c === PERIOD && next === PERIOD)) faults |= SPACE_BEFORE;
      }
      if (c !== COMMA && previous === COMMA) faults |= DANGLING;
      // Only a word ending in "d" or "r" can be "and", "or" or "nor".
      if (endsLikeConjunction(previous) && endsWithConjunction(text, from, i)) faults |= DANGLING;
    } else if (kind === OTHER_SPECIAL) {
      if (c === 40 || c === 91 || c === 123) {
        brackets ??= [];
        brackets.push(c === 40 ? 41 : c + 2);
      } else if (c === 41 || c === 93 || c === 125) {
        if (brackets === undefined || brackets.pop() !== c) faults |= UNBALANCED_BRACKETS;
      } else if (c === 34) straightQuotes++;
      else if (c === 0x201c) curlyQuotes++;
      else if (c === 0x201d) {
        if (--curlyQuotes < 0) faults |= UNBALANCED_QUOTES;
      } else if (c === 0xab) guillemets++;
      else if (--guillemets < 0) faults |= UNBALANCED_QUOTES;
    }
    previous = c;
  }
  if (previous === COMMA || (endsLikeConjunction(previous) && endsWithConjunction(text, from, end)))
    faults |= DANGLING;
  if (brackets !== undefined && brackets.length > 0) faults |= UNBALANCED_BRACKETS;
  if (straightQuotes % 2 !== 0 || curlyQuotes !== 0 || guillemets !== 0)
    faults |= UNBALANCED_QUOTES;
  return faults;
}

function endsLikeConjunction(c: number): boolean {
  return c === 100 || c === 114 || c === 68 || c === 82; // d r D R
}

/** True when the word ending just before `at` (spaces skipped, not before `from`) is "and", "or" or "nor". */
function endsWithConjunction(text: string, from: number, at: number): boolean {
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && isWordChar(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 2 || length > 3) return false;
  if (start > from && text.charCodeAt(start - 1) === 45) return false; // "and-or", "built-in or"
  // Word characters are ASCII letters, digits and "_": `| 32` lower-cases the letters only.
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (length === 2) return a === 111 && b === 114; // or
  const c = text.charCodeAt(start + 2) | 32;
  return (a === 97 && b === 110 && c === 100) || (a === 110 && b === 111 && c === 114); // and nor
}

/** As `punctuationProblems`, and the text must end a sentence with exactly one ".", "!" or "?". */
export function sentenceProblems(text: string): readonly PunctuationProblem[] {
  const problems = punctuationProblems(text);
  if (endsSentence(text)) return problems;
  return [...problems, "bad sentence end"];
}

/** True when `sentenceProblems(text)` finds nothing. */
export function isCleanSentence(text: string): boolean {
  return endsSentence(text) && !hasPunctuationProblem(text, 0, text.length);
}

/** "…engineer." yes; "…engineer" and "…engineer,." no; "…Inc.!" yes (the dot is the abbreviation's). */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== PERIOD && last !== BANG && last !== QUESTION) return false;
  const before = text.charCodeAt(text.length - 2);
  if (Number.isNaN(before) || isSpace(before)) return false;
  if (before === PERIOD) return last !== PERIOD && !isMark(text.charCodeAt(text.length - 3));
  return !isMark(before);
}
