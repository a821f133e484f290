/**
 * The job title cleaned for use inside a sentence: "Sr. iOS Developer (Remote - EU) m/w/d"
 * becomes "senior iOS developer".
 *
 * Decisions:
 * - Abbreviated levels are written out ("Sr." → "senior", "Jr." → "junior"): the role is read
 *   as prose, and "a sr. developer" reads like a form field.
 * - Case: ordinary words are lower-cased; acronyms, names and words with an inner capital,
 *   a digit or a dot keep theirs (QA, SRE, iOS, DevOps, React, Java, Node.js, .NET, C++).
 *   A title written all in capitals is lower-cased except for short acronyms.
 * - A comma-led qualifier stays ("senior engineer, platform"); "Manager, Partner Marketing"
 *   becomes "partner marketing manager" and "Director, Cloud" becomes "director of cloud".
 * - Bracketed text is dropped, except a lone specialty that moves before the head noun:
 *   "Ruby Engineer (Security)" → "Ruby security engineer".
 */

import { isRegExpSpace } from "../text/chars";
import { companyCoreName, companyDisplayName } from "./company";
import { PROPER_NOUNS, ROLE_NOUNS, SPECIALTIES } from "./words";

const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F1E6}-\u{1F1FF}]/gu;
const BRACKETED = /\s*[([{]([^()[\]{}]*)[)\]}]/g;
const STRAY_BRACKETS = /[()[\]{}]/g;
const GENDER =
  /(?:^|\s)(?:[mfwdhx]\s*\/\s*[mfwdhx]\s*\/\s*(?:div|inter|[mfwdhx])|m\s*\/\s*[fw]|[fw]\s*\/\s*m|h\s*\/\s*f|f\s*\/\s*h|all\s+genders)(?=$|[\s,|])|\*in\b/gi;
const PAY =
  /(?:\bup to\s+)?(?:[$€£]\s?|\b(?:usd|eur|gbp|chf|cad|aud)\s?)\d[\d,.]*\s?[kK]?\+?(?:\s*(?:-|–|to)\s*(?:[$€£]\s?|(?:usd|eur|gbp)\s?)?\d[\d,.]*\s?[kK]?)?(?:\s*(?:\/|per\s)\s*(?:year|yr|annum|month|mo|hour|hr|h|day|week))?(?:\s*(?:usd|eur|gbp)\b)?|\b\d{2,3}[kK]\s*(?:-|–|to)\s*\d{2,3}[kK]\+?/gi;
const REQUISITION_LABELLED =
  /\b(?:req(?:uisition)?|job|ref(?:erence)?|position)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]*\b/gi;
const REQUISITION_CODE = /#\s?\d{3,}\b|\b[A-Z]{1,4}-?\d{4,}\b/g;
const SENIOR_ABBREVIATION = /\b(?:sr|snr)\b\.?/gi;
const JUNIOR_ABBREVIATION = /\bjr\b\.?/gi;
/** Segment separators; `" at "` and `" @ "` introduce the company or a brand. */
const SEPARATOR = /(\s+[-–—|]\s+|\s*\|\s*|\s*,\s*|\s*:\s+|\s+at\s+|\s+[-–—]+$)/;
/**
 * SEPARATOR for testing: splitting by a pattern costs far more than testing for it, and most
 * titles have no separator.
 */
const HAS_SEPARATOR = new RegExp(SEPARATOR.source.slice(1, -1));
const LEADING_REMOTE = /^(?:(?:fully|100\s?%)\s+)?remote(?:[\s-]first)?\s+(?!sensing\b)/i;
const TRAILING_REMOTE = /\s+(?:(?:fully|100\s?%)\s+)?(?:remote(?:ly)?|anywhere|worldwide)$/i;
const TRAILING_JOB_WORD = /\s+(?:position|role|job|opening|vacancy)$/i;
const LEADING_ARTICLE = /^(?:an?|the)\s+/i;
/** What collapsing spaces and trimming would change: other spaces, two in a row, one at an end. */
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;
/** What the edge-trimming pattern removes at either end (a "." only at the start). */
const EDGE_MARK = /[\s,;:\-–—/&+.]/;

/** Words that make up location, remote, schedule and contract qualifiers. */
const QUALIFIER_WORDS = new Set(
  [
    "remote remotely fully 100% anywhere worldwide global globally international distributed",
    "wfh home work from office onsite on-site hybrid first remote-first location locations",
    "multiple various flexible only based in within or and & + us usa u.s. uk eu europe emea",
    "apac latam americas america north south latin asia africa canada germany france spain",
    "portugal italy netherlands poland ukraine romania india brazil mexico argentina australia",
    "zealand new singapore japan ireland switzerland austria sweden norway denmark finland",
    "belgium czech republic israel united states kingdom berlin london paris amsterdam munich",
    "hamburg york nyc san francisco sf bay area toronto vancouver time zone zones timezone",
    "timezones hours overlap cet cest est edt pst pdt pt et ct mt utc gmt full-time fulltime",
    "full part-time parttime part time contract contractor freelance temporary temp permanent",
    "we we're were are is now hiring urgent new job opening vacancy m/f/d m/w/d f/m/d",
    "inc inc. llc llc. ltd ltd. gmbh ag co. corp. plc",
  ]
    .join(" ")
    .split(" "),
);
const TIME_OFFSET = /^(?:utc|gmt|cet)?[+±-]\d{1,2}(?::?\d\d)?$/;
const PERCENT = /^\d+%?$/;

const MANAGER_HEAD = /^((?:senior|associate|assistant|group|regional)\s+)?(manager|lead)$/i;
const DIRECTOR_HEAD =
  /^((?:senior|associate|assistant|executive|group|regional)\s+)?(director|head|vp|vice president)$/i;

/** The role named by `title`, ready to follow "a"/"an" in a sentence; "" when nothing is left. */
export function cleanRole(title: string, companyName?: string): string {
  return cleanRoleOf(title, companyName, companyDisplayName(companyName));
}

/** `cleanRole`, given `companyDisplayName(companyName)` already worked out. */
export function cleanRoleOf(
  title: string,
  companyName: string | undefined,
  displayName: string | undefined,
): string {
  // Most titles hold none of what the patterns below remove, and a pattern that cannot match
  // need not run. Each guard asks for a piece of text its pattern cannot match without; the
  // replacements only put spaces in, so they never create such a piece.
  const has = titleMarks(title);
  const lower = title.toLowerCase();
  let text = has & HAS_NON_ASCII ? title.replace(PICTOGRAPHS, " ") : title;
  let specialty: string | undefined;
  if (has & HAS_BRACKET) {
    text = text.replace(BRACKETED, (_whole, inside: string) => {
      const word = inside.trim();
      if (specialty === undefined && SPECIALTIES.has(word.toLowerCase())) specialty = word;
      return " ";
    });
    text = text.replace(STRAY_BRACKETS, " ");
  }
  if (has & HAS_SLASH_OR_STAR || lower.includes("genders")) text = text.replace(GENDER, " ");
  if (has & HAS_DIGIT) {
    text = text.replace(PAY, " ").replace(REQUISITION_LABELLED, " ").replace(REQUISITION_CODE, " ");
  }
  if (lower.includes("sr") || lower.includes("snr")) {
    text = text.replace(SENIOR_ABBREVIATION, "Senior");
  }
  if (lower.includes("jr")) text = text.replace(JUNIOR_ABBREVIATION, "Junior");
  if (UNEVEN_SPACING.test(text)) text = text.replace(/\s+/g, " ").trim();
  if (has & HAS_AT) text = text.replace(/\s+@.*$/, "");

  const segments = keptSegments(text, companyName, displayName);
  if (segments.length === 0) return "";
  let role = joinSegments(segments);
  if (specialty !== undefined) role = insertSpecialty(role, specialty);
  if (role.includes("/")) role = role.replace(/\s*\/\s*/g, "/");
  role = role.replace(LEADING_ARTICLE, "");
  if (EDGE_MARK.test(role.charAt(0)) || EDGE_MARK.test(role.charAt(role.length - 1)))
    role = role.replace(/^(?:[\s,;:\-–—/&+]|\.(?![A-Za-z]))+|[\s,;:\-–—/&+]+$/g, "");
  return applyCase(role, isShouting(title));
}

const HAS_NON_ASCII = 1;
const HAS_BRACKET = 2;
const HAS_SLASH_OR_STAR = 4;
const HAS_DIGIT = 8;
const HAS_AT = 16;

/**
 * The HAS_* bit of each ASCII character. A table rather than a chain of comparisons: V8
 * recompiled the chain when a rarer branch first ran.
 */
const ASCII_TITLE_MARK = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_TITLE_MARK[c] = HAS_DIGIT;
for (const c of [0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d]) ASCII_TITLE_MARK[c] = HAS_BRACKET;
ASCII_TITLE_MARK[0x2f] = HAS_SLASH_OR_STAR;
ASCII_TITLE_MARK[0x2a] = HAS_SLASH_OR_STAR;
ASCII_TITLE_MARK[0x40] = HAS_AT;

/** Which of the characters the title patterns need the title holds, as HAS_* bits. */
function titleMarks(title: string): number {
  let marks = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    marks |= c >= 0x80 ? HAS_NON_ASCII : (ASCII_TITLE_MARK[c] as number);
  }
  return marks;
}

interface Segment {
  /** The separator before the segment, as found ("" for the first). */
  before: string;
  text: string;
}

function keptSegments(
  text: string,
  companyName: string | undefined,
  displayName: string | undefined,
): Segment[] {
  const parts = HAS_SEPARATOR.test(text) ? text.split(SEPARATOR) : [text];
  const company = companyName === undefined ? [] : companyKeys(companyName, displayName);
  const kept: Segment[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const before = i === 0 ? "" : (parts[i - 1] ?? "");
    let segment = (parts[i] ?? "").trim();
    if (segment === "") continue;
    if (before.includes("@")) break;
    segment = stripCompany(segment, company);
    segment = segment.replace(LEADING_REMOTE, "");
    // "remote", "remotely", "anywhere", "worldwide": only a segment ending in "e" or "y".
    const last = segment.charCodeAt(segment.length - 1) | 32;
    if (last === 101 || last === 121) segment = segment.replace(TRAILING_REMOTE, "");
    segment = segment.trim();
    if (segment === "" || isQualifier(segment)) continue;
    kept.push({ before: kept.length === 0 ? "" : before, text: segment });
  }
  return kept;
}

/** The ways a title may write the company: as given, as displayed, without its legal form. */
function companyKeys(companyName: string, displayName: string | undefined): string[] {
  const display = displayName ?? companyName;
  const keys = [companyName, display, companyCoreName(display)].map((name) =>
    name.toLowerCase().trim(),
  );
  return keys.filter((key, index) => key !== "" && keys.indexOf(key) === index);
}

/** Removes the company name from either end of a segment ("Hopin Brand Designer"). */
function stripCompany(segment: string, companyKeysLower: string[]): string {
  const lower = segment.toLowerCase();
  for (const key of companyKeysLower) {
    if (key === "") continue;
    if (lower === key) return "";
    // `lower.startsWith(key + " ")` and `lower.endsWith(" " + key)`, without making either.
    if (lower.startsWith(key) && lower.charCodeAt(key.length) === 32)
      return segment.slice(key.length + 1).trim();
    if (
      lower.length > key.length &&
      lower.endsWith(key) &&
      lower.charCodeAt(lower.length - key.length - 1) === 32
    ) {
      return segment
        .slice(0, segment.length - key.length - 1)
        .replace(/\s+(?:at|@|by|for)$/i, "")
        .trim();
    }
  }
  return segment;
}

/**
 * True when every word of the segment (words are separated by spaces and slashes) is a
 * qualifier. Read word by word without splitting: most segments fail on their first word.
 */
function isQualifier(segment: string): boolean {
  const lower = segment.toLowerCase();
  let at = 0;
  while (at < lower.length) {
    if (isSpaceOrSlash(lower.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < lower.length && !isSpaceOrSlash(lower.charCodeAt(end))) end++;
    const word = lower.slice(at, end);
    if (!QUALIFIER_WORDS.has(word) && !TIME_OFFSET.test(word) && !PERCENT.test(word)) return false;
    at = end;
  }
  return true;
}

/** `[\s/]`, what separates the words of a qualifier. */
function isSpaceOrSlash(c: number): boolean {
  return c === 47 || isRegExpSpace(c);
}

function joinSegments(segments: Segment[]): string {
  const [main, next] = segments;
  if (main === undefined) return "";
  let role = main.text.replace(TRAILING_JOB_WORD, "");
  let rest = 1;
  if (next?.before.includes(",")) {
    const inverted = invertHead(role, next.text);
    if (inverted !== undefined) {
      role = inverted;
      rest = 2;
    }
  }
  for (const segment of segments.slice(rest)) {
    role += `${separatorText(segment.before)}${segment.text}`;
  }
  return role;
}

/** "Manager, Partner Marketing" → "Partner Marketing Manager"; "Director, Cloud" → "Director of Cloud". */
function invertHead(head: string, qualifier: string): string | undefined {
  const qualifierHead = lastWord(qualifier).toLowerCase();
  const qualifierIsRole = ROLE_NOUNS.has(qualifierHead);
  const manager = MANAGER_HEAD.exec(head);
  if (manager !== null) {
    const level = manager[1] ?? "";
    if (manager[2]?.toLowerCase() === "lead") return `${head} ${qualifier}`;
    if (qualifierIsRole) return undefined;
    return `${level}${qualifier} ${manager[2] ?? ""}`;
  }
  if (DIRECTOR_HEAD.test(head) && !qualifierIsRole && !/^of\s/i.test(qualifier)) {
    return `${head} of ${qualifier}`;
  }
  return undefined;
}

function separatorText(separator: string): string {
  const mark = separator.trim();
  if (mark === ",") return ", ";
  if (mark === "at") return " at ";
  if (mark === ":") return ": ";
  if (mark === "|") return " - ";
  return ` ${mark} `;
}

function lastWord(text: string): string {
  const space = text.lastIndexOf(" ");
  return space < 0 ? text : text.slice(space + 1);
}

/** Puts a bracketed specialty before the head noun: "Software Engineer" + "Backend" → "Backend Software Engineer". */
function insertSpecialty(role: string, specialty: string): string {
  const words = role.split(" ");
  let head = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (ROLE_NOUNS.has((words[i] ?? "").toLowerCase().replace(/[,.]$/, ""))) {
      head = i;
      break;
    }
  }
  if (head < 0) return role;
  if (words.some((word) => word.toLowerCase() === specialty.toLowerCase())) return role;
  const at = head > 0 && words[head - 1]?.toLowerCase() === "software" ? head - 1 : head;
  words.splice(at, 0, specialty);
  return words.join(" ");
}

function isShouting(title: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 8 && upper / letters > 0.85;
}

/** Names of several words, each capitalised only as part of the name. */
const MULTIWORD_NAMES = new Map(
  ["React Native", "Spring Boot", "Ruby on Rails", "Google Cloud", "Power BI", "Unreal Engine"].map(
    (name) => [name.toLowerCase(), name],
  ),
);
const MULTIWORD_NAME = new RegExp(`\\b(?:${[...MULTIWORD_NAMES.keys()].join("|")})\\b`, "gi");
/** Hyphenated words written in lower case whatever the title does. */
const LOWER_CASE_COMPOUND = /\b(?:go-to-market|e-(?:commerce|mail|learning|business))\b/gi;
// Tested first: a replacement by a function costs several times a test, even matching nothing.
const HAS_MULTIWORD_NAME = new RegExp(MULTIWORD_NAME.source, "i");
const HAS_LOWER_CASE_COMPOUND = new RegExp(LOWER_CASE_COMPOUND.source, "i");

function applyCase(role: string, shouting: boolean): string {
  let cased = casedWords(role, shouting);
  if (HAS_MULTIWORD_NAME.test(cased)) {
    cased = cased.replace(
      MULTIWORD_NAME,
      (name) => MULTIWORD_NAMES.get(name.toLowerCase()) ?? name,
    );
  }
  if (!cased.includes("-") || !HAS_LOWER_CASE_COMPOUND.test(cased)) return cased;
  return cased.replace(LOWER_CASE_COMPOUND, (word) => word.toLowerCase());
}

/** `role` with each word (`[A-Za-z][A-Za-z0-9.+#']*`) put through `caseOf`, in one pass. */
function casedWords(role: string, shouting: boolean): string {
  let out = "";
  let copied = 0;
  let at = 0;
  while (at < role.length) {
    if (!isAsciiLetter(role.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < role.length && continuesWord(role.charCodeAt(end))) end++;
    const word = role.slice(at, end);
    const cased = caseOf(word, shouting);
    if (cased !== word) {
      out += role.slice(copied, at) + cased;
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? role : out + role.slice(copied);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[A-Za-z0-9.+#']` by character code: a table, so no rarely taken comparison costs a recompile. */
const CONTINUES_WORD = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.+#'")
  CONTINUES_WORD[c.charCodeAt(0)] = 1;

/** `[A-Za-z0-9.+#']`: what may follow a word's first letter. */
function continuesWord(c: number): boolean {
  return c < 128 && CONTINUES_WORD[c] === 1;
}

function caseOf(word: string, shouting: boolean): string {
  const core = word.endsWith(".") ? word.slice(0, -1) : word;
  const lower = word.toLowerCase();
  if (shouting) {
    if (PROPER_NOUNS.has(lower)) return word.charAt(0) + lower.slice(1);
    return core.length <= 3 && /^[A-Z]+$/.test(core) ? word : lower;
  }
  if (core.length === 1) return core === core.toUpperCase() ? word : lower;
  // An inner capital, a digit, "." "+" or "#": a name's own spelling (iOS, Node.js, C++).
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if ((i > 0 && c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 35)
      return word;
  }
  if (core.charCodeAt(0) <= 90 && PROPER_NOUNS.has(core.toLowerCase())) return word;
  return lower;
}
