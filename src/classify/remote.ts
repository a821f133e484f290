import type { RemotePolicy } from "../schema/enums";
import {
  ANCHOR_LABEL,
  ANCHOR_ONLY,
  ANCHOR_REGION_STATEMENT,
  CUE_REGION,
  CUE_REMOTE,
  CUE_TIME_ZONE,
  type CueScan,
  scanCues,
  textWithCue,
} from "./cues";
import { allMatches } from "./matches";
import { memoized } from "./memo";
import { onlyRegionsIn, REGION_NAME_WORDS, regionsForUtcRange, regionsNamedIn } from "./regions";
import type { ClassifyInput, RemoteClassification } from "./types";

/**
 * Remote policy and the regions a remote worker may live or work in.
 *
 * Policy: the title and location decide when they say remote, hybrid or on-site ("Remote OK",
 * "Berlin (Hybrid)"). Otherwise the body: a statement that the position is remote ("fully
 * remote", "this is a remote role", "work from anywhere") beats a hybrid arrangement, which beats
 * a passing mention of remote work, which beats an on-site statement; nothing said → unspecified.
 *
 * Regions come from a location made only of region names ("Remote - EMEA"), from statements
 * about where candidates must be ("US only", "must be based in Europe", "open to candidates in
 * Canada"), and from required time zones ("CET +/- 3h", "UTC-1 to UTC+3" → Europe). A specific
 * region overrides "Worldwide". Vocabulary: see `REGION_NAMES` in `regions.ts`.
 */
export function detectRemote(input: ClassifyInput): RemoteClassification {
  const scan = scanCues(input.text);
  const remoteText = textWithCue(scan, CUE_REMOTE);
  return {
    remote: remotePolicy(input, remoteText),
    regions: remoteRegions(input, scan, remoteText),
  };
}

const HEADLINE_HYBRID_RE = /\bhybrid\b|\bpartially remote\b|\bpart[- ]remote\b/i;
const HEADLINE_REMOTE_RE =
  /\bremote(?:ly)?\b|\banywhere\b|\bworldwide\b|\bwork from home\b|\bwfh\b|\bhome[- ]based\b|\bdistributed\b|\btelecommute\b/i;
const HEADLINE_ONSITE_RE = /\bon[- ]?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bnot remote\b/i;

/**
 * Read only as a test, so each alternative starts with the word every match of it holds
 * ("remote", "remotely", "anywhere", "home"), with a lookbehind after that word for what comes
 * before ("fully remote" is found at "remote"): irregexp rejects most positions at once.
 */
const STRONG_REMOTE_RE = new RegExp(
  [
    "remote(?<=\\b(?:fully|100\\s?%|completely|entirely|totally|full)[- ]?remote)(?:ly)?\\b",
    "\\bremote[- ](?:first|only)\\b",
    "\\bremote(?<=\\b(?:this|the|a)\\s+(?:is\\s+an?\\s+)?(?:[\\w-]+\\s+){0,3}?remote)\\s+(?:position|role|job|opportunity)\\b",
    "\\bremote(?<=\\b(?:position|role|job)\\s+is\\s+(?:\\w+\\s+)?remote)\\b",
    "\\b(?:anywhere|everywhere|home)(?<=\\bwork(?:ing)?\\s+(?:fully\\s+)?(?:remotely\\s+)?from\\s+(?:anywhere|everywhere|home))\\b",
    "\\bremotely(?<=\\bwork(?:ing)?\\s+remotely)\\b",
    "\\bremote(?<=\\b(?:we|you)\\s+(?:all\\s+)?work\\s+remote)(?:ly)?\\b",
    "\\bhome[- ]based\\s+(?:position|role|job)\\b",
    "\\bremote\\s*:\\s*(?:yes|100|full)",
  ].join("|"),
  "i",
);
const HYBRID_RE = new RegExp(
  [
    "\\bhybrid\\s+(?:role|position|model|set[- ]?up|working|work|arrangement|schedule)\\b",
    "\\b(?:this|the)\\s+(?:role|position|job)\\s+is\\s+hybrid\\b",
    "\\b(?:partially|partly)\\s+remote\\b",
    "\\bpart\\s+remote\\s*/\\s*part\\b",
    "\\b(?:[1-4]|one|two|three|four)\\s+days?\\s+(?:a|per)\\s+week\\s+(?:in|at|from)\\s+(?:the|our)\\s+office\\b",
    "\\bremote\\s+working\\s+flexibility\\b",
    "\\bflexib\\w*\\s+(?:to\\s+)?work\\s+(?:remotely|from\\s+home)\\s+(?:some|part|up\\s+to)\\b",
    // A labelled line or a headline field: "Hybrid: three days in the office", "Montréal – Hybrid – Full-time".
    "^\\s*hybrid\\s*[:–-]",
    "[–|]\\s*hybrid\\s*(?:[–|]|$)",
    "\\b(?:mostly|partly|partially)\\s+(?:on[- ]?site|in[- ]office|in\\s+the\\s+office)\\b",
    // Office days and home days in one statement.
    "\\b(?:[1-4]|one|two|three|four)\\s+days?\\s+(?:a|per|each)\\s+week\\b[^.\\n]{0,80}\\bfrom\\s+home\\b",
    "\\bfrom\\s+home\\b[^.\\n]{0,80}\\b(?:[1-4]|one|two|three|four)\\s+days?\\s+(?:a|per|each)\\s+week\\b",
  ].join("|"),
  "im",
);
const WEAK_REMOTE_RE =
  /\bremote(?:ly)?\b(?![- ]?(?:control|sensing|access|monitoring|patient|procedure|support tools))|\bdistributed teams?\b|\bwork from anywhere\b/i;
/**
 * "This is not a remote position", "remote work is not possible". Found at "remote", as
 * STRONG_REMOTE_RE is.
 */
const NOT_REMOTE_RE =
  /\bremote(?<=\b(?:not|isn't|is not)\s+(?:a\s+|an?\s+)?(?:fully\s+)?remote)\s+(?:position|role|job|opportunity)\b|\bremote(?<=\bno\s+remote)\b|\bremote\s+(?:work\s+)?is\s+not\s+(?:possible|available|an\s+option)\b/i;
const ONSITE_RE =
  /\b(?:on[- ]?site|in[- ]office|office[- ]based)\s+(?:role|position|job|work)\b|\b(?:role|position|job)\s+is\s+(?:fully\s+|100%\s+)?(?:on[- ]?site|in[- ]office|office[- ]based)\b|\bnot\s+(?:a\s+)?remote\b|\bno\s+remote\b|\bmust\s+(?:work|be)\s+(?:from|in)\s+(?:our|the)\s+(?:\w+\s+)?office\b/i;

/** `text` holds only the body lines with remote-work cues. */
function remotePolicy(input: ClassifyInput, text: string): RemotePolicy {
  const headline = input.location ? `${input.title} | ${input.location}` : input.title;
  if (HEADLINE_HYBRID_RE.test(headline)) return "hybrid";
  if (HEADLINE_REMOTE_RE.test(headline)) return "remote";
  if (HEADLINE_ONSITE_RE.test(headline)) return "onsite";
  if (NOT_REMOTE_RE.test(text)) return "onsite";
  if (STRONG_REMOTE_RE.test(text)) return "remote";
  if (HYBRID_RE.test(text)) return "hybrid";
  if (WEAK_REMOTE_RE.test(text)) return "remote";
  if (ONSITE_RE.test(text)) return "onsite";
  return "unspecified";
}

const LOCATION_NOISE_RE =
  /\b(?:remote|remotely|ok|job|fully|full|100%|only|friendly|preferred|position|based|timezones?|time zones?)\b|\(|\)/gi;
/** The words of LOCATION_NOISE_RE, of the region names, and the separator words. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...REGION_NAME_WORDS,
  ..."remote remotely ok job fully full 100 only friendly preferred position based".split(" "),
  ..."timezone timezones time zone zones or and".split(" "),
]);
/** Separator words may follow one another without a space ("orand" passes SEPARATORS_RE). */
const SEPARATOR_WORDS = ["or", "and", "only"];

/**
 * Statements that limit where the worker is; the region names follow within the sentence.
 * Each is anchored on its least common word, with what must precede it in a lookbehind, so
 * the pattern only runs where that word starts: at the ANCHOR_REGION_STATEMENT stems of the
 * cue scan (a superset of those words).
 */
const REGION_CUE_RE = new RegExp(
  [
    "(?<=\\b(?:must|should|need\\s+to|have\\s+to|required\\s+to)\\s+(?:be\\s+)?)(?:based|located|living|residing|reside|live|resident)\\s+(?:in|within)\\b",
    "(?<=\\b(?:candidates?|applicants?|people|professionals|you)\\s+(?:who\\s+are\\s+|must\\s+be\\s+|should\\s+be\\s+|are\\s+|currently\\s+|who\\s+)?)(?:based|located|living|residing|live)\\s+(?:in|within|anywhere\\s+in)\\b",
    "(?<=\\b(?:ideally|preferably)\\s+(?:be\\s+)?)(?:based|located)\\s+in\\b",
    "open\\s+to\\s+(?:candidates|applicants|people|anyone|residents)\\s+(?:\\w+\\s+){0,2}?(?:in|from|of|within)\\b",
    "(?<=\\b(?:only|currently)\\s+)(?:hire|hiring|accept(?:ing)?|consider(?:ing)?)\\s+(?:in|from|candidates|applicants|applications)\\b",
    "(?<=\\bwork\\s+(?:remotely\\s+)?from\\s+)(?:any|every)where\\b",
    "(?:anywhere|everywhere)\\s+in\\s+the\\s+world\\b",
    "(?:right|authori[sz]ed|eligible)\\s+to\\s+work\\s+in\\b",
  ].join("|"),
  "iy",
);
/** "Remote - EMEA", "Location: Germany or Poland", "Remote (US)": only region names may follow. */
const LABELLED_REGION_RE = /\b(?:remote|location)(?:\s*[-–:(,]\s*|\s+)([^\n.;:)!?]{1,48})/gi;
/** The same, tried only where the cue scan found "remote" or "locat" (ANCHOR_LABEL). */
const LABELLED_REGION_AT_RE = new RegExp(LABELLED_REGION_RE.source, "iy");
/** "remote within Europe": the region follows; tried at the ANCHOR_LABEL stems ("remote"). */
const REMOTE_WITHIN_RE = /\bremote\s+(?:within|in|from|across)\b/iy;
/** "US only", "EU-based applicants", "(Europe only)": the region comes just before. */
const ONLY_RE = /\bonly\b|\bbased\s+(?:applicants|candidates)\b/iy;
/** Capitalized words (and slashes between them) that end a fragment: "US", "UK/EU", "North America". */
const NAMES_AT_END_RE = /(?:[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)(?:\s*\/\s*[A-Z][\w.]*)*\s*$/;
const TIME_ZONE_CUE_RE =
  /[Tt]ime[\s-]?[Zz]ones?|TIME ?ZONES?|\b(?:UTC|GMT|CET|CEST|EET|WET|BST|EST|EDT|PST|PDT|CST|MST|ET|PT)\b/g;
/** "UTC-1 to UTC+3", "UTC -4 to -7", "GMT - GMT+8". */
const UTC_RANGE_RE =
  /\b(?:UTC|GMT)\s?([+\-−]\s?\d{1,2})?(?::\d{2})?\s*(?:to|and|-|–|through)\s*(?:(?:UTC|GMT)\s?([+\-−]\s?\d{1,2})?|([+\-−]\s?\d{1,2})\b)/i;
/** A single offset: "GMT-5", "(UTC +1)". */
const UTC_OFFSET_RE = /\b(?:UTC|GMT)\s?([+\-−]\s?\d{1,2})\b/gi;
const CET_RE =
  /\b(?:CET|CEST|EET|EEST|WET|BST|GMT(?!\s?[+\-−]\s?\d)|Central European|Eastern European|European)\b/;
const NORTH_AMERICA_ZONE_RE =
  /\b(?:EST|EDT|PST|PDT|CST|MST|ET|PT)\b|\b(?:Eastern|Pacific|Mountain|Central)\s+(?:Standard\s+)?[Tt]ime\b|\b(?:US|U\.S\.|American)\s+(?:business\s+hours|[Tt]ime\s?[Zz]ones?)|\bNorth American time/;
/** Lines about benefits or legal checks name countries without limiting where one works. */
const NOT_A_LIMIT_RE =
  /\b(?:benefits?|401\s?\(?k|insurance|e-verify|health|pension|visa sponsorship)\b/i;
/** A full stop ends a sentence only before a capital or the end, so "U.S." does not. */
const SENTENCE_END_RE = /[!?;\n]|\.(?=\s+[A-Z]|\s*$)/;

/**
 * Reads the body lines with region cues (`text` below), those saying remote (`remoteText`)
 * and those naming time zones.
 */
function remoteRegions(input: ClassifyInput, scan: CueScan, remoteText: string): string[] {
  const text = textWithCue(scan, CUE_REGION);
  const regions: string[] = [];
  if (input.location) addRegions(regions, regionsOfLocation(input.location));
  if (input.title) addRegions(regions, regionsOfPlace(input.title));
  const anchors = remoteAnchors(scan);
  for (const at of anchors.statements) {
    REGION_CUE_RE.lastIndex = at;
    const match = REGION_CUE_RE.exec(text);
    if (!match) continue;
    const sentence = sentenceFrom(text, match.index, 100);
    if (NOT_A_LIMIT_RE.test(lineAround(text, match.index))) continue;
    const tail = clauseHead(sentence.slice(match[0].length));
    const named = regionsNamedIn(tail);
    if (named.length > 0) addRegions(regions, named);
    else if (/anywhere|everywhere/i.test(match[0])) addRegions(regions, ["Worldwide"]);
  }
  for (const at of anchors.remoteLabels) {
    REMOTE_WITHIN_RE.lastIndex = at;
    const match = REMOTE_WITHIN_RE.exec(remoteText);
    if (!match) continue;
    const sentence = sentenceFrom(remoteText, match.index, 100);
    if (!NOT_A_LIMIT_RE.test(lineAround(remoteText, match.index))) {
      addRegions(regions, regionsNamedIn(clauseHead(sentence.slice(match[0].length))));
    }
  }
  if (hasLabelWord(input.title)) addRegions(regions, labelledRegionsIn(input.title));
  addRegions(regions, labelledRegionsAt(remoteText, anchors.remoteLabels));
  addRegions(regions, labelledRegionsAt(text, anchors.regionLabels));
  for (const at of anchors.only) {
    ONLY_RE.lastIndex = at;
    const match = ONLY_RE.exec(text);
    if (!match) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index).replace(/-$/, "");
    const names = NAMES_AT_END_RE.exec(before);
    if (!names) continue;
    if (match[0].includes("based") || !NOT_A_LIMIT_RE.test(lineAround(text, match.index))) {
      addRegions(regions, regionsNamedIn(names[0]));
    }
  }
  const timeZoneText = textWithCue(scan, CUE_TIME_ZONE);
  if (timeZoneText) addTimeZoneRegions(timeZoneText, regions);
  if (regions.length > 1 && regions.includes("Worldwide")) {
    return regions.filter((region) => region !== "Worldwide");
  }
  return regions;
}

/**
 * The offsets of the anchor stems each pattern of `remoteRegions` is tried at, in one walk over
 * the scan's anchors: in `textWithCue(scan, CUE_REGION)` those of
 * ANCHOR_REGION_STATEMENT, ANCHOR_LABEL and ANCHOR_ONLY, and in `textWithCue(scan, CUE_REMOTE)`
 * those of ANCHOR_LABEL.
 */
interface RemoteAnchors {
  statements: number[];
  regionLabels: number[];
  only: number[];
  remoteLabels: number[];
}

function remoteAnchors(scan: CueScan): RemoteAnchors {
  const anchors: RemoteAnchors = { statements: [], regionLabels: [], only: [], remoteLabels: [] };
  const { lineStarts, lineCues, anchorOffsets, anchorKinds } = scan;
  // Where line `line` starts in the text of the region lines, and in that of the remote lines.
  let regionStart = 0;
  let remoteStart = 0;
  let line = 0;
  for (let a = 0; a < anchorOffsets.length; a++) {
    const offset = anchorOffsets[a] as number;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) {
      const length = (lineStarts[line + 1] as number) - (lineStarts[line] as number);
      if (((lineCues[line] as number) & CUE_REGION) !== 0) regionStart += length;
      if (((lineCues[line] as number) & CUE_REMOTE) !== 0) remoteStart += length;
      line++;
    }
    const inLine = offset - (lineStarts[line] as number);
    const cues = lineCues[line] as number;
    const kind = anchorKinds[a] as number;
    if ((cues & CUE_REGION) !== 0) {
      if ((kind & ANCHOR_REGION_STATEMENT) !== 0) anchors.statements.push(regionStart + inLine);
      if ((kind & ANCHOR_LABEL) !== 0) anchors.regionLabels.push(regionStart + inLine);
      if ((kind & ANCHOR_ONLY) !== 0) anchors.only.push(regionStart + inLine);
    }
    if ((cues & CUE_REMOTE) !== 0 && (kind & ANCHOR_LABEL) !== 0) {
      anchors.remoteLabels.push(remoteStart + inLine);
    }
  }
  return anchors;
}

/** Adds to `regions` those of `found` it does not hold yet, in order. */
function addRegions(regions: string[], found: readonly string[]): void {
  for (const region of found) if (!regions.includes(region)) regions.push(region);
}

/** Boards repeat locations ("Remote", "Remote EMEA"), so their regions are remembered. */
const regionsOfLocation = memoized(2048, regionsOfPlace);

/** The regions of a location, title or label made only of region names and noise words, else []. */
function regionsOfPlace(place: string): string[] {
  if (!hasOnlyPlaceWords(place)) return [];
  return onlyRegionsIn(place.replace(LOCATION_NOISE_RE, " ")) ?? [];
}

/**
 * Whether every word of `place` is one of PLACE_WORDS or separator words: true of every place
 * `onlyRegionsIn` accepts once the noise is removed, since its names, noise words and
 * separators each cover whole words. Most titles fail at their first word.
 */
function hasOnlyPlaceWords(place: string): boolean {
  const length = place.length;
  for (let start = 0; start < length; start++) {
    if (!isWordUnit(place.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < length && isWordUnit(place.charCodeAt(end))) end++;
    const word = place.slice(start, end).toLowerCase();
    if (!PLACE_WORDS.has(word) && !isSeparatorRun(word)) return false;
    start = end;
  }
  return true;
}

/** Whether `word` is one or more SEPARATOR_WORDS written together: "or", "orand", "andonly". */
function isSeparatorRun(word: string): boolean {
  let at = 0;
  while (at < word.length) {
    const separator = SEPARATOR_WORDS.find((candidate) => word.startsWith(candidate, at));
    if (separator === undefined) return false;
    at += separator.length;
  }
  return word.length > 0;
}

/** A regex word character, [A-Za-z0-9_]. */
function isWordUnit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/** The regions of a "Remote - EMEA" label's place, which must start with a capital. */
function regionsOfLabel(label: RegExpExecArray): string[] {
  const place = label[1] ?? "";
  const first = place.charCodeAt(0);
  return first >= 65 && first <= 90 ? regionsOfPlace(place) : [];
}

/**
 * Whether a word of `text` starts with "remote" or "location" in any case, as every match of
 * LABELLED_REGION_RE does: most titles have neither.
 */
function hasLabelWord(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    if (startsWithCaseless(text, at, "remote") || startsWithCaseless(text, at, "location")) {
      return true;
    }
  }
  return false;
}

/** Whether `text` has `lower`, a lower-case ASCII word, at `at` in any case. */
function startsWithCaseless(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  // `| 0x20` makes an ASCII capital lower case and no other unit an ASCII lower-case letter.
  for (let k = 0; k < lower.length; k++) {
    if ((text.charCodeAt(at + k) | 0x20) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** The regions of every "Remote - EMEA" or "Location: Germany" label in `text`, in order. */
function labelledRegionsIn(text: string): string[] {
  const regions: string[] = [];
  for (const match of allMatches(LABELLED_REGION_RE, text)) {
    addRegions(regions, regionsOfLabel(match));
  }
  return regions;
}

/**
 * `labelledRegionsIn(text)` where the labels can only start at `anchors`: the matches a
 * search of the whole text finds, one after the other without overlap.
 */
function labelledRegionsAt(text: string, anchors: readonly number[]): string[] {
  const regions: string[] = [];
  let searchedTo = 0;
  for (const at of anchors) {
    if (at < searchedTo) continue;
    LABELLED_REGION_AT_RE.lastIndex = at;
    const match = LABELLED_REGION_AT_RE.exec(text);
    if (!match) continue;
    searchedTo = at + match[0].length;
    addRegions(regions, regionsOfLabel(match));
  }
  return regions;
}

/** Words that make a line naming time zones a requirement on where the worker is. */
const ZONE_LIMIT_WORD_RE =
  /\b(?:located|based|live|reside|must|within|between|overlap|work|available|preferred|zone)\b/i;
/** "across time zones", "4 time zones": the team's spread, not a limit. */
const ACROSS_TIME_ZONES_RE = /\bacross\s+(?:\w+\s+)?time\s?zones\b|\d+\s+time\s?zones/i;

function addTimeZoneRegions(text: string, regions: string[]): void {
  let lastLine = -1;
  for (const match of allMatches(TIME_ZONE_CUE_RE, text)) {
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    if (lineStart === lastLine) continue;
    lastLine = lineStart;
    const lineEnd = text.indexOf("\n", match.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (!ZONE_LIMIT_WORD_RE.test(line)) continue;
    if (
      NOT_A_LIMIT_RE.test(line) ||
      (TEAM_RE.test(line) && !CANDIDATE_RE.test(line)) ||
      ACROSS_TIME_ZONES_RE.test(line)
    )
      continue;
    const range = UTC_RANGE_RE.exec(line);
    if (range) {
      addRegions(regions, regionsForUtcRange(utcOffset(range[1]), utcOffset(range[2] ?? range[3])));
      continue;
    }
    const found: string[] = [];
    for (const offset of allMatches(UTC_OFFSET_RE, line)) {
      const hours = utcOffset(offset[1]);
      for (const region of regionsForUtcRange(hours, hours)) {
        if (!found.includes(region)) found.push(region);
      }
    }
    if (NORTH_AMERICA_ZONE_RE.test(line) && !found.includes("North America")) {
      found.push("North America");
    }
    if (CET_RE.test(line) && !found.includes("Europe")) found.push("Europe");
    addRegions(regions, found);
    // "European / African timezones": continents named beside the zones.
    const named = regionsNamedIn(line).filter((region) => region !== "Worldwide");
    addRegions(
      regions,
      found.length === 0 ? named : named.filter((region) => CONTINENTS.has(region)),
    );
  }
}

const CONTINENTS = new Set([
  "Europe",
  "Africa",
  "Asia",
  "Americas",
  "North America",
  "LATAM",
  "Oceania",
]);

function utcOffset(sign: string | undefined): number {
  if (!sign) return 0;
  return Number(sign.replace(/\s/g, "").replace("−", "-"));
}

/** "the EU as they will be working with the UK and US teams": the limit ends at "as". */
const CLAUSE_END_RE =
  /\b(?:as|because|since|while|who|which|where|so|but|to|for|if|when|with)\b|[;(]/i;

function clauseHead(tail: string): string {
  const end = tail.search(CLAUSE_END_RE);
  return end === -1 ? tail : tail.slice(0, end);
}

/** Time zones of the existing team, not of the hire: "we have engineers between EST and CET". */
const TEAM_RE =
  /\b(?:we have|our (?:team|engineers|colleagues)|team members|engineers sitting|spread)\b/i;
const CANDIDATE_RE = /\b(?:you|your|candidates?|applicants?|must|should|need|required?)\b/i;

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

function sentenceFrom(text: string, start: number, maxLength: number): string {
  const end = Math.min(text.length, start + maxLength);
  const slice = text.slice(start, end);
  const stop = slice.slice(1).search(SENTENCE_END_RE);
  return stop === -1 ? slice : slice.slice(0, stop + 1);
}
