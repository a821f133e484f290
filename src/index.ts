export { createTagger, parsePosting, type Tagger, tagPosting } from "./tagger";
export { JobtagsError, type JobtagsErrorCode } from "./errors";
export { PostingInputSchema, type PostingInput } from "./schema/posting";
export {
  EvidenceSchema,
  SalarySchema,
  TagResultSchema,
  TagSchema,
  type Evidence,
  type Salary,
  type Tag,
  type TagResult,
} from "./schema/result";
export { TaggerOptionsSchema, type TaggerOptions } from "./schema/options";
export { ConceptSchema, type Concept, type ConceptInput } from "./dictionary/index";
export { IdfModelSchema, type IdfModel } from "./rank/model";
export { fitIdfModel } from "./rank/fit";
export { discoverTerms, type DiscoveredTerm } from "./rank/discover";
export { jsonSchemas } from "./schema/json-schema";
export {
  AREAS,
  CATEGORIES,
  EMPLOYMENT_TYPES,
  JOB_TYPES,
  REMOTE_POLICIES,
  SECTIONS,
  SENIORITIES,
  type Area,
  type Category,
  type EmploymentType,
  type JobType,
  type RemotePolicy,
  type Section,
  type Seniority,
} from "./schema/enums";
