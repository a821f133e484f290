export { type Concept, type ConceptInput, ConceptSchema } from "./dictionary/index";
export { JobtagsError, type JobtagsErrorCode } from "./errors";
export { type DiscoveredTerm, discoverTerms } from "./rank/discover";
export { fitIdfModel } from "./rank/fit";
export { type IdfModel, IdfModelSchema } from "./rank/model";
export {
  AREAS,
  type Area,
  CATEGORIES,
  type Category,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  JOB_TYPES,
  type JobType,
  REMOTE_POLICIES,
  type RemotePolicy,
  SECTIONS,
  SENIORITIES,
  type Section,
  type Seniority,
} from "./schema/enums";
export { jsonSchemas } from "./schema/json-schema";
export { type TaggerOptions, TaggerOptionsSchema } from "./schema/options";
export { type PostingInput, PostingInputSchema } from "./schema/posting";
export {
  type Evidence,
  EvidenceSchema,
  type Salary,
  SalarySchema,
  type Tag,
  type TagResult,
  TagResultSchema,
  TagSchema,
} from "./schema/result";
export { createTagger, parsePosting, type Tagger, type TagOutcome, tagPosting } from "./tagger";
