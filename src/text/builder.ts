import {
  CASELESS_LETTER,
  CHAR_KIND,
  copyUnits,
  DIGIT,
  DOUBLE_QUOTE,
  DROP,
  isBulletGlyph,
  isEmojiContinuation,
  isEmojiStart,
  isSpacedBulletGlyph,
  LOWER,
  PLAIN_UNIT,
  SINGLE_QUOTE,
  SPACE,
  UPPER,
} from "./chars";

/** How a line came to be a heading; sections trust markup more than looks. */
export const HEADING_NONE = 0;
/** `<h1>`..`<h6>` or a markdown `#` heading. */
export const HEADING_MARKUP = 1;
/** A line whose letters are all bold. */
export const HEADING_BOLD = 2;
/** A short line ending with `:` or `?` ("Who you are:", "What will you do?"). */
export const HEADING_COLON = 3;
/** A short line in capitals. */
export const HEADING_CAPS = 4;
/** A short line that names a known section ("Qualifications"); set by the section stage. */
export const HEADING_CUE = 5;

const FLAG_BULLET = 1;
const HEADING_SHIFT = 1;

const MAX_BOLD_HEADING = 100;
const MAX_COLON_HEADING = 80;
const MAX_CAPS_HEADING = 60;
const MAX_QUESTION_HEADING = 60;
const MIN_CAPS_LETTERS = 3;

// States of the line-start recognizer that strips list markers ("- ", "1. ", "• ", "✅ ").
const PREFIX_NONE = 0;
const PREFIX_GLYPH = 1;
const PREFIX_DIGITS = 2;
const PREFIX_DIGITS_PUNCT = 3;
const PREFIX_EMOJI = 4;
const MAX_PREFIX = 16;
const MAX_LIST_NUMBER_DIGITS = 3;

export interface BuiltText {
  text: string;
  /** The UTF-16 units of `text`; may be a view of the writer's buffer, valid until `reset`. */
  units: Uint16Array;
  startOf: Int32Array;
  endOf: Int32Array;
  lineCount: number;
  /**
   * `lineCount * 3` ints: start, end, flags (bit 0 bullet, bits 1.. heading kind). A view of
   * the writer's buffer: valid until its next `reset`.
   */
  lineTable: Int32Array;
  /**
   * Offsets in `text` where a token (text after a space or a line start) begins, ascending.
   * A view of the writer's buffer: valid until its next `reset`.
   */
  tokenStarts: Int32Array;
  tokenCount: number;
}

const utf16 = new TextDecoder("utf-16le");

/**
 * The string of `units`. Node's UTF-16 buffer decoding copies the units as they are, at twice
 * the speed of `TextDecoder`; that one stays for the two inputs where they differ (see
 * `needsCarefulDecoding`).
 */
function quickDecode(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, units.length * 2).toString("utf16le");
}

/**
 * Whether `TextDecoder` would decode `units` differently from `text`: it drops a leading
 * byte-order mark and replaces a lone surrogate with U+FFFD. Without `surrogates` (none was
 * written) the text is known to be well formed.
 */
function needsCarefulDecoding(units: Uint16Array, text: string, surrogates: boolean): boolean {
  return (
    units[0] === 0xfeff ||
    (surrogates && !(text as string & { isWellFormed(): boolean }).isWellFormed())
  );
}

/** The token count after the last `copyPlainUnits`: its second result. */
let copiedTokenCount = 0;

/**
 * The fast path of `copyPlainRun`, on a line with content and nothing pending: copies units
 * from `source[from]` while they are plain or single spaces, unit `i` to `out[i + shift]`;
 * returns where the run ends. Spaces pass the loop like plain units (a branch per space costs
 * more than the loop body); each unit writes a token start that counts only after a space,
 * and the run backs off a space that is not followed by a plain unit. A function of its
 * buffers rather than a method: V8 compiles the loop tighter.
 */
function copyPlainUnits(
  source: string,
  from: number,
  end: number,
  plain: Uint8Array,
  out: Uint16Array,
  spans: Int32Array,
  capacity: number,
  shift: number,
  tokenStarts: Int32Array,
  tokenCountBefore: number,
): number {
  let tokenCount = tokenCountBefore;
  let i = from;
  // PLAIN_UNIT (1) and PLAIN_SPACE (2) as literals: an imported binding is a load per use.
  let previous = 1;
  while (i < end) {
    const code = source.charCodeAt(i);
    const kind = plain[code] as number;
    if (kind === 0 || (previous & kind) === 2) break;
    const index = i + shift;
    out[index] = code;
    spans[index] = i;
    spans[index + capacity] = ++i;
    tokenStarts[tokenCount] = index + 1;
    tokenCount += kind >> 1;
    previous = kind;
  }
  if (previous === 2) {
    // A trailing space, or the first of two: whitespace for the general path to collapse.
    i--;
    tokenCount--;
  }
  copiedTokenCount = tokenCount;
  return i;
}

/**
 * Receives the characters a format parser keeps, each with its source span, and writes the
 * normalized text: whitespace collapsed, lines trimmed, empty lines dropped, quotes made ASCII,
 * zero-width characters dropped, list markers removed, heading and bullet flags worked out.
 * Every parser feeds this one writer, so the cleaning rules and the offset bookkeeping exist
 * once. `char` is the hot path: letters inside a line take a few stores and no branches more.
 */
export class TextBuilder {
  private out = new Uint16Array(4096);
  /** Source start of each unit of `out`, then from `capacity` on, its source end. */
  private spans = new Int32Array(4096 * 2);
  private capacity = 4096;
  private length = 0;
  /** Whether a surrogate unit was written since `reset` (else the text is well formed). */
  private surrogates = false;

  private lineTable = new Int32Array(768);
  private lineCount = 0;
  private tokenStarts = new Int32Array(1024);
  private tokenCount = 0;

  private lineStart = 0;
  private lineHasContent = false;
  private spacePending = false;
  private spaceStart = 0;
  private spaceEnd = 0;

  private markupBullet = false;
  private glyphBullet = false;
  private emojiBullet = false;
  private markupHeading = false;

  private boldDepth = 0;
  /** Where in `out` the open bold run began. */
  private boldFrom = 0;
  /** Bold runs of the current line, as pairs of `out` offsets. */
  private boldRanges = new Int32Array(16);
  private boldRangeCount = 0;

  private prefixState = PREFIX_NONE;
  private prefixCount = 0;
  private readonly prefixCodes = new Uint16Array(MAX_PREFIX);
  private readonly prefixStarts = new Int32Array(MAX_PREFIX);
  private readonly prefixEnds = new Int32Array(MAX_PREFIX);

  reset(capacity: number): void {
    if (this.capacity < capacity) this.grow(capacity);
    this.length = 0;
    this.surrogates = false;
    this.lineCount = 0;
    this.tokenCount = 0;
    this.lineStart = 0;
    this.lineHasContent = false;
    this.spacePending = false;
    this.boldDepth = 0;
    this.clearLineState();
  }

  /** Adds one UTF-16 unit of source text that covers `source[start, end)`. */
  char(code: number, start: number, end: number): void {
    if ((code & 0xf800) === 0xd800) this.surrogates = true;
    const kind = CHAR_KIND[code] as number;
    if (kind < SPACE && this.lineHasContent && !this.spacePending) {
      const index = this.length;
      if (index < this.capacity) {
        this.out[index] = code;
        this.spans[index] = start;
        this.spans[index + this.capacity] = end;
        this.length = index + 1;
        return;
      }
    }
    this.slowChar(code, kind, start, end);
  }

  /**
   * Copies the run of `plain` units (printable ASCII the parser gives no meaning) starting at
   * `source[from]`, single spaces between them included, each unit covering itself; returns
   * where the run ends. Reading and copying in one loop is the parsers' fast path.
   */
  copyPlainRun(source: string, from: number, end: number, plain: Uint8Array): number {
    this.char(source.charCodeAt(from), from, from + 1);
    let i = from + 1;
    // A line start (a list marker being recognized, no content yet) or a pending space takes
    // the general path, only until the fast path's conditions hold.
    while (this.prefixCount !== 0 || !this.lineHasContent || this.spacePending) {
      if (i >= end) return i;
      const code = source.charCodeAt(i);
      if (plain[code] !== PLAIN_UNIT) {
        if (code !== 0x20 || i + 1 >= end || plain[source.charCodeAt(i + 1)] !== PLAIN_UNIT) {
          return i;
        }
      }
      this.char(code, i, i + 1);
      i++;
    }
    const index = this.length;
    if (index + (end - i) > this.capacity) this.grow(Math.max(index * 2, index + end - i));
    // The fast path writes a token start per unit (only those after a space count).
    const tokenRoom = this.tokenCount + (end - i);
    if (tokenRoom > this.tokenStarts.length) {
      this.growTokens(Math.max(tokenRoom, this.tokenStarts.length * 2));
    }
    const shift = index - i;
    const { out, spans, capacity, tokenStarts } = this;
    const runEnd = copyPlainUnits(
      source,
      i,
      end,
      plain,
      out,
      spans,
      capacity,
      shift,
      tokenStarts,
      this.tokenCount,
    );
    this.length = runEnd + shift;
    this.tokenCount = copiedTokenCount;
    return runEnd;
  }

  /** Ends the current line; a line without content leaves its pending flags for the next. */
  breakLine(): void {
    if (this.prefixCount > 0) this.settlePrefixAtLineEnd();
    if (!this.lineHasContent) return;
    const start = this.lineStart;
    const end = this.length;
    if (this.boldDepth > 0) {
      this.addBoldRange(this.boldFrom, end);
      this.boldFrom = end;
    }
    const headingKind = this.lineHeadingKind(start, end);
    const bullet = this.markupBullet || this.glyphBullet || (this.emojiBullet && headingKind === 0);
    let index = this.lineCount * 3;
    if (index + 3 > this.lineTable.length) {
      const grown = new Int32Array(this.lineTable.length * 2);
      grown.set(this.lineTable);
      this.lineTable = grown;
    }
    this.lineTable[index++] = start;
    this.lineTable[index++] = end;
    this.lineTable[index] = (bullet ? FLAG_BULLET : 0) | (headingKind << HEADING_SHIFT);
    this.lineCount++;
    this.lineHasContent = false;
    this.spacePending = false;
    this.clearLineState();
  }

  /** Marks the next line with content as a list item. */
  markBullet(): void {
    this.breakLine();
    this.markupBullet = true;
  }

  /** Forgets a list-item mark that no content claimed (`<li></li>`). */
  clearBullet(): void {
    this.breakLine();
    this.markupBullet = false;
  }

  /** Marks the next line with content as a heading. */
  markHeading(): void {
    this.breakLine();
    this.markupHeading = true;
  }

  clearHeading(): void {
    this.breakLine();
    this.markupHeading = false;
  }

  boldOpen(): void {
    if (this.boldDepth++ === 0) this.boldFrom = this.length;
  }

  boldClose(): void {
    if (this.boldDepth === 0) return;
    if (--this.boldDepth === 0) this.addBoldRange(this.boldFrom, this.length);
  }

  /** Closes any open bold run (markdown emphasis does not cross lines). */
  resetBold(): void {
    this.boldDepth = 0;
  }

  /**
   * Returns the text and maps. With `sourceStarts`/`sourceEnds` (the maps of an earlier pass,
   * e.g. entity decoding of escaped HTML), offsets are composed back to the first source.
   */
  finish(sourceStarts?: Int32Array, sourceEnds?: Int32Array): BuiltText {
    this.breakLine();
    const length = this.length;
    let units: Uint16Array = this.out.subarray(0, length);
    let text = length === 0 ? "" : quickDecode(units);
    if (length > 0 && needsCarefulDecoding(units, text, this.surrogates)) {
      text = utf16.decode(units);
      units = new Uint16Array(text.length);
      copyUnits(text, units);
    }
    // Both maps in one buffer: a typed array of more than a few dozen bytes lives outside the
    // heap, and each such allocation costs about as much as copying a few thousand units.
    const maps = new Int32Array(length * 2);
    maps.set(this.spans.subarray(0, length));
    maps.set(this.spans.subarray(this.capacity, this.capacity + length), length);
    const startOf = maps.subarray(0, length);
    const endOf = maps.subarray(length);
    if (sourceStarts && sourceEnds) {
      const out = this.out;
      for (let i = 0; i < length; i++) {
        const start = startOf[i] as number;
        const end = endOf[i] as number;
        if (out[i] === 0x0a) {
          // A line break spans from the end of one line's source to the start of the next.
          startOf[i] = start > 0 ? (sourceEnds[start - 1] as number) : 0;
          endOf[i] = sourceStarts[end] as number;
        } else {
          startOf[i] = sourceStarts[start] as number;
          endOf[i] = sourceEnds[end - 1] as number;
        }
      }
    }
    return {
      text,
      units,
      startOf,
      endOf,
      lineCount: this.lineCount,
      lineTable: this.lineTable.subarray(0, this.lineCount * 3),
      tokenStarts: this.tokenStarts.subarray(0, this.tokenCount),
      tokenCount: this.tokenCount,
    };
  }

  private slowChar(code: number, kind: number, start: number, end: number): void {
    if (kind === SPACE) {
      this.space(start, end);
      return;
    }
    if (kind === DROP) return;
    if (kind === SINGLE_QUOTE) code = 0x27;
    else if (kind === DOUBLE_QUOTE) code = 0x22;
    if (!this.lineHasContent && this.takePrefix(code, start, end)) return;
    this.content(code, start, end);
  }

  private space(start: number, end: number): void {
    if (this.prefixCount > 0) this.settlePrefixAtSpace();
    if (!this.lineHasContent) return;
    if (this.spacePending) {
      this.spaceEnd = end;
    } else {
      this.spacePending = true;
      this.spaceStart = start;
      this.spaceEnd = end;
    }
  }

  private content(code: number, start: number, end: number): void {
    if (!this.lineHasContent) {
      // The line break spans from the end of the previous line's source to this character.
      if (this.length > 0) {
        this.push(0x0a, this.spans[this.capacity + this.length - 1] as number, start);
      }
      this.lineStart = this.length;
      this.lineHasContent = true;
      if (this.boldDepth > 0) this.boldFrom = this.length;
    } else if (this.spacePending) {
      this.push(0x20, this.spaceStart, this.spaceEnd);
      this.spacePending = false;
    } else {
      this.push(code, start, end);
      return;
    }
    this.addToken(this.length);
    this.push(code, start, end);
  }

  private push(code: number, start: number, end: number): void {
    const index = this.length;
    if (index >= this.capacity) this.grow(Math.max(16, index * 2));
    this.out[index] = code;
    this.spans[index] = start;
    this.spans[index + this.capacity] = end;
    this.length = index + 1;
  }

  private grow(capacity: number): void {
    const out = new Uint16Array(capacity);
    out.set(this.out.subarray(0, this.length));
    const spans = new Int32Array(capacity * 2);
    spans.set(this.spans.subarray(0, this.length));
    spans.set(this.spans.subarray(this.capacity, this.capacity + this.length), capacity);
    this.out = out;
    this.spans = spans;
    this.capacity = capacity;
  }

  private addToken(at: number): void {
    if (this.tokenCount === this.tokenStarts.length) this.growTokens(this.tokenCount * 2);
    this.tokenStarts[this.tokenCount++] = at;
  }

  private growTokens(capacity: number): void {
    const grown = new Int32Array(capacity);
    grown.set(this.tokenStarts.subarray(0, this.tokenCount));
    this.tokenStarts = grown;
  }

  private addBoldRange(from: number, to: number): void {
    if (to <= from) return;
    const index = this.boldRangeCount * 2;
    if (index + 2 > this.boldRanges.length) {
      const grown = new Int32Array(this.boldRanges.length * 2);
      grown.set(this.boldRanges);
      this.boldRanges = grown;
    }
    this.boldRanges[index] = from;
    this.boldRanges[index + 1] = to;
    this.boldRangeCount++;
  }

  /**
   * Line-start recognizer for list markers: returns true when `code` was taken (held back as a
   * possible marker, or dropped as a bullet glyph), false when it is content.
   */
  private takePrefix(code: number, start: number, end: number): boolean {
    switch (this.prefixState) {
      case PREFIX_NONE:
        if (isBulletGlyph(code)) {
          this.glyphBullet = true;
          return true;
        }
        if (isSpacedBulletGlyph(code)) this.prefixState = PREFIX_GLYPH;
        else if (CHAR_KIND[code] === DIGIT) this.prefixState = PREFIX_DIGITS;
        else if (isEmojiStart(code)) this.prefixState = PREFIX_EMOJI;
        else return false;
        this.stashPrefix(code, start, end);
        return true;
      case PREFIX_DIGITS:
        if (CHAR_KIND[code] === DIGIT && this.prefixCount < MAX_LIST_NUMBER_DIGITS) {
          this.stashPrefix(code, start, end);
          return true;
        }
        if (code === 0x2e || code === 0x29) {
          this.prefixState = PREFIX_DIGITS_PUNCT;
          this.stashPrefix(code, start, end);
          return true;
        }
        break;
      case PREFIX_EMOJI:
        if (isEmojiContinuation(code) && this.prefixCount < MAX_PREFIX) {
          this.stashPrefix(code, start, end);
          return true;
        }
        if (this.prefixCount < MAX_PREFIX) {
          // "🤔Why this role?": an emoji glued to the first word is decoration too.
          this.emojiBullet = true;
          this.prefixCount = 0;
          this.prefixState = PREFIX_NONE;
          return this.takePrefix(code, start, end);
        }
        break;
    }
    this.flushPrefix();
    return false;
  }

  private stashPrefix(code: number, start: number, end: number): void {
    const index = this.prefixCount++;
    this.prefixCodes[index] = code;
    this.prefixStarts[index] = start;
    this.prefixEnds[index] = end;
  }

  /** A space after a held prefix: the prefix was a list marker, unless it is a bare number. */
  private settlePrefixAtSpace(): void {
    switch (this.prefixState) {
      case PREFIX_DIGITS:
        this.flushPrefix();
        return;
      case PREFIX_EMOJI:
        this.emojiBullet = true;
        break;
      default:
        this.glyphBullet = true;
    }
    this.prefixCount = 0;
    this.prefixState = PREFIX_NONE;
  }

  private settlePrefixAtLineEnd(): void {
    // A lone dash or emoji is decoration; lone digits are content.
    if (this.prefixState === PREFIX_GLYPH || this.prefixState === PREFIX_EMOJI) {
      this.prefixCount = 0;
      this.prefixState = PREFIX_NONE;
    } else {
      this.flushPrefix();
    }
  }

  private flushPrefix(): void {
    const count = this.prefixCount;
    this.prefixCount = 0;
    this.prefixState = PREFIX_NONE;
    for (let i = 0; i < count; i++) {
      this.content(
        this.prefixCodes[i] as number,
        this.prefixStarts[i] as number,
        this.prefixEnds[i] as number,
      );
    }
  }

  private lineHeadingKind(start: number, end: number): number {
    if (this.markupHeading) return HEADING_MARKUP;
    const length = end - start;
    const last = this.out[end - 1];
    if (
      this.boldRangeCount > 0 &&
      length <= MAX_BOLD_HEADING &&
      last !== 0x2e &&
      this.lettersOnlyInBold(start, end)
    ) {
      return HEADING_BOLD;
    }
    if (this.markupBullet || this.glyphBullet) return HEADING_NONE;
    if (last === 0x3a && length <= MAX_COLON_HEADING) return HEADING_COLON;
    if (last === 0x3f && length <= MAX_QUESTION_HEADING) return HEADING_COLON;
    if (length <= MAX_CAPS_HEADING && this.isCapitals(start, end)) return HEADING_CAPS;
    return HEADING_NONE;
  }

  private lettersOnlyInBold(start: number, end: number): boolean {
    const out = this.out;
    const ranges = this.boldRanges;
    let range = 0;
    let boldLetters = 0;
    for (let i = start; i < end; i++) {
      while (range < this.boldRangeCount && (ranges[range * 2 + 1] as number) <= i) range++;
      const inBold = range < this.boldRangeCount && (ranges[range * 2] as number) <= i;
      const kind = CHAR_KIND[out[i] as number] as number;
      if (kind < UPPER || kind > CASELESS_LETTER) continue;
      if (!inBold) return false;
      boldLetters++;
    }
    return boldLetters > 0;
  }

  private isCapitals(start: number, end: number): boolean {
    const out = this.out;
    let upper = 0;
    for (let i = start; i < end; i++) {
      const kind = CHAR_KIND[out[i] as number];
      if (kind === LOWER) return false;
      if (kind === UPPER) upper++;
    }
    return upper >= MIN_CAPS_LETTERS;
  }

  private clearLineState(): void {
    this.markupBullet = false;
    this.glyphBullet = false;
    this.emojiBullet = false;
    this.markupHeading = false;
    this.boldRangeCount = 0;
    this.prefixState = PREFIX_NONE;
    this.prefixCount = 0;
  }
}

export function lineIsBullet(flags: number): boolean {
  return (flags & FLAG_BULLET) !== 0;
}

export function lineHeadingKind(flags: number): number {
  return flags >> HEADING_SHIFT;
}
