export {
  CATEGORY_OF_AREA,
  roleFromTitle,
  SOFTWARE_CATEGORIES,
  type TitleJobType,
  type TitleRole,
} from "./category";
export { detectEmploymentType } from "./employment";
export { detectYearsExperience, findExperienceRequirement } from "./experience";
export { classifyRole } from "./jobtype";
export { isOnlyRegions, REGION_NAMES, regionsForUtcRange, regionsNamedIn } from "./regions";
export { detectRemote } from "./remote";
export { parseSalary } from "./salary";
export { detectSeniority } from "./seniority";
export type {
  ClassifyInput,
  ExperienceRequirement,
  RemoteClassification,
  RoleClassification,
  RoleInput,
  RoleSignals,
} from "./types";
