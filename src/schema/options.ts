import { z } from "zod";
import { ConceptSchema } from "../dictionary/schema";

/** Options of `createTagger`; every field is optional. */
export const TaggerOptionsSchema = z
  .object({
    dictionary: z
      .object({
        /** Concepts to add, or to replace when the id exists. */
        add: z.array(z.any()).default([]),
        /** Concept ids to remove. */
        remove: z.array(z.string()).default([]),
      })
      .optional(),
    /** An IDF model from `jobtags fit` (the parsed JSON) replacing the bundled one. */
    idf: z.unknown().optional(),
    /** How many hashtags to publish at most. @default 10 */
    maxHashtags: z.number().int().min(0).max(100).default(10),
    /** Changes which summary template is chosen, deterministically. */
    seed: z.union([z.number(), z.string()]).optional(),
    /** How many summary variants to return in `summaryVariants` (0: none). @default 0 */
    summaryVariants: z.number().int().min(0).max(20).default(0),
    /** Longest summary, in characters. @default 280 */
    maxSummaryLength: z.number().int().min(40).max(2000).default(280),
    /** Caller templates with placeholders {company} {role} {phrase} {hashtags} {category}. */
    templates: z
      .object({
        summary: z.array(z.string()).optional(),
        backup: z.array(z.string()).optional(),
      })
      .optional(),
    /** Largest body accepted, in UTF-8 bytes. @default 1_000_000 */
    maxBodyBytes: z.number().int().min(1).default(1_000_000),
  })
  .strict();

export type TaggerOptions = z.input<typeof TaggerOptionsSchema>;
export type ResolvedTaggerOptions = z.output<typeof TaggerOptionsSchema>;
export { ConceptSchema };
