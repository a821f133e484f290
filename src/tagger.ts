import {
  type ClassifyInput,
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  detectYearsExperience,
  parseSalary,
  type RemoteClassification,
  type RoleClassification,
  type RoleInput,
} from "./classify/index";
import type { CompiledDictionary } from "./dictionary/compile";
import { buildDictionary, findMentions, getDefaultDictionary } from "./dictionary/index";
import { JobtagsError } from "./errors";
import { type RoleArea, roleAreas } from "./rank/areas";
import { defaultIdfModel } from "./rank/default-model";
import { type IdfModel, parseIdfModel } from "./rank/model";
import { publish, type Ranking } from "./rank/publish";
import { type LocatedMention, type ScoredConcept, scoreConcepts } from "./rank/score";
import { type EmploymentType, FORMATS, type Section, type Seniority } from "./schema/enums";
import {
  type ResolvedTaggerOptions,
  type TaggerOptions,
  TaggerOptionsSchema,
} from "./schema/options";
import { type PostingInput, PostingInputSchema } from "./schema/posting";
import type { Salary, TagResult } from "./schema/result";
import { type SummaryOptions, summarize } from "./summarize/index";
import { compileTemplates } from "./summarize/templates";
import { normalizeBody } from "./text/index";
import type { NormalizedText, TextLine } from "./text/types";

/** A tagger with its dictionary and model compiled once; `tag` is pure and deterministic. */
export interface Tagger {
  /** Tags one posting. Throws `JobtagsError` on invalid input. */
  tag(posting: unknown): TagResult;
  /**
   * Tags many postings, faster than one `tag` call each: they are tagged in groups, one
   * stage at a time. Returns one outcome per posting, in order; a posting that cannot be
   * tagged gets its error in its place and the others go on.
   */
  tagMany(postings: readonly unknown[]): TagOutcome[];
  /** The options in force, defaults filled in. */
  readonly options: ResolvedTaggerOptions;
}

/** What became of one posting given to `tagMany`. */
export type TagOutcome = { ok: true; result: TagResult } | { ok: false; error: Error };

/**
 * How many postings `tagMany` takes through the stages together. Its gain comes from the
 * processor's caches, so a group is small: the group's texts and maps must stay near them too.
 */
const STAGE_BATCH = 32;

/** A posting that passed validation, with its normalized body. */
interface Prepared {
  input: PostingInput;
  text: NormalizedText;
}

/** The fields the body extractors give one posting. */
interface ExtractedFields {
  remote: RemoteClassification;
  years: number | null;
  seniority: Seniority;
  employmentType: EmploymentType;
  salary: Salary | null;
}

function failedOutcome(error: unknown): TagOutcome {
  return {
    ok: false,
    error: error instanceof Error ? error : new Error(String(error)),
  };
}

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".") || "(root)";
}

/** Validates options up front, so a bad option fails at creation, not on the first posting. */
function resolveOptions(options: unknown): ResolvedTaggerOptions {
  const parsed = TaggerOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = `options.${describeIssuePath(issue?.path ?? [])}`;
    throw new JobtagsError("invalid-options", `${field}: ${issue?.message ?? "invalid"}`, {
      field,
    });
  }
  return parsed.data;
}

const OPTIONAL_TEXT_FIELDS = ["id", "companyName", "location", "url"] as const;
/** The schema's keys in its order, the order the parsed posting has them in. */
const POSTING_KEYS = ["id", "title", "companyName", "body", "location", "url", "format"] as const;

/**
 * The posting as `PostingInputSchema` would return it, or undefined when some field is not
 * plainly valid. Checking a handful of `typeof`s costs a fraction of a schema parse, and the
 * schema still parses whatever this declines, so invalid input gets its usual error.
 */
function plainPosting(posting: unknown): PostingInput | undefined {
  if (typeof posting !== "object" || posting === null || Array.isArray(posting)) return undefined;
  const fields = posting as Record<string, unknown>;
  if (typeof fields.title !== "string" || typeof fields.body !== "string") return undefined;
  for (const key of OPTIONAL_TEXT_FIELDS) {
    const value = fields[key];
    if (value !== undefined && typeof value !== "string") return undefined;
  }
  const format = fields.format;
  if (format !== undefined && !(FORMATS as readonly unknown[]).includes(format)) return undefined;
  // Like the schema: a key the posting has (even holding undefined) is kept, others are left out.
  const parsed: Record<string, unknown> = {};
  for (const key of POSTING_KEYS) if (key in fields) parsed[key] = fields[key];
  return parsed as PostingInput;
}

/** Validates one posting, naming the field at fault and the record when it has an id. */
export function parsePosting(posting: unknown): PostingInput {
  const plain = plainPosting(posting);
  if (plain) return plain;
  const parsed = PostingInputSchema.safeParse(posting);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = describeIssuePath(issue?.path ?? []);
  const id =
    typeof posting === "object" &&
    posting !== null &&
    typeof (posting as { id?: unknown }).id === "string"
      ? (posting as { id: string }).id
      : undefined;
  const where = id === undefined ? "" : ` (posting "${id}")`;
  const message =
    typeof posting !== "object" || posting === null || Array.isArray(posting)
      ? `posting must be an object with title and body, got ${Array.isArray(posting) ? "array" : posting === null ? "null" : typeof posting}`
      : `posting field "${field}"${where}: ${issue?.message ?? "invalid"}`;
  throw new JobtagsError("invalid-input", message, {
    field,
    ...(id === undefined ? {} : { record: id }),
  });
}

/**
 * `text` lower-cased, each run of characters other than a-z and 0-9 made one space, with a
 * space at either end: "Chart-Mogul" -> " chart mogul ". No words give "  ".
 */
function spacedWords(text: string): string {
  const lower = text.toLowerCase();
  let words = " ";
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (inWord) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words += words.length > 1 ? ` ${lower.slice(from, i)}` : lower.slice(from, i);
      from = -1;
    }
  }
  return `${words} `;
}

/** A company name as `spacedWords`, with the characters its words start with. */
export interface CompanyWords {
  words: string;
  /** Bit `c` set when a word starts with the ASCII character `c`. */
  wordStarts: Int32Array;
}

export function companyWordsOf(companyName: string | undefined): CompanyWords | undefined {
  if (!companyName) return undefined;
  const words = spacedWords(companyName);
  const wordStarts = new Int32Array(4);
  for (
    let at = words.indexOf(" ");
    at >= 0 && at + 1 < words.length;
    at = words.indexOf(" ", at + 1)
  ) {
    const code = words.charCodeAt(at + 1);
    if (code < 128)
      wordStarts[code >>> 5] = (wordStarts[code >>> 5] as number) | (1 << (code & 31));
  }
  return { words, wordStarts };
}

/**
 * `[a-z0-9]` by character code: a table rather than comparisons, one of which rarely ran and
 * cost `locateMentions` a recompile when it first did.
 */
const LOWER_LETTER_OR_DIGIT = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789") LOWER_LETTER_OR_DIGIT[c.charCodeAt(0)] = 1;

/**
 * A company's own name is not a technology of the job: ChartMogul hiring names ChartMogul
 * throughout, and that says nothing about the stack.
 */
function isOwnName(
  text: string,
  start: number,
  end: number,
  company: CompanyWords | undefined,
): boolean {
  if (!company) return false;
  // Most mentions start with a letter no word of the company name starts with: their words
  // cannot be the name's, and need not be cut out and worked out.
  let first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) first += 32;
  if (
    first < 128 &&
    LOWER_LETTER_OR_DIGIT[first] === 1 &&
    ((company.wordStarts[first >>> 5] as number) & (1 << (first & 31))) === 0
  ) {
    return false;
  }
  const words = spacedWords(text.slice(start, end));
  return words.length > 2 && company.words.includes(words);
}

/**
 * Title mentions, then body mentions, each with its evidence in the posting as given; a
 * mention of the company's own name (`companyWords` from `companyWordsOf`) is left out.
 */
export function locateMentions(
  dictionary: CompiledDictionary,
  title: string,
  text: NormalizedText,
  companyWords: CompanyWords | undefined,
): LocatedMention[] {
  const located: LocatedMention[] = [];
  for (const mention of findMentions(dictionary, title)) {
    if (isOwnName(title, mention.start, mention.end, companyWords)) continue;
    located.push({
      mention,
      evidence: {
        start: mention.start,
        end: mention.end,
        text: title.slice(mention.start, mention.end),
        section: "title",
      },
    });
  }
  const { lines, startOf, endOf, original } = text;
  let line = 0;
  for (const mention of findMentions(dictionary, text.text)) {
    if (isOwnName(text.text, mention.start, mention.end, companyWords)) continue;
    while (line < lines.length - 1 && (lines[line] as TextLine).end < mention.start) line += 1;
    const section: Section = lines[line]?.section ?? "other";
    // A mention is never empty, so its span runs from its first unit's source to its last's.
    const start = startOf[mention.start] as number;
    const end = endOf[mention.end - 1] as number;
    located.push({
      mention,
      evidence: { start, end, text: original.slice(start, end), section },
    });
  }
  return located;
}

/** What `classifyRole` reads: the classify input with the areas and technologies ranked. */
export function roleInputOf(
  input: ClassifyInput,
  scored: readonly ScoredConcept[],
  areas: readonly RoleArea[],
): RoleInput {
  const technologies: NonNullable<RoleInput["tags"]> = [];
  for (const entry of scored) {
    if (entry.concept.kind !== "technology") continue;
    technologies.push({
      hashtag: entry.concept.hashtag,
      score: entry.score,
      software: entry.concept.software,
    });
  }
  return {
    title: input.title,
    text: input.text,
    lineSections: input.lineSections,
    location: input.location,
    areas: areas.map((area) => ({ area: area.area, score: area.score })),
    tags: technologies,
  };
}

/** Compiles the dictionary, model and templates once and returns a reusable tagger. */
export function createTagger(options?: TaggerOptions): Tagger {
  const resolved = resolveOptions(options);
  const dictionary = resolved.dictionary
    ? buildDictionary(resolved.dictionary)
    : getDefaultDictionary();
  const idf: IdfModel =
    resolved.idf === undefined ? defaultIdfModel() : parseIdfModel(resolved.idf, "options.idf");
  if (resolved.templates) {
    compileTemplates(resolved.templates.summary ?? [], "options.templates.summary");
    compileTemplates(resolved.templates.backup ?? [], "options.templates.backup");
  }

  const summaryOptions: SummaryOptions = {
    ...(resolved.seed === undefined ? {} : { seed: resolved.seed }),
    maxLength: resolved.maxSummaryLength,
    variants: resolved.summaryVariants,
    ...(resolved.templates ? { templates: resolved.templates } : {}),
  };

  /** Validates a posting and normalizes its body; errors name the posting by its id. */
  function prepare(posting: unknown): Prepared {
    const input = parsePosting(posting);
    try {
      const text = normalizeBody(input.body, {
        ...(input.format ? { format: input.format } : {}),
        maxBytes: resolved.maxBodyBytes,
      });
      return { input, text };
    } catch (error) {
      if (error instanceof JobtagsError && input.id !== undefined && error.record === undefined) {
        throw new JobtagsError(error.code, `${error.message} (posting "${input.id}")`, {
          ...(error.field === undefined ? {} : { field: error.field }),
          record: input.id,
        });
      }
      throw error;
    }
  }

  /**
   * Tags prepared postings one stage at a time: each stage runs over the whole batch before
   * the next starts, so its code, tables and regular expressions stay in the processor's
   * caches instead of being evicted by the other stages between two postings.
   */
  function tagPrepared(batch: readonly Prepared[]): TagResult[] {
    const count = batch.length;
    const scored: ScoredConcept[][] = new Array(count);
    const areas: RoleArea[][] = new Array(count);
    for (let i = 0; i < count; i++) {
      const { input, text } = batch[i] as Prepared;
      const companyWords = companyWordsOf(input.companyName);
      const mentions = locateMentions(dictionary, input.title, text, companyWords);
      scored[i] = scoreConcepts(dictionary, idf, mentions);
    }
    for (let i = 0; i < count; i++) {
      areas[i] = roleAreas((batch[i] as Prepared).input.title, scored[i] as ScoredConcept[]);
    }
    // Inputs and result are built as plain literals of one shape: spreading optional fields
    // into them made every posting's objects take the slow, dictionary-like path.
    const classifyInputs: ClassifyInput[] = new Array(count);
    const roles: RoleClassification[] = new Array(count);
    const rankings: Ranking[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const { input, text } = batch[i] as Prepared;
      const classifyInput: ClassifyInput = {
        title: input.title,
        text: text.text,
        lineSections: text.lines.map((line) => line.section),
        location: input.location,
      };
      classifyInputs[i] = classifyInput;
      const postingScored = scored[i] as ScoredConcept[];
      const postingAreas = areas[i] as RoleArea[];
      const role = classifyRole(roleInputOf(classifyInput, postingScored, postingAreas));
      roles[i] = role;
      rankings[i] = publish(
        input.title,
        postingScored,
        postingAreas,
        role.jobType,
        resolved.maxHashtags,
      );
    }
    // The extractors of one posting share its cue scan, which keeps only the last text's.
    const fields: ExtractedFields[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const classifyInput = classifyInputs[i] as ClassifyInput;
      fields[i] = {
        remote: detectRemote(classifyInput),
        years: detectYearsExperience(classifyInput),
        seniority: detectSeniority(classifyInput),
        employmentType: detectEmploymentType(classifyInput),
        salary: parseSalary(classifyInput),
      };
    }
    const results: TagResult[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const { input, text } = batch[i] as Prepared;
      const role = roles[i] as RoleClassification;
      const ranking = rankings[i] as Ranking;
      const extracted = fields[i] as ExtractedFields;
      const summaries = summarize(
        {
          title: input.title,
          companyName: input.companyName,
          text,
          hashtags: ranking.hashtags,
          category: role.category,
          yearsExperience: extracted.years,
        },
        summaryOptions,
      );
      // Keys in the documented order; `id` and `summaryVariants` only when there are some.
      const result = {} as TagResult;
      if (input.id !== undefined) result.id = input.id;
      result.hashtags = ranking.hashtags;
      result.jobType = role.jobType;
      result.category = role.category;
      result.summary = summaries.summary;
      result.summaryBackup = summaries.summaryBackup;
      if (summaries.variants) result.summaryVariants = summaries.variants;
      result.tags = ranking.tags;
      result.seniority = extracted.seniority;
      result.employmentType = extracted.employmentType;
      result.remote = extracted.remote.remote;
      result.remoteRegions = extracted.remote.regions;
      result.salary = extracted.salary;
      result.yearsExperience = extracted.years;
      result.confidence = role.confidence;
      results[i] = result;
    }
    return results;
  }

  function tag(posting: unknown): TagResult {
    return tagPrepared([prepare(posting)])[0] as TagResult;
  }

  function tagMany(postings: readonly unknown[]): TagOutcome[] {
    if (!Array.isArray(postings)) {
      throw new JobtagsError(
        "invalid-input",
        `tagMany takes an array of postings, got ${postings === null ? "null" : typeof postings}`,
      );
    }
    const outcomes: TagOutcome[] = new Array(postings.length);
    for (let from = 0; from < postings.length; from += STAGE_BATCH) {
      const to = Math.min(postings.length, from + STAGE_BATCH);
      const batch: Prepared[] = [];
      const positions: number[] = [];
      for (let i = from; i < to; i++) {
        try {
          batch.push(prepare(postings[i]));
          positions.push(i);
        } catch (error) {
          outcomes[i] = failedOutcome(error);
        }
      }
      let results: TagResult[] | undefined;
      try {
        results = tagPrepared(batch);
      } catch {
        // A posting that trips a bug must not cost the others their results: each is tagged
        // again alone, and only the one at fault fails.
        results = undefined;
      }
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] as number;
        if (results) {
          outcomes[position] = { ok: true, result: results[k] as TagResult };
          continue;
        }
        try {
          const [result] = tagPrepared([batch[k] as Prepared]);
          outcomes[position] = { ok: true, result: result as TagResult };
        } catch (error) {
          outcomes[position] = failedOutcome(error);
        }
      }
    }
    return outcomes;
  }

  return { tag, tagMany, options: resolved };
}

let defaultTagger: Tagger | undefined;

/** Tags one posting with the bundled dictionary and model (compiled on first use). */
export function tagPosting(posting: unknown, options?: TaggerOptions): TagResult {
  if (options !== undefined) return createTagger(options).tag(posting);
  defaultTagger ??= createTagger();
  return defaultTagger.tag(posting);
}
