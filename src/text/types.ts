import type { Format, Section } from "../schema/enums";

/** A line of normalized text (a paragraph, list item, heading or table row). */
export interface TextLine {
  /** Offset of the line's first character in `NormalizedText.text`. */
  start: number;
  /** Offset just after the line's last character (the `\n` is not part of it). */
  end: number;
  /** The section this line belongs to. */
  section: Section;
  /** True when the line is a heading (markup heading, bold-only line, `Title:` cue...). */
  heading: boolean;
  /** True when the line is a list item (its bullet is not part of the text). */
  bullet: boolean;
}

/**
 * A posting body turned into clean text for matching, with the way back to the original.
 * `text` has one line per block, single spaces, no markup; characters keep their case.
 */
export interface NormalizedText {
  /** The body exactly as the caller passed it. */
  original: string;
  format: Format;
  text: string;
  /** For each UTF-16 unit of `text`, the offset in `original` where its source starts. */
  startOf: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in `original` just after its source ends. */
  endOf: Int32Array;
  lines: TextLine[];
}

/** A span of normalized text mapped back to the original body. */
export interface OriginalSpan {
  start: number;
  end: number;
}
