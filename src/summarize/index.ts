export { indefiniteArticle } from "./article";
export { companyDisplayName } from "./company";
export {
  type ExperiencePhrase,
  findExperiencePhrase,
  findExperiencePhrases,
  type PhraseOptions,
} from "./phrase";
export { type PunctuationProblem, punctuationProblems, sentenceProblems } from "./punctuation";
export { cleanRole } from "./role";
export { summarize } from "./summarize";
export {
  BACKUP_TEMPLATES,
  compileTemplate,
  formatHashtags,
  MINIMAL_TEMPLATES,
  PLACEHOLDERS,
  type Placeholder,
  SUMMARY_FALLBACK_TEMPLATES,
  SUMMARY_TEMPLATES,
} from "./templates";
export type { Summaries, SummaryInput, SummaryOptions } from "./types";
