import { decodeHTML } from "entities/decode";

/** Result of reading one character reference: its decoded text and how many units it used. */
export interface EntityMatch {
  decoded: string;
  length: number;
}

const COMMON: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  "#39": "'",
  "#34": '"',
  "#160": "\u00a0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  bull: "\u2022",
};

/** Legacy names browsers decode even without the closing `;` (the frequent ones). */
const LEGACY_WITHOUT_SEMICOLON = ["nbsp", "amp", "quot", "copy", "reg", "lt", "gt"];

const MAX_NAME = 32;
const MAX_DIGITS = 8;

const reused: EntityMatch = { decoded: "", length: 0 };

/**
 * Reads the character reference starting at `source[at] === "&"`, or returns null.
 * `lenient` also accepts the common legacy names without `;`, as HTML does; markdown and
 * plain text need the `;` so that "AT&T" or "R&D" stay as written.
 * The returned object is reused between calls.
 */
export function readEntity(
  source: string,
  at: number,
  limit: number,
  lenient: boolean,
): EntityMatch | null {
  let i = at + 1;
  if (i >= limit) return null;
  const first = source.charCodeAt(i);
  if (first === 0x23) {
    i++;
    const hex = i < limit && (source.charCodeAt(i) | 0x20) === 0x78;
    if (hex) i++;
    const digitsStart = i;
    while (i < limit && i - digitsStart <= MAX_DIGITS && isDigit(source.charCodeAt(i), hex)) i++;
    const digits = i - digitsStart;
    if (digits === 0 || digits > MAX_DIGITS) return null;
    const semicolon = i < limit && source.charCodeAt(i) === 0x3b;
    if (!semicolon && !lenient) return null;
    const end = semicolon ? i + 1 : i;
    return decoded(decodeHTML(source.slice(at, end)), end - at);
  }
  if (!isAsciiLetter(first)) return null;
  while (i < limit && i - at <= MAX_NAME && isAsciiAlphanumeric(source.charCodeAt(i))) i++;
  if (i < limit && source.charCodeAt(i) === 0x3b) {
    const name = source.slice(at + 1, i);
    const common = COMMON[name];
    if (common !== undefined) return decoded(common, i + 1 - at);
    const text = source.slice(at, i + 1);
    const result = decodeHTML(text);
    return result === text ? null : decoded(result, i + 1 - at);
  }
  if (!lenient) return null;
  for (const name of LEGACY_WITHOUT_SEMICOLON) {
    if (source.startsWith(name, at + 1)) {
      return decoded(decodeHTML(`&${name};`), name.length + 1);
    }
  }
  return null;
}

function decoded(text: string, length: number): EntityMatch {
  reused.decoded = text;
  reused.length = length;
  return reused;
}

function isDigit(code: number, hex: boolean): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  if (!hex) return false;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}
