import { z } from "zod";
import { AREAS } from "../schema/enums";

/**
 * A context pattern: regular-expression sources tested around a candidate mention.
 * `before` is tested against the text that ends where the mention starts (anchor it with `$`),
 * `after` against the text that starts where the mention ends (anchor it with `^`).
 * Both are compiled case-insensitive unless `caseSensitive`. When both are given, both must match.
 */
export const PatternSchema = z
  .object({
    before: z.string().optional(),
    after: z.string().optional(),
    /** Compile case-sensitive, to test capitalization ("Cassandra Smith" is a person). */
    caseSensitive: z.boolean().optional(),
  })
  .refine((p) => p.before !== undefined || p.after !== undefined, {
    message: "a pattern needs `before` or `after`",
  });

/**
 * How to decide whether an ambiguous alias names the technology ("services in Go") or is an
 * ordinary word ("go above and beyond"). Tried in order, first decision wins:
 * 1. any `reject` pattern matches: not a mention;
 * 2. any `accept` pattern matches: a mention;
 * 3. `list` is true and the candidate stands in a list, on the same line, beside another
 *    accepted technology ("Python/Go/Rust", "Java, Go and C++"): a mention;
 * 4. `otherwise`.
 * A string in `reject`/`accept` names a shared pattern from `data/patterns.ts`.
 */
export const ContextRuleSchema = z.object({
  reject: z.array(z.union([z.string(), PatternSchema])).default([]),
  accept: z.array(z.union([z.string(), PatternSchema])).default([]),
  list: z.boolean().default(true),
  otherwise: z.enum(["accept", "reject"]).default("reject"),
});

/**
 * An alias. A plain string is matched case-insensitively on word boundaries and always
 * counts. The object form can require the exact case (`caseSensitive`) and a context rule
 * (`context`: a rule inline, or the name of a shared rule in `data/rules.ts`).
 */
export const AliasSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    caseSensitive: z.boolean().default(false),
    context: z.union([z.string(), ContextRuleSchema]).optional(),
  }),
]);

export const CONCEPT_KINDS = ["technology", "area", "spoken"] as const;

export const ConceptSchema = z
  .object({
    /** Stable identifier, lowercase: `golang`, `aws`, `ui-ux`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9+#.-]*$/, "lowercase letters, digits, + # . -"),
    /** Canonical hashtag as LABELING.md spells it: `#golang`, `#ui/ux`. */
    hashtag: z.string().regex(/^#[a-z0-9][a-z0-9\-/+#]*$/, "lowercase, no spaces or dots"),
    /** Display name: `Go`, `Amazon Web Services`. */
    label: z.string().min(1),
    kind: z.enum(CONCEPT_KINDS),
    /** Concept family: language, framework, database, cloud, ... */
    group: z.string().min(1),
    /** Surface forms found in postings; the label is not implied, list it too. */
    aliases: z.array(AliasSchema).min(1),
    /** Concept ids that a mention of this one also gives (`rails` -> `rubylang`). */
    implies: z.array(z.string()).default([]),
    /** Functional areas this concept points to (`react` -> frontend). */
    areas: z.array(z.enum(AREAS)).default([]),
    /** Prior probability that a posting naming this concept is a software job, 0..1. */
    software: z.number().min(0).max(1).default(0.5),
    /** Multiplier on the ranking score: below 1 for tags boards rarely publish (`#git`). */
    weight: z.number().min(0).max(3).default(1),
  })
  .strict();

export type Pattern = z.infer<typeof PatternSchema>;
export type ContextRule = z.infer<typeof ContextRuleSchema>;
export type ContextRuleInput = z.input<typeof ContextRuleSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Concept = z.infer<typeof ConceptSchema>;
/** A concept as written in a data file (defaults not yet applied). */
export type ConceptInput = z.input<typeof ConceptSchema>;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];
