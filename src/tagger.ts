import {
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  detectYearsExperience,
  parseSalary,
} from "./classify/index";
import type { CompiledDictionary } from "./dictionary/compile";
import { buildDictionary, findMentions, getDefaultDictionary } from "./dictionary/index";
import { JobtagsError } from "./errors";
import { roleAreas } from "./rank/areas";
import { defaultIdfModel } from "./rank/default-model";
import { type IdfModel, parseIdfModel } from "./rank/model";
import { publish } from "./rank/publish";
import { type LocatedMention, scoreConcepts } from "./rank/score";
import type { Section } from "./schema/enums";
import {
  type ResolvedTaggerOptions,
  type TaggerOptions,
  TaggerOptionsSchema,
} from "./schema/options";
import { type PostingInput, PostingInputSchema } from "./schema/posting";
import type { TagResult } from "./schema/result";
import { summarize } from "./summarize/index";
import { compileTemplates } from "./summarize/templates";
import { normalizeBody, toOriginalSpan } from "./text/index";
import type { NormalizedText } from "./text/types";

/** A tagger with its dictionary and model compiled once; `tag` is pure and deterministic. */
export interface Tagger {
  /** Tags one posting. Throws `JobtagsError` on invalid input. */
  tag(posting: unknown): TagResult;
  /** The options in force, defaults filled in. */
  readonly options: ResolvedTaggerOptions;
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

/** Validates one posting, naming the field at fault and the record when it has an id. */
export function parsePosting(posting: unknown): PostingInput {
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
 * A company's own name is not a technology of the job: ChartMogul hiring names ChartMogul
 * throughout, and that says nothing about the stack.
 */
function isOwnName(mentionText: string, companyWords: string | undefined): boolean {
  if (!companyWords) return false;
  const words = ` ${mentionText
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  return words.trim() !== "" && companyWords.includes(words);
}

function companyWordsOf(companyName: string | undefined): string | undefined {
  if (!companyName) return undefined;
  return ` ${companyName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

function locateBodyMentions(
  dictionary: CompiledDictionary,
  text: NormalizedText,
  companyWords: string | undefined,
): LocatedMention[] {
  const mentions = findMentions(dictionary, text.text).filter(
    (mention) => !isOwnName(text.text.slice(mention.start, mention.end), companyWords),
  );
  const located: LocatedMention[] = [];
  let line = 0;
  for (const mention of mentions) {
    while (line < text.lines.length - 1 && (text.lines[line]?.end ?? 0) < mention.start) line += 1;
    const section: Section = text.lines[line]?.section ?? "other";
    const span = toOriginalSpan(text, mention.start, mention.end);
    located.push({
      mention,
      evidence: {
        start: span.start,
        end: span.end,
        text: text.original.slice(span.start, span.end),
        section,
      },
    });
  }
  return located;
}

function locateTitleMentions(
  dictionary: CompiledDictionary,
  title: string,
  companyWords: string | undefined,
): LocatedMention[] {
  const mentions = findMentions(dictionary, title).filter(
    (mention) => !isOwnName(title.slice(mention.start, mention.end), companyWords),
  );
  return mentions.map((mention) => ({
    mention,
    evidence: {
      start: mention.start,
      end: mention.end,
      text: title.slice(mention.start, mention.end),
      section: "title",
    },
  }));
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

  function tag(posting: unknown): TagResult {
    const input = parsePosting(posting);
    let text: NormalizedText;
    try {
      text = normalizeBody(input.body, {
        ...(input.format ? { format: input.format } : {}),
        maxBytes: resolved.maxBodyBytes,
      });
    } catch (error) {
      if (error instanceof JobtagsError && input.id !== undefined && error.record === undefined) {
        throw new JobtagsError(error.code, `${error.message} (posting "${input.id}")`, {
          ...(error.field === undefined ? {} : { field: error.field }),
          record: input.id,
        });
      }
      throw error;
    }
    const title = input.title;
    const companyWords = companyWordsOf(input.companyName);
    const mentions = [
      ...locateTitleMentions(dictionary, title, companyWords),
      ...locateBodyMentions(dictionary, text, companyWords),
    ];
    const scored = scoreConcepts(dictionary, idf, mentions);
    const areas = roleAreas(title, scored);

    const lineTexts = text.text;
    const lineSections = text.lines.map((line) => line.section);
    const classifyInput = {
      title,
      text: lineTexts,
      lineSections,
      ...(input.location === undefined ? {} : { location: input.location }),
    };
    const role = classifyRole({
      ...classifyInput,
      areas: areas.map((area) => ({ area: area.area, score: area.score })),
      tags: scored
        .filter((entry) => entry.concept.kind === "technology")
        .map((entry) => ({
          hashtag: entry.concept.hashtag,
          score: entry.score,
          software: entry.concept.software,
        })),
    });
    const ranking = publish(title, scored, areas, role.jobType, resolved.maxHashtags);
    const remote = detectRemote(classifyInput);
    const years = detectYearsExperience(classifyInput);
    const summaries = summarize(
      {
        title,
        ...(input.companyName === undefined ? {} : { companyName: input.companyName }),
        text,
        hashtags: ranking.hashtags,
        category: role.category,
        yearsExperience: years,
      },
      {
        ...(resolved.seed === undefined ? {} : { seed: resolved.seed }),
        maxLength: resolved.maxSummaryLength,
        variants: resolved.summaryVariants,
        ...(resolved.templates ? { templates: resolved.templates } : {}),
      },
    );

    const result: TagResult = {
      ...(input.id === undefined ? {} : { id: input.id }),
      hashtags: ranking.hashtags,
      jobType: role.jobType,
      category: role.category,
      summary: summaries.summary,
      summaryBackup: summaries.summaryBackup,
      ...(summaries.variants ? { summaryVariants: summaries.variants } : {}),
      tags: ranking.tags,
      seniority: detectSeniority(classifyInput),
      employmentType: detectEmploymentType(classifyInput),
      remote: remote.remote,
      remoteRegions: remote.regions,
      salary: parseSalary(classifyInput),
      yearsExperience: years,
      confidence: role.confidence,
    };
    return result;
  }

  return { tag, options: resolved };
}

let defaultTagger: Tagger | undefined;

/** Tags one posting with the bundled dictionary and model (compiled on first use). */
export function tagPosting(posting: unknown, options?: TaggerOptions): TagResult {
  if (options !== undefined) return createTagger(options).tag(posting);
  defaultTagger ??= createTagger();
  return defaultTagger.tag(posting);
}
