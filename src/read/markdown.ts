import type matterType from "gray-matter";
import { JobtagsError } from "../errors";
import { lazyModule } from "./lazy-module";
import type { ParsedRecord } from "./types";

const matter = lazyModule<typeof matterType>("gray-matter");

/** Posting fields taken from the front matter when they are strings (numbers are stringified). */
const POSTING_FIELDS = ["title", "companyName", "location", "url"] as const;

/**
 * Passing options (even empty) stops gray-matter from caching every parsed file by its text,
 * which would keep a whole directory of postings in memory.
 */
const MATTER_OPTIONS = {};

/** First ATX heading (`# Title`) among the first lines of a markdown text. */
function firstHeading(text: string): string | undefined {
  let start = 0;
  for (let scanned = 0; scanned < 40 && start < text.length; scanned += 1) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.startsWith("#")) {
      const heading = line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "");
      if (heading !== line && heading !== "") return heading;
    }
    start = end + 1;
  }
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * A board markdown file: YAML front matter (title, companyName, location, url, ...) and the
 * posting body after it, byte for byte. Without a front matter title the first heading, then
 * the file's stem, is the title.
 */
export function parseMarkdownPosting(text: string, id: string): ParsedRecord {
  let data: Record<string, unknown>;
  let body: string;
  try {
    const file = matter()(text, MATTER_OPTIONS);
    data = (file.data ?? {}) as Record<string, unknown>;
    body = file.content;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new JobtagsError("invalid-input", `front matter is not valid YAML: ${reason}`, {
      field: "frontMatter",
      record: id,
    });
  }
  const fields: Record<string, unknown> = { ...data };
  const posting: Record<string, unknown> = {
    id: typeof data.id === "string" ? data.id : id,
  };
  for (const key of POSTING_FIELDS) {
    const value = asText(data[key]);
    if (value !== undefined) posting[key] = value;
    else if (data[key] !== undefined && data[key] !== null) posting[key] = data[key];
  }
  if (posting.title === undefined) posting.title = firstHeading(body) ?? id;
  posting.body = body;
  for (const key of POSTING_FIELDS) if (posting[key] !== undefined) fields[key] = posting[key];
  return { posting, fields, id: posting.id as string, body };
}
