/**
 * One byte of class per UTF-16 unit, so the hot loops classify a character with a single
 * array read instead of a regex or a string allocation.
 */

// Kinds below SPACE are kept as they are; the writer's fast path tests `kind < SPACE`.
export const OTHER = 0;
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
/** A letter without case (CJK, Arabic...). */
export const CASELESS_LETTER = 4;
export const SPACE = 5;
/** Zero-width and invisible characters that are dropped from the text. */
export const DROP = 6;
export const SINGLE_QUOTE = 7;
export const DOUBLE_QUOTE = 8;

/** Where `buildCharKinds` starts classifying by Unicode property (ª, the first such letter). */
const NON_ASCII_LETTERS_FROM = 0xaa;

/**
 * Every UTF-16 unit in order, at its own code, each surrogate as a space (two would pair up).
 * Tables by Unicode property are filled by one regex pass over it (`markUnits`), where a test
 * per unit cost ~10 ms of every start.
 */
const ALL_UNITS = allUnits();

function allUnits(): string {
  const units = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    units[code] = code >= 0xd800 && code <= 0xdfff ? 0x20 : code;
  }
  return new TextDecoder("utf-16le").decode(units);
}

/**
 * Sets `table[code]` to `value` for every unit in `[from, to)` that `runs` (a global regex with
 * the `u` flag, matching runs of such units) matches on its own.
 */
export function markUnits(
  runs: RegExp,
  table: Uint8Array,
  value: number,
  from = 0,
  to = 0x10000,
): void {
  runs.lastIndex = from;
  for (let match = runs.exec(ALL_UNITS); match && match.index < to; match = runs.exec(ALL_UNITS)) {
    table.fill(value, match.index, Math.min(to, runs.lastIndex));
  }
}

export const CHAR_KIND = new Uint8Array(0x10000);
/** The lowercase of each UTF-16 unit whose lowercase is one unit (else the unit itself). */
export const LOWERCASE = new Uint16Array(0x10000);
buildCharKinds(CHAR_KIND, LOWERCASE);

function buildCharKinds(kinds: Uint8Array, lowercase: Uint16Array): void {
  for (let code = 0; code < 0x10000; code++) lowercase[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) lowercase[code] = code + 0x20;
  for (let code = 0x30; code <= 0x39; code++) kinds[code] = DIGIT;
  for (let code = 0x41; code <= 0x5a; code++) kinds[code] = UPPER;
  for (let code = 0x61; code <= 0x7a; code++) kinds[code] = LOWER;
  // Letters outside ASCII, classified by Unicode property.
  const from = NON_ASCII_LETTERS_FROM;
  markUnits(/[\p{L}\p{M}]+/gu, kinds, CASELESS_LETTER, from, 0xd800);
  markUnits(/\p{Ll}+/gu, kinds, LOWER, from, 0xd800);
  markUnits(/[\p{Lu}\p{Lt}]+/gu, kinds, UPPER, from, 0xd800);
  for (let code = NON_ASCII_LETTERS_FROM; code < 0xd800; code++) {
    if (kinds[code] !== UPPER) continue;
    const lowered = String.fromCharCode(code).toLowerCase();
    if (lowered.length === 1) lowercase[code] = lowered.charCodeAt(0);
  }
  for (let code = 0xf900; code < 0xfb00; code++) kinds[code] = CASELESS_LETTER;
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x202f, 0x205f]) {
    kinds[code] = SPACE;
  }
  for (let code = 0x2000; code <= 0x200a; code++) kinds[code] = SPACE;
  kinds[0x2028] = SPACE;
  kinds[0x2029] = SPACE;
  kinds[0x3000] = SPACE;
  for (const code of [0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063]) {
    kinds[code] = DROP;
  }
  kinds[0x2064] = DROP;
  kinds[0xfeff] = DROP;
  for (const code of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035]) kinds[code] = SINGLE_QUOTE;
  for (const code of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb]) {
    kinds[code] = DOUBLE_QUOTE;
  }
}

/** Glyphs that mark a list item wherever they start a line, even without a following space. */
export function isBulletGlyph(code: number): boolean {
  switch (code) {
    case 0x2022: // •
    case 0x00b7: // ·
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x2219: // ∙
    case 0x25aa: // ▪
    case 0x25ab: // ▫
    case 0x25a0: // ■
    case 0x25a1: // □
    case 0x25cf: // ●
    case 0x25cb: // ○
    case 0x25e6: // ◦
    case 0x25c6: // ◆
    case 0x25c7: // ◇
    case 0x25b6: // ▶
    case 0x25ba: // ►
    case 0x25b8: // ▸
    case 0x2756: // ❖
    case 0x27a2: // ➢
    case 0x27a4: // ➤
    case 0x2794: // ➔
    case 0x2192: // →
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x2705: // ✅
    case 0x2611: // ☑
    case 0x2605: // ★
    case 0x2606: // ☆
    case 0xf0b7: // Word's private-use bullet
      return true;
    default:
      return false;
  }
}

/** Characters that mark a list item at the start of a line only when a space follows. */
export function isSpacedBulletGlyph(code: number): boolean {
  return (
    code === 0x2d || // -
    code === 0x2a || // *
    code === 0x2b || // +
    code === 0x6f || // o (Word's second-level bullet pasted as text)
    code === 0x2013 || // –
    code === 0x2014 // —
  );
}

/** First unit of a pictographic emoji (BMP symbol blocks or the emoji surrogate planes). */
export function isEmojiStart(code: number): boolean {
  return (
    (code >= 0xd83c && code <= 0xd83e) ||
    (code >= 0x2600 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff) ||
    (code >= 0x2300 && code <= 0x23ff) ||
    code === 0x203c ||
    code === 0x2049 ||
    code === 0x3030 ||
    code === 0x303d
  );
}

/** Units that may continue an emoji sequence: the pair's low half, modifiers, selectors. */
export function isEmojiContinuation(code: number): boolean {
  return (
    (code >= 0xdc00 && code <= 0xdfff) ||
    code === 0xfe0f ||
    code === 0xfe0e ||
    code === 0x20e3 ||
    isEmojiStart(code)
  );
}

/** In a `plainAsciiTable`: a unit copied as it is. */
export const PLAIN_UNIT = 1;
/** In a `plainAsciiTable`: the space, which a plain run may hold one at a time. */
export const PLAIN_SPACE = 2;

/**
 * Builds a table of printable ASCII units other than `except` (`PLAIN_UNIT`), plus the space
 * (`PLAIN_SPACE`), for bulk copying. It covers every UTF-16 unit, so that the hot loops test a
 * unit with a single read.
 */
export function plainAsciiTable(except: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0x21; code < 0x7f; code++) table[code] = PLAIN_UNIT;
  for (let i = 0; i < except.length; i++) table[except.charCodeAt(i)] = 0;
  table[0x20] = PLAIN_SPACE;
  return table;
}

/** `[0-9]`, for loops that test one unit at a time. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What `\s` matches in a regular expression, for loops that test one unit at a time. */
export function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Copies the UTF-16 units of `text` to the start of `into` (at least `text.length` long),
 * natively: several times faster than a `charCodeAt` loop. Little-endian, as the text writer
 * assumes when it decodes its units.
 */
export function copyUnits(text: string, into: Uint16Array): void {
  Buffer.from(into.buffer, into.byteOffset, text.length * 2).write(text, 0, "utf16le");
}

/**
 * The units of `text`, then `padding` copies of `pad`, in `buffer` when it is long enough,
 * else in a new buffer twice the size needed: what a scanner reads instead of `charCodeAt`,
 * the padding ending its last word without a length check per unit. Keep the buffer it
 * returns for the next call; it only grows, to the longest text seen.
 */
export function paddedUnits(
  text: string,
  buffer: Uint16Array<ArrayBuffer>,
  pad: number,
  padding: number,
): Uint16Array<ArrayBuffer> {
  const length = text.length;
  const units = length + padding > buffer.length ? new Uint16Array((length + padding) * 2) : buffer;
  copyUnits(text, units);
  for (let i = length; i < length + padding; i++) units[i] = pad;
  return units;
}
