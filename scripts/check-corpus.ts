/**
 * Checks the project's own fixture corpus (corpus/): every posting has board front matter in the
 * board's field order, every label line is well formed by ../shared/LABELING.md, every
 * experiencePhrase occurs verbatim in its body, and every `mentioned` tag is backed by a span of
 * the posting's visible text.
 *
 * Usage: npx tsx scripts/check-corpus.ts [corpusDir]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { decodeHTML } from "entities";
import matter from "gray-matter";
import { z } from "zod";
import { REGION_NAMES } from "../src/classify/regions";
import { BOARD_FIELDS } from "../src/formats/board-fields";
import {
  AREAS,
  CATEGORIES,
  EMPLOYMENT_TYPES,
  JOB_TYPES,
  REMOTE_POLICIES,
  SENIORITIES,
} from "../src/schema/enums";
import { SalarySchema } from "../src/schema/result";

const REGIONS = new Set<string>(REGION_NAMES);
const COUNTRY_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

const TECH_TAG = /^#[a-z0-9]+$/;
const AREA_SET = new Set<string>(AREAS);

const LabelSchema = z
  .object({
    file: z.string().regex(/^postings\/[a-z0-9-]+\.md$/),
    mentioned: z.array(z.string().regex(TECH_TAG)),
    spoken: z.array(z.string().regex(/^[a-z]+$/)),
    areas: z.array(z.enum(AREAS)).min(1).max(4),
    core: z.array(z.string()).min(3).max(8),
    jobType: z.enum(JOB_TYPES),
    category: z.enum(CATEGORIES),
    seniority: z.enum(SENIORITIES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    remote: z.enum(REMOTE_POLICIES),
    remoteRegions: z.array(
      z.string().refine((region) => REGIONS.has(region) || COUNTRY_NAME.test(region)),
    ),
    salary: SalarySchema.nullable(),
    yearsExperience: z.number().int().min(0).max(40).nullable(),
    experiencePhrase: z.string().min(1).max(140).nullable(),
    role: z
      .string()
      .min(1)
      .refine((role) => role === role.toLowerCase() && !/[()]/.test(role)),
  })
  .strict();

type Label = z.infer<typeof LabelSchema>;

/**
 * Surface forms for tags whose text differs from the tag name, or whose name is also an ordinary
 * word (matched case-sensitively so that "excel at" or "linear algebra" do not count).
 */
const SURFACES: Record<string, RegExp> = {
  "#abtesting": /\bA\/B test/i,
  "#beam": /\bBEAM\b/,
  "#c": /\bC\b(?![#+\\])/,
  "#cicd": /CI\/CD|continuous integration|\bCI pipelines?\b|\bGitLab CI\b/i,
  "#cplusplus": /C\+\+/,
  "#csharp": /\bC#/,
  "#d3": /\bD3\b/,
  "#dotnet": /\.NET\b/,
  "#dots": /\bDOTS\b/,
  "#eas": /\bEAS\b/,
  "#golang": /\bGo\b/,
  "#nuxtjs": /\bNuxt\b/,
  "#postgresql": /\bPostgre(?:SQL|s)\b/,
  "#reactjs": /\bReact\b(?! Native| Query| Testing)/,
  "#rest": /\bREST(?:ful)?\b/,
  "#rstats": /\bR\b(?!&)/,
  "#rubylang": /\bRuby\b/,
  "#rustlang": /\bRust\b/,
  "#sass": /\bS[Aa]ss\b|\bSCSS\b/,
  "#sem": /\bpaid search\b|\bSEM\b/i,
  "#vuejs": /\bVue(?:\.js)?\b/,
  "#weightsandbiases": /\bWeights & Biases\b/,
};

/** Tag names that are everyday words: a mention must be capitalised as a product name. */
const CASE_SENSITIVE = new Set([
  "#bloc",
  "#challenger",
  "#chef",
  "#combine",
  "#detox",
  "#drift",
  "#excel",
  "#expo",
  "#git",
  "#helm",
  "#hive",
  "#linear",
  "#maze",
  "#nerves",
  "#notion",
  "#oban",
  "#outreach",
  "#pact",
  "#pest",
  "#provider",
  "#rails",
  "#room",
  "#sketch",
  "#spring",
  "#stimulus",
  "#swift",
  "#turbo",
  "#unity",
]);

function surfaceOf(tag: string): RegExp {
  const explicit = SURFACES[tag];
  if (explicit) return explicit;
  const name = tag.slice(1);
  if (CASE_SENSITIVE.has(tag)) {
    return new RegExp(`\\b${name[0]?.toUpperCase()}${name.slice(1)}\\b`);
  }
  // "googleanalytics" must match "Google Analytics", "nodejs" "Node.js", "canbus" "CAN bus".
  const letters = [...name].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b${letters.join("[\\s.-]?")}(?:e?s)?\\b`, "i");
}

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/gi;
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|h[1-6]|br)\b[^>]*>/gi;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!])/g;

/** The posting as a reader sees it: ATS HTML decoded and stripped, markdown escapes removed. */
function visibleText(body: string): string {
  let text = body;
  if (/&lt;\/?[a-z]/i.test(text)) text = decodeHTML(text);
  if (/<\/?(?:p|div|ul|li|br|b|strong)\b/i.test(text)) {
    text = decodeHTML(text.replace(BLOCK_TAG, "\n").replace(HTML_TAG, ""));
  }
  return text.replace(MARKDOWN_ESCAPE, "$1").replace(/\u00a0/g, " ");
}

function checkFrontMatter(file: string, data: Record<string, unknown>, problems: string[]): void {
  const keys = Object.keys(data);
  if (keys.join(",") !== BOARD_FIELDS.join(",")) {
    problems.push(`${file}: front matter keys ${keys.join(",")}`);
  }
  for (const empty of ["hashtags", "jobType", "summary", "summaryBackup"] as const) {
    if (data[empty] !== "") problems.push(`${file}: ${empty} must be ""`);
  }
  if (data.featured !== false || data.archived !== false) {
    problems.push(`${file}: featured and archived must be false`);
  }
  if (typeof data.timestamp !== "number" || !Number.isInteger(data.timestamp)) {
    problems.push(`${file}: timestamp must be milliseconds`);
  }
  for (const text of ["title", "location", "companyName", "url", "applyUrl"] as const) {
    if (typeof data[text] !== "string" || data[text] === "") {
      problems.push(`${file}: ${text} missing`);
    }
  }
}

function checkLabel(label: Label, title: string, body: string, problems: string[]): void {
  const { file } = label;
  const text = `${title}\n${visibleText(body)}`;
  for (const tag of label.mentioned) {
    if (!surfaceOf(tag).test(text)) problems.push(`${file}: no span for ${tag}`);
  }
  if (new Set(label.mentioned).size !== label.mentioned.length) {
    problems.push(`${file}: duplicate mentioned tags`);
  }
  const publishable = new Set([...label.mentioned, ...label.areas.map((area) => `#${area}`)]);
  for (const tag of label.core) {
    if (!publishable.has(tag)) problems.push(`${file}: core ${tag} not in mentioned or areas`);
  }
  if (new Set(label.core).size !== label.core.length) problems.push(`${file}: duplicate core`);
  for (const area of label.areas) {
    if (!AREA_SET.has(area)) problems.push(`${file}: unknown area ${area}`);
  }
  if (label.remote !== "remote" && label.remoteRegions.length > 0) {
    problems.push(`${file}: remoteRegions given for a ${label.remote} role`);
  }
  const phrase = label.experiencePhrase;
  if (phrase !== null && (!body.includes(phrase) || !text.includes(phrase))) {
    problems.push(`${file}: experiencePhrase not verbatim in body: ${phrase}`);
  }
  const { salary } = label;
  if (salary && salary.min !== null && salary.max !== null && salary.min > salary.max) {
    problems.push(`${file}: salary min > max`);
  }
}

function main(): void {
  const corpusDir = resolve(process.argv[2] ?? "corpus");
  const problems: string[] = [];
  const lines = readFileSync(join(corpusDir, "expected.jsonl"), "utf8").split("\n");
  const labelled = new Set<string>();
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = LabelSchema.safeParse(JSON.parse(line));
    if (!parsed.success) {
      problems.push(`expected.jsonl:${index + 1}: ${parsed.error.message}`);
      return;
    }
    const label = parsed.data;
    if (labelled.has(label.file)) problems.push(`${label.file}: labelled twice`);
    labelled.add(label.file);
    let raw: string;
    try {
      raw = readFileSync(join(corpusDir, label.file), "utf8");
    } catch {
      problems.push(`${label.file}: file missing`);
      return;
    }
    const { data, content } = matter(raw);
    checkFrontMatter(label.file, data, problems);
    checkLabel(label, String(data.title ?? ""), content, problems);
  });
  for (const name of readdirSync(join(corpusDir, "postings"))) {
    if (!labelled.has(`postings/${name}`)) problems.push(`postings/${name}: no label line`);
  }
  for (const problem of problems) console.error(problem);
  console.log(`${labelled.size} labelled postings, ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main();
