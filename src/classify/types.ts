import type { Area, Category, JobType, RemotePolicy, Section } from "../schema/enums";

/** What the field extractors read: a title plus the normalized body. */
export interface ClassifyInput {
  title: string;
  /** Normalized body text: markup removed, one block per line, single spaces. */
  text: string;
  /** Optional per-line sections (same order as text.split("\n")), from SECTIONS. */
  lineSections?: Section[];
  location?: string;
}

/** Functional areas and ranked tags found by the earlier stages, used when the title is unclear. */
export interface RoleSignals {
  areas?: Array<{ area: Area; score: number }>;
  /** `software` is how strongly the tag points at a software job, in [0, 1]. */
  tags?: Array<{ hashtag: string; score: number; software: number }>;
}

export type RoleInput = ClassifyInput & RoleSignals;

export interface RoleClassification {
  jobType: JobType;
  category: Category;
  /** How sure each answer is, in [0, 1]: high for a clear title rule, lower when only tags decide. */
  confidence: { jobType: number; category: number };
}

export interface RemoteClassification {
  remote: RemotePolicy;
  /** Where a remote worker may live or work, from the vocabulary in `remote.ts`. */
  regions: string[];
}

/** A required amount of experience and where the requirement was stated in `text`. */
export interface ExperienceRequirement {
  years: number;
  /** Offset in `ClassifyInput.text` of the start of the requirement's line. */
  start: number;
  /** Offset in `ClassifyInput.text` just after the end of the requirement's line. */
  end: number;
  /** Where the number itself sits, inside [start, end). */
  matchStart: number;
  matchEnd: number;
}
