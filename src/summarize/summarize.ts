import { JobtagsError } from "../errors";
import { companyDisplayName } from "./company";
import { type ExperiencePhraseList, experiencePhrases } from "./phrase";
import { isCleanSentence } from "./punctuation";
import { cleanRoleOf } from "./role";
import {
  BACKUP_TEMPLATES,
  CATEGORY_WORDS,
  compileTemplates,
  continueHash,
  formatHashtags,
  hashString,
  isLowerCaseCompany,
  MINIMAL_TEMPLATES,
  orderTemplatesShared,
  PLACEHOLDER_BIT,
  type PlaceholderValues,
  placeholdersWithValues,
  renderTemplate,
  SUMMARY_FALLBACK_TEMPLATES,
  SUMMARY_TEMPLATES,
  type Template,
} from "./templates";
import type { Summaries, SummaryInput, SummaryOptions } from "./types";
import { PROPER_NOUNS } from "./words";

const DEFAULT_MAX_LENGTH = 280;
/** Below this even the shortest built-in line ("Take a look at this job post!") cannot fit. */
const MIN_MAX_LENGTH = 30;
/** Phrases tried, best first, when the best one makes every template too long. */
const PHRASES_TRIED = 3;
const HASHTAGS_SHOWN = 3;

const DEFAULT_SUMMARY = compileTemplates(SUMMARY_TEMPLATES, "SUMMARY_TEMPLATES");
const SUMMARY_FALLBACK = compileTemplates(SUMMARY_FALLBACK_TEMPLATES, "SUMMARY_FALLBACK_TEMPLATES");
const DEFAULT_BACKUP = compileTemplates(BACKUP_TEMPLATES, "BACKUP_TEMPLATES");
const MINIMAL = compileTemplates(MINIMAL_TEMPLATES, "MINIMAL_TEMPLATES");

/** Caller templates are usually one array reused for every posting: compile it once. */
const compiledCallerTemplates = new WeakMap<readonly string[], Template[]>();

/**
 * One-line summaries of a posting: `summary` (built on the key experience phrase when there
 * is one, else on the top hashtags), a different `summaryBackup`, and `variants` on request.
 * Both lines name the company when it is known (never an invented one) and the role, use
 * articles by sound, are at most `maxLength` characters and end with one ".", "!" or "?".
 */
export function summarize(input: SummaryInput, options: SummaryOptions = {}): Summaries {
  const maxLength = readMaxLength(options.maxLength);
  const variantCount = readVariants(options.variants);
  const summaryTemplates =
    callerTemplates(options.templates?.summary, "templates.summary") ?? DEFAULT_SUMMARY;
  const backupTemplates =
    callerTemplates(options.templates?.backup, "templates.backup") ?? DEFAULT_BACKUP;

  const company = companyDisplayName(input.companyName);
  const role = cleanRoleOf(input.title, input.companyName, company);
  const phrases = experiencePhrases(input.text, {
    yearsExperience: input.yearsExperience,
    limit: PHRASES_TRIED,
  });
  // Lines show at most HASHTAGS_SHOWN of them.
  const hashtags = cleanHashtags(input.hashtags, HASHTAGS_SHOWN);
  const values: Fill = {
    base: {
      company,
      role: role === "" ? undefined : role,
      category: CATEGORY_WORDS[input.category],
    },
    phrases,
    inSentence: undefined,
    body: input.text.original,
    hashtags,
    shownHashtags: hashtags.length > 0 ? formatHashtags(hashtags) : undefined,
    maxLength,
  };

  const hash = hashString(`${input.title}\u0000${company ?? ""}\u0000${options.seed ?? ""}`);
  const backupHash = continueHash(hash, "\u0000backup");
  const summarySources = [summaryTemplates, SUMMARY_FALLBACK, MINIMAL];
  const backupSources = [backupTemplates, MINIMAL];

  let summary: string | undefined;
  visitRenderings(summarySources, values, hash, (line) => {
    summary = line;
    return true;
  });
  summary ??= lastResort(values, "");
  const chosenSummary = summary;
  let summaryBackup: string | undefined;
  visitRenderings(backupSources, values, backupHash, (line) => {
    if (line === chosenSummary) return false;
    summaryBackup = line;
    return true;
  });
  summaryBackup ??= lastResort(values, chosenSummary);
  if (variantCount === 0) return { summary: chosenSummary, summaryBackup };

  const variants: string[] = [];
  visitRenderings([...summarySources, ...backupSources], values, hash, (line) => {
    if (!variants.includes(line)) variants.push(line);
    return variants.length === variantCount;
  });
  return { summary: chosenSummary, summaryBackup, variants };
}

interface Fill {
  base: PlaceholderValues;
  /** Phrases as found (on first use); `inSentence` holds them as they read in a sentence. */
  phrases: ExperiencePhraseList;
  /**
   * Made on first use, but the key is there from the start: a key added later gave fills two
   * shapes, and `visitRenderings` was recompiled when the second reached it.
   */
  inSentence: Array<string | undefined> | undefined;
  body: string;
  hashtags: string[];
  /** The hashtags as a line shows them ("#a, #b and #c"); undefined when there are none. */
  shownHashtags: string | undefined;
  maxLength: number;
}

/**
 * Offers every clean rendering that fits to `visit`, best first, until `visit` returns true:
 * for each source in turn, the best phrase across the ordered templates, then the next
 * phrase; fewer hashtags only when three make the line too long.
 */
function visitRenderings(
  sources: Template[][],
  fill: Fill,
  hash: number,
  visit: (line: string) => boolean,
): void {
  const values: PlaceholderValues = {
    company: fill.base.company,
    role: fill.base.role,
    category: fill.base.category,
    phrase: phraseAt(fill, 0),
    hashtags: fill.shownHashtags,
  };
  const available = placeholdersWithValues(values);
  const lowerCompany = isLowerCaseCompany(values);
  for (const source of sources) {
    const ordered = orderTemplatesShared(source, available, lowerCompany, hash);
    // The first phrase's turn comes even when there is none; later ones only if they exist.
    for (let p = 0; p === 0 || fill.phrases.at(p) !== undefined; p++) {
      values.phrase = phraseAt(fill, p);
      for (const template of ordered) {
        if (p > 0 && (template.mask & PLACEHOLDER_BIT.phrase) === 0) continue;
        const line = renderFitting(template, values, fill);
        if (line !== undefined && visit(line)) return;
      }
    }
    values.phrase = phraseAt(fill, 0);
  }
}

function phraseAt(fill: Fill, index: number): string | undefined {
  const phrase = fill.phrases.at(index)?.text;
  if (phrase === undefined) return undefined;
  fill.inSentence ??= [];
  let inSentence = fill.inSentence[index];
  if (inSentence === undefined) {
    inSentence = phraseInSentence(phrase, fill.body);
    fill.inSentence[index] = inSentence;
  }
  return inSentence;
}

function renderFitting(
  template: Template,
  values: PlaceholderValues,
  fill: Fill,
): string | undefined {
  if ((template.mask & PLACEHOLDER_BIT.hashtags) === 0)
    return accept(renderTemplate(template, values), fill.maxLength);
  const shown = values.hashtags;
  let line: string | undefined;
  for (
    let count = Math.min(HASHTAGS_SHOWN, fill.hashtags.length);
    count >= 1 && line === undefined;
    count--
  ) {
    if (count < HASHTAGS_SHOWN) values.hashtags = formatHashtags(fill.hashtags.slice(0, count));
    line = accept(renderTemplate(template, values), fill.maxLength);
  }
  values.hashtags = shown;
  return line;
}

function accept(line: string, maxLength: number): string | undefined {
  return line.length <= maxLength && isCleanSentence(line) ? line : undefined;
}

/**
 * Only reached when `maxLength` is too short for every template: the shortest minimal line,
 * cut after a whole word and closed with a period.
 */
function lastResort(fill: Fill, unlike: string): string {
  const lines = MINIMAL.map((template) => renderTemplate(template, { ...fill.base }))
    .filter((line) => line !== unlike && isCleanSentence(line))
    .sort((a, b) => a.length - b.length);
  for (const line of lines) {
    const words = line.slice(0, -1).split(" ");
    while (words.length > 1) {
      const cut = `${words.join(" ").replace(/[\s,;:.!?]+$/, "")}.`;
      if (
        cut.length <= fill.maxLength &&
        cut !== unlike &&
        !/\s(?:a|an|the|of|for|at|and|or|this|is|has)\.$/i.test(cut) &&
        isCleanSentence(cut)
      ) {
        return cut;
      }
      words.pop();
    }
  }
  return unlike === "Hiring now." ? "Now hiring." : "Hiring now.";
}

function callerTemplates(sources: string[] | undefined, field: string): Template[] | undefined {
  if (sources === undefined) return undefined;
  if (!Array.isArray(sources) || sources.some((source) => typeof source !== "string")) {
    throw new JobtagsError("invalid-options", `jobtags: ${field} must be an array of strings`, {
      field,
    });
  }
  if (sources.length === 0) return undefined;
  let compiled = compiledCallerTemplates.get(sources);
  if (compiled === undefined) {
    compiled = compileTemplates(sources, field);
    compiledCallerTemplates.set(sources, compiled);
  }
  return compiled;
}

function readMaxLength(maxLength: number | undefined): number {
  if (maxLength === undefined) return DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < MIN_MAX_LENGTH) {
    throw new JobtagsError(
      "invalid-options",
      `jobtags: maxLength must be an integer of at least ${MIN_MAX_LENGTH}, got ${String(maxLength)}`,
      { field: "maxLength" },
    );
  }
  return maxLength;
}

function readVariants(variants: number | undefined): number {
  if (variants === undefined) return 0;
  if (!Number.isInteger(variants) || variants < 0) {
    throw new JobtagsError(
      "invalid-options",
      `jobtags: variants must be a whole number of at least 0, got ${String(variants)}`,
      { field: "variants" },
    );
  }
  return variants;
}

/** Drops empty and repeated tags and makes sure each starts with "#"; the first `limit` of them. */
function cleanHashtags(hashtags: readonly string[], limit: number): string[] {
  const clean: string[] = [];
  for (const raw of hashtags) {
    if (clean.length === limit) break;
    const tag = raw.trim();
    if (tag === "" || tag === "#") continue;
    const hashtag = tag.startsWith("#") ? tag : `#${tag}`;
    if (!clean.includes(hashtag)) clean.push(hashtag);
  }
  return clean;
}

/** A capitalised first word: "Experience", "A" (but not "C++", "iOS", "AWS"). */
const FIRST_WORD = /(?:[A-Z][a-z]+|A)(?![\w.+#])/y;
/** Words that open a phrase only because they open its sentence: "Experience with Go". */
const SENTENCE_CASED =
  /^(?:experience|expertise|knowledge|background|understanding|familiarity|proficiency|fluency|command|mastery|exposure|history|at|a|an|the|some|several|multiple|many|few|over|more|around|approximately|about|minimum|solid|strong|deep|proven|extensive|excellent|good|great|significant|substantial|considerable|demonstrable|demonstrated|hands|practical|professional|relevant|previous|prior|recent|real|production|commercial|industry|technical|thorough|broad|expert|advanced|outstanding|exceptional|sound|firm|direct|first|working|past|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/i;

/**
 * The phrase as it reads after "If you have": its first word loses the capital it only had
 * for opening a line ("Experience with Go" → "experience with Go"), while names keep theirs
 * ("Python experience"). A capitalised word the body also writes capitalised mid-sentence is
 * taken for a name.
 */
function phraseInSentence(phrase: string, body: string): string {
  // Both of FIRST_WORD's choices open with a capital.
  const first = phrase.charCodeAt(0);
  if (first < 65 || first > 90) return phrase;
  // Tested rather than executed: no match array is made.
  FIRST_WORD.lastIndex = 0;
  if (!FIRST_WORD.test(phrase)) return phrase;
  const word = phrase.slice(0, FIRST_WORD.lastIndex);
  const lower = word.toLowerCase();
  if (!SENTENCE_CASED.test(word)) {
    if (PROPER_NOUNS.has(lower) || capitalisedMidSentence(word, body)) return phrase;
  }
  return lower + phrase.slice(word.length);
}

/** True when `word` appears capitalised after a lower-case word ("built with Django"). */
function capitalisedMidSentence(word: string, body: string): boolean {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const after = body.charCodeAt(at + word.length);
    if ((after >= 97 && after <= 122) || (after >= 65 && after <= 90)) continue;
    if (at < 2 || body.charAt(at - 1) !== " ") continue;
    let start = at - 1;
    while (start > 0 && body.charAt(start - 1) !== " " && body.charAt(start - 1) !== "\n") start--;
    const previous = body.charCodeAt(start);
    if (previous >= 97 && previous <= 122) return true;
  }
  return false;
}
