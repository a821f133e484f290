import type { Format } from "../schema/enums";

/** Tag names that only markup uses; a body naming `<div>` once in prose is not HTML. */
const HTML_TAGS = new Set([
  "a",
  "article",
  "b",
  "blockquote",
  "br",
  "div",
  "em",
  "font",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "i",
  "img",
  "li",
  "ol",
  "p",
  "section",
  "span",
  "strong",
  "table",
  "tbody",
  "td",
  "th",
  "tr",
  "u",
  "ul",
]);

const MARKDOWN_SIGNS = [
  /^ {0,3}#{1,6}[ \t]+\S/m,
  /^ {0,3}[*+-] {2,3}\S/m,
  /^ {0,3}\d{1,3}\. {1,2}\S/m,
  /\*\*[^\s*]/,
  /__[^\s_]/,
  /\]\([^\s)]/,
  /\\[\\`*_{}[\]()#+\-.!|>~]/,
  /`[^`\n]+`/,
  /(?:^|\s)_[^\s_][^_\n]*_(?:$|[\s.,;:!?])/m,
];

const ENOUGH_TAGS = 2;

/**
 * Tells how a posting body is written. HTML needs closing tags or line breaks (`</p>`,
 * `<br>`), raw or entity-escaped as some ATS APIs send it (`&lt;p&gt;...&lt;/p&gt;`); markdown
 * needs one of its marks (`## `, `**`, `[text](url)`, `\*`...); anything else is text.
 */
export function detectFormat(body: string): Format {
  const tags = countTags(body, "<");
  if (tags >= ENOUGH_TAGS || (tags === 1 && startsWithTag(body, "<"))) return "html";
  const escaped = countTags(body, "&lt;");
  if (escaped >= ENOUGH_TAGS || (escaped === 1 && startsWithTag(body, "&lt;"))) return "html";
  for (const sign of MARKDOWN_SIGNS) if (sign.test(body)) return "markdown";
  return "text";
}

/** True when an HTML body has its markup entity-escaped (more `&lt;tag` than `<tag`). */
export function isEntityEscapedHtml(body: string): boolean {
  return countTags(body, "&lt;") > countTags(body, "<");
}

/**
 * Counts closing tags and `<br>`s of known elements, opened by `open` (`<` or `&lt;`),
 * stopping early once the answer is clear.
 */
function countTags(body: string, open: string): number {
  let count = 0;
  let at = body.indexOf(open);
  while (at >= 0 && count < ENOUGH_TAGS + 1) {
    let i = at + open.length;
    const closing = body.charCodeAt(i) === 0x2f;
    if (closing) i++;
    const nameStart = i;
    while (i < body.length && i - nameStart <= 10 && isAsciiAlphanumeric(body.charCodeAt(i))) i++;
    const name = body.slice(nameStart, i).toLowerCase();
    if ((closing || name === "br") && HTML_TAGS.has(name) && endsTagName(body, i, open)) count++;
    at = body.indexOf(open, i);
  }
  return count;
}

function startsWithTag(body: string, open: string): boolean {
  const trimmed = body.trimStart();
  if (!trimmed.startsWith(open)) return false;
  let i = open.length;
  while (i < trimmed.length && isAsciiAlphanumeric(trimmed.charCodeAt(i))) i++;
  return (
    HTML_TAGS.has(trimmed.slice(open.length, i).toLowerCase()) && endsTagName(trimmed, i, open)
  );
}

function endsTagName(body: string, at: number, open: string): boolean {
  const code = body.charCodeAt(at);
  if (code === 0x20 || code === 0x2f || code === 0x0a || code === 0x09) return true;
  return open === "<" ? code === 0x3e : body.startsWith("&gt;", at);
}

function isAsciiAlphanumeric(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
