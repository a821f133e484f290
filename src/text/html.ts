import type { TextBuilder } from "./builder";
import { plainAsciiTable } from "./chars";
import { readEntity } from "./entities";

const PLAIN = plainAsciiTable("<&");

const BLOCK = 1;
const LIST_ITEM = 2;
const HEADING = 3;
const BOLD = 4;
/** Elements whose content is not text (scripts, styles...): skipped up to their end tag. */
const RAW = 5;

/** Tag kinds by `tagNameCode` of the name. */
const TAG_KINDS = new Map<number, number>();
const TAG_NAMES = new Map<string, number>();
for (const name of [
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "html",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]) {
  TAG_NAMES.set(name, BLOCK);
}
TAG_NAMES.set("li", LIST_ITEM);
for (const name of ["h1", "h2", "h3", "h4", "h5", "h6"]) TAG_NAMES.set(name, HEADING);
TAG_NAMES.set("b", BOLD);
TAG_NAMES.set("strong", BOLD);
for (const name of ["script", "style", "noscript", "template", "head", "iframe", "svg", "object"]) {
  TAG_NAMES.set(name, RAW);
}

const rawEndPatterns = new Map<string, RegExp>();
function rawEndPattern(name: string): RegExp {
  let pattern = rawEndPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\s/>]`, "gi");
    rawEndPatterns.set(name, pattern);
  }
  return pattern;
}

/** Longer than any name in `TAG_KINDS`; `tagNameCode` is exact up to this length. */
const MAX_TAG_NAME = 10;
const NAME_RADIX = 39;
for (const [name, kind] of TAG_NAMES) TAG_KINDS.set(tagNameCode(name, 0, name.length), kind);

/**
 * A number that identifies the tag name `source.slice(start, end)` (ASCII letters, digits,
 * `-` and `:`) case-insensitively, so that looking a tag up allocates no string.
 */
function tagNameCode(source: string, start: number, end: number): number {
  let code = 0;
  for (let i = end - 1; i >= start; i--) {
    const unit = source.charCodeAt(i);
    const lower = unit | 0x20;
    const digit =
      lower >= 0x61 && lower <= 0x7a
        ? lower - 0x60
        : unit >= 0x30 && unit <= 0x39
          ? unit - 0x30 + 27
          : unit === 0x2d
            ? 37
            : 38; // ":"
    code = code * NAME_RADIX + digit;
  }
  return code;
}

/**
 * Feeds the text of an HTML fragment to `builder`: block elements end lines, `<li>` marks list
 * items, `<h1>`-`<h6>` headings, `<b>`/`<strong>` bold, entities are decoded, comments,
 * scripts and styles are dropped. Tolerates broken markup: a `<` that does not open a tag is
 * text. Linear in the input, whatever it holds.
 */
export function parseHtml(source: string, builder: TextBuilder): void {
  new HtmlScanner(source, builder).run();
}

class HtmlScanner {
  private readonly length: number;
  /** The first `>` at or after `gtSearchedFrom`, cached so repeated searches stay linear. */
  private nextGt = -2;
  private gtSearchedFrom = -1;
  /** Once a quote-aware scan ran off the end, later tags end at the first `>`. */
  private quotesUnreliable = false;

  constructor(
    private readonly source: string,
    private readonly builder: TextBuilder,
  ) {
    this.length = source.length;
  }

  run(): void {
    const { source, builder, length } = this;
    let i = 0;
    while (i < length) {
      const code = source.charCodeAt(i);
      if (PLAIN[code] === 1) {
        i = builder.copyPlainRun(source, i, length, PLAIN);
        continue;
      }
      if (code === 0x3c) {
        const next = this.readMarkup(i);
        if (next > i) {
          i = next;
          continue;
        }
      } else if (code === 0x26) {
        const entity = readEntity(source, i, length, true);
        if (entity) {
          const end = i + entity.length;
          const decoded = entity.decoded;
          for (let k = 0; k < decoded.length; k++) builder.char(decoded.charCodeAt(k), i, end);
          i = end;
          continue;
        }
      }
      builder.char(code, i, i + 1);
      i++;
    }
  }

  /** Handles the tag, comment or declaration at `source[at] === "<"`; returns where text resumes, or `at` if it is text. */
  private readMarkup(at: number): number {
    const { source, length } = this;
    if (at + 1 >= length) return at;
    const next = source.charCodeAt(at + 1);
    if (next === 0x21) {
      if (source.startsWith("<!--", at)) {
        const close = source.indexOf("-->", at + 4);
        return close < 0 ? length : close + 3;
      }
      const gt = this.firstGtFrom(at + 2);
      return gt < 0 ? at : gt + 1;
    }
    if (next === 0x3f) {
      const gt = this.firstGtFrom(at + 2);
      return gt < 0 ? at : gt + 1;
    }
    const closing = next === 0x2f;
    const nameStart = closing ? at + 2 : at + 1;
    if (nameStart >= length || !isAsciiLetter(source.charCodeAt(nameStart))) return at;
    let nameEnd = nameStart + 1;
    while (nameEnd < length && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd < length) {
      const after = source.charCodeAt(nameEnd);
      if (after !== 0x3e && after !== 0x2f && !isSpace(after)) return at;
    }
    const end = this.tagEnd(nameEnd);
    if (end < 0) return at;
    const kind =
      nameEnd - nameStart <= MAX_TAG_NAME
        ? TAG_KINDS.get(tagNameCode(source, nameStart, nameEnd))
        : undefined;
    if (kind !== undefined) return this.applyTag(kind, closing, source, nameStart, nameEnd, end);
    return end + 1;
  }

  private applyTag(
    kind: number,
    closing: boolean,
    source: string,
    nameStart: number,
    nameEnd: number,
    end: number,
  ): number {
    const builder = this.builder;
    switch (kind) {
      case BLOCK:
        builder.breakLine();
        break;
      case LIST_ITEM:
        if (closing) builder.clearBullet();
        else builder.markBullet();
        break;
      case HEADING:
        if (closing) builder.clearHeading();
        else builder.markHeading();
        break;
      case BOLD:
        if (closing) builder.boldClose();
        else if (source.charCodeAt(end - 1) !== 0x2f) builder.boldOpen();
        break;
      case RAW: {
        if (closing || source.charCodeAt(end - 1) === 0x2f) break;
        builder.breakLine();
        const pattern = rawEndPattern(source.slice(nameStart, nameEnd).toLowerCase());
        pattern.lastIndex = end + 1;
        const match = pattern.exec(source);
        if (!match) return this.length;
        const closeEnd = this.tagEnd(match.index + 2 + nameEnd - nameStart);
        return closeEnd < 0 ? this.length : closeEnd + 1;
      }
    }
    return end + 1;
  }

  /** Index of the `>` that ends the tag whose name ends at `from`, or -1. */
  private tagEnd(from: number): number {
    if (!this.quotesUnreliable) {
      const { source, length } = this;
      let quote = 0;
      let previous = 0;
      for (let i = from; i < length; i++) {
        const code = source.charCodeAt(i);
        if (quote !== 0) {
          if (code === quote) quote = 0;
          continue;
        }
        if (code === 0x3e) return i;
        if ((code === 0x22 || code === 0x27) && previous === 0x3d) quote = code;
        if (!isSpace(code)) previous = code;
      }
      this.quotesUnreliable = true;
    }
    return this.firstGtFrom(from);
  }

  private firstGtFrom(from: number): number {
    if (this.nextGt === -1 && from >= this.gtSearchedFrom) return -1;
    if (this.nextGt < from || from < this.gtSearchedFrom) {
      this.gtSearchedFrom = from;
      this.nextGt = this.source.indexOf(">", from);
    }
    return this.nextGt;
  }
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
}
