import { decodeHTML } from "entities/decode";
import type { ParsedRecord } from "./types";

const TAG = /<[^>]*>/g;
const UPPER_ASCII = /[A-Z]+/g;
const SPACE = /\s+/g;

/** The text inside the first `<name ...>...</name>`, searched case-insensitively. */
function elementContent(
  html: string,
  lower: string,
  name: string,
): { start: number; end: number } | undefined {
  let from = 0;
  for (;;) {
    const open = lower.indexOf(`<${name}`, from);
    if (open === -1) return undefined;
    const after = lower.charCodeAt(open + name.length + 1);
    // `<h1` must not match `<h10>` or `<header>`: the name ends at `>`, `/` or whitespace.
    if (after === 0x3e || after === 0x2f || after === 0x20 || (after >= 0x09 && after <= 0x0d)) {
      const openEnd = lower.indexOf(">", open);
      if (openEnd === -1) return undefined;
      const close = lower.indexOf(`</${name}`, openEnd + 1);
      return { start: openEnd + 1, end: close === -1 ? html.length : close };
    }
    from = open + 1;
  }
}

function plainText(html: string): string {
  return decodeHTML(html.replace(TAG, " ")).replace(SPACE, " ").trim();
}

/**
 * An HTML page holding one posting. The title is the page's `<title>`, else its first `<h1>`,
 * else the file's stem; the body is the `<body>` element's content (the whole file without one).
 */
export function parseHtmlPosting(html: string, id: string): ParsedRecord {
  // Only ASCII is lowered so offsets in `lower` stay offsets in `html` (`İ` would grow).
  const lower = html.replace(UPPER_ASCII, (letters) => letters.toLowerCase());
  let title: string | undefined;
  for (const name of ["title", "h1"]) {
    const span = elementContent(html, lower, name);
    const text = span ? plainText(html.slice(span.start, span.end)) : "";
    if (text !== "") {
      title = text;
      break;
    }
  }
  const bodySpan = elementContent(html, lower, "body");
  const body = bodySpan ? html.slice(bodySpan.start, bodySpan.end) : html;
  const posting = { id, title: title ?? id, body, format: "html" as const };
  return { posting, fields: { title: posting.title }, id, body };
}
