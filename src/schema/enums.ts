/** Value sets shared by the schemas, fixed by the labelling guideline (LABELING.md). */

export const JOB_TYPES = ["software", "other"] as const;

export const CATEGORIES = [
  "engineering",
  "devops-sre",
  "data-ml",
  "qa",
  "security",
  "design",
  "product",
  "project-management",
  "marketing",
  "sales",
  "customer-support",
  "hr-recruiting",
  "finance-legal",
  "operations-admin",
  "writing-content",
  "education",
  "other",
] as const;

export const SENIORITIES = [
  "intern",
  "junior",
  "mid",
  "senior",
  "lead",
  "principal",
  "manager",
  "director",
  "executive",
  "unspecified",
] as const;

export const EMPLOYMENT_TYPES = [
  "full-time",
  "part-time",
  "contract",
  "internship",
  "temporary",
  "unspecified",
] as const;

export const REMOTE_POLICIES = ["remote", "hybrid", "onsite", "unspecified"] as const;

export const SALARY_PERIODS = ["year", "month", "week", "day", "hour"] as const;

/** Functional areas a role can have (hashtag is `#` + the name). */
export const AREAS = [
  "frontend",
  "backend",
  "fullstack",
  "mobile",
  "devops",
  "security",
  "data",
  "machine-learning",
  "qa",
  "embedded",
  "gamedev",
  "blockchain",
  "design",
  "ui/ux",
  "product",
  "project-management",
  "marketing",
  "seo",
  "content",
  "socialmedia",
  "sales",
  "customer-support",
  "hr",
  "recruiting",
  "finance",
  "accounting",
  "legal",
  "operations",
  "management",
  "education",
  "translation",
  "writing",
  "analytics",
  "community",
  "research",
] as const;

/** Parts of a posting; later stages weigh a mention by the section it sits in. */
export const SECTIONS = [
  "title",
  "about",
  "responsibilities",
  "requirements",
  "nice-to-have",
  "benefits",
  "process",
  "legal",
  "other",
] as const;

export const FORMATS = ["html", "markdown", "text"] as const;

export type JobType = (typeof JOB_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Seniority = (typeof SENIORITIES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];
export type Area = (typeof AREAS)[number];
export type Section = (typeof SECTIONS)[number];
export type Format = (typeof FORMATS)[number];
