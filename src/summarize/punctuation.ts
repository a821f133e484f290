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
  if (c < 128) return ASCII_CLASS[c] as number;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return SPACE;
  if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return OTHER_SPECIAL;
  return 0;
}

function isMark(c: number): boolean {
  return c < 128 && ASCII_CLASS[c] === MARK;
}

function isSpace(c: number): boolean {
  return classOf(c) === SPACE;
}

function isWordChar(c: number): boolean {
  return c < 128 && ASCII_CLASS[c] === WORD;
}

/**
 * The faults found in a phrase or sentence; empty when it is clean:
 * two marks in a row (",,", ",.", "?.", ".."; an abbreviation's dot may precede "," or "!"),
 * a space before a mark, unbalanced () [] {} or quotes, and "and"/"or"/"nor" or a comma
 * left hanging before a mark or at the end.
 */
export function punctuationProblems(text: string): readonly PunctuationProblem[] {
  let doubled = false;
  let spaceBefore = false;
  let dangling = false;
  let brackets: number[] | undefined;
  let unbalancedBrackets = false;
  let straightQuotes = 0;
  let curlyQuotes = 0;
  let guillemets = 0;
  let unbalancedQuotes = false;
  let previous = -1; // last non-space character
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = classOf(c);
    if (kind === SPACE) continue;
    if (kind === MARK) {
      if (previous === PERIOD ? c === PERIOD : isMark(previous) && previous !== PERIOD)
        doubled = true;
      if (i > 0 && isSpace(text.charCodeAt(i - 1))) {
        const next = text.charCodeAt(i + 1);
        if (!isWordChar(next) && !(c === PERIOD && next === PERIOD)) spaceBefore = true;
      }
      if (c !== COMMA && previous === COMMA) dangling = true;
      if (endsWithConjunction(text, i)) dangling = true;
    } else if (kind === OTHER_SPECIAL) {
      if (c === 40 || c === 91 || c === 123) {
        brackets ??= [];
        brackets.push(c === 40 ? 41 : c + 2);
      } else if (c === 41 || c === 93 || c === 125) {
        if (brackets === undefined || brackets.pop() !== c) unbalancedBrackets = true;
      } else if (c === 34) straightQuotes++;
      else if (c === 0x201c) curlyQuotes++;
      else if (c === 0x201d) {
        if (--curlyQuotes < 0) unbalancedQuotes = true;
      } else if (c === 0xab) guillemets++;
      else if (--guillemets < 0) unbalancedQuotes = true;
    }
    previous = c;
  }
  if (previous === COMMA || endsWithConjunction(text, text.length)) dangling = true;
  if (brackets !== undefined && brackets.length > 0) unbalancedBrackets = true;
  if (straightQuotes % 2 !== 0 || curlyQuotes !== 0 || guillemets !== 0) unbalancedQuotes = true;
  if (!(doubled || spaceBefore || dangling || unbalancedBrackets || unbalancedQuotes)) return NONE;
  const problems: PunctuationProblem[] = [];
  if (doubled) problems.push("doubled punctuation");
  if (spaceBefore) problems.push("space before punctuation");
  if (unbalancedBrackets) problems.push("unbalanced brackets");
  if (unbalancedQuotes) problems.push("unbalanced quotes");
  if (dangling) problems.push("dangling conjunction");
  return problems;
}

/** True when the word ending just before `at` (spaces skipped) is "and", "or" or "nor". */
function endsWithConjunction(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  const length = end - start;
  if (length < 2 || length > 3) return false;
  if (start > 0 && text.charCodeAt(start - 1) === 45) return false; // "and-or", "built-in or"
  const word = text.slice(start, end).toLowerCase();
  return word === "and" || word === "or" || word === "nor";
}

/** As `punctuationProblems`, and the text must end a sentence with exactly one ".", "!" or "?". */
export function sentenceProblems(text: string): readonly PunctuationProblem[] {
  const problems = punctuationProblems(text);
  if (endsSentence(text)) return problems;
  return [...problems, "bad sentence end"];
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
