import type { TextBuilder } from "./builder";
import { plainAsciiTable } from "./chars";
import { readEntity } from "./entities";

/** Units without a meaning in markdown, copied in bulk. */
const PLAIN = plainAsciiTable("\\*_`~![]&<|");

/**
 * Feeds the text of a markdown document (as turndown writes it, and the common hand-written
 * kinds) to `builder`: each source line is a line, `#` headings and `**bold**` lines are marked,
 * list markers are left for the builder to strip, escapes are undone, links keep their text,
 * images, emphasis and code marks are dropped. Every search is cached or bounded by the line, so
 * the scan stays linear on adversarial input.
 */
export function parseMarkdown(source: string, builder: TextBuilder): void {
  new MarkdownScanner(source, builder).run();
}

class MarkdownScanner {
  private readonly length: number;
  private readonly hasCarriageReturn: boolean;

  // Cached forward searches: the next occurrence at or after the position last searched from.
  private nextBracketClose = -2;
  private bracketSearchedFrom = -1;
  private nextParenClose = -2;
  private parenSearchedFrom = -1;
  private nextAngleClose = -2;
  private angleSearchedFrom = -1;

  /** After one unbalanced link destination on a line, later ones end at the first `)`. */
  private parenDepthFailed = false;
  private linkTextEnd = -1;
  private linkResume = -1;
  private strongOpen = false;
  private inTable = false;

  constructor(
    private readonly source: string,
    private readonly builder: TextBuilder,
  ) {
    this.length = source.length;
    this.hasCarriageReturn = source.indexOf("\r") >= 0;
  }

  run(): void {
    const { source, length } = this;
    let lineStart = 0;
    while (lineStart < length) {
      let lineEnd = this.hasCarriageReturn
        ? lineEndWithCarriageReturns(source, lineStart, length)
        : source.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = length;
      this.line(lineStart, lineEnd);
      lineStart =
        lineEnd < length &&
        source.charCodeAt(lineEnd) === 0x0d &&
        source.charCodeAt(lineEnd + 1) === 0x0a
          ? lineEnd + 2
          : lineEnd + 1;
    }
  }

  private line(start: number, end: number): void {
    const { source, builder } = this;
    let i = skipSpaces(source, start, end);
    this.parenDepthFailed = false;
    this.linkTextEnd = -1;
    this.strongOpen = false;
    this.inTable = false;
    if (i < end && !this.isDecorationLine(i, end)) {
      while (i < end && source.charCodeAt(i) === 0x3e) i = skipSpaces(source, i + 1, end);
      let contentEnd = end;
      const level = atxHeadingLevel(source, i, end);
      if (level > 0) {
        builder.markHeading();
        i = skipSpaces(source, i + level, end);
        contentEnd = withoutClosingHashes(source, i, end);
      } else if (source.charCodeAt(i) === 0x7c) {
        this.inTable = true;
      }
      this.inline(i, contentEnd);
    }
    builder.breakLine();
    builder.resetBold();
  }

  /** Rules (`* * *`, `---`), setext underlines and code fences carry no text. */
  private isDecorationLine(at: number, end: number): boolean {
    const { source } = this;
    const first = source.charCodeAt(at);
    if (first === 0x60 || first === 0x7e) {
      return source.startsWith(first === 0x60 ? "```" : "~~~", at);
    }
    if (first !== 0x2a && first !== 0x2d && first !== 0x5f && first !== 0x3d) {
      if (first !== 0x7c) return false;
      // A table delimiter row: only pipes, dashes, colons and spaces.
      for (let i = at; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code !== 0x7c && code !== 0x2d && code !== 0x3a && code !== 0x20) return false;
      }
      return true;
    }
    let count = 0;
    for (let i = at; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === first) count++;
      else if (code !== 0x20 && code !== 0x09) return false;
    }
    return count >= 3;
  }

  private inline(start: number, end: number): void {
    const { source, builder } = this;
    let i = start;
    while (i < end) {
      const code = source.charCodeAt(i);
      if (PLAIN[code] === 1) {
        i = builder.copyPlainRun(source, i, end, PLAIN);
        continue;
      }
      switch (code) {
        case 0x5c: {
          // backslash escape
          if (i + 1 < end && isAsciiPunctuation(source.charCodeAt(i + 1))) {
            builder.char(source.charCodeAt(i + 1), i, i + 2);
            i += 2;
            continue;
          }
          if (i + 1 === end) {
            i++;
            continue;
          }
          break;
        }
        case 0x2a:
        case 0x5f: {
          const next = this.emphasis(i, end, code);
          if (next > i) {
            i = next;
            continue;
          }
          // Not emphasis: the whole run is text.
          let run = i;
          while (run < end && source.charCodeAt(run) === code) builder.char(code, run, ++run);
          i = run;
          continue;
        }
        case 0x60:
          i++;
          continue;
        case 0x7e:
          if (i + 1 < end && source.charCodeAt(i + 1) === 0x7e) {
            i += 2;
            continue;
          }
          break;
        case 0x21:
          if (i + 1 < end && source.charCodeAt(i + 1) === 0x5b) {
            const after = this.linkEnd(i + 1, end);
            if (after > 0) {
              i = after;
              continue;
            }
          }
          break;
        case 0x5b: {
          const next = this.linkStart(i, end);
          if (next > i) {
            i = next;
            continue;
          }
          break;
        }
        case 0x5d:
          if (i === this.linkTextEnd) {
            i = this.linkResume;
            this.linkTextEnd = -1;
            continue;
          }
          break;
        case 0x26: {
          const entity = readEntity(source, i, end, false);
          if (entity) {
            const entityEnd = i + entity.length;
            const decoded = entity.decoded;
            for (let k = 0; k < decoded.length; k++) {
              builder.char(decoded.charCodeAt(k), i, entityEnd);
            }
            i = entityEnd;
            continue;
          }
          break;
        }
        case 0x3c: {
          const next = this.angle(i, end);
          if (next > i) {
            i = next;
            continue;
          }
          break;
        }
        case 0x7c:
          if (this.inTable) {
            builder.breakLine();
            i++;
            continue;
          }
          break;
      }
      builder.char(code, i, i + 1);
      i++;
    }
  }

  /**
   * Handles a run of `*` or `_` at `at` by the CommonMark flanking rules (without pairing):
   * returns the index after the run when it is emphasis markup, else `at`.
   */
  private emphasis(at: number, end: number, mark: number): number {
    const { source } = this;
    let runEnd = at + 1;
    while (runEnd < end && source.charCodeAt(runEnd) === mark) runEnd++;
    const before = at > 0 ? source.charCodeAt(at - 1) : 0x20;
    const after = runEnd < end ? source.charCodeAt(runEnd) : 0x20;
    const beforeSpace = isWhitespace(before);
    const afterSpace = isWhitespace(after);
    const beforePunct = isAsciiPunctuation(before);
    const afterPunct = isAsciiPunctuation(after);
    const leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    const markup =
      mark === 0x2a
        ? leftFlanking || rightFlanking
        : (leftFlanking && (!rightFlanking || beforePunct)) ||
          (rightFlanking && (!leftFlanking || afterPunct));
    if (!markup) return at;
    if (runEnd - at >= 2) {
      if (!this.strongOpen && leftFlanking) {
        this.strongOpen = true;
        this.builder.boldOpen();
      } else if (this.strongOpen && rightFlanking) {
        this.strongOpen = false;
        this.builder.boldClose();
      }
    }
    return runEnd;
  }

  /** At `[`: starts a link (its text is kept) or skips a linked image; returns `at` if neither. */
  private linkStart(at: number, end: number): number {
    const { source } = this;
    if (source.startsWith("![", at + 1)) {
      const imageEnd = this.linkEnd(at + 1, end);
      if (
        imageEnd > 0 &&
        imageEnd + 1 < end &&
        source.charCodeAt(imageEnd) === 0x5d &&
        source.charCodeAt(imageEnd + 1) === 0x28
      ) {
        const close = this.destinationEnd(imageEnd + 1, end);
        if (close > 0) return close + 1;
      }
      return at;
    }
    const textEnd = this.bracketClose(at + 1);
    if (textEnd < 0 || textEnd + 1 >= end || source.charCodeAt(textEnd + 1) !== 0x28) return at;
    const close = this.destinationEnd(textEnd + 1, end);
    if (close < 0) return at;
    this.linkTextEnd = textEnd;
    this.linkResume = close + 1;
    return at + 1;
  }

  /** For `[text](destination)` at `at`: the index after it, or -1. */
  private linkEnd(at: number, end: number): number {
    const textEnd = this.bracketClose(at + 1);
    if (textEnd < 0 || textEnd + 1 >= end || this.source.charCodeAt(textEnd + 1) !== 0x28) {
      return -1;
    }
    const close = this.destinationEnd(textEnd + 1, end);
    return close < 0 ? -1 : close + 1;
  }

  /** For the `(` at `open`: the index of its closing `)` on this line, or -1. */
  private destinationEnd(open: number, end: number): number {
    const { source } = this;
    if (!this.parenDepthFailed) {
      let depth = 1;
      for (let i = open + 1; i < end; i++) {
        const code = source.charCodeAt(i);
        if (code === 0x5c) i++;
        else if (code === 0x28) depth++;
        else if (code === 0x29 && --depth === 0) return i;
      }
      this.parenDepthFailed = true;
    }
    if (this.nextParenClose < open || open < this.parenSearchedFrom) {
      if (!(this.nextParenClose === -1 && open >= this.parenSearchedFrom)) {
        this.parenSearchedFrom = open;
        this.nextParenClose = source.indexOf(")", open);
      }
    }
    const close = this.nextParenClose;
    return close >= 0 && close < end ? close : -1;
  }

  private bracketClose(from: number): number {
    if (this.nextBracketClose < from || from < this.bracketSearchedFrom) {
      if (!(this.nextBracketClose === -1 && from >= this.bracketSearchedFrom)) {
        this.bracketSearchedFrom = from;
        this.nextBracketClose = this.source.indexOf("]", from);
      }
    }
    return this.nextBracketClose;
  }

  /** At `<`: `<br>` ends the line, `<https://...>` keeps the address; else returns `at`. */
  private angle(at: number, end: number): number {
    const { source } = this;
    if (this.nextAngleClose < at || at < this.angleSearchedFrom) {
      if (!(this.nextAngleClose === -1 && at >= this.angleSearchedFrom)) {
        this.angleSearchedFrom = at;
        this.nextAngleClose = source.indexOf(">", at);
      }
    }
    const close = this.nextAngleClose;
    if (close < 0 || close >= end) return at;
    if (isLineBreakTag(source, at, close)) {
      this.builder.breakLine();
      return close + 1;
    }
    if (!isAutolink(source, at + 1, close)) return at;
    for (let i = at + 1; i < close; i++) this.builder.char(source.charCodeAt(i), i, i + 1);
    return close + 1;
  }
}

function lineEndWithCarriageReturns(source: string, from: number, length: number): number {
  for (let i = from; i < length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i;
  }
  return length;
}

function skipSpaces(source: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const code = source.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) break;
    i++;
  }
  return i;
}

function atxHeadingLevel(source: string, at: number, end: number): number {
  let i = at;
  while (i < end && i - at < 7 && source.charCodeAt(i) === 0x23) i++;
  const level = i - at;
  if (level === 0 || level > 6) return 0;
  if (i < end) {
    const code = source.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return 0;
  }
  return level;
}

/** `## Title ##` ends before its closing hashes. */
function withoutClosingHashes(source: string, from: number, end: number): number {
  let i = end;
  while (i > from && isWhitespace(source.charCodeAt(i - 1))) i--;
  let hashes = i;
  while (hashes > from && source.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes === i || hashes === from) return end;
  const before = source.charCodeAt(hashes - 1);
  return before === 0x20 || before === 0x09 ? hashes : end;
}

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
function isLineBreakTag(source: string, at: number, close: number): boolean {
  return (
    close - at <= 6 &&
    (source.charCodeAt(at + 1) | 0x20) === 0x62 &&
    LINE_BREAK_TAG.test(source.slice(at, close + 1))
  );
}

function isAutolink(source: string, from: number, to: number): boolean {
  if (to - from < 8) return false;
  if (!source.startsWith("http://", from) && !source.startsWith("https://", from)) {
    if (!source.startsWith("mailto:", from)) return false;
  }
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code <= 0x20 || code === 0x3c) return false;
  }
  return true;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}
