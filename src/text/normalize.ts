import { JobtagsError } from "../errors";
import { FORMATS, type Format } from "../schema/enums";
import { lineHeadingKind, lineIsBullet, TextBuilder } from "./builder";
import { detectFormat, isEntityEscapedHtml } from "./detect";
import { readEntity } from "./entities";
import { parseHtml } from "./html";
import { parseMarkdown } from "./markdown";
import { parsePlain } from "./plain";
import { assignSections } from "./sections";
import type { NormalizedText, OriginalSpan, TextLine } from "./types";

export interface NormalizeOptions {
  /** The body's format; detected with `detectFormat` when absent. */
  format?: Format;
  /**
   * Largest body accepted, in UTF-8 bytes.
   * @default 1_000_000
   */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 1_000_000;

// One writer reused by every call: normalizing is synchronous, and reuse saves allocating
// three body-sized buffers per posting.
const builder = new TextBuilder();
/** Heading kinds of the lines, reused by every call for the same reason. */
let headingKindsBuffer = new Uint8Array(256);

/**
 * Turns a posting body (HTML, markdown or plain text) into clean text with one line per
 * block, each line labelled with its section, and maps from every unit of the text back to
 * the span of the body it came from.
 *
 * @throws JobtagsError `invalid-input` (not a string), `body-too-large`, `invalid-text` (NUL or
 * lone surrogate), `empty-body` (nothing left once markup is removed), `invalid-options`.
 */
export function normalizeBody(body: string, options: NormalizeOptions = {}): NormalizedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  validateOptions(options.format, maxBytes);
  validateBody(body, maxBytes);
  const format = options.format ?? detectFormat(body);

  builder.reset(body.length + 16);
  let built: ReturnType<TextBuilder["finish"]>;
  if (format === "html") {
    if (isEntityEscapedHtml(body)) {
      const decoded = decodeEntities(body);
      parseHtml(decoded.text, builder);
      built = builder.finish(decoded.startOf, decoded.endOf);
    } else {
      parseHtml(body, builder);
      built = builder.finish();
    }
  } else {
    if (format === "markdown") parseMarkdown(body, builder);
    else parsePlain(body, builder);
    built = builder.finish();
  }
  if (built.text.length === 0) {
    throw new JobtagsError("empty-body", "body has no text once its markup is removed", {
      field: "body",
    });
  }

  const lines: TextLine[] = new Array(built.lineCount);
  if (headingKindsBuffer.length < built.lineCount) {
    headingKindsBuffer = new Uint8Array(built.lineCount * 2);
  }
  const headingKinds = headingKindsBuffer.subarray(0, built.lineCount);
  const table = built.lineTable;
  for (let i = 0; i < built.lineCount; i++) {
    const flags = table[i * 3 + 2] as number;
    const headingKind = lineHeadingKind(flags);
    headingKinds[i] = headingKind;
    lines[i] = {
      start: table[i * 3] as number,
      end: table[i * 3 + 1] as number,
      section: "other",
      heading: headingKind !== 0,
      bullet: lineIsBullet(flags),
    };
  }
  assignSections(built.text, built.units, lines, headingKinds, built.tokenStarts);
  return {
    original: body,
    format,
    text: built.text,
    startOf: built.startOf,
    endOf: built.endOf,
    lines,
  };
}

/**
 * The span of `nt.original` that `nt.text.slice(start, end)` came from: from the source of
 * its first unit to the end of the source of its last.
 */
export function toOriginalSpan(nt: NormalizedText, start: number, end: number): OriginalSpan {
  const length = nt.text.length;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > length ||
    start > end
  ) {
    throw new JobtagsError(
      "invalid-input",
      `span [${start}, ${end}) is not within the normalized text (length ${length})`,
      { field: "span" },
    );
  }
  if (start === end) {
    const at =
      start < length
        ? (nt.startOf[start] as number)
        : length === 0
          ? 0
          : (nt.endOf[length - 1] as number);
    return { start: at, end: at };
  }
  return { start: nt.startOf[start] as number, end: nt.endOf[end - 1] as number };
}

function validateOptions(format: unknown, maxBytes: unknown): void {
  if (format !== undefined && !(FORMATS as readonly unknown[]).includes(format)) {
    throw new JobtagsError(
      "invalid-options",
      `format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`,
      { field: "format" },
    );
  }
  if (typeof maxBytes !== "number" || !Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new JobtagsError(
      "invalid-options",
      `maxBytes must be a positive integer, got ${String(maxBytes)}`,
      { field: "maxBytes" },
    );
  }
}

const NOT_WHITESPACE = /\S/;
const NUL_OR_SURROGATE = /[\0\ud800-\udfff]/;

function validateBody(body: unknown, maxBytes: number): asserts body is string {
  if (typeof body !== "string") {
    throw new JobtagsError(
      "invalid-input",
      `body must be a string, got ${body === null ? "null" : typeof body}`,
      { field: "body" },
    );
  }
  // Cheap bounds first: a UTF-16 unit is 1 to 3 UTF-8 bytes.
  if (
    body.length > maxBytes ||
    (body.length * 3 > maxBytes && Buffer.byteLength(body) > maxBytes)
  ) {
    throw new JobtagsError(
      "body-too-large",
      `body is larger than the ${maxBytes}-byte limit (maxBytes)`,
      { field: "body" },
    );
  }
  // One pass rules out both faults in almost every body; the exact checks run when it fails.
  if (NUL_OR_SURROGATE.test(body)) {
    if (body.indexOf("\0") >= 0) {
      throw new JobtagsError("invalid-text", "body contains a NUL character", { field: "body" });
    }
    if (!(body as string & { isWellFormed(): boolean }).isWellFormed()) {
      throw new JobtagsError("invalid-text", "body contains a lone UTF-16 surrogate", {
        field: "body",
      });
    }
  }
  if (!NOT_WHITESPACE.test(body)) {
    throw new JobtagsError("empty-body", "body is empty or only whitespace", { field: "body" });
  }
}

interface DecodedText {
  text: string;
  startOf: Int32Array;
  endOf: Int32Array;
}

const utf16 = new TextDecoder("utf-16le");

/** Decodes every character reference of `source`, keeping for each unit its source span. */
function decodeEntities(source: string): DecodedText {
  const length = source.length;
  const out = new Uint16Array(length);
  const startOf = new Int32Array(length);
  const endOf = new Int32Array(length);
  let size = 0;
  let i = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (code === 0x26) {
      const entity = readEntity(source, i, length, true);
      if (entity) {
        const end = i + entity.length;
        const decoded = entity.decoded;
        for (let k = 0; k < decoded.length; k++) {
          out[size] = decoded.charCodeAt(k);
          startOf[size] = i;
          endOf[size++] = end;
        }
        i = end;
        continue;
      }
    }
    out[size] = code;
    startOf[size] = i;
    endOf[size++] = i + 1;
    i++;
  }
  return {
    text: utf16.decode(out.subarray(0, size)),
    startOf: startOf.subarray(0, size),
    endOf: endOf.subarray(0, size),
  };
}
