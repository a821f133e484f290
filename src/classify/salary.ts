import type { SalaryPeriod } from "../schema/enums";
import type { Salary } from "../schema/result";
import { isAsciiDigit } from "../text/chars";
import { CUE_SALARY, type CueScan, linesWithCue, scanCues } from "./cues";
import { allMatches } from "./matches";
import { regionsNamedIn } from "./regions";
import type { ClassifyInput } from "./types";

/**
 * The pay the posting states, in full units, or null.
 *
 * Every amount with a currency or a thousands suffix ("$120k", "EUR 60.000", "15 000 PLN")
 * is a candidate, and two joined by "-", "to", "and" or "or" form a range. A candidate counts
 * as pay only when its sentence, its line or the heading above it speaks of pay (salary,
 * compensation, pay, base, OTE, rate, earnings...) and nothing next to it says it is something
 * else: funding, revenue, valuation, customers, budgets, stipends, allowances, signing bonuses,
 * prices, amounts in millions. The best-supported candidate wins; the first one on a tie.
 *
 * Currency comes from the symbol or code ($ is USD unless CAD, AUD... is written next to it),
 * else from other amounts in the text, else from the location. The period comes from the words
 * next to the amount ("per hour", "/month", "annually", "p.a."), else from its size.
 */
export function parseSalary(input: ClassifyInput): Salary | null {
  const scan = scanCues(input.text);
  let best: ScoredCandidate | null = null;
  for (const line of linesWithCue(scan, CUE_SALARY)) {
    // Every amount has a digit: a line without one holds no candidate.
    if (!DIGIT_RE.test(line.text) || !LINE_FILTER_RE.test(line.text)) continue;
    for (const candidate of candidatesInLine(line.text, scan, line.index)) {
      if (!best || candidate.score > best.score) best = candidate;
    }
  }
  if (!best) return null;
  return finish(best, input);
}

/** How many lines above an amount its heading may sit ("Compensation" then a list). */
const HEADING_REACH = 4;

/** The nearest heading-like line within reach above line `index`, or "". */
function headingAbove(scan: CueScan, index: number): string {
  for (let above = index - 1; above >= 0 && above >= index - HEADING_REACH; above--) {
    const start = scan.lineStarts[above] as number;
    const end = (scan.lineStarts[above + 1] as number) - 1;
    const line = scan.text.slice(start, end);
    if (isHeadingLike(line)) return line;
  }
  return "";
}

const CURRENCY_CODES =
  "USD|EUR|GBP|PLN|CAD|AUD|NZD|CHF|SEK|NOK|DKK|INR|BRL|JPY|CZK|HUF|RON|UAH|SGD|ZAR|MXN|ILS|BGN|HRK";
const CURRENCY_PREFIX = `(?:US\\$|USD\\s?\\$|C\\$|CA\\$|CAD\\s?\\$|A\\$|AU\\$|AUD\\s?\\$|NZ\\$|S\\$|R\\$|\\$|€|£|₹|(?:${CURRENCY_CODES})(?![a-z]))`;
const NUMBER =
  "\\d{1,3}(?:[,. \\u00a0\\u202f]\\d{3})+(?!\\d)(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const MULTIPLIER = "(?:k|thousand|mm|million|mn|m|bn|billion|b)(?![a-z])";
const CURRENCY_SUFFIX = `(?:${CURRENCY_CODES}|€|£|zł|eur|euros?|dollars?|pounds?)(?![a-z])`;

const AMOUNT_RE = new RegExp(
  `(?<![\\w.,/#%+])(${CURRENCY_PREFIX})?\\s?(${NUMBER})(?:\\s?(${MULTIPLIER}))?(?:\\s?(${CURRENCY_SUFFIX}))?(\\+)?(?!\\s?%|[\\w(])`,
  "gi",
);
/** What may stand between the two ends of a range. */
const RANGE_GAP_RE =
  /^\s*(?:-|–|—|~|to|and|or)\s*$|^\s*\)?\s*(?:-|–|—|to|or)\s+(?:[a-z]+\s+\d+\s+)?\(?\s*$/i;

const DIGIT_RE = /\d/;
/** Cheap test that a line may hold pay: a currency, a "k" amount or a pay word. */
const LINE_FILTER_RE = new RegExp(
  `[$€£₹]|\\d\\s?k\\b|\\b(?:${CURRENCY_CODES})\\b|zł|\\beur|salary|compensation|\\bpay|rate\\b`,
  "i",
);

const PAY_CUE_RE =
  /(?<![a-z])(?:salar(?:y|ies)|compensation|remuneration|wages?|pay(?:s|ing)?\b(?!\s+(?:for|attention|off|it\s+forward|out))|paid\s+(?:monthly|hourly|weekly|per)|base\b|ote\b|on[- ]target|earnings|(?:hourly|day|daily|monthly)\s+rate|rates?\s+(?:of|is|range|starts?)|gross\b|net\b|income|package|total\s+comp|tc\b)/i;
const HEADING_PAY_CUE_RE =
  /(?<![a-z])(?:salary|compensation|pay|remuneration|rate|wage|earnings)\b/i;

/** Words that make a nearby amount something other than the job's pay. */
const NOT_PAY_NEAR_RE = new RegExp(
  [
    "rais(?:e|ed|ing)",
    "funding",
    "funded",
    "series\\s+[a-f]\\b",
    "seed\\s+round",
    "round",
    "valuation",
    "valued",
    "investors?",
    "investment",
    "capital",
    "revenues?",
    "\\barr\\b",
    "run[- ]rate",
    "market",
    "industry",
    "customers?",
    "users",
    "clients",
    "budgets?",
    "stipend",
    "allowance",
    "reimburse\\w*",
    "spend(?:ing)?",
    "towards",
    "expenses",
    "wellness",
    "co-?working",
    "rent\\b",
    "set[- ]?up",
    "equipment",
    "referral",
    "refer\\b",
    "recommend a friend",
    "sold",
    "sell(?:ing|s)?",
    "deals?",
    "price",
    "pricing",
    "acv",
    "avc",
    "asp",
    "contract values",
    "book of business",
    "quota",
    "insurance",
    "\\blife\\b",
    "401",
    "payouts?",
    "paid out",
    "cashback",
    "donat\\w+",
    "grants?",
    "prizes?",
    "sabbatical",
    "vacation",
    "learning",
    "conferences?",
    "education(?:al)?",
    "training",
  ].join("|"),
  "i",
);
const NOT_PAY_NEAR_PATTERN = new RegExp(`\\b(?:${NOT_PAY_NEAR_RE.source})`, "i");
/** "$18,000 variable", "$10,000 signing bonus": an amount named as something other than base pay. */
const NAMED_AS_OTHER_RE =
  /^\s*(?:[A-Z]{3}\s+)?(?:\(|-|–)?\s*(?:(?:signing|sign-on|annual|yearly|vacation|performance|referral|relocation|joining)\s+)?(?:bonus|variable|commissions?|equity|stock|in\s+(?:equity|stock|commissions?))\b/i;
const COMMISSION_BEFORE_RE =
  /\b(?:commissions?|bonus(?:es)?)\s+(?:are|is|of|at|targeted|up to|worth)[^.]{0,30}$/i;

const UP_TO_RE = /\b(?:up\s+to|max(?:imum)?(?:\s+of)?|not\s+more\s+than|no\s+more\s+than)\s*$/i;
const FROM_RE =
  /\b(?:from|starts?\s+at|starting\s+(?:at|from)|at\s+least|min(?:imum)?(?:\s+of)?)\s*$/i;

/** "per", "a", "an" as words, or a slash: "$50/hr", "60k EUR per year", "£400 a day". */
const PER = "(?:\\b(?:per|an?)\\s?|\\/\\s?)";
const PERIOD_RE = new RegExp(
  [
    `(?<hour>${PER}(?:hour|hr|h)\\b|\\bhourly\\b|\\bp\\/h\\b)`,
    `(?<day>${PER}day\\b|\\bday\\s+rate\\b|\\bdaily\\b)`,
    `(?<week>(?<!hours?\\s)${PER}week\\b|\\bweekly\\b)`,
    `(?<month>${PER}(?:month|mo|mth)\\b|\\bmonthly\\b|\\bp\\/m\\b|\\bpcm\\b|\\bmonth\\b)`,
    `(?<year>${PER}(?:year|yr|annum)\\b|\\bannual(?:ly)?\\b|\\byearly\\b|\\bp\\.\\s?a\\.?|\\bpa\\b|\\bfte\\b|\\byear\\b)`,
  ].join("|"),
  "i",
);

interface Amount {
  start: number;
  end: number;
  value: number;
  /** The number as written, before any "k". */
  raw: number;
  multiplier: number;
  hasMultiplier: boolean;
  currency: string | null;
  /** Written with a bare "$", which other dollars share. */
  bareDollar: boolean;
  plus: boolean;
}

interface ScoredCandidate {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  score: number;
}

/** The candidates of `line`, line `lineIndex` of the scanned text. */
function candidatesInLine(line: string, scan: CueScan, lineIndex: number): ScoredCandidate[] {
  const found: Amount[] = [];
  for (
    let match = nextAmount(line, 0);
    match !== null;
    match = nextAmount(line, AMOUNT_RE.lastIndex)
  ) {
    const amount = toAmount(match);
    if (amount) found.push(amount);
  }
  // A bare number ("level 4", "15 000") counts only as one end of a range with a marked amount.
  const amounts = found.filter((amount, index) => {
    if (isMarked(amount)) return true;
    const next = found[index + 1];
    const previous = found[index - 1];
    return (
      (next !== undefined &&
        isMarked(next) &&
        RANGE_GAP_RE.test(line.slice(amount.end, next.start))) ||
      (previous !== undefined &&
        isMarked(previous) &&
        RANGE_GAP_RE.test(line.slice(previous.end, amount.start)))
    );
  });
  if (amounts.length === 0) return [];
  const heading = headingAbove(scan, lineIndex);
  const candidates: ScoredCandidate[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const low = amounts[i] as Amount;
    const next = amounts[i + 1];
    let high: Amount | null = null;
    if (next && RANGE_GAP_RE.test(line.slice(low.end, next.start))) {
      high = next;
      i++;
    }
    const scored = scoreCandidate(line, heading, low, high);
    if (scored) candidates.push(scored);
  }
  return candidates;
}

/** The most units an amount spans before its first digit: the longest prefix ("USD $"), a space. */
const AMOUNT_REACH = 6;

/**
 * The match of AMOUNT_RE a search of `line` from `from` finds, its `lastIndex` set for the
 * next. Every amount starts at most AMOUNT_REACH units before a digit, so the search skips to
 * there: words between amounts are not tried.
 */
function nextAmount(line: string, from: number): RegExpExecArray | null {
  let digit = from;
  while (digit < line.length && !isAsciiDigit(line.charCodeAt(digit))) digit++;
  if (digit === line.length) return null;
  AMOUNT_RE.lastIndex = Math.max(from, digit - AMOUNT_REACH);
  return AMOUNT_RE.exec(line);
}

function isMarked(amount: Amount): boolean {
  return amount.currency !== null || amount.hasMultiplier;
}

function toAmount(match: RegExpMatchArray): Amount | null {
  const [whole, prefix, digits, multiplierWord, suffix, plus] = match;
  if (digits === undefined || match.index === undefined) return null;
  const raw = parseNumber(digits);
  if (!Number.isFinite(raw)) return null;
  const multiplier = multiplierOf(multiplierWord);
  if (multiplierWord && /^b$/i.test(multiplierWord) && !prefix) return null;
  // Retirement plans ("401k", "403b") are not amounts.
  if (!prefix && (raw === 401 || raw === 403 || raw === 457) && multiplierWord) return null;
  return {
    start: match.index,
    end: match.index + whole.length,
    value: raw * multiplier,
    raw,
    multiplier,
    hasMultiplier: multiplierWord !== undefined,
    currency:
      (prefix === "$" ? currencyOf(suffix) : null) ?? currencyOf(prefix) ?? currencyOf(suffix),
    bareDollar: prefix === "$" && !suffix,
    plus: plus !== undefined,
  };
}

function parseNumber(digits: string): number {
  const grouped = /^(\d{1,3})((?:[,. \u00a0\u202f]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(digits);
  if (grouped) {
    const whole = `${grouped[1]}${(grouped[2] ?? "").replace(/[^\d]/g, "")}`;
    return Number(grouped[3] ? `${whole}.${grouped[3]}` : whole);
  }
  return Number(digits.replace(",", "."));
}

function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  const lower = word.toLowerCase();
  if (lower === "k" || lower === "thousand") return 1_000;
  if (lower === "b" || lower === "bn" || lower === "billion") return 1_000_000_000;
  return 1_000_000;
}

const CURRENCY_BY_MARK: Record<string, string> = {
  $: "USD",
  us$: "USD",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  zł: "PLN",
  c$: "CAD",
  ca$: "CAD",
  a$: "AUD",
  au$: "AUD",
  nz$: "NZD",
  s$: "SGD",
  r$: "BRL",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  pound: "GBP",
  pounds: "GBP",
};

function currencyOf(mark: string | undefined): string | null {
  if (!mark) return null;
  const compact = mark.replace(/\s/g, "").toLowerCase();
  const code = /^[a-z]{3}/.exec(compact)?.[0];
  if (code && CURRENCY_CODES.includes(code.toUpperCase())) return code.toUpperCase();
  return CURRENCY_BY_MARK[compact] ?? null;
}

function scoreCandidate(
  line: string,
  heading: string,
  low: Amount,
  high: Amount | null,
): ScoredCandidate | null {
  if (high && !low.hasMultiplier && high.hasMultiplier && low.raw < high.raw) {
    low = { ...low, value: low.raw * high.multiplier, hasMultiplier: true };
  }
  const written = low.currency ?? high?.currency ?? null;
  const currency = low.bareDollar || high?.bareDollar ? dollarCurrency(line, written) : written;
  const marked = currency !== null || low.hasMultiplier || (high?.hasMultiplier ?? false);
  if (!marked) return null;
  // Amounts in millions are company figures, never a salary.
  if (low.multiplier >= 1_000_000 || (high && high.multiplier >= 1_000_000)) return null;
  const start = low.start;
  const end = (high ?? low).end;
  const sentence = sentenceAround(line, start, end);
  const before = line.slice(Math.max(0, start - 50), start);
  const after = line.slice(end, end + 50);
  if (NAMED_AS_OTHER_RE.test(after) || COMMISSION_BEFORE_RE.test(before)) return null;
  if (PIECE_RATE_RE.test(after)) return null;
  const near = `${before.slice(-45)} ${after.slice(0, 40)}`;
  const payInSentence = PAY_CUE_RE.test(sentence.text);
  if (NOT_PAY_NEAR_PATTERN.test(near) && !PAY_CUE_RE.test(near)) return null;
  if (!payInSentence && NOT_PAY_NEAR_PATTERN.test(sentence.text)) return null;

  const payInLine = !payInSentence && PAY_CUE_RE.test(line);
  const headingCue = heading !== "" && HEADING_PAY_CUE_RE.test(heading);
  const period = periodNear(line, start, end, sentence);
  // Pay must be named next to the figure, or above it, or be a range on a line about pay, or
  // be a rate per hour or day in a currency ("starts at $25/hour").
  const isPay =
    payInSentence ||
    headingCue ||
    (payInLine && high !== null) ||
    (currency !== null && (period === "hour" || period === "day"));
  if (!isPay) return null;
  let score = 0;
  if (payInSentence) score += 4;
  else if (payInLine) score += 2;
  if (headingCue) score += 3;
  if (period) score += 1;
  if (high) score += 1;
  if (currency) score += 1;

  let min: number | null = low.value;
  let max: number | null = high ? high.value : low.value;
  if (!high) {
    if (UP_TO_RE.test(before)) min = null;
    else if (FROM_RE.test(before) || low.plus) max = null;
  }
  if (min !== null && max !== null && min > max) return null;
  return { min, max, currency, period, score };
}

const OTHER_DOLLAR_RE = /\b(CAD|AUD|NZD|SGD|MXN|HKD)\b|\b(Canadian|Australian)\s+dollars?\b/i;

/** "$" is USD unless the line names another dollar. */
function dollarCurrency(line: string, currency: string | null): string | null {
  const other = OTHER_DOLLAR_RE.exec(line);
  if (!other) return currency;
  if (other[1]) return other[1].toUpperCase();
  return /canadian/i.test(other[2] ?? "") ? "CAD" : "AUD";
}

const OTHER_PAY_AFTER_RE = /\+|\b(?:plus|bonus(?:es)?|commissions?|equity|stock|variable|or)\b/i;
/** Pay per piece of work has no period this library can state. */
const PIECE_RATE_RE =
  /^\s*(?:[A-Z]{3}\s+)?(?:per|a|\/)\s*(?:post|word|article|task|piece|project|lead|sale|video|page|image|unit)\b/i;

function periodNear(
  line: string,
  start: number,
  end: number,
  sentence: { text: string; start: number },
): SalaryPeriod | null {
  const sentenceEnd = sentence.start + sentence.text.length;
  let after = line.slice(end, Math.min(sentenceEnd, end + 40));
  // "$100,000 plus monthly commission": a period after another kind of pay is not this one's.
  const otherPay = OTHER_PAY_AFTER_RE.exec(after);
  if (otherPay) after = after.slice(0, otherPay.index);
  const afterMatch = PERIOD_RE.exec(after);
  if (afterMatch?.groups) return periodOfGroups(afterMatch.groups);
  const before = line.slice(Math.max(sentence.start, start - 40), start);
  const beforeMatch = PERIOD_RE.exec(before);
  if (beforeMatch?.groups) return periodOfGroups(beforeMatch.groups);
  return null;
}

function periodOfGroups(groups: Record<string, string | undefined>): SalaryPeriod | null {
  if (groups.hour) return "hour";
  if (groups.day) return "day";
  if (groups.week) return "week";
  if (groups.month) return "month";
  if (groups.year) return "year";
  return null;
}

/** The sentence around [start, end): full stops end a sentence only before a space and a capital. */
function sentenceAround(line: string, start: number, end: number): { text: string; start: number } {
  let from = 0;
  for (const match of allMatches(SENTENCE_BREAK_RE, line.slice(0, start))) {
    from = (match.index ?? 0) + match[0].length;
  }
  const rest = line.slice(end);
  const stop = rest.search(SENTENCE_BREAK_RE);
  const to = stop === -1 ? line.length : end + stop + 1;
  return { text: line.slice(from, to), start: from };
}

const SENTENCE_BREAK_RE = /[.!?;](?=\s+[A-Z(*]|\s*$)/g;

function isHeadingLike(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 60 && !/[.!?]$/.test(trimmed);
}

/** Largest plausible value per period, and smallest. */
const PLAUSIBLE: Record<SalaryPeriod, readonly [number, number]> = {
  hour: [2, 1_000],
  day: [20, 5_000],
  week: [100, 20_000],
  month: [200, 60_000],
  year: [3_000, 2_000_000],
};

/**
 * Rough units of each currency per euro, only to tell monthly from yearly figures written
 * without a period (20,000 PLN is a month's pay, 20,000 EUR a year's). Not for conversion.
 */
const UNITS_PER_EURO: Record<string, number> = {
  PLN: 4.5,
  SEK: 11,
  NOK: 11,
  DKK: 7.5,
  CZK: 25,
  HUF: 390,
  RON: 5,
  HRK: 7.5,
  BGN: 2,
  UAH: 40,
  INR: 90,
  BRL: 6,
  MXN: 20,
  ZAR: 20,
  ILS: 4,
  JPY: 160,
};

function finish(candidate: ScoredCandidate, input: ClassifyInput): Salary | null {
  const currency = candidate.currency ?? currencyFromContext(input);
  const reference = candidate.max ?? candidate.min ?? 0;
  const period = candidate.period ?? inferPeriod(reference, currency);
  const [low, high] = PLAUSIBLE[period];
  for (const value of [candidate.min, candidate.max]) {
    if (value !== null && (value < low || value > high)) return null;
  }
  return { min: candidate.min, max: candidate.max, currency, period };
}

/** The period a figure written without one most likely has, from its size. */
function inferPeriod(value: number, currency: string): SalaryPeriod {
  const perEuro = UNITS_PER_EURO[currency];
  if (perEuro === undefined) {
    if (value < 300) return "hour";
    return value < 15_000 ? "month" : "year";
  }
  const euros = value / perEuro;
  if (euros < 100) return "hour";
  return euros < 8_000 ? "month" : "year";
}

const MARK_IN_TEXT_RE = new RegExp(`[$€£₹]|\\b(?:${CURRENCY_CODES})\\b|zł`, "g");

const CURRENCY_BY_REGION: Record<string, string> = {
  UK: "GBP",
  US: "USD",
  Canada: "CAD",
  Australia: "AUD",
  "New Zealand": "NZD",
  Poland: "PLN",
  Switzerland: "CHF",
  Sweden: "SEK",
  Norway: "NOK",
  Denmark: "DKK",
  India: "INR",
  Brazil: "BRL",
  "Czech Republic": "CZK",
  Hungary: "HUF",
  Romania: "RON",
  Ukraine: "UAH",
  Singapore: "SGD",
  "South Africa": "ZAR",
  Mexico: "MXN",
  Israel: "ILS",
  Turkey: "TRY",
  Japan: "JPY",
  EU: "EUR",
  Europe: "EUR",
  Germany: "EUR",
  France: "EUR",
  Spain: "EUR",
  Portugal: "EUR",
  Italy: "EUR",
  Netherlands: "EUR",
  Belgium: "EUR",
  Ireland: "EUR",
  Austria: "EUR",
  Finland: "EUR",
  Estonia: "EUR",
  Latvia: "EUR",
  Lithuania: "EUR",
  Greece: "EUR",
  Slovakia: "EUR",
  Slovenia: "EUR",
  Luxembourg: "EUR",
  Malta: "EUR",
  Cyprus: "EUR",
  Croatia: "EUR",
};

/** A figure written without a currency: the currency the text uses elsewhere, else the location's. */
function currencyFromContext(input: ClassifyInput): string {
  const counts = new Map<string, number>();
  for (const match of allMatches(MARK_IN_TEXT_RE, input.text)) {
    const currency = currencyOf(match[0]);
    if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount) {
      best = currency;
      bestCount = count;
    }
  }
  if (best) return best;
  for (const region of regionsNamedIn(input.location ?? "")) {
    const currency = CURRENCY_BY_REGION[region];
    if (currency) return currency;
  }
  return "USD";
}
