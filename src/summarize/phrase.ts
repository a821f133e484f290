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
import type { NormalizedText } from "../text/types";
import { punctuationProblems } from "./punctuation";

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

/** Base score by section; sections left out are never searched. */
const SECTION_SCORE: Partial<Record<Section, number>> = {
  requirements: 4,
  other: 2,
  responsibilities: 0,
  "nice-to-have": -1.5,
  about: -1,
};
/** Sections whose prose is about the company; only their list items are read (a mislabelled requirements list). */
const BULLETS_ONLY: Partial<Record<Section, true>> = { about: true };

// The patterns below are sticky (`y`): they are tried at a sentence start inside the whole
// normalized text, without slicing it first.
const LEAD_IN =
  /(?:(?:ideally|preferably|also|and|plus|bonus)[,:]?\s+)?(?:(?:you|candidates?|applicants?)\s+(?:(?:should|must|will|would|may|might|already|ideally|also|probably|likely)\s+){0,2}(?:have got|have|has|possess|bring|come with)(?:\s+(?:accumulated|gained|acquired|built up|developed))?|(?:a|the)\s+(?:successful|ideal|right)\s+candidate\s+(?:(?:should|must|will|would)\s+)?(?:have|has|possess|bring)|you(?:'|’)ve\s+got|you(?:'|’)ve|you(?:'|’)ll\s+(?:have|need|bring)|(?:must|should)\s+have|having|have|has|possess(?:es|ing)?|requires?:?|required:|requirements?:|must:|a must:|we(?:'|’)re looking for (?:someone|a person|people|candidates) with|we are looking for (?:someone|a person|people|candidates) with|(?:someone|a person|candidates?|applicants?|people) with|(?:the\s+)?ideal candidate (?:will have|has|should have|possesses)|you are (?:someone|a person) with)\s+(?:your\s+)?|your\s+/iy;

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

/** Nouns that end a colon-led list intro: "experience with the following tools: ...". */
const LIST_INTRO_END = new Set(
  "tools following skills technologies technology areas stack languages frameworks as like including in with of on for such e.g experience knowledge".split(
    " ",
  ),
);

/** Words in "-ing" that are nouns before "experience": "marketing experience", not "ensuring great experience". */
const ING_NOUNS = new Set(
  "marketing engineering programming consulting working testing accounting recruiting networking computing modeling modelling banking publishing advertising manufacturing training coding sourcing fundraising bookkeeping copywriting writing editing scripting gaming trading learning teaching nursing selling building".split(
    " ",
  ),
);

/** Last words that may close such a predicate; the pattern runs only after one of them. */
const PREDICATE_LAST_WORDS = new Set(
  "plus pluses bonus advantage asset preferred preferable desired desirable helpful beneficial welcome appreciated helps handy have must must-have requirement required essential mandatory needed necessary".split(
    " ",
  ),
);

/** Places a long candidate may be cut: before a comma, dash, bracket or a trailing clause. */
const CUT_POINT =
  /,\s|;\s|\s[-–—]\s|\s\(|\s(?:which|that|including|such as|e\.g\.|i\.e\.|ideally|preferably|where|while|with a focus)\s/g;
const WEAK_CUT_POINT = /\s(?:working|using|including|across|within|where|who|which|to)\s/g;
/** A dash or a clause that turns to the reader ends the phrase wherever it stands. */
const CLAUSE_BREAK =
  /\s(?:-|--|–|—)\s|,?\s+(?:and|but|so)\s+(?:you|you'?re|you’re|you'?ve|you’ve|we|they|can|are|is|have|has|will|be|able|love|enjoy|want)\b|,\s+(?:you|we|although|though|but|however|whereas|while)\b|\s(?:where|when|in which)\s+(?:you|we)\b|,?\s+(?:ideally|preferably|optimally)\b|,?\s+(?:(?:especially|particularly|in particular|including|such as)\s+)?(?:in\s+)?the following\b/i;
/** A phrase may not end on these words. */
const DANGLING_WORDS = new Set(
  "and or nor but not of with in on at to for as by from the a an your our including like such e.g. i.e. etc plus via than using".split(
    " ",
  ),
);
const ABBREVIATION_BEFORE_DOT =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|incl|approx|min|max|yrs|no|inc|ltd|jr|sr|mr|ms|dr|st)$/i;

interface Candidate {
  start: number;
  end: number;
  score: number;
  order: number;
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
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const limit = options.limit ?? 5;
  const yearsExperience = options.yearsExperience ?? null;
  const candidates: Candidate[] = [];
  const body = text.text;
  const breaks = new SentenceBreaks(body);
  for (const line of text.lines) {
    if (line.heading) continue;
    const sectionScore = SECTION_SCORE[line.section];
    if (sectionScore === undefined || (BULLETS_ONLY[line.section] && !line.bullet)) continue;
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
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const found: ExperiencePhrase[] = [];
  for (const candidate of candidates) {
    if (found.length >= limit) break;
    // Checked here rather than for every candidate: only the best few get this far.
    if (!repairPunctuation(body, candidate, maxLength)) continue;
    const phrase = toOriginal(text, candidate.start, candidate.end);
    if (phrase !== undefined && !found.some((other) => other.text === phrase.text)) {
      found.push(phrase);
    }
  }
  return found;
}

/** A ".", ";", "!", "?" or ":" followed by a space or a line end. */
const SENTENCE_BREAK = /[.;:!?](?=[ \n]|$)/g;

/**
 * Finds sentence ends in one forward pass over the text: sentences are asked for in text
 * order, so the next break found is kept for later lines instead of being searched again.
 */
class SentenceBreaks {
  private next = -1;

  constructor(private readonly body: string) {}

  /** End (exclusive) of the sentence starting at `from`; a question keeps its "?" so it is refused. */
  endOfSentence(from: number, lineEnd: number): number {
    let at = from;
    for (;;) {
      if (this.next < at) {
        SENTENCE_BREAK.lastIndex = at;
        const found = SENTENCE_BREAK.exec(this.body);
        this.next = found === null ? this.body.length : found.index;
      }
      if (this.next >= lineEnd) return lineEnd;
      const mark = this.body.charCodeAt(this.next);
      // "e.g. Python": an abbreviation's dot does not end the sentence.
      if (
        mark === 46 &&
        ABBREVIATION_BEFORE_DOT.test(this.body.slice(Math.max(from, this.next - 8), this.next))
      ) {
        at = this.next + 1;
        continue;
      }
      return mark === 63 ? this.next + 1 : this.next;
    }
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
  LEAD_IN.lastIndex = start;
  if (LEAD_IN.test(body) && LEAD_IN.lastIndex <= end) start = LEAD_IN.lastIndex;
  if (!opensNounPhrase(body, start, end)) return undefined;
  let phrase = trimEnd(body.slice(start, end));
  if (!CUE.test(phrase) || hasRejectedContent(phrase)) return undefined;
  // "Experience with the tools: Go, gRPC": the part before a colon only introduces a list.
  if (
    body.charCodeAt(end) === 58 &&
    (LIST_INTRO_END.has(lastWord(phrase)) || wordCount(phrase) < 5)
  )
    return undefined;
  let niceToHave = false;
  const predicate =
    (hasCopula(phrase) ? MID_PREDICATE.exec(phrase) : null) ??
    (PREDICATE_LAST_WORDS.has(lastWord(phrase)) ? TRAILING_PREDICATE.exec(phrase) : null);
  if (predicate !== null) {
    niceToHave = predicate[1] !== undefined;
    phrase = trimEnd(phrase.slice(0, predicate.index));
  }
  const clauseBreak = CLAUSE_BREAK.exec(phrase);
  if (clauseBreak !== null) phrase = trimEnd(phrase.slice(0, clauseBreak.index));
  const aside = asideAt(phrase);
  if (aside !== undefined) {
    if (NICE_ASIDE.test(aside.text)) niceToHave = true;
    if (aside.drop) phrase = trimEnd(phrase.slice(0, aside.start));
  }
  if (phrase.length > maxLength) {
    const shorter = shorten(phrase, maxLength);
    if (shorter === undefined) return undefined;
    const aside = asideAt(shorter);
    phrase = aside?.drop ? trimEnd(shorter.slice(0, aside.start)) : shorter;
  }
  if (phrase.length < MIN_LENGTH || !/\s\S+\s/.test(phrase) || DANGLING_WORDS.has(lastWord(phrase)))
    return undefined;
  if (!CUE.test(phrase)) return undefined;
  const score = scorePhrase(phrase, yearsExperience);
  if (score === Number.NEGATIVE_INFINITY) return undefined;
  return { start, end: start + phrase.length, score: score - (niceToHave ? 2.5 : 0), order: 0 };
}

/** Cuts a candidate back to a clean clause when its punctuation is faulty; false when none is left. */
function repairPunctuation(body: string, candidate: Candidate, maxLength: number): boolean {
  const phrase = body.slice(candidate.start, candidate.end);
  if (punctuationProblems(phrase).length === 0) return true;
  const shorter = shorten(phrase, maxLength);
  if (shorter === undefined || !CUE.test(shorter) || !/\s\S+\s/.test(shorter)) return false;
  candidate.end = candidate.start + shorter.length;
  return true;
}

/** Links, e-mail addresses, questions and emoji never read well after "If you have". */
function hasRejectedContent(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    // @ ? surrogate pairs (most emoji) and the symbol blocks (☀ ✓ ➜)
    if (c === 64 || c === 63 || (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2600 && c <= 0x27bf))
      return true;
  }
  return phrase.includes("http") || phrase.includes("www.");
}

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
  return (c === 43 || c === 126) && next >= 48 && next <= 57;
}

function hasCopula(phrase: string): boolean {
  return phrase.includes(" is ") || phrase.includes(" are ") || phrase.includes(" be ");
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

function opensNounPhrase(body: string, start: number, end: number): boolean {
  NOUN_PHRASE_START.lastIndex = start;
  if (NOUN_PHRASE_START.test(body)) return NOUN_PHRASE_START.lastIndex <= end;
  // The costlier pattern runs only when its head noun is near.
  const head = body.slice(start, Math.min(end, start + 64));
  if (
    !head.includes("xperien") &&
    !head.includes("xpertise") &&
    !head.includes("ackground") &&
    !head.includes("nowledge")
  ) {
    return false;
  }
  MODIFIED_EXPERIENCE.lastIndex = start;
  if (!MODIFIED_EXPERIENCE.test(body) || MODIFIED_EXPERIENCE.lastIndex > end) return false;
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
  let seen = 0;
  let yearsMatch = false;
  let yearsEarly = false;
  let numberAt = -10; // word index of the last number
  let numberValue = -1;
  let numberOffset = 0;
  let wordIndex = 0;
  let yearsWordAt = -1;
  let firstCueAt = -1;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 43;
    if (inWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let word = lower.slice(start, i);
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      // "5", "5+", "5years", "10+yrs"
      const digits = /^\d+/.exec(word)?.[0] ?? "";
      numberAt = wordIndex;
      numberValue = Number(digits);
      numberOffset = start;
      word = word.slice(digits.length).replace(/^\+/, "");
    }
    let flags = SCORE_WORDS.get(word) ?? 0;
    if (flags === 0 && word.length > 6) {
      const stem = STEM_BY_FIRST_LETTER[word.charCodeAt(0)];
      if (stem !== undefined && word.startsWith(stem[0])) flags = stem[1];
    }
    if ((flags & NUMBER) !== 0) {
      numberAt = wordIndex;
      numberValue = NUMBER_VALUES[word] ?? 0;
      numberOffset = start;
    } else if ((flags & YEARS_WORD) !== 0) {
      if (wordIndex - numberAt <= 3) {
        if ((seen & YEARS_WORD) === 0) yearsEarly = numberOffset < 16;
        if (numberValue === yearsExperience) yearsMatch = true;
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
    start = -1;
  }
  // "at least 3 years" says how long but not in what.
  if (
    (seen & (EXPERIENCE_WORD | KNOWLEDGE_WORD)) === 0 &&
    (seen & YEARS_WORD) !== 0 &&
    wordIndex - yearsWordAt < 3
  ) {
    return Number.NEGATIVE_INFINITY;
  }
  let score = 0;
  if ((seen & YEARS_WORD) !== 0) score += 4 + (yearsMatch ? 3 : 0) + (yearsEarly ? 1 : 0);
  if ((seen & EXPERIENCE_WORD) !== 0) score += 3;
  else if ((seen & KNOWLEDGE_WORD) !== 0) score += 1.5;
  if ((seen & DEGREE_WORD) !== 0) score -= 3;
  if ((seen & SOFT_WORD) !== 0) score -= 3;
  if ((seen & LOGISTICS_WORD) !== 0) score -= 4;
  if ((seen & NICE_WORD) !== 0) score -= 2.5;
  if ((seen & COMPANY_WORD) !== 0) score -= 3;
  // A requirement names its experience early; a cue at the tail is usually incidental.
  if (firstCueAt > 5) score -= 3;
  if (phrase.length < 24) score -= 1.5;
  if (phrase.length > 120) score -= 1;
  return score;
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
      DANGLING_WORDS.has(lastWord(prefix)) ||
      endsWithAdjective(prefix)
    )
      continue;
    if (punctuationProblems(prefix).length > 0) continue;
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
