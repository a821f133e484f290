import type { Section } from "../schema/enums";
import { isRegExpSpace } from "../text/chars";
import { CUE_YEARS, linesWithCue, scanCues } from "./cues";
import type { ClassifyInput, ExperienceRequirement } from "./types";

/**
 * The smallest number of years of experience the posting's primary requirement asks for:
 * "3+ years" → 3, "2-4 years" → 2, "at least five years" → 5, or null.
 */
export function detectYearsExperience(input: ClassifyInput): number | null {
  return findExperienceRequirement(input)?.years ?? null;
}

/**
 * The primary experience requirement and where it is stated.
 *
 * Candidates are "N years" statements about the candidate: the clause speaks of experience, or
 * the figure is qualified ("3+", "at least", "minimum of"), or the years are spent doing
 * something ("5 years as a developer", "3-5 years in a PR role"). Not candidates: nice-to-haves
 * ("1+ year of SEO is a plus", lines in a nice-to-have section), benefits, and the company's own
 * history ("for the last 5 years we have grown", "three years in a row").
 *
 * The primary requirement is the first candidate whose clause names experience; when none
 * does, the first candidate.
 */
export function findExperienceRequirement(input: ClassifyInput): ExperienceRequirement | null {
  let firstAny: ExperienceRequirement | null = null;
  for (const line of linesWithCue(scanCues(input.text), CUE_YEARS)) {
    const section = input.lineSections?.[line.index];
    if (section === "benefits") continue;
    // A line under a nice-to-have heading does not count; a requirement line that only
    // mentions a preference ("3+ years in PR, ideally in an agency") is judged clause by clause.
    if (section === "nice-to-have" && !NICE_TO_HAVE_WORD_RE.test(line.text)) continue;
    // One match at a time: the first candidate naming experience ends the search.
    for (
      let match = nextYearsMatch(line.text, 0);
      match !== null;
      match = nextYearsMatch(line.text, YEARS_RE.lastIndex)
    ) {
      const found = judge(line.text, match, section);
      if (!found) continue;
      const requirement = toRequirement(line.text, line.start, match, found.years);
      if (found.namesExperience) return requirement;
      firstAny ??= requirement;
    }
  }
  return firstAny;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER = `(?:\\d{1,2}(?:\\.5)?|${Object.keys(WORD_NUMBERS).join("|")})`;

const NICE_TO_HAVE_WORD_RE =
  /\b(?:ideally|preferably|preferred|plus|bonus|nice|desirable|advantage)\b/i;
/**
 * "3+ years", "2-4 years", "1-3+ years", "+5 years", "~3 years", "5y", "two or more years",
 * "at least **three** years" (after markup removal), "more than 3 years".
 */
const YEARS_RE = new RegExp(
  // Every match starts with a qualifier (a, m, o, n), a + or ~, or a number (a digit, or o, t,
  // f, s, e, n): the lookahead lets irregexp skip the other positions before the alternatives.
  `(?=[\\d+~amontfse])` +
    `(?<qualifier>\\b(?:at\\s+least|minimum(?:\\s+of)?|min\\.?|more\\s+than|over|no\\s+less\\s+than|a\\s+minimum\\s+of)\\s+)?` +
    `(?<plusBefore>[+~]\\s?)?(?<low>${NUMBER})\\s?(?<plus>\\+)?` +
    `(?:\\s?(?:-|–|to|or)\\s?(?<high>${NUMBER})\\s?\\+?)?` +
    `\\s?(?:\\(\\d+\\)\\s)?(?<orMore>or\\s+more\\s+)?(?:full\\s+|professional\\s+|solid\\s+|relevant\\s+)?(?<unit>years?|yrs?|y(?=\\s+(?:of\\s+)?exp))(?![a-z])`,
  "gi",
);

/** Where every unit of YEARS_RE starts ("year", "yrs", "y of exp"), and some other places. */
const UNIT_RE = /y(?:ea)?r|y\s+(?:of\s+)?exp/gi;
/**
 * The most units a match of YEARS_RE spans before its unit ("no less than ~fifteen to
 * twenty + or more professional years") when no space follows another, since each `\s+` is
 * then one unit, and no "(" a digit, since "(12) years" may hold any number of digits.
 */
const YEARS_REACH = 64;
const UNBOUNDED_REACH_RE = /\s\s|\(\d/;

/**
 * The match of YEARS_RE a search of `line` from `from` finds, its `lastIndex` set for the
 * next. Every match ends with a unit, so there is none without a unit after `from`, and none
 * starts more than YEARS_REACH units before the first such unit: the search starts there.
 */
function nextYearsMatch(line: string, from: number): RegExpExecArray | null {
  UNIT_RE.lastIndex = from;
  const unit = UNIT_RE.exec(line);
  if (unit === null) return null;
  const reach = unit.index - YEARS_REACH;
  YEARS_RE.lastIndex = reach > from && !UNBOUNDED_REACH_RE.test(line) ? reach : from;
  return YEARS_RE.exec(line);
}

/** Clause words that make the years a statement about the candidate's experience. */
const EXPERIENCE_RE = /\bexperience[ds]?\b|\bexpertise\b|\btrack record\b|\bbackground\b/i;
/** "5 years as a developer", "3-5 years in a PR role", "3+ years writing code". */
const SPENT_DOING_RE =
  /^\s*(?:-?\s*experience\b|of\b|in\b|as\b|with\b|working\b|writing\b|building\b|doing\b|developing\b|designing\b|managing\b|leading\b|selling\b|running\b|shipping\b|hands[- ]on\b|professional\b|relevant\b|industry\b|commercial\b|full[- ]cycle\b|real[- ]world\b|directly\b|programming\b|coding\b|:)/i;
/** The company talking about itself, or time that is not experience. */
const NOT_EXPERIENCE_BEFORE_RE =
  /\b(?:the\s+(?:last|past|next|first)|(?:in|within|after|every|since)\s+(?:the\s+)?(?:last|past|over)?\s*$|after\s*$|every\s*$|within\s*$|since\s*$|founded|ago|anniversary|in\s+less\s+than\s*$|we\s+(?:have|'ve)\s+been|has\s+been|have\s+been)/i;
const NOT_EXPERIENCE_AFTER_RE =
  /^\s*(?:in\s+a\s+row|ago|old\b|anniversary|at\s+(?!least)[A-Z]|with\s+(?:us|the\s+company)|of\s+(?:age|growth|history|operation)|warranty|contract|term\b|plan\b|vesting|cliff)/i;
const COMPANY_SUBJECT_RE =
  /\b(?:we|we've|we're|our|us|the company|company|founding team|co-?founders?|founders?|ceo|cto)\b/i;
const CANDIDATE_SUBJECT_RE =
  /\b(?:you|your|you've|you're|candidates?|applicants?|someone|somebody|individual|person|looking for|seeking|hiring|requir\w*|must|should|need\w*|ideal)\b/i;
/** Clause endings that make it a nice-to-have. */
const NICE_TO_HAVE_AFTER_RE =
  /^[^;(.]*?\b(?:is\s+a\s+(?:big\s+|huge\s+|strong\s+)?plus|a\s+plus|are\s+a\s+plus|would\s+be\s+(?:a\s+plus|nice|great|beneficial|an\s+advantage)|nice\s+to\s+have|is\s+(?:an\s+)?advantage|is\s+preferred|preferred|is\s+desirable|desirable|bonus(?:\s+points)?)\b/i;
const NICE_TO_HAVE_BEFORE_RE =
  /\b(?:nice\s+to\s+have|bonus(?:\s+points)?|ideally|preferably|a\s+plus|plus\s+if|extra\s+points)\b[^.;]*$/i;

interface Judgement {
  years: number;
  namesExperience: boolean;
}

function judge(
  line: string,
  match: RegExpMatchArray,
  section: Section | undefined,
): Judgement | null {
  const groups = match.groups ?? {};
  const years = numberOf(groups.low);
  if (years === null || years <= 0 || years > 25) return null;
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const before = line.slice(Math.max(0, start - 60), start);
  const after = line.slice(end, end + 120);
  const clause = clauseAround(line, start, end);
  if (NOT_EXPERIENCE_BEFORE_RE.test(before.slice(-30)) || NOT_EXPERIENCE_AFTER_RE.test(after)) {
    return null;
  }
  // The subject stands before the figure: "Our founder has 20 years" is not a requirement.
  const subject = clause.slice(0, Math.max(0, clause.indexOf(match[0])));
  if (COMPANY_SUBJECT_RE.test(subject) && !CANDIDATE_SUBJECT_RE.test(subject)) return null;
  if (NICE_TO_HAVE_AFTER_RE.test(after) || NICE_TO_HAVE_BEFORE_RE.test(before)) return null;
  const namesExperience = EXPERIENCE_RE.test(clause);
  const qualified =
    groups.qualifier !== undefined ||
    groups.plus !== undefined ||
    groups.plusBefore !== undefined ||
    groups.orMore !== undefined;
  const spentDoing = SPENT_DOING_RE.test(after);
  if (!namesExperience && !qualified && !spentDoing) {
    // A bare "N years" counts only as a whole requirement line ("Sales: 3 years").
    if (section !== "requirements" || !/^\s*(?:[.;,)]|$)/.test(after)) return null;
  }
  return { years, namesExperience };
}

function numberOf(word: string | undefined): number | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower] ?? null;
  const value = Number.parseFloat(lower);
  return Number.isFinite(value) ? Math.floor(value) : null;
}

/** The clause holding [start, end): bounded by sentence ends, semicolons and the line. */
function clauseAround(line: string, start: number, end: number): string {
  const from = afterLastClauseBreak(line, start);
  const stop = line.slice(end).search(CLAUSE_BREAK_RE);
  return line.slice(from, stop === -1 ? line.length : end + stop);
}

/** Sentence ends, semicolons, and glued list items ("...chaos.- The ability"). */
const CLAUSE_BREAK_RE = /[;!?]|\.(?=\s|$|-)/g;

/**
 * The offset just after the last clause break (a match of CLAUSE_BREAK_RE) in
 * `text.slice(0, end)`, or 0: every match is one unit, so the last is found reading backwards.
 */
function afterLastClauseBreak(text: string, end: number): number {
  for (let at = end - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x3b || code === 0x21 || code === 0x3f) return at + 1;
    if (code === 0x2e) {
      // `\.(?=\s|$|-)`, where the slice ends at `end`.
      if (at + 1 === end) return at + 1;
      const next = text.charCodeAt(at + 1);
      if (next === 0x2d || isRegExpSpace(next)) return at + 1;
    }
  }
  return 0;
}

const PHRASE_STOP_RE = /[;!?(]|\.(?=\s|$|-)/;
const LEAD_IN_RE =
  /^(?:[-–•·*]\s*)?(?:you\s+(?:have|bring|possess|'ve\s+got|should\s+have|must\s+have|will\s+have)|have|has|bring|possess|must\s+have|minimum\s+of|a\s+minimum\s+of)\s+/i;
const MAX_PHRASE = 140;

function toRequirement(
  line: string,
  lineStart: number,
  match: RegExpMatchArray,
  years: number,
): ExperienceRequirement {
  const matchStart = match.index ?? 0;
  const matchEnd = matchStart + match[0].length;
  let from = afterLastClauseBreak(line, matchStart);
  while (from < matchStart && /\s/.test(line[from] ?? "")) from++;
  const leadIn = LEAD_IN_RE.exec(line.slice(from, matchStart + 1));
  if (leadIn) from += leadIn[0].length;
  const stop = line.slice(matchEnd).search(PHRASE_STOP_RE);
  let to = stop === -1 ? line.length : matchEnd + stop;
  if (to - from > MAX_PHRASE) {
    // Keep the requirement itself: start near it when the clause opens far before it.
    if (matchEnd - from > MAX_PHRASE / 2) {
      const space = line.lastIndexOf(" ", Math.max(from, matchStart - 30));
      from = space >= from && space < matchStart ? space + 1 : matchStart;
    }
    const cut = line.lastIndexOf(" ", from + MAX_PHRASE);
    to = cut > matchEnd ? cut : Math.min(line.length, from + MAX_PHRASE, Math.max(to, matchEnd));
  }
  while (to > matchEnd && /[\s,:–-]/.test(line[to - 1] ?? "")) to--;
  return {
    years,
    start: lineStart + from,
    end: lineStart + to,
    matchStart: lineStart + matchStart,
    matchEnd: lineStart + matchEnd,
  };
}
