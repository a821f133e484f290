import { z } from "zod";
import {
  CATEGORIES,
  EMPLOYMENT_TYPES,
  JOB_TYPES,
  REMOTE_POLICIES,
  SALARY_PERIODS,
  SECTIONS,
  SENIORITIES,
} from "./enums";

export const EvidenceSchema = z
  .object({
    start: z.number().int().describe("Offset in the original body where the mention starts."),
    end: z.number().int().describe("Offset in the original body just after the mention."),
    text: z.string().describe("`body.slice(start, end)`."),
    section: z.enum(SECTIONS).describe("The part of the posting the mention sits in."),
  })
  .describe("Where a tag was found. For a mention in the title, offsets point into the title.");

export const TagSchema = z
  .object({
    hashtag: z.string().describe("Canonical hashtag, e.g. `#golang`."),
    label: z.string().describe("Display name, e.g. `Go`."),
    kind: z.enum(["technology", "area", "spoken"]),
    group: z.string().optional().describe("Concept family, e.g. `language`, `database`."),
    score: z.number().describe("Ranking score; higher is more central to the posting."),
    count: z.number().int().describe("How many mentions were found."),
    evidence: z.array(EvidenceSchema),
  })
  .describe("One detected concept with its score and evidence.");

export const SalarySchema = z
  .object({
    min: z.number().nullable(),
    max: z.number().nullable(),
    currency: z.string().describe("ISO 4217 code, e.g. `USD`."),
    period: z.enum(SALARY_PERIODS),
  })
  .describe("Stated pay, in full units (80k is 80000).");

export const TagResultSchema = z
  .object({
    id: z.string().optional(),
    hashtags: z.array(z.string()).describe("Published hashtags, best first."),
    jobType: z.enum(JOB_TYPES),
    category: z.enum(CATEGORIES),
    summary: z.string(),
    summaryBackup: z.string(),
    summaryVariants: z.array(z.string()).optional(),
    tags: z.array(TagSchema).describe("Every detection, best first, published or not."),
    seniority: z.enum(SENIORITIES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    remote: z.enum(REMOTE_POLICIES),
    remoteRegions: z.array(z.string()).describe("Where a remote worker may live or work."),
    salary: SalarySchema.nullable(),
    yearsExperience: z.number().nullable(),
    confidence: z.object({
      jobType: z.number().min(0).max(1),
      category: z.number().min(0).max(1),
    }),
  })
  .describe("What jobtags says about one posting.");

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type TagResult = z.infer<typeof TagResultSchema>;
