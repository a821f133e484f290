import { z } from "zod";
import { JobtagsError } from "../errors";

export const IDF_MODEL_KIND = "jobtags-idf";
export const IDF_MODEL_VERSION = 1;

/** Document frequencies fitted on a corpus of postings; see `jobtags fit`. */
export const IdfModelSchema = z
  .object({
    kind: z.literal(IDF_MODEL_KIND),
    version: z.literal(IDF_MODEL_VERSION),
    /** Where the counts came from, for people reading the file. */
    source: z.string(),
    /** How many postings were counted. */
    documents: z.number().int().positive(),
    /** Postings that mention each concept id. */
    concepts: z.record(z.string(), z.number().int().nonnegative()),
    /** Postings that contain each word (lowercase), for `jobtags discover`. */
    words: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();

export type IdfModel = z.infer<typeof IdfModelSchema>;

/** Validates a parsed model file; a corrupt or foreign file gets a clear error. */
export function parseIdfModel(value: unknown, source = "idf model"): IdfModel {
  if (
    typeof value !== "object" ||
    value === null ||
    (value as { kind?: unknown }).kind !== IDF_MODEL_KIND
  ) {
    throw new JobtagsError(
      "invalid-model",
      `${source} is not a jobtags IDF model (expected "kind": "${IDF_MODEL_KIND}")`,
      { record: source, field: "kind" },
    );
  }
  const parsed = IdfModelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    throw new JobtagsError(
      "invalid-model",
      `${source} is invalid at "${field}": ${issue?.message ?? "invalid"}`,
      { record: source, field },
    );
  }
  return parsed.data;
}

/** Inverse document frequency, smoothed: unseen concepts weigh like the rarest ones. */
export function idfOf(model: IdfModel, conceptId: string): number {
  const df = model.concepts[conceptId] ?? 0;
  return Math.log((model.documents + 1) / (df + 1)) + 1;
}
