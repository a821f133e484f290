/**
 * Summary templates: the built-in families, validation of caller templates, the deterministic
 * choice, and rendering with articles fixed by sound.
 *
 * Every built-in template ends the role's sentence right after `{role}` ("... for a {role}."),
 * so a role with its own comma ("senior engineer, platform") never runs into the next words.
 */

import { JobtagsError } from "../errors";
import type { Category } from "../schema/enums";
import { indefiniteArticle } from "./article";

export const PLACEHOLDERS = ["company", "role", "phrase", "hashtags", "category"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** Summaries built on the experience phrase, in the board's "If you have ..." style. */
export const SUMMARY_TEMPLATES: readonly string[] = [
  "If you have {phrase}, {company} has a job opening for a {role}.",
  "{company} is hiring a {role}. If you have {phrase}, consider applying.",
  "Interested in a new challenge and have {phrase}? {company} is looking for a {role}.",
  "Have {phrase}? {company} has an opening for a {role}.",
  "{company} wants to hire a {role}. If you have {phrase}, this job could be for you.",
  "If you have {phrase}, consider this opening for a {role}.",
  "Have {phrase}? Take a look at this job opening for a {role}.",
  "Interested in a new challenge and have {phrase}? Check out this opening for a {role}.",
];

/** Summaries for postings without a usable phrase: built on the top hashtags. */
export const SUMMARY_FALLBACK_TEMPLATES: readonly string[] = [
  "Love {hashtags}? {company} has a job opening for a {role}.",
  "Excited about {hashtags}? {company} is looking for a {role}.",
  "Love {hashtags}? Check out this job post for a {role}.",
  "Excited about {hashtags}? Take a look at this opening for a {role}.",
];

/** Backups: no phrase, so they survive when the phrase cannot be shown. */
export const BACKUP_TEMPLATES: readonly string[] = [
  "Into {hashtags}? {company} is hiring a {role}.",
  "{company} is hiring a {role}. Check out this job post if you love {hashtags}!",
  "Know your way around {hashtags}? {company} is looking for a {role}.",
  "Looking for a {category} job? {company} is hiring a {role}.",
  "Into {hashtags}? Check out this opening for a {role}.",
  "Know your way around {hashtags}? Take a look at this job post for a {role}.",
  "Looking for a {category} job? Check out this opening for a {role}.",
];

/** The last resort, for postings with nothing but a title (or not even that). */
export const MINIMAL_TEMPLATES: readonly string[] = [
  "{company} has a job opening for a {role}.",
  "{company} is hiring a {role}. Check out this job post!",
  "Check out this job opening for a {role}.",
  "Take a look at this new opening for a {role}.",
  "{company} has a new job opening. Check out this job post!",
  "{company} is hiring. Take a look at this job post!",
  "Check out this new job opening!",
  "Take a look at this job post!",
];

/** How a category reads inside a sentence; "other" has no wording and makes `{category}` unavailable. */
export const CATEGORY_WORDS: Readonly<Record<Category, string | undefined>> = {
  engineering: "engineering",
  "devops-sre": "DevOps and SRE",
  "data-ml": "data and machine learning",
  qa: "QA",
  security: "security",
  design: "design",
  product: "product",
  "project-management": "project management",
  marketing: "marketing",
  sales: "sales",
  "customer-support": "customer support",
  "hr-recruiting": "HR and recruiting",
  "finance-legal": "finance and legal",
  "operations-admin": "operations",
  "writing-content": "writing and content",
  education: "education",
  other: undefined,
};

/**
 * How much a placeholder is worth when a template uses it: among templates whose placeholders
 * are all available, the richest are tried first (a summary that names the company beats one
 * that does not).
 */
const WEIGHT: Record<Placeholder, number> = {
  phrase: 8,
  company: 4,
  role: 2,
  hashtags: 1,
  category: 1,
};

/** A placeholder slot with what the text before it says about it, worked out once. */
interface Slot {
  placeholder: Placeholder;
  /** The literal before the slot ended with this article, now removed: it is chosen by sound. */
  article: "a" | "A" | undefined;
  /** The slot opens a sentence, so a lower-case value gets a capital. */
  opensSentence: boolean;
}

export interface Template {
  source: string;
  /** Literal text and slots in order. */
  parts: Array<string | Slot>;
  /** The placeholders it uses, as PLACEHOLDER_BIT bits. */
  mask: number;
  weight: number;
  /**
   * How much `{company}` opening a sentence weighs against the template for a lower-case brand
   * ("komoot is hiring"), in half points: 2 when it opens the line, 1 a later sentence, else 0.
   * Halves keep the field a small integer: holding both 1 and 0.5 gave templates two shapes.
   */
  lowerCaseCompanyHalves: number;
}

const TOKEN = /\{([^{}]*)\}|[{}]/g;
const ARTICLE_BEFORE = /(^|[\s(])(a|an|A|An) $/;
const SENTENCE_START = /(?:^|[.!?]\s+)$/;

/**
 * Parses a template. Throws JobtagsError `invalid-template` naming the unknown placeholder or
 * the unmatched brace; `field` says which option holds it (`templates.summary.0`).
 */
export function compileTemplate(source: string, field = "template"): Template {
  const parts: Template["parts"] = [];
  const uses = new Set<Placeholder>();
  let lowerCaseCompanyHalves = 0;
  let last = 0;
  let before = "";
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match !== null; match = TOKEN.exec(source)) {
    const name = match[1];
    if (name === undefined) {
      throw new JobtagsError(
        "invalid-template",
        `jobtags: template ${JSON.stringify(source)} has an unmatched "${match[0]}" at ${match.index}`,
        { field },
      );
    }
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new JobtagsError(
        "invalid-template",
        `jobtags: template ${JSON.stringify(source)} uses unknown placeholder {${name}}; expected one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`,
        { field },
      );
    }
    const placeholder = name as Placeholder;
    let literal = source.slice(last, match.index);
    before += literal;
    const opensSentence = SENTENCE_START.test(before);
    const article = ARTICLE_BEFORE.exec(literal);
    if (article !== null)
      literal = literal.slice(0, literal.length - (article[2] ?? "").length - 1);
    if (literal !== "") parts.push(literal);
    parts.push({
      placeholder,
      article: article === null ? undefined : article[2]?.charAt(0) === "A" ? "A" : "a",
      opensSentence,
    });
    if (placeholder === "company" && opensSentence) {
      lowerCaseCompanyHalves = Math.max(lowerCaseCompanyHalves, before === "" ? 2 : 1);
    }
    uses.add(placeholder);
    before += `{${placeholder}}`;
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  let weight = 0;
  let mask = 0;
  for (const placeholder of uses) {
    weight += WEIGHT[placeholder];
    mask |= PLACEHOLDER_BIT[placeholder];
  }
  return { source, parts, mask, weight, lowerCaseCompanyHalves };
}

export function compileTemplates(sources: readonly string[], field: string): Template[] {
  return sources.map((source, index) => compileTemplate(source, `${field}.${index}`));
}

/** A bit for each placeholder, as in `Template.mask`. */
export const PLACEHOLDER_BIT: Readonly<Record<Placeholder, number>> = {
  company: 1,
  role: 2,
  phrase: 4,
  hashtags: 8,
  category: 16,
};

/** The placeholders that have a value (a non-empty one), as PLACEHOLDER_BIT bits. */
export function placeholdersWithValues(values: PlaceholderValues): number {
  let mask = 0;
  if (values.company) mask |= PLACEHOLDER_BIT.company;
  if (values.role) mask |= PLACEHOLDER_BIT.role;
  if (values.phrase) mask |= PLACEHOLDER_BIT.phrase;
  if (values.hashtags) mask |= PLACEHOLDER_BIT.hashtags;
  if (values.category) mask |= PLACEHOLDER_BIT.category;
  return mask;
}

/** True when a brand written in lower case ("komoot") fills `{company}`. */
export function isLowerCaseCompany(values: PlaceholderValues): boolean {
  const company = values.company ?? "";
  return company !== "" && company.charAt(0) !== company.charAt(0).toUpperCase();
}

/**
 * The templates that fit, richest first; within a weight the order is rotated by `hash`, so
 * each posting gets its own deterministic pick. A lower-case brand ("komoot") should not open
 * a sentence, so templates doing that come after the others of their weight.
 */
export function orderTemplates(
  templates: readonly Template[],
  values: PlaceholderValues,
  hash: number,
): Template[] {
  return orderFitting(templates, placeholdersWithValues(values), isLowerCaseCompany(values), hash);
}

/** Orders worked out so far, by template array (built-in and caller arrays are reused), then by key. */
const orderings = new WeakMap<readonly Template[], Map<number, readonly Template[]>>();

/**
 * `orderTemplates` for templates that are used again and again: the order depends only on
 * which placeholders have values, the company's case and the rotation, so it is kept (at most
 * 32 × 2 × templates.length orders for each array). The result must not be changed.
 */
export function orderTemplatesShared(
  templates: readonly Template[],
  available: number,
  lowerCompany: boolean,
  hash: number,
): readonly Template[] {
  let count = 0;
  for (const template of templates) if ((template.mask & ~available) === 0) count++;
  const shift = count === 0 ? 0 : hash % count;
  const key = available | (lowerCompany ? 32 : 0) | (shift << 6);
  let byKey = orderings.get(templates);
  if (byKey === undefined) {
    byKey = new Map();
    orderings.set(templates, byKey);
  }
  let ordered = byKey.get(key);
  if (ordered === undefined) {
    ordered = orderFitting(templates, available, lowerCompany, shift);
    byKey.set(key, ordered);
  }
  return ordered;
}

function orderFitting(
  templates: readonly Template[],
  available: number,
  lowerCompany: boolean,
  hash: number,
): Template[] {
  const fitting: Template[] = [];
  const weights: number[] = [];
  for (const template of templates) {
    if ((template.mask & ~available) !== 0) continue;
    fitting.push(template);
    weights.push(template.weight - (lowerCompany ? template.lowerCaseCompanyHalves * 0.5 : 0));
  }
  const count = fitting.length;
  const shift = count === 0 ? 0 : hash % count;
  const ranks = fitting.map((_, index) => (index - shift + count) % count);
  const order = fitting.map((_, index) => index);
  // Insertion sort: a handful of templates, and no closure allocation per comparison.
  for (let i = 1; i < count; i++) {
    const current = order[i] as number;
    let j = i - 1;
    while (j >= 0 && comesAfter(order[j] as number, current, weights, ranks)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = current;
  }
  if (count === 0) return NO_TEMPLATES;
  const ordered: Template[] = [];
  for (const index of order) ordered.push(fitting[index] as Template);
  return ordered;
}

/**
 * An empty list with the array shape of a filled one (`[].map` gives another shape): the loop
 * in `visitRenderings` was deoptimized by "wrong map" when the first empty list reached it.
 */
const NO_TEMPLATES: Template[] = [null as unknown as Template].slice(1);

function comesAfter(a: number, b: number, weights: number[], ranks: number[]): boolean {
  const weightA = weights[a] as number;
  const weightB = weights[b] as number;
  if (weightA !== weightB) return weightA < weightB;
  return (ranks[a] as number) > (ranks[b] as number);
}

/** Fills a template; "a"/"an" before a placeholder follows the sound of its value. */
export function renderTemplate(template: Template, values: PlaceholderValues): string {
  let out = "";
  for (const part of template.parts) {
    if (typeof part === "string") {
      // "Inc." or "Yahoo!" followed by the template's own period: keep one mark.
      out +=
        part.charCodeAt(0) === 46 && isEndMark(out.charCodeAt(out.length - 1))
          ? part.slice(1)
          : part;
      continue;
    }
    let value = values[part.placeholder] ?? "";
    if (part.article !== undefined) {
      const article = indefiniteArticle(value);
      out += part.article === "A" ? (article === "a" ? "A " : "An ") : `${article} `;
    }
    if (part.opensSentence && part.placeholder !== "company" && part.placeholder !== "hashtags") {
      value = capitalizeFirstWord(value);
    }
    out += value;
  }
  return out;
}

function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** An ordinary lower-case first word ("senior"), not a name's own spelling ("iOS", "node.js"). */
const LOWER_CASE_WORD = /^[a-z]+(?![\w.+#])/;

/** "senior engineer" → "Senior engineer"; "iOS developer" stays as it is. */
function capitalizeFirstWord(value: string): string {
  const first = value.charCodeAt(0);
  if (first < 97 || first > 122) return value;
  if (!LOWER_CASE_WORD.test(value)) return value;
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** "#a", "#a and #b", "#a, #b and #c". */
export function formatHashtags(hashtags: readonly string[]): string {
  const count = hashtags.length;
  if (count <= 1) return hashtags[0] ?? "";
  let out = hashtags[0] as string;
  for (let i = 1; i < count - 1; i++) out += `, ${hashtags[i]}`;
  return `${out} and ${hashtags[count - 1]}`;
}

/** FNV-1a, 32 bits: a stable, fast hash for choosing templates. */
export function hashString(text: string): number {
  return continueHash(0x811c9dc5, text);
}

/** `hashString(a + text)` from `hashString(a)`. */
export function continueHash(hashOfPrefix: number, text: string): number {
  let hash = hashOfPrefix;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
