import { JobtagsError } from "../errors";
import { parseHtmlPosting } from "./html";
import { parseMarkdownPosting } from "./markdown";
import { parseTextPosting } from "./text";
import type { ParsedRecord, RawRecord } from "./types";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The record's id when it carries a string `id`, else null. */
export function idOf(value: unknown): string | null {
  return isObject(value) && typeof value.id === "string" ? value.id : null;
}

function fromValue(value: unknown): ParsedRecord {
  const fields = isObject(value) ? value : {};
  return {
    posting: value,
    fields,
    id: idOf(value),
    body: typeof fields.body === "string" ? fields.body : undefined,
  };
}

/**
 * Turns a raw record into a posting for the tagger. Throws `JobtagsError` when the record
 * cannot be read at all (invalid JSON, broken front matter, unreadable file); the posting's
 * fields are validated later by the tagger.
 */
export function parseRecord(raw: RawRecord): ParsedRecord {
  switch (raw.kind) {
    case "json-text": {
      let value: unknown;
      try {
        value = JSON.parse(raw.text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new JobtagsError("invalid-json", `not valid JSON: ${reason}`);
      }
      return fromValue(value);
    }
    case "value":
      return fromValue(raw.value);
    case "markdown":
      return parseMarkdownPosting(raw.text, raw.id);
    case "html":
      return parseHtmlPosting(raw.text, raw.id);
    case "text":
      return parseTextPosting(raw.text, raw.id);
    case "unreadable":
      throw new JobtagsError(raw.error.code as JobtagsError["code"], raw.error.message, {
        ...(raw.id === null ? {} : { record: raw.id }),
      });
  }
}
