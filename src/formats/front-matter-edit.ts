import type * as Yaml from "yaml";
import { JobtagsError } from "../errors";
import { lazyModule } from "../read/lazy-module";
import { FIELD_ORDER, type FieldValue } from "./board-fields";
import { yamlScalar } from "./yaml-scalar";

/** One changed region of a file, with lines as they read in the file (no line breaks). */
export interface FieldChange {
  /**
   * 1-based line of the first removed line; for a pure insertion, the line after which the
   * new lines go (0: the top of the file).
   */
  oldStart: number;
  removed: string[];
  added: string[];
}

export interface FrontMatterEdit {
  /** The file's new text (the input itself when nothing changed). */
  text: string;
  changes: FieldChange[];
}

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just after the content (before `\r\n` or `\n`). */
  end: number;
  /** Offset of the next line. */
  next: number;
}

interface Entry {
  key: string;
  /** Index of the key line among the front-matter lines. */
  first: number;
  /** Index just after the entry's last line. */
  after: number;
}

const yaml = lazyModule<typeof Yaml>("yaml");

const KEY_LINE = /^(?:"([^"\\]+)"|'([^']+)'|([A-Za-z_$][\w$.-]*))[ \t]*:(?:[ \t]|$)/;
const DELIMITER = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

function splitLines(text: string, from: number, until: (content: string) => boolean): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end -= 1;
    const line = { start, end, next };
    lines.push(line);
    if (lines.length > 1 && until(text.slice(start, end))) break;
    start = next;
  }
  return lines;
}

function keyOf(content: string): string | undefined {
  const match = KEY_LINE.exec(content);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Indented lines and block-sequence items continue the entry above them. */
function continues(content: string): boolean {
  const first = content.charCodeAt(0);
  return (
    first === 0x20 ||
    first === 0x09 ||
    (first === 0x2d && (content.length === 1 || content[1] === " "))
  );
}

function isBlankOrComment(content: string): boolean {
  const trimmed = content.trimStart();
  return trimmed === "" || trimmed.startsWith("#");
}

function findEntries(text: string, lines: readonly Line[]): Entry[] {
  const entries: Entry[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as Line;
    const key = keyOf(text.slice(line.start, line.end));
    if (key === undefined) {
      index += 1;
      continue;
    }
    let after = index + 1;
    // Blank or comment lines belong to the entry only when more of its content follows them.
    for (let probe = index + 1; probe < lines.length; probe += 1) {
      const content = text.slice((lines[probe] as Line).start, (lines[probe] as Line).end);
      if (continues(content) && !isBlankOrComment(content)) after = probe + 1;
      else if (!isBlankOrComment(content)) break;
    }
    entries.push({ key, first: index, after });
    index = after;
  }
  return entries;
}

function sameValue(before: unknown, after: FieldValue): boolean {
  if (before === after) return true;
  return before instanceof Date && typeof after === "string" && before.toISOString() === after;
}

function parsedValue(entryText: string, key: string): unknown {
  try {
    const parsed = yaml().parse(entryText) as Record<string, unknown> | null;
    return parsed?.[key];
  } catch {
    return Symbol("unparsable");
  }
}

function detectEol(text: string): string {
  const newline = text.indexOf("\n");
  return newline > 0 && text.charCodeAt(newline - 1) === 0x0d ? "\r\n" : "\n";
}

/**
 * Sets fields in a markdown file's YAML front matter by editing its text, not by
 * re-serializing it: every other line (other fields, comments, blank lines) and the body stay
 * byte for byte, and so does a field whose value is already the one asked for. A field set to
 * null is removed. A new field goes after the nearest field that precedes it in `order`.
 * A file without front matter gets one. Line endings follow the file's.
 */
export function editFrontMatter(
  text: string,
  updates: ReadonlyArray<readonly [string, FieldValue]>,
  order: readonly string[] = FIELD_ORDER,
): FrontMatterEdit {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = detectEol(text);
  const opening = text.slice(
    bom,
    text.indexOf("\n", bom) === -1 ? text.length : text.indexOf("\n", bom),
  );

  if (!DELIMITER.test(opening.replace(/\r$/, ""))) {
    const added = updates
      .filter(([, value]) => value !== null)
      .map(([key, value]) => `${key}: ${yamlScalar(value)}`);
    if (added.length === 0) return { text, changes: [] };
    const block = ["---", ...added, "---"];
    return {
      text: text.slice(0, bom) + block.map((line) => line + eol).join("") + text.slice(bom),
      changes: [{ oldStart: 0, removed: [], added: block }],
    };
  }

  const all = splitLines(text, bom, (content) => CLOSING.test(content));
  const closing = all[all.length - 1];
  if (
    all.length < 2 ||
    closing === undefined ||
    !CLOSING.test(text.slice(closing.start, closing.end))
  ) {
    throw new JobtagsError("invalid-input", "front matter has no closing --- line", {
      field: "frontMatter",
    });
  }
  const lines = all.slice(1, -1);
  const entries = findEntries(text, lines);
  const entryByKey = new Map(entries.map((entry) => [entry.key, entry]));

  const replaced = new Map<number, string | null>();
  /** New lines by the front-matter line index they follow (-1: right after the opening ---). */
  const inserted = new Map<number, string[]>();
  const position = new Map<string, number>(entries.map((entry) => [entry.key, entry.after - 1]));

  for (const [key, value] of updates) {
    const entry = entryByKey.get(key);
    if (entry !== undefined) {
      const first = lines[entry.first] as Line;
      const last = lines[entry.after - 1] as Line;
      if (value !== null && sameValue(parsedValue(text.slice(first.start, last.end), key), value))
        continue;
      replaced.set(entry.first, value === null ? null : `${key}: ${yamlScalar(value)}`);
      continue;
    }
    if (value === null) continue;
    const rank = order.indexOf(key);
    let anchor: number | undefined;
    for (let before = rank - 1; before >= 0 && anchor === undefined; before -= 1) {
      anchor = position.get(order[before] as string);
    }
    if (anchor === undefined) anchor = rank === -1 ? lines.length - 1 : -1;
    const at = inserted.get(anchor) ?? [];
    at.push(`${key}: ${yamlScalar(value)}`);
    inserted.set(anchor, at);
    position.set(key, anchor);
  }
  if (replaced.size === 0 && inserted.size === 0) return { text, changes: [] };

  /** File line number (1-based) of a front-matter line index. */
  const fileLine = (index: number) => index + 2;
  const changes: FieldChange[] = [];
  let output = text.slice(0, (lines[0] ?? closing).start);
  const insertAfter = (index: number) => {
    const added = inserted.get(index);
    if (!added) return;
    for (const line of added) output += line + eol;
    changes.push({ oldStart: fileLine(index), removed: [], added });
  };
  insertAfter(-1);
  const entryAt = new Map(entries.map((entry) => [entry.first, entry]));
  for (let index = 0; index < lines.length; index += 1) {
    const entry = entryAt.get(index);
    if (entry !== undefined && replaced.has(index)) {
      const replacement = replaced.get(index) ?? null;
      const removed: string[] = [];
      for (let old = entry.first; old < entry.after; old += 1) {
        const line = lines[old] as Line;
        removed.push(text.slice(line.start, line.end));
      }
      if (replacement !== null) output += replacement + eol;
      changes.push({
        oldStart: fileLine(index),
        removed,
        added: replacement === null ? [] : [replacement],
      });
      index = entry.after - 1;
    } else {
      const line = lines[index] as Line;
      output += text.slice(line.start, line.next);
    }
    insertAfter(index);
  }
  output += text.slice(closing.start);
  changes.sort((a, b) => a.oldStart - b.oldStart);
  return { text: output, changes };
}
