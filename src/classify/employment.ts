import type { EmploymentType } from "../schema/enums";
import { CUE_EMPLOYMENT, scanCues, textWithCue } from "./cues";
import { trieAlternation } from "./trie";
import type { ClassifyInput } from "./types";

/**
 * The employment type the posting states for this job. The title decides when it names one
 * ("Freelance Translator", "QA Internship", "SEO Manager - 6 Month Contract"); otherwise the
 * body's statements about the position do. Mentions of other people's terms ("benefits for our
 * full-time employees", "contract negotiations", "external contractors") are not statements
 * about the job. When the body offers both a permanent and a freelance arrangement, the type is
 * left unspecified.
 */
export function detectEmploymentType(input: ClassifyInput): EmploymentType {
  const fromTitle = employmentFromTitle(input.title);
  if (fromTitle) return fromTitle;
  return employmentFromBody(textWithCue(scanCues(input.text), CUE_EMPLOYMENT));
}

type Cue = readonly [EmploymentType, RegExp];

/** Checked in this order: a contract internship is an internship, a part-time freelance a contract. */
const TITLE_CUES: Cue[] = [
  ["internship", /\b(?:intern|internship|trainee(?:ship)?|apprentice(?:ship)?)\b/i],
  ["contract", /\b(?:freelance|freelancer|contract|contractor|1099)\b/i],
  ["temporary", /\b(?:temporary|temp|seasonal|fixed[- ]term)\b/i],
  ["part-time", /\bpart[- ]?time\b|\(\s*\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?%\s*\)/i],
  ["full-time", /\bfull[- ]?time\b/i],
];

/** Matches where one of TITLE_CUES does: most titles name no type, and one test rules all out. */
const ANY_TITLE_CUE_RE = new RegExp(TITLE_CUES.map(([, re]) => re.source).join("|"), "i");

function employmentFromTitle(title: string): EmploymentType | null {
  if (!ANY_TITLE_CUE_RE.test(title)) return null;
  for (const [type, re] of TITLE_CUES) if (re.test(title)) return type;
  return null;
}

/** Words after "full-time"/"part-time" that show it describes other people, not this job. */
const NOT_THIS_JOB =
  "(?!\\s+(?:[\\w.]+\\s+)?(?:employees|team|staff|members|colleagues|workers|people|folks|mentors|tutors|instructors|students|freelancers|contractors|equivalent|hours|recruiters?|roles|positions|or\\s+(?:partially|part|half)|basis\\s+or)\\b)";

/** A body cue: the type, its pattern, and words one of which the text must hold for it to run. */
type BodyCue = readonly [EmploymentType, RegExp, readonly string[]];

const BODY_CUES: BodyCue[] = [
  [
    "internship",
    /\b(?:this is an?|paid|summer|an?)\s+internship\b|\binternship (?:program|position|role|opportunity)\b/i,
    ["internship"],
  ],
  [
    "contract",
    // Only whether it matches is read, so each alternative starts with the word every match of
    // it holds, and a lookbehind after that word checks what comes before: "independent
    // contractor" is found at "contractor", and irregexp rejects most positions at once.
    new RegExp(
      [
        "\\bcontractors?(?<=\\b(?:independent|freelance)\\s+contractors?)\\b(?!['’]s)",
        "\\b(?:freelance|contractor|contract)(?<=\\b(?:on|as)\\s+an?\\s+(?:freelance|contractor|contract))\\b",
        "\\b(?:contractor|freelancer)(?<=\\b(?:work(?:ing)?|hired|engaged|join(?:ing)?(?:\\s+us)?)\\s+as\\s+(?:an?\\s+)?(?:independent\\s+|freelance\\s+)?(?:contractor|freelancer))\\b",
        "\\bfreelance\\s+(?![\\w-]+\\s+(?:team|network|pool|community)\\b)[a-z]",
        "\\bcontract(?:or)?\\s+(?:position|role|basis|job|gig|engagement|assignment|opportunity)\\b",
        "\\bcontract(?<=\\b(?:\\d+|one|two|three|four|five|six|nine|twelve)[- ](?:month|week|year)s?[- ](?:long\\s+)?contract)\\b",
        "\\bfixed[- ]term contract\\b",
        "\\bcontract(?<=\\b(?:b2b|service|freelance|consulting|1099)\\s+contract)\\b",
        "\\(b2b\\)|\\(b2b,\\s+per\\b|\\bb2b\\s+(?:contract|agreement|invoice|cooperation|basis)\\b",
        "\\bcontract[- ]to[- ]hire\\b",
        "\\bduration\\s*:\\s*\\d",
        "\\b(?:duration|length|start date|term)\\s*:\\s*(?:\\d+|one|two|three|six|twelve)\\s*(?:weeks?|months?)\\b",
      ].join("|"),
      "i",
    ),
    ["contract", "freelance", "b2b", "duration", "length", "start date", "term"],
  ],
  [
    "temporary",
    /\b(?:temporary|seasonal)\s+(?:position|role|job|assignment)\b/i,
    ["temporary", "seasonal"],
  ],
  [
    "part-time",
    new RegExp(
      [
        `\\bpart[- ]?time\\b${NOT_THIS_JOB}(?!\\s+roles\\b)`,
        "\\b(?:available|work(?:ing)?)\\s+(?:for\\s+)?(?:[1-4]|one|two|three|four)\\s+days\\s+(?:a|per)\\s+week\\b",
      ].join("|"),
      "i",
    ),
    ["part", "days"],
  ],
  [
    "full-time",
    new RegExp(
      `full[- ]?time(?!\\s*hours)${NOT_THIS_JOB}(?=[\\s,)(.:]*[a-z(]|\\s*[,.)]|\\s*$)`,
      "im",
    ),
    ["full"],
  ],
  ["full-time", /\bpermanent\s+(?:position|role|basis|employment|job|contract)\b/i, ["permanent"]],
];

const HOURS_PER_WEEK_RE =
  /\b(\d{1,2})\s*(?:[-–]|to)\s*(\d{1,2})\s*(?:hours?|hrs?)\s*(?:a|per|\/)\s*week\b|\b(\d{1,2})\s*(?:hours?|hrs?)\s*(?:a|per|\/)\s*week\b/i;
/** "No one is stuck ... full time." — adverbial uses that follow a noun phrase are not the job's terms. */
const ADVERBIAL_FULL_TIME_RE = /\b(?:work(?:ing)?|stuck)\b[^.\n]{0,60}\bfull[- ]?time\s*[.\n]/i;

/** "You have worked as a freelancer", "experience working part-time": not this job's terms. */
const PAST_WORK_RE = /\b(?:worked|have been working|experience (?:as|working|in|with))\b/gi;
/** A text where PAST_WORK_RE matches holds one of these, in any case. */
const PAST_WORK_WORDS = ["worked", "have been working", "experience "];
const WEEK_WORDS = ["week"];
/**
 * The gate words a match may hold inside a word: "full" ("full[- ]?time" has no `\b`, and
 * markup removal glues words: "a**full-time**" → "afull-time") and "week" ("40 hrs/week",
 * "hours perweek"). Every match holds each other gate word at a word start.
 */
const GATE_WORDS_ANYWHERE = ["full", "week"];

/**
 * Every word a gate above looks for, found in one case-insensitive search of the text instead
 * of one `includes` each (most are absent, so each of those read the whole text). No word is
 * a prefix of another, so the search, stepping one unit past each match, sees every occurrence.
 */
const GATE_WORDS = [
  ...new Set([...BODY_CUES.flatMap(([, , gate]) => gate), ...PAST_WORK_WORDS, ...WEEK_WORDS]),
];
for (const word of GATE_WORDS) {
  if (GATE_WORDS.some((other) => other !== word && other.startsWith(word))) {
    throw new Error(`employment gate word "${word}" is a prefix of another`);
  }
}
/** `\b` before the words found only at word starts lets the search skip the inside of words. */
const GATE_RE = new RegExp(
  `\\b${trieAlternation(GATE_WORDS.filter((word) => !GATE_WORDS_ANYWHERE.includes(word)))}|${trieAlternation(GATE_WORDS_ANYWHERE)}`,
  "gi",
);
const gateMask = (words: readonly string[]) =>
  words.reduce((mask, word) => mask | (1 << GATE_WORDS.indexOf(word)), 0);
const BODY_CUE_GATES = BODY_CUES.map(([, , gate]) => gateMask(gate));
const PAST_WORK_GATE = gateMask(PAST_WORK_WORDS);
const WEEK_GATE = gateMask(WEEK_WORDS);

/** The bits (see `gateMask`) of the gate words `text` holds, in any case. */
function gateWordsIn(text: string): number {
  let found = 0;
  GATE_RE.lastIndex = 0;
  for (let match = GATE_RE.exec(text); match !== null; match = GATE_RE.exec(text)) {
    // The `i` flag matches an ASCII letter only in its two cases.
    found |= 1 << GATE_WORDS.indexOf(match[0].toLowerCase());
    GATE_RE.lastIndex = match.index + 1;
  }
  return found;
}

/** `cueText` holds only the body lines with employment cues. */
function employmentFromBody(cueText: string): EmploymentType {
  if (cueText === "") return "unspecified";
  let text = cueText;
  let gates = gateWordsIn(cueText);
  // Most texts hold no past work: the regex runs only where one of its words is.
  if ((gates & PAST_WORK_GATE) !== 0) {
    text = withoutSentences(cueText, PAST_WORK_RE);
    if (text !== cueText) gates = gateWordsIn(text);
  }
  const found = new Set<EmploymentType>();
  for (let cue = 0; cue < BODY_CUES.length; cue++) {
    const [type, re] = BODY_CUES[cue] as BodyCue;
    if (found.has(type) || ((BODY_CUE_GATES[cue] as number) & gates) === 0) continue;
    const match = re.exec(text);
    if (!match) continue;
    if (type === "full-time" && ADVERBIAL_FULL_TIME_RE.test(lineAround(text, match.index)))
      continue;
    found.add(type);
  }
  const hours = (gates & WEEK_GATE) !== 0 ? HOURS_PER_WEEK_RE.exec(text) : null;
  if (hours) {
    const most = Number(hours[2] ?? hours[3]);
    if (most > 0 && most < 30) found.add("part-time");
  }
  if (found.has("internship")) return "internship";
  if (found.has("contract")) {
    // "A permanent contract ... or a long term freelance collaboration": both are on offer.
    return found.has("full-time") && OFFERS_BOTH_RE.test(text) ? "unspecified" : "contract";
  }
  if (found.has("temporary")) return "temporary";
  if (found.has("part-time")) return found.has("full-time") ? "unspecified" : "part-time";
  if (found.has("full-time")) return "full-time";
  return "unspecified";
}

const OFFERS_BOTH_RE =
  /\b(?:permanent|full[- ]?time)\b[^\n]{0,120}\bor\b[^\n]{0,40}\b(?:freelance|contract(?:or)?s?)\b|\b(?:freelance|contract(?:or)?s?)\b[^\n]{0,120}\bor\b[^\n]{0,40}\b(?:permanent|full[- ]?time)\b|\bboth\s+full[- ]?time\b/i;

function lineAround(text: string, index: number): string {
  const lineStart = text.lastIndexOf("\n", index) + 1;
  const lineEnd = text.indexOf("\n", index);
  return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
}

/** `.`, `;`, `!`, `?` or a newline. */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x0a;
}

/** `text` without the sentences in which `re` (global) matches. */
function withoutSentences(text: string, re: RegExp): string {
  let kept = "";
  let from = 0;
  re.lastIndex = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    let start = match.index;
    while (start > from && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    let end = match.index + match[0].length;
    while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
    kept += text.slice(from, start);
    from = end;
    re.lastIndex = end;
  }
  return from === 0 ? text : kept + text.slice(from);
}
