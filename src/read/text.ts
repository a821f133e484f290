import type { ParsedRecord } from "./types";

/**
 * A plain-text posting: the first non-blank line is the title, the rest is the body
 * (a file with only a title has an empty body, which the tagger refuses).
 */
export function parseTextPosting(text: string, id: string): ParsedRecord {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const title = text.slice(start, end).trim();
    if (title !== "") {
      const body = text.slice(end + 1);
      const posting = { id, title, body, format: "text" as const };
      return { posting, fields: { title }, id, body };
    }
    start = end + 1;
  }
  const posting = { id, title: id, body: "", format: "text" as const };
  return { posting, fields: { title: id }, id, body: "" };
}
