/**
 * Finds the key required experience of a posting, verbatim, in a form that reads after
 * "If you have ...": "5+ years of experience building distributed systems in Go".
 *
 * One forward pass over the lines of the searched sections (requirements first; company
 * prose, benefits, process and legal text are never read). Each line's first sentences are
 * tried: a lead-in ("You have", "Must have:", "The ideal candidate will have") is skipped, and
 * the rest must open like a noun phrase (a number, "Experience", "Strong", "A background",
 * "Python experience"...), which rules out imperatives, "You are ..." and questions. The
 * sentence is then trimmed to the phrase: a closing grade ("is a plus", "(Required)"), a turn
 * to the reader (", and you ...") or an optional tail (", ideally ...") goes, and a sentence
 * over `maxLength` is cut at a clause boundary, never inside brackets or on a dangling word.
 * Phrases are scored by section, by stating years (the posting's own figure counts more) and
 * by experience words; degrees, languages and soft skills, logistics, nice-to-haves and the
 * company talking about itself cost points. The best phrase whose original text equals its
 * normalized text (no markup or entity inside) wins.
 */

import type { Section } from "../schema/enums";
import { isAsciiDigit, isRegExpSpace } from "../text/chars";
import type { NormalizedText } from "../text/types";
import { hasPunctuationProblem } from "./punctuation";

export interface ExperiencePhrase {
  /** The phrase, exactly as it stands in the original body. */
  text: string;
  /** Offset in the original body where the phrase starts. */
  start: number;
  /** Offset in the original body just after the phrase. */
  end: number;
}

export interface PhraseOptions {
  /** Longest phrase, in characters. @default 140 */
  maxLength?: number;
  /** Years of experience the posting requires; a phrase stating them is preferred. */
  yearsExperience?: number | null;
  /** How many phrases `findExperiencePhrases` returns at most. @default 5 */
  limit?: number;
}

const DEFAULT_MAX_LENGTH = 140;
const MIN_LENGTH = 12;

/** Base score by section; sections left out (undefined) are never searched. */
function sectionScoreOf(section: Section): number | undefined {
  switch (section) {
    case "requirements":
      return 4;
    case "other":
      return 2;
    case "responsibilities":
      return 0;
    case "nice-to-have":
      return -1.5;
    case "about":
      return -1;
    default:
      return undefined;
  }
}

// The patterns below are sticky (`y`): they are tried at a sentence start inside the whole
// normalized text, without slicing it first.
const LEAD_IN =
  /(?:(?:ideally|preferably|also|and|plus|bonus)[,:]?\s+)?(?:(?:you|candidates?|applicants?)\s+(?:(?:should|must|will|would|may|might|already|ideally|also|probably|likely)\s+){0,2}(?:have got|have|has|possess|bring|come with)(?:\s+(?:accumulated|gained|acquired|built up|developed))?|(?:a|the)\s+(?:successful|ideal|right)\s+candidate\s+(?:(?:should|must|will|would)\s+)?(?:have|has|possess|bring)|you(?:'|’)ve\s+got|you(?:'|’)ve|you(?:'|’)ll\s+(?:have|need|bring)|(?:must|should)\s+have|having|have|has|possess(?:es|ing)?|requires?:?|required:|requirements?:|must:|a must:|we(?:'|’)re looking for (?:someone|a person|people|candidates) with|we are looking for (?:someone|a person|people|candidates) with|(?:someone|a person|candidates?|applicants?|people) with|(?:the\s+)?ideal candidate (?:will have|has|should have|possesses)|you are (?:someone|a person) with)\s+(?:your\s+)?|your\s+/iy;

/**
 * The first three letters of LEAD_IN's words ("ideally", "you", "candidates", "the", "must"...):
 * for the first two, by lower-case character codes, a bit for each third letter (bit 0 for
 * "a") and NO_THIRD_LETTER for "we", whose letters end there. LEAD_IN_WORDS has one word for
 * each opening ("having" stands for "have", "requires" for "requirements"). Every word
 * of LEAD_IN ends where its letters do, so a sentence opening otherwise cannot start a lead-in;
 * "a" opens one only before a space ("a successful").
 */
const LEAD_IN_OPENINGS = new Uint32Array(128 * 128);
const NO_THIRD_LETTER = 1 << 26;
const LEAD_IN_WORDS =
  "ideally preferably also and plus bonus you candidates applicants the must should having has possess requires we someone people";
for (const word of LEAD_IN_WORDS.split(" ")) {
  const third = word.length > 2 ? 1 << (word.charCodeAt(2) - 97) : NO_THIRD_LETTER;
  const pair = word.charCodeAt(0) * 128 + word.charCodeAt(1);
  LEAD_IN_OPENINGS[pair] = (LEAD_IN_OPENINGS[pair] as number) | third;
}

/** True when LEAD_IN may match at `body[at]`: most sentence openings rule it out. */
function mayOpenLeadIn(body: string, at: number): boolean {
  // `| 32` lower-cases an ASCII letter; nothing else lands on a-z.
  const first = body.charCodeAt(at) | 32;
  if (first < 97 || first > 122) return false;
  const next = body.charCodeAt(at + 1);
  if (first === 97 && isRegExpSpace(next)) return true;
  const second = next | 32;
  if (second < 97 || second > 122) return false;
  const third = body.charCodeAt(at + 2) | 32;
  const thirdBit = third >= 97 && third <= 122 ? 1 << (third - 97) : NO_THIRD_LETTER;
  return ((LEAD_IN_OPENINGS[first * 128 + second] as number) & thirdBit) !== 0;
}

const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|multiple|many";

/** A noun phrase that can follow "If you have". */
const NOUN_PHRASE_START = new RegExp(
  `(?:\\d|(?:${NUMBER_WORD}|a few|few|some|at least|a minimum of|minimum(?: of)?|over|more than|around|approximately|about|a|an|the (?:ability|capacity|skills?|experience|knowledge|expertise|confidence)|solid|strong|deep|proven|extensive|excellent|good|great|significant|substantial|considerable|demonstrable|demonstrated|hands-on|hands on|practical|professional|relevant|previous|prior|recent|real-world|real world|production|commercial|industry|technical|in-depth|thorough|broad|expert|expert-level|advanced|outstanding|exceptional|sound|firm|direct|first-hand|working|past|proficiency|fluency|experience|expertise|knowledge|background|understanding|familiarity|command|mastery|exposure|history|track record)(?![\\w-]))`,
  "iy",
);

/** "Python experience", "B2B sales background": up to three modifiers before the head noun. */
const MODIFIED_EXPERIENCE =
  /(?:(?!(?:and|or|for|in|of|with|to|the|on|at|by|as|from|you|your|we|our|they|their|i|it|this|that|these|those|who|what|how|why|gain|get|gained|build|built|bring|share|leverage|apply|use|grow|expand|broaden|deepen|enhance|acquire|improve|love|enjoy|want|will|can|must|should|would|is|are|be|no|not)\s)[\w.+#/&-]+\s+){1,3}(?:experience|expertise|background|knowledge)(?![\w-])/iy;

/**
 * NOUN_PHRASE_START, else (matching nothing) what MODIFIED_EXPERIENCE needs ahead: one to three
 * words before "exp", "bac" or "kno". One pattern for both, as most sentence starts fail both.
 */
const MODIFIER = "[\\w.+#/&-]+\\s+";
const HEAD_NOUN = "(?:exp|bac|kno)";
const NOUN_PHRASE_OR_HEAD_NOUN = new RegExp(
  // (?:MODIFIER){1,3}HEAD_NOUN written out as nested choices, which runs faster
  `${NOUN_PHRASE_START.source}|(?=${MODIFIER}(?:${HEAD_NOUN}|${MODIFIER}(?:${HEAD_NOUN}|${MODIFIER}${HEAD_NOUN})))`,
  "iy",
);

/** A candidate must carry one of these. */
const CUE =
  /experience|expertise|\byears?\b|\byrs\b|background|knowledge|proficien|familiar|understanding|track record|fluen|command of|mastery|exposure|history of/i;

// What scoring looks for, word by word.
const YEARS_WORD = 1;
const EXPERIENCE_WORD = 2;
const KNOWLEDGE_WORD = 4;
const DEGREE_WORD = 8;
const SOFT_WORD = 16; // spoken languages and soft skills
const LOGISTICS_WORD = 32;
const NICE_WORD = 64;
const NUMBER = 128;
const COMPANY_WORD = 256; // "we", "our": the company talking about itself
/** `scoreWords` results that say "not a requirement" and "lower-case it first". */
const REJECTED_SCORE = Number.NEGATIVE_INFINITY;
const NOT_ASCII = Number.NaN;
const SCORE_WORDS = new Map<string, number>();
for (const [flag, words] of [
  [YEARS_WORD, "year years yr yrs"],
  [EXPERIENCE_WORD, "experience experiences expertise background record"],
  [KNOWLEDGE_WORD, "knowledge understanding fluency command mastery exposure"],
  [
    DEGREE_WORD,
    "degree degrees bachelor bachelors bachelor's master's masters bsc msc ba bs ms phd diploma",
  ],
  [
    SOFT_WORD,
    "english german french spanish dutch portuguese language languages communication verbal interpersonal",
  ],
  [LOGISTICS_WORD, "remote remotely timezone timezones zone zones internet visa hours"],
  [NICE_WORD, "plus bonus nice preferred preferably advantage desirable ideally"],
  [COMPANY_WORD, "we our us we're"],
] as const) {
  for (const word of words.split(" ")) SCORE_WORDS.set(word, flag);
}
const NUMBER_VALUES: Record<string, number> = {
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
  several: 0,
  multiple: 0,
  many: 0,
};
for (const word of NUMBER_WORD.split("|")) SCORE_WORDS.set(word, NUMBER);
/** Stems whose every ending counts: "proficient", "proficiency", "certification", "relocation". */
const SCORE_STEMS: Array<[string, number]> = [
  ["proficien", KNOWLEDGE_WORD],
  ["familiar", KNOWLEDGE_WORD],
  ["certificat", DEGREE_WORD],
  ["eligib", LOGISTICS_WORD],
  ["authori", LOGISTICS_WORD],
  ["relocat", LOGISTICS_WORD],
];
/** The stems by their first letter, which tells them apart: one lookup instead of six tests. */
const STEM_BY_FIRST_LETTER: Array<[string, number] | undefined> = [];
for (const stem of SCORE_STEMS) {
  const first = stem[0].charCodeAt(0);
  if (STEM_BY_FIRST_LETTER[first] !== undefined)
    throw new Error(`two stems start with ${stem[0][0]}`);
  STEM_BY_FIRST_LETTER[first] = stem;
}

/**
 * A predicate closing the sentence: "... a plus", "... is required", "... helps". It is cut
 * off, since the phrase must read as a bare noun phrase; the first group marks a nice-to-have.
 */
const TRAILING_PREDICATE =
  /,?\s+(?:(?:is|are|would be|will be|is considered|is an?|are an?|definitely|also|highly|strongly|very|really|much)\s+)*(?:(?:a|an)\s+)?(?:(?:big|huge|strong|definite|real|major|nice|significant|great|added)\s+)?(?:(plus(?:es)?|bonus|advantage|asset|preferred|desired|desirable|helpful|beneficial|welcome|appreciated|helps|nice to have|preferable|handy)|must(?:-have)?|requirement|required|essential|mandatory|needed|necessary|a must)$/i;

/** The same predicate in mid-sentence: "Go experience is a plus, ideally with gRPC". */
const MID_PREDICATE =
  /,?\s+(?:is|are|would be|will be)\s+(?:(?:a|an|very|highly|also|considered|definitely|strongly|really)\s+)*(?:(?:big|huge|strong|definite|real|major|nice|significant|great|added)\s+)?(?:(plus(?:es)?|bonus|advantage|asset|preferred|desired|desirable|helpful|beneficial|welcome|appreciated|nice to have)|must(?:-have)?|requirement|required|essential|mandatory|needed|necessary|important|key|critical)\b/i;

/**
 * A set of lower-case ASCII words that tells whether a word of a text, lower-cased, is one of
 * them; most words are turned away by their first two letters and length, without a slice.
 */
class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Length bits by the first two letters. */
  private readonly shapes = new Uint32Array(128 * 128);

  constructor(words: string) {
    this.words = new Set(words.split(" "));
    for (const word of this.words) {
      const shape = word.charCodeAt(0) * 128 + (word.length > 1 ? word.charCodeAt(1) : 0);
      this.shapes[shape] = (this.shapes[shape] as number) | (1 << Math.min(word.length, 31));
    }
  }

  /** True when `text` from `start` to its end, lower-cased, is one of the words. */
  has(text: string, start: number): boolean {
    return this.hasIn(text, start, text.length);
  }

  /** True when `text[start, end)`, lower-cased, is one of the words. */
  hasIn(text: string, start: number, end: number): boolean {
    const length = end - start;
    const c0 = text.charCodeAt(start);
    const c1 = length > 1 ? text.charCodeAt(start + 1) : 0;
    // Some characters past ASCII lower-case to ASCII ones (the Kelvin sign to "k"): those
    // words take the long way.
    if (length > 0 && length < 31 && c0 < 128 && c1 < 128) {
      const shape = foldAscii(c0) * 128 + foldAscii(c1);
      if (((this.shapes[shape] as number) & (1 << length)) === 0) return false;
    }
    return this.words.has(text.slice(start, end).toLowerCase());
  }
}

/** Nouns that end a colon-led list intro: "experience with the following tools: ...". */
const LIST_INTRO_END = new WordSet(
  "tools following skills technologies technology areas stack languages frameworks as like including in with of on for such e.g experience knowledge",
);

/** Words in "-ing" that are nouns before "experience": "marketing experience", not "ensuring great experience". */
const ING_NOUNS = new Set(
  "marketing engineering programming consulting working testing accounting recruiting networking computing modeling modelling banking publishing advertising manufacturing training coding sourcing fundraising bookkeeping copywriting writing editing scripting gaming trading learning teaching nursing selling building".split(
    " ",
  ),
);

/** Last words that may close such a predicate; the pattern runs only after one of them. */
const PREDICATE_LAST_WORDS = new WordSet(
  "plus pluses bonus advantage asset preferred preferable desired desirable helpful beneficial welcome appreciated helps handy have must must-have requirement required essential mandatory needed necessary",
);

/** Places a long candidate may be cut: before a comma, dash, bracket or a trailing clause. */
const CUT_POINT =
  /,\s|;\s|\s[-–—]\s|\s\(|\s(?:which|that|including|such as|e\.g\.|i\.e\.|ideally|preferably|where|while|with a focus)\s/g;
const WEAK_CUT_POINT = /\s(?:working|using|including|across|within|where|who|which|to)\s/g;
/**
 * A dash or a clause that turns to the reader ends the phrase wherever it stands. Only where
 * the first match starts is used, so the alternatives after ",?\s+" share that prefix: the
 * pattern reads each space once. Each choice first looks ahead for the letters its words
 * start with, which turns most spaces away at one character.
 */
const CLAUSE_BREAK =
  /,?\s+(?=[abeiopst])(?:(?:and|but|so)\s+(?:you|you'?re|you’re|you'?ve|you’ve|we|they|can|are|is|have|has|will|be|able|love|enjoy|want)\b|(?:ideally|preferably|optimally)\b|(?:(?:especially|particularly|in particular|including|such as)\s+)?(?:in\s+)?the following\b)|,\s+(?=[abhtwy])(?:you|we|although|though|but|however|whereas|while)\b|\s(?=[-–—iw])(?:(?:-|--|–|—)\s|(?:where|when|in which)\s+(?:you|we)\b)/i;
/** A phrase may not end on these words. */
const DANGLING_WORDS = new WordSet(
  "and or nor but not of with in on at to for as by from the a an your our including like such e.g. i.e. etc plus via than using",
);
/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = new WordSet(
  "e.g i.e etc vs incl approx min max yrs no inc ltd jr sr mr ms dr st",
);

/**
 * True when the text before the dot at `dot`, back to a space, a "(" or `from`, is an
 * abbreviation ("e.g", "etc", "approx"), read in place.
 */
function isAbbreviationBefore(body: string, from: number, dot: number): boolean {
  let start = dot;
  for (; start > from; start--) {
    const c = body.charCodeAt(start - 1);
    if (c === 40 || isRegExpSpace(c)) break;
    // Abbreviations are ASCII, and only ASCII letters match them.
    if (c >= 128) return false;
  }
  return ABBREVIATIONS.hasIn(body, start, dot);
}

/**
 * A class rather than object literals, for V8: literals share their shapes with other
 * `{ start, end, ... }` objects (evidence spans), so changing `end` here threw away optimized
 * code elsewhere, and a literal's allocation site gets a pretenuring verdict that threw away
 * `readCandidate`'s.
 */
class Candidate {
  constructor(
    public start: number,
    public end: number,
    public score: number,
    public order: number,
  ) {}
}

/** The best experience phrase of a posting, or null when none reads well. */
export function findExperiencePhrase(
  text: NormalizedText,
  options: PhraseOptions = {},
): ExperiencePhrase | null {
  return findExperiencePhrases(text, { ...options, limit: 1 })[0] ?? null;
}

/** Experience phrases, best first, at most `limit`; distinct texts only. */
export function findExperiencePhrases(
  text: NormalizedText,
  options: PhraseOptions = {},
): ExperiencePhrase[] {
  const phrases = experiencePhrases(text, options);
  phrases.at(Number.POSITIVE_INFINITY);
  return phrases.found;
}

/**
 * `findExperiencePhrases` made as the phrases are asked for: the candidates are found and
 * ranked at once, but each is checked and mapped back to the original body only when its
 * turn comes, and a summary rarely needs more than the first.
 */
export function experiencePhrases(
  text: NormalizedText,
  options: PhraseOptions = {},
): ExperiencePhraseList {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const limit = options.limit ?? 5;
  const yearsExperience = options.yearsExperience ?? null;
  const candidates: Candidate[] = [];
  const body = text.text;
  const breaks = new SentenceBreaks(body);
  for (const line of text.lines) {
    if (line.heading) continue;
    const sectionScore = sectionScoreOf(line.section);
    // Prose about the company is skipped; its list items are read (a mislabelled requirements list).
    if (sectionScore === undefined || (line.section === "about" && !line.bullet)) continue;
    let from = line.start;
    for (let sentence = 0; sentence < 3 && from < line.end; sentence++) {
      const end = breaks.endOfSentence(from, line.end);
      const candidate = readCandidate(body, from, end, maxLength, yearsExperience);
      if (candidate !== undefined) {
        candidate.score += sectionScore - Math.min(1.5, candidates.length * 0.1);
        candidate.order = candidates.length;
        candidates.push(candidate);
      }
      from = end + 1;
    }
  }
  sortCandidates(candidates);
  return new ExperiencePhraseList(text, candidates, maxLength, limit);
}

/** Ranked candidates, turned into phrases in order as they are asked for. */
export class ExperiencePhraseList {
  /** The phrases made so far, best first. */
  readonly found: ExperiencePhrase[] = [];
  private tried = 0;

  constructor(
    private readonly text: NormalizedText,
    private readonly candidates: Candidate[],
    private readonly maxLength: number,
    private readonly limit: number,
  ) {}

  /** The phrase at `index` (0 for the best), or undefined when there are not that many. */
  at(index: number): ExperiencePhrase | undefined {
    const { found, candidates, text } = this;
    while (
      found.length <= index &&
      !(found.length >= this.limit) &&
      this.tried < candidates.length
    ) {
      const candidate = candidates[this.tried++] as Candidate;
      // Checked here rather than for every candidate: only the best few get this far.
      if (!repairPunctuation(text.text, candidate, this.maxLength)) continue;
      const phrase = toOriginal(text, candidate.start, candidate.end);
      if (phrase !== undefined && !found.some((other) => other.text === phrase.text)) {
        found.push(phrase);
      }
    }
    return found[index];
  }
}

/** Best score first, then text order: an insertion sort, as there are only a few. */
function sortCandidates(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const current = candidates[i] as Candidate;
    let j = i - 1;
    while (j >= 0 && (candidates[j] as Candidate).score < current.score) {
      candidates[j + 1] = candidates[j] as Candidate;
      j--;
    }
    candidates[j + 1] = current;
  }
}

/** The marks that end a sentence when a space or a line end follows: ". ; : ! ?". */
const SENTENCE_MARKS = ".;:!?";

/**
 * Finds sentence ends in one forward pass over the text: sentences are asked for in text
 * order, so the next break found is kept for later lines instead of being searched again.
 * Each mark is looked for on its own with `indexOf`, far cheaper than a pattern over the
 * text, and where each was next found is kept as well.
 */
class SentenceBreaks {
  private next = -1;
  /** For each of SENTENCE_MARKS, where it next ends a sentence (the text's length: nowhere). */
  private readonly nextOfMark = [-1, -1, -1, -1, -1];

  constructor(private readonly body: string) {}

  /** End (exclusive) of the sentence starting at `from`; a question keeps its "?" so it is refused. */
  endOfSentence(from: number, lineEnd: number): number {
    let at = from;
    for (;;) {
      if (this.next < at) this.next = this.nextBreak(at);
      if (this.next >= lineEnd) return lineEnd;
      const mark = this.body.charCodeAt(this.next);
      // "e.g. Python": an abbreviation's dot does not end the sentence.
      if (
        mark === 46 &&
        isAbbreviationBefore(this.body, Math.max(from, this.next - 8), this.next)
      ) {
        at = this.next + 1;
        continue;
      }
      return mark === 63 ? this.next + 1 : this.next;
    }
  }

  /** The first mark at or after `at` that a space, a line break or the end follows. */
  private nextBreak(at: number): number {
    let first = this.body.length;
    for (let k = 0; k < SENTENCE_MARKS.length; k++) {
      let position = this.nextOfMark[k] as number;
      if (position < at) {
        position = this.markFollowedBySpace(SENTENCE_MARKS.charAt(k), at);
        this.nextOfMark[k] = position;
      }
      if (position < first) first = position;
    }
    return first;
  }

  private markFollowedBySpace(mark: string, from: number): number {
    const body = this.body;
    for (let at = body.indexOf(mark, from); at >= 0; at = body.indexOf(mark, at + 1)) {
      // The end first: reading past it made V8 recompile the caller ("out of bounds").
      if (at + 1 === body.length) return at;
      const after = body.charCodeAt(at + 1);
      if (after === 32 || after === 10) return at;
    }
    return body.length;
  }
}

/** Reads the sentence `body[from, end)` as a candidate phrase, or undefined when it cannot be one. */
function readCandidate(
  body: string,
  from: number,
  end: number,
  maxLength: number,
  yearsExperience: number | null,
): Candidate | undefined {
  let start = from;
  while (start < end && (isLeadingFiller(body.charCodeAt(start)) || isSignBeforeDigit(body, start)))
    start++;
  if (mayOpenLeadIn(body, start)) {
    LEAD_IN.lastIndex = start;
    if (LEAD_IN.test(body) && LEAD_IN.lastIndex <= end) start = LEAD_IN.lastIndex;
  }
  if (!opensNounPhrase(body, start, end)) return undefined;
  const sentenceEnd = trimmedEnd(body, start, end);
  let phrase = body.slice(start, sentenceEnd);
  if (!CUE.test(phrase)) return undefined;
  if (REJECTED_CONTENT.test(phrase)) return undefined;
  // "Experience with the tools: Go, gRPC": the part before a colon only introduces a list.
  if (
    // Bounds checked first: reading past the end would throw the optimized code away.
    end < body.length &&
    body.charCodeAt(end) === 58 &&
    (LIST_INTRO_END.has(phrase, lastWordAt(phrase)) || wordCount(phrase) < 5)
  )
    return undefined;
  let niceToHave = false;
  const predicate =
    (COPULA.test(phrase) ? MID_PREDICATE.exec(phrase) : null) ??
    (PREDICATE_LAST_WORDS.has(phrase, lastWordAt(phrase)) ? TRAILING_PREDICATE.exec(phrase) : null);
  if (predicate !== null) {
    niceToHave = predicate[1] !== undefined;
    phrase = trimEnd(phrase.slice(0, predicate.index));
  }
  const clauseBreak = CLAUSE_BREAK.exec(phrase);
  if (clauseBreak !== null) phrase = trimEnd(phrase.slice(0, clauseBreak.index));
  const aside = asideAt(phrase);
  if (aside !== undefined && NICE_ASIDE.test(aside.text)) niceToHave = true;
  phrase = withoutDroppedAside(phrase, aside);
  if (phrase.length > maxLength) {
    const shorter = shorten(phrase, maxLength);
    if (shorter === undefined) return undefined;
    phrase = withoutDroppedAside(shorter, asideAt(shorter));
  }
  if (
    phrase.length < MIN_LENGTH ||
    !hasInnerWord(phrase) ||
    DANGLING_WORDS.has(phrase, lastWordAt(phrase))
  )
    return undefined;
  // A phrase cut shorter may have lost its cue; an uncut one was tested above.
  if (phrase.length !== sentenceEnd - start && !CUE.test(phrase)) return undefined;
  const score = scoreRange(body, start, start + phrase.length, yearsExperience);
  if (score === REJECTED_SCORE) return undefined;
  return new Candidate(start, start + phrase.length, score - (niceToHave ? 2.5 : 0), 0);
}

/**
 * `phrase` cut before its closing aside when that is one to drop. One function for both cuts
 * in `readCandidate`: V8 has seen it drop an aside before the rarer cut first does, where the
 * cut's own copy had cost two recompiles.
 */
function withoutDroppedAside(
  phrase: string,
  aside: { start: number; drop: boolean } | undefined,
): string {
  return aside?.drop ? trimEnd(phrase.slice(0, aside.start)) : phrase;
}

/** Cuts a candidate back to a clean clause when its punctuation is faulty; false when none is left. */
function repairPunctuation(body: string, candidate: Candidate, maxLength: number): boolean {
  if (!hasPunctuationProblem(body, candidate.start, candidate.end)) return true;
  const phrase = body.slice(candidate.start, candidate.end);
  const shorter = shorten(phrase, maxLength);
  if (shorter === undefined || !CUE.test(shorter) || !hasInnerWord(shorter)) return false;
  candidate.end = candidate.start + shorter.length;
  return true;
}

/**
 * Links, e-mail addresses, questions and emoji never read well after "If you have": "@",
 * "?", surrogate pairs (most emoji), the symbol blocks (☀ ✓ ➜), "http" and "www.".
 */
const REJECTED_CONTENT = /[@?\ud800-\udbff\u2600-\u27bf]|http|www\./;
/** A word with a space on each side: a phrase needs at least three words. */
const INNER_WORD = /\s\S+\s/;

/**
 * `INNER_WORD.test(phrase)`, mostly without running it: a space, something other than a
 * space after it and another space further on make one.
 */
function hasInnerWord(phrase: string): boolean {
  const space = phrase.indexOf(" ");
  if (
    space >= 0 &&
    !isRegExpSpace(phrase.charCodeAt(space + 1)) &&
    phrase.indexOf(" ", space + 2) > 0
  )
    return true;
  return INNER_WORD.test(phrase);
}
/** A mid-sentence predicate ("... is a plus") needs one of these. */
const COPULA = / (?:is|are|be) /;

/** Spaces, dashes, bullets and quote marks that may open a sentence before its first word. */
function isLeadingFiller(c: number): boolean {
  return (
    c === 32 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2022 ||
    c === 42 ||
    c === 0xb7 ||
    c === 62
  );
}

/** "+5 years", "~3 years": the sign is left out, the number opens the phrase. */
function isSignBeforeDigit(body: string, at: number): boolean {
  const c = body.charCodeAt(at);
  const next = body.charCodeAt(at + 1);
  // Both tests run every time: a test that only ever ran after a rare sign cost a recompile.
  const signed = c === 43 || c === 126;
  const digitNext = next >= 48 && next <= 57;
  return signed && digitNext;
}

function wordCount(phrase: string): number {
  let count = 1;
  for (let at = phrase.indexOf(" "); at >= 0; at = phrase.indexOf(" ", at + 1)) count++;
  return count;
}

/** An aside that grades a requirement: "(Required)", "(a plus)", "(prior teaching experience a plus)". */
const NICE_ASIDE =
  /(?:^|\s)(?:preferred|preferably|ideally|a plus|plus|bonus|nice to have|optional|desirable|an advantage)$/i;
const PREDICATE_ASIDE =
  /(?:^|\s)(?:required|mandatory|must|must have|a must|essential|preferred|preferably|ideally|a plus|plus|bonus|nice to have|optional|desirable|an advantage)$/i;

/**
 * A closing aside in brackets and whether to drop it: one that speaks to the reader or runs
 * long ("(as you'll be the only one on the team)") or only grades the requirement
 * ("(Required)", "(a plus)"). Short ones stay: "(UX and visual UI design)".
 */
function asideAt(phrase: string): { start: number; text: string; drop: boolean } | undefined {
  if (phrase.charCodeAt(phrase.length - 1) !== 41) return undefined;
  const start = phrase.lastIndexOf("(");
  if (start <= 0) return undefined;
  const text = phrase.slice(start + 1, -1).trim();
  const drop =
    text.length > 40 ||
    PREDICATE_ASIDE.test(text) ||
    /\b(?:you|your|you'll|you’ll|we|our|us)\b/i.test(text);
  return { start, text, drop };
}

function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(" ") + 1).toLowerCase();
}

/** Where the last word (after the last space) of `phrase` starts. */
function lastWordAt(phrase: string): number {
  return phrase.lastIndexOf(" ") + 1;
}

function opensNounPhrase(body: string, start: number, end: number): boolean {
  NOUN_PHRASE_OR_HEAD_NOUN.lastIndex = start;
  if (!NOUN_PHRASE_OR_HEAD_NOUN.test(body)) return false;
  // The opener consumes what it matched; the head noun is only looked ahead for.
  if (NOUN_PHRASE_OR_HEAD_NOUN.lastIndex > start) return NOUN_PHRASE_OR_HEAD_NOUN.lastIndex <= end;
  MODIFIED_EXPERIENCE.lastIndex = start;
  if (!MODIFIED_EXPERIENCE.test(body) || MODIFIED_EXPERIENCE.lastIndex > end) return false;
  const head = body.slice(start, Math.min(end, start + 64));
  if (
    !head.includes("xperien") &&
    !head.includes("xpertise") &&
    !head.includes("ackground") &&
    !head.includes("nowledge")
  ) {
    return false;
  }
  // "Ensuring great onboarding experience" is a task, "Marketing experience" a requirement.
  const firstWord = head.slice(0, head.indexOf(" ")).toLowerCase();
  return !firstWord.endsWith("ing") || ING_NOUNS.has(firstWord);
}

/**
 * Scores a phrase word by word: stating years (the posting's own figure counts more, early
 * more still), experience and knowledge words add; degrees, languages and soft skills,
 * logistics and nice-to-have markers subtract.
 */
function scorePhrase(phrase: string, yearsExperience: number | null): number {
  const lower = phrase.toLowerCase();
  return scoreWords(lower, 0, lower.length, yearsExperience, false);
}

/**
 * `scorePhrase` of `body[start, end)`, read in place: ASCII letters are lower-cased as they
 * are read. Other characters may lower-case to more than one, so a phrase holding one is
 * lower-cased as a whole and scored as it is.
 */
function scoreRange(body: string, start: number, end: number, years: number | null): number {
  const score = scoreWords(body, start, end, years, true);
  return Number.isNaN(score) ? scorePhrase(body.slice(start, end), years) : score;
}

/**
 * The word-by-word score of `text[from, to)`, read lower-cased; with `asciiOnly`, NaN as soon
 * as a non-ASCII character shows.
 */
function scoreWords(
  text: string,
  from: number,
  to: number,
  yearsExperience: number | null,
  asciiOnly: boolean,
): number {
  let seen = 0;
  let yearsMatch = false;
  let yearsEarly = false;
  let numberAt = -10; // word index of the last number
  let numberValue = -1;
  let numberOffset = 0;
  let wordIndex = 0;
  let yearsWordAt = -1;
  let firstCueAt = -1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (asciiOnly) return NOT_ASCII;
      i++;
      continue;
    }
    if (SCORED_WORD_CHAR[c] !== 1) {
      i++;
      continue;
    }
    // The word runs to the next character that cannot be in one.
    const start = i;
    for (i++; i < to; i++) {
      const next = text.charCodeAt(i);
      if (next >= 128 || SCORED_WORD_CHAR[next] !== 1) break;
    }
    let wordStart = start;
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
      // "5", "5+", "5years", "10+yrs"
      let digitsEnd = start + 1;
      while (digitsEnd < i && isAsciiDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
      numberAt = wordIndex;
      numberValue = Number(text.slice(start, digitsEnd));
      numberOffset = start - from;
      wordStart = digitsEnd < i && text.charCodeAt(digitsEnd) === 43 ? digitsEnd + 1 : digitsEnd;
    }
    const flags = scoreFlags(text, wordStart, i);
    if ((flags & NUMBER) !== 0) {
      numberAt = wordIndex;
      numberValue = NUMBER_VALUES[text.slice(wordStart, i).toLowerCase()] ?? 0;
      numberOffset = start - from;
    } else if ((flags & YEARS_WORD) !== 0) {
      if (wordIndex - numberAt <= 3) {
        if ((seen & YEARS_WORD) === 0) yearsEarly = numberOffset < 16;
        // Null tested apart: comparing a number against null deoptimized V8's number compare.
        if (yearsExperience !== null && numberValue === yearsExperience) yearsMatch = true;
        if ((seen & YEARS_WORD) === 0) yearsWordAt = wordIndex;
        seen |= YEARS_WORD;
      }
    } else {
      seen |= flags;
      if (firstCueAt < 0 && (flags & (EXPERIENCE_WORD | KNOWLEDGE_WORD)) !== 0)
        firstCueAt = wordIndex;
    }
    if (firstCueAt < 0 && (seen & YEARS_WORD) !== 0) firstCueAt = wordIndex;
    wordIndex++;
  }
  // "at least 3 years" says how long but not in what.
  if (
    (seen & (EXPERIENCE_WORD | KNOWLEDGE_WORD)) === 0 &&
    (seen & YEARS_WORD) !== 0 &&
    wordIndex - yearsWordAt < 3
  ) {
    return REJECTED_SCORE;
  }
  // Counted in half points so the sum stays a small integer: V8 recompiled this function
  // when the score first became fractional.
  let halves = 0;
  if ((seen & YEARS_WORD) !== 0) halves += 8 + (yearsMatch ? 6 : 0) + (yearsEarly ? 2 : 0);
  if ((seen & EXPERIENCE_WORD) !== 0) halves += 6;
  else if ((seen & KNOWLEDGE_WORD) !== 0) halves += 3;
  if ((seen & DEGREE_WORD) !== 0) halves -= 6;
  if ((seen & SOFT_WORD) !== 0) halves -= 6;
  if ((seen & LOGISTICS_WORD) !== 0) halves -= 8;
  if ((seen & NICE_WORD) !== 0) halves -= 5;
  if ((seen & COMPANY_WORD) !== 0) halves -= 6;
  // A requirement names its experience early; a cue at the tail is usually incidental.
  if (firstCueAt > 5) halves -= 6;
  const length = to - from;
  if (length < 24) halves -= 3;
  if (length > 120) halves -= 2;
  return halves * 0.5;
}

/**
 * Length bits of the score words by their first two letters: a word is looked up only when
 * some score word shares its first two letters and length, so most words cost no slice.
 */
const SCORE_WORD_SHAPES = new Uint32Array(128 * 128);
/** The score words by first two letters and length. */
const SCORE_WORDS_BY_SHAPE = new Map<number, string[]>();
const NO_WORDS: readonly string[] = [];
for (const word of SCORE_WORDS.keys()) {
  const shape = word.charCodeAt(0) * 128 + word.charCodeAt(1);
  SCORE_WORD_SHAPES[shape] = (SCORE_WORD_SHAPES[shape] as number) | (1 << word.length);
  const key = shape * 32 + word.length;
  const words = SCORE_WORDS_BY_SHAPE.get(key);
  if (words === undefined) SCORE_WORDS_BY_SHAPE.set(key, [word]);
  else words.push(word);
}
/** Characters of a scored word once lower-cased: ASCII letters, digits, "'" and "+". */
const SCORED_WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 43)
    SCORED_WORD_CHAR[c] = 1;
}

/**
 * The SCORE_WORDS flags of the word `text[start, end)`, or its stem's; 0 for other words.
 * The word is ASCII (letters, digits, "'" and "+") and is read lower-cased.
 */
function scoreFlags(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 2) return 0;
  const c0 = foldAscii(text.charCodeAt(start));
  const c1 = foldAscii(text.charCodeAt(start + 1));
  // No score word is longer than 31 letters.
  if (length < 32 && ((SCORE_WORD_SHAPES[c0 * 128 + c1] as number) & (1 << length)) !== 0) {
    for (const word of SCORE_WORDS_BY_SHAPE.get((c0 * 128 + c1) * 32 + length) ?? NO_WORDS) {
      if (startsWithFolded(text, start, word)) return SCORE_WORDS.get(word) as number;
    }
  }
  if (length > 6) {
    const stem = STEM_BY_FIRST_LETTER[c0];
    if (stem !== undefined && startsWithFolded(text, start, stem[0])) return stem[1];
  }
  return 0;
}

function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** True when `text` at `at` reads `lower` (lower-case ASCII), ignoring ASCII case. */
function startsWithFolded(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    if (foldAscii(text.charCodeAt(at + k)) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** `end` moved back over trailing punctuation and spaces, as `trimEnd` cuts `body[start, end)`. */
function trimmedEnd(body: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const c = body.charCodeAt(at - 1);
    // space . , ; : !
    if (c !== 32 && c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 33) break;
    at--;
  }
  return at;
}

/** Drops trailing punctuation and spaces: "…in Go." → "…in Go". */
function trimEnd(phrase: string): string {
  let end = phrase.length;
  while (end > 0) {
    const c = phrase.charCodeAt(end - 1);
    // space . , ; : !
    if (c !== 32 && c !== 46 && c !== 44 && c !== 59 && c !== 58 && c !== 33) break;
    end--;
  }
  return end === phrase.length ? phrase : phrase.slice(0, end);
}

/**
 * The longest prefix ending at a clause boundary that fits and reads as a whole; before a
 * preposition or conjunction ("... as Program Manager | working in the field of ...") only
 * when no punctuation offers a place.
 */
function shorten(phrase: string, maxLength: number): string | undefined {
  return (
    longestPrefix(phrase, maxLength, CUT_POINT) ?? longestPrefix(phrase, maxLength, WEAK_CUT_POINT)
  );
}

const ADJECTIVE_ENDING = /(?:able|ible|ful|ous|al)$/;
const NOUNS_ENDING_LIKE_ADJECTIVES = new Set(
  "proposal portal journal hospital capital principal rental approval professional individual manual material terminal signal potential tutorial editorial animal arrival renewal referral removal retrieval".split(
    " ",
  ),
);

/** "... operating a fault tolerant, highly available": a cut between adjectives leaves no noun. */
function endsWithAdjective(prefix: string): boolean {
  const word = lastWord(prefix);
  return ADJECTIVE_ENDING.test(word) && !NOUNS_ENDING_LIKE_ADJECTIVES.has(word);
}

function longestPrefix(phrase: string, maxLength: number, cutPoint: RegExp): string | undefined {
  const cuts: number[] = [];
  cutPoint.lastIndex = 0;
  for (
    let match = cutPoint.exec(phrase);
    match !== null && match.index <= maxLength;
    match = cutPoint.exec(phrase)
  ) {
    cuts.push(match.index);
  }
  // Longest first: the first prefix that reads as a whole is the answer.
  for (let i = cuts.length - 1; i >= 0; i--) {
    const prefix = trimEnd(phrase.slice(0, cuts[i]));
    if (
      prefix.length < MIN_LENGTH ||
      DANGLING_WORDS.has(prefix, lastWordAt(prefix)) ||
      endsWithAdjective(prefix)
    )
      continue;
    if (hasPunctuationProblem(prefix, 0, prefix.length)) continue;
    return prefix;
  }
  return undefined;
}

/**
 * The candidate mapped back to the original body, as the original writes it; undefined when
 * markup, an entity or extra spacing sits inside it. The normalizer makes quotes ASCII and
 * turns any space into " ", so those count as the same character.
 */
function toOriginal(
  text: NormalizedText,
  start: number,
  end: number,
): ExperiencePhrase | undefined {
  const originalStart = text.startOf[start];
  const originalEnd = text.endOf[end - 1];
  if (originalStart === undefined || originalEnd === undefined) return undefined;
  if (originalEnd - originalStart !== end - start) return undefined;
  const phrase = text.text.slice(start, end);
  if (text.original.startsWith(phrase, originalStart))
    return { text: phrase, start: originalStart, end: originalEnd };
  for (let i = 0; i < end - start; i++) {
    const normalized = text.text.charCodeAt(start + i);
    const original = text.original.charCodeAt(originalStart + i);
    if (normalized !== original && !sameCharacter(normalized, original)) return undefined;
  }
  return {
    text: text.original.slice(originalStart, originalEnd),
    start: originalStart,
    end: originalEnd,
  };
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0xab, 0xbb]);

function sameCharacter(normalized: number, original: number): boolean {
  if (normalized === 0x27) return SINGLE_QUOTES.has(original);
  if (normalized === 0x22) return DOUBLE_QUOTES.has(original);
  if (normalized === 0x20) {
    return (
      original === 0x09 ||
      original === 0xa0 ||
      (original >= 0x2000 && original <= 0x200a) ||
      original === 0x202f ||
      original === 0x205f ||
      original === 0x3000
    );
  }
  return false;
}
